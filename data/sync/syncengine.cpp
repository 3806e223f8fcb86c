// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sync/syncengine.h"

#include "data/clock.h"
#include "data/database.h"
#include "data/sync/syncstore.h"
#include "data/sync/synctransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

Q_LOGGING_CATEGORY(lcSync, "dutydesk.sync")

namespace dd::data::sync {

namespace {
// Translation context for the sync client's messages.
struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::sync)
};
} // namespace

namespace {


QByteArray jsonString(const QString &s)
{
    QByteArray a = QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QVariant toVariant(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return v.toBool() ? 1 : 0;
    case QJsonValue::Double: {
        const double d = v.toDouble();
        if (d == double(qint64(d)) && qAbs(d) < 9.0e15)
            return qint64(d);
        return d;
    }
    case QJsonValue::String:
        return v.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    default:
        return QVariant();
    }
}

bool sameValue(const QVariant &local, const QJsonValue &remote)
{
    const QVariant r = toVariant(remote);
    if (local.isNull() || r.isNull())
        return local.isNull() && r.isNull();
    if (r.typeId() == QMetaType::QString)
        return local.toString() == r.toString();
    bool ok = false;
    const double l = local.toDouble(&ok);
    // SQLite's json_object writes doubles with 15 significant digits: a coordinate coming back from
    // the server may differ from ours in the last bits. That is the same value, not a change.
    return ok && qAbs(l - r.toDouble()) <= 1e-12 * qMax(1.0, qAbs(l));
}

QString valueJson(const QJsonValue &v)
{
    QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

struct TableInfo
{
    QStringList columns;
    QSet<QString> columnSet;
};

} // namespace

SyncEngine::SyncEngine(Database &db, SyncTransport &transport, const Clock &clock)
    : m_db(db)
    , m_transport(transport)
    , m_clock(clock)
{
}

void SyncEngine::progress(SyncProgress::Stage stage, qint64 done, qint64 total)
{
    if (m_progress)
        m_progress(SyncProgress { stage, done, total });
}

Status SyncEngine::raiseClock(qint64 serverHlc)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("UPDATE sync_clock SET hlc = max(hlc, ?)"));
    q.addBindValue(serverHlc);
    if (!q.exec())
        return failure(QStringLiteral("sync_clock: %1").arg(q.lastError().text()));
    return success();
}

Status SyncEngine::hello()
{
    progress(SyncProgress::Stage::Connect, 0, 0);
    const HttpReply reply = m_transport.get(QStringLiteral("/v1/hello"));
    if (!reply.ok())
        return failure(SyncTr::tr("district server %1: %2").arg(QStringLiteral("hello"), reply.error));
    const QJsonObject o = QJsonDocument::fromJson(reply.body).object();
    if (o.value(QStringLiteral("squad_id")).isNull())
        return failure(SyncTr::tr("the district server does not know this console's squad %1")
                           .arg(o.value(QStringLiteral("squad")).toString()));
    return success();
}

