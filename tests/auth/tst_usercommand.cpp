// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk user …` as a script runs it (stdin not a terminal): the first administrator without
// credentials only on a store without one, --credentials files (private only), refusals for other
// roles, and the effects read back from the file itself.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

} // namespace

class TestUserCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void firstAdministratorThenCredentials();
    void refusedWithoutCredentials_data();
    void refusedWithoutCredentials();
    void consoleNeedsSignIn();

private:
    Run run(const QStringList &args);
    QString credentials(const QString &name, const QString &text, bool privateFile = true);
    QString db() const { return m_dir.filePath(QStringLiteral("console.sqlite")); }
    QVariant scalar(const QString &sql);

    QTemporaryDir m_dir;
};

void TestUserCommand::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(DUTYDESK_EXECUTABLE)));
    QVERIFY(m_dir.isValid());
}

Run TestUserCommand::run(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    p.setProcessEnvironment(env);
    p.setStandardInputFile(QProcess::nullDevice()); // as from a timer: never a terminal
    p.start(QStringLiteral(DUTYDESK_EXECUTABLE),
            QStringList { QStringLiteral("user") } + args + QStringList { QStringLiteral("--db"), db() });
    Run r;
    if (!p.waitForFinished(60000)) {
        p.kill();
        p.waitForFinished();
        r.err = QStringLiteral("timed out");
        return r;
    }
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

QString TestUserCommand::credentials(const QString &name, const QString &text, bool privateFile)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return QString();
    f.write(text.toUtf8());
    f.close();
    QFile::setPermissions(path,
                          privateFile ? (QFileDevice::ReadOwner | QFileDevice::WriteOwner)
                                      : (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther));
    return path;
}

QVariant TestUserCommand::scalar(const QString &sql)
{
    QVariant value;
    {
        QSqlDatabase c = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        c.setDatabaseName(db());
        c.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (c.open()) {
            QSqlQuery q(c);
            if (q.exec(sql) && q.next())
                value = q.value(0);
        }
        c.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    return value;
}

void TestUserCommand::firstAdministratorThenCredentials()
{
    // A fresh install: no file yet, no administrator; the new password comes from the file.
    const QString first = credentials(QStringLiteral("first"), QStringLiteral("new_password=first-admin-pw1\n"));
    Run r = run({ QStringLiteral("add"), QStringLiteral("root"), QStringLiteral("--role"),
                  QStringLiteral("district_admin"), QStringLiteral("--credentials"), first });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(scalar(QStringLiteral("SELECT password_hash FROM users WHERE username = 'root'"))
                .toString()
                .startsWith(QLatin1String("$argon2id$")));
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'account.create_first_admin'")).toInt(),
        1);

    // The second time the same command is refused: an administrator exists.
    r = run({ QStringLiteral("add"), QStringLiteral("root2"), QStringLiteral("--role"),
              QStringLiteral("district_admin"), QStringLiteral("--credentials"), first });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);

    // A credentials file others may read is refused before anything happens.
    const QString open
        = credentials(QStringLiteral("open"), QStringLiteral("user=root\npassword=first-admin-pw1\n"), false);
    r = run({ QStringLiteral("list"), QStringLiteral("--credentials"), open });
    QCOMPARE(r.exitCode, 4);
    QVERIFY2(r.err.contains(QStringLiteral("chmod 600")), qPrintable(r.err));

    const QString admin = credentials(
        QStringLiteral("admin"),
        QStringLiteral("# nightly\nuser=root\npassword=first-admin-pw1\nnew_password=leader-initial-1\n"));
    r = run({ QStringLiteral("add"), QStringLiteral("wang"), QStringLiteral("--role"), QStringLiteral("supervisor"),
              QStringLiteral("--display-name"), QStringLiteral("王督查"), QStringLiteral("--credentials"), admin });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(scalar(QStringLiteral("SELECT must_change_password FROM users WHERE username = 'wang'")).toInt(), 1);

    // wang cannot use his account for anything before changing the password, then may not manage users.
    const QString wang
        = credentials(QStringLiteral("wang"),
                      QStringLiteral("user=wang\npassword=leader-initial-1\nnew_password=wang-own-choice-1\n"));
    r = run({ QStringLiteral("list"), QStringLiteral("--credentials"), wang });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("change the password")), qPrintable(r.err));
    r = run({ QStringLiteral("passwd"), QStringLiteral("wang"), QStringLiteral("--credentials"), wang });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QString wang2
        = credentials(QStringLiteral("wang2"), QStringLiteral("user=wang\npassword=wang-own-choice-1\n"));
    r = run({ QStringLiteral("disable"), QStringLiteral("root"), QStringLiteral("--credentials"), wang2 });
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(scalar(QStringLiteral("SELECT active FROM users WHERE username = 'root'")).toInt(), 1);
    QCOMPARE(
        scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access.denied' AND user_name = 'wang'"))
            .toInt(),
        1);

    // Role changes from the command line, audited like any other.
    r = run({ QStringLiteral("grant"), QStringLiteral("wang"), QStringLiteral("--role"),
              QStringLiteral("centre_dispatcher"), QStringLiteral("--credentials"), admin });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QCOMPARE(
        scalar(QStringLiteral(
                   "SELECT count(*) FROM audit_log WHERE action = 'role.grant' AND detail LIKE '%centre_dispatcher%'"))
            .toInt(),
        1);
    r = run({ QStringLiteral("revoke"), QStringLiteral("wang"), QStringLiteral("--role"),
              QStringLiteral("centre_dispatcher"), QStringLiteral("--credentials"), admin });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("revoke"), QStringLiteral("wang"), QStringLiteral("--role"),
              QStringLiteral("centre_dispatcher"), QStringLiteral("--credentials"), admin });
    QCOMPARE(r.exitCode, 1); // no longer held

    // The administrator disables wang; his sign-in then fails with the one refusal message.
    r = run({ QStringLiteral("disable"), QStringLiteral("wang"), QStringLiteral("--credentials"), admin });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    r = run({ QStringLiteral("list"), QStringLiteral("--credentials"), wang2 });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Sign-in refused")), qPrintable(r.err));

    r = run({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--credentials"), admin });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    const QJsonArray rows = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QCOMPARE(rows.size(), 2);
    const QJsonObject w = rows.at(1).toObject();
    QCOMPARE(w.value(QStringLiteral("user")).toString(), QStringLiteral("wang"));
    QCOMPARE(w.value(QStringLiteral("display_name")).toString(), QStringLiteral("王督查"));
    QCOMPARE(w.value(QStringLiteral("active")).toBool(), false);
    QCOMPARE(w.value(QStringLiteral("roles")).toString(), QStringLiteral("supervisor"));
}

void TestUserCommand::refusedWithoutCredentials_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("stderrContains");
    QTest::newRow("no action") << QStringList {} << 2 << QStringLiteral("add, passwd");
    QTest::newRow("unknown role") << QStringList { QStringLiteral("add"), QStringLiteral("x"), QStringLiteral("--role"),
                                                   QStringLiteral("king") }
                                  << 2 << QStringLiteral("king");
    QTest::newRow("add without role") << QStringList { QStringLiteral("add"), QStringLiteral("x") } << 2
                                      << QStringLiteral("--role");
    QTest::newRow("list without credentials")
        << QStringList { QStringLiteral("list") } << 1 << QStringLiteral("--credentials");
    QTest::newRow("disable without credentials")
        << QStringList { QStringLiteral("disable"), QStringLiteral("root") } << 1 << QStringLiteral("--credentials");
}

