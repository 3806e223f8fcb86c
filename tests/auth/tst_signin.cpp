// SPDX-License-Identifier: GPL-3.0-or-later
// The console's sign-in, forced password change, lock (idle and Ctrl+L), audit view and accounts
// dialog, offscreen, on a real store.
#include "authfixture.h"
#include "data/auth/auditlog.h"
#include "data/settings.h"
#include "ui/signin/accountsdialog.h"
#include "ui/signin/audittablemodel.h"
#include "ui/signin/auditview.h"
#include "ui/signin/changepassworddialog.h"
#include "ui/signin/consolesession.h"
#include "ui/signin/lockdialog.h"
#include "ui/signin/sessionguard.h"
#include "ui/signin/sessionmenu.h"
#include "ui/signin/signindialog.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMainWindow>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace dd;

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void refusalThenSignInRemembersUser();
    void forcedChangeBeforeTheConsole();
    void locksWhenIdleAndOnCtrlL();
    void auditViewFiltersAndExports();
    void auditViewRefusedToOthers();
    void accountsDialogCreatesAndIsRefusedToOthers();
    void sessionMenuFollowsRoles_data();
    void sessionMenuFollowsRoles();
    void consoleSessionOutcomes();
    void freshStoreExplainsFirstAdministrator();

private:
    std::unique_ptr<authtest::Store> m_store;
    std::unique_ptr<data::Settings> m_settings;
};

void TestSignIn::init()
{
    m_store = std::make_unique<authtest::Store>();
    QVERIFY(m_store->open());
    QVERIFY(m_store->addUser(QStringLiteral("wang"), data::Role::SquadLeader, QStringLiteral("JD102")));
    m_settings = std::make_unique<data::Settings>(m_store->dir.filePath(QStringLiteral("settings.ini")));
}

void TestSignIn::cleanup()
{
    m_settings.reset();
    m_store.reset();
}

void TestSignIn::refusalThenSignInRemembersUser()
{
    {
        ui::SignInDialog dialog(*m_store->db, *m_settings, m_store->clock);
        dialog.show();
        QVERIFY(dialog.userNameEdit()->text().isEmpty());
        dialog.userNameEdit()->setText(QStringLiteral("root"));
        dialog.passwordEdit()->setText(QStringLiteral("not-the-password"));
        QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(dialog.isVisible());
        QCOMPARE(dialog.message(), data::Authenticator::refusalMessage());
        QVERIFY(dialog.passwordEdit()->text().isEmpty());
        QVERIFY(!dialog.session().isValid());
        // An unknown user gets the very same message.
        dialog.userNameEdit()->setText(QStringLiteral("nobody"));
        dialog.passwordEdit()->setText(QStringLiteral("not-the-password"));
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(dialog.message(), data::Authenticator::refusalMessage());
        QVERIFY(m_settings->value(data::Settings::Key::LastUserName).toString().isEmpty());

        dialog.userNameEdit()->setText(QStringLiteral("root"));
        dialog.passwordEdit()->setText(authtest::kAdminPassword);
        QTest::keyClick(dialog.passwordEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(dialog.session().isValid());
        QCOMPARE(dialog.session().userName(), QStringLiteral("root"));
    }
    QCOMPARE(m_settings->value(data::Settings::Key::LastUserName).toString(), QStringLiteral("root"));
    // Next time the name is there and the password is not kept anywhere.
    ui::SignInDialog again(*m_store->db, *m_settings, m_store->clock);
    QCOMPARE(again.userNameEdit()->text(), QStringLiteral("root"));
    QVERIFY(again.passwordEdit()->text().isEmpty());
    m_settings->sync();
    QFile ini(m_store->dir.filePath(QStringLiteral("settings.ini")));
    QVERIFY(ini.open(QIODevice::ReadOnly));
    QVERIFY(!ini.readAll().contains(authtest::kAdminPassword.toUtf8()));
}

void TestSignIn::forcedChangeBeforeTheConsole()
{
    ui::SignInDialog dialog(*m_store->db, *m_settings, m_store->clock);
    int asked = 0;
    connect(&dialog, &ui::SignInDialog::passwordChangeRequired, this, [&asked](QDialog *d) {
        ++asked;
        auto *change = static_cast<ui::ChangePasswordDialog *>(d);
        QTimer::singleShot(0, change, [change] {
            change->currentEdit()->setText(authtest::kUserPassword);
            change->newEdit()->setText(QStringLiteral("wang-chooses-1"));
            change->repeatEdit()->setText(QStringLiteral("wang-chooses-2")); // a typo first
            change->submit();
            QVERIFY(!change->message().isEmpty());
            QVERIFY(change->isVisible());
            change->currentEdit()->setText(authtest::kUserPassword);
            change->repeatEdit()->setText(QStringLiteral("wang-chooses-1"));
            change->submit();
        });
    });
    dialog.show();
    dialog.userNameEdit()->setText(QStringLiteral("wang"));
    dialog.passwordEdit()->setText(authtest::kUserPassword);
    QTest::mouseClick(dialog.signInButton(), Qt::LeftButton);
    QCOMPARE(asked, 1);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.session().mustChangePassword());
    QVERIFY(dialog.session().allows(data::Action::EditRoster, data::Target::squad(QStringLiteral("s1"))));
    QVERIFY(data::Authenticator(*m_store->db, m_store->clock)
                .signIn(QStringLiteral("wang"), QStringLiteral("wang-chooses-1")));
}

