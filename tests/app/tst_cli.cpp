// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as scripts use it: exit codes from app/commands.h, messages naming the path, and
// `info --json` agreeing with the database itself.
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
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

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("missing");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void exitCodes_data();
    void exitCodes();
    void demoDbThenInfo();
    void infoOnCorruptFile();
    void infoOnDamagedStore();

private:
    Run run(const QStringList &args, int timeoutMs = 60000);

    QTemporaryDir m_home; // settings and data of the runs stay here
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(DUTYDESK_EXECUTABLE)));
    QVERIFY(m_home.isValid());
}

Run TestCli::run(const QStringList &args, int timeoutMs)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), m_home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(DUTYDESK_EXECUTABLE), args);
    Run r;
    if (!p.waitForFinished(timeoutMs)) {
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

void TestCli::exitCodes_data()
{
    QTest::addColumn<QStringList>("args"); // "@" is replaced by a fresh temporary directory
    QTest::addColumn<int>("expected");
    QTest::addColumn<QString>("stderrContains"); // "@" as above

    QTest::newRow("top-level help") << QStringList { QStringLiteral("--help") } << 0 << QString();
    QTest::newRow("unknown subcommand") << QStringList { QStringLiteral("frobnicate") } << 2
                                        << QStringLiteral("frobnicate");
    QTest::newRow("demo-db without path") << QStringList { QStringLiteral("demo-db") } << 2 << QStringLiteral("PATH");
    QTest::newRow("demo-db with two paths")
        << QStringList { QStringLiteral("demo-db"), QStringLiteral("@/a.sqlite"), QStringLiteral("@/b.sqlite") } << 2
        << QStringLiteral("PATH");
    QTest::newRow("demo-db with PATH and --db")
        << QStringList { QStringLiteral("demo-db"), QStringLiteral("@/a.sqlite"), QStringLiteral("--db"),
                         QStringLiteral("@/b.sqlite") }
        << 2 << QStringLiteral("PATH");
    QTest::newRow("demo-db bad seed") << QStringList { QStringLiteral("demo-db"), QStringLiteral("@/a.sqlite"),
                                                       QStringLiteral("--seed"), QStringLiteral("many") }
                                      << 2 << QStringLiteral("many");
    QTest::newRow("demo-db unknown option")
        << QStringList { QStringLiteral("demo-db"), QStringLiteral("@/a.sqlite"), QStringLiteral("--colour") } << 2
        << QStringLiteral("colour");
    QTest::newRow("demo-db into missing directory")
        << QStringList { QStringLiteral("demo-db"), QStringLiteral("@/no/such/dir/a.sqlite") } << 3
        << QStringLiteral("@/no/such/dir/a.sqlite");
    QTest::newRow("info unknown option") << QStringList { QStringLiteral("info"), QStringLiteral("--verbose") } << 2
                                         << QStringLiteral("verbose");
    QTest::newRow("info stray argument") << QStringList { QStringLiteral("info"), QStringLiteral("x.sqlite") } << 2
                                         << QStringLiteral("x.sqlite");
    QTest::newRow("info missing database")
        << QStringList { QStringLiteral("info"), QStringLiteral("--db"), QStringLiteral("@/absent.sqlite") } << 3
        << QStringLiteral("@/absent.sqlite");
    QTest::newRow("info --json missing database")
        << QStringList { QStringLiteral("info"), QStringLiteral("--json"), QStringLiteral("--db"),
                         QStringLiteral("@/absent.sqlite") }
        << 3 << QStringLiteral("@/absent.sqlite");
    QTest::newRow("info, configured database missing")
        << QStringList { QStringLiteral("info") } << 3 << QStringLiteral("dutydesk.sqlite");
    QTest::newRow("info missing directory")
        << QStringList { QStringLiteral("info"), QStringLiteral("--db"), QStringLiteral("@/gone/x.sqlite") } << 3
        << QStringLiteral("@/gone");
}

void TestCli::exitCodes()
{
    QFETCH(QStringList, args);
    QFETCH(int, expected);
    QFETCH(QString, stderrContains);
    QTemporaryDir dir;
    for (QString &a : args)
        a.replace(QLatin1Char('@'), dir.path());
    stderrContains.replace(QLatin1Char('@'), dir.path());
    const Run r = run(args);
    QVERIFY2(r.exitCode == expected, qPrintable(QStringLiteral("exit %1, stderr: %2").arg(r.exitCode).arg(r.err)));
    if (expected == 0)
        QVERIFY(r.out.contains(QStringLiteral("Exit codes"))); // --help lists them
    else
        QVERIFY2(r.err.contains(stderrContains), qPrintable(r.err));
    // Nothing is created by a refused command.
    QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), QStringList());
}

