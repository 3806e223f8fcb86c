// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/columngeneration.h"

#include "scheduling/evaluation.h"
#include "scheduling/lpbuilder.h"
#include "scheduling/officerplanner.h"
#include "scheduling/rowplanner.h"

#include <algorithm>
#include <climits>
#include <cmath>
#include <glpk.h>
#include <random>
#include <set>
#include <tuple>

namespace dd::scheduling {

namespace {

// Cell prices are doubles (LP duals); the planner adds integers. Prices are scaled by this and rounded,
// and every plan's reduced cost is then recomputed exactly from the duals.
constexpr double kPriceScale = 1000.0;
// Per minute below an officer's minimum total: far above any saving a schedule could make, so the
// pricing only returns schedules that meet the minimum when one exists.
constexpr long long kMinutesShort = 1000000000LL;
// A starting column that breaks its officer's hard rules: more than any officer's schedule can save
// in cover costs on these horizons, small enough to keep the simplex numerically sound.
constexpr double kInfeasibleColumn = 100000.0;
// Branch and price: a dive from every this many nodes.
constexpr long long kTreeDiveEvery = 5;

} // namespace

struct ColumnGeneration::Impl
{
    const Problem &p;
    ColumnGenerationOptions opt;
    int nO = 0, nS = 0, H = 0;
    glp_prob *lp = nullptr;
    glp_smcp parm {};
    std::vector<int> convRow; // officer -> GLPK row
    std::vector<int> demandRow; // demand -> GLPK row
    std::vector<std::vector<int>> rowsAt; // [day * nS + shift] -> demand indices
    std::vector<std::vector<long long>> own; // [officer][day * (nS + 1) + shift + 1]: requests, stability
    std::vector<std::vector<char>> forbidden; // same layout
    std::vector<GeneratedColumn> cols;
    std::vector<int> colOf; // columns index -> GLPK column
    std::vector<std::vector<int>> colsOfOfficer;
    std::vector<std::set<std::vector<int>>> known;
    std::vector<char> fixed;
    std::vector<int> fixedColumn;
    Roster empty;
    Roster scratch;
    int level = 0; // pricing level, see windowDays()
    bool afterFixing = false;
    bool exact = true;
    bool haveSolution = false;
    int rounds = 0;
    int plansNow = 1; // plans per pricing call in this round (plansPerCall() of its window length)
    std::vector<int> idle; // per column: LP solutions in a row it was nonbasic with a positive reduced cost
    std::vector<char> parked; // per column (see parkIdle())
    int parkedNow = 0;
    long long parkedTotal = 0, revivedTotal = 0;
    std::vector<double> minutePrice; // per officer: planRow()'s last price of a minute (NaN: none yet)
    // Branch and price (branchAndPrice()): no parking while it runs, and each exact pricing round gives
    // a Lagrangian bound; a node whose bound exceeds `cutoff` ends at once (nodePruned).
    bool branching = false;
    double cutoff = 0;
    bool nodePruned = false;
    double nodeBound = -HUGE_VAL; // the node's best Lagrangian bound so far
    double lastBestRc = 0; // price(): the lowest reduced cost of the whole-horizon call's plans
    bool lastRcValid = false; // ... and whether it bounds every column of the officer
    double lastRoundingError = 0; // ... and how much lower an exactly priced column may be
    std::vector<int> banned; // per column: branching restrictions it breaks (fixed at 0 while > 0)
    std::vector<std::pair<int, std::size_t>> restrictions; // (officer, cell) forbidden by branching
    std::vector<int> artificial; // per officer: a GLPK column in its convexity row alone (branching)

    Impl(const Problem &problem, ColumnGenerationOptions o)
        : p(problem)
        , opt(std::move(o))
    {
        nO = int(p.officers.size());
        nS = int(p.shifts.size());
        H = p.days;
        rowsAt.resize(std::size_t(H * nS));
        for (std::size_t k = 0; k < p.demands.size(); ++k)
            rowsAt[std::size_t(p.demands[k].day * nS + p.demands[k].shift)].push_back(int(k));
        own.assign(std::size_t(nO), std::vector<long long>(std::size_t(H * (nS + 1)), 0));
        forbidden.assign(std::size_t(nO), std::vector<char>(std::size_t(H * (nS + 1)), 0));
        for (int o = 0; o < nO; ++o) {
            const Officer &of = p.officers[std::size_t(o)];
            for (int dd : of.daysOff)
                if (dd >= 0 && dd < H)
                    for (int s = 0; s < nS; ++s)
                        forbidden[std::size_t(o)][idx(dd, s)] = 1;
            for (int s = 0; s < nS; ++s) {
                const SkillMask need = p.shifts[std::size_t(s)].requiredSkills;
                const bool never = s < int(of.maxShifts.size()) && of.maxShifts[std::size_t(s)] == 0;
                if ((of.skills & need) != need || never)
                    for (int dd = 0; dd < H; ++dd)
                        forbidden[std::size_t(o)][idx(dd, s)] = 1;
            }
            if (p.stabilityWeight > 0 && int(p.published.size()) == nO)
                for (int dd = 0; dd < H; ++dd)
                    for (int s = -1; s < nS; ++s)
                        if (p.published[std::size_t(o)][std::size_t(dd)] != s)
                            own[std::size_t(o)][idx(dd, s)] += p.stabilityWeight;
        }
        for (const Pin &pin : p.pins)
            for (int s = -1; s < nS; ++s)
                if (s != pin.shift)
                    forbidden[std::size_t(pin.officer)][idx(pin.day, s)] = 1;
        for (const Request &r : p.requests)
            for (int s = -1; s < nS; ++s) {
                const bool matches = r.shift == kOff ? s != kOff : s == r.shift;
                if (r.on != matches)
                    own[std::size_t(r.officer)][idx(r.day, s)] += r.weight;
            }
        empty.assign(std::size_t(nO), std::vector<int>(std::size_t(H), kOff));
        scratch = empty;
        colsOfOfficer.resize(std::size_t(nO));
        known.resize(std::size_t(nO));
        fixed.assign(std::size_t(nO), 0);
        fixedColumn.assign(std::size_t(nO), -1);
        minutePrice.assign(std::size_t(nO), std::nan(""));

        glp_term_out(GLP_OFF);
        lp = glp_create_prob();
        glp_set_obj_dir(lp, GLP_MIN);
        glp_init_smcp(&parm);
        parm.msg_lev = GLP_MSG_OFF;
        parm.presolve = GLP_OFF; // keeps the basis between solves (warm start)
        parm.meth = GLP_PRIMAL;
        buildRows();
    }

