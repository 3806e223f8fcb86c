// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/solver.h"

#include "scheduling/columngeneration.h"
#include "scheduling/dayassignment.h"
#include "scheduling/daypairassignment.h"
#include "scheduling/localsearch.h"
#include "scheduling/officerplanner.h"
#include "scheduling/weekendplan.h"
#include "scheduling/windowproblem.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <iterator>
#include <memory>
#include <numeric>
#include <random>
#include <thread>

namespace dd::scheduling {

namespace {

// A hard violation weighs like this many objective points per unit of amount (minutes for the minute
// rules), so the search trades any soft cost for feasibility (stability weights included).
constexpr long long kHardWeight = 1000000;
// Horizons up to this many days get column generation before the search (see Search::columnGeneration):
// priced exactly up to kRowPricingFromDays; by whole rows (planRow) first beyond it, and then exactly
// up to kColumnGenerationMaxDays; by whole rows and windows only up to kRowPricingMaxDays.
// Rows first on 5-8 weeks, 60 s: 14 1284 / 1291 / 1296 (seeds 1-3) against 1299 in every run with
// exact pricing alone, 15 3921 / 3861 / 3863 against 3883-3893, 17 5750 / 5750 against 5856-5861.
// Without the exact level after them, 16 lost its optimum (3342 against 3225).
constexpr int kRowPricingFromDays = 28;
constexpr int kColumnGenerationMaxDays = 56;
constexpr int kRowPricingMaxDays = 182;
// Beyond this many days the row-priced LP is not dived (its first dive gave 51029 on Instance20 from an
// LP of 5490): the polish starts from the best roster so far until kDecomposeFrom of the limit, then
// the window decomposition (Search::decompose) runs until kDecomposeUntil.
constexpr int kDiveMaxDays = 84;
constexpr double kDecomposeFrom = 0.55;
constexpr double kDecomposeUntil = 0.9;
// Five to twelve weeks (row pricing with dives): the first dive until this share of the limit, then
// the decomposition until the next; when it converges earlier, another dive from the root LP and the
// decomposition of its roster, and so on. Instance18, seed 2, had ended at 4689-4702 in every variant
// (5.3 %, its first dive 4844, the later dives and the LNS finding nothing after the decomposition
// converged at about 41 s); its second dive gave 5132, which the decomposition took to 4594. 60 s:
// 18 4591 (seed 2), 19 3236 / 3220 / 3236 / 3219 / 3231 / 3234 / 3325 (seeds 1-7), 14 1285, 15 3863.
// With the first dive cut at 50 %: 19 3226-3239 in 11 of 13 runs, 3316 and 3336 in two (of its
// objective, 3100 missing cover against 3000), 18 4587 / 4594 / 4609, 14 1285 / 1286, 15 3857 / 3854.
constexpr double kRowPricedDivesUntil = 0.65;
constexpr double kRowPricedDecomposeUntil = 0.9;
// The decomposition's windows: two weeks (then a pinned tail, see windowproblem.h).
constexpr int kDecompositionDays = 14;
// ... but four weeks on five to twelve weeks (after the dives), each window with at least
// kWideDecompositionSeconds for its LP and as much for its dives. There the last units of missing
// cover (100 each, nearly all on weekends) need a shift or a weekend moved further than two-week
// windows can move it. Instance19, 60 s, seeds 1-6: 3230 / 3217 / 3238 / 3234 / 3229 / 3232, all
// within 5 % of 3149, against 3350 / 3271 / 3446 (seeds 1, 3, 4) and 3331 in the table with two weeks,
// whose pass stopped between 3241 and 3447. Two weeks first, then four once a pass changed nothing:
// 3241 / 3234 / 3243 / 3239 but 3449 on another run of seed 1. Up to six weeks: no better (18
// 4585 / 4694, 19 3251 / 3231). 14-18 as before (14 1284 / 1291, 15 3895 / 3855, 16 3225, 17
// 5749 / 5750, 18 4592 / 4695, seeds 1 / 2). Half a year did worse with them (20, seed 2: 5482
// against 5054), as its polish and LNS gain more after the two-week pass.
constexpr int kWideDecompositionDays = 28;
constexpr double kWideDecompositionSeconds = 3.0;
// Up to 8 weeks with more than this many officers x shift types (Instance13: 120 x 18) the whole
// LP is too big for the minute: from the construction GLPK and the pricing took it only from 104159
// to 4522 in 24 s (a roster of 1348 exists), and a dive from an LP of 1414 still gave 2360 after 20 s.
// There the polish runs until kWidePolishUntil of the limit, then the window decomposition until
// kDecomposeUntil, each two-week window getting kWideWindowSeconds for its LP and as much for its
// dives. 60 s, seeds 1-3: 13 1421 / 1416 / 1414 against 1873-2268 with the whole LP; with 3 s a
// window 2095, with 8 s 1714 / 1592; the polish until 20 % 1419 / 1415 / 1533. Instance12 (60 x 10)
// and 14 (32 x 4) did worse this way (4086 and 1564 against 4040 and 1299). The window's time is
// seconds, not a share of the limit: its LP needs what it needs (30 s limit, seeds 1 and 2: 2059 /
// 1538 with 6 s windows, 2285 with 3 s).
constexpr int kWideOfficersTimesTypes = 1000;
constexpr double kWidePolishUntil = 0.1;
constexpr double kWideWindowSeconds = 6.0;
// The melt (Search::melt): its share of the time left after the construction, on horizons beyond the
// column generation (a year). 60 s, seeds 1-3: with 0.15, 24 67127 / 68615 / 66815 against 73301 /
// 73488 / 71947 with 0.6, 22 36334 / 35578 / 35652 against 36499 / 36681 / 35773, 23 21601 / 21856 /
// 21435 against 21588 / 21251 (seeds 1 and 3): the row-by-row settle that follows gains more per second.
constexpr double kMeltShare = 0.15;
// ... but no melt where officers x days x shift types exceed kMeltMaxSize (Instance24: 150 x 364 x 32,
// 1.75 million; 23: 0.58 million; 22: 0.18 million): there the melt's roster is no better a start
// for the settle than the construction's, which reaches the same level seconds earlier (24, seed 1:
// the consolidation from 16.2 s at 80121 against 22.7 s at 80350). 60 s, seeds 1-7, without and
// with the melt: 24 50176 / 51875 / 50177 / 48965 / 51152 / 50287 / 49843 against 52046 / 51246 /
// 53282 / 50594 / 52555 / 53365 / 50105 (mean 50354 against 51885). On 23 the melt pays (its settle
// ends at 29467 with it, 32992 without; seeds 1-3 19614 / 19433 / 19372 with, 19953 / 19604 / 19334
// without), and on 22 it never reaches feasibility, so its time is lost, but 22 converges by 30 s
// either way (33713 / 33385 / 33934 with, 33836 / 33424 / 34014 without).
constexpr double kMeltMaxSize = 1.0e6;
// The polish (Search::polish): when it starts (share of the time limit), its share of the time then
// left, its first temperature and what one hard unit costs it (LocalSearchOptions).
constexpr double kPolishAt = 0.75;
constexpr double kPolishShare = 0.8;
constexpr double kPolishStartTemperature = 5.0;
constexpr double kPolishHardWeight = 1000.0;
// Up to four weeks, after every dive that took at least kDescentAfterDiveSeconds, the LNS at its
// coldest temperature (Search::descend) for as long as the dive took, at most kDescentSeconds, and
// until kDescentStallSteps steps in a row found nothing better. Instance12, 60 s: 4040 in 15 of 16
// seeds, mostly by 20 s (3 of 5 at about 58 s before); after short dives (6, 7) or before the
// decomposition (14, 19) they did worse (docs/BENCHMARKS.md).
constexpr double kDescentSeconds = 5.0;
constexpr double kDescentAfterDiveSeconds = 1.0;
constexpr long long kDescentStallSteps = 3000;
// Up to four weeks with at most this many officers x shift types (Instances 1-7), once the first dive
// is done, the branch and price (ColumnGeneration::branchAndPrice) runs for kBranchAndPriceShare of
// the limit, then the dives go on; when its tree is searched to the end the solve stops with a proven
// optimum (1-4 in under a second). 60 s, seeds 1-4: 6 1950 on three or four seeds of four (one before),
// 7 1057 on all four (1056 on seed 1 before). See docs/SCHEDULER.md for the variants tried.
constexpr int kBranchAndPriceMaxSize = 100;
constexpr double kBranchAndPriceShare = 0.2;

// Weekend consolidation (Search::consolidate), on the melt path (a year) when some officer's weekend
// limit binds: rounds of consolidation (whole rows re-planned with a guide cost per weekend worked on
// one day only, cycling through kSplitWeekendCosts), rebalancing (a guide per officer a weekend has
// above or below its need), perturbation (a short anneal) or, when the LP of the weekend days is small
// enough (kWeekendPlanMaxSize) and leaves weekend cover short, the weekend plan (a guide per weekend
// the LP works or leaves), or day pairs (below), each followed by whole-row improvement and kept when
// better; the last kFinalDayPairShare of the limit goes to the day-pair descent. It follows the settle
// at once and runs to the end, with no LNS or polish (2026-11-28; before, the LNS ran until it stalled
// unless the settle ended late, as on Instance24). 60 s, seeds 1-6, the LNS first against none: 23
// 20301 / 19995 / 20008 / 19559 / 20056 / 20008 against 19658 / 19715 / 19992 / 19458 / 19975 / 19385,
// 22 33894 / 33297 / 33371 / 33798 / 33941 / 33713 against 33418 / 33231 / 33940 / 33377 / 33428 / 33531.
constexpr long long kSplitWeekendCosts[] = {100, 200, 50};
// Rebalancing rounds move worked weekends towards the weekends short of officers
// (LocalSearch::rebalanceWeekends), with this guide per officer above or below a weekend's need.
constexpr long long kRebalanceWeekendCost = 100;
// A perturbation round anneals this long (at most this share of the limit) before its row descent.
constexpr double kPerturbationSeconds = 3.0;
constexpr double kPerturbationShare = 0.05;
// A weekend-plan round (LocalSearch::followWeekendPlan): this guide per weekend the LP of the weekend
// days (planWeekends()) works or leaves, and this one per weekend worked on one day only. 60 s, paired
// seeds 2, 4-6, Instance22: 33284 / 33449 / 33875 / 33217 against 34049 / 34138 / 34230 / 34386
// without the plan. A guide of 150 or 600 did worse on seed 1 (34300, 34323 against 33575).
constexpr double kWeekendPlanCost = 300.0;
constexpr long long kWeekendPlanSplitCost = 100;
// Day pairs (reassignDayPair(): every officer's cells on two consecutive days re-chosen at once by a
// small integer program): a kind of consolidation round, of at most kDayPairRoundSeconds (or
// kDayPairRoundShare of the limit), and a descent of passes and row improvement over the last
// kFinalDayPairShare of the limit. GLPK's branch and bound gets at most kDayPairMilliseconds a pair.
// A pass takes about 0.3 s on Instance22, 0.6 s on 23 and 2-4 s on 24 (0.6, 3 and 18 s before the
// pairs' LP priced its columns); from 60 s rosters one pass took 22 33267 -> 32875, 23 20336 -> 19823
// and 24 54839 -> 49899, where row improvement had converged. Each pair gets a seed from the
// search's stream, which picks among equally cheap results.
// 60 s, the same binary with and without day pairs, seeds 3 and 4 (docs/BENCHMARKS.md): 23 20116 /
// 19813 against 21285 / 21034, 24 51819 / 55786 against 58095 / 59158; 22 (seeds 3-5) 33789 / 33469
// / 33303 against 33809 / 33500 / 33559. A descent right after the settle instead did worse (24
// 61396 / 59857), and so did rounds of at most 5 s on 24 (56927 / 56962 / 58065 against 56130 /
// 56215 / 56733 with 15 s).
constexpr int kDayPairMilliseconds = 200;
// Three-day windows (reassignDays()) are a sixth kind of round when an officer has at most this many
// options on three days ((shift types + 1)^3: Instance22 1331, 23 4913; on 24, 35937, a window took
// about 0.2 s, a minute a pass). A pass takes about 0.6 s on 22 and 4 s on 23. 60 s, seeds 1-4,
// with and without: 23 19053 / 19588 / 19454 / 19229 against 19820 / 19541 / 19449 / 19769; 22
// 33574 / 32820 / 33965 / 33341 against 33514 / 33282 / 34130 / 32631 (its rounds of both kinds
// gain nothing from about 30 s on).
constexpr double kDayTripleMaxOptions = 5000;
constexpr double kDayPairRoundSeconds = 15.0;
constexpr double kDayPairRoundShare = 0.25;
constexpr double kFinalDayPairShare = 0.1;

long long penalised(const Evaluation &e) { return e.objective + kHardWeight * hardUnits(e); }

using Clock = std::chrono::steady_clock;

} // namespace

struct Solver::Shared
{
    std::atomic<bool> cancelled{false};
    std::atomic<bool> done{false};
    std::atomic<long long> iterations{0};
    mutable std::mutex mutex;           // guards everything below and serialises the progress callback
    Roster best;
    long long bestScore = LLONG_MAX;
    Evaluation bestEvaluation;
    double timeToBest = 0;
    bool proven = false; // the branch and price searched its tree to the end: best is optimal
    double lowerBound = -HUGE_VAL;
    Clock::time_point started;
    double lastProgress = -1;
};

// One search thread.
class Search
{
public:
    Search(Solver &solver, const SolverOptions &options, std::uint64_t seed)
        : m_solver(solver), m_p(solver.m_problem), m_opt(options), m_rng(seed)
    {
        m_nO = int(m_p.officers.size());
        m_nS = int(m_p.shifts.size());
        m_H = m_p.days;
        m_rowsAt.resize(std::size_t(m_H * m_nS));
        for (std::size_t k = 0; k < m_p.demands.size(); ++k) {
            const Demand &dm = m_p.demands[k];
            m_rowsAt[std::size_t(dm.day * m_nS + dm.shift)].push_back(int(k));
        }
        m_count.assign(m_p.demands.size(), 0);
        m_forbidden.assign(std::size_t(m_nO), std::vector<char>(std::size_t(m_H * (m_nS + 1)), 0));
        for (int o = 0; o < m_nO; ++o) {
            const Officer &of = m_p.officers[std::size_t(o)];
            for (int d : of.daysOff)
                if (d >= 0 && d < m_H)
                    for (int s = 0; s < m_nS; ++s)
                        forbid(o, d, s);
            for (int s = 0; s < m_nS; ++s) {
                const bool noSkill = (m_p.shifts[std::size_t(s)].requiredSkills & of.skills) != m_p.shifts[std::size_t(s)].requiredSkills;
                const bool never = s < int(of.maxShifts.size()) && of.maxShifts[std::size_t(s)] == 0;
                if (noSkill || never)
                    for (int d = 0; d < m_H; ++d)
                        forbid(o, d, s);
            }
        }
        for (const Pin &pin : m_p.pins) {
            for (int s = -1; s < m_nS; ++s)
                if (s != pin.shift)
                    forbid(pin.officer, pin.day, s);
        }
        m_requestsAt.resize(std::size_t(m_nO * m_H));
        for (std::size_t k = 0; k < m_p.requests.size(); ++k) {
            const Request &r = m_p.requests[k];
            m_requestsAt[std::size_t(r.officer * m_H + r.day)].push_back(int(k));
        }
        // The day move needs one convex cover cost per shift, the same for every officer.
        for (const auto &rows : m_rowsAt) {
            if (rows.size() > 1)
                m_dayMoves = false;
            for (int k : rows)
                if (m_p.demands[std::size_t(k)].skills != 0)
                    m_dayMoves = false;
        }
        if (m_p.patrolWeight > 0)
            m_dayMoves = false;
        // Patrol costs depend only on who else is on that day and shift, so they are priced exactly;
        // fairness depends on everybody's totals and is left to the acceptance test.
        m_separable = m_p.nightFairnessWeight <= 0 && m_p.weekendFairnessWeight <= 0 && m_p.holidayFairnessWeight <= 0;
    }