void TestUserCommand::refusedWithoutCredentials()
{
    QFETCH(QStringList, args);
    QFETCH(int, expected);
    QFETCH(QString, stderrContains);
    const Run r = run(args);
    QVERIFY2(r.exitCode == expected, qPrintable(QStringLiteral("exit %1: %2").arg(r.exitCode).arg(r.err)));
    QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
}

void TestUserCommand::consoleNeedsSignIn()
{
    // `dutydesk gui` on this store (root exists): a screenshot run cannot answer the sign-in dialog,
    // so it needs a credentials file, and a wrong one is refused with the one message.
    auto gui = [this](const QStringList &extra) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("HOME"), m_dir.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(DUTYDESK_EXECUTABLE),
                QStringList { QStringLiteral("gui"), QStringLiteral("--db"), db(), QStringLiteral("--settings"),
                              m_dir.filePath(QStringLiteral("gui.ini")) }
                    + extra);
        Run r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            return r;
        }
        r.exitCode = p.exitCode();
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    };
    const QString png = m_dir.filePath(QStringLiteral("console.png"));
    Run r = gui({ QStringLiteral("--screenshot"), png });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("--credentials")), qPrintable(r.err));
    QVERIFY(!QFile::exists(png));
    const QString wrong = credentials(QStringLiteral("wrong"), QStringLiteral("user=root\npassword=guess-guess-1\n"));
    r = gui({ QStringLiteral("--screenshot"), png, QStringLiteral("--credentials"), wrong });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QStringLiteral("Sign-in refused")), qPrintable(r.err));
    QVERIFY(!QFile::exists(png));
    const QString right = credentials(QStringLiteral("right"), QStringLiteral("user=root\npassword=first-admin-pw1\n"));
    r = gui({ QStringLiteral("--screenshot"), png, QStringLiteral("--credentials"), right });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(png));
    QCOMPARE(scalar(QStringLiteral(
                        "SELECT count(*) FROM audit_log WHERE action = 'session.sign_out' AND user_name = 'root'"))
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestUserCommand)
#include "tst_usercommand.moc"
