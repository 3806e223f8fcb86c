// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/travelgraph.h"

#include "grid/logging.h"

#include <QCoreApplication>
#include <QHash>

// GCC 12 at -O2 reports a false "maybe uninitialized" inside Boost.Geometry's envelope/centroid code.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry/algorithms/centroid.hpp>
#include <boost/geometry/strategies/strategies.hpp>
#include <boost/geometry/algorithms/distance.hpp>
#include <boost/geometry/geometries/box.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/dijkstra_shortest_paths.hpp>
#include <algorithm>
#include <cmath>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace dd::grid {

QString cellKindKey(CellKind kind)
{
    switch (kind) {
    case CellKind::Urban:
        return QStringLiteral("urban");
    case CellKind::Suburban:
        return QStringLiteral("suburban");
    case CellKind::Rural:
        return QStringLiteral("rural");
    }
    return {};
}

bool parseCellKind(const QString &key, CellKind *kind)
{
    for (CellKind k : { CellKind::Urban, CellKind::Suburban, CellKind::Rural }) {
        if (key == cellKindKey(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

double TravelSpeeds::kmh(TravelMode mode, CellKind kind) const
{
    const auto i = static_cast<std::size_t>(kind);
    return mode == TravelMode::Walking ? walkingKmh[i] : drivingKmh[i];
}

QString TravelSpeeds::validate() const
{
    for (int i = 0; i < kCellKindCount; ++i) {
        for (double v : { walkingKmh[std::size_t(i)], drivingKmh[std::size_t(i)] }) {
            if (!std::isfinite(v) || v <= 0)
                return QCoreApplication::translate("dd::grid", "the speed for %1 cells must be a positive number of km/h")
                    .arg(cellKindKey(CellKind(i)));
        }
    }
    if (!std::isfinite(detourFactor) || detourFactor < 1.0)
        return QCoreApplication::translate("dd::grid", "the detour factor must be at least 1");
    return {};
}

namespace {

using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                    boost::property<boost::edge_weight_t, double>>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Box = bg::model::box<Point>;

Box boundingBox(const Polygon &shape, double grow)
{
    const auto &ring = shape.outer();
    if (ring.empty())
        return Box(Point(0, 0), Point(-1, -1));
    Box box(ring.front(), ring.front());
    for (const Point &p : ring) {
        box.min_corner().x(std::min(box.min_corner().x(), p.x()));
        box.min_corner().y(std::min(box.min_corner().y(), p.y()));
        box.max_corner().x(std::max(box.max_corner().x(), p.x()));
        box.max_corner().y(std::max(box.max_corner().y(), p.y()));
    }
    box.min_corner().x(box.min_corner().x() - grow);
    box.min_corner().y(box.min_corner().y() - grow);
    box.max_corner().x(box.max_corner().x() + grow);
    box.max_corner().y(box.max_corner().y() + grow);
    return box;
}

// Two cells closer than this (degrees, ~0.2 m) are neighbours: imported layers digitised by hand
// leave hairline gaps between cells that are meant to touch.
constexpr double kTouchTolerance = 2e-6;

struct TargetReached
{
};

struct StopAt : boost::default_dijkstra_visitor
{
    Vertex target;
    explicit StopAt(Vertex t)
        : target(t)
    {
    }
    void finish_vertex(Vertex v, const Graph &) const
    {
        if (v == target)
            throw TargetReached {};
    }
};

} // namespace

struct TravelGraph::Data
{
    TravelMode mode = TravelMode::Walking;
    std::vector<QString> ids;
    QHash<QString, int> byId;
    Graph graph;
};

TravelGraph::TravelGraph()
    : d(std::make_shared<Data>())
{
}

TravelGraph::TravelGraph(const std::vector<TravelCell> &cells, TravelMode mode, const TravelSpeeds &speeds)
{
    std::vector<QString> ids;
    std::vector<Point> centroids;
    std::vector<CellKind> kinds;
    ids.reserve(cells.size());
    centroids.reserve(cells.size());
    kinds.reserve(cells.size());

    // Project around the middle of all cells so that distances are in metres.
    double sx = 0, sy = 0;
    std::vector<Point> lonLat(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (!cells[i].shape.outer().empty())
            bg::centroid(cells[i].shape, lonLat[i]);
        sx += lonLat[i].x();
        sy += lonLat[i].y();
    }
    const double n = cells.empty() ? 1.0 : double(cells.size());
    const LocalProjection projection(Point(sx / n, sy / n));

    using Value = std::pair<Box, int>;
    std::vector<Value> boxes;
    boxes.reserve(cells.size());
    for (std::size_t i = 0; i < cells.size(); ++i) {
        ids.push_back(cells[i].id);
        centroids.push_back(projection.toMetres(lonLat[i]));
        kinds.push_back(cells[i].kind);
        boxes.emplace_back(boundingBox(cells[i].shape, kTouchTolerance), int(i));
    }
    const bgi::rtree<Value, bgi::rstar<16>> tree(boxes.begin(), boxes.end());

    std::vector<std::pair<int, int>> adjacent;
    std::vector<Value> hits;
    for (std::size_t i = 0; i < cells.size(); ++i) {
        hits.clear();
        tree.query(bgi::intersects(boxes[i].first), std::back_inserter(hits));
        for (const Value &hit : hits) {
            const auto j = std::size_t(hit.second);
            if (j <= i)
                continue; // each pair once
            if (bg::distance(cells[i].shape, cells[j].shape) <= kTouchTolerance)
                adjacent.emplace_back(int(i), int(j));
        }
    }
    *this = TravelGraph(std::move(ids), std::move(centroids), std::move(kinds), adjacent, mode, speeds);
}

TravelGraph::TravelGraph(std::vector<QString> ids, std::vector<Point> centroidsMetres, std::vector<CellKind> kinds,
                         const std::vector<std::pair<int, int>> &adjacent, TravelMode mode, const TravelSpeeds &speeds)
{
    auto data = std::make_shared<Data>();
    data->mode = mode;
    const std::size_t n = std::min({ ids.size(), centroidsMetres.size(), kinds.size() });
    ids.resize(n);
    data->ids = std::move(ids);
    data->byId.reserve(int(n));
    for (std::size_t i = 0; i < n; ++i)
        data->byId.insert(data->ids[i], int(i));
    data->graph = Graph(n);
    const TravelSpeeds usable = speeds.validate().isEmpty() ? speeds : TravelSpeeds {};
    if (!speeds.validate().isEmpty())
        qCWarning(lcGrid) << "travel graph: unusable speeds, defaults used:" << speeds.validate();
    for (const auto &[a, b] : adjacent) {
        if (a == b || a < 0 || b < 0 || std::size_t(a) >= n || std::size_t(b) >= n)
            continue;
        const double metres = bg::distance(centroidsMetres[std::size_t(a)], centroidsMetres[std::size_t(b)])
            * usable.detourFactor;
        // km/h → metres per minute: × 1000 / 60.
        const double va = usable.kmh(mode, kinds[std::size_t(a)]) * 1000.0 / 60.0;
        const double vb = usable.kmh(mode, kinds[std::size_t(b)]) * 1000.0 / 60.0;
        const double minutes = metres / 2.0 / va + metres / 2.0 / vb;
        boost::add_edge(Vertex(a), Vertex(b), minutes, data->graph);
    }
    d = std::move(data);
}

std::size_t TravelGraph::size() const
{
    return d->ids.size();
}

TravelMode TravelGraph::mode() const
{
    return d->mode;
}

int TravelGraph::indexOf(const QString &id) const
{
    return d->byId.value(id, -1);
}

const QString &TravelGraph::id(int index) const
{
    return d->ids[std::size_t(index)];
}

std::vector<int> TravelGraph::neighbours(int index) const
{
    std::vector<int> out;
    if (index < 0 || std::size_t(index) >= size())
        return out;
    for (auto [it, end] = boost::adjacent_vertices(Vertex(index), d->graph); it != end; ++it)
        out.push_back(int(*it));
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::size_t TravelGraph::edgeCount() const
{
    return boost::num_edges(d->graph);
}

std::vector<double> TravelGraph::minutesFrom(int from) const
{
    std::vector<double> distance(size(), kUnreachable);
    if (from < 0 || std::size_t(from) >= size())
        return distance;
    boost::dijkstra_shortest_paths(d->graph, Vertex(from),
                                   boost::distance_map(boost::make_iterator_property_map(
                                       distance.begin(), boost::get(boost::vertex_index, d->graph)))
                                       .distance_inf(kUnreachable));
    return distance;
}

std::vector<double> TravelGraph::minutesFrom(const QString &fromId) const
{
    return minutesFrom(indexOf(fromId));
}

double TravelGraph::minutes(int from, int to) const
{
    if (from < 0 || to < 0 || std::size_t(from) >= size() || std::size_t(to) >= size())
        return kUnreachable;
    if (from == to)
        return 0.0;
    std::vector<double> distance(size(), kUnreachable);
    try {
        boost::dijkstra_shortest_paths(d->graph, Vertex(from),
                                       boost::distance_map(boost::make_iterator_property_map(
                                                               distance.begin(), boost::get(boost::vertex_index, d->graph)))
                                           .distance_inf(kUnreachable)
                                           .visitor(StopAt(Vertex(to))));
    } catch (const TargetReached &) {
        // settled: distance[to] is final
    }
    return distance[std::size_t(to)];
}

double TravelGraph::minutes(const QString &fromId, const QString &toId) const
{
    return minutes(indexOf(fromId), indexOf(toId));
}

} // namespace dd::grid