    // Column generation first (problems whose objective it can price, horizons up to 26 weeks, no roster
    // given), starting from the construction's roster: its rosters are offered as they come, and the
    // search then goes on from the best of them. Returns that roster (empty when column generation does
    // not apply). Its share of the time: the LP at most 40 % of the limit, then up to 4 weeks the dives
    // until 80 % (none after the first dive when that found no roster keeping the rules: then the
    // polish starts), five to twelve weeks the first dive until 65 % and the window decomposition
    // (with a new dive each time it converges) until 90 %, half a year the polish until 55 % and the window decomposition until 90 %. Up to 8 weeks
    // with many officers x shift types (Instance13) there is no whole LP: the polish until 10 %, then
    // the window decomposition until 90 %.
    Roster columnGeneration()
    {
        phase("construction");
        // Beyond 8 weeks the exact whole-horizon pricing is too slow for a minute's run (on Instances 18
        // and 19, 12 weeks, it did worse than the search alone: 5522 and 5590 against 5333 and 5223,
        // 60 s). Up to half a year whole rows are priced by planRow() instead, then windows: 60 s, seed
        // 1, 18 4612, 19 3389 and 20 5246 against 5431, 3834 and 5997 from the melt; 21 22269 against
        // 22116 (docs/BENCHMARKS.md has the other runs). A year (22-24) never solved its LP within the
        // minute and did much worse (24: 142943 against 69099): the melt keeps those.
        if (!ColumnGeneration::applicable(m_p) || m_H > kRowPricingMaxDays)
            return {};
        double budget = 0.4;
        ColumnGenerationOptions o;
        o.stop = [this, &budget] {
            progress(true);
            return timeUp() || (m_opt.timeLimitSeconds > 0 && elapsed() >= budget * m_opt.timeLimitSeconds);
        };
        o.offer = [this](const Roster &r) { adopt(r); };
        o.rowPricing = m_H > kRowPricingFromDays;
        o.exactAfterRows = m_H <= kColumnGenerationMaxDays;
        o.maxLabels = 100000;   // a whole-horizon pricing call beyond this takes seconds: give up, inexact
        if (m_opt.timeLimitSeconds > 0)
            o.lpMilliseconds = std::max(200, int(m_opt.timeLimitSeconds * 50));   // 5 % of the limit
        // The LNS construction gives the first roster (at once a best so far) and the starting columns.
        construct();
        recount();
        resync();
        offer();
        // Rows the construction left broken (minutes short on 14 and 17) are mended first: the LP
        // keeps such a starting column at a flat 10^5 extra, and on 14 and 17 every dive then kept
        // some officer on one. Mended, the dives find rosters that keep the rules (60 s, seeds 1 and
        // 2: 14 1301 / 1294 against 1381 / 1351, 17 5861 / 5753 against 5987 / 5759).
        if (annealing())
            adopt(mended(m_roster));
        const Roster constructed = m_roster;
        // A construction that alone took a tenth of the time (long horizons, many shift types) leaves
        // too little for whole-horizon pricing: the search gets the time instead.
        if (m_opt.timeLimitSeconds > 0 && elapsed() > 0.1 * m_opt.timeLimitSeconds)
            return constructed;
        m_columnGenerationRan = true;
        if (m_H <= kColumnGenerationMaxDays && m_nO * m_nS > kWideOfficersTimesTypes && annealing()) {
            polish(kWidePolishUntil * m_opt.timeLimitSeconds - elapsed());
            decompose(kDecomposeUntil * m_opt.timeLimitSeconds, kWideWindowSeconds);
            return bestOr(constructed);
        }
        phase("column generation");
        ColumnGeneration cg(m_p, o);
        cg.addColumns(constructed);
        // Not proven optimal within its share of the time: the dive still starts from the LP as it is.
        // (Handing the time after 60 % to the local search's melt instead won on 13, 3317 -> 2224, but
        // lost on 8, 12, 14 and 15, whose dives end within a few per cent: docs/SCHEDULER.md.)
        const bool lpSolved = cg.solveRelaxation();
        if (!lpSolved && (m_solver.m_shared->cancelled || m_solver.m_shared->done))
            return constructed;
        // Half a year: polish the best roster so far, then improve it window by window with the
        // column generation (60 s, seeds 1 and 2: 20 5075 / 5060 against 5360 / 5091 with dives,
        // 21 21633 / 21723 against 22118; 18 and 19, twelve weeks, did better with the dives).
        if (m_H > kDiveMaxDays && annealing()) {
            polish(kDecomposeFrom * m_opt.timeLimitSeconds - elapsed());
            decompose(kDecomposeUntil * m_opt.timeLimitSeconds);
            return bestOr(constructed);
        }
        // With the decomposition to follow, the first dive too ends at its share: on Instance19 it ran
        // to 46.5 s of 60 (5065), and the decomposition, which does most of 19's work, had 5 s left
        // (3456). Capped, seeds 1-3: 3244 / 3242 / 3358. A cut dive still offers its rounded LP.
        const bool thenDecompose = o.rowPricing && annealing();
        budget = thenDecompose ? kRowPricedDivesUntil : 0.8;
        phase("dives");
        double diveStarted = elapsed();
        const Roster r = cg.dive();
        if (!r.empty()) {
            adopt(r);
            if (!thenDecompose)
                descend(elapsed() - diveStarted, o.stop);
        }
        // The dives only pay when the LP has a solution and its rounding keeps the rules: on 13 the LP
        // had none after its 40 %, and on 14 and 17 every dive kept some officer on an infeasible
        // starting column, so the whole column generation left them nothing (1440 and 5970 came from
        // the last quarter). Then the polish takes the time at once.
        bool feasibleBest = false;
        {
            std::lock_guard<std::mutex> lock(m_solver.m_shared->mutex);
            feasibleBest = !m_solver.m_shared->best.empty() && m_solver.m_shared->bestEvaluation.feasible();
        }
        if (m_opt.timeLimitSeconds > 0 && (cg.lpObjective() <= 0 || !feasibleBest)) {
            m_polishNow = true;
            return bestOr(constructed);
        }
        // Up to four weeks with a proven LP and few officers x shift types: the branch and price for a
        // fifth of the limit before more dives; when it searches its tree to the end the best roster is
        // optimal and the solve ends.
        if (!thenDecompose && lpSolved && cg.pricingExact() && m_nO * m_nS <= kBranchAndPriceMaxSize
            && m_opt.timeLimitSeconds > 0) {
            phase("branch and price");
            budget = std::min(0.8, elapsed() / m_opt.timeLimitSeconds + kBranchAndPriceShare);
            const BranchAndPriceResult tree = cg.branchAndPrice([this] { return bestFeasibleObjective(); });
            {
                Solver::Shared &sh = *m_solver.m_shared;
                std::lock_guard<std::mutex> lock(sh.mutex);
                sh.lowerBound = std::max(sh.lowerBound, tree.lowerBound);
                if (tree.proven && sh.bestEvaluation.feasible()) {
                    sh.proven = true;
                    sh.done = true;
                }
            }
            if (tree.proven)
                return bestOr(constructed);
            budget = 0.8;
            phase("dives");
        }
        // With row pricing (5 to 12 weeks) the window decomposition (four-week windows) follows the first
        // dive until 90 % of the limit; each time it converges earlier, another dive from the root LP
        // gives it a new roster to start from, and the best so far is kept (kRowPricedDivesUntil).
        // Before, the later dives ran until 65 % and the decomposition from the best of them until 85 %
        // (60 s, seeds 1-3: 19 3252 / 3339 / 3353 against 3323 / 3318 / 3420 with dives alone).
        if (thenDecompose) {
            budget = kRowPricedDecomposeUntil;
            decompose(kRowPricedDecomposeUntil * m_opt.timeLimitSeconds, 0, kWideDecompositionDays);
            for (int variant = 1; !o.stop() && variant < 1000; ++variant) {
                phase("dives");
                const Roster more = cg.dive(variant);
                if (more.empty() || o.stop())
                    break;
                decompose(kRowPricedDecomposeUntil * m_opt.timeLimitSeconds, 0, kWideDecompositionDays, &more);
            }
            return bestOr(constructed);
        }
        // Otherwise, with a time limit, more dives from the root until 80 % of it (each adds columns as
        // well), each followed by a descent.
        for (int variant = 1; m_opt.timeLimitSeconds > 0 && !o.stop() && variant < 1000; ++variant) {
            diveStarted = elapsed();
            if (const Roster more = cg.dive(variant); !more.empty()) {
                adopt(more);
                descend(elapsed() - diveStarted, o.stop);
            }
        }
        // The search goes on from the best roster so far: a dive cut short by the time limit leaves a
        // rounded LP solution that may be worse than the construction.
        return bestOr(constructed);
    }

