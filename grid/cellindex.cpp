// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/cellindex.h"

#include "grid/schematicdistrict.h"

#include <algorithm>
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/index/rtree.hpp>
#include <iterator>
#include <utility>

namespace bg = boost::geometry;
namespace bgi = boost::geometry::index;

namespace dd::grid {

namespace {

// The exterior ring bounds the polygon. (Written out because bg::envelope trips GCC 12's
// -Wmaybe-uninitialized at -O2, which -Werror turns into a build failure.)
Box boundingBox(const Polygon &shape)
{
    const auto &ring = shape.outer();
    if (ring.empty())
        return Box(Point(0, 0), Point(-1, -1)); // inverted: intersects nothing
    Box box(ring.front(), ring.front());
    for (const Point &p : ring) {
        box.min_corner().x(std::min(box.min_corner().x(), p.x()));
        box.min_corner().y(std::min(box.min_corner().y(), p.y()));
        box.max_corner().x(std::max(box.max_corner().x(), p.x()));
        box.max_corner().y(std::max(box.max_corner().y(), p.y()));
    }
    return box;
}

} // namespace

struct CellIndex::Tree
{
    using Value = std::pair<Box, int>;
    bgi::rtree<Value, bgi::rstar<16>> rtree;
};

CellIndex::CellIndex()
    : m_tree(std::make_unique<Tree>())
{
}

CellIndex::CellIndex(const std::vector<SchematicCell> &cells)
{
    std::vector<QString> codes;
    std::vector<Polygon> shapes;
    codes.reserve(cells.size());
    shapes.reserve(cells.size());
    for (const SchematicCell &cell : cells) {
        codes.push_back(cell.code);
        shapes.push_back(cell.shape);
    }
    *this = CellIndex(std::move(codes), std::move(shapes));
}

CellIndex::CellIndex(std::vector<QString> codes, std::vector<Polygon> shapes)
    : m_codes(std::move(codes))
    , m_shapes(std::move(shapes))
    , m_tree(std::make_unique<Tree>())
{
    m_codes.resize(std::min(m_codes.size(), m_shapes.size()));
    m_shapes.resize(m_codes.size());
    std::vector<Tree::Value> values;
    values.reserve(m_shapes.size());
    for (std::size_t i = 0; i < m_shapes.size(); ++i) {
        values.emplace_back(boundingBox(m_shapes[i]), static_cast<int>(i));
    }
    // The range constructor bulk-loads (packing), faster to build and to query than inserting.
    m_tree->rtree = decltype(m_tree->rtree)(values.begin(), values.end());
}

CellIndex::CellIndex(CellIndex &&) noexcept = default;
CellIndex &CellIndex::operator=(CellIndex &&) noexcept = default;
CellIndex::~CellIndex() = default;

int CellIndex::indexAt(Point lonLat) const
{
    int best = -1;
    if (!m_tree) // moved from
        return best;
    for (auto it = m_tree->rtree.qbegin(bgi::covers(lonLat)); it != m_tree->rtree.qend(); ++it) {
        const int candidate = it->second;
        if ((best < 0 || candidate < best) && bg::covered_by(lonLat, m_shapes[static_cast<std::size_t>(candidate)]))
            best = candidate;
    }
    return best;
}

QString CellIndex::cellAt(Point lonLat) const
{
    const int index = indexAt(lonLat);
    return index < 0 ? QString() : m_codes[static_cast<std::size_t>(index)];
}

std::vector<int> CellIndex::cellsIn(const Box &box) const
{
    std::vector<int> result;
    if (!m_tree) // moved from
        return result;
    for (auto it = m_tree->rtree.qbegin(bgi::intersects(box)); it != m_tree->rtree.qend(); ++it) {
        if (bg::intersects(box, m_shapes[static_cast<std::size_t>(it->second)]))
            result.push_back(it->second);
    }
    std::sort(result.begin(), result.end());
    return result;
}

} // namespace dd::grid
