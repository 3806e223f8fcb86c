// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/latticeunion.h"

#include <algorithm>
#include <boost/geometry/algorithms/within.hpp>
#include <cstdint>
#include <unordered_map>
#include <unordered_set>

namespace bg = boost::geometry;

namespace dd::grid {

namespace {

// Directions of boundary edges; the edge always has its cell on the right.
enum Direction : std::uint8_t { North = 1, East = 2, South = 4, West = 8 };

std::uint64_t key(int x, int y)
{
    return (static_cast<std::uint64_t>(static_cast<std::uint32_t>(x)) << 32) | static_cast<std::uint32_t>(y);
}

struct Vertex
{
    int x = 0;
    int y = 0;
    friend bool operator==(const Vertex &, const Vertex &) = default;
};

Vertex step(Vertex v, std::uint8_t direction)
{
    switch (direction) {
    case North:
        return { v.x, v.y + 1 };
    case East:
        return { v.x + 1, v.y };
    case South:
        return { v.x, v.y - 1 };
    default:
        return { v.x - 1, v.y };
    }
}

std::uint8_t rightOf(std::uint8_t direction)
{
    return direction == West ? std::uint8_t(North) : static_cast<std::uint8_t>(direction << 1);
}

// Twice the signed area; negative for clockwise rings (y up).
long long doubleArea(const std::vector<Vertex> &ring)
{
    long long sum = 0;
    for (std::size_t i = 0; i < ring.size(); ++i) {
        const Vertex &a = ring[i];
        const Vertex &b = ring[(i + 1) % ring.size()];
        sum += static_cast<long long>(a.x) * b.y - static_cast<long long>(b.x) * a.y;
    }
    return sum;
}

std::vector<Vertex> withoutCollinear(const std::vector<Vertex> &ring)
{
    std::vector<Vertex> out;
    const std::size_t n = ring.size();
    for (std::size_t i = 0; i < n; ++i) {
        const Vertex &prev = ring[(i + n - 1) % n];
        const Vertex &cur = ring[i];
        const Vertex &next = ring[(i + 1) % n];
        const long long cross = static_cast<long long>(cur.x - prev.x) * (next.y - cur.y)
            - static_cast<long long>(cur.y - prev.y) * (next.x - cur.x);
        if (cross != 0)
            out.push_back(cur);
    }
    return out;
}

Polygon::ring_type toRing(const std::vector<Vertex> &vertices)
{
    Polygon::ring_type ring;
    ring.reserve(vertices.size() + 1);
    for (const Vertex &v : vertices)
        ring.push_back(Point(v.x, v.y));
    ring.push_back(ring.front());
    return ring;
}

} // namespace

MultiPolygon latticeUnion(const std::vector<LatticeCell> &cells)
{
    std::unordered_set<std::uint64_t> present;
    present.reserve(cells.size() * 2);
    for (const LatticeCell &c : cells)
        present.insert(key(c.column, c.row));
    auto has = [&](int x, int y) { return present.count(key(x, y)) != 0; };

    // Outgoing boundary edges per lattice vertex. Edges shared by two cells cancel by never being
    // emitted; what remains is the boundary, each edge directed with its cell on the right.
    std::unordered_map<std::uint64_t, std::uint8_t> outgoing;
    std::vector<Vertex> starts;
    auto addEdge = [&](int x, int y, std::uint8_t direction) {
        std::uint8_t &mask = outgoing[key(x, y)];
        if (mask == 0)
            starts.push_back({ x, y });
        mask |= direction;
    };
    for (const LatticeCell &c : cells) {
        const int x = c.column;
        const int y = c.row;
        if (!has(x - 1, y))
            addEdge(x, y, North);
        if (!has(x, y + 1))
            addEdge(x, y + 1, East);
        if (!has(x + 1, y))
            addEdge(x + 1, y + 1, South);
        if (!has(x, y - 1))
            addEdge(x + 1, y, West);
    }
    std::sort(starts.begin(), starts.end(),
              [](const Vertex &a, const Vertex &b) { return a.y != b.y ? a.y < b.y : a.x < b.x; });
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());

