// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

#include <cmath>
#include <functional>
#include <memory>
#include <vector>

namespace dd::scheduling {

// Column generation over whole-horizon schedules (the branch-and-price model of the nurse rostering
// literature): the LP with fix-and-price diving, and on small problems a best-first
// branch and price (branchAndPrice()) that can prove a roster optimal.
//
// Master LP (GLPK simplex, warm-started across column additions): one column per generated schedule
// of one officer (cost: that officer's requests and stability), one convexity row per officer (= 1),
// one row per demand row: the qualified officers on its day and shift plus shortage slacks (below
// target, below minimum) minus surplus slacks (above target, above maximum) equal the target, every
// slack priced at its cover weight. The pricing problem of an officer is planOfficer() over the whole
// horizon with the cover duals as cell prices: exact for every hard rule of the officer (pins, days off,
// skills, successions, blocks, minutes, weekends, type limits).
//
// Only for problems whose objective is a sum of per-officer and per-cover-row terms: no fairness and no
// patrol rule (see applicable()). The Solver runs it before its large-neighbourhood search.
// The version of the LP solver linked in (GLPK's glp_version()), for the About dialog.
const char *lpSolverVersion();

struct ColumnGenerationOptions
{
    // Polled between pricing calls and LP solves; true stops the work at once (time limit, cancel).
    std::function<bool()> stop;
    // Called with every integer roster the diving finds or rounds along the way, not necessarily better.
    std::function<void(const Roster &)> offer;
    // Columns added per officer and pricing call, at most; fewer (down to two) when a round would
    // otherwise add more than columnsPerRound (officers x windows x plans): a large LP makes every
    // simplex call slow
    // (Instance12's LP held 15,290 columns after 93 rounds with four plans per call, and was not solved
    // within the minute). See docs/SCHEDULER.md for the figures.
    int plansPerOfficer = 4;
    int columnsPerRound = 512;
    double reducedCostTolerance = 1e-3;
    std::size_t maxLabels = 1000000; // per pricing call; a call that gives up leaves the bound inexact
    int lpMilliseconds = 0; // per simplex call (GLPK's tm_lim); 0: none
    // Price whole rows with planRow() (a dynamic program with priced minutes, see rowplanner.h)
    // instead of planOfficer()'s windows and exact labelling: for horizons too long for the labelling.
    // Heuristic: when it finds no column of negative reduced cost the LP is taken as solved, but its
    // value is then no proven bound.
    bool rowPricing = false;
    // With rowPricing: once rows and both window levels find nothing, price the whole horizon exactly
    // (planOfficer), as without row pricing, so that the relaxation can still be proven optimal. For
    // horizons short enough for the labelling (5-8 weeks), where rows find the columns faster.
    bool exactAfterRows = false;
    // The column pool: a column nonbasic with a positive reduced cost in this many LP solutions in a row
    // is parked (left out of the simplex) until its reduced cost is negative again; 0: never. Only
    // while the root LP is solved. On Instance12 GLPK took 87 % of the LP and first dive's time, with
    // 13,000 columns for 340 rows after 120 rounds: parked after 3, its LP converged in 13.4 s
    // instead of 24.0 s, at the same value (bench_scheduler --lp-bound; docs/BENCHMARKS.md).
    int parkAfterRounds = 3;
    // ... and only once the LP holds this many columns: small LPs solve in a second anyway.
    int parkFromColumns = 5000;
};

struct GeneratedColumn
{
    int officer = 0;
    std::vector<int> cells; // one per day, kOff or a shift
    long long cost = 0; // the officer's own costs (requests, stability)
    double reducedCost = 0; // when it was added (0 for the starting columns)
};

struct BranchAndPriceResult
{
    // The tree was searched to its end with exact pricing: no roster is better than `best` (the
    // incumbent's objective or the tree's own), which is therefore optimal.
    bool proven = false;
    long long nodes = 0;
    long long best = -1; // -1: no feasible roster known
    // No roster is below this (-HUGE_VAL when unknown: an inexact pricing call, a node whose LP failed,
    // or stopped in the root; HUGE_VAL when proven that no roster keeps the officers' rules).
    double lowerBound = -HUGE_VAL;
    Roster roster; // the best roster the tree found, if better than the incumbent (else empty)
};

class ColumnGeneration
{
public:
    explicit ColumnGeneration(const Problem &problem, ColumnGenerationOptions options = {});
    ~ColumnGeneration();
    ColumnGeneration(const ColumnGeneration &) = delete;
    ColumnGeneration &operator=(const ColumnGeneration &) = delete;

    // Whether the objective is separable as the master LP needs (no fairness, no patrol rule).
    static bool applicable(const Problem &problem);

    // Starting columns: each officer's row of r (a row breaking the officer's own hard rules costs a
    // flat 10^5 more, so that the LP uses it only while nothing else exists). Officers without one
    // start from the cheapest schedule under their own costs.
    void addColumns(const Roster &r);

    // Solves the LP relaxation by column generation until no officer has a column of negative reduced
    // cost (true) or stop() said so (false). The LP value is then a lower bound of every roster's
    // objective (when every pricing call was exact).
    bool solveRelaxation();
    double lpObjective() const;
    bool pricingExact() const; // exact pricing ended the relaxation, and no call gave up at its label cap

    // Fix-and-price diving from the current LP: fixes the officers whose best column is (close to)
    // integral, else the single largest column, re-prices (two rounds of window pricing), and repeats
    // until every officer is fixed.
    // Returns the roster (empty if stopped before the first LP solution).
    // variant > 0 starts again from the root LP (all columns kept, fixings undone) and picks among
    // the largest columns with a generator seeded by variant: another roster to compare.
    Roster dive(int variant = 0);

    // Branch and price from the root LP: each node's LP is solved by column generation to optimality
    // (exact pricing, under the node's restrictions; an artificial column per officer keeps it
    // feasible); a node is left when its Lagrangian bound (LP value plus every officer's lowest
    // reduced cost, less what the pricing's rounding of the duals may hide) shows no roster at least
    // 1 better than the best known; otherwise it branches on the fractional cell (officer, day, shift
    // or off) nearest 1. Best-first by the parent's bound, plunging into the child where the officer
    // works the cell; every fifth node a dive from it. The integer rosters it reaches are offered.
    // `incumbent` gives the objective of the best feasible roster known elsewhere (polled at every
    // node; may be empty). Runs until the tree is searched or stop() says so; afterwards the LP is
    // the root's again (every restriction lifted).
    BranchAndPriceResult branchAndPrice(const std::function<long long()> &incumbent = {});

    const std::vector<GeneratedColumn> &columns() const;
    int rounds() const; // pricing rounds so far
    // The column pool (ColumnGenerationOptions::parkAfterRounds): columns parked now (none once
    // solveRelaxation() has returned), and how often one was parked and revived so far.
    int parkedColumns() const;
    long long parkings() const;
    long long revivals() const;
    // The roster made of each officer's largest column in the current LP solution.
    Roster rounded() const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace dd::scheduling
