// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/officerplanner.h"

#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/r_c_shortest_paths.hpp>

#include <algorithm>
#include <array>
#include <climits>
#include <cstring>
#include <unordered_map>

namespace dd::scheduling {

namespace {

constexpr int kSource = -2;
constexpr int kSink = -3;
constexpr int kMaxTracked = 32;

struct Node
{
    int day = 0;      // absolute day; for the sink, endDay
    int shift = kOff; // kOff, a shift, kSource or kSink
};
struct Arc
{
    int index = 0;
};
using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, Node, Arc>;

// The resources of a partial schedule. Ordered by day first so the labelling runs day by day: every
// label of a day is extended (and dominance-checked) before the next day, and all sink labels exist
// before the first is popped.
struct Res
{
    long long cost = 0;
    int day = -1;
    int cw = 0;            // consecutive worked days ending today (0 if off today)
    int co = 0;            // consecutive days off ending today (0 if working)
    bool cwExempt = false; // the current block touches day 0 without history
    bool coExempt = false;
    int minutes = 0;       // total, including the cells outside the window
    int weekMinutes = 0;   // this calendar week, including outside cells
    int weekends = 0;      // worked weekends, including outside
    std::array<std::uint8_t, kMaxTracked> count{};  // tracked shift types, including outside

    bool operator<(const Res &o) const { return day != o.day ? day < o.day : cost < o.cost; }
    bool operator==(const Res &o) const
    {
        return cost == o.cost && day == o.day && cw == o.cw && co == o.co && cwExempt == o.cwExempt
            && coExempt == o.coExempt && minutes == o.minutes && weekMinutes == o.weekMinutes
            && weekends == o.weekends && count == o.count;
    }
};

// The state of a label at a vertex without its cost: two labels with equal keys at one vertex differ
// only in cost, so the cheaper one dominates the other exactly (whatever else dominates it dominates
// the other too). Fields whose limit cannot bind are zeroed so that they do not split keys.
struct StateKey
{
    std::size_t vertex = 0;
    int cw = 0, co = 0, flags = 0, minutes = 0, weekMinutes = 0, weekends = 0;
    std::array<std::uint8_t, kMaxTracked> count{};
    bool operator==(const StateKey &o) const
    {
        return vertex == o.vertex && cw == o.cw && co == o.co && flags == o.flags && minutes == o.minutes
            && weekMinutes == o.weekMinutes && weekends == o.weekends && count == o.count;
    }
};
struct StateKeyHash
{
    std::size_t operator()(const StateKey &k) const
    {
        std::uint64_t h = 1469598103934665603ULL;
        auto mix = [&h](std::uint64_t x) { h = (h ^ x) * 1099511628211ULL; };
        mix(k.vertex);
        mix(std::uint64_t(std::uint32_t(k.cw)) | std::uint64_t(std::uint32_t(k.co)) << 32);
        mix(std::uint64_t(std::uint32_t(k.minutes)) | std::uint64_t(std::uint32_t(k.weekMinutes)) << 32);
        mix(std::uint64_t(std::uint32_t(k.weekends)) | std::uint64_t(std::uint32_t(k.flags)) << 32);
        for (std::size_t i = 0; i < kMaxTracked; i += 8) {
            std::uint64_t w = 0;
            std::memcpy(&w, k.count.data() + i, 8);
            mix(w);
        }
        return std::size_t(h ^ (h >> 29));
    }
};
using SeenStates = std::unordered_map<StateKey, long long, StateKeyHash>;

struct Context
{
    const Problem *p = nullptr;
    const Officer *of = nullptr;
    const PlanRequest *rq = nullptr;
    int nS = 0;
    int first = 0, end = 0, H = 0;
    int prefixShift = kOff;                 // shift on firstDay - 1 (or history), kOff if none/off
    bool prefixKnown = false;               // is there a day before the window (or history)?
    // The suffix's leading block, when endDay < H.
    int suffixShift = kOff;
    int suffixLength = 0;
    bool suffixTouchesEnd = false;
    std::vector<int> outsideWeekMinutes;
    std::vector<char> outsideWeekendWorked;
    std::vector<int> tracked;               // shift -> tracked slot or -1
    std::vector<int> trackedLimit;          // slot -> max count
    int maxLenRemainingFrom(int day) const { return (end - day) * maxLength; }
    int maxLength = 0;
    int minCons = 1, maxCons = INT_MAX, minOff = 1, maxMinutes = INT_MAX, maxWeekly = INT_MAX, maxWeekends = INT_MAX;
    int minMinutes = 0;
    int maxPlans = 1;
    std::vector<long long> remainingLowerBound;   // [rel]: sum over days rel.. of the cheapest cell
};

class Extend
{
public:
    Extend(const Context *c, SeenStates *seen, std::vector<long long> *sinkCosts)
        : m_c(c), m_seen(seen), m_sinkCosts(sinkCosts)
    {}

