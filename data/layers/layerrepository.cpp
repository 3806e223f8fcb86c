// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/layers/layerrepository.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace dd::data {

namespace {

class LayerTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::LayerRepository)
};

Error queryError(const QSqlQuery &q, const QString &what)
{
    return failure(LayerTr::tr("Cannot read %1 from the database: %2").arg(what, q.lastError().text()));
}

const char *const kLayerColumns = "SELECT l.id, l.name, l.crs, l.source, l.schematic, l.active, l.valid_only,"
                                  " (SELECT count(*) FROM grid_cells c WHERE c.layer_id = l.id) AS n"
                                  " FROM grid_layers l";

LayerInfo readLayer(const QSqlQuery &q)
{
    LayerInfo l;
    l.id = q.value(0).toString();
    l.name = q.value(1).toString();
    l.crs = q.value(2).toString();
    l.source = q.value(3).toString();
    l.schematic = q.value(4).toInt() != 0;
    l.active = q.value(5).toInt() != 0;
    l.validOnly = q.value(6).toInt() != 0;
    l.cellCount = q.value(7).toInt();
    return l;
}

} // namespace

LayerRepository::LayerRepository(const Database &db)
    : m_db(db)
{
}

Result<std::vector<LayerInfo>> LayerRepository::layers() const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QString::fromLatin1(kLayerColumns) + QStringLiteral(" ORDER BY l.active DESC, n DESC, l.name")))
        return queryError(q, QStringLiteral("grid_layers"));
    std::vector<LayerInfo> out;
    while (q.next())
        out.push_back(readLayer(q));
    return out;
}

Result<LayerInfo> LayerRepository::activeLayer() const
{
    auto all = layers();
    if (!all)
        return Error { all.errorMessage() };
    if (all->empty())
        return failure(LayerTr::tr("grid_layers: the store holds no grid layer."));
    return all->front();
}

Result<std::vector<grid::TravelCell>> LayerRepository::travelCells(const QString &layerId) const
{
    QString layer = layerId;
    if (layer.isEmpty()) {
        auto active = activeLayer();
        if (!active)
            return Error { active.errorMessage() };
        layer = active->id;
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, code, geometry, kind FROM grid_cells WHERE layer_id = ? ORDER BY code"));
    q.addBindValue(layer);
    if (!q.exec())
        return queryError(q, QStringLiteral("grid_cells"));
    std::vector<grid::TravelCell> out;
    while (q.next()) {
        grid::TravelCell cell;
        cell.id = q.value(0).toString();
        grid::MultiPolygon shape;
        QString error;
        if (!grid::fromGeoJsonGeometry(q.value(2).toString().toUtf8(), &shape, &error) || shape.empty())
            return failure(LayerTr::tr("grid_cells: the geometry of cell %1 cannot be read: %2")
                               .arg(q.value(1).toString(), error));
        std::size_t largest = 0;
        for (std::size_t i = 1; i < shape.size(); ++i) {
            if (boost::geometry::area(shape[i]) > boost::geometry::area(shape[largest]))
                largest = i;
        }
        cell.shape = std::move(shape[largest]);
        if (!grid::parseCellKind(q.value(3).toString(), &cell.kind))
            cell.kind = grid::CellKind::Suburban;
        out.push_back(std::move(cell));
    }
    return out;
}

Result<grid::TravelGraph> LayerRepository::travelGraph(grid::TravelMode mode, const grid::TravelSpeeds &speeds,
                                                       const QString &layerId) const
{
    const QString problem = speeds.validate();
    if (!problem.isEmpty())
        return failure(LayerTr::tr("Travel speeds: %1").arg(problem));
    auto cells = travelCells(layerId);
    if (!cells)
        return Error { cells.errorMessage() };
    return grid::TravelGraph(cells.value(), mode, speeds);
}

Status classifySchematicCellKinds(Database &db)
{
    QSqlQuery q(db.connection());
    // Derived data: keep it out of the sync outbox (capture triggers record nothing while applying = 1).
    const bool syncing = q.exec(QStringLiteral("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sync_clock'"))
        && q.next();
    if (syncing && !q.exec(QStringLiteral("UPDATE sync_clock SET applying = 1")))
        return failure(LayerTr::tr("grid_cells: the cell kinds cannot be set: %1").arg(q.lastError().text()));
    if (!q.exec(QStringLiteral(
            "UPDATE grid_cells SET kind = CASE"
            " WHEN substr((SELECT code FROM towns WHERE towns.id = grid_cells.town_id), 7, 1) = '0' THEN 'urban'"
            " WHEN substr(coalesce((SELECT code FROM communities WHERE communities.id = grid_cells.community_id), ''),"
            " 10, 1) = '2' THEN 'rural'"
            " ELSE 'suburban' END"
            " WHERE layer_id IN (SELECT id FROM grid_layers WHERE schematic = 1)")))
        return failure(LayerTr::tr("grid_cells: the cell kinds cannot be set: %1").arg(q.lastError().text()));
    if (syncing && !q.exec(QStringLiteral("UPDATE sync_clock SET applying = 0")))
        return failure(LayerTr::tr("grid_cells: the cell kinds cannot be set: %1").arg(q.lastError().text()));
    return success();
}

} // namespace dd::data