    // The LNS at its coldest temperature from the current roster (a dive's), for as long as the dive
    // took but at most kDescentSeconds, and until kDescentStallSteps steps in a row found nothing
    // better: the few units a dive leaves above the optimum are often a handful of officers' windows
    // away. Part of the dives' phase (not a phase of its own: one per dive would fill the list).
    void descend(double diveSeconds, const std::function<bool()> &over)
    {
        if (!annealing() || diveSeconds < kDescentAfterDiveSeconds)
            return;
        const double until = elapsed() + std::min(kDescentSeconds, diveSeconds);
        m_cold = true;
        long long best = m_score, since = 0;
        while (!over() && elapsed() < until && since < kDescentStallSteps) {
            step();
            m_solver.m_shared->iterations.fetch_add(1, std::memory_order_relaxed);
            ++m_iterations;
            ++since;
            if (m_score < best) {
                best = m_score;
                since = 0;
                if (!m_separable || (m_iterations & 63) == 0)
                    resync();
                offer();
            }
        }
        m_cold = false;
    }

    // The objective of the best roster so far when it keeps every hard rule, else LLONG_MAX.
    long long bestFeasibleObjective() const
    {
        std::lock_guard<std::mutex> lock(m_solver.m_shared->mutex);
        const Solver::Shared &sh = *m_solver.m_shared;
        return !sh.best.empty() && sh.bestEvaluation.feasible() ? sh.bestEvaluation.objective : LLONG_MAX;
    }

    // The best roster so far (shared by every search thread), or `fallback` when there is none yet.
    Roster bestOr(const Roster &fallback) const
    {
        Roster best = m_solver.bestSoFar();
        return best.empty() ? fallback : best;
    }

    // Makes r the current roster and offers it as a new best.
    void adopt(const Roster &r)
    {
        if (int(r.size()) != m_nO)
            return;
        m_roster = r;
        recount();
        resync();
        offer();
    }

