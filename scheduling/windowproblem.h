// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

namespace dd::scheduling {

// A problem cut down to a window of days [first, end) of a roster, everything outside the window
// fixed to that roster: the large-neighbourhood step of a time decomposition, for horizons too long
// for one column generation (a year). The window's rosters are exactly the full problem's rosters that
// agree with the given one outside the window, at the same objective up to a constant:
// - what the days before the window did becomes history (last shift, running block; a block that
//   reaches back to day 0 without history counts as long enough, as it is exempt in the full problem);
// - limits over the horizon (total minutes, shifts of a type, worked weekends) lose what the cells
//   outside use;
// - a tail of pinned days after the window (the given cells, whole weeks, at least as long as any
//   block rule) carries the successions and block rules across the window's end;
// - demand rows and requests are those of the window's days (the tail's are constant).
// first and end are moved to week boundaries (weekly minutes and weekends then never straddle).
// Exact for objectives that are sums over officers and demand rows (ColumnGeneration::applicable: no
// fairness, which counts over the whole horizon and every officer; no patrol rule when only some
// officers are free, since the fixed officers' patrol presence is not carried over).
// With `officers` given (distinct indices, in the order the window problem numbers them), only those
// are free: the others' cells are fixed everywhere, their cover
// taken off the demand rows (minimum, target and maximum lowered by the fixed officers counted, never
// below zero, which keeps every row's cost exact up to a constant).
struct WindowProblem
{
    Problem problem;
    std::vector<int> officers;   // the full problem's index of each officer of `problem`
    int first = 0;     // the window's first day in the full problem
    int end = 0;       // one past its last day
    int tail = 0;      // pinned days after it inside `problem`
    Roster start;      // the given roster's cells of [first, end + tail): a roster of `problem`
};

WindowProblem restrictToWindow(const Problem &full, const Roster &roster, int first, int end,
                               const std::vector<int> &officers = {});

// Writes the window's cells of `windowRoster` (a roster of w.problem) into `roster`.
void spliceWindow(Roster &roster, const WindowProblem &w, const Roster &windowRoster);

} // namespace dd::scheduling