    ~Impl()
    {
        if (lp)
            glp_delete_prob(lp);
    }

    std::size_t idx(int day, int shift) const { return std::size_t(day * (nS + 1) + shift + 1); }
    // The (day, shift) of a cell index (idx()'s inverse).
    std::pair<int, int> cellOf(std::size_t i) const
    {
        return { int(i / std::size_t(nS + 1)), int(i % std::size_t(nS + 1)) - 1 };
    }

    // Column c's bounds from its state, the one place that sets them: its officer fixed by a dive
    // (1 for the fixed column, 0 for the others), else 0 while a branching restriction bans it or the
    // pool has parked it, else free (>= 0).
    void setBounds(int c)
    {
        const std::size_t k = std::size_t(c);
        const int o = cols[k].officer;
        const bool zero = (k < banned.size() && banned[k] > 0) || (k < parked.size() && parked[k]);
        if (fixed[std::size_t(o)]) {
            const double v = fixedColumn[std::size_t(o)] == c ? 1.0 : 0.0;
            glp_set_col_bnds(lp, colOf[k], GLP_FX, v, v);
        } else if (zero) {
            glp_set_col_bnds(lp, colOf[k], GLP_FX, 0.0, 0.0);
        } else {
            glp_set_col_bnds(lp, colOf[k], GLP_LO, 0.0, 0.0);
        }
    }

    bool stopped() const { return opt.stop && opt.stop(); }

    bool qualifies(int o, const Demand &dm) const
    {
        return (p.officers[std::size_t(o)].skills & dm.skills) == dm.skills;
    }

    // A column with one coefficient (a slack, or branch and price's artificial column); returns it.
    int addSlack(int row, double coef, double cost, int type, double ub)
    {
        const int j = glp_add_cols(lp, 1);
        glp_set_col_bnds(lp, j, type, 0.0, ub);
        glp_set_obj_coef(lp, j, cost);
        int ind[2] = { 0, row };
        double val[2] = { 0.0, coef };
        glp_set_mat_col(lp, j, 1, ind, val);
        return j;
    }

    // Rows and the slack columns that make every row satisfiable at its cover cost (above a
    // maximum, a hard rule, at the search's weight).
    void buildRows()
    {
        LpBuilder builder(lp);
        convRow.resize(std::size_t(nO));
        for (int o = 0; o < nO; ++o)
            convRow[std::size_t(o)] = builder.row(GLP_FX, 1.0, 1.0);
        demandRow.resize(p.demands.size());
        for (std::size_t k = 0; k < p.demands.size(); ++k)
            demandRow[k] = builder.coverRow(p.demands[k]);
        builder.load();
    }

    long long columnCost(int o, const std::vector<int> &cells) const
    {
        long long c = 0;
        for (int dd = 0; dd < H; ++dd)
            c += own[std::size_t(o)][idx(dd, cells[std::size_t(dd)])];
        return c;
    }

    void addColumn(int o, std::vector<int> cells, double reducedCost, double penalty = 0.0)
    {
        GeneratedColumn col;
        col.officer = o;
        col.cost = columnCost(o, cells);
        col.reducedCost = reducedCost;
        col.cells = std::move(cells);
        std::vector<int> ind { 0, convRow[std::size_t(o)] };
        std::vector<double> val { 0.0, 1.0 };
        for (int dd = 0; dd < H; ++dd) {
            const int s = col.cells[std::size_t(dd)];
            if (s == kOff)
                continue;
            for (int k : rowsAt[std::size_t(dd * nS + s)])
                if (qualifies(o, p.demands[std::size_t(k)])) {
                    ind.push_back(demandRow[std::size_t(k)]);
                    val.push_back(1.0);
                }
        }
        const int j = glp_add_cols(lp, 1);
        glp_set_obj_coef(lp, j, double(col.cost) + penalty);
        glp_set_mat_col(lp, j, int(ind.size()) - 1, ind.data(), val.data());
        // A window priced around a column the branching has banned keeps that column's cells outside
        // the window: the new column is banned as well.
        if (!restrictions.empty()) {
            banned.resize(cols.size() + 1, 0);
            for (const auto &[ro, i] : restrictions)
                if (ro == o && col.cells[std::size_t(cellOf(i).first)] == cellOf(i).second)
                    ++banned.back();
        }
        const int c = int(cols.size());
        known[std::size_t(o)].insert(col.cells);
        colsOfOfficer[std::size_t(o)].push_back(c);
        colOf.push_back(j);
        cols.push_back(std::move(col));
        setBounds(c);
    }