Status SyncEngine::push(SyncReport &report)
{
    qint64 total = 0;
    {
        QSqlQuery q(m_db.connection());
        if (q.exec(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")) && q.next())
            total = q.value(0).toLongLong();
    }
    qint64 done = 0;
    progress(SyncProgress::Stage::Push, 0, total);
    for (;;) {
        if (cancelled())
            return failure(SyncTr::tr("cancelled"));
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT change_id, tbl, row_id, op, hlc, fields, old FROM sync_outbox"
                                 " WHERE state = 'pending' ORDER BY seq LIMIT ?"));
        q.addBindValue(m_pushBatch);
        if (!q.exec())
            return failure(QStringLiteral("sync_outbox: %1").arg(q.lastError().text()));
        QByteArray body = "[";
        int n = 0;
        while (q.next()) {
            if (n++)
                body += ',';
            body += "{\"change_id\":" + jsonString(q.value(0).toString()) + ",\"table\":" + jsonString(q.value(1).toString())
                + ",\"row_id\":" + jsonString(q.value(2).toString()) + ",\"op\":" + jsonString(q.value(3).toString())
                + ",\"hlc\":" + QByteArray::number(q.value(4).toLongLong());
            if (!q.value(5).isNull())
                body += ",\"fields\":" + q.value(5).toString().toUtf8();
            if (!q.value(6).isNull())
                body += ",\"old\":" + q.value(6).toString().toUtf8();
            body += '}';
        }
        body += ']';
        if (n == 0)
            return success();

        const HttpReply reply = m_transport.post(QStringLiteral("/v1/push"), body);
        if (!reply.ok())
            return failure(SyncTr::tr("push: %1").arg(reply.error));
        const QJsonObject answer = QJsonDocument::fromJson(reply.body).object();
        const QJsonArray results = answer.value(QStringLiteral("results")).toArray();
        if (results.size() != n)
            return failure(SyncTr::tr("push: the district server answered %1 results for %2 changes").arg(results.size()).arg(n));

        Status stored = m_db.transaction([&]() -> Status {
            QSqlQuery drop(m_db.connection());
            drop.prepare(QStringLiteral("DELETE FROM sync_outbox WHERE change_id = ?"));
            QSqlQuery refuse(m_db.connection());
            refuse.prepare(QStringLiteral("UPDATE sync_outbox SET state = 'refused', message = ? WHERE change_id = ?"));
            SyncStore store(m_db);
            const QString now = Database::timestamp(m_clock.now());
            for (const QJsonValue &v : results) {
                const QJsonObject r = v.toObject();
                const QString id = r.value(QStringLiteral("change_id")).toString();
                if (r.value(QStringLiteral("status")).toString() == QLatin1String("applied")) {
                    drop.addBindValue(id);
                    if (!drop.exec())
                        return failure(QStringLiteral("sync_outbox: %1").arg(drop.lastError().text()));
                    report.lost += r.value(QStringLiteral("lost")).toArray().size();
                } else {
                    const QString message = r.value(QStringLiteral("message")).toString();
                    refuse.addBindValue(message);
                    refuse.addBindValue(id);
                    if (!refuse.exec())
                        return failure(QStringLiteral("sync_outbox: %1").arg(refuse.lastError().text()));
                    ++report.refused;
                    store.addLog(QStringLiteral("warning"), SyncTr::tr("refused by the district server: %1").arg(message), now);
                }
                ++report.pushed;
            }
            return raiseClock(answer.value(QStringLiteral("server_hlc")).toInteger());
        });
        if (!stored)
            return stored;
        done += n;
        progress(SyncProgress::Stage::Push, done, qMax(total, done));
        if (n < m_pushBatch)
            return success();
    }
}

