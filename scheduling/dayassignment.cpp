// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/dayassignment.h"

#include "scheduling/officerplanner.h"
#include "scheduling/problem.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

#include <algorithm>

namespace dd::scheduling {

namespace {

using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
using Graph = boost::adjacency_list<
    boost::vecS, boost::vecS, boost::directedS, boost::no_property,
    boost::property<boost::edge_capacity_t, long,
                    boost::property<boost::edge_residual_capacity_t, long,
                                    boost::property<boost::edge_reverse_t, Traits::edge_descriptor,
                                                    boost::property<boost::edge_weight_t, long>>>>>;

} // namespace

std::vector<int> assignDay(const DayAssignmentInput &in)
{
    const int nO = in.officers;
    const int nS = in.shifts;
    Graph g;
    auto capacity = boost::get(boost::edge_capacity, g);
    auto reverse = boost::get(boost::edge_reverse, g);
    auto weight = boost::get(boost::edge_weight, g);
    auto arc = [&](std::size_t u, std::size_t v, long cap, long w) {
        const auto e = boost::add_edge(u, v, g).first;
        const auto r = boost::add_edge(v, u, g).first;
        capacity[e] = cap;
        capacity[r] = 0;
        weight[e] = w;
        weight[r] = -w;
        reverse[e] = r;
        reverse[r] = e;
        return e;
    };
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
    boost::add_vertex(g);
    boost::add_vertex(g);
    for (int i = 0; i < nO + nS + 1; ++i)
        boost::add_vertex(g);
    std::vector<std::vector<std::pair<int, Traits::edge_descriptor>>> options(static_cast<std::size_t>(nO));
    for (int o = 0; o < nO; ++o) {
        arc(source, firstOfficer + std::size_t(o), 1, 0);
        for (int s = -1; s < nS; ++s) {
            const long long c = in.optionCost[std::size_t(o * (nS + 1) + s + 1)];
            if (c >= kForbidden)
                continue;
            options[std::size_t(o)].emplace_back(s, arc(firstOfficer + std::size_t(o), firstOption + std::size_t(s + 1), 1, long(c) + C));
        }
        if (options[std::size_t(o)].empty())
            return {};
    }
    arc(firstOption, sink, nO, K);
    for (int s = 0; s < nS; ++s)
        for (int k = 0; k < nO && k < int(in.marginal[std::size_t(s)].size()); ++k)
            arc(firstOption + std::size_t(s + 1), sink, 1, long(in.marginal[std::size_t(s)][std::size_t(k)]) + K);
    boost::successive_shortest_path_nonnegative_weights(g, source, sink);
    auto residual = boost::get(boost::edge_residual_capacity, g);
    std::vector<int> chosen(std::size_t(nO), kOff);
    for (int o = 0; o < nO; ++o) {
        bool found = false;
        for (const auto &[s, e] : options[std::size_t(o)])
            if (capacity[e] - residual[e] > 0) {
                chosen[std::size_t(o)] = s;
                found = true;
            }
        if (!found)
            return {};
    }
    return chosen;
}

} // namespace dd::scheduling
