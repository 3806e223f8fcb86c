// SPDX-License-Identifier: GPL-3.0-or-later
// Opening and migrating the store: fresh files, upgrades with a backup, and every refusal leaving the
// file byte-for-byte as it was.
#include "data/database.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

using dd::data::Database;
using dd::data::Migration;

namespace {

QByteArray checksum(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray("missing");
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex();
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant(q.lastError().text());
    return q.value(0);
}

std::vector<Migration> withExtra(const QByteArray &sql)
{
    std::vector<Migration> list = Database::builtinMigrations();
    list.push_back(Migration { Database::latestSchemaVersion() + 1, QStringLiteral("test_extra"), sql });
    return list;
}

// A DutyDesk store at the built-in version holding one district row, closed again.
void makeStore(const QString &path)
{
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QSqlQuery q(db.value()->connection());
    QVERIFY2(q.exec(QStringLiteral("INSERT INTO district (id, code, name, updated_at, last_writer)"
                                   " VALUES ('d1', '310114', '嘉定区', '2026-01-01T00:00:00.000Z', 'c')")),
             qPrintable(q.lastError().text()));
}

// "1,2,…,n": the rows schema_version should hold.
QString versionList(int n)
{
    QStringList list;
    for (int v = 1; v <= n; ++v)
        list << QString::number(v);
    return list.join(QLatin1Char(','));
}

QStringList sideFiles(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void builtinMigrationsAreEmbedded();
    void createsFreshStore();
    void reopenKeepsConsoleIdWithoutBackup();
    void openExistingRefusesMissingFile();
    void missingDirectory_data();
    void missingDirectory();
    void corruptFileLeftUntouched_data();
    void corruptFileLeftUntouched();
    void foreignSqliteFileRefused();
    void readOnlyFileLeftUntouched();
    void readOnlyModeOpensReadOnlyFile();
    void newerVersionRefused();
    void upgradeWritesBackupFirst();
    void failedMigrationRollsBack();
    void timestampsAreUtc();
    void shippedMigrationsUpgradeVersionOne();
};

void TestDatabase::shippedMigrationsUpgradeVersionOne()
{
    if (Database::latestSchemaVersion() < 2)
        QSKIP("only one migration is shipped");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v1.sqlite"));
    const std::vector<Migration> all = Database::builtinMigrations();
    {
        // A console still on version 1, with data in every kind of table the later migrations touch.
        auto db = Database::open(path, Database::Mode::CreateIfMissing, { all.front() });
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), 1);
        QSqlQuery q(db.value()->connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO users (id, username, display_name, updated_at, last_writer)"
                                      " VALUES ('u', 'leader', '王伟', 'T', 'c')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO audit_log (id, at, action, updated_at, last_writer) VALUES ('a', 'T', 'x', 'T', 'c')")));
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QVERIFY(QFileInfo::exists(db.value()->backupPath()));
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM users")).toInt(), 1);
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT count(*) FROM audit_log")).toInt(), 1);
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT group_concat(version) FROM schema_version")).toString(),
             versionList(Database::latestSchemaVersion()));
    // Still append-only after the migrations that altered it.
    QSqlQuery q(db.value()->connection());
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
}

void TestDatabase::timestampsAreUtc()
{
    // 19:30 in Shanghai is 11:30 UTC; the text sorts like the instants it names.
    const QDateTime shanghai(QDate(2026, 11, 26), QTime(19, 30, 0, 5), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
    QCOMPARE(Database::timestamp(shanghai), QStringLiteral("2026-11-26T11:30:00.005Z"));
    QVERIFY(Database::timestamp(shanghai) < Database::timestamp(shanghai.addMSecs(1)));
    QVERIFY(QUuid::fromString(Database::newId()).version() == QUuid::Random);
    QVERIFY(Database::newId() != Database::newId());
    QVERIFY(!Database::newId().startsWith(QLatin1Char('{')));
}

void TestDatabase::builtinMigrationsAreEmbedded()
{
    const std::vector<Migration> list = Database::builtinMigrations();
    QVERIFY(!list.empty());
    QCOMPARE(list.front().version, 1);
    QCOMPARE(list.front().name, QStringLiteral("core"));
    QVERIFY(list.front().sql.contains("CREATE TABLE grid_cells"));
    for (std::size_t i = 0; i < list.size(); ++i)
        QCOMPARE(list[i].version, int(i + 1)); // no gaps
    QCOMPARE(Database::latestSchemaVersion(), list.back().version);
}

void TestDatabase::createsFreshStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    auto db = Database::open(path, Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QVERIFY(QFile::exists(path));
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    QCOMPARE(scalar(*db.value(), QStringLiteral("PRAGMA foreign_keys")).toInt(), 1);
    QVERIFY(scalar(*db.value(), QStringLiteral("PRAGMA busy_timeout")).toInt() >= 1000);
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT group_concat(version) FROM schema_version")).toString(),
             versionList(Database::latestSchemaVersion()));
    QVERIFY(!QUuid::fromString(db.value()->consoleId()).isNull());
    QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT value FROM meta WHERE key = 'console_id'")).toString(),
             db.value()->consoleId());
    QVERIFY(db.value()->backupPath().isEmpty()); // nothing existed, nothing to back up
    // Foreign keys are enforced, not merely declared.
    QSqlQuery q(db.value()->connection());
    QVERIFY(!q.exec(QStringLiteral("INSERT INTO towns (id, district_id, code, name, updated_at, last_writer)"
                                   " VALUES ('t', 'no-such-district', '310114102', 'x', 'now', 'c')")));
}

