// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid/geometry.h"

#include <QString>
#include <boost/geometry/geometries/box.hpp>
#include <memory>
#include <vector>

namespace dd::grid {

struct SchematicCell;

using Box = boost::geometry::model::box<Point>;

// A point-to-cell spatial index (an R*-tree of the cells' bounding boxes, then an exact
// point-in-polygon test). Works for any cell shapes in one coordinate reference, e.g. an imported
// official grid layer, not only squares. Cells are addressed by their position in the input.
// Immutable after construction; const methods may be called from several threads at once.
// A moved-from index behaves as an empty one.
class CellIndex
{
public:
    CellIndex();
    explicit CellIndex(const std::vector<SchematicCell> &cells);
    CellIndex(std::vector<QString> codes, std::vector<Polygon> shapes); // same length
    CellIndex(CellIndex &&) noexcept;
    CellIndex &operator=(CellIndex &&) noexcept;
    ~CellIndex();

    std::size_t size() const { return m_codes.size(); }
    const QString &code(int index) const { return m_codes[static_cast<std::size_t>(index)]; }
    const Polygon &shape(int index) const { return m_shapes[static_cast<std::size_t>(index)]; }

    // The cell whose shape covers the point (boundary included), -1 / empty when none does.
    // A point on an edge shared by several cells belongs to the one that comes first in the input,
    // so every point maps to exactly one cell.
    int indexAt(Point lonLat) const;
    QString cellAt(Point lonLat) const;

    // Indices (ascending) of the cells whose shape intersects the box, boundary included.
    std::vector<int> cellsIn(const Box &box) const;

private:
    struct Tree;
    std::vector<QString> m_codes;
    std::vector<Polygon> m_shapes;
    std::unique_ptr<Tree> m_tree;
};

} // namespace dd::grid
