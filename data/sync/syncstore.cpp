// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sync/syncstore.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data::sync {

namespace {
// Translation context for the sync client's messages.
struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::sync)
};
} // namespace

namespace {
Error sqlError(const QString &where, const QSqlQuery &q)
{
    return failure(QStringLiteral("%1: %2").arg(where, q.lastError().text()));
}
QVariant fromJsonText(const QString &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray("[") + json.toUtf8() + "]");
    const QJsonValue v = doc.array().at(0);
    switch (v.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QVariant();
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)))
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    default:
        return QString::fromUtf8(QJsonDocument(v.isArray() ? QJsonDocument(v.toArray()) : QJsonDocument(v.toObject())).toJson(QJsonDocument::Compact));
    }
}
} // namespace

SyncStore::SyncStore(Database &db)
    : m_db(db)
{
}

Result<SyncStatus> SyncStore::status() const
{
    SyncStatus s;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sync_outbox WHERE state = 'pending'),"
                               " (SELECT count(*) FROM sync_outbox WHERE state = 'refused'),"
                               " (SELECT count(*) FROM sync_conflicts WHERE status = 'open'),"
                               " (SELECT count(*) FROM sync_held)"))
        || !q.next())
        return sqlError(QStringLiteral("sync_outbox"), q);
    s.pendingChanges = q.value(0).toLongLong();
    s.refusedChanges = q.value(1).toLongLong();
    s.openConflicts = q.value(2).toLongLong();
    s.heldRows = q.value(3).toLongLong();
    if (!q.exec(QStringLiteral("SELECT key, value FROM sync_state")))
        return sqlError(QStringLiteral("sync_state"), q);
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("cursor"))
            s.cursor = value.toLongLong();
        else if (key == QLatin1String("last_success"))
            s.lastSuccess = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == QLatin1String("last_attempt"))
            s.lastAttempt = QDateTime::fromString(value, Qt::ISODateWithMs);
        else if (key == QLatin1String("last_result"))
            s.lastResult = value;
    }
    return s;
}

Result<std::vector<LogEntry>> SyncStore::log(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT at, level, message FROM sync_log ORDER BY id DESC LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(QStringLiteral("sync_log"), q);
    std::vector<LogEntry> out;
    while (q.next())
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString() });
    return out;
}

Result<std::vector<ConflictRecord>> SyncStore::conflicts(bool openOnly) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, table_name, row_id, field, lost_value, won_value, lost_console, won_console,"
                               " detected_at, status FROM sync_conflicts %1 ORDER BY detected_at DESC, id")
                    .arg(openOnly ? QStringLiteral("WHERE status = 'open'") : QString())))
        return sqlError(QStringLiteral("sync_conflicts"), q);
    std::vector<ConflictRecord> out;
    while (q.next()) {
        ConflictRecord c;
        c.id = q.value(0).toString();
        c.table = q.value(1).toString();
        c.rowId = q.value(2).toString();
        c.field = q.value(3).toString();
        c.lostValue = q.value(4).toString();
        c.wonValue = q.value(5).toString();
        c.lostConsole = q.value(6).toString();
        c.wonConsole = q.value(7).toString();
        c.detectedAt = q.value(8).toString();
        c.status = q.value(9).toString();
        out.push_back(c);
    }
    return out;
}

Result<std::vector<HeldRow>> SyncStore::heldRows(int limit) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("SELECT tbl, row_id, seq, message, first_seen, last_tried, attempts, row_json FROM sync_held"
                       " ORDER BY seq LIMIT ?"));
    q.addBindValue(limit);
    if (!q.exec())
        return sqlError(QStringLiteral("sync_held"), q);
    std::vector<HeldRow> out;
    while (q.next())
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toString(), q.value(6).toInt(), q.value(7).toString() });
    return out;
}

