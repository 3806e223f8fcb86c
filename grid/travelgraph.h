// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid/geometry.h"

#include <QString>
#include <array>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace dd::grid {

// What a cell is like for getting through it: dense streets are slow to drive, villages fast.
enum class CellKind { Urban, Suburban, Rural };
inline constexpr int kCellKindCount = 3;
// "urban", "suburban", "rural"; parseCellKind() returns false for anything else.
QString cellKindKey(CellKind kind);
bool parseCellKind(const QString &key, CellKind *kind);

enum class TravelMode { Walking, Driving };

// Speeds in km/h by cell kind, and a detour factor (streets are not straight lines between
// centroids). Defaults: walking 4.5 everywhere; driving 18 urban, 28 suburban, 40 rural; detour 1.25.
struct TravelSpeeds
{
    std::array<double, kCellKindCount> walkingKmh { 4.5, 4.5, 4.5 };
    std::array<double, kCellKindCount> drivingKmh { 18.0, 28.0, 40.0 };
    double detourFactor = 1.25;

    double kmh(TravelMode mode, CellKind kind) const;
    // Empty when usable, else the reason (a speed <= 0 or not finite, a detour factor < 1).
    QString validate() const;
};

// One cell as the graph needs it: its id (the store's grid_cells.id, or any unique key), its shape
// in lon/lat (adjacency) and its kind (speed).
struct TravelCell
{
    QString id;
    Polygon shape; // lon/lat, the layer's coordinate reference
    CellKind kind = CellKind::Suburban;
};

// The cell adjacency graph (Boost.Graph adjacency_list) with travel-time weights, and shortest
// travel times between cells (Dijkstra).
//
// - Two cells are adjacent when their shapes touch or overlap (sharing an edge or only a corner:
//   a corner neighbour is a diagonal step), found with an R-tree over the bounding boxes.
// - An edge's weight in minutes: the distance between the two centroids in metres (LocalProjection
//   around the layer's centre) × detour factor, half of it at the speed of each cell's kind.
// - Travel time between cells = the shortest path; 0 from a cell to itself; +infinity
//   (kUnreachable) between cells with no path (islands), or for an unknown index/id.
// - Units: minutes (double). The graph is undirected, so minutes(a, b) == minutes(b, a).
// - Thread-safety: immutable after construction; const methods allocate their own working memory
//   and may be called from several threads at once. Copying shares the immutable graph.
// - Cost: building ~7,500 cells takes tens of ms; one minutesFrom() is one Dijkstra over the whole
//   graph (~1-3 ms for 7,500 cells); minutes(a, b) stops as soon as b is settled.
class TravelGraph
{
public:
    static constexpr double kUnreachable = std::numeric_limits<double>::infinity();

    TravelGraph(); // empty: every query is unreachable
    TravelGraph(const std::vector<TravelCell> &cells, TravelMode mode, const TravelSpeeds &speeds = {});
    // From explicit adjacency (tests, or a store that keeps it): centroids in metres (any planar
    // frame), kinds, and pairs of indices. Self-loops and out-of-range pairs are ignored.
    TravelGraph(std::vector<QString> ids, std::vector<Point> centroidsMetres, std::vector<CellKind> kinds,
                const std::vector<std::pair<int, int>> &adjacent, TravelMode mode, const TravelSpeeds &speeds = {});

    std::size_t size() const;
    TravelMode mode() const;
    int indexOf(const QString &id) const; // -1 when unknown
    const QString &id(int index) const;
    // Indices of the cells adjacent to index, ascending.
    std::vector<int> neighbours(int index) const;
    std::size_t edgeCount() const;

    double minutes(int from, int to) const;
    double minutes(const QString &fromId, const QString &toId) const;
    // Minutes from one cell to every cell (by index; kUnreachable where no path). Symmetric, so this
    // is also "to this cell from every cell": dispatch calls it once per incident cell.
    std::vector<double> minutesFrom(int from) const;
    std::vector<double> minutesFrom(const QString &fromId) const;

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace dd::grid