    // Extends a label, then drops it at once when a label with the same state and no higher cost
    // already reached the vertex (Boost's pairwise dominance would remove it later, after scanning
    // the vertex's whole label list; most labels of a vertex are such exact duplicates).
    bool operator()(const Graph &g, Res &next, const Res &prev, boost::graph_traits<Graph>::edge_descriptor e) const
    {
        if (!extend(g, next, prev, e))
            return false;
        const Context &c = *m_c;
        if (next.day >= c.end)
            return keepAtSink(next.cost);
        StateKey k;
        k.vertex = boost::target(e, g);
        k.cw = next.cw;
        k.co = next.co;
        k.flags = (next.cwExempt ? 1 : 0) | (next.coExempt ? 2 : 0);
        k.minutes = next.minutes;
        k.weekMinutes = c.maxWeekly != INT_MAX ? next.weekMinutes : 0;
        k.weekends = c.maxWeekends != INT_MAX ? next.weekends : 0;
        k.count = next.count;
        const auto [it, inserted] = m_seen->try_emplace(k, next.cost);
        if (inserted)
            return true;
        if (it->second <= next.cost)
            return false;
        it->second = next.cost;
        return true;
    }

private:
    // With several plans wanted, the sink keeps every finished schedule (no dominance there), so
    // the k cheapest costs seen so far (a max-heap) refuse a plan that cannot be among the k best.
    bool keepAtSink(long long cost) const
    {
        const Context &c = *m_c;
        if (c.maxPlans <= 1)
            return true;
        auto &heap = *m_sinkCosts;
        if (int(heap.size()) < c.maxPlans) {
            heap.push_back(cost);
            std::push_heap(heap.begin(), heap.end());
            return true;
        }
        if (cost >= heap.front())
            return false;
        std::pop_heap(heap.begin(), heap.end());
        heap.back() = cost;
        std::push_heap(heap.begin(), heap.end());
        return true;
    }

