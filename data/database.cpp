// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/database.h"
#include "data/sync/changecapture.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <optional>
#include <sqlite3.h>

// Quiet by default: the CLI prints to stderr and scripts read it; QT_LOGGING_RULES turns it on.
Q_LOGGING_CATEGORY(lcStore, "dutydesk.data", QtWarningMsg)

namespace dd::data {

namespace {

class DatabaseTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::Database)
};

constexpr int kBusyTimeoutMs = 5000;

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

QString newConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("dutydesk-%1-%2")
        .arg(counter.fetchAndAddRelaxed(1))
        .arg(QUuid::createUuid().toString(QUuid::WithoutBraces));
}

sqlite3 *sqliteHandle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0)
        return *static_cast<sqlite3 *const *>(v.constData());
    return nullptr;
}

// Closes and removes a named connection once every QSqlDatabase copy in this scope is gone.
void dropConnection(const QString &name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

Status execRaw(sqlite3 *handle, const QByteArray &sql)
{
    char *message = nullptr;
    const int rc = sqlite3_exec(handle, sql.constData(), nullptr, nullptr, &message);
    if (rc == SQLITE_OK)
        return success();
    const QString text = message ? QString::fromUtf8(message) : QString::fromUtf8(sqlite3_errstr(rc));
    sqlite3_free(message);
    return failure(text);
}

bool hasSqliteHeader(const QString &path, qint64 *size)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return false;
    *size = f.size();
    if (*size == 0)
        return true; // SQLite treats an empty file as an empty database
    static const QByteArray magic("SQLite format 3\0", 16);
    return *size >= 100 && f.read(16) == magic;
}

// A read-only connection to a WAL file creates the -wal and -shm files if they are missing, and
// cannot remove them when it closes. Those it created (an empty -wal: read-only connections commit
// nothing) are removed again, so looking at a file leaves its directory as it was.
struct SideFiles
{
    explicit SideFiles(const QString &path)
        : m_path(path)
        , m_wal(QFileInfo::exists(path + QStringLiteral("-wal")))
        , m_shm(QFileInfo::exists(path + QStringLiteral("-shm")))
    {
    }
    void removeCreated() const
    {
        const QString wal = m_path + QStringLiteral("-wal");
        if (m_wal || QFileInfo(wal).size() > 0)
            return;
        QFile::remove(wal);
        if (!m_shm)
            QFile::remove(m_path + QStringLiteral("-shm"));
    }

private:
    QString m_path;
    bool m_wal = false;
    bool m_shm = false;
};

struct FileState
{
    int version = 0; // 0 = no DutyDesk schema yet (new or empty file)
    bool empty = true; // no tables at all
};

// Reads the schema version through a read-only connection, so nothing is written to a file that will
// be refused.
Result<FileState> inspect(const QString &path)
{
    const SideFiles sideFiles(path);
    const QString name = newConnectionName();
    Result<FileState> result = failure(QString());
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1").arg(kBusyTimeoutMs));
        if (!db.open()) {
            result = failure(DatabaseTr::tr("%1: cannot open the database (%2); the file was left untouched.")
                                 .arg(nativePath(path), db.lastError().text()));
        } else {
            QSqlQuery q(db);
            FileState state;
            if (!q.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'"))) {
                result = failure(
                    DatabaseTr::tr("%1: the file is corrupt or not an SQLite database (%2); it was left untouched.")
                        .arg(nativePath(path), q.lastError().text()));
            } else {
                bool hasVersionTable = false;
                while (q.next()) {
                    state.empty = false;
                    if (q.value(0).toString() == QLatin1String("schema_version"))
                        hasVersionTable = true;
                }
                if (!state.empty && !hasVersionTable) {
                    result = failure(DatabaseTr::tr("%1: this SQLite file is not a DutyDesk database (it has no "
                                                    "schema_version table); it was left untouched.")
                                         .arg(nativePath(path)));
                } else if (hasVersionTable) {
                    if (!q.exec(QStringLiteral("SELECT ifnull(max(version), 0) FROM schema_version")) || !q.next())
                        result = failure(
                            DatabaseTr::tr("%1: cannot read the schema version (%2); the file was left untouched.")
                                .arg(nativePath(path), q.lastError().text()));
                    else {
                        state.version = q.value(0).toInt();
                        result = state;
                    }
                } else {
                    result = state;
                }
            }
        }
    }
    dropConnection(name);
    sideFiles.removeCreated();
    return result;
}

