// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/successive_shortest_path_nonnegative_weights.hpp>

#include <cstddef>

namespace dd::scheduling {

// A flow network for boost::successive_shortest_path_nonnegative_weights (a minimum-cost maximum flow):
// arcs with a capacity and a non-negative cost, each with the reverse arc Boost needs. Used by the day
// re-assignment (dayassignment.h) and by the roster's post assignment (data/roster).
class MinCostFlow
{
    using Traits = boost::adjacency_list_traits<boost::vecS, boost::vecS, boost::directedS>;
    using Graph = boost::adjacency_list<
        boost::vecS, boost::vecS, boost::directedS, boost::no_property,
        boost::property<boost::edge_capacity_t, long,
                        boost::property<boost::edge_residual_capacity_t, long,
                                        boost::property<boost::edge_reverse_t, Traits::edge_descriptor,
                                                        boost::property<boost::edge_weight_t, long>>>>>;

public:
    using Arc = Traits::edge_descriptor;

    explicit MinCostFlow(std::size_t vertices) : m_graph(vertices) {}

    Arc addArc(std::size_t from, std::size_t to, long capacity, long cost)
    {
        auto cap = boost::get(boost::edge_capacity, m_graph);
        auto reverse = boost::get(boost::edge_reverse, m_graph);
        auto weight = boost::get(boost::edge_weight, m_graph);
        const Arc e = boost::add_edge(from, to, m_graph).first;
        const Arc r = boost::add_edge(to, from, m_graph).first;
        cap[e] = capacity;
        cap[r] = 0;
        weight[e] = cost;
        weight[r] = -cost;
        reverse[e] = r;
        reverse[r] = e;
        return e;
    }

    // The cheapest of the maximum flows from source to sink.
    void solve(std::size_t source, std::size_t sink)
    {
        boost::successive_shortest_path_nonnegative_weights(m_graph, source, sink);
    }

    // Units on an arc after solve().
    long flow(const Arc &e) const
    {
        return boost::get(boost::edge_capacity, m_graph, e) - boost::get(boost::edge_residual_capacity, m_graph, e);
    }

private:
    Graph m_graph;
};

} // namespace dd::scheduling
