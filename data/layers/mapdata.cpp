// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/layers/mapdata.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/duty/onduty.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>
#include <algorithm>

#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace dd::data {

namespace {

class MapTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::MapData)
};

Error sqlError(const QSqlQuery &q, const char *table)
{
    return failure(MapTr::tr("Cannot read %1 for the map: %2").arg(QString::fromLatin1(table), q.lastError().text()));
}

bool readShape(const QString &geometry, grid::MultiPolygon *shape)
{
    QString error;
    return grid::fromGeoJsonGeometry(geometry.toUtf8(), shape, &error);
}

// Squads whose records of this kind the session may see: {} + true = all, else the list.
struct Visible
{
    bool all = false;
    QSet<QString> squads;
    bool any() const { return all || !squads.isEmpty(); }
    bool contains(const QString &squad) const { return all || squads.contains(squad); }
};

Result<Visible> visibleSquads(Database &db, const Session &session, const Clock &clock, Action action)
{
    Visible v;
    const Scope scope = session.widestScope(action);
    if (scope == Scope::None || scope == Scope::Own)
        return v; // own records are not a map layer
    AccessControl access(db, clock);
    if (scope == Scope::District) {
        Status ok = access.require(session, action, Target::district());
        if (!ok)
            return Error { ok.errorMessage() };
        v.all = true;
        return v;
    }
    for (const QString &squad : session.squadsFor(action)) {
        Status ok = access.require(session, action, Target::squad(squad));
        if (!ok)
            return Error { ok.errorMessage() };
        v.squads.insert(squad);
    }
    return v;
}

} // namespace

Result<MapData> loadMapData(Database &db, const Session &session, const Clock &clock)
{
    MapData map;
    auto layer = LayerRepository(db).activeLayer();
    if (!layer)
        return Error { layer.errorMessage() };
    map.layer = layer.value();

    QSqlQuery q(db.connection());
    q.setForwardOnly(true);
    if (!q.exec(QStringLiteral("SELECT code, name FROM towns")))
        return sqlError(q, "towns");
    while (q.next())
        map.townNames.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT code, name FROM communities")))
        return sqlError(q, "communities");
    while (q.next())
        map.communityNames.insert(q.value(0).toString(), q.value(1).toString());
    if (!q.exec(QStringLiteral("SELECT id, name FROM squads")))
        return sqlError(q, "squads");
    while (q.next())
        map.squadNames.insert(q.value(0).toString(), q.value(1).toString());

    q.prepare(QStringLiteral("SELECT level, code, geometry FROM grid_areas WHERE layer_id = ? ORDER BY level, code"));
    q.addBindValue(map.layer.id);
    if (!q.exec())
        return sqlError(q, "grid_areas");
    while (q.next()) {
        const QString level = q.value(0).toString();
        MapArea area;
        area.code = q.value(1).toString();
        if (!readShape(q.value(2).toString(), &area.shape))
            return failure(MapTr::tr("grid_areas: the boundary of %1 cannot be read.").arg(area.code));
        if (level == QLatin1String("district")) {
            map.outline = std::move(area.shape);
        } else if (level == QLatin1String("town")) {
            area.name = map.townNames.value(area.code);
            map.towns.push_back(std::move(area));
        } else {
            area.name = map.communityNames.value(area.code);
            map.communities.push_back(std::move(area));
        }
    }

    q.prepare(QStringLiteral("SELECT c.id, c.code, t.code, m.code, c.squad_id, c.kind, c.geometry, c.centroid_x,"
                             " c.centroid_y FROM grid_cells c JOIN towns t ON t.id = c.town_id"
                             " LEFT JOIN communities m ON m.id = c.community_id WHERE c.layer_id = ? ORDER BY c.code"));
    q.addBindValue(map.layer.id);
    if (!q.exec())
        return sqlError(q, "grid_cells");
    while (q.next()) {
        MapCell cell;
        cell.id = q.value(0).toString();
        cell.code = q.value(1).toString();
        cell.townCode = q.value(2).toString();
        cell.communityCode = q.value(3).toString();
        cell.squadId = q.value(4).toString();
        cell.kind = q.value(5).toString();
        grid::MultiPolygon shape;
        if (!readShape(q.value(6).toString(), &shape) || shape.empty())
            return failure(MapTr::tr("grid_cells: the geometry of cell %1 cannot be read.").arg(cell.code));
        std::size_t largest = 0;
        for (std::size_t i = 1; i < shape.size(); ++i) {
            if (boost::geometry::area(shape[i]) > boost::geometry::area(shape[largest]))
                largest = i;
        }
        cell.shape = std::move(shape[largest]);
        cell.centroid = grid::Point(q.value(7).toDouble(), q.value(8).toDouble());
        map.cellById.insert(cell.id, int(map.cells.size()));
        map.cellByCode.insert(cell.code, int(map.cells.size()));
        map.cells.push_back(std::move(cell));
    }

    // Sectors: active posts with cells on this layer.
    q.prepare(QStringLiteral("SELECT p.id, p.code, p.name, p.squad_id, p.kind, pc.cell_id FROM posts p"
                             " JOIN post_cells pc ON pc.post_id = p.id JOIN grid_cells c ON c.id = pc.cell_id"
                             " WHERE p.active = 1 AND p.kind IN ('patrol_sector', 'event_zone') AND c.layer_id = ?"
                             " ORDER BY p.squad_id, p.code"));
    q.addBindValue(map.layer.id);
    if (!q.exec())
        return sqlError(q, "posts");
    QHash<QString, int> sectorIndex;
    while (q.next()) {
        const QString postId = q.value(0).toString();
        int s = sectorIndex.value(postId, -1);
        if (s < 0) {
            s = int(map.sectors.size());
            sectorIndex.insert(postId, s);
            map.sectors.push_back({ postId, q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                                    q.value(4).toString(), {} });
        }
        const int cell = map.cellById.value(q.value(5).toString(), -1);
        if (cell >= 0)
            map.sectors[std::size_t(s)].cells.push_back(cell);
    }

    auto incidents = visibleSquads(db, session, clock, Action::ViewIncidents);
    if (!incidents)
        return Error { incidents.errorMessage() };
    if (incidents->any()) {
        if (!q.exec(QStringLiteral("SELECT id, ticket_no, title, status, urgency, squad_id, cell_id, lon, lat,"
                                   " reported_at FROM incidents ORDER BY reported_at")))
            return sqlError(q, "incidents");
        while (q.next()) {
            const QString squad = q.value(5).toString();
            if (!incidents->contains(squad))
                continue;
            MapIncident incident;
            incident.id = q.value(0).toString();
            incident.ticketNo = q.value(1).toString();
            incident.title = q.value(2).toString();
            incident.status = q.value(3).toString();
            incident.urgency = q.value(4).toString();
            incident.squadId = squad;
            incident.cell = map.cellById.value(q.value(6).toString(), -1);
            if (!q.value(7).isNull() && !q.value(8).isNull())
                incident.lonLat = grid::Point(q.value(7).toDouble(), q.value(8).toDouble());
            else if (incident.cell >= 0)
                incident.lonLat = map.cells[std::size_t(incident.cell)].centroid;
            else
                continue; // nowhere to draw it
            incident.reportedAt = QDateTime::fromString(q.value(9).toString(), Qt::ISODateWithMs);
            incident.reportedAt.setTimeSpec(Qt::UTC);
            incident.open = incident.status != QLatin1String("closed") && incident.status != QLatin1String("cancelled");
            map.incidents.push_back(std::move(incident));
        }
    }
    return map;
}