Status SyncEngine::pull(SyncReport &report)
{
    SyncStore store(m_db);
    Result<QString> cursorText = store.stateValue(QStringLiteral("cursor"));
    if (!cursorText)
        return failure(cursorText.errorMessage());
    qint64 cursor = cursorText->toLongLong();
    const qint64 start = cursor;
    QHash<QString, TableInfo> tables;
    auto tableInfo = [&](const QString &name) -> const TableInfo * {
        auto it = tables.find(name);
        if (it == tables.end()) {
            TableInfo info;
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("SELECT 1 FROM sync_tables WHERE name = ?"));
            q.addBindValue(name);
            if (q.exec() && q.next() && q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(name)))
                while (q.next())
                    info.columns << q.value(1).toString();
            info.columnSet = QSet<QString>(info.columns.begin(), info.columns.end());
            it = tables.insert(name, info);
        }
        return it->columns.isEmpty() ? nullptr : &*it;
    };

    for (;;) {
        if (cancelled())
            return failure(SyncTr::tr("cancelled"));
        const HttpReply reply
            = m_transport.get(QStringLiteral("/v1/pull?cursor=%1&limit=%2").arg(cursor).arg(m_pullBatch));
        if (!reply.ok())
            return failure(SyncTr::tr("pull: %1").arg(reply.error));
        const QJsonObject page = QJsonDocument::fromJson(reply.body).object();
        const QJsonArray rows = page.value(QStringLiteral("rows")).toArray();
        const qint64 next = page.value(QStringLiteral("cursor")).toInteger(cursor);
        const qint64 latest = page.value(QStringLiteral("latest")).toInteger(next);
        qint64 conflicts = 0;

        QSqlQuery fk(m_db.connection());
        fk.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        Status stored = m_db.transaction([&]() -> Status {
            QSqlQuery q(m_db.connection());
            if (!q.exec(QStringLiteral("UPDATE sync_clock SET applying = 1")))
                return failure(QStringLiteral("sync_clock: %1").arg(q.lastError().text()));
            QSqlQuery pending(m_db.connection());
            pending.prepare(QStringLiteral("SELECT op, fields FROM sync_outbox WHERE tbl = ? AND row_id = ? AND state = 'pending'"));
            QSqlQuery conflict(m_db.connection());
            conflict.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO sync_conflicts (id, table_name, row_id, field, lost_value, lost_hlc, lost_console,"
                " won_value, won_hlc, won_console, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
            const QString now = Database::timestamp(m_clock.now());
            for (const QJsonValue &v : rows) {
                const QJsonObject row = v.toObject();
                const QString table = row.value(QStringLiteral("table")).toString();
                const QString id = row.value(QStringLiteral("id")).toString();
                const QJsonObject data = row.value(QStringLiteral("data")).toObject();
                if (table == QLatin1String("sync_conflicts")) {
                    conflict.addBindValue(id);
                    conflict.addBindValue(data.value(QStringLiteral("table_name")).toString());
                    conflict.addBindValue(data.value(QStringLiteral("row_id")).toString());
                    conflict.addBindValue(data.value(QStringLiteral("field")).toString());
                    conflict.addBindValue(valueJson(data.value(QStringLiteral("lost_value"))));
                    conflict.addBindValue(data.value(QStringLiteral("lost_hlc")).toInteger());
                    conflict.addBindValue(data.value(QStringLiteral("lost_console")).toString());
                    conflict.addBindValue(valueJson(data.value(QStringLiteral("won_value"))));
                    conflict.addBindValue(data.value(QStringLiteral("won_hlc")).toInteger());
                    conflict.addBindValue(data.value(QStringLiteral("won_console")).toString());
                    conflict.addBindValue(now);
                    if (!conflict.exec())
                        return failure(QStringLiteral("sync_conflicts: %1").arg(conflict.lastError().text()));
                    conflicts += conflict.numRowsAffected();
                    continue;
                }
                const TableInfo *info = tableInfo(table);
                if (!info)
                    continue; // a table this (older) schema does not sync
                // Fields with a change of ours still to go up keep our value; a pending delete keeps
                // the row deleted here.
                QSet<QString> keep;
                bool pendingDelete = false;
                pending.addBindValue(table);
                pending.addBindValue(id);
                if (!pending.exec())
                    return failure(QStringLiteral("sync_outbox: %1").arg(pending.lastError().text()));
                while (pending.next()) {
                    if (pending.value(0).toString() == QLatin1String("delete"))
                        pendingDelete = true;
                    const QJsonObject f = QJsonDocument::fromJson(pending.value(1).toString().toUtf8()).object();
                    for (auto it = f.begin(); it != f.end(); ++it)
                        keep.insert(it.key());
                }
                if (pendingDelete)
                    continue;
                if (row.value(QStringLiteral("deleted")).toBool()) {
                    if (!keep.isEmpty())
                        continue;
                    QSqlQuery del(m_db.connection());
                    del.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(table));
                    del.addBindValue(id);
                    if (!del.exec())
                        return failure(SyncTr::tr("%1 %2: cannot delete the row the district deleted: %3")
                                           .arg(table, id, del.lastError().text()));
                    ++report.pulled;
                    continue;
                }
                QSqlQuery local(m_db.connection());
                local.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg(table));
                local.addBindValue(id);
                if (!local.exec())
                    return failure(QStringLiteral("%1: %2").arg(table, local.lastError().text()));
                QStringList columns;
                QVariantList values;
                if (local.next()) {
                    const QSqlRecord rec = local.record();
                    for (auto it = data.begin(); it != data.end(); ++it) {
                        if (!info->columnSet.contains(it.key()) || keep.contains(it.key()) || it.key() == QLatin1String("id"))
                            continue;
                        if (sameValue(rec.value(it.key()), it.value()))
                            continue;
                        columns << it.key();
                        values << toVariant(it.value());
                    }
                    if (columns.isEmpty())
                        continue; // nothing new (our own change coming back)
                    QStringList sets;
                    for (const QString &c : columns)
                        sets << QStringLiteral("\"%1\" = ?").arg(c);
                    QSqlQuery up(m_db.connection());
                    up.prepare(QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
                    for (const QVariant &value : values)
                        up.addBindValue(value);
                    up.addBindValue(id);
                    if (!up.exec())
                        return failure(SyncTr::tr("%1 %2: cannot store the district's change: %3").arg(table, id, up.lastError().text()));
                } else {
                    for (auto it = data.begin(); it != data.end(); ++it) {
                        if (!info->columnSet.contains(it.key()))
                            continue;
                        columns << it.key();
                        values << toVariant(it.value());
                    }
                    QStringList marks;
                    for (int i = 0; i < columns.size(); ++i)
                        marks << QStringLiteral("?");
                    QSqlQuery ins(m_db.connection());
                    ins.prepare(QStringLiteral("INSERT INTO \"%1\" (\"%2\") VALUES (%3)")
                                    .arg(table, columns.join(QStringLiteral("\", \"")), marks.join(QStringLiteral(", "))));
                    for (const QVariant &value : values)
                        ins.addBindValue(value);
                    if (!ins.exec())
                        return failure(SyncTr::tr("%1 %2: cannot store the district's row: %3").arg(table, id, ins.lastError().text()));
                }
                ++report.pulled;
            }
            Status c = store.setStateValue(QStringLiteral("cursor"), QString::number(next));
            if (!c)
                return c;
            Status clock = raiseClock(page.value(QStringLiteral("server_hlc")).toInteger());
            if (!clock)
                return clock;
            if (!q.exec(QStringLiteral("UPDATE sync_clock SET applying = 0")))
                return failure(QStringLiteral("sync_clock: %1").arg(q.lastError().text()));
            return success();
        });
        fk.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        if (!stored)
            return stored;
        report.conflicts += conflicts;
        cursor = next;
        progress(SyncProgress::Stage::Pull, cursor - start, qMax<qint64>(latest - start, cursor - start));
        if (!page.value(QStringLiteral("more")).toBool())
            return success();
    }
}

