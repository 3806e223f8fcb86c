// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/evaluation.h"
#include "scheduling/problem.h"

#include <atomic>
#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

namespace dd::scheduling {

struct SolverOptions
{
    double timeLimitSeconds = 10.0;
    long long maxIterations = -1;          // -1: until the time limit; with a limit the run is reproducible
    std::uint64_t seed = 1;
    int threads = 1;                       // independent searches with seeds seed, seed+1, ...; best kept
    long long stopAtObjective = -1;        // stop once a feasible roster this good is found (-1: never)
    int windowDays = 28;                   // re-planning window; the whole horizon when it is shorter
};

struct SolverProgress
{
    double elapsedSeconds = 0;
    long long iterations = 0;              // over all threads
    long long bestObjective = -1;          // -1 until a roster exists
    int bestHardViolations = 0;
};

// One phase of a solve and when it started: "construction", "column generation", "dives", "branch and
// price", "decomposition", "polish", "melt", "settle" (broken rows mended, rows re-planned whole),
// "consolidation" (rows re-planned to keep weekends whole or to move worked weekends to where
// officers are short, or perturbed by a short anneal, then improved) or "search" (the
// large-neighbourhood search). Which phases run, and for how long, depends on the horizon, the
// number of officers x shift types and the time limit (docs/SCHEDULER.md).
struct SolverPhase
{
    std::string name;
    double startSeconds = 0;
};

struct SolverResult
{
    Roster roster;
    Evaluation evaluation;
    long long iterations = 0;
    double elapsedSeconds = 0;
    double timeToBestSeconds = 0;
    bool cancelled = false;
    std::vector<SolverPhase> phases;   // the first search's, in order (at most 64)
    // The branch and price searched its whole tree: no roster is better than this one.
    bool provenOptimal = false;
    // No roster's objective is below this (from the branch and price's bounds); -1: none known.
    long long lowerBound = -1;
};

// Large-neighbourhood search over officers: each step clears one or a few officers over a window of
// days and re-plans each exactly with planOfficer() (boost::r_c_shortest_paths) against cover prices
// taken from everybody else. Timed solves of problems without fairness spend part of the last quarter
// of the time in a polish by the cell-level simulated annealing (LocalSearch). Anytime: bestSoFar() may be called from any thread while solve() runs;
// cancel() makes solve() return the best roster found so far. The progress callback runs on a solver
// thread (serialised), at most every progressInterval seconds and on each improvement.
class Solver
{
public:
    explicit Solver(Problem problem);
    ~Solver();

    void setProgressCallback(std::function<void(const SolverProgress &)> callback, double intervalSeconds = 0.5);
    SolverResult solve(const SolverOptions &options, const Roster *initial = nullptr);
    void cancel();
    Roster bestSoFar() const;
    const Problem &problem() const { return m_problem; }

private:
    friend class Search;
    struct Shared;
    Problem m_problem;
    std::unique_ptr<Shared> m_shared;
    std::function<void(const SolverProgress &)> m_progress;
    double m_progressInterval = 0.5;
};

} // namespace dd::scheduling