Result<Coverage> computeCoverage(Database &db, const Session &session, const Clock &clock, const MapData &map,
                                 const QDateTime &from, const QDateTime &to)
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return failure(MapTr::tr("Coverage: the time window is empty or invalid."));
    auto visible = visibleSquads(db, session, clock, Action::ViewRoster);
    if (!visible)
        return Error { visible.errorMessage() };
    if (!visible->any())
        return failure(AccessControl::refusal(session, Action::ViewRoster));
    auto dutySlots = OnDuty(db).overlapping(from, to);
    if (!dutySlots)
        return Error { dutySlots.errorMessage() };

    Coverage coverage;
    coverage.from = from;
    coverage.to = to;
    coverage.cells.resize(map.cells.size());
    QHash<QString, int> sectorByPost;
    for (std::size_t s = 0; s < map.sectors.size(); ++s)
        sectorByPost.insert(map.sectors[s].postId, int(s));
    std::vector<QSet<QString>> officers(map.cells.size());
    for (const DutySlot &slot : dutySlots.value()) {
        if (slot.postId.isEmpty() || !visible->contains(slot.squadId))
            continue;
        const int s = sectorByPost.value(slot.postId, -1);
        if (s < 0)
            continue;
        const QDateTime a = std::max(slot.start, from);
        const QDateTime b = std::min(slot.end, to);
        const double minutes = double(a.secsTo(b)) / 60.0;
        if (minutes <= 0)
            continue;
        for (int cell : map.sectors[std::size_t(s)].cells) {
            coverage.cells[std::size_t(cell)].officerMinutes += minutes;
            officers[std::size_t(cell)].insert(slot.officerId);
        }
    }
    for (std::size_t i = 0; i < map.cells.size(); ++i) {
        coverage.cells[i].officers = int(officers[i].size());
        if (coverage.cells[i].officerMinutes <= 0 && visible->contains(map.cells[i].squadId))
            coverage.uncovered.push_back(int(i));
    }
    if (!visible->all)
        coverage.squads.assign(visible->squads.cbegin(), visible->squads.cend());
    return coverage;
}

