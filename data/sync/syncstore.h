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
