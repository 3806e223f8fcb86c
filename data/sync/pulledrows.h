// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QString>
#include <QStringList>

namespace dd::data {
class Clock;
class Database;
} // namespace dd::data

namespace dd::data::sync {

// Stores rows pulled from the district server in the console's tables, one row at a time under its
// own SAVEPOINT (docs/SYNC.md, "A row this console cannot store"). A row that SQLite refuses (a CHECK,
// NOT NULL or UNIQUE constraint, the append-only trigger of incident_events, …) is rolled back alone
// and kept in sync_held with SQLite's message, so that the rest of the page and the cursor move on.
// A problem of the store itself (disk full, I/O error, locked, read-only) is an error instead: holding
// every row because the disk is full would hide the real fault and advance the cursor past rows that
// are fine.
//
// Use inside one transaction of the caller, with foreign_keys off and sync_clock.applying = 1 (the
// caller's page transaction). Keeps prepared statements: one instance per transaction.
class PulledRows
{
public:
    enum class Outcome {
        Stored, // inserted, updated or deleted
        Unchanged, // nothing to write (our own change coming back, a pending local change, a table not synced here)
        Held, // refused by this store; kept in sync_held
    };

    PulledRows(Database &db, const Clock &clock);

    // row = one element of the pull answer's "rows": {table, id, seq, deleted, data}. A row that stores
    // (or has nothing to store) removes an older held version of the same (table, id); one that is
    // held replaces it (only the newest version per row is kept).
    Result<Outcome> store(const QJsonObject &row);

    struct Retried
    {
        qint64 stored = 0; // held rows that stored now and left sync_held
        qint64 stillHeld = 0; // rows that failed again (last_tried, attempts and message updated)
    };
    // Tries every held row again, oldest seq first: the missing value, the parent or a newer schema
    // may have arrived since.
    Result<Retried> retryHeld();

    // How many rows are held, for the run's report.
    Result<qint64> heldCount() const;

private:
    struct Attempt
    {
        Outcome outcome = Outcome::Unchanged;
        QString error; // the refusal (SQLite's message) when not empty
        bool storeFault = false; // the store itself failed: not the row's fault
    };
    struct TableInfo
    {
        QStringList columns;
        QSet<QString> columnSet;
    };
    const TableInfo *tableInfo(const QString &name);
    Attempt apply(const QString &table, const QString &id, bool deleted, const QJsonObject &data);
    Attempt applyInSavepoint(const QString &table, const QString &id, bool deleted, const QJsonObject &data);
    Status hold(const QString &table, const QString &id, qint64 seq, bool deleted, const QJsonObject &data,
                const QString &message);
    Status dropHeld(const QString &table, const QString &id, qint64 upToSeq);
    Status loadHeldKeys();

    Database &m_db;
    const Clock &m_clock;
    QHash<QString, TableInfo> m_tables;
    QSet<QString> m_heldKeys; // "table\nid" of the held rows, so that a stored row checks sync_held only when needed
    bool m_heldKeysLoaded = false;
    QSqlQuery m_pending;
    QSqlQuery m_savepoint, m_release, m_rollback;
};

} // namespace dd::data::sync