void TestSignIn::locksWhenIdleAndOnCtrlL()
{
    QMainWindow window;
    window.setCentralWidget(new QLineEdit(&window));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ui::SessionGuard guard(*m_store->db, *m_settings, m_store->admin, &window, m_store->clock);
    QCOMPARE(guard.idleIntervalMs(), 10 * 60 * 1000); // the default setting
    m_settings->setValue(data::Settings::Key::IdleLockMinutes, 3);
    QCOMPARE(guard.idleIntervalMs(), 3 * 60 * 1000);
    QSignalSpy locked(&guard, &ui::SessionGuard::locked);

    guard.setIdleIntervalMs(50);
    QTRY_VERIFY(guard.isLocked());
    QCOMPARE(locked.count(), 1);
    QVERIFY(!window.isVisible()); // nothing of the console stays readable
    ui::LockDialog *lock = guard.lockDialog();
    QVERIFY(lock && lock->isVisible());
    lock->passwordEdit()->setText(QStringLiteral("wrong-one"));
    lock->submit();
    QVERIFY(guard.isLocked());
    QCOMPARE(lock->message(), data::Authenticator::refusalMessage());
    QTest::keyClick(lock, Qt::Key_Escape); // Esc does not open it
    QVERIFY(guard.isLocked());
    lock->passwordEdit()->setText(authtest::kAdminPassword);
    lock->submit();
    QVERIFY(!guard.isLocked());
    QVERIFY(window.isVisible());

    // Ctrl+L locks at once.
    guard.setIdleIntervalMs(0);
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(window.centralWidget(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY(guard.isLocked());
    QCOMPARE(locked.count(), 2);

    const int locks = m_store->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'session.lock'"));
    QCOMPARE(locks, 2);
    QCOMPARE(m_store->count(QStringLiteral(
                 "SELECT count(*) FROM audit_log WHERE action = 'session.lock' AND detail LIKE '%shortcut%'")),
             1);
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'unlock.failure'")), 1);
}

void TestSignIn::auditViewFiltersAndExports()
{
    QVERIFY(m_store->addUser(QStringLiteral("ducha"), data::Role::Supervisor));
    const data::Session ducha = m_store->signInChanged(QStringLiteral("ducha"));
    QVERIFY(!data::Authenticator(*m_store->db, m_store->clock).signIn(QStringLiteral("ghost"), QStringLiteral("x")));
    m_store->clock.set(QDateTime::currentDateTimeUtc());
    QVERIFY(!data::Authenticator(*m_store->db, m_store->clock).signIn(QStringLiteral("ghost"), QStringLiteral("y")));

    ui::AuditView view(*m_store->db, ducha, m_store->clock);
    view.show();
    QVERIFY(view.model()->rowCount() >= 1);
    data::AuditFilter f = view.filter();
    f.action = QStringLiteral("signin.failure");
    view.setFilter(f);
    view.refresh();
    QCOMPARE(view.model()->rowCount(), 1); // the week shown by default holds only the recent attempt
    QCOMPARE(view.model()->index(0, ui::AuditTableModel::UserColumn).data().toString(), QStringLiteral("ghost"));

    const QString path = m_store->dir.filePath(QStringLiteral("audit.csv"));
    QCOMPARE(view.exportCsv(path), QString());
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "time,user,action"));
    QCOMPARE(bytes.count('\n'), 2);
    QVERIFY(bytes.contains(",ghost,signin.failure,"));
}

void TestSignIn::auditViewRefusedToOthers()
{
    const data::Session wang = m_store->signInChanged(QStringLiteral("wang"));
    ui::AuditView view(*m_store->db, wang, m_store->clock);
    QCOMPARE(view.model()->rowCount(), 0);
    QVERIFY2(view.status().contains(QStringLiteral("wang")), qPrintable(view.status()));
    QVERIFY(!view.exportCsv(m_store->dir.filePath(QStringLiteral("no.csv"))).isEmpty());
    QVERIFY(!QFile::exists(m_store->dir.filePath(QStringLiteral("no.csv"))));
}

void TestSignIn::accountsDialogCreatesAndIsRefusedToOthers()
{
    ui::AccountsDialog admin(*m_store->db, m_store->admin, m_store->clock);
    QCOMPARE(admin.table()->rowCount(), 2);
    QVERIFY2(admin.createUser(QStringLiteral("li"), QStringLiteral("李娜"), int(data::Role::SquadDispatcher),
                              QStringLiteral("JD103"), QStringLiteral("li-initial-pw1")),
             qPrintable(admin.status()));
    QCOMPARE(admin.table()->rowCount(), 3);
    QVERIFY(!admin.createUser(QStringLiteral("li2"), QString(), int(data::Role::SquadDispatcher), QString(),
                              QStringLiteral("li-initial-pw1")));
    QVERIFY(!admin.status().isEmpty());
    QVERIFY(admin.setActive(QStringLiteral("li"), false));

    const data::Session wang = m_store->signInChanged(QStringLiteral("wang"));
    ui::AccountsDialog other(*m_store->db, wang, m_store->clock);
    QCOMPARE(other.table()->rowCount(), 0);
    QVERIFY(!other.setActive(QStringLiteral("li"), true));
    QCOMPARE(m_store->count(QStringLiteral("SELECT active FROM users WHERE username = 'li'")), 0);
}

