// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/storeinfo.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace dd::data {

namespace {
class StoreInfoTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::StoreInfo)
};
} // namespace

Result<StoreInfo> inspectStore(const Database &db)
{
    StoreInfo info;
    info.path = db.path();
    info.schemaVersion = db.schemaVersion();
    info.consoleId = db.consoleId();

    QStringList tables;
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table'"
                                   " AND name NOT LIKE 'sqlite_%' ORDER BY name")))
            return failure(StoreInfoTr::tr("%1: cannot list the tables (%2).").arg(db.path(), q.lastError().text()));
        while (q.next())
            tables << q.value(0).toString();
    }
    for (const QString &table : std::as_const(tables)) {
        QSqlQuery q(db.connection());
        // Table names come from the file's own catalogue; quoted as identifiers all the same.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        if (!q.exec(QStringLiteral("SELECT count(*) FROM \"%1\"").arg(quoted)) || !q.next())
            return failure(
                StoreInfoTr::tr("%1: cannot count table %2 (%3).").arg(db.path(), table, q.lastError().text()));
        info.counts.push_back(TableCount { table, q.value(0).toLongLong() });
    }
    Result<QString> integrity = db.integrityCheck();
    if (!integrity)
        return failure(integrity.errorMessage());
    info.integrity = integrity.value();
    return info;
}

} // namespace dd::data