    void run(const Roster *initial, bool restarts)
    {
        m_roster.assign(std::size_t(m_nO), std::vector<int>(std::size_t(m_H), kOff));
        if (initial && int(initial->size()) == m_nO)
            m_roster = *initial;
        else
            construct();
        recount();
        resync();
        offer();
        findHardRows();
        // Timed solves from scratch: horizons beyond the column generation start with a melt (not the
        // largest, kMeltMaxSize), after which the best roster is settled (broken rows mended, then every
        // row re-planned whole while that pays); the last quarter of the time (all that is left after
        // the column generation) starts with a polish.
        bool polished = !restarts || !annealing();
        const bool meltPath = restarts && annealing() && m_H > kColumnGenerationMaxDays && !m_columnGenerationRan;
        if (meltPath) {
            if (double(m_nO) * double(m_H) * double(m_nS) <= kMeltMaxSize)
                melt(kMeltShare * (m_opt.timeLimitSeconds - elapsed()));
            settle();
            // Where the weekend limit binds, the consolidation gains far more per second than the
            // LNS (Instance23, 60 s: 23785 -> 19958 in its 18 s, against 29480 -> 23785 in the LNS's
            // 21 s before it): it follows the settle at once and runs to the end.
            if (weekendLimitBinds() && consolidate(m_opt.timeLimitSeconds))
                polished = true;
        }
        // Restarts: the search falls into deep funnels (which weekend each officer works, say); after
        // a long stretch without a new best of its own it starts again from a fresh construction.
        // Never when re-planning from a given roster, which is the point of stability.
        const long long restartAfter = 8000 + 200LL * m_nO;
        long long sinceBest = 0;
        while (!stop()) {
            if (!polished && (m_polishNow || elapsed() >= kPolishAt * m_opt.timeLimitSeconds)) {
                polished = true;
                polish(kPolishShare * (m_opt.timeLimitSeconds - elapsed()));
                continue;
            }
            phase("search");
            m_stepDeadline = !polished ? kPolishAt * m_opt.timeLimitSeconds : std::numeric_limits<double>::infinity();
            step();
            m_stepDeadline = std::numeric_limits<double>::infinity();
            m_solver.m_shared->iterations.fetch_add(1, std::memory_order_relaxed);
            ++m_iterations;
            if (m_score < m_bestLocal) {
                sinceBest = 0;
                if (!m_separable || (m_iterations & 63) == 0)
                    resync();
                offer();
            } else if (++sinceBest > restartAfter && restarts) {
                sinceBest = 0;
                m_bestLocal = LLONG_MAX;
                construct();
                resync();
                offer();
                findHardRows();
            }
            progress();
        }
        resync();
        offer();
    }

    const std::vector<SolverPhase> &phases() const { return m_phases; }

private:
    // The cell-level simulated annealing (LocalSearch) for `seconds` from the best roster so far (its
    // broken rows mended first), with hard rules dear throughout (kPolishHardWeight per unit), so it
    // moves among rosters that keep them while it lowers the objective. Its best roster is then
    // improved row by row, and the LNS goes on from there.
    void polish(double seconds)
    {
        if (seconds <= 0.05)
            return;
        phase("polish");
        LocalSearch ls(m_p, mended(bestOr(m_roster)));
        LocalSearchOptions o = annealingOptions(seconds);
        o.startTemperature = kPolishStartTemperature;
        o.startHardWeight = o.endHardWeight = kPolishHardWeight;
        ls.setMinutePrices(m_minutePrices);
        adopt(ls.run(o));
        m_minutePrices = ls.minutePrices();
        improveRows(m_opt.timeLimitSeconds);
        findHardRows();
    }

    // Whether some officer may work fewer weekends than the horizon has (then which weekends each
    // officer works, and whether whole, decides the weekend cover).
    bool weekendLimitBinds() const
    {
        const int weekends = m_H > 0 ? m_p.weekendIndex(m_H - 1) + 1 : 0;
        return std::any_of(m_p.officers.begin(), m_p.officers.end(),
                           [weekends](const Officer &of) { return of.maxWeekends != kUnlimited && of.maxWeekends < weekends; });
    }

    // One pass of reassignDays() over the windows of `length` consecutive days (pairs unless told)
    // that cost something, dearest first (dayWindowsByCost()), until `over`; what the pass gained on
    // the windows' own costs. Progress is reported between windows (a pass of pairs takes up to about
    // 4 s on Instance24).
    long long reassignDayWindows(Roster &r, const std::function<bool()> &over, int length = 2)
    {
        long long gain = 0;
        for (int d : dayWindowsByCost(m_p, r, length)) {
            progress(true);
            if (over())
                break;
            gain += reassignDays(m_p, r, d, length, kDayPairMilliseconds, m_rng()).gain;
        }
        return gain;
    }

    // The weekend plan's guides (planWeekends(), the LP of the weekend days over the whole horizon),
    // computed once: per officer and weekend -kWeekendPlanCost where the LP works it and
    // +kWeekendPlanCost where it does not. Empty when the LP is too large or unsolved, or when it
    // covers every weekend shift (value below 1): then very many plans are optimal and the interior
    // point's centre, one of them, misleads (Instance23, whose plan did worse, docs/SCHEDULER.md).
    const std::vector<std::vector<double>> &weekendPlanCost()
    {
        if (!m_weekendPlanned) {
            m_weekendPlanned = true;
            if (const WeekendPlan plan = planWeekends(m_p); plan.solved && plan.value >= 1.0) {
                m_weekendPlanCost = plan.worked;
                for (auto &officer : m_weekendPlanCost)
                    for (double &z : officer)
                        z = kWeekendPlanCost * (1.0 - 2.0 * z);
            }
        }
        return m_weekendPlanCost;
    }

    // Weekend consolidation until kFinalDayPairShare of the limit before `end`, from the best roster
    // so far: rounds of LocalSearch::consolidateWeekends() (whole rows with a guide cost per split
    // weekend, cycling through kSplitWeekendCosts), LocalSearch::rebalanceWeekends(), a perturbation
    // (below), LocalSearch::followWeekendPlan() (the guides of planWeekends()) or a pass of
    // reassignDayPair(), each followed by improveRows(), which spends the weekends freed where cover
    // is short. A round that ends better is kept; otherwise the search goes back to the best roster.
    // Then the day-pair descent (pairDescent()) until `end`. Only from a roster that keeps every hard
    // rule (the guides never break one); false when it did not run.
    bool consolidate(double end)
    {
        double until = end - kFinalDayPairShare * m_opt.timeLimitSeconds;
        const auto over = [this, &until] { return stop() || elapsed() >= until; };
        if (over())
            return false;
        Roster best = bestOr(m_roster);
        auto ls = std::make_unique<LocalSearch>(m_p, best);
        ls->setMinutePrices(m_minutePrices);
        if (ls->hardUnits() > 0)
            return false;
        phase("consolidation");
        ls->improveRows(1000, m_rng(), over);
        long long bestObjective = ls->objective();
        best = ls->roster();
        adopt(best);
        // Six kinds of round, each followed by improveRows(): consolidation (kSplitWeekendCosts in
        // turn), rebalancing, a perturbation (a short anneal from the best roster, whose last
        // roster, not its best, is improved: a kick the row descent cannot give itself), the
        // weekend plan (when its LP was solved and leaves weekend cover short), day pairs (every
        // officer's cells on two days at once, dearest pairs first, for at most kDayPairRoundSeconds)
        // and, with few shift types (kDayTripleMaxOptions), the same over three days.
        // Which kind pays differs by instance (the perturbation wins on Instance24 and loses on 22
        // and 23), so each is tried once, then the one with the best recent gain per second runs,
        // and every fourth round the one unused longest.
        enum Kind { Consolidation, Rebalancing, Perturbation, Plan, DayPairs, DayTriples, Kinds };
        const bool triples = std::pow(double(m_nS + 1), 3.0) <= kDayTripleMaxOptions;
        double rate[Kinds];
        std::size_t lastUsed[Kinds];
        std::fill(std::begin(rate), std::end(rate), std::numeric_limits<double>::infinity());
        std::fill(std::begin(lastUsed), std::end(lastUsed), std::size_t(0));
        // The weekend plan's guides (weekendPlanCost()); empty when there is no plan.
        const std::vector<std::vector<double>> &planCost = weekendPlanCost();
        std::size_t consolidations = 0;
        bool descended = false;
        for (std::size_t k = 1;; ++k) {
            if (over()) {
                // The day-pair descent, once; should it converge early, more rounds until the end.
                if (descended || stop() || elapsed() >= end)
                    break;
                descended = true;
                m_minutePrices = ls->minutePrices();
                adopt(best);
                pairDescent(end);
                best = m_roster;
                bestObjective = evaluate(m_p, best).objective;
                until = end;
                phase("consolidation");
                ls = std::make_unique<LocalSearch>(m_p, best);
                ls->setMinutePrices(m_minutePrices);
                continue;
            }
            int kind = 0;
            for (int i = 1; i < Kinds; ++i)
                if ((i != Plan || !planCost.empty()) && (i != DayTriples || triples)
                    && (k % 4 == 0 ? lastUsed[i] < lastUsed[kind] : rate[i] > rate[kind]))
                    kind = i;
            lastUsed[kind] = k;
            const double started = elapsed();
            if (kind == Consolidation) {
                ls->consolidateWeekends(kSplitWeekendCosts[consolidations++ % std::size(kSplitWeekendCosts)], m_rng(), over);
            } else if (kind == Rebalancing) {
                ls->rebalanceWeekends(kRebalanceWeekendCost, m_rng(), over);
            } else if (kind == Plan) {
                ls->followWeekendPlan(planCost, double(kWeekendPlanSplitCost), m_rng(), over);
            } else if (kind == DayPairs || kind == DayTriples) {
                Roster r = ls->roster();
                const double roundEnd = elapsed() + std::min(kDayPairRoundSeconds, kDayPairRoundShare * m_opt.timeLimitSeconds);
                reassignDayWindows(r, [&] { return over() || elapsed() >= roundEnd; }, kind == DayTriples ? 3 : 2);
                std::vector<double> prices = ls->minutePrices();
                ls = std::make_unique<LocalSearch>(m_p, r);
                ls->setMinutePrices(std::move(prices));
            } else {
                LocalSearch kick(m_p, best);
                kick.setMinutePrices(ls->minutePrices());
                LocalSearchOptions o;
                o.seconds = std::min(kPerturbationSeconds, kPerturbationShare * m_opt.timeLimitSeconds);
                o.seed = m_rng();
                o.startTemperature = kPolishStartTemperature;
                o.startHardWeight = o.endHardWeight = kPolishHardWeight;
                o.stop = [this, &over] {
                    progress(true);
                    return over();
                };
                o.offer = [this](const Roster &r) { adopt(r); };   // should the anneal itself find a better one
                kick.run(o);
                ls = std::make_unique<LocalSearch>(m_p, kick.roster());
                ls->setMinutePrices(kick.minutePrices());
            }
            ls->improveRows(1000, m_rng(), over);
            const long long before = bestObjective;
            if (ls->hardUnits() == 0 && ls->objective() < bestObjective) {
                bestObjective = ls->objective();
                best = ls->roster();
                adopt(best);
            } else {
                std::vector<double> prices = ls->minutePrices();
                ls = std::make_unique<LocalSearch>(m_p, best);
                ls->setMinutePrices(std::move(prices));
            }
            const double gainPerSecond = double(before - bestObjective) / std::max(0.01, elapsed() - started);
            rate[kind] = std::isinf(rate[kind]) ? gainPerSecond : 0.5 * rate[kind] + 0.5 * gainPerSecond;
        }
        m_minutePrices = ls->minutePrices();
        adopt(best);
        return true;
    }

