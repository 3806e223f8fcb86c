// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

class QIODevice;

namespace dd::data {

class Clock;
class Database;
class Session;

struct AuditEntry
{
    QString id;
    QDateTime at; // UTC
    QString userId; // empty for a failed sign-in of an unknown name
    QString userName; // as typed or as it was at the time
    QString action; // e.g. signin.success, account.lock, role.grant, personal.unmask
    QString entity; // table name
    QString entityId;
    QJsonObject detail;
    QString console; // the console that wrote the entry (audit_log.last_writer)
};

struct AuditFilter
{
    QDateTime from; // inclusive; invalid = open
    QDateTime to; // exclusive; invalid = open
    QString userName; // exact; empty = everyone
    QString action; // exact ("signin.failure") or a prefix ending in '.' ("signin."); empty = all
    QString text; // substring of the entity id or detail; empty = no filter
    int limit = 100000; // newest first
};

// The append-only audit log (audit_log; triggers refuse UPDATE and DELETE). Writers call append()
// inside their own transaction, so the entry and the change commit together. Reading needs the
// ViewAudit permission; reading and exporting are themselves audited.
class AuditLog
{
public:
    explicit AuditLog(Database &db);
    AuditLog(Database &db, const Clock &clock);

    Status append(const Session &actor, const QString &action, const QString &entity = QString(),
                  const QString &entityId = QString(), const QJsonObject &detail = QJsonObject());
    // For events without a signed-in user (sign-in attempts, the first administrator).
    Status append(const QString &userId, const QString &userName, const QString &action, const QString &entity,
                  const QString &entityId, const QJsonObject &detail);

    Result<std::vector<AuditEntry>> query(const Session &reader, const AuditFilter &filter) const;
    // The distinct actions recorded so far (for the filter's choices); needs ViewAudit.
    Result<QStringList> actions(const Session &reader) const;
    // query() written as CSV (UTF-8 with BOM, so spreadsheet programs read Chinese text); audited as
    // audit.export with the filter. Returns the number of rows written.
    Result<int> exportCsv(const Session &reader, const AuditFilter &filter, QIODevice &out);

    static void writeCsv(const std::vector<AuditEntry> &entries, QIODevice &out);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dd::data
