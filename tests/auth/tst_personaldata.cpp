// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data is masked by default; revealing it is allowed per role and squad, and every reveal
// (and every refused one) is in the audit log.
#include "authfixture.h"
#include "data/auth/auditlog.h"
#include "data/auth/personaldata.h"

#include <QTest>

using namespace dd::data;

class TestPersonalData : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void maskPhone_data();
    void maskPhone();
    void maskName_data();
    void maskName();
    void revealByRoleAndSquad_data();
    void revealByRoleAndSquad();
    void genericRevealAudited();
};

void TestPersonalData::maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << QStringLiteral("13912345678") << QStringLiteral("139****5678");
    QTest::newRow("landline with area code") << QStringLiteral("021-59530000") << QStringLiteral("021-****0000");
    QTest::newRow("eight digits") << QStringLiteral("59530000") << QStringLiteral("****0000");
    QTest::newRow("short") << QStringLiteral("12345") << QStringLiteral("***45");
    QTest::newRow("empty") << QString() << QString();
}

void TestPersonalData::maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(PersonalData::maskPhone(phone), masked);
}

void TestPersonalData::maskName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("masked");
    QTest::newRow("three characters") << QStringLiteral("王小明") << QStringLiteral("王**");
    QTest::newRow("two characters") << QStringLiteral("李娜") << QStringLiteral("李*");
    QTest::newRow("one") << QStringLiteral("张") << QStringLiteral("*");
    QTest::newRow("outside the BMP") << QStringLiteral("𠮷野家") << QStringLiteral("𠮷**");
    QTest::newRow("latin") << QStringLiteral("Li Lei") << QStringLiteral("L*****");
}

void TestPersonalData::maskName()
{
    QFETCH(QString, name);
    QFETCH(QString, masked);
    QCOMPARE(PersonalData::maskName(name), masked);
}

void TestPersonalData::revealByRoleAndSquad_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("squad");
    QTest::addColumn<QString>("officer"); // whose phone
    QTest::addColumn<bool>("revealed");
    QTest::newRow("leader, own squad") << int(Role::SquadLeader) << QStringLiteral("JD102") << QStringLiteral("o2")
                                       << true;
    QTest::newRow("leader, other squad") << int(Role::SquadLeader) << QStringLiteral("JD102") << QStringLiteral("o3")
                                         << false;
    QTest::newRow("supervisor") << int(Role::Supervisor) << QString() << QStringLiteral("o3") << true;
    QTest::newRow("centre dispatcher") << int(Role::CentreDispatcher) << QString() << QStringLiteral("o3") << true;
    QTest::newRow("officer") << int(Role::Officer) << QStringLiteral("JD102") << QStringLiteral("o2") << false;
    QTest::newRow("administrator") << int(Role::DistrictAdmin) << QString() << QStringLiteral("o2") << false;
}

void TestPersonalData::revealByRoleAndSquad()
{
    QFETCH(int, role);
    QFETCH(QString, squad);
    QFETCH(QString, officer);
    QFETCH(bool, revealed);
    authtest::Store store;
    QVERIFY(store.open());
    QVERIFY(store.addUser(QStringLiteral("user"), Role(role), squad));
    const Session s = store.signInChanged(QStringLiteral("user"));
    PersonalData data(*store.db, store.clock);
    const QString clear
        = officer == QLatin1String("o2") ? QStringLiteral("13800001111") : QStringLiteral("13700002222");

    // Masked by default, for everyone, without an audit entry.
    const int before = store.count(QStringLiteral("SELECT count(*) FROM audit_log"));
    auto masked = data.officerPhone(s, officer, false);
    QVERIFY(masked);
    QCOMPARE(masked.value(), PersonalData::maskPhone(clear));
    QVERIFY(masked.value() != clear);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_log")), before);

    auto shown = data.officerPhone(s, officer, true);
    QCOMPARE(bool(shown), revealed);
    if (revealed)
        QCOMPARE(shown.value(), clear);
    // Either way one entry: the reveal, or the refusal.
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_log")), before + 1);
    QCOMPARE(store.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'user' AND action = '%1'"
                                        " AND entity = '%2' AND entity_id = '%3'")
                             .arg(revealed ? QStringLiteral("personal.unmask") : QStringLiteral("access.denied"),
                                  revealed ? QStringLiteral("officers") : QString(), revealed ? officer : QString())),
             1);
}

void TestPersonalData::genericRevealAudited()
{
    authtest::Store store;
    QVERIFY(store.open());
    QVERIFY(store.addUser(QStringLiteral("disp"), Role::SquadDispatcher, QStringLiteral("JD103")));
    const Session s = store.signInChanged(QStringLiteral("disp"));
    PersonalData data(*store.db, store.clock);
    // A reporter's phone on an incident of the dispatcher's squad (s2), then of another squad (s1).
    auto ok = data.reveal(s, Target::squad(QStringLiteral("s2")), QStringLiteral("incidents"), QStringLiteral("inc-7"),
                          QStringLiteral("reporter_phone"), QStringLiteral("13611112222"));
    QVERIFY(ok);
    QCOMPARE(ok.value(), QStringLiteral("13611112222"));
    QVERIFY(!data.reveal(s, Target::squad(QStringLiteral("s1")), QStringLiteral("incidents"), QStringLiteral("inc-8"),
                         QStringLiteral("reporter_phone"), QStringLiteral("13611113333")));
    AuditFilter f;
    f.action = QStringLiteral("personal.unmask");
    auto entries = AuditLog(*store.db, store.clock).query(store.admin, f);
    QVERIFY(entries);
    QCOMPARE(int(entries->size()), 1);
    QCOMPARE(entries->front().entityId, QStringLiteral("inc-7"));
    QCOMPARE(entries->front().detail.value(QStringLiteral("field")).toString(), QStringLiteral("reporter_phone"));
    QVERIFY(!entries->front().detail.contains(QStringLiteral("value"))); // the audit never copies the data
}

QTEST_GUILESS_MAIN(TestPersonalData)
#include "tst_personaldata.moc"