    // What melt and polish share: the budget, a seed from this search's stream, cancellation and
    // progress through the solver, and every new best offered (adopt() keeps it only if better).
    LocalSearchOptions annealingOptions(double seconds)
    {
        LocalSearchOptions o;
        o.seconds = seconds;
        o.seed = m_rng();
        o.stop = [this] {
            progress(true);
            return m_solver.m_shared->cancelled.load(std::memory_order_relaxed) || m_solver.m_shared->done.load(std::memory_order_relaxed);
        };
        o.offer = [this](const Roster &r) { adopt(r); };
        return o;
    }

    // Whether melt and polish run: timed solves (runs bounded by maxIterations stay reproducible step
    // for step, which the annealing's clock-driven schedule is not).
    bool annealing() const
    {
        return LocalSearch::applicable(m_p) && m_opt.timeLimitSeconds > 0 && m_opt.maxIterations < 0;
    }

    // The local search from the current roster with hard rules cheap at first and dear at the end
    // (LocalSearchOptions' defaults), so it can leave the construction's rosters behind; late in the
    // run it re-plans broken rows exactly. The current roster is then the best so far (the melt's
    // when it is better; settle() mends what it still breaks).
    void melt(double seconds)
    {
        if (seconds <= 0.05)
            return;
        phase("melt");
        LocalSearch ls(m_p, m_roster);
        ls.setMinutePrices(m_minutePrices);
        ls.run(annealingOptions(seconds));   // its rosters were offered as they came
        m_minutePrices = ls.minutePrices();
        if (const Roster best = m_solver.bestSoFar(); !best.empty())
            adopt(best);
    }

    // Column generation over `days` days at a time (two weeks unless told), every cell outside them
    // fixed (restrictToWindow()), from the best roster so far until `until`: the window's LP sees
    // every officer of those weeks at once and trades shifts and weekends between them, where a row
    // re-planned alone cannot. Windows start on every week in a random order, over and over; a
    // window's best dive replaces its cells when it lowers the objective, until a whole pass changes
    // nothing. Each window gets a share of time for its LP and as much for its dives, by its size
    // (officers x shift types, and days: wider windows at least kWideDecompositionSeconds), and no
    // more dives once one meets the LP value. `seconds` overrides that share. With `from` it starts
    // from that roster instead of the best so far (a new dive's, to find another local optimum).
    void decompose(double until, double seconds = 0, int days = kDecompositionDays, const Roster *from = nullptr)
    {
        phase("decomposition");
        Roster current = from ? *from : bestOr(m_roster);
        Evaluation e = evaluate(m_p, current);
        if (!e.feasible())
            return;
        const double share = seconds > 0 ? seconds : std::clamp(double(m_nO) * double(m_nS) / 1600.0, 0.5, 3.0);
        const double windowShare = days <= kDecompositionDays
            ? share : std::max(share * days / kDecompositionDays, kWideDecompositionSeconds);
        std::vector<int> weeks(static_cast<std::size_t>((m_H + 6) / 7));
        std::iota(weeks.begin(), weeks.end(), 0);
        std::shuffle(weeks.begin(), weeks.end(), m_rng);
        // A pass over every week that changed nothing would only try the same windows of the same
        // roster again: then the rest of the time goes to the polish and the LNS.
        std::size_t sinceChange = 0;
        for (std::size_t k = 0; !stop() && elapsed() < until && sinceChange < weeks.size(); k = (k + 1) % weeks.size()) {
            ++sinceChange;
            const WindowProblem w = restrictToWindow(m_p, current, weeks[k] * 7, weeks[k] * 7 + days);
            double phaseEnd = std::min(until, elapsed() + windowShare);
            ColumnGenerationOptions o;
            o.stop = [this, &phaseEnd] {
                progress(true);
                return timeUp() || elapsed() >= phaseEnd;
            };
            o.rowPricing = true;
            o.maxLabels = 100000;
            o.lpMilliseconds = std::max(200, int(share * 500));
            ColumnGeneration cg(w.problem, o);
            cg.addColumns(w.start);
            cg.solveRelaxation();
            phaseEnd = std::min(until, elapsed() + windowShare);
            long long best = evaluate(w.problem, w.start).objective;
            Roster bestWindow;
            for (int variant = 0; variant < 8 && !o.stop() && cg.lpObjective() < double(best) - 0.5; ++variant) {
                const Roster r = cg.dive(variant);
                if (r.empty())
                    continue;
                if (const Evaluation re = evaluate(w.problem, r); re.feasible() && re.objective < best) {
                    best = re.objective;
                    bestWindow = r;
                }
            }
            if (bestWindow.empty())
                continue;
            Roster next = current;
            spliceWindow(next, w, bestWindow);
            if (const Evaluation ne = evaluate(m_p, next); ne.feasible() && ne.objective < e.objective) {
                current = std::move(next);
                e = ne;
                adopt(current);
                sinceChange = 0;
            }
        }
    }

    // The best roster so far with its broken rows mended, then improved row by row.
    void settle()
    {
        phase("settle");
        if (const Roster best = m_solver.bestSoFar(); !best.empty())
            adopt(mended(best));
        improveRows(kPolishAt * m_opt.timeLimitSeconds);
        findHardRows();
    }

    // Day-pair passes (reassignDayWindows()) and whole-row improvement in turn from the current roster
    // until `until` or until either changes nothing: each is exact in its own neighbourhood (all
    // officers on two days, one officer on all days), and each finds what the other cannot. Only
    // from a roster that keeps every rule; a roster is adopted when the evaluator finds it better
    // (the passes do not see fairness or patrol teams).
    void pairDescent(double until)
    {
        const auto over = [this, until] { return stop() || elapsed() >= until; };
        Roster r = m_roster;
        Evaluation e = evaluate(m_p, r);
        if (!e.feasible() || over())
            return;
        phase("day pairs");
        while (!over()) {
            if (reassignDayWindows(r, over) == 0)
                break;
            LocalSearch ls(m_p, r);
            ls.setMinutePrices(m_minutePrices);
            const int changed = ls.improveRows(1000, m_rng(), over);
            m_minutePrices = ls.minutePrices();
            r = ls.roster();
            const Evaluation next = evaluate(m_p, r);
            if (!next.feasible() || next.objective >= e.objective)
                break;
            e = next;
            adopt(r);
            if (changed == 0)
                break;
        }
    }