    // What each cell of officer o costs under the cover duals (nullptr: none yet): own costs minus the
    // duals of the demand rows the officer would count in. Layout of `own`.
    std::vector<double> cellPrices(int o, const std::vector<double> *duals) const
    {
        std::vector<double> price(std::size_t(H * (nS + 1)), 0.0);
        const auto &ownRow = own[std::size_t(o)];
        for (int dd = 0; dd < H; ++dd)
            for (int s = -1; s < nS; ++s) {
                const std::size_t i = idx(dd, s);
                double x = double(ownRow[i]);
                if (s != kOff && duals)
                    for (int k : rowsAt[std::size_t(dd * nS + s)])
                        if (qualifies(o, p.demands[std::size_t(k)]))
                            x -= (*duals)[std::size_t(k)];
                price[i] = x;
            }
        return price;
    }

    // What a whole row of cells costs under `price` (layout of `own`).
    double priceOf(const std::vector<int> &cells, const std::vector<double> &price) const
    {
        double sum = 0;
        for (int dd = 0; dd < H; ++dd)
            sum += price[idx(dd, cells[std::size_t(dd)])];
        return sum;
    }

    // The planners' integer costs of officer o's cells on the days [a, b): price scaled and rounded,
    // kForbidden where the officer may not (work: [day - a][shift], off: [day - a]).
    // Returns how far a plan's scaled cost (divided by kPriceScale) may be from its price: the sum over
    // the days of the largest rounding error among the day's cells.
    double scaledCosts(int o, const std::vector<double> &price, int a, int b, std::vector<long long> &work,
                       std::vector<long long> &off) const
    {
        work.assign(std::size_t((b - a) * nS), kForbidden);
        off.assign(std::size_t(b - a), kForbidden);
        const auto &forbiddenRow = forbidden[std::size_t(o)];
        double error = 0;
        for (int dd = a; dd < b; ++dd) {
            double dayError = 0;
            for (int s = -1; s < nS; ++s) {
                const std::size_t i = idx(dd, s);
                if (forbiddenRow[i])
                    continue;
                const long long scaled = std::llround(price[i] * kPriceScale);
                dayError = std::max(dayError, std::abs(price[i] - double(scaled) / kPriceScale));
                if (s == kOff)
                    off[std::size_t(dd - a)] = scaled;
                else
                    work[std::size_t((dd - a) * nS + s)] = scaled;
            }
            error += dayError;
        }
        return error;
    }

    // The cheapest schedules of officer o under `price`, re-planned over the days [a, b) with the cells
    // of `base` outside (the whole horizon: the exact pricing). With duals only those of reduced cost
    // below -tolerance are added as columns. Returns how many were added.
    int price(int o, const std::vector<double> &price, bool withDuals, double convexityDual, int a, int b,
              const std::vector<int> *base)
    {
        const bool whole = a == 0 && b == H;
        PlanRequest rq;
        rq.officer = o;
        rq.firstDay = a;
        rq.endDay = b;
        if (!whole)
            scratch[std::size_t(o)] = *base;
        rq.roster = whole ? &empty : &scratch;
        rq.minutesShortPenalty = kMinutesShort;
        rq.abort = opt.stop;
        rq.maxLabels = whole ? opt.maxLabels : std::min<std::size_t>(opt.maxLabels, 200000);
        rq.maxPlans = withDuals ? plansNow : 1;
        const double roundingError = scaledCosts(o, price, a, b, rq.workCost, rq.offCost);
        double outside = 0;
        if (!whole)
            for (int dd = 0; dd < H; ++dd)
                if (dd < a || dd >= b)
                    outside += price[idx(dd, (*base)[std::size_t(dd)])];
        if (withDuals) // only columns of negative reduced cost are wanted; (b - a)/2 covers the rounding
            rq.upperBound = (long long)std::floor((convexityDual - outside) * kPriceScale + 0.5 * (b - a) + 1);
        const Plan plan = planOfficer(p, rq);
        if (!whole)
            scratch[std::size_t(o)].assign(std::size_t(H), kOff);
        if (plan.gaveUp && whole && !stopped()) // stopped: the LP is not taken as solved anyway
            exact = false;
        // The planner's best plan is the cheapest under the rounded prices: under the exact prices no
        // column is cheaper than it by more than twice the rounding error. No plan under the upper
        // bound: every column's reduced cost is at least about -tolerance.
        lastRcValid = whole && withDuals && !plan.gaveUp;
        lastRoundingError = 2 * roundingError;
        lastBestRc = -(0.5 * H + 1) / kPriceScale;
        if (!plan.found)
            return 0;
        std::vector<AlternativePlan> plans = plan.plans;
        if (plans.empty())
            plans.push_back(AlternativePlan { plan.cost, plan.cells });
        const int minMinutes = p.officers[std::size_t(o)].minTotalMinutes;
        int added = 0;
        for (AlternativePlan &alt : plans) {
            std::vector<int> cells = whole ? std::move(alt.cells) : *base;
            if (!whole)
                std::copy(alt.cells.begin(), alt.cells.end(), cells.begin() + a);
            int minutes = 0;
            double rc = -convexityDual;
            for (int dd = 0; dd < H; ++dd) {
                const int s = cells[std::size_t(dd)];
                rc += price[idx(dd, s)];
                if (s != kOff)
                    minutes += p.shifts[std::size_t(s)].lengthMinutes;
            }
            if (minutes < minMinutes && withDuals) {
                lastRcValid = false; // the officer may have no column at all: nothing to bound with
                continue;
            }
            lastBestRc = std::min(lastBestRc, rc);
            if (withDuals && rc >= -opt.reducedCostTolerance)
                continue;
            if (known[std::size_t(o)].count(cells))
                continue;
            addColumn(o, std::move(cells), withDuals ? rc : 0.0);
            ++added;
        }
        return added;
    }

