// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"
#include "data/sync/synctransport.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace dd::data {
class Clock;
class Database;
class Session;
} // namespace dd::data

namespace dd::data::sync {

struct SyncStatus
{
    qint64 pendingChanges = 0;   // in the outbox, not yet acknowledged
    qint64 refusedChanges = 0;   // refused by the server (kept, shown in the log)
    qint64 openConflicts = 0;
    qint64 heldRows = 0;         // pulled rows this store refused, kept in sync_held
    qint64 cursor = 0;           // the server sequence number pulled up to
    QDateTime lastSuccess;       // invalid: never
    QDateTime lastAttempt;
    QString lastResult;          // the last run's one-line summary
};

struct ConflictRecord
{
    QString id;
    QString table;
    QString rowId;
    QString field;
    QString lostValue;   // JSON text
    QString wonValue;    // JSON text
    QString lostConsole;
    QString wonConsole;
    QString detectedAt;
    QString status;      // open, reapplied, dismissed
};

// A row from the district server this console could not store (sync_held; docs/SYNC.md "A row this
// console cannot store"). Tried again at every pull.
struct HeldRow
{
    QString table;
    QString rowId;
    qint64 seq = 0;      // the server's sequence number of the held version
    QString message;     // SQLite's reason at the last attempt
    QString firstSeen;   // UTC ISO text
    QString lastTried;   // UTC ISO text
    int attempts = 0;
    QString rowJson;     // {"deleted": …, "data": {…}}
};

struct LogEntry
{
    QString at;
    QString level;
    QString message;
};

// The console's own sync bookkeeping: status, log, conflicts. Reads need no permission (nothing
// restricted); re-applying a conflict is a write of the row and needs Action::SyncRun.
class SyncStore
{
public:
    explicit SyncStore(Database &db);

    Result<SyncStatus> status() const;
    Result<std::vector<LogEntry>> log(int limit = 200) const;
    Result<std::vector<ConflictRecord>> conflicts(bool openOnly = true) const;
    // Held rows, oldest first (by the server's seq); at most limit.
    Result<std::vector<HeldRow>> heldRows(int limit = 1000) const;
    // Writes the losing value back into its row as a new change (captured by the outbox, so it
    // travels at the next sync with a new clock stamp and wins unless someone edits again), and marks
    // the conflict re-applied. One transaction.
    Status reapply(const Session &session, const Clock &clock, const QString &conflictId);
    Status dismiss(const Session &session, const Clock &clock, const QString &conflictId);

    // The server and the certificate files last used for this store (paths only, no secrets), so
    // that the nightly run and "Sync now" use what `dutydesk sync --server … --cert …` set up.
    Result<ServerConfig> savedConfig() const;
    Status saveConfig(const ServerConfig &config);

    Status addLog(const QString &level, const QString &message, const QString &at);
    Result<QString> stateValue(const QString &key) const;
    Status setStateValue(const QString &key, const QString &value);

private:
    Database &m_db;
};

} // namespace dd::data::sync