QString backupName(const QString &path, int fromVersion)
{
    const QString base = QStringLiteral("%1.v%2-backup").arg(path).arg(fromVersion);
    QString candidate = base;
    for (int i = 2; QFileInfo::exists(candidate); ++i)
        candidate = QStringLiteral("%1-%2").arg(base).arg(i);
    return candidate;
}

std::vector<Migration> loadMigrations()
{
    std::vector<Migration> list;
    const QDir dir(QStringLiteral(":/dutydesk/migrations"));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_(\\w+)\\.sql$"));
    const QStringList files = dir.entryList(QStringList { QStringLiteral("*.sql") }, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const QRegularExpressionMatch m = pattern.match(file);
        if (!m.hasMatch())
            continue;
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        list.push_back(Migration { m.captured(1).toInt(), m.captured(2), f.readAll() });
    }
    std::sort(list.begin(), list.end(), [](const Migration &a, const Migration &b) { return a.version < b.version; });
    return list;
}

} // namespace

struct Database::Private
{
    QString path;
    QString connectionName;
    int schemaVersion = 0;
    QString backupPath;
    QString consoleId;
    bool readOnly = false;
    std::optional<SideFiles> sideFiles; // ReadOnly mode: what existed before opening
};

Database::Database()
    : d(std::make_unique<Private>())
{
}

Database::~Database()
{
    if (!d->connectionName.isEmpty())
        dropConnection(d->connectionName);
    if (d->sideFiles)
        d->sideFiles->removeCreated();
}

std::vector<Migration> Database::builtinMigrations()
{
    static const std::vector<Migration> list = loadMigrations();
    return list;
}

int Database::latestSchemaVersion()
{
    const std::vector<Migration> list = builtinMigrations();
    return list.empty() ? 0 : list.back().version;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode)
{
    return open(path, mode, builtinMigrations());
}