    // Plans per pricing call over windows of W days (the windows at the horizon's ends, cut short, get
    // as many as the others): plansPerOfficer, fewer when a round over every
    // officer and window would add more than columnsPerRound columns, but at least two (one plan per
    // call lost on Instance13: 2596 and 2532 at 60 s, seeds 1 and 2, against 2178 with two).
    int plansPerCall(int W) const
    {
        const int calls = nO * ((H + W - 1) / std::max(1, W));
        const int most = std::max(1, opt.plansPerOfficer);
        return std::clamp(opt.columnsPerRound / std::max(1, calls), std::min(2, most), most);
    }

    // Heuristic pricing: windows of a few days tiling the horizon, the officer's largest LP column
    // outside. Cheap (short windows have few labels), but blind to changes spanning windows. Level 0:
    // 7-14 days (fewer with many shift types), level 1: twice that (at most 28), level 2: the whole
    // horizon, the exact pricing.
    int windowDays(int lvl) const
    {
        const int W = std::clamp(70 / (nS + 1), 7, 14);
        if (lvl == 0)
            return std::min(W, H);
        if (lvl == 1)
            return std::min(std::max(W, std::min(2 * W, 28)), H);
        return H;
    }

    int priceWindows(int o, const std::vector<double> &price, double convexityDual, int W)
    {
        const std::vector<int> base = cols[std::size_t(largestColumn(o))].cells;
        const int shift = (rounds % 2) * (W / 2);
        int added = 0;
        for (int a = shift > 0 ? shift - W : 0; a < H; a += W) {
            const int from = std::max(0, a), to = std::min(H, a + W);
            if (to - from < 2)
                continue;
            if (stopped())
                break;
            added += this->price(o, price, true, convexityDual, from, to, &base);
        }
        return added;
    }

    // Row pricing: one whole row of officer o from planRow() under the scaled prices. With duals it is
    // added only when its reduced cost (recomputed exactly from them) is negative. Returns how many
    // were added (0 or 1).
    int priceRow(int o, const std::vector<double> &price, bool withDuals, double convexityDual)
    {
        RowRequest rq;
        rq.officer = o;
        scaledCosts(o, price, 0, H, rq.workCost, rq.offCost);
        rq.abort = opt.stop;
        rq.hasMinutePrice = !std::isnan(minutePrice[std::size_t(o)]);
        rq.minutePrice = rq.hasMinutePrice ? minutePrice[std::size_t(o)] : 0.0;
        const RowPlan plan = planRow(p, rq);
        minutePrice[std::size_t(o)] = plan.minutePrice;
        if (!plan.found)
            return 0;
        const double rc = priceOf(plan.cells, price) - convexityDual;
        if ((withDuals && rc >= -opt.reducedCostTolerance) || known[std::size_t(o)].count(plan.cells))
            return 0;
        addColumn(o, plan.cells, withDuals ? rc : 0.0);
        return 1;
    }

    // After bounds changed (a dive step) the basis stays dual feasible: the dual simplex; after columns
    // were added it stays primal feasible: the primal simplex. Both warm-start from the last basis.
    bool solveLp()
    {
        parm.meth = afterFixing ? GLP_DUALP : GLP_PRIMAL;
        afterFixing = false;
        parm.tm_lim = opt.lpMilliseconds > 0 ? opt.lpMilliseconds : INT_MAX;
        int ret = glp_simplex(lp, &parm);
        if (ret != 0 && ret != GLP_ETMLIM && glp_get_status(lp) != GLP_OPT) {
            glp_adv_basis(lp, 0);
            ret = glp_simplex(lp, &parm);
        }
        haveSolution = ret == 0 && glp_get_status(lp) == GLP_OPT;
        return haveSolution;
    }

    void start()
    {
        for (int o = 0; o < nO && !stopped(); ++o)
            if (colsOfOfficer[std::size_t(o)].empty()
                && (opt.rowPricing ? priceRow(o, cellPrices(o, nullptr), false, 0.0)
                                   : price(o, cellPrices(o, nullptr), false, 0.0, 0, H, nullptr))
                    == 0) {
                // No schedule meets the officer's rules: the pins and days off alone, so that the LP
                // stays feasible; the evaluator will report what it breaks.
                std::vector<int> cells(std::size_t(H), kOff);
                for (const Pin &pin : p.pins)
                    if (pin.officer == o)
                        cells[std::size_t(pin.day)] = pin.shift;
                addColumn(o, std::move(cells), 0.0, kInfeasibleColumn);
            }
    }

    // maxRounds < 0: until the exact pricing finds nothing. In the dive (maxRounds >= 0) only the window
    // pricing runs (on short horizons the whole horizon), at most maxRounds rounds per node.
    bool solveRelaxation(int maxRounds = -1)
    {
        const bool solved = relax(maxRounds);
        unparkAll();
        return solved;
    }

