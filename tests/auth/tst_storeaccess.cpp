// SPDX-License-Identifier: GPL-3.0-or-later
// The store refuses what a role may not do, without any UI in between, and writes the refusal to the
// audit log; account administration and role changes are audited; the first administrator can be
// made only once.
#include "authfixture.h"
#include "data/auth/auditlog.h"
#include "data/auth/personaldata.h"

#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace dd::data;

class TestStoreAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void accountChangesRefusedToOthers_data();
    void accountChangesRefusedToOthers();
    void auditReadableBySupervisorOnly_data();
    void auditReadableBySupervisorOnly();
    void firstAdministratorOnlyOnce();
    void roleChangesAudited();
    void disabledUserCannotSignIn();
    void roleNeedsRightScope();
    void copiedFileGrantsNothing();

private:
    std::unique_ptr<authtest::Store> m_store;
    AccountRepository accounts() { return AccountRepository(*m_store->db, m_store->clock); }
    int denied()
    {
        return m_store->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access.denied'"));
    }
};

void TestStoreAccess::init()
{
    m_store = std::make_unique<authtest::Store>();
    QVERIFY(m_store->open());
    QVERIFY(m_store->addUser(QStringLiteral("leader"), Role::SquadLeader, QStringLiteral("JD102"),
                             QStringLiteral("JD01001")));
    QVERIFY(m_store->addUser(QStringLiteral("ducha"), Role::Supervisor));
    QVERIFY(m_store->addUser(QStringLiteral("centre"), Role::CentreDispatcher));
    QVERIFY(
        m_store->addUser(QStringLiteral("officer"), Role::Officer, QStringLiteral("JD102"), QStringLiteral("JD01002")));
}

void TestStoreAccess::cleanup()
{
    m_store.reset();
}

void TestStoreAccess::accountChangesRefusedToOthers_data()
{
    QTest::addColumn<QString>("actor");
    QTest::newRow("squad leader") << QStringLiteral("leader");
    QTest::newRow("supervisor") << QStringLiteral("ducha");
    QTest::newRow("centre dispatcher") << QStringLiteral("centre");
    QTest::newRow("officer") << QStringLiteral("officer");
}

void TestStoreAccess::accountChangesRefusedToOthers()
{
    QFETCH(QString, actor);
    const Session s = m_store->signInChanged(actor);
    QVERIFY(s.isValid());
    const int before = denied();
    const int users = m_store->count(QStringLiteral("SELECT count(*) FROM users"));

    NewAccount a;
    a.userName = QStringLiteral("intruder");
    a.roles = { RoleGrant { Role::DistrictAdmin, {}, {} } };
    auto created = accounts().create(s, a, QStringLiteral("intruder-password"));
    QVERIFY(!created);
    QVERIFY2(created.errorMessage().contains(actor), qPrintable(created.errorMessage()));
    QVERIFY(!accounts().grantRole(s, actor, RoleGrant { Role::DistrictAdmin, {}, {} }));
    QVERIFY(!accounts().resetPassword(s, QStringLiteral("root"), QStringLiteral("taken-over-1234")));
    QVERIFY(!accounts().setActive(s, QStringLiteral("root"), false));
    QVERIFY(!accounts().list(s));
    AccountPolicy weak;
    weak.maxFailures = 1000;
    QVERIFY(!accounts().setPolicy(s, weak));

    // Nothing changed, and each refusal is on record.
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM users")), users);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM user_roles ur JOIN users u ON u.id = ur.user_id"
                                           " WHERE u.username = '%1'")
                                .arg(actor)),
             1);
    QVERIFY(Authenticator(*m_store->db, m_store->clock).signIn(QStringLiteral("root"), authtest::kAdminPassword));
    QCOMPARE(m_store->count(QStringLiteral("SELECT value FROM account_policy WHERE key = 'max_failures'")), 5);
    QCOMPARE(denied(), before + 6);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access.denied'"
                                           " AND user_name = '%1' AND detail LIKE '%account.manage%'")
                                .arg(actor)),
             6);
}

