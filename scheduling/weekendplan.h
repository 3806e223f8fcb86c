// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

#include <vector>

namespace dd::scheduling {

// Who works which weekend, seen over the whole horizon at once: the LP relaxation of the weekend days
// alone. Per officer and weekend a share worked (z, at most maxWeekends in all), per weekend day and
// shift type the officer's share on it (skills, type limits of 0, days off and Saturday-to-Sunday
// successions kept; at most z a day), and the cover rows of the weekend days with their weights. The
// weekdays and every rule that joins them to the weekend (blocks, minutes, requests) are left out,
// so its value is a lower bound of the weekend cover cost only, and a weak one (Instance23: 0).
// Solved by GLPK's interior-point method: Instance22 0.6 s, Instance23 4.1 s (the primal simplex took
// 45 s and the dual 206 s on a first form of 22's LP, with one row per forbidden pair of shifts).
// LocalSearch::followWeekendPlan() uses the shares as guides.
struct WeekendPlan
{
    bool solved = false;
    double value = 0;                          // the LP's value (weekend cover only)
    std::vector<std::vector<double>> worked;   // [officer][weekend index]: the share worked, 0..1
};

// The LP's size in officers x weekends x shift types beyond which planWeekends() does not try. Its
// interior-point solve cannot be interrupted and grows fast: Instance22 (50 x 52 x 10 = 26,000) 0.6 s,
// Instance23 (83,200) 4.1 s, Instance24 (249,600) 34 s. On 23 the plan also misleads (its LP covers
// every weekend shift, so its centre is one of very many optimal plans): 60 s, seeds 2, 4-6, 21263 /
// 21279 / 21037 / 21317 against 21562 / 20545 / 20553 / 20677 without it, and computed before the
// LNS, so that its 4 s did not come out of the consolidation, 22060 / 21516 / 21879 (seeds 4-6).
inline constexpr long long kWeekendPlanMaxSize = 40000;

WeekendPlan planWeekends(const Problem &problem);

} // namespace dd::scheduling