    bool relax(int maxRounds)
    {
        start();
        if (int(colsOfOfficer.size()) != nO
            || std::any_of(colsOfOfficer.begin(), colsOfOfficer.end(), [](const auto &c) { return c.empty(); }))
            return false;
        std::vector<double> duals(p.demands.size());
        int nodeRounds = 0;
        while (!stopped()) {
            if (!solveLp())
                return false;
            if (opt.offer)
                opt.offer(rounded());
            for (std::size_t k = 0; k < p.demands.size(); ++k)
                duals[k] = glp_get_row_dual(lp, demandRow[k]);
            ++rounds;
            if (maxRounds >= 0 && nodeRounds++ >= maxRounds)
                return true;
            // A dive's rounds price windows: with row pricing that is level 1 (whole rows from planRow
            // completed the fixed officers' rosters poorly: Instance18 5843 against 4925 from windows).
            if (maxRounds >= 0)
                level = opt.rowPricing ? 1 : 0;
            // Cheap window pricing while it finds columns, then longer windows, then the exact
            // whole-horizon pricing (at once on short horizons), which alone proves the LP optimal.
            int added = 0, revived = 0;
            // Columns are parked while the root LP is solved only (solveRelaxation() revives them all
            // when it ends).
            if (maxRounds < 0 && !branching)
                parkIdle();
            // Row pricing: level 0 prices whole rows, levels 1 and 2 the windows of levels 0 and 1;
            // the longest windows finding nothing ends the relaxation, or with exactAfterRows level 3
            // prices the whole horizon exactly (windowDays(2) is the horizon).
            const bool rows = opt.rowPricing && level == 0;
            const int W = rows ? H : windowDays(opt.rowPricing ? level - 1 : level);
            const bool heuristic = W < H;
            plansNow = plansPerCall(W);
            // Branching, an exact round: the LP value plus every officer's lowest reduced cost bounds
            // every roster of the node (the Lagrangian bound), less what the planner's rounding of the
            // prices may hide.
            const bool lagrange = branching && maxRounds < 0 && !heuristic && !rows;
            double bound = glp_get_obj_val(lp);
            for (int o = 0; o < nO; ++o) {
                if (fixed[std::size_t(o)])
                    continue;
                if (stopped())
                    return false;
                const std::vector<double> prices = cellPrices(o, &duals);
                const double conv = glp_get_row_dual(lp, convRow[std::size_t(o)]);
                // An officer with parked columns that price out again gets those instead of a
                // pricing call this round.
                if (const int back = parkedNow > 0 ? reviveParked(o, prices, conv) : 0; back > 0) {
                    revived += back;
                    continue;
                }
                added += rows    ? priceRow(o, prices, true, conv)
                    : heuristic ? priceWindows(o, prices, conv, W)
                                : price(o, prices, true, conv, 0, H, nullptr);
                if (lagrange)
                    bound = lastRcValid ? bound + std::min(0.0, lastBestRc) - lastRoundingError : -HUGE_VAL;
            }
            if (lagrange) {
                nodeBound = std::max(nodeBound, bound);
                if (bound > cutoff) {
                    nodePruned = true;
                    return true;
                }
            }
            if (added > 0) {
                level = 0;
                continue;
            }
            if (revived > 0)
                continue;   // the same level again, with the revived columns in the LP
            if (maxRounds >= 0)
                return true;
            if (opt.rowPricing) {
                if (level >= (opt.exactAfterRows ? 3 : 2))
                    return true;
                ++level;
                continue;
            }
            if (!heuristic)
                return true;
            // Nothing in these windows: longer ones next (the exact pricing after the longest).
            level = W >= windowDays(1) ? 2 : 1;
        }
        return false;
    }

    // The column pool: a column nonbasic with a positive reduced cost for opt.parkAfterRounds LP
    // solutions in a row is parked (fixed at 0, which GLPK's simplex leaves out of its working LP),
    // and revived as soon as its reduced cost under the current duals is negative again.
    void parkIdle()
    {
        if (opt.parkAfterRounds <= 0 || int(cols.size()) < opt.parkFromColumns)
            return;
        idle.resize(cols.size(), 0);
        parked.resize(cols.size(), 0);
        for (std::size_t c = 0; c < cols.size(); ++c) {
            if (parked[c] || fixed[std::size_t(cols[c].officer)])
                continue;
            const int j = colOf[c];
            if (glp_get_col_stat(lp, j) != GLP_BS && glp_get_col_dual(lp, j) > opt.reducedCostTolerance) {
                if (++idle[c] >= opt.parkAfterRounds) {
                    parked[c] = 1;
                    ++parkedNow;
                    ++parkedTotal;
                    setBounds(int(c));
                }
            } else {
                idle[c] = 0;
            }
        }
    }

    // Every parked column back in the LP (the dives fix and price among all columns: with columns
    // still parked, Instance6's dives never found its optimum 1950 in 48 s).
    void unparkAll()
    {
        for (std::size_t c = 0; c < parked.size(); ++c)
            if (parked[c]) {
                parked[c] = 0;
                idle[c] = 0;
                setBounds(int(c));
            }
        parkedNow = 0;
    }