void TestDatabase::reopenKeepsConsoleIdWithoutBackup()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    QString first;
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        first = db.value()->consoleId();
    }
    auto db = Database::open(path);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QCOMPARE(db.value()->consoleId(), first);
    QVERIFY(db.value()->backupPath().isEmpty()); // already at the latest version
    QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
    for (const QString &f : sideFiles(dir.path()))
        QVERIFY2(!f.contains(QStringLiteral("backup")), qPrintable(f));
}

void TestDatabase::openExistingRefusesMissingFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("absent.sqlite"));
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorMessage()));
    QVERIFY(!QFile::exists(path));
    QVERIFY(sideFiles(dir.path()).isEmpty());
}

void TestDatabase::missingDirectory_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("open existing") << int(Database::Mode::OpenExisting);
    QTest::newRow("create if missing") << int(Database::Mode::CreateIfMissing);
    QTest::newRow("read only") << int(Database::Mode::ReadOnly);
}

void TestDatabase::missingDirectory()
{
    QFETCH(int, mode);
    QTemporaryDir dir;
    const QString missingDir = dir.filePath(QStringLiteral("no/such/dir"));
    const QString path = missingDir + QStringLiteral("/console.sqlite");
    auto db = Database::open(path, Database::Mode(mode));
    QVERIFY(!db);
    QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(missingDir)), qPrintable(db.errorMessage()));
    QVERIFY(!QFileInfo::exists(missingDir)); // not created behind the user's back
}

void TestDatabase::corruptFileLeftUntouched_data()
{
    QTest::addColumn<QByteArray>("kind");
    QTest::newRow("random bytes") << QByteArray("random");
    QTest::newRow("text file") << QByteArray("text");
    QTest::newRow("short file") << QByteArray("short");
    QTest::newRow("sqlite header, damaged first page") << QByteArray("damaged");
    QTest::newRow("sqlite store, damaged schema page, older version") << QByteArray("damaged-old");
}

void TestDatabase::corruptFileLeftUntouched()
{
    QFETCH(QByteArray, kind);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    QByteArray bytes;
    if (kind == "random") {
        QRandomGenerator rng(42);
        bytes.resize(8192);
        rng.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    } else if (kind == "text") {
        bytes = "code,name\n310114102,南翔镇\n";
    } else if (kind == "short") {
        bytes = QByteArray("SQLite format 3\0", 16) + "xx";
    } else {
        makeStore(path);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        bytes = f.readAll();
        f.close();
        QFile::remove(path);
        QVERIFY(bytes.size() > 4096);
        // Page 1 holds the schema's b-tree root: wipe everything after the 100-byte file header.
        for (int i = 100; i < 4096; ++i)
            bytes[i] = char(0xA5);
    }
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const QByteArray before = checksum(path);
    const QStringList filesBefore = sideFiles(dir.path());

    // "damaged-old" pretends the file needs a migration: the damage must be found before any write.
    auto db = kind == "damaged-old"
        ? Database::open(path, Database::Mode::OpenExisting, withExtra("CREATE TABLE extra (x);"))
        : Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QStringLiteral("untouched")), qPrintable(db.errorMessage()));
    QCOMPARE(checksum(path), before);
    QCOMPARE(sideFiles(dir.path()), filesBefore); // no backup, no journal left behind
}

void TestDatabase::foreignSqliteFileRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("other.sqlite"));
    {
        const QString name = QStringLiteral("foreign");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(path);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)")));
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }
    const QByteArray before = checksum(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    QVERIFY2(db.errorMessage().contains(QStringLiteral("not a DutyDesk database")), qPrintable(db.errorMessage()));
    QCOMPARE(checksum(path), before);
}

