// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sync/pulledrows.h"

#include "data/clock.h"
#include "data/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlRecord>
#include <vector>

namespace dd::data::sync {

namespace {
// Translation context for the sync client's messages.
struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::sync)
};

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

// Whether SQLite failed because of the store (the disk, the file, the lock), not because of the row.
// Such a failure may have rolled back the whole transaction; it must stop the pull, not hold the row.
bool storeFault(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    if (!ok)
        return false;
    switch (code & 0xff) { // the primary result code of an extended one
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
    case 7: // SQLITE_NOMEM
    case 8: // SQLITE_READONLY
    case 9: // SQLITE_INTERRUPT
    case 10: // SQLITE_IOERR
    case 11: // SQLITE_CORRUPT
    case 13: // SQLITE_FULL
    case 14: // SQLITE_CANTOPEN
    case 26: // SQLITE_NOTADB
        return true;
    default:
        return false;
    }
}

QString sqliteMessage(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

QString heldKey(const QString &table, const QString &id)
{
    return table + QLatin1Char('\n') + id;
}
} // namespace

PulledRows::PulledRows(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
    , m_pending(db.connection())
    , m_savepoint(db.connection())
    , m_release(db.connection())
    , m_rollback(db.connection())
{
    // Prepared once: a pull stores up to thousands of rows per page, each in its savepoint.
    m_savepoint.prepare(QStringLiteral("SAVEPOINT pulled_row"));
    m_release.prepare(QStringLiteral("RELEASE pulled_row"));
    m_rollback.prepare(QStringLiteral("ROLLBACK TO pulled_row"));
    m_pending.prepare(
        QStringLiteral("SELECT op, fields FROM sync_outbox WHERE tbl = ? AND row_id = ? AND state = 'pending'"));
}

const PulledRows::TableInfo *PulledRows::tableInfo(const QString &name)
{
    auto it = m_tables.find(name);
    if (it == m_tables.end()) {
        TableInfo info;
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT 1 FROM sync_tables WHERE name = ?"));
        q.addBindValue(name);
        if (q.exec() && q.next() && q.exec(QStringLiteral("PRAGMA table_info(\"%1\")").arg(name)))
            while (q.next())
                info.columns << q.value(1).toString();
        info.columnSet = QSet<QString>(info.columns.begin(), info.columns.end());
        it = m_tables.insert(name, info);
    }
    return it->columns.isEmpty() ? nullptr : &*it;
}

PulledRows::Attempt PulledRows::apply(const QString &table, const QString &id, bool deleted, const QJsonObject &data)
{
    const auto refused = [](const QSqlQuery &q) {
        return Attempt { Outcome::Held, sqliteMessage(q.lastError()), storeFault(q.lastError()) };
    };
    const TableInfo *info = tableInfo(table);
    if (!info)
        return {}; // a table this (older) schema does not sync
    // Fields with a change of ours still to go up keep our value; a pending delete keeps the row
    // deleted here.
    QSet<QString> keep;
    bool pendingDelete = false;
    m_pending.addBindValue(table);
    m_pending.addBindValue(id);
    if (!m_pending.exec())
        return Attempt { Outcome::Held, QStringLiteral("sync_outbox: %1").arg(m_pending.lastError().text()), true };
    while (m_pending.next()) {
        if (m_pending.value(0).toString() == QLatin1String("delete"))
            pendingDelete = true;
        const QJsonObject f = QJsonDocument::fromJson(m_pending.value(1).toString().toUtf8()).object();
        for (auto it = f.begin(); it != f.end(); ++it)
            keep.insert(it.key());
    }
    if (pendingDelete)
        return {};
    if (deleted) {
        if (!keep.isEmpty())
            return {};
        QSqlQuery del(m_db.connection());
        del.prepare(QStringLiteral("DELETE FROM \"%1\" WHERE id = ?").arg(table));
        del.addBindValue(id);
        if (!del.exec())
            return refused(del);
        return { Outcome::Stored, {}, false };
    }
    QSqlQuery local(m_db.connection());
    local.prepare(QStringLiteral("SELECT * FROM \"%1\" WHERE id = ?").arg(table));
    local.addBindValue(id);
    if (!local.exec())
        return refused(local);
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
            return {}; // nothing new (our own change coming back)
        QStringList sets;
        for (const QString &c : columns)
            sets << QStringLiteral("\"%1\" = ?").arg(c);
        QSqlQuery up(m_db.connection());
        up.prepare(QStringLiteral("UPDATE \"%1\" SET %2 WHERE id = ?").arg(table, sets.join(QStringLiteral(", "))));
        for (const QVariant &value : values)
            up.addBindValue(value);
        up.addBindValue(id);
        if (!up.exec())
            return refused(up);
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
            return refused(ins);
    }
    return { Outcome::Stored, {}, false };
}

PulledRows::Attempt PulledRows::applyInSavepoint(const QString &table, const QString &id, bool deleted,
                                                 const QJsonObject &data)
{
    if (!m_savepoint.exec())
        return Attempt { Outcome::Held, QStringLiteral("savepoint: %1").arg(m_savepoint.lastError().text()), true };
    Attempt attempt = apply(table, id, deleted, data);
    if (attempt.error.isEmpty()) {
        if (!m_release.exec())
            return Attempt { Outcome::Held, QStringLiteral("savepoint: %1").arg(m_release.lastError().text()), true };
        return attempt;
    }
    // Undo whatever part of the row was written (a trigger may have written elsewhere first).
    if (!m_rollback.exec() || !m_release.exec())
        attempt.storeFault = true;
    return attempt;
}

