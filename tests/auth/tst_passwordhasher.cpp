// SPDX-License-Identifier: GPL-3.0-or-later
// Hashes are Argon2id strings that libsodium itself verifies, salted (never equal for equal
// passwords), and the stored column never holds the password.
#include "authfixture.h"
#include "data/auth/passwordhasher.h"

#include <QTest>
#include <sodium.h>

using namespace dd::data;

class TestPasswordHasher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void argon2idVerifiedByLibsodium_data();
    void argon2idVerifiedByLibsodium();
    void equalPasswordsGiveDifferentHashes();
    void garbageNeverVerifies();
    void storeHoldsOnlyHashes();
};

void TestPasswordHasher::argon2idVerifiedByLibsodium_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("ascii") << QStringLiteral("correct horse battery");
    QTest::newRow("chinese") << QStringLiteral("城管执法勤务调度台2026");
    QTest::newRow("spaces kept") << QStringLiteral("  padded password  ");
}

void TestPasswordHasher::argon2idVerifiedByLibsodium()
{
    QFETCH(QString, password);
    auto hash = PasswordHasher::hash(password);
    QVERIFY2(hash, qPrintable(hash.errorMessage()));
    QVERIFY2(hash->startsWith(QLatin1String("$argon2id$")), qPrintable(hash.value()));
    QVERIFY(PasswordHasher::verify(hash.value(), password));
    QVERIFY(!PasswordHasher::verify(hash.value(), password.trimmed() + QStringLiteral("x")));
    QVERIFY(!PasswordHasher::needsRehash(hash.value()));

    // The same string through libsodium directly, as another program would check it.
    QVERIFY(sodium_init() >= 0);
    const QByteArray stored = hash->toLatin1();
    const QByteArray utf8 = password.toUtf8();
    QCOMPARE(crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())), 0);
    const QByteArray wrong = utf8 + "!";
    QCOMPARE(crypto_pwhash_str_verify(stored.constData(), wrong.constData(), quint64(wrong.size())), -1);
}

void TestPasswordHasher::equalPasswordsGiveDifferentHashes()
{
    const QString password = QStringLiteral("same-password-twice");
    auto a = PasswordHasher::hash(password);
    auto b = PasswordHasher::hash(password);
    QVERIFY(a && b);
    QVERIFY(a.value() != b.value());
    QVERIFY(PasswordHasher::verify(a.value(), password));
    QVERIFY(PasswordHasher::verify(b.value(), password));
}

void TestPasswordHasher::garbageNeverVerifies()
{
    QVERIFY(!PasswordHasher::verify(QString(), QString()));
    QVERIFY(!PasswordHasher::verify(QStringLiteral("secret"), QStringLiteral("secret"))); // a clear-text "hash"
    QVERIFY(!PasswordHasher::dummyHash().isEmpty());
    QVERIFY(!PasswordHasher::verify(PasswordHasher::dummyHash(), QString()));
}

void TestPasswordHasher::storeHoldsOnlyHashes()
{
    authtest::Store store;
    QVERIFY(store.open());
    QVERIFY(store.addUser(QStringLiteral("wang"), Role::SquadLeader, QStringLiteral("JD102")));
    // No column of any account table contains a password in the clear.
    for (const QString &pw : { authtest::kAdminPassword, authtest::kUserPassword }) {
        QCOMPARE(
            store.count(
                QStringLiteral("SELECT count(*) FROM users WHERE instr(ifnull(password_hash, ''), '%1') > 0").arg(pw)),
            0);
        QCOMPARE(
            store.count(
                QStringLiteral("SELECT count(*) FROM password_history WHERE instr(password_hash, '%1') > 0").arg(pw)),
            0);
        QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE instr(detail, '%1') > 0").arg(pw)),
                 0);
    }
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM users WHERE password_hash LIKE '$argon2id$%'")), 2);
}

QTEST_GUILESS_MAIN(TestPasswordHasher)
#include "tst_passwordhasher.moc"
