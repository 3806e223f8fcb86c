// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"
#include "grid/travelgraph.h"

#include <QString>
#include <vector>

namespace dd::data {

class Database;

struct LayerInfo
{
    QString id;
    QString name;
    QString crs;
    QString source;
    bool schematic = false;
    bool active = false;
    bool validOnly = false; // imported with faulty features skipped (audit log: layer.import)
    int cellCount = 0;
};

// Reading the stored grid layers for the map, point-to-cell and travel times. Cell geometry is public
// reference data: no permission is needed to read it. Stateless; cheap to construct per call; GUI or
// worker thread, but only the thread that opened the Database.
class LayerRepository
{
public:
    explicit LayerRepository(const Database &db);

    // Every layer, the active one first, then by name.
    Result<std::vector<LayerInfo>> layers() const;
    // The layer the map uses: the active one (the most cells if several), else the one with most cells.
    // An error when the store holds no layer at all.
    Result<LayerInfo> activeLayer() const;

    // The cells of a layer (empty = the active layer) as the travel graph needs them: id =
    // grid_cells.id, shape (the largest polygon of a MultiPolygon cell), kind (grid_cells.kind).
    Result<std::vector<grid::TravelCell>> travelCells(const QString &layerId = QString()) const;
    // The adjacency graph with travel times over those cells (grid/travelgraph.h; ~50 ms for 7,500
    // cells). TravelGraph::id(i) / indexOf() speak grid_cells.id.
    Result<grid::TravelGraph> travelGraph(grid::TravelMode mode, const grid::TravelSpeeds &speeds = {},
                                          const QString &layerId = QString()) const;

private:
    const Database &m_db;
};

// Sets grid_cells.kind of the schematic layer's cells from their codes: streets (街道, town codes 0xx)
// urban, villages (community codes 2xx) rural, the rest suburban. Called by the demo generator inside
// its transaction (migration 5 does the same for stores made before it). Not captured for sync:
// every console derives the same kinds from the codes.
Status classifySchematicCellKinds(Database &db);

} // namespace dd::data