    // Whole rows re-planned one officer at a time (LocalSearch::improveRows) until a round over all
    // officers changes nothing: a coordinate descent with exact rows, which the melt's cell moves and
    // the LNS's four-week windows cannot do on a long horizon.
    void improveRows(double until)
    {
        LocalSearch ls(m_p, m_roster);
        ls.setMinutePrices(m_minutePrices);
        if (ls.improveRows(1000, m_rng(), [this, until] { return stop() || elapsed() >= until; }) > 0)
            adopt(ls.roster());
        m_minutePrices = ls.minutePrices();
    }

    // r with every row that breaks a hard rule re-planned exactly (LocalSearch::mendBrokenRows: whole
    // rows on long horizons, where the melt leaves rows short of minutes that no window can mend);
    // r itself when it keeps every rule.
    Roster mended(const Roster &r)
    {
        if (evaluate(m_p, r).feasible())
            return r;
        LocalSearch ls(m_p, r);
        ls.setMinutePrices(m_minutePrices);
        ls.mendBrokenRows(m_rng(), [this] { return stop(); });
        m_minutePrices = ls.minutePrices();
        return ls.roster();
    }

    // Every officer planned window by window, in random order, against what is already placed.
    void construct()
    {
        phase("construction");
        m_roster.assign(std::size_t(m_nO), std::vector<int>(std::size_t(m_H), kOff));
        for (const Pin &pin : m_p.pins)
            m_roster[std::size_t(pin.officer)][std::size_t(pin.day)] = pin.shift;
        recount();
        std::vector<int> order(static_cast<std::size_t>(m_nO));
        std::iota(order.begin(), order.end(), 0);
        std::shuffle(order.begin(), order.end(), m_rng);
        const int W = windowDays();
        for (int o : order)
            for (int a = 0; a < m_H && !stop(); a += W)
                replan(o, a, std::min(m_H, a + W), true);
    }

    void forbid(int o, int d, int s) { m_forbidden[std::size_t(o)][std::size_t(d * (m_nS + 1) + s + 1)] = 1; }
    bool forbidden(int o, int d, int s) const { return m_forbidden[std::size_t(o)][std::size_t(d * (m_nS + 1) + s + 1)]; }

    // Labels grow with days x shift types: many shift types get shorter windows, and the window
    // shrinks further whenever a plan needed too many labels.
    int windowDays() const
    {
        const int byTypes = std::max(7, 140 / (m_nS + 1));
        return std::min({m_H, std::max(7, m_opt.windowDays), byTypes, m_windowCap});
    }

    void noteLabels(const Plan &plan)
    {
        if ((plan.gaveUp || plan.labels > 60000) && m_windowCap > 7)
            m_windowCap = std::max(7, std::min(m_windowCap, m_H) - 2);
    }

    // Cancelled, another thread done, or the time limit reached (not the iteration limit, which only
    // ends the run between steps, so that runs bounded by it stay reproducible).
    bool timeUp() const
    {
        return m_solver.m_shared->cancelled.load(std::memory_order_relaxed) || m_solver.m_shared->done.load(std::memory_order_relaxed)
            || (m_opt.timeLimitSeconds > 0 && elapsed() >= m_opt.timeLimitSeconds);
    }

    // Notes the start of a phase (once while it lasts; at most 64 entries, restarts repeat phases).
    void phase(const char *name)
    {
        if ((m_phases.empty() || m_phases.back().name != name) && m_phases.size() < 64)
            m_phases.push_back({name, elapsed()});
    }

    bool stop() { return (m_opt.maxIterations >= 0 && m_iterations >= m_opt.maxIterations) || timeUp(); }

    double elapsed() const
    {
        return std::chrono::duration<double>(Clock::now() - m_solver.m_shared->started).count();
    }

    bool qualifies(int o, const Demand &dm) const
    {
        return (m_p.officers[std::size_t(o)].skills & dm.skills) == dm.skills;
    }

    bool certified(int o) const
    {
        return (m_p.officers[std::size_t(o)].skills & m_p.certifiedSkill) == m_p.certifiedSkill;
    }

    long long patrolCost(int n, int c) const { return n > 0 && c < 2 ? (long long)m_p.patrolWeight * (2 - c) : 0; }

    void setCell(int o, int d, int s)
    {
        int &cell = m_roster[std::size_t(o)][std::size_t(d)];
        if (cell == s)
            return;
        if (cell != kOff) {
            m_on[std::size_t(d * m_nS + cell)] -= 1;
            m_cert[std::size_t(d * m_nS + cell)] -= certified(o) ? 1 : 0;
        }
        if (s != kOff) {
            m_on[std::size_t(d * m_nS + s)] += 1;
            m_cert[std::size_t(d * m_nS + s)] += certified(o) ? 1 : 0;
        }
        if (cell != kOff)
            for (int k : m_rowsAt[std::size_t(d * m_nS + cell)])
                if (qualifies(o, m_p.demands[std::size_t(k)]))
                    --m_count[std::size_t(k)];
        cell = s;
        if (s != kOff)
            for (int k : m_rowsAt[std::size_t(d * m_nS + s)])
                if (qualifies(o, m_p.demands[std::size_t(k)]))
                    ++m_count[std::size_t(k)];
    }

    void recount()
    {
        std::fill(m_count.begin(), m_count.end(), 0);
        m_on.assign(std::size_t(m_H * m_nS), 0);
        m_cert.assign(std::size_t(m_H * m_nS), 0);
        for (int o = 0; o < m_nO; ++o)
            for (int d = 0; d < m_H; ++d)
                if (const int s = m_roster[std::size_t(o)][std::size_t(d)]; s != kOff) {
                    m_on[std::size_t(d * m_nS + s)] += 1;
                    m_cert[std::size_t(d * m_nS + s)] += certified(o) ? 1 : 0;
                }
        for (int o = 0; o < m_nO; ++o)
            for (int d = 0; d < m_H; ++d) {
                const int s = m_roster[std::size_t(o)][std::size_t(d)];
                if (s != kOff)
                    for (int k : m_rowsAt[std::size_t(d * m_nS + s)])
                        if (qualifies(o, m_p.demands[std::size_t(k)]))
                            ++m_count[std::size_t(k)];
            }
    }

    void resync() { m_score = penalised(evaluate(m_p, m_roster)); }

    // Requests and stability: what a cell costs whoever else works.
    long long ownCost(int o, int d, int s) const
    {
        long long c = 0;
        for (int k : m_requestsAt[std::size_t(o * m_H + d)]) {
            if (const Request &r = m_p.requests[std::size_t(k)]; r.brokenBy(s))
                c += r.weight;
        }
        if (m_p.stabilityWeight > 0 && !m_p.published.empty()
            && m_p.published[std::size_t(o)][std::size_t(d)] != s)
            c += m_p.stabilityWeight;
        return c;
    }

    // Every officer's cell on day d re-chosen at once by a min-cost flow; an officer may only take
    // options that do not add to the hard violations of their own row.
    void dayMove(int d)
    {
        DayAssignmentInput in;
        in.officers = m_nO;
        in.shifts = m_nS;
        in.optionCost.assign(std::size_t(m_nO * (m_nS + 1)), kForbidden);
        for (int o = 0; o < m_nO; ++o) {
            int &cell = m_roster[std::size_t(o)][std::size_t(d)];
            const int cur = cell;
            const long long hard0 = officerHardUnits(m_p, m_roster, o);
            for (int x = -1; x < m_nS; ++x) {
                if (forbidden(o, d, x))
                    continue;
                if (x != cur) {
                    cell = x;
                    const long long hard = officerHardUnits(m_p, m_roster, o);
                    cell = cur;
                    if (hard > hard0)
                        continue;
                }
                in.optionCost[std::size_t(o * (m_nS + 1) + x + 1)] = ownCost(o, d, x);
            }
        }
        in.marginal.assign(std::size_t(m_nS), std::vector<long long>(std::size_t(m_nO), 0));
        for (int sh = 0; sh < m_nS; ++sh)
            for (int k : m_rowsAt[std::size_t(d * m_nS + sh)]) {
                const Demand &dm = m_p.demands[std::size_t(k)];
                for (int n = 0; n < m_nO; ++n)
                    in.marginal[std::size_t(sh)][std::size_t(n)] += coverCost(dm, n + 1) - coverCost(dm, n);
            }
        const std::vector<int> chosen = assignDay(in);
        if (chosen.empty())
            return;
        std::vector<int> saved(static_cast<std::size_t>(m_nO));
        for (int o = 0; o < m_nO; ++o) {
            saved[std::size_t(o)] = m_roster[std::size_t(o)][std::size_t(d)];
            setCell(o, d, chosen[std::size_t(o)]);
        }
        const long long savedScore = m_score;
        resync();
        if (m_score > savedScore) {
            for (int o = 0; o < m_nO; ++o)
                setCell(o, d, saved[std::size_t(o)]);
            m_score = savedScore;
        }
    }

