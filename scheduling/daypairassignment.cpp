// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/daypairassignment.h"

#include "scheduling/evaluation.h"
#include "scheduling/lpbuilder.h"

#include <glpk.h>

#include <algorithm>
#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <limits>
#include <memory>
#include <utility>
#include <vector>

namespace dd::scheduling {

namespace {

using Clock = std::chrono::steady_clock;

bool qualifies(const Officer &of, const Demand &dm) { return (of.skills & dm.skills) == dm.skills; }

constexpr int kMaxWindow = 3;

struct Option
{
    int officer = 0;
    std::array<int, kMaxWindow> cells {};   // the cells on day, day + 1, ... (kOff for off)
    long long cost = 0;                     // requests and stability of the cells
};

} // namespace

DayPairResult reassignDayPair(const Problem &p, Roster &roster, int day, int milliseconds, std::uint64_t seed)
{
    return reassignDays(p, roster, day, 2, milliseconds, seed);
}

DayPairResult reassignDays(const Problem &p, Roster &roster, int day, int length, int milliseconds, std::uint64_t seed)
{
    DayPairResult result;
    const int nO = int(p.officers.size()), nS = int(p.shifts.size()), H = p.days, L = length;
    if (L < 1 || L > kMaxWindow || day < 0 || day + L > H || nO == 0)
        return result;
    const auto inWindow = [&](int d) { return d >= day && d < day + L; };

    // Requests and stability of one cell.
    std::vector<std::vector<const Request *>> requests(std::size_t(nO) * std::size_t(L));
    for (const Request &r : p.requests)
        if (r.officer >= 0 && r.officer < nO && inWindow(r.day))
            requests[std::size_t(r.officer) * std::size_t(L) + std::size_t(r.day - day)].push_back(&r);
    const auto ownCost = [&](int o, int k, int s) {
        long long c = 0;
        for (const Request *r : requests[std::size_t(o) * std::size_t(L) + std::size_t(k)])
            if (r->brokenBy(s))
                c += r->weight;
        if (p.stabilityWeight > 0 && !p.published.empty() && p.published[std::size_t(o)][std::size_t(day + k)] != s)
            c += p.stabilityWeight;
        return c;
    };

    // The options: every choice of the window's cells that adds no hard unit to the officer's row
    // (successions with the days around, blocks, minutes, weekends, type limits, leave, pins: the
    // evaluator's count). For a row that keeps every rule, the rules that depend on the shift types
    // (successions, skills, type limits, minutes, pins) are checked here, and the evaluator is asked
    // once per pattern of worked days (blocks, weekends and leave depend on nothing else); other rows
    // ask it per option.
    std::vector<Option> options;
    std::vector<int> currentOption(static_cast<std::size_t>(nO), -1);
    // Successions, looked up in the options' loop (Problem::canFollow() searches a list).
    std::vector<char> follows(std::size_t(nS) * std::size_t(nS));
    for (int a = 0; a < nS; ++a)
        for (int b = 0; b < nS; ++b)
            follows[std::size_t(a) * std::size_t(nS) + std::size_t(b)] = p.canFollow(a, b);
    const auto canFollow = [&](int a, int b) { return follows[std::size_t(a) * std::size_t(nS) + std::size_t(b)] != 0; };
    std::vector<int> perType(static_cast<std::size_t>(nS));
    std::vector<std::vector<char>> cellAllowed(std::size_t(L), std::vector<char>(std::size_t(nS) + 1));   // per cell + 1
    std::array<int, kMaxWindow> weekOf {};
    for (int k = 0; k < L; ++k)
        weekOf[std::size_t(k)] = p.weekIndex(day + k);
    for (int o = 0; o < nO; ++o) {
        const Officer &of = p.officers[std::size_t(o)];
        std::vector<int> &row = roster[std::size_t(o)];
        std::array<int, kMaxWindow> cur {};
        cur.fill(kOff);
        for (int k = 0; k < L; ++k)
            cur[std::size_t(k)] = row[std::size_t(day + k)];
        const int before = day > 0 ? row[std::size_t(day - 1)] : (of.history.known ? of.history.lastShift : kOff);
        const int after = day + L < H ? row[std::size_t(day + L)] : kOff;
        const long long hard = officerHardUnits(p, roster, o);
        // The row without the window's cells: type counts, minutes, minutes of the window days' weeks.
        std::fill(perType.begin(), perType.end(), 0);
        long long minutes = 0;
        std::array<long long, kMaxWindow> week {};
        for (int d = 0; d < H; ++d)
            if (const int c = row[std::size_t(d)]; c != kOff && !inWindow(d)) {
                ++perType[std::size_t(c)];
                const int len = p.shifts[std::size_t(c)].lengthMinutes;
                minutes += len;
                for (int k = 0; k < L; ++k)
                    if (p.weekIndex(d) == weekOf[std::size_t(k)])
                        week[std::size_t(k)] += len;
            }
        std::array<bool, kMaxWindow> isPinned {};   // a pin on the day (its cell in pinned)
        std::array<int, kMaxWindow> pinned {};
        for (const Pin &pin : p.pins)
            if (pin.officer == o && inWindow(pin.day)) {
                isPinned[std::size_t(pin.day - day)] = true;
                pinned[std::size_t(pin.day - day)] = pin.shift;
            }
        // What each cell allows alone (pins, the succession with the day around it, skills, type
        // limits), then what the cells allow together (their successions, a type more than once,
        // minutes).
        const auto cellKeepsRules = [&](int k, int c) {
            if (isPinned[std::size_t(k)] && c != pinned[std::size_t(k)])
                return false;
            if (c == kOff)
                return true;
            if (k == 0 && before != kOff && (day > 0 || of.history.known) && !canFollow(before, c))
                return false;
            if (k == L - 1 && after != kOff && !canFollow(c, after))
                return false;
            const ShiftType &st = p.shifts[std::size_t(c)];
            if ((st.requiredSkills & of.skills) != st.requiredSkills)
                return false;
            const int limit = c < int(of.maxShifts.size()) ? of.maxShifts[std::size_t(c)] : kUnlimited;
            return limit == kUnlimited || perType[std::size_t(c)] + 1 <= limit;
        };
        for (int k = 0; k < L; ++k)
            for (int c = kOff; c < nS; ++c)
                cellAllowed[std::size_t(k)][std::size_t(c + 1)] = cellKeepsRules(k, c);
        // The cells together, each already allowed alone.
        const auto typesKeepRules = [&](const std::array<int, kMaxWindow> &cells) {
            long long total = minutes;
            std::array<long long, kMaxWindow> weekly = week;
            for (int k = 0; k < L; ++k) {
                const int c = cells[std::size_t(k)];
                if (c == kOff)
                    continue;
                if (k > 0 && cells[std::size_t(k - 1)] != kOff && !canFollow(cells[std::size_t(k - 1)], c))
                    return false;
                int times = 1;
                for (int i = 0; i < k; ++i)
                    times += cells[std::size_t(i)] == c ? 1 : 0;
                if (times > 1) {
                    const int limit = c < int(of.maxShifts.size()) ? of.maxShifts[std::size_t(c)] : kUnlimited;
                    if (limit != kUnlimited && perType[std::size_t(c)] + times > limit)
                        return false;
                }
                const int len = p.shifts[std::size_t(c)].lengthMinutes;
                total += len;
                for (int w = 0; w < L; ++w)
                    if (weekOf[std::size_t(w)] == weekOf[std::size_t(k)])
                        weekly[std::size_t(w)] += len;
            }
            if ((of.maxTotalMinutes != kUnlimited && total > of.maxTotalMinutes) || total < of.minTotalMinutes)
                return false;
            if (of.maxWeeklyMinutes != kUnlimited)
                for (int w = 0; w < L; ++w)
                    if (weekly[std::size_t(w)] > of.maxWeeklyMinutes)
                        return false;
            return true;
        };
        const auto patternOf = [&](const std::array<int, kMaxWindow> &cells) {
            int m = 0;
            for (int k = 0; k < L; ++k)
                m = m * 2 + (cells[std::size_t(k)] != kOff ? 1 : 0);
            return m;
        };
        std::array<int, 1 << kMaxWindow> patternKeepsRules {};   // per pattern of worked days: unknown / no / yes
        patternKeepsRules.fill(-1);
        patternKeepsRules[std::size_t(patternOf(cur))] = 1;
        const auto withCells = [&](const std::array<int, kMaxWindow> &cells) {
            for (int k = 0; k < L; ++k)
                row[std::size_t(day + k)] = cells[std::size_t(k)];
            const long long h = officerHardUnits(p, roster, o);
            for (int k = 0; k < L; ++k)
                row[std::size_t(day + k)] = cur[std::size_t(k)];
            return h;
        };
        // Every choice of cells, the first day's slowest; with a row that keeps every rule, only
        // cells allowed alone (and the current ones).
        std::array<int, kMaxWindow> cells {};
        cells.fill(kOff);
        const auto admissible = [&](int k, int c) { return hard != 0 || c == cur[std::size_t(k)] || cellAllowed[std::size_t(k)][std::size_t(c + 1)]; };
        const auto choose = [&](const auto &self, int k) -> void {
            if (k == L) {
                if (cells == cur) {
                    currentOption[std::size_t(o)] = int(options.size());
                } else if (hard == 0) {
                    for (int i = 0; i < L; ++i)
                        if (!cellAllowed[std::size_t(i)][std::size_t(cells[std::size_t(i)] + 1)])
                            return;
                    int &pattern = patternKeepsRules[std::size_t(patternOf(cells))];
                    if (pattern == 0 || !typesKeepRules(cells))
                        return;
                    if (pattern < 0 && (pattern = withCells(cells) == 0 ? 1 : 0) == 0)
                        return;
                } else if (withCells(cells) > hard) {
                    return;
                }
                long long cost = 0;
                for (int i = 0; i < L; ++i)
                    cost += ownCost(o, i, cells[std::size_t(i)]);
                options.push_back({ o, cells, cost });
                return;
            }
            for (int c = kOff; c < nS; ++c)
                if (admissible(k, c)) {
                    cells[std::size_t(k)] = c;
                    self(self, k + 1);
                }
            cells[std::size_t(k)] = kOff;
        };
        choose(choose, 0);
    }

    // What the window's days cost now.
    std::vector<const Demand *> rows;
    for (const Demand &dm : p.demands)
        if (inWindow(dm.day))
            rows.push_back(&dm);
    long long now = 0;
    for (int o = 0; o < nO; ++o)
        now += options[std::size_t(currentOption[std::size_t(o)])].cost;
    for (const Demand *dm : rows) {
        int n = 0;
        for (int o = 0; o < nO; ++o)
            if (roster[std::size_t(o)][std::size_t(dm->day)] == dm->shift && qualifies(p.officers[std::size_t(o)], *dm))
                ++n;
        now += coverCost(*dm, n);
    }

    // The cover rows each option counts on: per day of the pair and shift, the rows of that shift
    // (an officer counts only on the rows whose skills he has).
    std::vector<std::vector<int>> rowsOf(std::size_t(L) * std::size_t(nS));
    for (std::size_t k = 0; k < rows.size(); ++k)
        if (rows[k]->shift >= 0 && rows[k]->shift < nS)
            rowsOf[std::size_t(rows[k]->day - day) * std::size_t(nS) + std::size_t(rows[k]->shift)].push_back(int(k));
    const auto forEachRow = [&](const Option &opt, const auto &f) {
        const Officer &of = p.officers[std::size_t(opt.officer)];
        for (int k = 0; k < L; ++k)
            if (const int c = opt.cells[std::size_t(k)]; c != kOff)
                for (int r : rowsOf[std::size_t(k) * std::size_t(nS) + std::size_t(c)])
                    if (qualifies(of, *rows[std::size_t(r)]))
                        f(r);
    };

    std::unique_ptr<glp_prob, decltype(&glp_delete_prob)> owner(glp_create_prob(), &glp_delete_prob);
    glp_prob *lp = owner.get();
    glp_set_obj_dir(lp, GLP_MIN);
    LpBuilder builder(lp);
    // One option per officer, and the window's cover rows with their slacks.
    const int firstOfficerRow = builder.row(GLP_FX, 1.0, 1.0);
    for (int o = 1; o < nO; ++o)
        builder.row(GLP_FX, 1.0, 1.0);
    std::vector<int> coverRow(rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k)
        coverRow[k] = builder.coverRow(*rows[k]);
    builder.load();
    const int slackColumns = glp_get_num_cols(lp);   // the option columns come after them
    // The options are columns only once they are wanted (column generation): at first each officer's
    // current cells, then, after each LP, the options whose reduced cost under its duals is negative,
    // the few cheapest per officer, until there are none. On Instance24 (150 officers x up to 33 x 33
    // options) the LP over all options took about 18 ms; priced, a few hundred columns carry it.
    std::vector<int> columnOf(options.size(), 0);   // the option's LP column, 0 while it has none
    // Ties: many rosters of the two days often cost the same, and the simplex ends at the optimal
    // vertex nearest its start (the current cells), so a pass changed few cells besides the gain's.
    // The LP's costs get a random addition per option, below kTieBreak over all officers together:
    // the LP ends at a random optimal vertex, whose whole officers the integer program then keeps
    // (below). The row improvement after a pass starts from more varied rosters: 60 s, paired seeds
    // (docs/BENCHMARKS.md), 23 and 24 better on all three, 22 on average (33583 against 33868 over
    // seeds 2-11). The integer program has the true costs; the LP's bound is off by less than
    // kTieBreak, which the tests on the bound below allow for.
    constexpr double kTieBreak = 0.4;
    std::vector<double> optionCost(options.size());
    {
        std::uint64_t state = seed ^ (std::uint64_t(day) * 0x9E3779B97F4A7C15ULL);
        for (std::size_t j = 0; j < options.size(); ++j) {
            state += 0x9E3779B97F4A7C15ULL;   // splitmix64
            std::uint64_t z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
            z ^= z >> 31;
            optionCost[j] = double(options[j].cost) + kTieBreak / double(nO) * double(z >> 11) * 0x1.0p-53;
        }
    }
    const auto addColumn = [&](std::size_t j) {
        const Option &opt = options[j];
        const int c = glp_add_cols(lp, 1);
        glp_set_obj_coef(lp, c, optionCost[j]);
        glp_set_col_bnds(lp, c, GLP_DB, 0.0, 1.0);
        std::vector<int> ind { 0, firstOfficerRow + opt.officer };
        forEachRow(opt, [&](int r) { ind.push_back(coverRow[std::size_t(r)]); });
        const std::vector<double> val(ind.size(), 1.0);
        glp_set_mat_col(lp, c, int(ind.size()) - 1, ind.data(), val.data());
        columnOf[j] = c;
    };
    for (int o = 0; o < nO; ++o)
        addColumn(std::size_t(currentOption[std::size_t(o)]));

    std::vector<double> rowDual(rows.size()), officerDual(static_cast<std::size_t>(nO));
    const auto readDuals = [&] {
        for (std::size_t k = 0; k < rows.size(); ++k)
            rowDual[k] = glp_get_row_dual(lp, coverRow[k]);
        for (int o = 0; o < nO; ++o)
            officerDual[std::size_t(o)] = glp_get_row_dual(lp, firstOfficerRow + o);
    };
    const auto reducedCost = [&](std::size_t j) {
        const Option &opt = options[j];
        double rc = optionCost[j] - officerDual[std::size_t(opt.officer)];
        forEachRow(opt, [&](int r) { rc -= rowDual[std::size_t(r)]; });
        return rc;
    };

    // The Lagrangian bound's part from the LP's columns (below): the LP's value less what its columns'
    // reduced costs contribute, plus what each slack's reduced cost contributes at its cheapest bound.
    const auto lagrangeBase = [&] {
        double base = glp_get_obj_val(lp);
        const int n = glp_get_num_cols(lp);
        for (int c = 1; c <= n; ++c) {
            const double rc = glp_get_col_dual(lp, c);
            base -= rc * glp_get_col_prim(lp, c);
            if (c > slackColumns)
                continue;
            // A slack at its cheapest bound.
            const int type = glp_get_col_type(lp, c);
            if (rc >= 0.0)
                base += rc * glp_get_col_lb(lp, c);
            else if (type == GLP_DB || type == GLP_FX)
                base += rc * glp_get_col_ub(lp, c);
            else
                return -std::numeric_limits<double>::infinity();
        }
        return base;
    };
    glp_smcp simplex;
    glp_init_smcp(&simplex);
    simplex.msg_lev = GLP_MSG_OFF;
    // The first LP (every officer's current cells and the cover slacks) starts from GLPK's advanced
    // basis, each later one from the last basis: the columns added are nonbasic at zero and keep it
    // feasible, so the primal simplex goes on from there.
    const int terminal = glp_term_out(GLP_OFF);
    glp_adv_basis(lp, 0);
    glp_term_out(terminal);
    constexpr int kColumnsPerOfficer = 3;
    constexpr double kEps = 1e-7;
    // Integer costs: a bound above this promises no gain of a unit (the tie-breaks allowed for).
    const double noGainAbove = double(now) - 1.0 + kTieBreak + 1e-6;
    std::vector<std::pair<double, std::size_t>> cheapest;
    std::vector<std::size_t> toAdd;
    for (;;) {
        if (glp_simplex(lp, &simplex) != 0 || glp_get_status(lp) != GLP_OPT)
            return result;
        readDuals();
        // The reduced costs of every option, the cheapest few per officer not yet a column, and the
        // Lagrangian bound: any solution costs at least the LP's value less what its columns'
        // reduced costs contribute, plus each officer's cheapest reduced cost (one option each)
        // and each slack's cheapest contribution. Once that bound shows no gain of a unit, the LP
        // need not converge (on a converged Instance24 roster a pass took 0.8 s in the LP instead
        // of 2.5 s; the bound ended 261 of its 363 pairs early, with the same result).
        double lagrange = lagrangeBase();
        toAdd.clear();
        for (std::size_t j = 0; j < options.size();) {
            // Options are grouped by officer.
            const int o = options[j].officer;
            cheapest.clear();
            double least = 0.0;
            for (; j < options.size() && options[j].officer == o; ++j) {
                const double rc = reducedCost(j);
                least = std::min(least, rc);
                if (columnOf[j] == 0 && rc < -kEps)
                    cheapest.emplace_back(rc, j);
            }
            lagrange += least;
            const std::size_t n = std::min<std::size_t>(cheapest.size(), kColumnsPerOfficer);
            std::partial_sort(cheapest.begin(), cheapest.begin() + std::ptrdiff_t(n), cheapest.end());
            for (std::size_t i = 0; i < n; ++i)
                toAdd.push_back(cheapest[i].second);
        }
        if (toAdd.empty())
            break;
        if (lagrange > noGainAbove) {
            result.solved = true;
            return result;
        }
        for (std::size_t j : toAdd)
            addColumn(j);
    }
    const double bound = glp_get_obj_val(lp);
    if (bound > noGainAbove) {
        result.solved = true;
        return result;
    }
    // Officers the relaxation gives one option whole keep it; the integer program decides the others
    // (a few dozen fractional officers at most, where all of them would take GLPK's branch and
    // bound seconds without an integer solution on Instance24's 150 officers x 32 shift types).
    for (std::size_t j = 0; j < options.size(); ++j)
        if (columnOf[j] != 0) {
            glp_set_obj_coef(lp, columnOf[j], double(options[j].cost));
            glp_set_col_kind(lp, columnOf[j], GLP_BV);
            if (glp_get_col_prim(lp, columnOf[j]) > 1.0 - 1e-7)
                glp_set_col_bnds(lp, columnOf[j], GLP_FX, 1.0, 1.0);
        }
    // The best integer solution so far: its options and value (now: none better than the roster).
    std::vector<std::size_t> chosen;
    long long value = now;
    const auto deadline = Clock::now() + std::chrono::milliseconds(std::max(1, milliseconds));
    const auto branchAndBound = [&] {
        glp_iocp mip;
        glp_init_iocp(&mip);
        mip.msg_lev = GLP_MSG_OFF;
        mip.presolve = GLP_ON;
        mip.tm_lim = int(std::max<long long>(1, std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count()));
        // Integer costs, none negative: a solution within less than one unit of the bound is
        // optimal. GLPK's gap is relative to the solution's value; one worth keeping is below now.
        mip.mip_gap = 0.99 / (double(now) + 1.0);
        const int ret = glp_intopt(lp, &mip);
        const int status = glp_mip_status(lp);
        if ((ret != 0 && ret != GLP_ETMLIM) || (status != GLP_OPT && status != GLP_FEAS))
            return;
        result.solved = true;
        if (const long long z = std::llround(glp_mip_obj_val(lp)); z < value) {
            value = z;
            chosen.clear();
            for (std::size_t j = 0; j < options.size(); ++j)
                if (columnOf[j] != 0 && glp_mip_col_val(lp, columnOf[j]) > 0.5)
                    chosen.push_back(j);
        }
    };
    // An integer solution of value z uses only options whose reduced cost is at most z - bound plus
    // the tie-breaks (its value in the LP's costs is the bound plus its columns' reduced costs, none
    // negative at the optimum). So the priced columns first; a solution better by at least one unit
    // than theirs (or than now) uses only options of reduced cost at most value - 1 + kTieBreak -
    // bound, which then join the program, and it runs again. (All such options at once made a pass
    // on Instance24 twice as slow.)
    branchAndBound();
    bool added = false;
    for (std::size_t j = 0; j < options.size(); ++j)
        if (columnOf[j] == 0 && reducedCost(j) <= double(value) - 1.0 + kTieBreak - bound + 1e-6) {
            addColumn(j);
            glp_set_obj_coef(lp, columnOf[j], double(options[j].cost));
            glp_set_col_kind(lp, columnOf[j], GLP_BV);
            added = true;
        }
    if (added && Clock::now() < deadline)
        branchAndBound();
    if (value >= now)
        return result;
    for (std::size_t j : chosen) {
        const Option &opt = options[j];
        for (int k = 0; k < L; ++k)
            roster[std::size_t(opt.officer)][std::size_t(day + k)] = opt.cells[std::size_t(k)];
    }
    result.changed = true;
    result.gain = now - value;
    return result;
}

std::vector<int> dayPairsByCost(const Problem &p, const Roster &roster)
{
    return dayWindowsByCost(p, roster, 2);
}

std::vector<int> dayWindowsByCost(const Problem &p, const Roster &roster, int length)
{
    // The evaluator's violations of what the pairs' program sees, by day.
    const int H = p.days;
    std::vector<long long> dayCost(static_cast<std::size_t>(std::max(0, H)), 0);
    for (const Violation &v : evaluate(p, roster, true).violations) {
        if (v.day < 0 || v.day >= H)
            continue;
        switch (v.rule) {
        case Rule::CoverAboveMaximum:
            dayCost[std::size_t(v.day)] += kCoverAboveMaximumCost * v.amount;
            break;
        case Rule::CoverUnder:
        case Rule::CoverBelowTarget:
        case Rule::CoverOver:
        case Rule::ShiftOnRequest:
        case Rule::ShiftOffRequest:
        case Rule::Stability:
            dayCost[std::size_t(v.day)] += v.cost;
            break;
        default:
            break;
        }
    }
    std::vector<std::pair<long long, int>> pairs;
    for (int d = 0; d + length <= H; ++d) {
        long long c = 0;
        for (int k = 0; k < length; ++k)
            c += dayCost[std::size_t(d + k)];
        if (c > 0)
            pairs.emplace_back(-c, d);
    }
    std::sort(pairs.begin(), pairs.end());
    std::vector<int> days;
    days.reserve(pairs.size());
    for (const auto &[cost, d] : pairs)
        days.push_back(d);
    return days;
}

} // namespace dd::scheduling