Status SyncStore::reapply(const Session &session, const Clock &clock, const QString &conflictId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT c.table_name, c.row_id, c.field, c.lost_value, c.status, t.owner_column"
                             " FROM sync_conflicts c JOIN sync_tables t ON t.name = c.table_name WHERE c.id = ?"));
    q.addBindValue(conflictId);
    if (!q.exec())
        return sqlError(QStringLiteral("sync_conflicts"), q);
    if (!q.next())
        return failure(SyncTr::tr("sync_conflicts: no conflict %1 (or its table is no longer synced)").arg(conflictId));
    const QString table = q.value(0).toString();
    const QString rowId = q.value(1).toString();
    const QString field = q.value(2).toString();
    const QVariant value = fromJsonText(q.value(3).toString());
    const QString ownerColumn = q.value(5).toString();
    if (q.value(4).toString() != QLatin1String("open"))
        return failure(SyncTr::tr("sync_conflicts: conflict %1 is already %2").arg(conflictId, q.value(4).toString()));

    // Whose row it is decides whether this user may write it.
    QString squad;
    if (!ownerColumn.isEmpty()) {
        QSqlQuery owner(m_db.connection());
        owner.prepare(QStringLiteral("SELECT \"%1\" FROM \"%2\" WHERE id = ?").arg(ownerColumn, table));
        owner.addBindValue(rowId);
        if (owner.exec() && owner.next())
            squad = owner.value(0).toString();
    }
    if (squad.isEmpty() && !session.squadsFor(Action::RunSync).empty())
        squad = session.squadsFor(Action::RunSync).front();
    Status allowed = AccessControl(m_db, clock).require(session, Action::RunSync, Target::squad(squad));
    if (!allowed)
        return allowed;

    return m_db.transaction([&]() -> Status {
        QSqlQuery cols(m_db.connection());
        bool hasColumn = false, hasUpdated = false, hasWriter = false;
        if (!cols.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(table)))
            return sqlError(table, cols);
        while (cols.next()) {
            const QString c = cols.value(1).toString();
            hasColumn |= c == field;
            hasUpdated |= c == QLatin1String("updated_at");
            hasWriter |= c == QLatin1String("last_writer");
        }
        if (!hasColumn)
            return failure(SyncTr::tr("%1: this store has no column %2 to re-apply").arg(table, field));
        QString sql = QStringLiteral("UPDATE \"%1\" SET \"%2\" = ?").arg(table, field);
        if (hasUpdated && field != QLatin1String("updated_at"))
            sql += QStringLiteral(", updated_at = ?");
        if (hasWriter && field != QLatin1String("last_writer"))
            sql += QStringLiteral(", last_writer = ?");
        sql += QStringLiteral(" WHERE id = ?");
        QSqlQuery up(m_db.connection());
        up.prepare(sql);
        up.addBindValue(value);
        if (hasUpdated && field != QLatin1String("updated_at"))
            up.addBindValue(Database::timestamp(clock.now()));
        if (hasWriter && field != QLatin1String("last_writer"))
            up.addBindValue(m_db.consoleId());
        up.addBindValue(rowId);
        if (!up.exec())
            return failure(SyncTr::tr("%1 %2: cannot re-apply field %3: %4").arg(table, rowId, field, up.lastError().text()));
        if (up.numRowsAffected() != 1)
            return failure(SyncTr::tr("%1 %2: the row is not in this store; nothing re-applied").arg(table, rowId));
        QSqlQuery mark(m_db.connection());
        mark.prepare(QStringLiteral("UPDATE sync_conflicts SET status = 'reapplied' WHERE id = ?"));
        mark.addBindValue(conflictId);
        if (!mark.exec())
            return sqlError(QStringLiteral("sync_conflicts"), mark);
        return success();
    });
}

Status SyncStore::dismiss(const Session &session, const Clock &clock, const QString &conflictId)
{
    QString squad;
    if (!session.squadsFor(Action::RunSync).empty())
        squad = session.squadsFor(Action::RunSync).front();
    Status allowed = AccessControl(m_db, clock).require(session, Action::RunSync, Target::squad(squad));
    if (!allowed)
        return allowed;
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_conflicts SET status = 'dismissed' WHERE id = ? AND status = 'open'"));
    q.addBindValue(conflictId);
    if (!q.exec())
        return sqlError(QStringLiteral("sync_conflicts"), q);
    if (q.numRowsAffected() != 1)
        return failure(SyncTr::tr("sync_conflicts: no open conflict %1").arg(conflictId));
    return success();
}

Status SyncStore::addLog(const QString &level, const QString &message, const QString &at)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_log (at, level, message) VALUES (?, ?, ?)"));
    q.addBindValue(at);
    q.addBindValue(level);
    q.addBindValue(message);
    if (!q.exec())
        return sqlError(QStringLiteral("sync_log"), q);
    return success();
}

Result<ServerConfig> SyncStore::savedConfig() const
{
    ServerConfig c;
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM sync_state WHERE key IN ('server_url', 'cert_file', 'key_file', 'ca_file')")))
        return sqlError(QStringLiteral("sync_state"), q);
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == QLatin1String("server_url"))
            c.url = QUrl(value);
        else if (key == QLatin1String("cert_file"))
            c.certFile = value;
        else if (key == QLatin1String("key_file"))
            c.keyFile = value;
        else
            c.caFile = value;
    }
    return c;
}

Status SyncStore::saveConfig(const ServerConfig &config)
{
    return m_db.transaction([&]() -> Status {
        for (const auto &[key, value] : { std::pair { QStringLiteral("server_url"), config.url.toString() },
                                          std::pair { QStringLiteral("cert_file"), config.certFile },
                                          std::pair { QStringLiteral("key_file"), config.keyFile },
                                          std::pair { QStringLiteral("ca_file"), config.caFile } }) {
            Status s = setStateValue(key, value);
            if (!s)
                return s;
        }
        return success();
    });
}

Result<QString> SyncStore::stateValue(const QString &key) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT value FROM sync_state WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return sqlError(QStringLiteral("sync_state"), q);
    return q.next() ? q.value(0).toString() : QString();
}

Status SyncStore::setStateValue(const QString &key, const QString &value)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO sync_state (key, value) VALUES (?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec())
        return sqlError(QStringLiteral("sync_state"), q);
    return success();
}

} // namespace dd::data::sync
