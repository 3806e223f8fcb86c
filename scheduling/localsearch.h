// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

namespace dd::scheduling {

struct LocalSearchOptions
{
    double seconds = 10.0;                  // wall-clock budget; <= 0: only maxMoves and stop() end it
    long long maxMoves = -1;                // > 0: the temperature follows moves, and a run is reproducible
    std::uint64_t seed = 1;
    double startTemperature = 20.0;
    double endTemperature = 0.3;
    // What one hard unit costs in the acceptance test, geometric from start to end: a low start lets
    // the search cross rosters that break rules, a high end squeezes the breaks out.
    double startHardWeight = 0.3;
    double endHardWeight = 1000.0;
    std::function<bool()> stop;             // polled every few thousand moves; true ends the run
    std::function<void(const Roster &)> offer;   // each new best (fewest hard units, then objective)
};

struct LocalSearchStats
{
    long long moves = 0;
    long long accepted = 0;
    long long improvements = 0;
    long long repairs = 0;      // row repairs kept
    long long wholeRowPlans = 0;   // whole-row re-plans tried (planRow)
    double wholeRowSeconds = 0;    // and the time they took
};

// Simulated annealing over the roster's cells, with every rule of the evaluator kept incrementally.
// A move changes one officer's cell, moves one of an officer's shifts to a day up to ten days away,
// swaps two officers' cells on one day, over a block of up to a week or over one weekend, moves a
// worked block a day earlier or later, or shifts a stretch of one row by a day up to the next gap
// with a day to spare (an ejection chain for the minimum-consecutive rules). Its cost is the change
// in the rules it touches (blocks and successions around the changed days, per-officer counters,
// cover rows, requests, patrols, fairness), not a re-evaluation: 2-5 million moves a second on the
// Curtois & Qu instances.
//
// Hard rules are penalties inside the search: a counted unit weighs 100, a minute 1, times a hard
// weight that grows geometrically from startHardWeight to endHardWeight over the run (a melt from a
// rough roster), or stays high (a polish of a roster that keeps the rules). The weekend limit, which
// counts whole weekends, gets a slope: each worked weekend day of an officer over the limit costs a
// little, so emptying a weekend one day at a time pays. From 60 % of a run on, while a rule is
// broken, a broken row is now and then re-planned (planOfficer() over up to four weeks, exactly; or,
// for a rule over a horizon longer than that, the whole row by planRow(), for at most a fifth of the
// run's time) and kept when that lowers the hard units. The best roster is the one with the fewest
// evaluator hard units (hardUnits()), then the lowest objective.
//
// Fairness (largest minus smallest count of nights, weekends or holidays over all officers, history
// included) is kept with a histogram of the counts.
class LocalSearch
{
public:
    static bool applicable(const Problem &problem);   // any problem with days, officers and shifts

    LocalSearch(const Problem &problem, const Roster &start);
    ~LocalSearch();
    LocalSearch(const LocalSearch &) = delete;
    LocalSearch &operator=(const LocalSearch &) = delete;

    // Runs until the budget ends; returns the best roster found (the start when nothing was better).
    Roster run(const LocalSearchOptions &options);
    const LocalSearchStats &stats() const;

    // The search's own totals for the current roster, for tests against evaluate(): the objective, and
    // the hard amounts weighted 100 per count unit and 1 per minute (min rest, total and weekly minutes).
    long long objective() const;
    long long weightedHard() const;
    long long hardUnits() const;           // as dd::scheduling::hardUnits(evaluate(...))
    Roster roster() const;                 // the current roster (after run(): where the search ended)
    // Applies one random move and keeps it (tests: the totals must follow).
    void randomMoveForTest(std::uint64_t seed);
    // The exact repair of one of the officer's broken rules (as late in run()); true when kept.
    // wholeRow: the row may be re-planned from its first day to its last (planRow) when the horizon is
    // longer than the four weeks of the window repair.
    bool repairForTest(int officer, std::uint64_t seed, bool wholeRow = false);
    // Every officer whose row breaks a hard rule gets up to four exact repairs (whole rows allowed),
    // each kept when it lowers the hard units. For a roster a melt left infeasible. Returns the
    // repairs kept; roster() is the result.
    int mendBrokenRows(std::uint64_t seed, const std::function<bool()> &stop = {});
    // Rounds over all officers in random order, each row re-planned whole (planRow) against the
    // others and kept when it lowers the hard units or the objective; stops after a round without a
    // change. Returns the re-plans kept.
    int improveRows(int rounds, std::uint64_t seed, const std::function<bool()> &stop = {});
    // One round over the officers whose row works some weekend on one day only (a split weekend):
    // each row is re-planned whole with splitWeekendCost added per split weekend (a guide, not a
    // rule) and kept when its objective change plus the guide's change is negative, never when it
    // adds hard units. The rows give up a little cover or a request to keep their weekends whole,
    // which frees weekend budget (and cover on the other day) that improveRows() then spends where
    // cover is short. The objective may rise: callers keep the best roster. Returns the rows changed.
    int consolidateWeekends(long long splitWeekendCost, std::uint64_t seed, const std::function<bool()> &stop = {});
    int splitWeekends(int officer) const;
    // Every row re-planned whole with a guide of `guide` per officer a weekend has above or below the
    // officers it wants (the larger of its two days' headcounts), kept as consolidateWeekends() keeps
    // rows: moves worked weekends from weekends with too many to weekends with too few.
    int rebalanceWeekends(long long guide, std::uint64_t seed, const std::function<bool()> &stop = {});
    // Every row re-planned whole with weekendCost[officer][weekend] added per weekend worked and
    // splitWeekendCost per weekend worked on one day only (a plan of who works which weekend, as
    // guides), kept as consolidateWeekends() keeps rows.
    int followWeekendPlan(const std::vector<std::vector<double>> &weekendCost, double splitWeekendCost, std::uint64_t seed,
                          const std::function<bool()> &stop = {});
    // planRow's price of a minute per officer (NaN: not planned yet), so that a caller making several
    // searches over the same problem can start each whole-row plan warm (1-3 rounds instead of 10-20).
    std::vector<double> minutePrices() const;
    void setMinutePrices(std::vector<double> prices);

private:
    // One round of guided whole-row plans (consolidateWeekends(), rebalanceWeekends()): officers in
    // random order; propose(o) re-plans o's row with its guide (false: nothing to try) and
    // guideChange(o), asked once the row is applied, is the guide's change. The row is kept when it
    // lowers the hard units, or keeps them and its objective change plus the guide's is negative;
    // then onKept(o). Returns the rows kept.
    int guidedRound(std::uint64_t seed, const std::function<bool()> &stop, const std::function<bool(int)> &propose,
                    const std::function<long long(int)> &guideChange, const std::function<void(int)> &onKept = {});
    struct State;
    std::unique_ptr<State> m;
};

} // namespace dd::scheduling