    // Revives officer o's parked columns of negative reduced cost (own costs and cover duals in
    // `price`, plus the flat extra of an infeasible starting column). Returns how many.
    int reviveParked(int o, const std::vector<double> &price, double convexityDual)
    {
        int back = 0;
        for (int c : colsOfOfficer[std::size_t(o)]) {
            if (std::size_t(c) >= parked.size() || !parked[std::size_t(c)])
                continue;
            const int j = colOf[std::size_t(c)];
            const double rc = glp_get_obj_coef(lp, j) - double(cols[std::size_t(c)].cost) - convexityDual
                + priceOf(cols[std::size_t(c)].cells, price);
            if (rc < -opt.reducedCostTolerance) {
                parked[std::size_t(c)] = 0;
                idle[std::size_t(c)] = 0;
                --parkedNow;
                ++revivedTotal;
                setBounds(c);
                ++back;
            }
        }
        return back;
    }

    int largestColumn(int o) const
    {
        int best = -1;
        double bestValue = -1;
        for (int c : colsOfOfficer[std::size_t(o)]) {
            const double v = glp_get_col_prim(lp, colOf[std::size_t(c)]);
            if (v > bestValue + 1e-9) {
                bestValue = v;
                best = c;
            }
        }
        return best;
    }

    Roster rounded() const
    {
        Roster r(static_cast<std::size_t>(nO));
        for (int o = 0; o < nO; ++o) {
            const int c = fixed[std::size_t(o)]
                ? fixedColumn[std::size_t(o)]
                : (haveSolution ? largestColumn(o) : colsOfOfficer[std::size_t(o)].front());
            r[std::size_t(o)] = cols[std::size_t(c)].cells;
        }
        return r;
    }

    void fix(int o, int c)
    {
        fixed[std::size_t(o)] = 1;
        fixedColumn[std::size_t(o)] = c;
        for (int other : colsOfOfficer[std::size_t(o)])
            setBounds(other);
    }

    void unfixAll()
    {
        for (int o = 0; o < nO; ++o) {
            if (!fixed[std::size_t(o)])
                continue;
            fixed[std::size_t(o)] = 0;
            fixedColumn[std::size_t(o)] = -1;
            for (int c : colsOfOfficer[std::size_t(o)])
                setBounds(c);
        }
    }

    // Branch and price (see branchAndPrice()) ---------------------------------------------------------

    // Forbids officer o the cell (day, shift) (kOff: the day off) in this node and below: the pricing
    // no longer offers it, and the columns that have it are fixed at 0 until it is lifted.
    void restrict(int o, int day, int shift)
    {
        const std::size_t i = idx(day, shift);
        if (forbidden[std::size_t(o)][i])
            return;
        forbidden[std::size_t(o)][i] = 1;
        restrictions.emplace_back(o, i);
        banned.resize(cols.size(), 0);
        for (int c : colsOfOfficer[std::size_t(o)])
            if (cols[std::size_t(c)].cells[std::size_t(day)] == shift && banned[std::size_t(c)]++ == 0)
                setBounds(c);
        afterFixing = true; // the basis stays dual feasible: the dual simplex
    }

    // Lifts the restrictions made after the first `depth`.
    void liftRestrictions(std::size_t depth)
    {
        banned.resize(cols.size(), 0);
        while (restrictions.size() > depth) {
            const auto [o, i] = restrictions.back();
            restrictions.pop_back();
            forbidden[std::size_t(o)][i] = 0;
            const auto [day, shift] = cellOf(i);
            for (int c : colsOfOfficer[std::size_t(o)])
                if (cols[std::size_t(c)].cells[std::size_t(day)] == shift && --banned[std::size_t(c)] == 0)
                    setBounds(c);
        }
    }

    using Restrictions = std::vector<std::pair<int, std::size_t>>;

    // Makes `target` the restrictions in force, lifting and adding only where the two lists differ.
    void restrictTo(const Restrictions &target)
    {
        std::size_t common = 0;
        while (common < restrictions.size() && common < target.size() && restrictions[common] == target[common])
            ++common;
        liftRestrictions(common);
        for (std::size_t k = common; k < target.size(); ++k) {
            const auto [o, i] = target[k];
            const auto [day, shift] = cellOf(i);
            restrict(o, day, shift);
        }
    }

    struct Tree
    {
        std::function<long long()> incumbent;
        long long best = LLONG_MAX; // the best feasible objective known (the tree's or the incumbent's)
        Roster roster; // the tree's best roster (empty: none better than the incumbent)
        long long nodes = 0;
        bool complete = true; // no node was left for a reason other than its bound
        double rootBound = -HUGE_VAL;
        double plunging = -HUGE_VAL; // the bound of the node the current plunge started from
        // Open nodes: (the parent's bound, order of creation, restrictions); the lowest bound first.
        struct Open
        {
            double bound;
            long long order;
            Restrictions restrictions;
        };
        std::vector<Open> open;
        static bool later(const Open &x, const Open &y)
        {
            return x.bound > y.bound || (x.bound == y.bound && x.order < y.order);
        }
    };

    // A roster the tree reached (integral node or dive): kept when better, and offered.
    void consider(Tree &t, const Roster &r)
    {
        const Evaluation e = evaluate(p, r);
        if (e.feasible() && e.objective < t.best) {
            t.best = e.objective;
            t.roster = r;
        }
        if (opt.offer)
            opt.offer(r);
    }

