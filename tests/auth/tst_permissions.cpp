// SPDX-License-Identifier: GPL-3.0-or-later
// The permission table over every action and role, as docs/SECURITY.md states it, and how a
// session applies a scope to a record of one squad or one officer.
#include "data/auth/permissions.h"
#include "data/auth/session.h"

#include <QSet>
#include <QTest>

using namespace dd::data;

Q_DECLARE_METATYPE(dd::data::Action)

namespace {

// docs/SECURITY.md, "Permission table": columns admin, supervisor, centre dispatcher, squad leader,
// squad dispatcher, officer; D = district, S = own squad, O = own records, - = refused.
struct Row
{
    const char *key;
    const char *scopes;
};
const Row kExpected[] = {
    { "roster.view", "DDDSSO" },    { "roster.edit", "---S--" },      { "roster.publish", "---S--" },
    { "incident.view", "DDDSSO" },  { "incident.create", "--DSSO" },  { "incident.dispatch", "--DSS-" },
    { "incident.close", "--DS--" }, { "supervision.note", "-D----" }, { "personal.unmask", "-DDSS-" },
    { "officer.edit", "D--S--" },   { "reference.edit", "D-----" },   { "account.manage", "D-----" },
    { "audit.view", "DD----" },     { "report.view", "DDDSS-" },      { "sync.run", "D-DSS-" },
};

Scope fromLetter(char c)
{
    switch (c) {
    case 'D':
        return Scope::District;
    case 'S':
        return Scope::Squad;
    case 'O':
        return Scope::Own;
    default:
        return Scope::None;
    }
}

Session sessionWith(std::vector<RoleGrant> roles, bool mustChange = false)
{
    return Session(QStringLiteral("u1"), QStringLiteral("wang"), QStringLiteral("王伟"), QStringLiteral("o1"),
                   QStringLiteral("s1"), std::move(roles), mustChange);
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void table_data();
    void table();
    void everyActionHasADistinctKey();
    void supervisorChangesNothingButNotes();
    void scopeApplied_data();
    void scopeApplied();
    void severalRolesCombine();
    void mustChangeAllowsNothing();
    void nobodyAllowsNothing();
};

void TestPermissions::table_data()
{
    QTest::addColumn<Action>("action");
    QTest::addColumn<int>("role");
    QTest::addColumn<int>("expected");
    // Every (action, role) pair of the enum, so an action added without a row here fails.
    for (int a = 0; a < kActionCount; ++a) {
        const Action action = Action(a);
        const QString key = Permissions::actionKey(action);
        const Row *row = nullptr;
        for (const Row &r : kExpected)
            if (key == QLatin1String(r.key))
                row = &r;
        QVERIFY2(row, qPrintable(QStringLiteral("no expected row for %1").arg(key)));
        for (int r = 0; r < kRoleCount; ++r)
            QTest::addRow("%s/%s", row->key, qPrintable(roleKey(Role(r))))
                << action << r << int(fromLetter(row->scopes[r]));
    }
}

void TestPermissions::table()
{
    QFETCH(Action, action);
    QFETCH(int, role);
    QFETCH(int, expected);
    QCOMPARE(Permissions::scopeKey(Permissions::scope(Role(role), action)), Permissions::scopeKey(Scope(expected)));
}

void TestPermissions::everyActionHasADistinctKey()
{
    QSet<QString> keys;
    for (int a = 0; a < kActionCount; ++a) {
        const QString key = Permissions::actionKey(Action(a));
        QVERIFY(!key.isEmpty());
        QVERIFY(!Permissions::actionName(Action(a)).isEmpty());
        keys.insert(key);
    }
    QCOMPARE(keys.size(), kActionCount);
    QCOMPARE(int(std::size(kExpected)), kActionCount);
}

void TestPermissions::supervisorChangesNothingButNotes()
{
    const Session s = sessionWith({ RoleGrant { Role::Supervisor, {}, {} } });
    for (int a = 0; a < kActionCount; ++a) {
        const QString key = Permissions::actionKey(Action(a));
        const bool reads = key.endsWith(QLatin1String(".view")) || key == QLatin1String("personal.unmask");
        const bool note = key == QLatin1String("supervision.note");
        QCOMPARE(s.allows(Action(a), Target::squad(QStringLiteral("s2"))), reads || note);
    }
}

void TestPermissions::scopeApplied_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("grantSquad");
    QTest::addColumn<Action>("action");
    QTest::addColumn<QString>("targetSquad");
    QTest::addColumn<QString>("targetOfficer");
    QTest::addColumn<bool>("allowed");