SyncReport SyncEngine::run()
{
    SyncReport report;
    QElapsedTimer timer;
    timer.start();
    SyncStore store(m_db);
    const QString started = Database::timestamp(m_clock.now());
    store.setStateValue(QStringLiteral("last_attempt"), started);

    Status step = hello();
    bool pushedAll = false;
    QString problem;
    if (step) {
        step = push(report);
        pushedAll = bool(step);
    }
    if (step)
        step = pull(report);
    if (!step)
        problem = step.errorMessage();

    if (cancelled()) {
        report.outcome = SyncReport::Outcome::Cancelled;
        report.message = SyncTr::tr("sync cancelled: %1 changes sent, %2 rows received").arg(report.pushed).arg(report.pulled);
    } else if (!step) {
        const bool someDone = report.pushed > 0 || report.pulled > 0 || pushedAll;
        report.outcome = someDone ? SyncReport::Outcome::Partial : SyncReport::Outcome::Failure;
        report.message = someDone ? SyncTr::tr("sync incomplete: %1 changes sent, %2 rows received; %3")
                                        .arg(report.pushed)
                                        .arg(report.pulled)
                                        .arg(problem)
                                  : SyncTr::tr("sync failed: %1").arg(problem);
    } else if (report.refused > 0) {
        report.outcome = SyncReport::Outcome::Partial;
        report.message = SyncTr::tr("sync done with refusals: %1 changes sent, %2 refused by the district server (see the "
                            "sync log), %3 rows received")
                             .arg(report.pushed)
                             .arg(report.refused)
                             .arg(report.pulled);
    } else {
        report.outcome = SyncReport::Outcome::Success;
        report.message = SyncTr::tr("sync done: %1 changes sent, %2 rows received, %3 new conflicts (%4 s)")
                             .arg(report.pushed)
                             .arg(report.pulled)
                             .arg(report.conflicts)
                             .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    }
    const QString now = Database::timestamp(m_clock.now());
    const QString level = report.outcome == SyncReport::Outcome::Success ? QStringLiteral("info")
        : report.outcome == SyncReport::Outcome::Failure                 ? QStringLiteral("error")
                                                                         : QStringLiteral("warning");
    store.addLog(level, report.message, now);
    store.setStateValue(QStringLiteral("last_result"), report.message);
    if (report.outcome == SyncReport::Outcome::Success)
        store.setStateValue(QStringLiteral("last_success"), now);
    qCInfo(lcSync) << report.message;
    return report;
}

SyncReport syncOnce(Database &db, const ServerConfig &config, const Clock &clock, const std::atomic_bool *cancel,
                    std::function<void(const SyncProgress &)> progress)
{
    auto transport = SyncTransport::create(config, db.consoleId(), db.schemaVersion());
    if (!transport) {
        SyncReport report;
        report.message = SyncTr::tr("sync failed: %1").arg(transport.errorMessage());
        SyncStore store(db);
        store.setStateValue(QStringLiteral("last_attempt"), Database::timestamp(clock.now()));
        store.addLog(QStringLiteral("error"), report.message, Database::timestamp(clock.now()));
        store.setStateValue(QStringLiteral("last_result"), report.message);
        return report;
    }
    (*transport)->setCancelFlag(cancel);
    SyncEngine engine(db, **transport, clock);
    engine.setCancelFlag(cancel);
    engine.setProgressHandler(std::move(progress));
    return engine.run();
}

} // namespace dd::data::sync
