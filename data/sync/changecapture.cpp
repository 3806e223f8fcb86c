// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/sync/changecapture.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace dd::data::sync {

namespace {
// Translation context for the sync client's messages.
struct SyncTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::sync)
};
} // namespace

namespace {

// The next clock stamp: physical milliseconds * 1000, or one more than the last stamp if that is later.
const char *const kTick = "UPDATE sync_clock SET hlc = max(hlc + 1, "
                          "CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER) * 1000);";

QString quoted(const QString &name)
{
    return QLatin1Char('"') + QString(name).replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
}
QString literal(const QString &text)
{
    return QLatin1Char('\'') + QString(text).replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

QStringList triggerSql(const QString &table, const QStringList &columns)
{
    QStringList all, changedNew, changedOld, differs;
    for (const QString &c : columns) {
        all << literal(c) + QStringLiteral(", NEW.") + quoted(c);
        changedNew << QStringLiteral("SELECT %1 AS k, NEW.%2 AS v WHERE NEW.%2 IS NOT OLD.%2").arg(literal(c), quoted(c));
        changedOld << QStringLiteral("SELECT %1 AS k, OLD.%2 AS v WHERE NEW.%2 IS NOT OLD.%2").arg(literal(c), quoted(c));
        differs << QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(quoted(c));
    }
    const QString t = quoted(table);
    const QString name = literal(table);
    const QString tick = QString::fromLatin1(kTick);
    QStringList out;
    out << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN (SELECT applying FROM sync_clock) = 0 BEGIN %3 "
                          "INSERT INTO sync_outbox (change_id, tbl, row_id, op, hlc, fields) VALUES "
                          "(lower(hex(randomblob(16))), %4, NEW.id, 'upsert', (SELECT hlc FROM sync_clock), "
                          "json_object(%5)); END")
               .arg(captureTriggerName(table, QStringLiteral("insert")), t, tick, name, all.join(QStringLiteral(", ")));
    out << QStringLiteral("CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN (SELECT applying FROM sync_clock) = 0 AND (%3) "
                          "BEGIN %4 INSERT INTO sync_outbox (change_id, tbl, row_id, op, hlc, fields, old) VALUES "
                          "(lower(hex(randomblob(16))), %5, NEW.id, 'upsert', (SELECT hlc FROM sync_clock), "
                          "(SELECT json_group_object(k, v) FROM (%6)), (SELECT json_group_object(k, v) FROM (%7))); END")
               .arg(captureTriggerName(table, QStringLiteral("update")), t, differs.join(QStringLiteral(" OR ")), tick,
                    name, changedNew.join(QStringLiteral(" UNION ALL ")), changedOld.join(QStringLiteral(" UNION ALL ")));
    out << QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN (SELECT applying FROM sync_clock) = 0 BEGIN %3 "
                          "INSERT INTO sync_outbox (change_id, tbl, row_id, op, hlc) VALUES "
                          "(lower(hex(randomblob(16))), %4, OLD.id, 'delete', (SELECT hlc FROM sync_clock)); END")
               .arg(captureTriggerName(table, QStringLiteral("delete")), t, tick, name);
    return out;
}

} // namespace

QString captureTriggerName(const QString &table, const QString &event)
{
    return QStringLiteral("sync_capture_%1_%2").arg(table, event);
}

Status installChangeCapture(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_tables'")))
        return failure(SyncTr::tr("sync_tables: %1").arg(q.lastError().text()));
    if (!q.next())
        return success(); // a schema without sync
    QStringList tables;
    if (!q.exec(QStringLiteral("SELECT name FROM sync_tables ORDER BY name")))
        return failure(SyncTr::tr("sync_tables: %1").arg(q.lastError().text()));
    while (q.next())
        tables << q.value(0).toString();

    // What should exist, and what does.
    QStringList wanted;
    QStringList stale;
    for (const QString &table : tables) {
        QStringList columns;
        QSqlQuery info(db.connection());
        if (!info.exec(QStringLiteral("PRAGMA table_info(%1)").arg(quoted(table))))
            return failure(SyncTr::tr("sync_tables: table %1: %2")
                               .arg(table, info.lastError().text()));
        while (info.next())
            columns << info.value(1).toString();
        if (columns.isEmpty())
            continue; // listed but not (yet) created in this store
        if (!columns.contains(QStringLiteral("id")))
            return failure(SyncTr::tr("sync_tables: table %1 has no id column").arg(table));
        const QStringList sql = triggerSql(table, columns);
        const QStringList events { QStringLiteral("insert"), QStringLiteral("update"), QStringLiteral("delete") };
        for (int i = 0; i < 3; ++i) {
            QSqlQuery existing(db.connection());
            existing.prepare(QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?"));
            existing.addBindValue(captureTriggerName(table, events[i]));
            if (!existing.exec())
                return failure(existing.lastError().text());
            if (existing.next() && existing.value(0).toString() == sql[i])
                continue;
            stale << captureTriggerName(table, events[i]);
            wanted << sql[i];
        }
    }
    if (wanted.isEmpty())
        return success();
    return db.transaction([&]() -> Status {
        for (const QString &name : stale) {
            QSqlQuery drop(db.connection());
            if (!drop.exec(QStringLiteral("DROP TRIGGER IF EXISTS %1").arg(quoted(name))))
                return failure(drop.lastError().text());
        }
        for (const QString &sql : wanted) {
            QSqlQuery create(db.connection());
            if (!create.exec(sql))
                return failure(SyncTr::tr("cannot create a change-capture trigger: %1")
                                   .arg(create.lastError().text()));
        }
        return success();
    });
}

} // namespace dd::data::sync
