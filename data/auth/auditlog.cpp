// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/auditlog.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>

namespace dd::data {

namespace {

class AuditTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::AuditLog)
};

QString csvCell(QString text)
{
    // A cell starting like a formula would run in a spreadsheet program (CSV injection).
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(QLatin1Char('\''));
    if (text.contains(QLatin1Char('"')) || text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('\n'))
        || text.contains(QLatin1Char('\r')))
        return QLatin1Char('"') + text.replace(QLatin1String("\""), QLatin1String("\"\"")) + QLatin1Char('"');
    return text;
}

QString filterDescription(const AuditFilter &f)
{
    QJsonObject o;
    if (f.from.isValid())
        o.insert(QStringLiteral("from"), Database::timestamp(f.from));
    if (f.to.isValid())
        o.insert(QStringLiteral("to"), Database::timestamp(f.to));
    if (!f.userName.isEmpty())
        o.insert(QStringLiteral("user"), f.userName);
    if (!f.action.isEmpty())
        o.insert(QStringLiteral("action"), f.action);
    if (!f.text.isEmpty())
        o.insert(QStringLiteral("text"), f.text);
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

// QtSql binds a null QString as SQL NULL; the audit's text columns are NOT NULL.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : AuditLog(db, Clock::system())
{
}

AuditLog::AuditLog(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status AuditLog::append(const Session &actor, const QString &action, const QString &entity, const QString &entityId,
                        const QJsonObject &detail)
{
    return append(actor.userId(), actor.userName(), action, entity, entityId, detail);
}

Status AuditLog::append(const QString &userId, const QString &userName, const QString &action, const QString &entity,
                        const QString &entityId, const QJsonObject &detail)
{
    const QString now = Database::timestamp(m_clock.now());
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("INSERT INTO audit_log (id, at, user_id, user_name, action, entity, entity_id, detail,"
                             " updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(Database::newId());
    q.addBindValue(now);
    q.addBindValue(userId.isEmpty() ? QVariant() : QVariant(userId));
    q.addBindValue(text(userName));
    q.addBindValue(action);
    q.addBindValue(text(entity));
    q.addBindValue(text(entityId));
    q.addBindValue(
        text(detail.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact))));
    q.addBindValue(now);
    q.addBindValue(m_db.consoleId());
    if (!q.exec())
        return failure(AuditTr::tr("Cannot write to the audit log: %1").arg(q.lastError().text()));
    return success();
}

Result<std::vector<AuditEntry>> AuditLog::query(const Session &reader, const AuditFilter &filter) const
{
    Status allowed = AccessControl(m_db, m_clock).require(reader, Action::ViewAudit, Target::district());
    if (!allowed)
        return failure(allowed.errorMessage());

    QString sql = QStringLiteral("SELECT id, at, ifnull(user_id, ''), user_name, action, entity, entity_id, detail,"
                                 " last_writer FROM audit_log WHERE 1");
    QVariantList binds;
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND at >= ?");
        binds << Database::timestamp(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND at < ?");
        binds << Database::timestamp(filter.to);
    }
    if (!filter.userName.isEmpty()) {
        sql += QStringLiteral(" AND user_name = ?");
        binds << filter.userName;
    }
    if (filter.action.endsWith(QLatin1Char('.'))) {
        sql += QStringLiteral(" AND substr(action, 1, ?) = ?");
        binds << filter.action.size() << filter.action;
    } else if (!filter.action.isEmpty()) {
        sql += QStringLiteral(" AND action = ?");
        binds << filter.action;
    }
    if (!filter.text.isEmpty()) {
        sql += QStringLiteral(" AND (instr(entity_id, ?) > 0 OR instr(detail, ?) > 0 OR instr(entity, ?) > 0)");
        binds << filter.text << filter.text << filter.text;
    }
    sql += QStringLiteral(" ORDER BY at DESC, rowid DESC LIMIT ?");
    binds << std::max(0, filter.limit);

    QSqlQuery q(m_db.connection());
    q.prepare(sql);
    for (const QVariant &v : std::as_const(binds))
        q.addBindValue(v);
    if (!q.exec())
        return failure(AuditTr::tr("Cannot read the audit log: %1").arg(q.lastError().text()));
    std::vector<AuditEntry> entries;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toString();
        e.at = QDateTime::fromString(q.value(1).toString(), Qt::ISODateWithMs);
        e.userId = q.value(2).toString();
        e.userName = q.value(3).toString();
        e.action = q.value(4).toString();
        e.entity = q.value(5).toString();
        e.entityId = q.value(6).toString();
        e.detail = QJsonDocument::fromJson(q.value(7).toString().toUtf8()).object();
        e.console = q.value(8).toString();
        entries.push_back(std::move(e));
    }
    return entries;
}

Result<QStringList> AuditLog::actions(const Session &reader) const
{
    if (!reader.allows(Action::ViewAudit, Target::district()))
        return failure(AccessControl::refusal(reader, Action::ViewAudit));
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT DISTINCT action FROM audit_log ORDER BY action")))
        return failure(AuditTr::tr("Cannot read the audit log: %1").arg(q.lastError().text()));
    QStringList list;
    while (q.next())
        list << q.value(0).toString();
    return list;
}

Result<int> AuditLog::exportCsv(const Session &reader, const AuditFilter &filter, QIODevice &out)
{
    Result<std::vector<AuditEntry>> entries = query(reader, filter);
    if (!entries)
        return failure(entries.errorMessage());
    writeCsv(entries.value(), out);
    QJsonObject detail;
    detail.insert(QStringLiteral("filter"), filterDescription(filter));
    detail.insert(QStringLiteral("rows"), int(entries->size()));
    Status logged = append(reader, QStringLiteral("audit.export"), QStringLiteral("audit_log"), QString(), detail);
    if (!logged)
        return failure(logged.errorMessage());
    return int(entries->size());
}

void AuditLog::writeCsv(const std::vector<AuditEntry> &entries, QIODevice &out)
{
    const QTimeZone shanghai(QByteArrayLiteral("Asia/Shanghai"));
    QString csv(QChar(0xFEFF)); // byte-order mark
    csv += QStringLiteral("time,user,action,entity,entity_id,console,detail\r\n");
    for (const AuditEntry &e : entries) {
        const QString local = e.at.toTimeZone(shanghai).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QString detail = e.detail.isEmpty()
            ? QString()
            : QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
        csv += csvCell(local) + QLatin1Char(',') + csvCell(e.userName) + QLatin1Char(',') + csvCell(e.action)
            + QLatin1Char(',') + csvCell(e.entity) + QLatin1Char(',') + csvCell(e.entityId) + QLatin1Char(',')
            + csvCell(e.console) + QLatin1Char(',') + csvCell(detail) + QStringLiteral("\r\n");
    }
    out.write(csv.toUtf8());
}

} // namespace dd::data
