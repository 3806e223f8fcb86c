// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace dd::data {

// One console's SQLite store: WAL journal, foreign keys on, busy timeout set, schema migrated.
//
// Contract:
// - open() creates the file only with Mode::CreateIfMissing; it refuses (leaving the file untouched)
//   a missing directory, a read-only or corrupt file, and a file whose schema is newer than this build
//   (the message names both versions).
// - Before migrating an existing file to a newer schema, a backup copy is written next to it
//   (backupPath()). Each migration runs in one transaction and is recorded in schema_version.
// - A Database belongs to the thread that opened it (QtSql rule). It owns one named connection,
//   removed in the destructor; never keep the QSqlDatabase returned by connection() beyond a call.
class Database
{
public:
    enum class Mode { OpenExisting, CreateIfMissing };

    static Result<std::unique_ptr<Database>> open(const QString &path, Mode mode = Mode::OpenExisting);
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QString path() const;
    QString connectionName() const;
    QSqlDatabase connection() const;

    int schemaVersion() const;
    static int latestSchemaVersion();

    // The backup written before the migration done by this open(); empty if none was needed.
    QString backupPath() const;

    // This console's stable id (a UUID stored in the file at creation), written as the last writer of
    // syncable rows.
    QString consoleId() const;

private:
    Database();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace dd::data