void TestSignIn::sessionMenuFollowsRoles_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<bool>("accounts");
    QTest::addColumn<bool>("audit");
    QTest::newRow("administrator") << QStringLiteral("root") << true << true;
    QTest::newRow("supervisor") << QStringLiteral("ducha") << false << true;
    QTest::newRow("squad leader") << QStringLiteral("wang") << false << false;
}

void TestSignIn::sessionMenuFollowsRoles()
{
    QFETCH(QString, user);
    QFETCH(bool, accounts);
    QFETCH(bool, audit);
    QVERIFY(m_store->addUser(QStringLiteral("ducha"), data::Role::Supervisor));
    const data::Session session = user == QLatin1String("root") ? m_store->admin : m_store->signInChanged(user);
    QVERIFY(session.isValid());
    QMainWindow window;
    ui::SessionGuard guard(*m_store->db, *m_settings, session, &window, m_store->clock);
    ui::SessionMenu menu(&window, *m_store->db, guard, m_store->clock);
    QCOMPARE(menu.accountsAction()->isVisible(), accounts);
    QCOMPARE(menu.auditAction()->isVisible(), audit);
    auto *who = window.findChild<QLabel *>(QStringLiteral("signedInUser"));
    QVERIFY(who && who->text().contains(user));
    menu.lockAction()->trigger();
    QVERIFY(guard.isLocked());
}

void TestSignIn::consoleSessionOutcomes()
{
    const QString path = m_store->db->path();
    ui::ConsoleSession::Outcome outcome = ui::ConsoleSession::Outcome::SignedIn;
    QString error;

    // A file that does not open: nothing to sign in to.
    QVERIFY(!ui::ConsoleSession::begin(m_store->dir.filePath(QStringLiteral("absent.sqlite")), *m_settings, QString(),
                                       true, &outcome, &error));
    QCOMPARE(int(outcome), int(ui::ConsoleSession::Outcome::NoDatabase));

    // A screenshot run without credentials is refused rather than shown the district.
    QVERIFY(!ui::ConsoleSession::begin(path, *m_settings, QString(), false, &outcome, &error));
    QCOMPARE(int(outcome), int(ui::ConsoleSession::Outcome::Refused));
    QVERIFY(error.contains(QStringLiteral("--credentials")));

    // The dialog closed: cancelled.
    QTimer::singleShot(50, this, [] {
        if (auto *d = qobject_cast<ui::SignInDialog *>(QApplication::activeModalWidget()))
            d->reject();
    });
    QVERIFY(!ui::ConsoleSession::begin(path, *m_settings, QString(), true, &outcome, &error));
    QCOMPARE(int(outcome), int(ui::ConsoleSession::Outcome::Cancelled));

    // Credentials from a private file: signed in; attached to a window, it locks and shows the menu.
    const QString file = m_store->dir.filePath(QStringLiteral("root.credentials"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("user=root\npassword=" + authtest::kAdminPassword.toUtf8() + "\n");
    }
    QFile::setPermissions(file, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    {
        auto console = ui::ConsoleSession::begin(path, *m_settings, file, false, &outcome, &error);
        QVERIFY2(console, qPrintable(error));
        QCOMPARE(int(outcome), int(ui::ConsoleSession::Outcome::SignedIn));
        QCOMPARE(console->session().userName(), QStringLiteral("root"));
        QMainWindow window;
        console->attach(&window);
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("signedInUser")));
        console->guard()->lock(QStringLiteral("test"));
        QVERIFY(!window.isVisible());
        console->guard()->lockDialog()->passwordEdit()->setText(authtest::kAdminPassword);
        console->guard()->lockDialog()->submit();
        QVERIFY(!console->guard()->isLocked());
    }
    QCOMPARE(m_store->count(QStringLiteral(
                 "SELECT count(*) FROM audit_log WHERE action = 'session.sign_out' AND user_name = 'root'")),
             1);
}

void TestSignIn::freshStoreExplainsFirstAdministrator()
{
    auto fresh = data::Database::open(m_store->dir.filePath(QStringLiteral("fresh.sqlite")),
                                      data::Database::Mode::CreateIfMissing);
    QVERIFY(fresh);
    ui::SignInDialog dialog(*fresh.value(), *m_settings, m_store->clock);
    dialog.show();
    QVERIFY2(dialog.message().contains(QStringLiteral("user add --role district_admin")), qPrintable(dialog.message()));
    // A store with an administrator says nothing before the first attempt.
    ui::SignInDialog usual(*m_store->db, *m_settings, m_store->clock);
    usual.show();
    QVERIFY(usual.message().isEmpty());
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