    // The cost of officer o working s (or kOff) on day d, everybody else fixed as now.
    long long cellCost(int o, int d, int s, double noise)
    {
        if (forbidden(o, d, s))
            return kForbidden;
        const int cur = m_roster[std::size_t(o)][std::size_t(d)];
        long long c = 0;
        if (s != kOff) {
            for (int k : m_rowsAt[std::size_t(d * m_nS + s)]) {
                const Demand &dm = m_p.demands[std::size_t(k)];
                if (!qualifies(o, dm))
                    continue;
                const int others = m_count[std::size_t(k)] - (cur == s ? 1 : 0);
                c += coverCost(dm, others + 1) - coverCost(dm, others);
            }
            if (m_p.patrolWeight > 0 && m_p.shifts[std::size_t(s)].patrol) {
                const std::size_t i = std::size_t(d * m_nS + s);
                const int mine = cur == s ? 1 : 0;
                const int n = m_on[i] - mine;
                const int cc = m_cert[i] - (mine && certified(o) ? 1 : 0);
                c += patrolCost(n + 1, cc + (certified(o) ? 1 : 0)) - patrolCost(n, cc);
            }
        }
        c += ownCost(o, d, s);
        if (noise > 0 && s != kOff)
            c += (long long)(std::uniform_real_distribution<double>(-noise, noise)(m_rng));
        return c;
    }

    // Cost of o's current cells in [a, b) under the same prices, plus the minutes penalty.
    long long currentCost(int o, int a, int b)
    {
        long long c = 0;
        for (int d = a; d < b; ++d) {
            const int s = m_roster[std::size_t(o)][std::size_t(d)];
            const long long x = cellCost(o, d, s, 0);
            c += std::min(x, kForbidden);
        }
        int minutes = 0;
        for (int d = 0; d < m_H; ++d) {
            const int s = m_roster[std::size_t(o)][std::size_t(d)];
            if (s != kOff)
                minutes += m_p.shifts[std::size_t(s)].lengthMinutes;
        }
        const int mn = m_p.officers[std::size_t(o)].minTotalMinutes;
        if (minutes < mn)
            c += kHardWeight * (mn - minutes);
        return c;
    }

    // Re-plans o over [a, b). With `force` the plan is applied whenever one exists; otherwise only
    // when it does not cost more than the current cells. Returns the change in the penalised score.
    long long replan(int o, int a, int b, bool force, double noise = 0)
    {
        PlanRequest rq;
        rq.officer = o;
        rq.firstDay = a;
        rq.endDay = b;
        rq.roster = &m_roster;
        rq.minutesShortPenalty = kHardWeight;
        // A long plan (ruin and recreate of several officers on 6 weeks of 6 shift types) overran the
        // limit by up to half a second; the step is then refused and its cells restored.
        // It also ends at the next phase's time (m_stepDeadline): a step of a 24-officer year once ran
        // past the polish's start by over 3 s.
        rq.abort = [this] { return timeUp() || elapsed() >= m_stepDeadline; };
        rq.workCost.resize(std::size_t((b - a) * m_nS));
        rq.offCost.resize(std::size_t(b - a));
        for (int d = a; d < b; ++d) {
            rq.offCost[std::size_t(d - a)] = cellCost(o, d, kOff, 0);
            for (int s = 0; s < m_nS; ++s)
                rq.workCost[std::size_t((d - a) * m_nS + s)] = cellCost(o, d, s, noise);
        }
        const long long old = currentCost(o, a, b);
        // The current cells are one candidate plan, costing at most old (plus the noise) under these
        // prices, so a better plan must be cheaper than that: a bound that prunes most labels. If the
        // current cells are not a valid plan (cleared, or infeasible) the bounded search may find
        // nothing, and a forced re-plan then searches again without the bound.
        rq.upperBound = old + (long long)std::ceil(noise) * (b - a);
        Plan plan = planOfficer(m_p, rq);
        noteLabels(plan);
        if (!plan.found && force && !plan.gaveUp) {
            rq.upperBound = kForbidden;
            plan = planOfficer(m_p, rq);
            noteLabels(plan);
        }
        if (!plan.found)
            return 0;
        std::vector<int> saved(m_roster[std::size_t(o)].begin() + a, m_roster[std::size_t(o)].begin() + b);
        for (int d = a; d < b; ++d)
            setCell(o, d, plan.cells[std::size_t(d - a)]);
        const long long now = noise > 0 ? currentCost(o, a, b) : plan.cost;
        if (!force && now > old) {
            for (int d = a; d < b; ++d)
                setCell(o, d, saved[std::size_t(d - a)]);
            return 0;
        }
        m_score += now - old;
        return now - old;
    }

    // Temperature of the acceptance test: geometric from warm to cold over the run, so early moves may
    // climb out of a local optimum and late ones only polish.
    double temperature()
    {
        if (m_cold)
            return m_t1;
        double f = 0;
        if (m_period > 0)
            f = double(m_iterations % m_period) / double(m_period);
        else if (m_opt.maxIterations > 0)
            f = double(m_iterations) / double(m_opt.maxIterations);
        else if (m_opt.timeLimitSeconds > 0)
            f = std::min(1.0, m_lastElapsed / m_opt.timeLimitSeconds);
        return m_t0 * std::pow(m_t1 / m_t0, f);
    }

    // Officers whose own row still breaks a hard rule (on long horizons: minutes still missing after
    // the window-by-window construction) get every step's attention until repaired: a re-plan of
    // one of them over a window that slides across the horizon.
    bool repairStep()
    {
        if ((m_iterations & 1) != 0 || m_hardRows.empty())
            return false;
        const int o = m_hardRows.back();
        if (officerHardUnits(m_p, m_roster, o) == 0) {
            m_hardRows.pop_back();
            return true;
        }
        // Each sweep over the horizon uses longer windows: minutes missing at the end may need shifts
        // moved across several windows (weekends or type limits used up early by the construction).
        const int slot = m_repairSlot[std::size_t(o)]++;
        const int base = windowDays();
        const int starts0 = std::max(1, (m_H + base - 1) / base);
        const int W = std::min(m_H, base * (1 + slot / starts0));
        const int starts = std::max(1, (m_H + W - 1) / W);
        const int a = std::min(m_H - W, (slot % starts) * W);
        replan(o, a, a + W, false);
        if (slot > 4 * starts)   // cannot be repaired alone: leave it to the other moves
            m_hardRows.erase(m_hardRows.end() - 1);
        return true;
    }

    void findHardRows()
    {
        m_hardRows.clear();
        m_repairSlot.assign(std::size_t(m_nO), 0);
        for (int o = m_nO - 1; o >= 0; --o)
            if (officerHardUnits(m_p, m_roster, o) > 0)
                m_hardRows.push_back(o);
    }

    void step()
    {
        if (repairStep())
            return;
        if ((m_iterations & 31) == 0)
            m_lastElapsed = elapsed();
        int W = windowDays();
        const int kind = int(m_rng() % 14);
        if (kind >= 12 && m_dayMoves) {
            dayMove(int(m_rng() % std::uint64_t(m_H)));
            return;
        }
        if (kind >= 10 && m_nO >= 2) {
            swapMove();
            return;
        }
        // Short windows with several officers let a handful of them trade days locally; long ones
        // move whole work patterns.
        const bool shortWindow = kind >= 6;
        if (shortWindow)
            W = std::min(W, 3 + int(m_rng() % 12));
        // Half the time the move is aimed at a demand row below its minimum: the window holds its day
        // and the first officer chosen could work it.
        int focusDay = -1, focusOfficer = -1;
        if (m_rng() % 2 == 0) {
            std::vector<int> under;
            for (std::size_t r = 0; r < m_count.size(); ++r)
                if (m_count[r] < m_p.demands[r].minimum)
                    under.push_back(int(r));
            if (!under.empty()) {
                const Demand &dm = m_p.demands[std::size_t(under[m_rng() % under.size()])];
                focusDay = dm.day;
                std::vector<int> can;
                for (int o = 0; o < m_nO; ++o)
                    if (m_roster[std::size_t(o)][std::size_t(dm.day)] != dm.shift && !forbidden(o, dm.day, dm.shift)
                        && qualifies(o, dm))
                        can.push_back(o);
                if (!can.empty())
                    focusOfficer = can[m_rng() % can.size()];
            }
        }
        int a = m_H == W ? 0 : int(std::uniform_int_distribution<int>(0, m_H - W)(m_rng));
        if (focusDay >= 0 && m_H != W)
            a = std::clamp(focusDay - int(m_rng() % std::uint64_t(W)), 0, m_H - W);
        const int b = a + W;
        if ((kind < 2 && focusOfficer < 0) || m_nO < 2) {
            const int o = int(m_rng() % std::uint64_t(m_nO));
            replan(o, a, b, false);
            return;
        }
        // Ruin and recreate: a few officers are (sometimes) cleared over the window, then each is
        // re-planned exactly against everybody else, with noisy prices for diversity; the result is
        // kept by a simulated-annealing test on the true score.
        const int k = std::min(m_nO, shortWindow ? 2 + int(m_rng() % 5) : 1 + int(m_rng() % 4));
        std::vector<int> chosen;
        if (focusOfficer >= 0)
            chosen.push_back(focusOfficer);
        while (int(chosen.size()) < k) {
            const int o = int(m_rng() % std::uint64_t(m_nO));
            if (std::find(chosen.begin(), chosen.end(), o) == chosen.end())
                chosen.push_back(o);
        }
        std::vector<std::vector<int>> saved;
        for (int o : chosen)
            saved.emplace_back(m_roster[std::size_t(o)].begin() + a, m_roster[std::size_t(o)].begin() + b);
        const long long savedScore = m_score;
        if (m_rng() % 2 == 0) {
            for (int o : chosen) {
                const long long before = currentCost(o, a, b);
                for (int d = a; d < b; ++d)
                    if (!forbidden(o, d, kOff))
                        setCell(o, d, kOff);
                m_score += currentCost(o, a, b) - before;
            }
        }
        static const double kNoise[] = {0.0, 3.0, 30.0, 120.0};
        const double noise = kNoise[m_rng() % 4];
        for (int o : chosen)
            replan(o, a, b, true, noise);
        // A second, noiseless pass lets the first officers answer what the later ones did.
        if (chosen.size() > 1)
            for (int o : chosen)
                replan(o, a, b, false);
        if (!m_separable)
            resync();
        const long long delta = m_score - savedScore;
        const double t = temperature();
        const bool accept = delta <= 0
            || std::uniform_real_distribution<double>(0, 1)(m_rng) < std::exp(-double(delta) / t);
        if (!accept) {
            for (std::size_t i = 0; i < chosen.size(); ++i)
                for (int d = a; d < b; ++d)
                    setCell(chosen[i], d, saved[i][std::size_t(d - a)]);
            m_score = savedScore;
        }
    }

