// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/officerplanner.h"
#include "scheduling/problem.h"

#include <functional>
#include <vector>

namespace dd::scheduling {

// Plans one officer's whole row at once, for horizons too long for planOfficer()'s exact labelling
// (its labels carry the minutes worked so far, and on a year they run into millions).
//
// A dynamic program over days whose state is what the day-to-day rules need: which shifts may follow
// today's (shift types that allow the same successors share a state: Instance24's 32 types make 5),
// the length of the current block of work or days off, and the worked weekends when their limit can
// bind. It keeps exactly: successions and rest (history included), maximum and minimum consecutive
// shifts and days off (the evaluator's blockBreak() exemptions at both ends), the weekend limit, and
// every forbidden cell (kForbidden: leave, pins, skills; a type with a maximum of 0).
//
// The rules that count over the whole horizon or a week are priced instead (Lagrange multipliers):
// - the total minutes, which must land in [min, max]: a price per minute worked, found by bisection
//   (doubling steps until a price gives too few minutes and another too many);
// - shifts of a type over its maximum, and minutes of a week over the weekly maximum: a price that
//   rises while the row breaks the limit.
// The cheapest row under these prices then gets two greedy touches: a type over its maximum swaps
// days to another type of the same length, and minutes up to four shifts outside [min, max] change
// cheapest cells first, each keeping every day-to-day rule (integer costs tie often, so the minutes
// jump as the price moves, and the band is often narrower than one shift). The first row that keeps
// every hard rule of the officer is returned (more rounds found no cheaper row on Instance22 and
// Instance24); none when maxRounds pass without one.
//
// One round costs O(days x weekends x classes x block length x classes): from each state only the
// cheapest shift of each class is relaxed. About 2 ms for a year of Instance24 (5 ms when every
// shift type was relaxed; bench_scheduler --row-planner). A cold start takes 10-20 rounds, a warm
// one (minutePrice from the last plan) 1-3.
struct RowRequest
{
    int officer = 0;
    std::vector<long long> workCost;   // [day * shifts + shift]: cost of working it (kForbidden: may not)
    std::vector<long long> offCost;    // [day]: cost of a day off (kForbidden: must work)
    int maxRounds = 40;
    // Where the price of a minute starts: a caller that plans the same officer again and again (the
    // local search) passes RowPlan::minutePrice of the last plan, and most plans then need a few
    // rounds instead of twenty. `hasMinutePrice` false: from 0.
    bool hasMinutePrice = false;
    double minutePrice = 0;
    std::function<bool()> abort;       // polled every round; true ends with what was found so far
    // Not a rule: added for each weekend the row works on one day only (a guide that makes rows
    // keep their worked weekends whole, see LocalSearch::consolidateWeekends).
    double splitWeekendCost = 0;
    // Not a rule either: [weekend index] added once for each weekend the row works (on either day),
    // a guide that moves worked weekends between weekends (LocalSearch::rebalanceWeekends). Empty:
    // none; weekends beyond its size get none.
    std::vector<double> weekendCost;
};

struct RowPlan
{
    bool found = false;                // cells keep every hard rule of the officer
    long long cost = 0;                // sum of the chosen cells' costs
    std::vector<int> cells;            // one per day when found
    int rounds = 0;
    double minutePrice = 0;            // the price of a minute in the last round
};

RowPlan planRow(const Problem &problem, const RowRequest &request);

} // namespace dd::scheduling