    bool extend(const Graph &g, Res &next, const Res &prev, boost::graph_traits<Graph>::edge_descriptor e) const
    {
        const Context &c = *m_c;
        const Node &u = g[boost::source(e, g)];
        const Node &v = g[boost::target(e, g)];
        next = prev;
        next.day = v.day;
        const bool fromSource = u.shift == kSource;
        // The state before v: prevWork is whether the day before v was worked.
        const int prevShift = fromSource ? c.prefixShift : u.shift;
        const bool prevWork = prevShift >= 0;
        if (v.shift == kSink) {
            if (c.end < c.H)
                if (!joinSuffix(u, prev))
                    return false;
            if (prev.minutes < c.minMinutes)
                next.cost += c.rq->minutesShortPenalty * (c.minMinutes - prev.minutes);
            return true;
        }
        const int rel = v.day - c.first;
        {
            const long long cell = v.shift == kOff ? c.rq->offCost[std::size_t(rel)]
                                                   : c.rq->workCost[std::size_t(rel * c.nS + v.shift)];
            if (prev.cost + cell + c.remainingLowerBound[std::size_t(rel + 1)] > c.rq->upperBound)
                return false;
        }
        if (fromSource || c.p->weekIndex(v.day) != c.p->weekIndex(v.day - 1))
            next.weekMinutes = c.outsideWeekMinutes[std::size_t(c.p->weekIndex(v.day))];
        if (v.shift == kOff) {
            next.cost += c.rq->offCost[std::size_t(rel)];
            if (prevWork) {
                if (!prev.cwExempt && prev.cw < c.minCons)
                    return false;
                next.co = 1;
                next.coExempt = false;
            } else {
                next.co = prev.co + 1;
                if (prev.co == 0) // nothing before: the first block of the horizon
                    next.coExempt = v.day == 0 && !c.of->history.known;
            }
            next.cw = 0;
            next.cwExempt = false;
            return true;
        }
        next.cost += c.rq->workCost[std::size_t(rel * c.nS + v.shift)];
        if (prevWork) {
            if (!c.p->canFollow(prevShift, v.shift))
                return false;
            next.cw = prev.cw + 1;
        } else {
            if (prev.co > 0 && !prev.coExempt && prev.co < c.minOff)
                return false;
            next.cw = 1;
            next.cwExempt = v.day == 0 && !c.of->history.known;
        }
        next.co = 0;
        next.coExempt = false;
        if (next.cw > c.maxCons)
            return false;
        const int len = c.p->shifts[std::size_t(v.shift)].lengthMinutes;
        next.minutes += len;
        if (next.minutes > c.maxMinutes)
            return false;
        next.weekMinutes += len;
        if (next.weekMinutes > c.maxWeekly)
            return false;
        const int slot = c.tracked[std::size_t(v.shift)];
        if (slot >= 0) {
            if (next.count[std::size_t(slot)] + 1 > c.trackedLimit[std::size_t(slot)])
                return false;
            next.count[std::size_t(slot)] += 1;
        }
        if (c.p->isWeekend(v.day)) {
            const int w = c.p->weekendIndex(v.day);
            const bool already = c.outsideWeekendWorked[std::size_t(w)]
                || (!fromSource && u.shift >= 0 && c.p->isWeekend(u.day) && c.p->weekendIndex(u.day) == w);
            if (!already && ++next.weekends > c.maxWeekends)
                return false;
        }
        return true;
    }

    bool joinSuffix(const Node &u, const Res &r) const
    {
        const Context &c = *m_c;
        const bool work = u.shift >= 0;
        const bool sufWork = c.suffixShift >= 0;
        if (work && sufWork) {
            if (!c.p->canFollow(u.shift, c.suffixShift))
                return false;
            const int block = r.cw + c.suffixLength;
            if (block > c.maxCons)
                return false;
            return c.suffixTouchesEnd || r.cwExempt || block >= c.minCons;
        }
        if (work && !sufWork)
            return (r.cwExempt || r.cw >= c.minCons) && (c.suffixTouchesEnd || c.suffixLength >= c.minOff);
        if (!work && !sufWork)
            return c.suffixTouchesEnd || r.coExempt || r.co + c.suffixLength >= c.minOff;
        return (r.coExempt || r.co >= c.minOff) && (c.suffixTouchesEnd || c.suffixLength >= c.minCons);
    }

    const Context *m_c;
    SeenStates *m_seen;
    std::vector<long long> *m_sinkCosts;
};

class Dominates
{
public:
    Dominates(const Context *c, const Graph *g) : m_c(c), m_g(g) {}

