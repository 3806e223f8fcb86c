// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/dayassignment.h"

#include "scheduling/mincostflow.h"
#include "scheduling/officerplanner.h"
#include "scheduling/problem.h"

#include <algorithm>

namespace dd::scheduling {

std::vector<int> assignDay(const DayAssignmentInput &in)
{
    const int nO = in.officers;
    const int nS = in.shifts;
    // Every officer sends one unit through exactly one option arc and one sink arc, so shifting all
    // option arcs by C and all sink arcs by K changes every solution by the same n(C + K): the costs
    // become non-negative as the algorithm requires without changing the optimum.
    long long minOption = 0, minMarginal = 0;
    for (long long c : in.optionCost)
        if (c < kForbidden)
            minOption = std::min(minOption, c);
    for (const auto &m : in.marginal)
        for (long long c : m)
            minMarginal = std::min(minMarginal, c);
    const long C = long(-minOption), K = long(-minMarginal);
    const std::size_t source = 0, sink = 1, firstOfficer = 2;
    const std::size_t firstOption = firstOfficer + std::size_t(nO);  // option 0 = off, 1.. = shifts
    MinCostFlow g(2 + std::size_t(nO + nS + 1));
    std::vector<std::vector<std::pair<int, MinCostFlow::Arc>>> options(static_cast<std::size_t>(nO));
    for (int o = 0; o < nO; ++o) {
        g.addArc(source, firstOfficer + std::size_t(o), 1, 0);
        for (int s = -1; s < nS; ++s) {
            const long long c = in.optionCost[std::size_t(o * (nS + 1) + s + 1)];
            if (c >= kForbidden)
                continue;
            options[std::size_t(o)].emplace_back(s, g.addArc(firstOfficer + std::size_t(o), firstOption + std::size_t(s + 1), 1, long(c) + C));
        }
        if (options[std::size_t(o)].empty())
            return {};
    }
    g.addArc(firstOption, sink, nO, K);
    for (int s = 0; s < nS; ++s)
        for (int k = 0; k < nO && k < int(in.marginal[std::size_t(s)].size()); ++k)
            g.addArc(firstOption + std::size_t(s + 1), sink, 1, long(in.marginal[std::size_t(s)][std::size_t(k)]) + K);
    g.solve(source, sink);
    std::vector<int> chosen(std::size_t(nO), kOff);
    for (int o = 0; o < nO; ++o) {
        bool found = false;
        for (const auto &[s, e] : options[std::size_t(o)])
            if (g.flow(e) > 0) {
                chosen[std::size_t(o)] = s;
                found = true;
            }
        if (!found)
            return {};
    }
    return chosen;
}

} // namespace dd::scheduling
