// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/duty/onduty.h"
#include "data/incidents/celllocator.h"
#include "data/result.h"
#include "grid/recommendation.h"
#include "grid/travelgraph.h"

#include <QDateTime>
#include <QHash>
#include <optional>

namespace dd::data {

class Clock;
class Database;
class Session;

struct Recommendation
{
    QString incidentId;
    QString cellId;
    QString squadId; // whose officers are ranked: the incident's squad, or the direct squad
    bool directSquad = false; // nobody of the incident's squad was on duty: the district's direct squad (JD000)
    QString note; // for the dispatcher when directSquad or nobody at all (translated)
    std::vector<grid::RankedCandidate> ranked;
};

// Who should take an incident now: the officers and patrol teams on duty (OnDuty, published rosters)
// in the incident's squad, ranked by grid::rankCandidates. Desk shifts (command room) are left out.
// A team is one candidate (its members' skills together). Position: the cell of the member's latest
// arrival on scene in the last 12 hours, else the middle of their post's sector. Workload: incidents
// assigned and not yet handled. Travel: the function set with setTravelTime(), else driving times
// over the map's cell adjacency graph (grid::TravelGraph from the active layer, built once; one
// Dijkstra from the incident's cell per recommendation), else, when the store has no usable
// graph, straight-line distance between cell centres × 1.3 at 25 km/h.
class Recommender
{
public:
    Recommender(Database &db, const Clock &clock);

    void setTravelTime(grid::TravelTime travelTime) { m_travelTime = std::move(travelTime); }
    // The cells are read on first use; share a locator that is already loaded.
    void setLocator(const CellLocator &locator) { m_locator = locator; }

    Result<Recommendation> recommend(const Session &session, const QString &incidentId);
    // The same for a place and category (also used by the benchmark), with the duty given.
    Result<Recommendation> rank(const QString &cellId, const QString &categoryCode, const QString &squadId,
                                const std::vector<DutySlot> &duty);

    // What a category needs: two certified officers; a legal officer for classes that often become
    // penalty cases (08 construction management, 06001 illegal building).
    static grid::SkillNeeds needsFor(const QString &categoryCode);
    // minutes between cell centres (the fallback travel time)
    double straightLineMinutes(const QString &fromCellId, const QString &toCellId) const;

private:
    Status ensureLocator();

    Database &m_db;
    const Clock &m_clock;
    grid::TravelTime m_travelTime;
    std::optional<CellLocator> m_locator;
    std::optional<grid::TravelGraph> m_graph; // built on first use; empty when the store has none
    QHash<QString, QString> m_postMiddle; // post id → middle cell id
    QHash<QString, QSet<QString>> m_postCells; // post id → cell ids
};

} // namespace dd::data