    bool operator()(const Res &a, const Res &b) const
    {
        if (a.cost > b.cost)
            return false;
        const Context &c = *m_c;
        if (a.day >= c.end) // sink: every label there is a finished schedule, all kept when several are wanted
            return c.maxPlans <= 1;
        if (a.cw > 0 || b.cw > 0) {
            const bool okA = a.cwExempt || a.cw >= c.minCons;
            const bool okB = b.cwExempt || b.cw >= c.minCons;
            if (!(okA ? a.cw <= b.cw : (!okB && a.cw == b.cw)))
                return false;
        } else {
            const bool okA = a.coExempt || a.co >= c.minOff;
            const bool okB = b.coExempt || b.co >= c.minOff;
            if (!(okA ? a.co <= b.co : (!okB && a.co == b.co)))
                return false;
        }
        if (a.minutes != b.minutes) {
            const bool lowerOk = a.minutes < b.minutes && a.minutes >= c.minMinutes;
            const bool higherOk = a.minutes > b.minutes && a.minutes + c.maxLenRemainingFrom(a.day + 1) <= c.maxMinutes;
            if (!lowerOk && !higherOk)
                return false;
        }
        // A higher count only hurts if its limit can still bind in the days left.
        const int daysLeft = c.end - 1 - a.day;
        if (a.weekMinutes > b.weekMinutes && c.maxWeekly != INT_MAX)
            return false;
        if (c.maxWeekends != INT_MAX && a.weekends > b.weekends && c.maxWeekends - a.weekends < (daysLeft + 6) / 7 + 1)
            return false;
        for (std::size_t k = 0; k < c.trackedLimit.size(); ++k)
            if (a.count[k] > b.count[k] && c.trackedLimit[k] - a.count[k] < daysLeft)
                return false;
        return true;
    }

private:
    const Context *m_c;
    const Graph *m_g;
};

// Counts the labels created: the work a plan took, reported to benchmarks.
struct LabelCounter : boost::default_r_c_shortest_paths_visitor
{
    std::size_t *labels;
    std::size_t limit;
    const std::function<bool()> *abort;
    std::size_t *loops;
    bool *aborted;
    LabelCounter(std::size_t *l, std::size_t max, const std::function<bool()> *a, std::size_t *n, bool *stop)
        : labels(l), limit(max), abort(a), loops(n), aborted(stop)
    {}
    template<class Label, class G>
    void on_label_feasible(const Label &, const G &) { ++*labels; }
    template<class Queue, class G>
    bool on_enter_loop(const Queue &, const G &) const
    {
        if (*abort && (++*loops & 4095) == 0 && (*abort)())
            *aborted = true;
        return *labels < limit && !*aborted;
    }
};

} // namespace

Plan planOfficer(const Problem &p, const PlanRequest &rq)
{
    Plan plan;
    Context c;
    c.p = &p;
    c.rq = &rq;
    c.of = &p.officers[std::size_t(rq.officer)];
    const Officer &of = *c.of;
    const auto &row = (*rq.roster)[std::size_t(rq.officer)];
    c.nS = int(p.shifts.size());
    c.first = rq.firstDay;
    c.end = rq.endDay;
    c.H = p.days;
    for (const ShiftType &s : p.shifts)
        c.maxLength = std::max(c.maxLength, s.lengthMinutes);
    c.minCons = std::max(1, of.minConsecutiveShifts);
    c.minOff = std::max(1, of.minConsecutiveDaysOff);
    if (of.maxConsecutiveShifts != kUnlimited)
        c.maxCons = of.maxConsecutiveShifts;
    if (of.maxTotalMinutes != kUnlimited)
        c.maxMinutes = of.maxTotalMinutes;
    if (of.maxWeeklyMinutes != kUnlimited)
        c.maxWeekly = of.maxWeeklyMinutes;
    // A weekend limit no roster of the horizon can reach is no limit: tracking it would only split the
    // labels by their weekend counts (a year with a limit of 52: 11 s of construction against 0.3 s).
    if (of.maxWeekends != kUnlimited && p.days > 0 && of.maxWeekends < p.weekendIndex(p.days - 1) + 1)
        c.maxWeekends = of.maxWeekends;
    c.minMinutes = of.minTotalMinutes;
    c.maxPlans = std::max(1, rq.maxPlans);

    // What the cells outside the window already use.
    Res start;
    start.day = c.first - 1;
    const int weeks = p.weekIndex(p.days - 1) + 1;
    c.outsideWeekMinutes.assign(std::size_t(weeks), 0);
    c.outsideWeekendWorked.assign(std::size_t(weeks + 1), 0);
    std::vector<int> outsideCount(std::size_t(c.nS), 0);
    for (int d = 0; d < p.days; ++d) {
        if (d >= c.first && d < c.end)
            continue;
        const int s = row[std::size_t(d)];
        if (s == kOff)
            continue;
        start.minutes += p.shifts[std::size_t(s)].lengthMinutes;
        c.outsideWeekMinutes[std::size_t(p.weekIndex(d))] += p.shifts[std::size_t(s)].lengthMinutes;
        outsideCount[std::size_t(s)] += 1;
        if (p.isWeekend(d))
            c.outsideWeekendWorked[std::size_t(p.weekendIndex(d))] = 1;
    }
    for (char w : c.outsideWeekendWorked)
        start.weekends += w;
    c.tracked.assign(std::size_t(c.nS), -1);
    std::vector<bool> typeAllowed(std::size_t(c.nS), true);
    const int window = c.end - c.first;
    for (int t = 0; t < c.nS; ++t) {
        const int mx = t < int(of.maxShifts.size()) ? of.maxShifts[std::size_t(t)] : kUnlimited;
        if (mx == kUnlimited)
            continue;
        const int remaining = mx - outsideCount[std::size_t(t)];
        if (remaining <= 0)
            typeAllowed[std::size_t(t)] = false;
        else if (remaining < window && int(c.trackedLimit.size()) < kMaxTracked) {
            c.tracked[std::size_t(t)] = int(c.trackedLimit.size());
            c.trackedLimit.push_back(remaining);
        }
    }

    // The block running into the window from the left.
    if (c.first > 0) {
        c.prefixKnown = true;
        c.prefixShift = row[std::size_t(c.first - 1)];
        const bool work = c.prefixShift != kOff;
        int d = c.first - 1;
        int len = 0;
        while (d >= 0 && (row[std::size_t(d)] != kOff) == work) {
            ++len;
            --d;
        }
        bool exempt = d < 0 && !of.history.known;
        if (d < 0 && of.history.known)
            len += work ? of.history.consecutiveWorked : of.history.consecutiveOff;
        if (work) {
            start.cw = len;
            start.cwExempt = exempt;
        } else {
            start.co = len;
            start.coExempt = exempt;
        }
    } else if (of.history.known) {
        c.prefixKnown = true;
        c.prefixShift = of.history.lastShift;
        start.cw = of.history.lastShift != kOff ? std::max(1, of.history.consecutiveWorked) : 0;
        start.co = of.history.lastShift == kOff ? of.history.consecutiveOff : 0;
    }
    if (c.end < c.H) {
        c.suffixShift = row[std::size_t(c.end)];
        const bool work = c.suffixShift != kOff;
        int d = c.end;
        while (d < c.H && (row[std::size_t(d)] != kOff) == work)
            ++d;
        c.suffixLength = d - c.end;
        c.suffixTouchesEnd = d == c.H;
    }

    c.remainingLowerBound.assign(std::size_t(window + 1), 0);
    for (int rel = window - 1; rel >= 0; --rel) {
        long long best = rq.offCost[std::size_t(rel)];
        for (int t = 0; t < c.nS; ++t)
            best = std::min(best, rq.workCost[std::size_t(rel * c.nS + t)]);
        c.remainingLowerBound[std::size_t(rel)] = c.remainingLowerBound[std::size_t(rel + 1)] + best;
    }

    // The day-by-shift graph: one vertex per allowed (day, shift) and per day off.
    Graph g;
    const auto source = boost::add_vertex(Node{c.first - 1, kSource}, g);
    std::vector<std::vector<Graph::vertex_descriptor>> layer(static_cast<std::size_t>(window));
    for (int d = c.first; d < c.end; ++d) {
        const int rel = d - c.first;
        if (rq.offCost[std::size_t(rel)] < kForbidden)
            layer[std::size_t(rel)].push_back(boost::add_vertex(Node{d, kOff}, g));
        for (int t = 0; t < c.nS; ++t)
            if (typeAllowed[std::size_t(t)] && rq.workCost[std::size_t(rel * c.nS + t)] < kForbidden)
                layer[std::size_t(rel)].push_back(boost::add_vertex(Node{d, t}, g));
    }
    const auto sink = boost::add_vertex(Node{c.end, kSink}, g);
    int edges = 0;
    auto arc = [&](Graph::vertex_descriptor a, Graph::vertex_descriptor b) { boost::add_edge(a, b, Arc{edges++}, g); };
    for (auto v : layer.front())
        if (g[v].shift == kOff || c.prefixShift == kOff || p.canFollow(c.prefixShift, g[v].shift))
            arc(source, v);
    for (int rel = 0; rel + 1 < window; ++rel)
        for (auto a : layer[std::size_t(rel)])
            for (auto b : layer[std::size_t(rel + 1)])
                if (g[a].shift == kOff || g[b].shift == kOff || p.canFollow(g[a].shift, g[b].shift))
                    arc(a, b);
    for (auto v : layer.back())
        arc(v, sink);

    std::vector<std::vector<Graph::edge_descriptor>> paths;
    std::vector<Res> results;
    SeenStates seen;
    std::vector<long long> sinkCosts;
    Extend extend(&c, &seen, &sinkCosts);
    Dominates dominates(&c, &g);
    std::size_t loops = 0;
    bool aborted = false;
    LabelCounter counter(&plan.labels, rq.maxLabels, &rq.abort, &loops, &aborted);
    boost::r_c_shortest_paths(g, boost::get(boost::vertex_index, g), boost::get(&Arc::index, g), source, sink,
                              paths, results, start, extend, dominates,
                              std::allocator<boost::r_c_shortest_paths_label<Graph, Res>>(), counter);
    if (plan.labels >= rq.maxLabels || aborted) {
        plan.gaveUp = true;
        return plan;
    }
    if (paths.empty())
        return plan;
    auto cellsOf = [&](std::size_t i) {
        std::vector<int> cells(std::size_t(window), kOff);
        for (const auto &e : paths[i]) {
            const Node &n = g[boost::target(e, g)];
            if (n.shift != kSink)
                cells[std::size_t(n.day - c.first)] = n.shift;
        }
        return cells;
    };
    // Cheapest first; ties by the cells, so that the order does not depend on Boost's label order.
    std::vector<std::size_t> order(results.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::vector<std::vector<int>> cells(results.size());
    for (std::size_t i = 0; i < results.size(); ++i)
        cells[i] = cellsOf(i);
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        return results[a].cost != results[b].cost ? results[a].cost < results[b].cost : cells[a] < cells[b];
    });
    plan.found = true;
    plan.cost = results[order.front()].cost;
    plan.cells = cells[order.front()];
    if (c.maxPlans > 1)
        for (std::size_t i = 0; i < order.size() && int(plan.plans.size()) < c.maxPlans; ++i) {
            if (results[order[i]].cost > rq.upperBound)
                break;
            if (!plan.plans.empty() && plan.plans.back().cells == cells[order[i]])
                continue;
            plan.plans.push_back(AlternativePlan{results[order[i]].cost, std::move(cells[order[i]])});
        }
    return plan;
}

} // namespace dd::scheduling
