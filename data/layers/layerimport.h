// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"
#include "grid/geojsonlayer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <vector>

namespace dd::data {

class Clock;
class Database;
class Session;

struct LayerImportOptions
{
    QString layerName; // empty: the file's "name" member, else "official"
    // Import only the valid features of a file with faults; the skipped ones (index, code, reason) go
    // to the audit log entry layer.import and grid_layers.valid_only is set.
    bool validOnly = false;
    // The coordinate reference the file must declare; empty = the active layer's (any when the store
    // has no layer yet).
    QString crs;
    std::vector<int> codeLengths { 15 };
};

struct LayerImportReport
{
    QString layerId;
    QString layerName;
    QString crs;
    int featureCount = 0; // in the file
    int cells = 0; // written
    int areas = 0; // written (district, town, community boundaries)
    std::vector<grid::LayerFault> skipped; // faults of the features left out (validOnly)
    // Posts (patrol sectors, event zones, …) carried over to the new layer: each new cell joins the
    // posts of the previous layer's cell that holds its centroid; the previous layer's post cells go.
    int postCells = 0; // post_cells rows written for the new cells
    int postsCarried = 0; // posts that have cells on the new layer
    QStringList postsEmptied; // codes of posts that had cells and have none on the new layer
    int cellsOutsideSectors = 0; // new cells in no patrol sector (to be drawn by the squad)
};

// Imports a GeoJSON grid layer (grid/geojsonlayer.h) into the store as a new, active layer: the map,
// point-to-cell and travel times switch to it; older layers stay (incidents keep pointing at their
// cells) but become inactive. The posts move with it: each new cell joins the posts (patrol sectors,
// event zones) of the previous active layer's cell that holds its centroid, and the post cells of the
// older layers are deleted, so every sector, coverage figure and recommendation reads the new grid.
// The report says how many post cells were written, which posts lost every cell and how many new
// cells fall in no patrol sector.
//
// - Needs EditReferenceData (district scope); checked first, a refusal is audited.
// - All or nothing: every fault of the file (grid checks plus the store's: unknown town or community,
//   a district code that is not the store's) is collected; unless validOnly, one fault means nothing
//   is written and the error lists the faults with their feature index. The write is one transaction
//   with its audit entry.
class LayerImporter
{
public:
    LayerImporter(Database &db, const Clock &clock);

    Result<LayerImportReport> importData(const Session &session, const QByteArray &json, const QString &sourceName,
                                         const LayerImportOptions &options = {});
    Result<LayerImportReport> importFile(const Session &session, const QString &path,
                                         const LayerImportOptions &options = {});

private:
    Database &m_db;
    const Clock &m_clock;
};

// The layer (empty = the active one) as a GeoJSON FeatureCollection: its district, town and
// community boundaries (with "level") and its cells (code, name = community name, parent, kind), with
// the layer's crs. Reading it back with LayerImporter gives the same cells.
Result<QByteArray> exportLayer(const Database &db, const QString &layerId = QString());

} // namespace dd::data