    // The cutoff for nodes: a roster at least 1 better than the best known (objectives are integers).
    void updateCutoff(Tree &t)
    {
        if (t.incumbent)
            t.best = std::min(t.best, t.incumbent());
        cutoff = t.best == LLONG_MAX ? HUGE_VAL : double(t.best) - 1.0 + 1e-6;
    }

    // One node under the restrictions in force: solves its LP to optimality (exact pricing); unless its
    // bound shows that it holds no roster better than the best known by at least 1, picks the
    // fractional cell (officer, day, shift or off) nearest 1, queues the child where the officer does
    // not work it, and returns true with the restrictions of the child where the officer does (every
    // other choice of that day forbidden) in force: the search goes on with that child at once
    // (plunging). False: the node is done (pruned, integral, or stopped).
    bool node(Tree &t)
    {
        if (stopped())
            return false;
        ++t.nodes;
        updateCutoff(t);
        nodePruned = false;
        nodeBound = -HUGE_VAL;
        level = 0;
        const bool solved = relax(-1);
        if (stopped() || nodePruned)
            return false;
        if (!solved || !haveSolution) {
            t.complete = false; // the LP failed (numerics): the node is left unexplored
            return false;
        }
        // A pricing call that gave up at its label cap leaves no bound: the LP value decides, and the
        // search is a heuristic (not complete).
        if (!exact)
            t.complete = false;
        const double bound = exact ? nodeBound : glp_get_obj_val(lp);
        if (t.nodes == 1)
            t.rootBound = bound;
        if (bound > cutoff)
            return false;
        int bo = -1, bd = 0, bs = 0;
        double bx = 0;
        bool artificialUsed = false;
        std::vector<double> x(std::size_t(H * (nS + 1)));
        for (int o = 0; o < nO; ++o) {
            if (glp_get_col_prim(lp, artificial[std::size_t(o)]) > 1e-6)
                artificialUsed = true;
            std::fill(x.begin(), x.end(), 0.0);
            for (int c : colsOfOfficer[std::size_t(o)]) {
                const double v = glp_get_col_prim(lp, colOf[std::size_t(c)]);
                if (v > 1e-9)
                    for (int dd = 0; dd < H; ++dd)
                        x[idx(dd, cols[std::size_t(c)].cells[std::size_t(dd)])] += v;
            }
            for (std::size_t i = 0; i < x.size(); ++i)
                if (x[i] > 1e-6 && x[i] < 1 - 1e-6 && x[i] > bx) {
                    bx = x[i];
                    bo = o;
                    std::tie(bd, bs) = cellOf(i);
                }
        }
        if (bo < 0) {
            // Integral, or an officer left with no schedule under the node's restrictions.
            if (artificialUsed)
                return false;
            consider(t, rounded());
            return false;
        }
        // Every few nodes a dive from this one: the tree's plunges rarely end in an integer roster.
        if (t.nodes % kTreeDiveEvery == 0) {
            std::mt19937_64 rng(std::uint64_t(t.nodes));
            if (const Roster r = diveFromHere(rng, false); !r.empty())
                consider(t, r);
            unfixAll();
            afterFixing = true;
        }
        Restrictions without = restrictions;
        without.emplace_back(bo, idx(bd, bs));
        t.open.push_back(Tree::Open { bound, t.nodes, std::move(without) });
        std::push_heap(t.open.begin(), t.open.end(), Tree::later);
        for (int s = -1; s < nS; ++s)
            if (s != bs)
                restrict(bo, bd, s);
        return true;
    }

    // Best-first over the open nodes (lowest bound first), plunging from each into the children where
    // the officer works the branching cell. False: stopped.
    bool search(Tree &t)
    {
        t.open.push_back(Tree::Open { -HUGE_VAL, 0, {} });
        while (!t.open.empty()) {
            std::pop_heap(t.open.begin(), t.open.end(), Tree::later);
            Tree::Open next = std::move(t.open.back());
            t.open.pop_back();
            updateCutoff(t);
            if (next.bound > cutoff)
                continue;
            t.plunging = next.bound;
            restrictTo(next.restrictions);
            while (node(t)) {
            }
            if (stopped())
                return false;
        }
        return true;
    }

    BranchAndPriceResult branchAndPrice(const std::function<long long()> &incumbent)
    {
        BranchAndPriceResult result;
        unfixAll();
        if (artificial.empty())
            for (int o = 0; o < nO; ++o)
                artificial.push_back(addSlack(convRow[std::size_t(o)], 1.0, kInfeasibleColumn, GLP_DB, 1.0));
        for (int j : artificial)
            glp_set_col_bnds(lp, j, GLP_DB, 0.0, 1.0);
        Tree t;
        t.incumbent = incumbent;
        branching = true;
        const bool finished = search(t);
        liftRestrictions(0);
        branching = false;
        for (int j : artificial)
            glp_set_col_bnds(lp, j, GLP_FX, 0.0, 0.0);
        afterFixing = true;
        result.nodes = t.nodes;
        result.best = t.best == LLONG_MAX ? -1 : t.best;
        result.roster = std::move(t.roster);
        result.proven = finished && t.complete && exact;
        if (result.proven) {
            result.lowerBound = t.best == LLONG_MAX ? HUGE_VAL : double(t.best);
        } else if (t.complete && exact) {
            double lowest = t.plunging;
            for (const Tree::Open &n : t.open)
                lowest = std::min(lowest, n.bound);
            result.lowerBound = std::max(t.rootBound, lowest);
        }
        return result;
    }