Result<std::unique_ptr<Database>> Database::open(const QString &path, Mode mode,
                                                 const std::vector<Migration> &migrations)
{
    const QFileInfo info(path);
    const QString file = info.absoluteFilePath();
    const QString shown = nativePath(path);
    const int target = migrations.empty() ? 0 : migrations.back().version;

    if (path.isEmpty())
        return failure(DatabaseTr::tr("No database file given."));
    const QFileInfo dirInfo(info.absolutePath());
    if (!dirInfo.isDir())
        return failure(
            DatabaseTr::tr("%1: the directory %2 does not exist.").arg(shown, nativePath(info.absolutePath())));

    const bool existed = info.exists();
    if (!existed && mode != Mode::CreateIfMissing)
        return failure(DatabaseTr::tr("%1: no such database file.").arg(shown));
    if (existed && !info.isFile())
        return failure(DatabaseTr::tr("%1: not a regular file.").arg(shown));
    if (!existed && !dirInfo.isWritable())
        return failure(DatabaseTr::tr("%1: cannot create the database: the directory %2 is not writable.")
                           .arg(shown, nativePath(info.absolutePath())));

    FileState state;
    if (existed) {
        if (!info.isReadable())
            return failure(DatabaseTr::tr("%1: the database file is not readable (check its permissions).").arg(shown));
        // The owner-write bit is checked as well, because root may write anything: a file marked
        // read-only by its owner stays untouched even for root.
        const bool writable = info.isWritable() && (info.permissions() & QFileDevice::WriteOwner);
        if (mode != Mode::ReadOnly && !writable)
            return failure(DatabaseTr::tr("%1: the database file is read-only; DutyDesk needs to write to it. "
                                          "Make it writable or open a copy. The file was left untouched.")
                               .arg(shown));
        // WAL keeps two side files next to the database.
        if (mode != Mode::ReadOnly && !dirInfo.isWritable())
            return failure(DatabaseTr::tr("%1: the directory %2 is not writable (SQLite needs to create its journal "
                                          "files there); the file was left untouched.")
                               .arg(shown, nativePath(info.absolutePath())));
        qint64 size = 0;
        if (!hasSqliteHeader(file, &size))
            return failure(
                DatabaseTr::tr("%1: the file is corrupt or not an SQLite database; it was left untouched.").arg(shown));
        Result<FileState> inspected = inspect(file);
        if (!inspected)
            return failure(inspected.errorMessage());
        state = inspected.value();
        if (state.version > target)
            return failure(DatabaseTr::tr("%1: the database has schema version %2, but this DutyDesk supports "
                                          "versions up to %3. Use a newer DutyDesk; the file was left untouched.")
                               .arg(shown)
                               .arg(state.version)
                               .arg(target));
        if (mode == Mode::ReadOnly && state.version == 0)
            return failure(DatabaseTr::tr("%1: the database is empty (no DutyDesk schema).").arg(shown));
    }

    std::unique_ptr<Database> db(new Database);
    db->d->path = file;
    db->d->connectionName = newConnectionName();
    db->d->readOnly = mode == Mode::ReadOnly;
    if (db->d->readOnly)
        db->d->sideFiles.emplace(file);
    db->d->schemaVersion = state.version;

    // Leaves no half-made file behind when creating failed.
    auto abandon = [&](const QString &message) -> Result<std::unique_ptr<Database>> {
        dropConnection(db->d->connectionName);
        db->d->connectionName.clear();
        if (!existed) {
            QFile::remove(file);
            QFile::remove(file + QStringLiteral("-wal"));
            QFile::remove(file + QStringLiteral("-shm"));
        }
        return failure(message);
    };

    {
        QSqlDatabase conn = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), db->d->connectionName);
        conn.setDatabaseName(file);
        conn.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1%2")
                                   .arg(kBusyTimeoutMs)
                                   .arg(db->d->readOnly ? QStringLiteral(";QSQLITE_OPEN_READONLY") : QString()));
        if (!conn.open())
            return abandon(DatabaseTr::tr("%1: cannot open the database (%2).").arg(shown, conn.lastError().text()));
    }
    sqlite3 *handle = sqliteHandle(db->connection());
    if (!handle)
        return abandon(DatabaseTr::tr("%1: the Qt SQLite driver does not expose its handle.").arg(shown));

    // temp_store = MEMORY: a statement that fires the sync capture triggers keeps a statement journal,
    // which SQLite otherwise spills to a file in /var/tmp past 64 KiB; inside a long transaction (an
    // import, a sync pull, the demo district) that meant millions of small writes to a temporary file.
    Status pragmas = execRaw(handle, QByteArrayLiteral("PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000; "
                                                       "PRAGMA temp_store = MEMORY;"));
    if (!pragmas)
        return abandon(DatabaseTr::tr("%1: cannot configure the connection (%2).").arg(shown, pragmas.errorMessage()));

    if (!db->d->readOnly) {
        if (existed && state.version < target) {
            // A file about to be migrated must be sound, and is copied first (a consistent copy through
            // SQLite, so a WAL file's recent commits are in it).
            QString problem;
            const QString backup = backupName(file, state.version);
            {
                QSqlQuery check(db->connection());
                if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next())
                    problem
                        = DatabaseTr::tr("%1: the file is damaged (%2); it was not migrated and was left untouched.")
                              .arg(shown, check.lastError().text());
                else if (check.value(0).toString() != QLatin1String("ok"))
                    problem
                        = DatabaseTr::tr("%1: the file is damaged (%2); it was not migrated and was left untouched.")
                              .arg(shown, check.value(0).toString());
            }
            if (problem.isEmpty()) {
                QSqlQuery vacuum(db->connection());
                vacuum.prepare(QStringLiteral("VACUUM INTO ?"));
                vacuum.addBindValue(backup);
                if (!vacuum.exec())
                    problem = DatabaseTr::tr(
                                  "%1: cannot write the backup %2 before migrating (%3); the file was left untouched.")
                                  .arg(shown, nativePath(backup), vacuum.lastError().text());
            }
            if (!problem.isEmpty())
                return abandon(problem);
            db->d->backupPath = backup;
            qCInfo(lcStore) << "backup before migration:" << backup;
        }

        Status wal = execRaw(handle, QByteArrayLiteral("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"));
        if (!wal)
            return abandon(DatabaseTr::tr("%1: cannot switch to WAL journaling (%2).").arg(shown, wal.errorMessage()));

        for (const Migration &m : migrations) {
            if (m.version <= db->d->schemaVersion)
                continue;
            Status step = db->transaction([&]() -> Status {
                if (db->d->schemaVersion == 0) {
                    Status base
                        = execRaw(handle,
                                  QByteArrayLiteral(
                                      "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, name "
                                      "TEXT NOT NULL,"
                                      " applied_at TEXT NOT NULL);"
                                      "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"));
                    if (!base)
                        return base;
                }
                Status applied = execRaw(handle, m.sql);
                if (!applied)
                    return applied;
                QSqlQuery record(db->connection());
                record.prepare(
                    QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"));
                record.addBindValue(m.version);
                record.addBindValue(m.name);
                record.addBindValue(timestampNow());
                if (!record.exec())
                    return failure(record.lastError().text());
                return success();
            });
            if (!step) {
                QString message
                    = DatabaseTr::tr("%1: migration %2 (%3) failed: %4. The database stays at schema version %5.")
                          .arg(shown)
                          .arg(m.version)
                          .arg(m.name, step.errorMessage())
                          .arg(db->d->schemaVersion);
                if (!db->d->backupPath.isEmpty())
                    message
                        += QLatin1Char(' ') + DatabaseTr::tr("A backup is at %1.").arg(nativePath(db->d->backupPath));
                return abandon(message);
            }
            db->d->schemaVersion = m.version;
            qCInfo(lcStore) << "migrated" << file << "to schema version" << m.version;
        }

        // The console id is made once, with the file.
        QString problem;
        if (db->d->schemaVersion > 0) {
            QSqlQuery id(db->connection());
            id.prepare(
                QStringLiteral("INSERT OR IGNORE INTO meta (key, value) VALUES ('console_id', ?), ('created_at', ?)"));
            id.addBindValue(newId());
            id.addBindValue(timestampNow());
            if (!id.exec())
                problem = DatabaseTr::tr("%1: cannot record the console id (%2).").arg(shown, id.lastError().text());
        }
        // Sync: the outbox triggers follow the tables' current columns (data/sync/changecapture.h).
        if (problem.isEmpty()) {
            Status capture = sync::installChangeCapture(*db);
            if (!capture)
                problem = DatabaseTr::tr("%1: cannot install the sync change capture (%2).").arg(shown, capture.errorMessage());
        }
        if (!problem.isEmpty())
            return abandon(problem);
    }

    if (db->d->schemaVersion > 0) {
        QSqlQuery q(db->connection());
        if (q.exec(QStringLiteral("SELECT value FROM meta WHERE key = 'console_id'")) && q.next())
            db->d->consoleId = q.value(0).toString();
    }
    return db;
}

