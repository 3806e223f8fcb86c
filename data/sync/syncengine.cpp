// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sync/syncengine.h"

#include "data/clock.h"
#include "data/database.h"
#include "data/sync/pulledrows.h"
#include "data/sync/syncstore.h"
#include "data/sync/synctransport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>

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

QString valueJson(const QJsonValue &v)
{
    QByteArray a = QJsonDocument(QJsonArray { v }).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(a.mid(1, a.size() - 2));
}

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

    // Rows held by an earlier pull first, oldest first: what they lacked may have arrived since (a newer
    // schema, a parent, a local change). In their own transaction, so that a later page's failure
    // does not undo what stored now.
    {
        QSqlQuery count(m_db.connection());
        const bool anyHeld = count.exec(QStringLiteral("SELECT 1 FROM sync_held LIMIT 1")) && count.next();
        if (anyHeld) {
            qint64 fromHeld = 0;
            Status retried = applyPulled([&](PulledRows &rows) -> Status {
                Result<PulledRows::Retried> r = rows.retryHeld();
                if (!r)
                    return failure(r.errorMessage());
                fromHeld = r->stored;
                return success();
            });
            if (!retried)
                return retried;
            report.pulled += fromHeld;
        }
    }

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

        qint64 pulled = 0;
        Status stored = applyPulled([&](PulledRows &rowsWriter) -> Status {
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
                // A row this store refuses is held (sync_held), not the page: the cursor moves on.
                Result<PulledRows::Outcome> outcome = rowsWriter.store(row);
                if (!outcome)
                    return failure(outcome.errorMessage());
                if (*outcome == PulledRows::Outcome::Stored)
                    ++pulled;
                else if (*outcome == PulledRows::Outcome::Held)
                    qCWarning(lcSync) << "held" << table << id << "(cannot be stored here)";
            }
            Status c = store.setStateValue(QStringLiteral("cursor"), QString::number(next));
            if (!c)
                return c;
            return raiseClock(page.value(QStringLiteral("server_hlc")).toInteger());
        });
        if (!stored)
            return stored;
        report.pulled += pulled;
        report.conflicts += conflicts;
        cursor = next;
        progress(SyncProgress::Stage::Pull, cursor - start, qMax<qint64>(latest - start, cursor - start));
        if (!page.value(QStringLiteral("more")).toBool())
            return success();
    }
}

Status SyncEngine::applyPulled(const std::function<Status(PulledRows &)> &work)
{
    // The server's order is by last change: a child may arrive before its parent's latest version.
    QSqlQuery fk(m_db.connection());
    fk.exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
    Status done = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("UPDATE sync_clock SET applying = 1")))
            return failure(QStringLiteral("sync_clock: %1").arg(q.lastError().text()));
        {
            PulledRows rows(m_db, m_clock);
            Status s = work(rows);
            if (!s)
                return s;
        }
        if (!q.exec(QStringLiteral("UPDATE sync_clock SET applying = 0")))
            return failure(QStringLiteral("sync_clock: %1").arg(q.lastError().text()));
        return success();
    });
    fk.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
    return done;
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
    // Rows of the district this console cannot store: the data is missing here until they store, so
    // the run is partial, and the message says which rows and why.
    QStringList heldNames;
    if (auto held = store.heldRows(3)) {
        if (auto s = store.status())
            report.held = s->heldRows;
        for (const HeldRow &h : *held)
            heldNames << SyncTr::tr("%1 %2: %3").arg(h.table, h.rowId, h.message);
        if (report.held > qint64(held->size()))
            heldNames << SyncTr::tr("and %1 more").arg(report.held - qint64(held->size()));
    }

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
    } else if (report.held > 0) {
        report.outcome = SyncReport::Outcome::Partial;
        report.message = SyncTr::tr("sync done with held rows: %1 changes sent, %2 refused by the district server, %3 "
                                    "rows received, held: %4 (rows this console cannot store, see the Sync page: %5)")
                             .arg(report.pushed)
                             .arg(report.refused)
                             .arg(report.pulled)
                             .arg(report.held)
                             .arg(heldNames.join(QStringLiteral("; ")));
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