void TestStoreAccess::auditReadableBySupervisorOnly_data()
{
    QTest::addColumn<QString>("reader");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("supervisor") << QStringLiteral("ducha") << true;
    QTest::newRow("squad leader") << QStringLiteral("leader") << false;
    QTest::newRow("centre dispatcher") << QStringLiteral("centre") << false;
    QTest::newRow("officer") << QStringLiteral("officer") << false;
}

void TestStoreAccess::auditReadableBySupervisorOnly()
{
    QFETCH(QString, reader);
    QFETCH(bool, allowed);
    const Session s = m_store->signInChanged(reader);
    auto entries = AuditLog(*m_store->db, m_store->clock).query(s, AuditFilter());
    QCOMPARE(bool(entries), allowed);
    if (allowed)
        QVERIFY(entries->size() > 5);
}

void TestStoreAccess::firstAdministratorOnlyOnce()
{
    NewAccount second;
    second.userName = QStringLiteral("second");
    second.roles = { RoleGrant { Role::DistrictAdmin, {}, {} } };
    QCOMPARE(accounts().hasAdministrator().value(), true);
    auto r = accounts().createFirstAdministrator(second, QStringLiteral("second-password"));
    QVERIFY(!r);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM users WHERE username = 'second'")), 0);

    // A fresh store: only an administrator may be the first user.
    authtest::Store fresh;
    auto db = Database::open(fresh.dir.filePath(QStringLiteral("fresh.sqlite")), Database::Mode::CreateIfMissing);
    QVERIFY(db);
    AccountRepository repo(*db.value(), fresh.clock);
    QCOMPARE(repo.hasAdministrator().value(), false);
    NewAccount officer;
    officer.userName = QStringLiteral("someone");
    officer.roles = { RoleGrant { Role::Supervisor, {}, {} } };
    QVERIFY(!repo.createFirstAdministrator(officer, QStringLiteral("someone-password")));
    auto made = repo.createFirstAdministrator(second, QStringLiteral("second-password"));
    QVERIFY2(made, qPrintable(made.errorMessage()));
    QVERIFY(!repo.createFirstAdministrator(second, QStringLiteral("second-password")));
    // The first administrator chose the password: no forced change; the roles row was created.
    auto s
        = Authenticator(*db.value(), fresh.clock).signIn(QStringLiteral("second"), QStringLiteral("second-password"));
    QVERIFY(s && !s->mustChangePassword() && s->hasRole(Role::DistrictAdmin));
}

void TestStoreAccess::roleChangesAudited()
{
    QVERIFY(accounts().grantRole(m_store->admin, QStringLiteral("leader"),
                                 RoleGrant { Role::SquadDispatcher, {}, QStringLiteral("JD103") }));
    QVERIFY(!accounts().grantRole(m_store->admin, QStringLiteral("leader"),
                                  RoleGrant { Role::SquadDispatcher, {}, QStringLiteral("JD103") }));
    const Session s = m_store->signInChanged(QStringLiteral("leader"));
    QVERIFY(s.allows(Action::DispatchIncident, Target::squad(QStringLiteral("s2"))));
    QVERIFY(accounts().revokeRole(m_store->admin, QStringLiteral("leader"),
                                  RoleGrant { Role::SquadDispatcher, {}, QStringLiteral("JD103") }));
    auto after = Authenticator(*m_store->db, m_store->clock)
                     .signIn(QStringLiteral("leader"), QStringLiteral("changed-password-1"));
    QVERIFY(after && !after->allows(Action::DispatchIncident, Target::squad(QStringLiteral("s2"))));

    AuditFilter f;
    f.action = QStringLiteral("role.");
    auto entries = AuditLog(*m_store->db, m_store->clock).query(m_store->admin, f);
    QVERIFY(entries);
    QCOMPARE(int(entries->size()), 2);
    QCOMPARE(entries->at(0).action, QStringLiteral("role.revoke"));
    QCOMPARE(entries->at(1).action, QStringLiteral("role.grant"));
    QCOMPARE(entries->at(1).userName, QStringLiteral("root"));
    QCOMPARE(entries->at(1).detail.value(QStringLiteral("user")).toString(), QStringLiteral("leader"));
    QCOMPARE(entries->at(1).detail.value(QStringLiteral("role")).toString(), QStringLiteral("squad_dispatcher"));
    QCOMPARE(entries->at(1).detail.value(QStringLiteral("squad")).toString(), QStringLiteral("JD103"));
}