    // Two officers exchange their cells over a few days (which weekend each works, say), then both
    // re-plan around the exchange. Neither officer's plan alone can make such a trade.
    void swapMove()
    {
        const int L = 1 + int(m_rng() % std::uint64_t(std::min(m_H, m_rng() % 2 ? 7 : windowDays())));
        const int a = int(m_rng() % std::uint64_t(m_H - L + 1));
        const int b = a + L;
        const int x = int(m_rng() % std::uint64_t(m_nO));
        int y = int(m_rng() % std::uint64_t(m_nO - 1));
        if (y >= x)
            ++y;
        const std::vector<int> savedX = m_roster[std::size_t(x)], savedY = m_roster[std::size_t(y)];
        const long long savedScore = m_score;
        for (int d = a; d < b; ++d) {
            const int cx = savedX[std::size_t(d)], cy = savedY[std::size_t(d)];
            if (forbidden(x, d, cy) || forbidden(y, d, cx))
                continue;
            setCell(x, d, cy);
            setCell(y, d, cx);
        }
        resync();
        const int W = windowDays();
        const int wa = m_H == W ? 0 : std::clamp(a - int(m_rng() % std::uint64_t(W)), 0, m_H - W);
        replan(x, wa, wa + W, false);
        replan(y, wa, wa + W, false);
        if (!m_separable)
            resync();
        const long long delta = m_score - savedScore;
        const bool accept = delta <= 0
            || std::uniform_real_distribution<double>(0, 1)(m_rng) < std::exp(-double(delta) / temperature());
        if (!accept) {
            for (int d = 0; d < m_H; ++d) {
                setCell(x, d, savedX[std::size_t(d)]);
                setCell(y, d, savedY[std::size_t(d)]);
            }
            m_score = savedScore;
        }
    }

    void offer()
    {
        Solver::Shared &sh = *m_solver.m_shared;
        m_bestLocal = std::min(m_bestLocal, m_score);
        std::lock_guard<std::mutex> lock(sh.mutex);
        if (m_score < sh.bestScore) {
            Evaluation e = evaluate(m_p, m_roster);
            const long long exact = penalised(e);
            m_score = exact;
            if (exact >= sh.bestScore)
                return;
            sh.bestScore = exact;
            sh.best = m_roster;
            sh.bestEvaluation = e;
            sh.timeToBest = elapsed();
            if (m_opt.stopAtObjective >= 0 && e.feasible() && e.objective <= m_opt.stopAtObjective)
                sh.done = true;
            reportLocked(true);
        }
    }

    void progress(bool always = false)
    {
        if (!m_solver.m_progress || (!always && (m_iterations & 15) != 0))
            return;
        std::lock_guard<std::mutex> lock(m_solver.m_shared->mutex);
        reportLocked(false);
    }

    void reportLocked(bool force)
    {
        Solver::Shared &sh = *m_solver.m_shared;
        if (!m_solver.m_progress)
            return;
        const double now = elapsed();
        if (!force && now - sh.lastProgress < m_solver.m_progressInterval)
            return;
        sh.lastProgress = now;
        SolverProgress pr;
        pr.elapsedSeconds = now;
        pr.iterations = sh.iterations.load();
        pr.bestObjective = sh.bestEvaluation.objective;
        pr.bestHardViolations = sh.bestEvaluation.hardViolations;
        m_solver.m_progress(pr);
    }

    Solver &m_solver;
    const Problem &m_p;
    SolverOptions m_opt;
    std::mt19937_64 m_rng;
    int m_nO = 0, m_nS = 0, m_H = 0;
    std::vector<std::vector<int>> m_rowsAt;
    std::vector<std::vector<int>> m_requestsAt;
    std::vector<std::vector<char>> m_forbidden;
    std::vector<int> m_count;
    std::vector<int> m_on, m_cert;   // [day * shifts + shift]: officers on it, certified among them
    Roster m_roster;
    bool m_columnGenerationRan = false;   // long horizons: then no melt
    bool m_polishNow = false;             // the column generation gave up: polish at once
    std::vector<double> m_minutePrices;   // planRow's last price of a minute per officer, kept across searches
    long long m_score = 0;
    long long m_bestLocal = LLONG_MAX;
    double m_stepDeadline = std::numeric_limits<double>::infinity();   // an LNS step's plans end here (replan())
    bool m_weekendPlanned = false;   // weekendPlanCost() was computed
    std::vector<std::vector<double>> m_weekendPlanCost;
    long long m_iterations = 0;
    bool m_separable = true;
    bool m_dayMoves = true;
    int m_windowCap = 1 << 20;
    std::vector<int> m_hardRows;     // officers whose own row breaks a hard rule, repaired first
    std::vector<int> m_repairSlot;   // per officer: which window the next repair re-plan uses
    double m_lastElapsed = 0;
    std::vector<SolverPhase> m_phases;
    double m_t0 = 30.0, m_t1 = 0.5, m_noise = 3.0;
    bool m_cold = false;   // a descent: the coldest temperature whatever the time
    long long m_period = 0;   // > 0: the temperature cycles with this many steps
};

Solver::Solver(Problem problem) : m_problem(std::move(problem)), m_shared(std::make_unique<Shared>()) {}

Solver::~Solver() = default;

void Solver::setProgressCallback(std::function<void(const SolverProgress &)> callback, double intervalSeconds)
{
    m_progress = std::move(callback);
    m_progressInterval = intervalSeconds;
}

void Solver::cancel() { m_shared->cancelled = true; }

Roster Solver::bestSoFar() const
{
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    return m_shared->best;
}

SolverResult Solver::solve(const SolverOptions &options, const Roster *initial)
{
    {
        std::lock_guard<std::mutex> lock(m_shared->mutex);
        m_shared->started = Clock::now();
        m_shared->best.clear();
        m_shared->bestScore = LLONG_MAX;
        m_shared->bestEvaluation = Evaluation{};
        m_shared->lastProgress = -1;
        m_shared->done = false;
        m_shared->proven = false;
        m_shared->lowerBound = -HUGE_VAL;
        m_shared->iterations = 0;
    }
    const int threads = std::max(1, options.threads);
    std::vector<std::thread> workers;
    for (int t = 1; t < threads; ++t)
        workers.emplace_back([this, &options, initial, t] { Search(*this, options, options.seed + std::uint64_t(t)).run(initial, !initial); });
    Search main(*this, options, options.seed);
    Roster start;
    if (!initial)
        start = main.columnGeneration();
    main.run(start.empty() ? initial : &start, !initial);
    for (auto &w : workers)
        w.join();
    SolverResult r;
    std::lock_guard<std::mutex> lock(m_shared->mutex);
    r.roster = m_shared->best;
    r.evaluation = evaluate(m_problem, r.roster, true);
    r.iterations = m_shared->iterations.load();
    r.elapsedSeconds = std::chrono::duration<double>(Clock::now() - m_shared->started).count();
    r.timeToBestSeconds = m_shared->timeToBest;
    r.cancelled = m_shared->cancelled.load();
    r.phases = main.phases();
    r.provenOptimal = m_shared->proven;
    if (std::isfinite(m_shared->lowerBound))
        r.lowerBound = r.provenOptimal ? r.evaluation.objective : (long long)std::ceil(m_shared->lowerBound - 1e-6);
    return r;
}

} // namespace dd::scheduling