    Roster dive(int variant)
    {
        std::mt19937_64 rng(std::uint64_t(variant) * 0x9E3779B97F4A7C15ULL + 1);
        if (variant > 0) {
            // Back to the root, with every column generated so far, and a few rounds of pricing.
            unfixAll();
            solveRelaxation(4);
        }
        if (!haveSolution && !solveRelaxation() && !haveSolution)
            return {};
        if (std::any_of(colsOfOfficer.begin(), colsOfOfficer.end(), [](const auto &c) { return c.empty(); }))
            return {};
        return diveFromHere(rng, variant > 0);
    }

    // The dive's steps from the LP as it is (the root's, or a branch-and-price node's): fixes columns
    // and re-prices until every officer is fixed. `choose`: among the largest columns at random.
    Roster diveFromHere(std::mt19937_64 &rng, bool choose)
    {
        while (!stopped()) {
            // (value, officer, column) of every open officer's largest column.
            std::vector<std::tuple<double, int, int>> candidates;
            for (int o = 0; o < nO; ++o) {
                if (fixed[std::size_t(o)])
                    continue;
                const int c = largestColumn(o);
                candidates.emplace_back(glp_get_col_prim(lp, colOf[std::size_t(c)]), o, c);
            }
            const int open = int(candidates.size());
            if (open == 0)
                break;
            // Largest values first (ties: lower officer index). Every (nearly) integral column is fixed,
            // else the single largest (an eighth of the open officers when more than 24 are open, to
            // keep the number of steps down): fixing several at once on small instances was measured
            // worse (Instance7: 1154 against 1058 for one at a time).
            std::stable_sort(candidates.begin(), candidates.end(),
                             [](const auto &x, const auto &y) { return std::get<0>(x) > std::get<0>(y); });
            int fixNow = 0;
            while (fixNow < open && std::get<0>(candidates[std::size_t(fixNow)]) >= 0.99)
                ++fixNow;
            if (fixNow == 0 && choose) {
                // A later dive: one of the (up to three) largest, as long as it is at least half the
                // largest, so that the dives explore different roster families.
                int k = 1;
                while (k < std::min(open, 3)
                       && std::get<0>(candidates[std::size_t(k)]) >= 0.5 * std::get<0>(candidates[0]))
                    ++k;
                std::swap(candidates[0], candidates[std::size_t(rng() % std::uint64_t(k))]);
            }
            fixNow = std::max(fixNow, open > 24 ? open / 8 : 1);
            for (int i = 0; i < fixNow; ++i)
                fix(std::get<1>(candidates[std::size_t(i)]), std::get<2>(candidates[std::size_t(i)]));
            if (fixNow == open)
                break;
            // Re-price the officers still open against the fixed ones.
            afterFixing = true;
            solveRelaxation(2);
            if (!haveSolution)
                break;
        }
        return rounded();
    }
};

ColumnGeneration::ColumnGeneration(const Problem &problem, ColumnGenerationOptions options)
    : d(std::make_unique<Impl>(problem, std::move(options)))
{
}

ColumnGeneration::~ColumnGeneration() = default;

void ColumnGeneration::addColumns(const Roster &r)
{
    if (int(r.size()) != d->nO)
        return;
    for (int o = 0; o < d->nO; ++o) {
        const auto &row = r[std::size_t(o)];
        if (int(row.size()) != d->H || d->known[std::size_t(o)].count(row))
            continue;
        // A row that breaks its officer's own rules costs a flat kInfeasibleColumn more: the LP uses it
        // only while it has nothing else. (Priced 10^6 per hard unit instead, up to 10^9 and more, it
        // made the simplex numerically poor: Instance16 ended at 3325 instead of 3225.)
        Roster single = d->empty;
        single[std::size_t(o)] = row;
        d->addColumn(o, row, 0.0, officerHardUnits(d->p, single, o) > 0 ? kInfeasibleColumn : 0.0);
    }
}

bool ColumnGeneration::applicable(const Problem &problem)
{
    return problem.nightFairnessWeight <= 0 && problem.weekendFairnessWeight <= 0 && problem.holidayFairnessWeight <= 0
        && problem.patrolWeight <= 0 && !problem.officers.empty() && problem.days > 0;
}

bool ColumnGeneration::solveRelaxation()
{
    return d->solveRelaxation();
}

double ColumnGeneration::lpObjective() const
{
    return d->haveSolution ? glp_get_obj_val(d->lp) : 0.0;
}

bool ColumnGeneration::pricingExact() const
{
    return d->exact && (!d->opt.rowPricing || d->opt.exactAfterRows);
}

Roster ColumnGeneration::dive(int variant)
{
    return d->dive(variant);
}

BranchAndPriceResult ColumnGeneration::branchAndPrice(const std::function<long long()> &incumbent)
{
    return d->branchAndPrice(incumbent);
}

const std::vector<GeneratedColumn> &ColumnGeneration::columns() const
{
    return d->cols;
}

int ColumnGeneration::rounds() const
{
    return d->rounds;
}

int ColumnGeneration::parkedColumns() const
{
    return d->parkedNow;
}

long long ColumnGeneration::parkings() const
{
    return d->parkedTotal;
}

long long ColumnGeneration::revivals() const
{
    return d->revivedTotal;
}

Roster ColumnGeneration::rounded() const
{
    if (d->cols.empty())
        return {};
    return d->rounded();
}

const char *lpSolverVersion()
{
    return glp_version();
}

} // namespace dd::scheduling