QString Database::path() const
{
    return d->path;
}
QString Database::connectionName() const
{
    return d->connectionName;
}
QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(d->connectionName, false);
}
int Database::schemaVersion() const
{
    return d->schemaVersion;
}
QString Database::backupPath() const
{
    return d->backupPath;
}
QString Database::consoleId() const
{
    return d->consoleId;
}

Status Database::transaction(const std::function<Status()> &work)
{
    sqlite3 *handle = sqliteHandle(connection());
    if (!handle)
        return failure(DatabaseTr::tr("%1: the database is not open.").arg(nativePath(d->path)));
    Status begin = execRaw(handle, QByteArrayLiteral("BEGIN IMMEDIATE"));
    if (!begin)
        return begin;
    Status result = work();
    if (!result) {
        execRaw(handle, QByteArrayLiteral("ROLLBACK"));
        return result;
    }
    Status commit = execRaw(handle, QByteArrayLiteral("COMMIT"));
    if (!commit) {
        execRaw(handle, QByteArrayLiteral("ROLLBACK"));
        return commit;
    }
    return success();
}

Status Database::executeScript(const QByteArray &sql)
{
    sqlite3 *handle = sqliteHandle(connection());
    if (!handle)
        return failure(DatabaseTr::tr("%1: the database is not open.").arg(nativePath(d->path)));
    return execRaw(handle, sql);
}

Result<QString> Database::integrityCheck() const
{
    QSqlQuery q(connection());
    if (!q.exec(QStringLiteral("PRAGMA integrity_check")))
        return failure(
            DatabaseTr::tr("%1: integrity check failed to run (%2).").arg(nativePath(d->path), q.lastError().text()));
    QStringList lines;
    while (q.next())
        lines << q.value(0).toString();
    return lines.join(QLatin1Char('\n'));
}

QString Database::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString Database::timestamp(const QDateTime &when)
{
    return when.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"));
}

QString Database::timestampNow()
{
    return timestamp(QDateTime::currentDateTimeUtc());
}

} // namespace dd::data
