// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/patrolteams.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/maximum_weighted_matching.hpp>

#include <algorithm>

namespace dd::scheduling {

std::vector<PatrolTeam> formPatrolTeams(const std::vector<int> &officers, const std::vector<bool> &certified,
                                        const std::function<int(int, int)> &affinity)
{
    std::vector<int> cert, other;
    for (std::size_t i = 0; i < officers.size(); ++i)
        (certified[i] ? cert : other).push_back(officers[i]);
    if (cert.size() < 2)
        return {};

    using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::undirectedS, boost::no_property,
                                        boost::property<boost::edge_weight_t, long>>;
    Graph g(cert.size());
    // +1 so that every pair is worth matching: a perfect matching (all certified paired) comes first,
    // affinity decides among them.
    const long base = 1;
    long total = 0;
    for (std::size_t a = 0; a < cert.size(); ++a)
        for (std::size_t b = a + 1; b < cert.size(); ++b)
            total += std::max(0, affinity(cert[a], cert[b]));
    // Boost 1.74's maximum_weighted_matching never returns on complete graphs with many equal weights
    // (14 certified officers with the same affinity already hang it; tst_patrolteams). Every edge gets
    // a distinct tie-breaker, the pair's index a·n + b < n², scaled so that the tie-breakers of a whole
    // matching (n/2 pairs, < n³/2) never outweigh one unit of real weight (n³): the matching stays a
    // maximum one for the real weights.
    const long n = long(cert.size());
    const long scale = n * n * n;
    for (std::size_t a = 0; a < cert.size(); ++a)
        for (std::size_t b = a + 1; b < cert.size(); ++b)
            boost::add_edge(a, b,
                            ((total + base) + std::max(0, affinity(cert[a], cert[b]))) * scale + long(a) * n + long(b),
                            g);
    std::vector<boost::graph_traits<Graph>::vertex_descriptor> mate(cert.size());
    boost::maximum_weighted_matching(g, &mate[0]);

    std::vector<PatrolTeam> teams;
    std::vector<int> unpaired;
    for (std::size_t a = 0; a < cert.size(); ++a) {
        const auto m = mate[a];
        if (m == boost::graph_traits<Graph>::null_vertex())
            unpaired.push_back(cert[a]);
        else if (a < m)
            teams.push_back(PatrolTeam{{cert[a], cert[m]}});
    }
    auto smallest = [&teams]() -> PatrolTeam & {
        return *std::min_element(teams.begin(), teams.end(),
                                 [](const PatrolTeam &x, const PatrolTeam &y) { return x.officers.size() < y.officers.size(); });
    };
    for (int o : unpaired)
        smallest().officers.push_back(o);
    for (int o : other)
        smallest().officers.push_back(o);
    return teams;
}

} // namespace dd::scheduling