void TestStoreAccess::disabledUserCannotSignIn()
{
    const Session s = m_store->signInChanged(QStringLiteral("centre"));
    QVERIFY(s.isValid());
    QVERIFY(!accounts().setActive(m_store->admin, QStringLiteral("root"), false)); // not oneself
    QVERIFY(accounts().setActive(m_store->admin, QStringLiteral("centre"), false));
    QVERIFY(!Authenticator(*m_store->db, m_store->clock)
                 .signIn(QStringLiteral("centre"), QStringLiteral("changed-password-1")));
    QVERIFY(accounts().setActive(m_store->admin, QStringLiteral("centre"), true));
    QVERIFY(Authenticator(*m_store->db, m_store->clock)
                .signIn(QStringLiteral("centre"), QStringLiteral("changed-password-1")));
    auto list = accounts().list(m_store->admin);
    QVERIFY(list);
    QCOMPARE(int(list->size()), 5);
}

void TestStoreAccess::roleNeedsRightScope()
{
    NewAccount a;
    a.userName = QStringLiteral("x1");
    a.roles = { RoleGrant { Role::SquadLeader, {}, {} } }; // no squad
    QVERIFY(!accounts().create(m_store->admin, a, authtest::kUserPassword));
    a.roles = { RoleGrant { Role::Supervisor, {}, QStringLiteral("JD102") } }; // district role with a squad
    QVERIFY(!accounts().create(m_store->admin, a, authtest::kUserPassword));
    a.roles = { RoleGrant { Role::SquadLeader, {}, QStringLiteral("JD999") } }; // no such squad
    QVERIFY(!accounts().create(m_store->admin, a, authtest::kUserPassword));
    a.userName = QStringLiteral("bad name");
    a.roles = { RoleGrant { Role::Supervisor, {}, {} } };
    QVERIFY(!accounts().create(m_store->admin, a, authtest::kUserPassword));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM users WHERE username IN ('x1', 'bad name')")), 0);
}

void TestStoreAccess::copiedFileGrantsNothing()
{
    // The file as someone would carry it to another machine: no session, no password inside.
    const QString copy = m_store->dir.filePath(QStringLiteral("copy.sqlite"));
    QVERIFY(m_store->db->executeScript("PRAGMA wal_checkpoint(TRUNCATE);"));
    QVERIFY(QFile::copy(m_store->db->path(), copy));
    auto db = Database::open(copy);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    AccountRepository repo(*db.value(), m_store->clock);
    QVERIFY(!repo.list(Session()));
    QVERIFY(!Authenticator(*db.value(), m_store->clock).signIn(QStringLiteral("root"), QString()));
    // The first-administrator door is closed: an administrator exists in the copy.
    NewAccount a;
    a.userName = QStringLiteral("thief");
    a.roles = { RoleGrant { Role::DistrictAdmin, {}, {} } };
    QVERIFY(!repo.createFirstAdministrator(a, QStringLiteral("thief-password-1")));
    // Only the right password opens it, as on the original console.
    QVERIFY(Authenticator(*db.value(), m_store->clock).signIn(QStringLiteral("root"), authtest::kAdminPassword));
}

QTEST_GUILESS_MAIN(TestStoreAccess)
#include "tst_storeaccess.moc"
