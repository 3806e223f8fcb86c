// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

#include <cstdint>
#include <vector>

namespace dd::scheduling {

// Every officer's cells on two (or three) consecutive days re-chosen at once, exactly: a small integer
// program (GLPK) with one option per officer and choice of cells (a shift or off on each day) that adds
// no hard unit to the officer's own row, and the cover rows of those days at their weights. What a
// single-day re-assignment (dayassignment.h) cannot do: on a weekend, an officer working a late
// shift on Saturday may not work an early one on Sunday, so moving cover from Sunday's late shifts to
// its early ones needs Saturday's shifts to change with it, across officers. Costs seen: cover
// (the demand rows of both days), requests and stability; fairness and patrol teams are not, so a
// caller with those checks the roster itself.
struct DayPairResult
{
    bool changed = false;    // the roster was changed (to a cheaper one, by `gain`)
    long long gain = 0;      // what the two days' cover, requests and stability cost less now
    bool solved = false;     // the integer program ended with a solution (proven or not)
};

// Re-chooses roster's cells on days `day` and `day` + 1 when that lowers their cost; `milliseconds`
// bounds GLPK's branch and bound (the LP relaxation comes first and, when it cannot beat the
// current cells, ends the call). Among equally cheap results, `seed` picks one at random.
DayPairResult reassignDayPair(const Problem &problem, Roster &roster, int day, int milliseconds = 500, std::uint64_t seed = 0);

// The same over `length` consecutive days from `day` (1 to 3; 2 is reassignDayPair()). Three days have
// up to (shift types + 1)^3 options per officer.
DayPairResult reassignDays(const Problem &problem, Roster &roster, int day, int length, int milliseconds = 500, std::uint64_t seed = 0);

// The first days of the pairs worth re-choosing, dearest first: by what the two days' cover, requests
// and stability cost now. Pairs that cost nothing cannot get cheaper and are left out.
std::vector<int> dayPairsByCost(const Problem &problem, const Roster &roster);
// The same for windows of `length` days (their first days).
std::vector<int> dayWindowsByCost(const Problem &problem, const Roster &roster, int length);

} // namespace dd::scheduling