Status PulledRows::loadHeldKeys()
{
    if (m_heldKeysLoaded)
        return success();
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT tbl, row_id FROM sync_held")))
        return failure(QStringLiteral("sync_held: %1").arg(q.lastError().text()));
    while (q.next())
        m_heldKeys.insert(heldKey(q.value(0).toString(), q.value(1).toString()));
    m_heldKeysLoaded = true;
    return success();
}

Status PulledRows::hold(const QString &table, const QString &id, qint64 seq, bool deleted, const QJsonObject &data,
                        const QString &message)
{
    const QJsonObject held { { QStringLiteral("deleted"), deleted }, { QStringLiteral("data"), data } };
    const QString now = Database::timestamp(m_clock.now());
    QSqlQuery q(m_db.connection());
    // Only the newest version of a row is kept; first_seen stays (the row has been missing since then);
    // the same version pulled again counts as one more attempt.
    q.prepare(
        QStringLiteral("INSERT INTO sync_held (tbl, row_id, seq, row_json, message, first_seen, last_tried, attempts)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, 1)"
                       " ON CONFLICT (tbl, row_id) DO UPDATE SET"
                       "  attempts = CASE WHEN excluded.seq = sync_held.seq THEN sync_held.attempts + 1 ELSE 1 END,"
                       "  seq = excluded.seq, row_json = excluded.row_json, message = excluded.message,"
                       "  last_tried = excluded.last_tried"
                       " WHERE excluded.seq >= sync_held.seq"));
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(seq);
    q.addBindValue(QString::fromUtf8(QJsonDocument(held).toJson(QJsonDocument::Compact)));
    q.addBindValue(message);
    q.addBindValue(now);
    q.addBindValue(now);
    if (!q.exec())
        return failure(QStringLiteral("sync_held: %1").arg(q.lastError().text()));
    m_heldKeys.insert(heldKey(table, id));
    return success();
}

Status PulledRows::dropHeld(const QString &table, const QString &id, qint64 upToSeq)
{
    if (!m_heldKeys.contains(heldKey(table, id)))
        return success();
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM sync_held WHERE tbl = ? AND row_id = ? AND seq <= ?"));
    q.addBindValue(table);
    q.addBindValue(id);
    q.addBindValue(upToSeq);
    if (!q.exec())
        return failure(QStringLiteral("sync_held: %1").arg(q.lastError().text()));
    if (q.numRowsAffected() > 0)
        m_heldKeys.remove(heldKey(table, id));
    return success();
}

Result<PulledRows::Outcome> PulledRows::store(const QJsonObject &row)
{
    Status loaded = loadHeldKeys();
    if (!loaded)
        return failure(loaded.errorMessage());
    const QString table = row.value(QStringLiteral("table")).toString();
    const QString id = row.value(QStringLiteral("id")).toString();
    const qint64 seq = row.value(QStringLiteral("seq")).toInteger();
    const bool deleted = row.value(QStringLiteral("deleted")).toBool();
    const QJsonObject data = row.value(QStringLiteral("data")).toObject();

    const Attempt attempt = applyInSavepoint(table, id, deleted, data);
    if (attempt.error.isEmpty()) {
        // A newer version that stores supersedes the held older one.
        Status dropped = dropHeld(table, id, seq);
        if (!dropped)
            return failure(dropped.errorMessage());
        return attempt.outcome;
    }
    if (attempt.storeFault)
        return failure(SyncTr::tr("%1 %2: cannot store the district's row: %3").arg(table, id, attempt.error));
    Status held = hold(table, id, seq, deleted, data, attempt.error);
    if (!held)
        return failure(held.errorMessage());
    return Outcome::Held;
}

Result<PulledRows::Retried> PulledRows::retryHeld()
{
    Status loaded = loadHeldKeys();
    if (!loaded)
        return failure(loaded.errorMessage());
    struct Held
    {
        QString table;
        QString id;
        qint64 seq;
        QJsonObject row;
    };
    std::vector<Held> list;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT tbl, row_id, seq, row_json FROM sync_held ORDER BY seq")))
            return failure(QStringLiteral("sync_held: %1").arg(q.lastError().text()));
        while (q.next())
            list.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toLongLong(),
                             QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object() });
    }
    Retried retried;
    const QString now = Database::timestamp(m_clock.now());
    QSqlQuery again(m_db.connection());
    again.prepare(QStringLiteral("UPDATE sync_held SET last_tried = ?, attempts = attempts + 1, message = ?"
                                 " WHERE tbl = ? AND row_id = ?"));
    for (const Held &h : list) {
        const Attempt attempt = applyInSavepoint(h.table, h.id, h.row.value(QStringLiteral("deleted")).toBool(),
                                                 h.row.value(QStringLiteral("data")).toObject());
        if (attempt.error.isEmpty()) {
            Status dropped = dropHeld(h.table, h.id, h.seq);
            if (!dropped)
                return failure(dropped.errorMessage());
            ++retried.stored;
            continue;
        }
        if (attempt.storeFault)
            return failure(SyncTr::tr("%1 %2: cannot store the district's row: %3").arg(h.table, h.id, attempt.error));
        again.addBindValue(now);
        again.addBindValue(attempt.error);
        again.addBindValue(h.table);
        again.addBindValue(h.id);
        if (!again.exec())
            return failure(QStringLiteral("sync_held: %1").arg(again.lastError().text()));
        ++retried.stillHeld;
    }
    return retried;
}

Result<qint64> PulledRows::heldCount() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM sync_held")) || !q.next())
        return failure(QStringLiteral("sync_held: %1").arg(q.lastError().text()));
    return q.value(0).toLongLong();
}

} // namespace dd::data::sync