    const QString s1 = QStringLiteral("s1"), s2 = QStringLiteral("s2"), none;
    QTest::newRow("leader edits own squad") << int(Role::SquadLeader) << s1 << Action::EditRoster << s1 << none << true;
    QTest::newRow("leader not other squad")
        << int(Role::SquadLeader) << s1 << Action::EditRoster << s2 << none << false;
    QTest::newRow("leader not district record")
        << int(Role::SquadLeader) << s1 << Action::EditRoster << none << none << false;
    QTest::newRow("squad dispatcher own squad")
        << int(Role::SquadDispatcher) << s1 << Action::DispatchIncident << s1 << none << true;
    QTest::newRow("squad dispatcher other squad")
        << int(Role::SquadDispatcher) << s1 << Action::DispatchIncident << s2 << none << false;
    QTest::newRow("centre dispatcher any squad")
        << int(Role::CentreDispatcher) << none << Action::DispatchIncident << s2 << none << true;
    QTest::newRow("officer own shifts") << int(Role::Officer) << s1 << Action::ViewRoster << s1 << QStringLiteral("o1")
                                        << true;
    QTest::newRow("officer not a colleague's")
        << int(Role::Officer) << s1 << Action::ViewRoster << s1 << QStringLiteral("o2") << false;
    QTest::newRow("officer not the squad roster")
        << int(Role::Officer) << s1 << Action::ViewRoster << s1 << none << false;
    QTest::newRow("admin accounts") << int(Role::DistrictAdmin) << none << Action::ManageAccounts << none << none
                                    << true;
    QTest::newRow("admin does not dispatch")
        << int(Role::DistrictAdmin) << none << Action::DispatchIncident << s1 << none << false;
}

void TestPermissions::scopeApplied()
{
    QFETCH(int, role);
    QFETCH(QString, grantSquad);
    QFETCH(Action, action);
    QFETCH(QString, targetSquad);
    QFETCH(QString, targetOfficer);
    QFETCH(bool, allowed);
    const Session s = sessionWith({ RoleGrant { Role(role), grantSquad, {} } });
    QCOMPARE(s.allows(action, Target { targetSquad, targetOfficer }), allowed);
}

void TestPermissions::severalRolesCombine()
{
    // Leader of s1 and dispatcher of s2: each role counts for its own squad only.
    const Session s = sessionWith({ RoleGrant { Role::SquadLeader, QStringLiteral("s1"), {} },
                                    RoleGrant { Role::SquadDispatcher, QStringLiteral("s2"), {} } });
    QVERIFY(s.allows(Action::PublishRoster, Target::squad(QStringLiteral("s1"))));
    QVERIFY(!s.allows(Action::PublishRoster, Target::squad(QStringLiteral("s2"))));
    QVERIFY(s.allows(Action::DispatchIncident, Target::squad(QStringLiteral("s2"))));
    QVERIFY(s.allows(Action::CloseIncident, Target::squad(QStringLiteral("s1"))));
    QVERIFY(!s.allows(Action::CloseIncident, Target::squad(QStringLiteral("s2"))));
    QCOMPARE(s.squadsFor(Action::ViewIncidents), (std::vector<QString> { QStringLiteral("s1"), QStringLiteral("s2") }));
    QCOMPARE(int(s.widestScope(Action::ViewIncidents)), int(Scope::Squad));
}

void TestPermissions::mustChangeAllowsNothing()
{
    const Session s = sessionWith({ RoleGrant { Role::DistrictAdmin, {}, {} } }, true);
    for (int a = 0; a < kActionCount; ++a) {
        QVERIFY(!s.allows(Action(a)));
        QVERIFY(!s.allows(Action(a), Target::district()));
    }
}

void TestPermissions::nobodyAllowsNothing()
{
    const Session nobody;
    QVERIFY(!nobody.isValid());
    for (int a = 0; a < kActionCount; ++a)
        QVERIFY(!nobody.allows(Action(a), Target::district()));
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
