// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/districtrepository.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class DistrictTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::DistrictRepository)
};

Error queryError(const QSqlQuery &q, const char *what)
{
    return failure(
        DistrictTr::tr("Cannot read %1 from the database: %2").arg(QString::fromLatin1(what), q.lastError().text()));
}

} // namespace

DistrictRepository::DistrictRepository(const Database &db)
    : m_db(db)
{
}

Result<DistrictSummary> DistrictRepository::summary() const
{
    DistrictSummary s;
    QSqlQuery q(m_db.connection());

    if (!q.exec(QStringLiteral("SELECT code, name FROM district ORDER BY code LIMIT 1")))
        return queryError(q, "the district");
    if (q.next()) {
        s.code = q.value(0).toString();
        s.name = q.value(1).toString();
    }

    // The layer shown is the one holding most cells (a district has one in practice; an imported
    // official layer would sit beside the schematic one).
    QString layerId;
    if (!q.exec(QStringLiteral(
            "SELECT l.id, l.crs, l.schematic, count(c.id) AS n FROM grid_layers l"
            " LEFT JOIN grid_cells c ON c.layer_id = l.id GROUP BY l.id ORDER BY n DESC, l.name LIMIT 1")))
        return queryError(q, "the grid layers");
    if (q.next()) {
        layerId = q.value(0).toString();
        s.crs = q.value(1).toString();
        s.schematicGeometry = q.value(2).toInt() != 0;
        s.cellCount = q.value(3).toInt();
    }

    q.prepare(QStringLiteral("SELECT t.code, t.name,"
                             " (SELECT count(*) FROM communities m WHERE m.town_id = t.id),"
                             " (SELECT count(*) FROM grid_cells c WHERE c.town_id = t.id AND c.layer_id = ?)"
                             " FROM towns t ORDER BY t.code"));
    q.addBindValue(layerId);
    if (!q.exec())
        return queryError(q, "the towns");
    while (q.next())
        s.towns.push_back(
            TownSummary { q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(), q.value(3).toInt() });

    if (!q.exec(QStringLiteral("SELECT s.code, s.name, ifnull(t.code, ''),"
                               " (SELECT count(*) FROM officers o WHERE o.squad_id = s.id AND o.active = 1)"
                               " FROM squads s LEFT JOIN towns t ON t.id = s.town_id ORDER BY s.code")))
        return queryError(q, "the squads");
    while (q.next())
        s.squads.push_back(
            SquadSummary { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt() });

    if (!q.exec(QStringLiteral("SELECT count(*) FROM officers WHERE active = 1")) || !q.next())
        return queryError(q, "the officers");
    s.officerCount = q.value(0).toInt();
    return s;
}

} // namespace dd::data
