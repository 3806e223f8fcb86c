// SPDX-License-Identifier: GPL-3.0-or-later
// The demo district gets one account per role with the documented passwords (docs/SECURITY.md), each
// signing in with its role and scope; the generator's own rows stay reproducible.
#include "data/auth/authenticator.h"
#include "data/auth/demoaccounts.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/demogenerator.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::data;

class TestDemoAccounts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onePerRoleSignsIn();
};

void TestDemoAccounts::onePerRoleSignsIn()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("demo.sqlite")), Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QVERIFY(DemoGenerator().populate(*db.value()));
    ManualClock clock;
    auto accounts = DemoAccounts::install(*db.value(), clock);
    QVERIFY2(accounts, qPrintable(accounts.errorMessage()));
    QCOMPARE(int(accounts->size()), kRoleCount);

    // The passwords documented in docs/SECURITY.md.
    const QStringList documented = { QStringLiteral("demo-admin-2026"),    QStringLiteral("demo-ducha-2026"),
                                     QStringLiteral("demo-centre-2026"),   QStringLiteral("demo-leader-2026"),
                                     QStringLiteral("demo-dispatch-2026"), QStringLiteral("demo-officer-2026") };
    bool seen[kRoleCount] = {};
    for (const DemoAccount &a : accounts.value()) {
        QVERIFY(documented.contains(a.password));
        auto s = Authenticator(*db.value(), clock).signIn(a.userName, a.password);
        QVERIFY2(s, qPrintable(a.userName + QLatin1String(": ") + s.errorMessage()));
        QVERIFY(!s->mustChangePassword());
        QVERIFY(s->hasRole(a.role));
        seen[int(a.role)] = true;
        QCOMPARE(roleNeedsSquad(a.role), !a.squadCode.isEmpty());
        if (roleNeedsSquad(a.role)) {
            QVERIFY(a.userName.endsWith(a.squadCode.toLower()));
            QCOMPARE(s->roles().front().squadCode, a.squadCode);
        }
    }
    for (bool s : seen)
        QVERIFY(s);

    // The officer account is an officer of that squad, not a colleague's account.
    QSqlQuery q(db.value()->connection());
    QVERIFY(
        q.exec(QStringLiteral("SELECT count(*) FROM users u JOIN officers o ON o.id = u.officer_id"
                              " JOIN squads s ON s.id = o.squad_id WHERE u.username = 'officer.' || lower(s.code)")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    // Other squads' accounts exist but have no password: they cannot sign in.
    QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM users WHERE password_hash IS NULL")) && q.next());
    QVERIFY(q.value(0).toInt() > 10);
    QVERIFY(
        !Authenticator(*db.value(), clock).signIn(QStringLiteral("leader.jd000"), QStringLiteral("demo-leader-2026")));
}

QTEST_GUILESS_MAIN(TestDemoAccounts)
#include "tst_demoaccounts.moc"