    // At a vertex where two cells of the set touch diagonally there are two ways on; turning right
    // hugs the cell already followed, so each ring bounds one 4-connected group.
    auto nextDirection = [&](Vertex at, std::uint8_t incoming) -> std::uint8_t {
        const std::uint8_t mask = outgoing.at(key(at.x, at.y));
        if (mask & rightOf(incoming) && (mask & (mask - 1)))
            return rightOf(incoming);
        for (std::uint8_t d : { North, East, South, West }) {
            if (mask & d)
                return d;
        }
        return 0;
    };

    std::unordered_set<std::uint64_t> usedEdges; // key of (vertex, direction)
    auto edgeKey = [](Vertex v, std::uint8_t d) { return key(v.x, v.y) * 16u + d; };

    std::vector<std::vector<Vertex>> exteriors;
    std::vector<std::vector<Vertex>> holes;
    for (const Vertex &start : starts) {
        const std::uint8_t startMask = outgoing.at(key(start.x, start.y));
        for (std::uint8_t firstDirection : { North, East, South, West }) {
            if (!(startMask & firstDirection) || usedEdges.count(edgeKey(start, firstDirection)))
                continue;
            // Walk one closed boundary, then split it where it passes a vertex twice (a hole
            // that touches the exterior, or two holes touching) into simple rings.
            std::vector<Vertex> walk;
            Vertex at = start;
            std::uint8_t direction = firstDirection;
            do {
                usedEdges.insert(edgeKey(at, direction));
                walk.push_back(at);
                at = step(at, direction);
                direction = nextDirection(at, direction);
            } while (!(at == start && direction == firstDirection) && !usedEdges.count(edgeKey(at, direction)));

            std::vector<Vertex> stack;
            std::unordered_map<std::uint64_t, std::size_t> position;
            auto emitRing = [&](std::vector<Vertex> ring) {
                ring = withoutCollinear(ring);
                if (ring.size() < 4)
                    return;
                (doubleArea(ring) < 0 ? exteriors : holes).push_back(std::move(ring));
            };
            for (const Vertex &v : walk) {
                const auto found = position.find(key(v.x, v.y));
                if (found == position.end()) {
                    position.emplace(key(v.x, v.y), stack.size());
                    stack.push_back(v);
                    continue;
                }
                const std::size_t from = found->second;
                std::vector<Vertex> ring(stack.begin() + static_cast<std::ptrdiff_t>(from), stack.end());
                for (std::size_t i = from + 1; i < stack.size(); ++i)
                    position.erase(key(stack[i].x, stack[i].y));
                stack.resize(from + 1);
                emitRing(std::move(ring));
            }
            emitRing(std::move(stack));
        }
    }

    MultiPolygon result;
    result.reserve(exteriors.size());
    std::vector<double> areas;
    for (const auto &exterior : exteriors) {
        Polygon polygon;
        polygon.outer() = toRing(exterior);
        result.push_back(std::move(polygon));
        areas.push_back(-0.5 * static_cast<double>(doubleArea(exterior)));
    }
    // A hole belongs to the smallest exterior around it (exteriors around a point are nested).
    // Its first edge has a cell of the set on the right; that cell's centre is the probe.
    for (const auto &hole : holes) {
        const Vertex a = hole[0];
        const Vertex b = hole[1];
        const int dx = (b.x > a.x) - (b.x < a.x);
        const int dy = (b.y > a.y) - (b.y < a.y);
        // Right of direction (dx, dy) is (dy, -dx); step half a unit along and half a unit right.
        const Point probe(a.x + 0.5 * dx + 0.5 * dy, a.y + 0.5 * dy - 0.5 * dx);
        std::size_t best = result.size();
        for (std::size_t i = 0; i < result.size(); ++i) {
            if ((best == result.size() || areas[i] < areas[best]) && bg::within(probe, result[i].outer()))
                best = i;
        }
        if (best < result.size())
            result[best].inners().push_back(toRing(hole));
    }
    return result;
}

} // namespace dd::grid
