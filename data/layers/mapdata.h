// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/layers/layerrepository.h"
#include "data/result.h"
#include "grid/geometry.h"

#include <QDateTime>
#include <QHash>
#include <QIODevice>
#include <QString>
#include <vector>

namespace dd::data {

class Clock;
class Database;
class Session;

struct MapArea
{
    QString code;
    QString name;
    grid::MultiPolygon shape; // lon/lat
};

struct MapCell
{
    QString id;
    QString code;
    QString townCode;
    QString communityCode; // empty when the cell has no community
    QString squadId; // responsible squad
    QString kind; // urban, suburban, rural
    grid::Polygon shape; // lon/lat (the largest part of a MultiPolygon cell)
    grid::Point centroid; // lon/lat
};

struct MapSector
{
    QString postId;
    QString code;
    QString name;
    QString squadId;
    QString kind; // patrol_sector, event_zone
    std::vector<int> cells; // indices into MapData::cells
};

struct MapIncident
{
    QString id;
    QString ticketNo;
    QString title;
    QString status; // incidents.status
    QString urgency; // normal, urgent
    QString squadId;
    int cell = -1; // index into MapData::cells, -1 when not on the active layer
    grid::Point lonLat;
    QDateTime reportedAt; // UTC
    bool open = true; // not closed or cancelled
};

// Everything the map draws from the store, read in one go (the active layer; ~0.3 s for the demo).
struct MapData
{
    LayerInfo layer;
    grid::MultiPolygon outline;
    std::vector<MapArea> towns; // by code
    std::vector<MapArea> communities; // by code; shape empty when the layer has no community boundary
    std::vector<MapCell> cells; // by code
    QHash<QString, int> cellById;
    QHash<QString, int> cellByCode;
    QHash<QString, QString> townNames; // code → name
    QHash<QString, QString> communityNames; // code → name
    QHash<QString, QString> squadNames; // id → name
    std::vector<MapSector> sectors; // active patrol sectors and event zones of the active layer's cells
    std::vector<MapIncident> incidents; // empty unless the session may view incidents
};

// Reads the active layer, its areas, cells, sectors, and — when the session allows ViewIncidents — the
// incidents (those of the session's squads for a squad-scoped grant). Incidents without a cell on this
// layer but with lon/lat are placed by their coordinates.
Result<MapData> loadMapData(Database &db, const Session &session, const Clock &clock);

// Planned patrol presence per cell in [from, to) from the published rosters (data/duty/onduty.h):
// every duty slot on a post (patrol sector, event zone) adds the minutes of its overlap with the
// window to each cell of the post, and counts its officer. Only squads whose rosters the session may
// view are counted (the district for a district-wide grant).
struct CellCoverage
{
    double officerMinutes = 0; // Σ officers × minutes present
    int officers = 0; // distinct officers planned in the cell during the window
};
struct Coverage
{
    QDateTime from, to;
    std::vector<CellCoverage> cells; // parallel to MapData::cells
    std::vector<int> uncovered; // indices of cells with no presence, among the squads counted
    std::vector<QString> squads; // squads counted (ids); empty = every squad
};
Result<Coverage> computeCoverage(Database &db, const Session &session, const Clock &clock, const MapData &map,
                                 const QDateTime &from, const QDateTime &to);
// The uncovered cells as CSV (UTF-8 with BOM): code, town, community, responsible squad, from, to.
void writeUncoveredCsv(const MapData &map, const Coverage &coverage, QIODevice &out);

// Incidents reported in [from, to) per cell (parallel to MapData::cells), from the incidents loaded.
std::vector<int> incidentDensity(const MapData &map, const QDateTime &from, const QDateTime &to);

// What the cell panel shows beyond the cell itself.
struct CellDuty
{
    QString officerName;
    QString team;
    QString shiftCode;
    QString postCode;
    QDateTime start, end;
};
struct CellDetails
{
    std::vector<int> sectors; // indices into MapData::sectors covering the cell
    std::vector<CellDuty> onDutyNow; // on a post covering the cell, now, from the published rosters
    std::vector<int> openIncidents; // indices into MapData::incidents
    bool rosterVisible = false; // false: the session may not view this squad's roster
};
Result<CellDetails> cellDetails(Database &db, const Session &session, const Clock &clock, const MapData &map,
                                int cell);

// Teams on duty now on patrol posts: one entry per squad and team label (or per post when the roster
// names no team), placed at the middle of their post's cells. Only squads whose rosters the session
// may view.
struct TeamOnDuty
{
    QString squadId;
    QString label; // "A组 · S01" or the post code
    int officers = 0;
    int sector = -1; // index into MapData::sectors
    grid::Point lonLat;
};
Result<std::vector<TeamOnDuty>> teamsOnDuty(Database &db, const Session &session, const Clock &clock,
                                            const MapData &map);

} // namespace dd::data