void writeUncoveredCsv(const MapData &map, const Coverage &coverage, QIODevice &out)
{
    auto field = [](QString text) {
        if (text.contains(QLatin1Char(',')) || text.contains(QLatin1Char('"')) || text.contains(QLatin1Char('\n')))
            text = QLatin1Char('"') + text.replace(QLatin1Char('"'), QLatin1String("\"\"")) + QLatin1Char('"');
        return text;
    };
    QByteArray data = "\xEF\xBB\xBF";
    data += "cell_code,town,community,squad,from,to\r\n";
    const QString from = coverage.from.toUTC().toString(Qt::ISODate);
    const QString to = coverage.to.toUTC().toString(Qt::ISODate);
    for (int i : coverage.uncovered) {
        const MapCell &c = map.cells[std::size_t(i)];
        const QStringList row { c.code, field(map.townNames.value(c.townCode)), field(map.communityNames.value(c.communityCode)),
                                field(map.squadNames.value(c.squadId)), from, to };
        data += row.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    out.write(data);
}

std::vector<int> incidentDensity(const MapData &map, const QDateTime &from, const QDateTime &to)
{
    std::vector<int> counts(map.cells.size(), 0);
    for (const MapIncident &incident : map.incidents) {
        if (incident.cell >= 0 && incident.reportedAt >= from && incident.reportedAt < to)
            ++counts[std::size_t(incident.cell)];
    }
    return counts;
}

Result<CellDetails> cellDetails(Database &db, const Session &session, const Clock &clock, const MapData &map, int cell)
{
    if (cell < 0 || std::size_t(cell) >= map.cells.size())
        return failure(MapTr::tr("Map: no such cell."));
    CellDetails details;
    QSet<QString> posts;
    for (std::size_t s = 0; s < map.sectors.size(); ++s) {
        const auto &cells = map.sectors[s].cells;
        if (std::find(cells.begin(), cells.end(), cell) != cells.end()) {
            details.sectors.push_back(int(s));
            posts.insert(map.sectors[s].postId);
        }
    }
    for (std::size_t i = 0; i < map.incidents.size(); ++i) {
        if (map.incidents[i].cell == cell && map.incidents[i].open)
            details.openIncidents.push_back(int(i));
    }
    const QString squad = map.cells[std::size_t(cell)].squadId;
    details.rosterVisible = session.allows(Action::ViewRoster, Target::squad(squad));
    if (!details.rosterVisible || posts.isEmpty())
        return details;
    Status ok = AccessControl(db, clock).require(session, Action::ViewRoster, Target::squad(squad));
    if (!ok)
        return Error { ok.errorMessage() };
    auto now = OnDuty(db).at(clock.now());
    if (!now)
        return Error { now.errorMessage() };
    for (const DutySlot &slot : now.value()) {
        if (posts.contains(slot.postId))
            details.onDutyNow.push_back({ slot.officerName, slot.team, slot.shiftCode, slot.postCode, slot.start, slot.end });
    }
    return details;
}

Result<std::vector<TeamOnDuty>> teamsOnDuty(Database &db, const Session &session, const Clock &clock,
                                            const MapData &map)
{
    std::vector<TeamOnDuty> out;
    const Scope scope = session.widestScope(Action::ViewRoster);
    if (scope != Scope::District && scope != Scope::Squad)
        return out;
    auto visible = visibleSquads(db, session, clock, Action::ViewRoster);
    if (!visible)
        return Error { visible.errorMessage() };
    auto now = OnDuty(db).at(clock.now());
    if (!now)
        return Error { now.errorMessage() };
    QHash<QString, int> sectorByPost;
    for (std::size_t s = 0; s < map.sectors.size(); ++s)
        sectorByPost.insert(map.sectors[s].postId, int(s));
    QHash<QString, int> byKey;
    for (const DutySlot &slot : now.value()) {
        if (!visible->contains(slot.squadId))
            continue;
        const int sector = sectorByPost.value(slot.postId, -1);
        if (sector < 0 || map.sectors[std::size_t(sector)].cells.empty())
            continue;
        const QString key = slot.squadId + QLatin1Char('/') + (slot.team.isEmpty() ? slot.postId : slot.team);
        int i = byKey.value(key, -1);
        if (i < 0) {
            i = int(out.size());
            byKey.insert(key, i);
            TeamOnDuty team;
            team.squadId = slot.squadId;
            team.label = slot.team.isEmpty() ? slot.postCode : slot.team + QStringLiteral(" · ") + slot.postCode;
            team.sector = sector;
            double x = 0, y = 0;
            const auto &cells = map.sectors[std::size_t(sector)].cells;
            for (int c : cells) {
                x += map.cells[std::size_t(c)].centroid.x();
                y += map.cells[std::size_t(c)].centroid.y();
            }
            team.lonLat = grid::Point(x / double(cells.size()), y / double(cells.size()));
            out.push_back(team);
        }
        ++out[std::size_t(i)].officers;
    }
    return out;
}

} // namespace dd::data