void TestCli::demoDbThenInfo()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
    Run r = run({ QStringLiteral("demo-db"), path, QStringLiteral("--seed"), QStringLiteral("3") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(QFile::exists(path));
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files),
             QStringList { QStringLiteral("demo.sqlite") }); // no temporary left

    // An existing file is not replaced without --force, and stays as it was.
    const QByteArray before = checksum(path);
    r = run({ QStringLiteral("demo-db"), path });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(path) && r.err.contains(QStringLiteral("--force")), qPrintable(r.err));
    QCOMPARE(checksum(path), before);
    r = run({ QStringLiteral("demo-db"), QStringLiteral("--db"), path, QStringLiteral("--seed"), QStringLiteral("3"),
              QStringLiteral("--force") }); // --db is another way to give PATH
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));

    r = run({ QStringLiteral("info"), QStringLiteral("--db"), path, QStringLiteral("--json") });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    // Looking at a file leaves its directory as it was (no stray -wal/-shm).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList { QStringLiteral("demo.sqlite") });
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString() + QLatin1Char('\n') + r.out));
    QVERIFY(doc.isObject());
    const QJsonObject root = doc.object();
    const int version = root.value(QStringLiteral("schema_version")).toInt(-1);
    QVERIFY(version >= 1);
    QCOMPARE(version, root.value(QStringLiteral("latest_schema_version")).toInt(-2));
    QCOMPARE(root.value(QStringLiteral("integrity")).toString(), QStringLiteral("ok"));
    const QJsonObject counts = root.value(QStringLiteral("counts")).toObject();
    const QJsonArray squads = root.value(QStringLiteral("squads")).toArray();

    // Compare with the file itself, read without DutyDesk's code.
    const QString name = QStringLiteral("cli-check");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'"
                           " AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grid_cells_rtree_%'")));
        QStringList tables;
        while (q.next())
            tables << q.value(0).toString();
        QVERIFY(tables.size() >= 25);
        QCOMPARE(counts.size(), tables.size());
        for (const QString &t : std::as_const(tables)) {
            QSqlQuery c(db);
            QVERIFY(c.exec(QStringLiteral("SELECT count(*) FROM %1").arg(t)) && c.next());
            QVERIFY2(counts.contains(t), qPrintable(t));
            QCOMPARE(counts.value(t).toInteger(), c.value(0).toLongLong());
        }
        QVERIFY(counts.value(QStringLiteral("grid_cells")).toInteger() >= 7000);
        QVERIFY(q.exec(QStringLiteral("SELECT max(version) FROM schema_version")) && q.next());
        QCOMPARE(q.value(0).toInt(), version);

        QVERIFY(q.exec(QStringLiteral(
            "SELECT s.code, s.name, (SELECT count(*) FROM officers o WHERE o.squad_id = s.id AND o.active = 1)"
            " FROM squads s ORDER BY s.code")));
        int i = 0;
        while (q.next()) {
            QVERIFY(i < squads.size());
            const QJsonObject s = squads.at(i++).toObject();
            QCOMPARE(s.value(QStringLiteral("code")).toString(), q.value(0).toString());
            QCOMPARE(s.value(QStringLiteral("name")).toString(), q.value(1).toString());
            QCOMPARE(s.value(QStringLiteral("officers")).toInt(), q.value(2).toInt());
        }
        QCOMPARE(i, 13);
        QCOMPARE(squads.size(), 13);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);

    // The plain form names the district in Chinese, whatever the locale.
    r = run({ QStringLiteral("info"), QStringLiteral("--db"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    QVERIFY(r.out.contains(QStringLiteral("嘉定区")));
    QVERIFY(r.out.contains(QStringLiteral("南翔中队")));
}

void TestCli::infoOnDamagedStore()
{
    // A real store whose middle pages are overwritten: the header and schema still read, the data not.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("damaged.sqlite"));
    Run r = run({ QStringLiteral("demo-db"), path });
    QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        const qint64 size = f.size();
        QVERIFY(size > 1024 * 1024);
        for (qint64 offset = size / 4; offset < size * 3 / 4; offset += 64 * 1024) {
            f.seek(offset);
            f.write(QByteArray(4096, char(0x5A)));
        }
    }
    const QByteArray before = checksum(path);
    r = run({ QStringLiteral("info"), QStringLiteral("--db"), path });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QCOMPARE(checksum(path), before);
}

void TestCli::infoOnCorruptFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("broken.sqlite"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(4096, 'x'));
    }
    const QByteArray before = checksum(path);
    const Run r = run({ QStringLiteral("info"), QStringLiteral("--db"), path, QStringLiteral("--json") });
    QCOMPARE(r.exitCode, 3);
    QVERIFY2(r.err.contains(path), qPrintable(r.err));
    QVERIFY(r.out.isEmpty());
    QCOMPARE(checksum(path), before);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
