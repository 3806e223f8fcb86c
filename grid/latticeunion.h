// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid/geometry.h"

#include <vector>

namespace dd::grid {

// A unit square [column, column + 1] × [row, row + 1] of an integer lattice; rows count upwards
// (northwards), like y.
struct LatticeCell
{
    int column = 0;
    int row = 0;

    friend bool operator==(const LatticeCell &, const LatticeCell &) = default;
};

// The union of unit squares, exact, in lattice units, computed by boundary-edge cancellation
// (linear in the number of cells; no polygon clipping). The result is valid by
// boost::geometry::is_valid: one polygon per 4-connected group of cells (groups that touch only
// at a corner are separate polygons touching at that point), clockwise exteriors,
// counter-clockwise holes, no collinear vertices. Duplicate cells are ignored. Deterministic.
MultiPolygon latticeUnion(const std::vector<LatticeCell> &cells);

} // namespace dd::grid
