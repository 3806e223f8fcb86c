// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

namespace dd::data {

// One step of the schema: applied inside one transaction, recorded in schema_version.
struct Migration
{
    int version = 0; // 1, 2, … without gaps
    QString name; // e.g. "core"
    QByteArray sql; // one or more statements (triggers allowed)
};

// One console's SQLite store: WAL journal, foreign keys on, busy timeout set, schema migrated.
//
// Contract:
// - open() creates the file only with Mode::CreateIfMissing; it refuses (leaving the file untouched)
//   a missing directory, a read-only or corrupt file, and a file whose schema is newer than this build
//   (the message names both versions).
// - Before migrating an existing file to a newer schema, a backup copy is written next to it
//   (backupPath()). Each migration runs in one transaction and is recorded in schema_version.
// - Mode::ReadOnly opens an existing file for inspection only: no migration, no write, the file may be
//   read-only; schemaVersion() is the file's own version.
// - A Database belongs to the thread that opened it (QtSql rule). It owns one named connection,
//   removed in the destructor; never keep the QSqlDatabase returned by connection() beyond a call.
class Database
{
public:
    enum class Mode { OpenExisting, CreateIfMissing, ReadOnly };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::OpenExisting);
    // The same with another migration list (tests inject extra or broken migrations).
    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode,
                                                  const std::vector<Migration> &migrations);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const;
    QString connectionName() const;
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();
    // The migrations embedded in the binary (resources :/dutydesk/migrations/NNNN_name.sql).
    static std::vector<Migration> builtinMigrations();

    // The backup written before the migration done by this open(); empty if none was needed.
    QString backupPath() const;

    // This console's stable id (a UUID stored in the file at creation), written as the last writer of
    // syncable rows.
    QString consoleId() const;

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work fails (or throws nothing: work
    // must report errors as values).
    Status transaction(const std::function<Status()> &work);
    // Runs one or more SQL statements without bound values (schema scripts, pragmas).
    Status executeScript(const QByteArray &sql);
    // PRAGMA integrity_check: "ok", or the problems found joined by newlines.
    Result<QString> integrityCheck() const;

    // A new random UUID for a syncable row (lower case, no braces).
    static QString newId();
    // UTC text for updated_at and other instants: 2026-11-26T19:30:00.000Z.
    static QString timestamp(const QDateTime &when);
    static QString timestampNow();

private:
    Database();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dd::data