void TestDatabase::readOnlyFileLeftUntouched()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    makeStore(path);
    const QByteArray before = checksum(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));

    // Also with a migration pending: a read-only file must not even get a backup.
    auto db = Database::open(path, Database::Mode::OpenExisting, withExtra("CREATE TABLE extra (x);"));
    QVERIFY(!db);
    QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QStringLiteral("read-only")), qPrintable(db.errorMessage()));
    QCOMPARE(checksum(path), before);
    QCOMPARE(sideFiles(dir.path()), QStringList { QStringLiteral("console.sqlite") });
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDatabase::readOnlyModeOpensReadOnlyFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    makeStore(path);
    const QByteArray before = checksum(path);
    QVERIFY(QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther));
    {
        // A newer build's list must not tempt ReadOnly into migrating.
        auto db = Database::open(path, Database::Mode::ReadOnly, withExtra("CREATE TABLE extra (x);"));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion());
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT name FROM district")).toString(), QStringLiteral("嘉定区"));
        QSqlQuery q(db.value()->connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM district")));
    }
    QCOMPARE(checksum(path), before);
    QCOMPARE(sideFiles(dir.path()), QStringList { QStringLiteral("console.sqlite") }); // no stray -wal/-shm
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

void TestDatabase::newerVersionRefused()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    {
        auto db = Database::open(path, Database::Mode::CreateIfMissing, withExtra("CREATE TABLE extra (x);"));
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion() + 1);
    }
    const QByteArray before = checksum(path);
    auto db = Database::open(path);
    QVERIFY(!db);
    const QString newer = QStringLiteral("version %1").arg(Database::latestSchemaVersion() + 1);
    const QString supported = QStringLiteral("up to %1").arg(Database::latestSchemaVersion());
    QVERIFY2(db.errorMessage().contains(newer), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(supported), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QDir::toNativeSeparators(path)), qPrintable(db.errorMessage()));
    QCOMPARE(checksum(path), before);
    QCOMPARE(sideFiles(dir.path()), QStringList { QStringLiteral("console.sqlite") });
}

void TestDatabase::upgradeWritesBackupFirst()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    makeStore(path);
    const auto upgraded = withExtra("ALTER TABLE district ADD COLUMN note TEXT NOT NULL DEFAULT 'v2';"
                                    "CREATE TABLE extra (x);");
    QString backup;
    QString consoleId;
    {
        auto db = Database::open(path, Database::Mode::OpenExisting, upgraded);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        QCOMPARE(db.value()->schemaVersion(), Database::latestSchemaVersion() + 1);
        backup = db.value()->backupPath();
        consoleId = db.value()->consoleId();
        QVERIFY(!backup.isEmpty());
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath()); // next to the file
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT group_concat(version) FROM schema_version")).toString(),
                 versionList(Database::latestSchemaVersion() + 1));
        QCOMPARE(scalar(*db.value(), QStringLiteral("SELECT note FROM district")).toString(), QStringLiteral("v2"));
    }
    // The backup is the store as it was: the built-in version, same rows, same console, no new column.
    auto old = Database::open(backup, Database::Mode::ReadOnly, upgraded);
    QVERIFY2(old, qPrintable(old.errorMessage()));
    QCOMPARE(old.value()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(old.value()->consoleId(), consoleId);
    QCOMPARE(scalar(*old.value(), QStringLiteral("SELECT name FROM district")).toString(), QStringLiteral("嘉定区"));
    QSqlQuery q(old.value()->connection());
    QVERIFY(!q.exec(QStringLiteral("SELECT note FROM district")));

    // Opening the upgraded file again needs no second backup.
    auto again = Database::open(path, Database::Mode::OpenExisting, upgraded);
    QVERIFY2(again, qPrintable(again.errorMessage()));
    QVERIFY(again.value()->backupPath().isEmpty());
}

void TestDatabase::failedMigrationRollsBack()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("console.sqlite"));
    makeStore(path);
    // The first statement succeeds, the second fails: the transaction must take both back.
    auto db = Database::open(path, Database::Mode::OpenExisting,
                             withExtra("CREATE TABLE half_done (x); INSERT INTO no_such_table VALUES (1);"));
    QVERIFY(!db);
    QVERIFY2(db.errorMessage().contains(
                 QStringLiteral("migration %1 (test_extra)").arg(Database::latestSchemaVersion() + 1)),
             qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QStringLiteral("no_such_table")), qPrintable(db.errorMessage()));
    QVERIFY2(db.errorMessage().contains(QStringLiteral("backup")), qPrintable(db.errorMessage()));

    auto reopened = Database::open(path);
    QVERIFY2(reopened, qPrintable(reopened.errorMessage()));
    QCOMPARE(reopened.value()->schemaVersion(), Database::latestSchemaVersion());
    QCOMPARE(scalar(*reopened.value(), QStringLiteral("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'"))
                 .toInt(),
             0);
    QCOMPARE(scalar(*reopened.value(), QStringLiteral("SELECT count(*) FROM district")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
