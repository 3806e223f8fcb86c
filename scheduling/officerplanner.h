// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

#include <cstdint>
#include <functional>
#include <vector>

namespace dd::scheduling {

// Costs at or above this forbid a cell (leave, pins, a type the officer may not work).
inline constexpr long long kForbidden = std::int64_t(1) << 50;

// Re-plans one officer over a window of days [firstDay, endDay) exactly, as a resource-constrained
// shortest path (boost::r_c_shortest_paths) over a day-by-shift graph. Every cell outside the window
// stays as in `roster`; the plan joins them without breaking a hard rule (successions and rest,
// consecutive work/off blocks, max minutes overall and per week, shift counts, weekends). The minimum
// total minutes is priced instead (minutesShortPenalty per minute below it), so a plan always exists
// when the window can be joined at all, even from an empty start.
struct PlanRequest
{
    int officer = 0;
    int firstDay = 0;
    int endDay = 0;
    const Roster *roster = nullptr;
    std::vector<long long> workCost;   // [(day - firstDay) * shifts + shift]: cost of working it
    std::vector<long long> offCost;    // [day - firstDay]: cost of a day off (kForbidden: must work)
    long long minutesShortPenalty = 1000;
    // Only plans costing at most this are wanted: partial plans that cannot end below it are pruned
    // (a bound from the cheapest cell of each remaining day). No plan is found if none is that cheap.
    long long upperBound = kForbidden;
    // Gives up (no plan) after creating this many labels, so one call stays bounded in time and memory.
    std::size_t maxLabels = 150000;
    // Column generation wants several cheap plans at once: up to this many distinct plans in
    // Plan::plans, cheapest first, each costing at most upperBound. The first is the optimum; the
    // others are the cheapest of those the labelling kept (dominance at the day vertices is exact for
    // the optimum only, so they are not necessarily the 2nd, 3rd... cheapest plans).
    int maxPlans = 1;
    // Polled every few thousand labels; true abandons the call (no plan, gaveUp set): long pricing calls
    // must not outlive a time limit or a cancel.
    std::function<bool()> abort;
};

struct AlternativePlan
{
    long long cost = 0;
    std::vector<int> cells;
};

struct Plan
{
    bool found = false;
    long long cost = 0;              // sum of the chosen cells' costs plus the minutes penalty
    std::vector<int> cells;          // endDay - firstDay cells
    std::size_t labels = 0;          // labels created, a measure of the work done
    bool gaveUp = false;             // maxLabels reached
    std::vector<AlternativePlan> plans;  // with maxPlans > 1: the cheapest plans, best (= cells) first
};

Plan planOfficer(const Problem &problem, const PlanRequest &request);

} // namespace dd::scheduling
