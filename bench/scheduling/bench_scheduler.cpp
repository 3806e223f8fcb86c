// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the duty scheduler on Curtois & Qu instances and writes the results table, optionally into the
// "## Scheduler (Curtois & Qu benchmark)" section of docs/BENCHMARKS.md.
//
//   bench_scheduler --dir DIR [--instances 1-12,20] [--time-limit S] [--seed N] [--threads N]
//                   [--update docs/BENCHMARKS.md] [--note TEXT]
//   bench_scheduler --dir DIR --lp-bound [--instances ...] [--time-limit S]
//       only the column generation: LP bound, its time, rounds and columns, then the diving's roster.
//   bench_scheduler --dir DIR --row-planner [--instances ...] [--seed N]
//       only the whole-row planner: two rounds of LocalSearch::improveRows() from an empty roster (every
//       officer's year planned by planRow() against the others, twice), their time and objective.
//   bench_scheduler --dir DIR --branch-and-price [--instances ...] [--time-limit S]
//       the root LP, one dive, then the best-first branch and price: nodes, best objective, proven or not.
#include "scheduling/columngeneration.h"
#include "scheduling/curtoisqureader.h"
#include "scheduling/evaluation.h"
#include "scheduling/localsearch.h"
#include "scheduling/solver.h"

#include <chrono>
#include <climits>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace {

// Best-known objectives (BEST_KNOWN.md of the benchmark copy, wssuite/NurseScheduler nrp.yml).
constexpr long long kBestKnown[25] = {0, 607, 828, 1001, 1716, 1143, 1950, 1056, 1300, 439, 4631, 3443, 4040,
                                      1348, 1278, 3829, 3225, 5746, 4459, 3149, 4769, 21133, 30241, 17428, 42463};

std::vector<int> parseList(const std::string &text)
{
    std::vector<int> out;
    std::stringstream ss(text);
    std::string item;
    while (std::getline(ss, item, ',')) {
        const auto dash = item.find('-');
        if (dash == std::string::npos) {
            out.push_back(std::atoi(item.c_str()));
        } else {
            for (int i = std::atoi(item.substr(0, dash).c_str()); i <= std::atoi(item.substr(dash + 1).c_str()); ++i)
                out.push_back(i);
        }
    }
    return out;
}

// Instance n of the benchmark in dir; nothing (after printing the reader's error, with file and line)
// when it cannot be read.
std::optional<dd::scheduling::Problem> readInstance(const std::string &dir, int n)
{
    dd::scheduling::ReadResult read = dd::scheduling::readCurtoisQuFile(dir + "/Instance" + std::to_string(n) + ".txt");
    if (!read) {
        std::cerr << read.error << "\n";
        return std::nullopt;
    }
    return std::move(read.problem);
}

// A clock started when made, and column-generation options that stop after timeLimit seconds of it
// (0: never). Must outlive the column generation given those options.
struct Timed
{
    std::chrono::steady_clock::time_point started = std::chrono::steady_clock::now();
    double seconds() const { return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count(); }
    dd::scheduling::ColumnGenerationOptions options(double timeLimit) const
    {
        dd::scheduling::ColumnGenerationOptions o;
        o.stop = [this, timeLimit] { return timeLimit > 0 && seconds() > timeLimit; };
        return o;
    }
};

// Prints `header`, then calls row(n, problem) for each instance n read from dir. 4 when one cannot be
// read (the reader's message is on stderr), else 0.
template <class Row>
int eachInstance(const std::string &dir, const std::vector<int> &instances, const char *header, Row row)
{
    std::cout << header << std::flush;
    for (int n : instances) {
        const std::optional<dd::scheduling::Problem> problem = readInstance(dir, n);
        if (!problem)
            return 4;
        row(n, *problem);
    }
    return 0;
}

int lpBounds(const std::string &dir, const std::vector<int> &instances, double timeLimit)
{
    const char *header = "| instance | LP bound | best known | bound gap % | LP time (s) | rounds | columns | exact | dive objective | "
                         "dive gap % | dive hard | total time (s) |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n";
    return eachInstance(dir, instances, header, [&](int n, const dd::scheduling::Problem &problem) {
        const Timed timed;
        dd::scheduling::ColumnGeneration cg(problem, timed.options(timeLimit));
        const bool converged = cg.solveRelaxation();
        const double lpTime = timed.seconds();
        const double bound = cg.lpObjective();
        const int rounds = cg.rounds();
        const std::size_t columns = cg.columns().size();
        const dd::scheduling::Roster roster = cg.dive();
        const dd::scheduling::Evaluation e = dd::scheduling::evaluate(problem, roster);
        const long long best = n >= 1 && n <= 24 ? kBestKnown[n] : 0;
        std::cout << "| " << n << " | " << std::fixed << std::setprecision(2) << bound << (converged ? "" : " (not converged)")
                  << " | " << best << " | " << 100.0 * (bound - double(best)) / double(best) << " | " << std::setprecision(1)
                  << lpTime << " | " << rounds << " | " << columns << " | " << (cg.pricingExact() ? "yes" : "no") << " | "
                  << e.objective << " | " << std::setprecision(2) << 100.0 * double(e.objective - best) / double(best)
                  << " | " << e.hardViolations << " | " << std::setprecision(1) << timed.seconds() << " |\n"
                  << std::flush;
    });
}

// Branch and price alone: the root LP, one dive for a first roster, then the best-first tree until it
// is searched or the time limit is reached. Deterministic (no seed) but for where the time limit
// cuts it.
int branchAndPrice(const std::string &dir, const std::vector<int> &instances, double timeLimit)
{
    const char *header = "| instance | LP bound | dive objective | tree objective | best known | nodes | proven | tree bound | "
                         "time to best (s) | total time (s) |\n|---|---|---|---|---|---|---|---|---|---|\n";
    return eachInstance(dir, instances, header, [&](int n, const dd::scheduling::Problem &problem) {
        const Timed timed;
        long long best = LLONG_MAX;
        double timeToBest = 0;
        // Every roster the column generation offers, and the dive's: the best feasible one and when.
        const auto keep = [&](const dd::scheduling::Roster &r) {
            const dd::scheduling::Evaluation e = dd::scheduling::evaluate(problem, r);
            if (e.feasible() && e.objective < best) {
                best = e.objective;
                timeToBest = timed.seconds();
            }
            return e;
        };
        dd::scheduling::ColumnGenerationOptions o = timed.options(timeLimit);
        o.offer = [&](const dd::scheduling::Roster &r) { keep(r); };
        dd::scheduling::ColumnGeneration cg(problem, o);
        cg.solveRelaxation();
        const double bound = cg.lpObjective();
        const dd::scheduling::Evaluation e = keep(cg.dive());
        const dd::scheduling::BranchAndPriceResult tree = cg.branchAndPrice([&] { return best; });
        const long long known = n >= 1 && n <= 24 ? kBestKnown[n] : 0;
        std::cout << "| " << n << " | " << std::fixed << std::setprecision(2) << bound << " | " << e.objective << " | "
                  << tree.best << " | " << known << " | " << tree.nodes << " | " << (tree.proven ? "yes" : "no") << " | " << std::setprecision(2) << tree.lowerBound << " | "
                  << std::setprecision(1) << timeToBest << " | " << timed.seconds() << " |\n"
                  << std::flush;
    });
}

// Deterministic for a seed (no time limit), so two builds can be timed on the same work.
int rowPlanning(const std::string &dir, const std::vector<int> &instances, unsigned long long seed)
{
    constexpr int kRounds = 2;
    const char *header = "| instance | officers × days × shift types | rows changed | objective after | time (s) |\n|---|---|---|---|---|\n";
    return eachInstance(dir, instances, header, [&](int n, const dd::scheduling::Problem &p) {
        const dd::scheduling::Roster empty(p.officers.size(), std::vector<int>(std::size_t(p.days), dd::scheduling::kOff));
        dd::scheduling::LocalSearch ls(p, empty);
        const Timed timed;
        const int changed = ls.improveRows(kRounds, seed);
        const double seconds = timed.seconds();
        std::cout << "| " << n << " | " << p.officers.size() << " × " << p.days << " × " << p.shifts.size() << " | " << changed
                  << " | " << ls.objective() << " | " << std::fixed << std::setprecision(2) << seconds << " |\n"
                  << std::flush;
    });
}

} // namespace

int main(int argc, char **argv)
{
    std::string dir = "../shared/benchmarks/curtois-qu";
    std::string update;
    std::string note;
    std::vector<int> instances = parseList("1-24");
    double timeLimit = 60;
    unsigned long long seed = 1;
    int threads = 1;
    bool lpBound = false;
    bool rowPlanner = false;
    bool tree = false;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::cerr << a << " needs a value\n";
                std::exit(2);
            }
            return argv[++i];
        };
        if (a == "--dir")
            dir = next();
        else if (a == "--instances")
            instances = parseList(next());
        else if (a == "--time-limit")
            timeLimit = std::atof(next().c_str());
        else if (a == "--seed")
            seed = std::strtoull(next().c_str(), nullptr, 10);
        else if (a == "--threads")
            threads = std::atoi(next().c_str());
        else if (a == "--update")
            update = next();
        else if (a == "--note")
            note = next();
        else if (a == "--lp-bound")
            lpBound = true;
        else if (a == "--row-planner")
            rowPlanner = true;
        else if (a == "--branch-and-price")
            tree = true;
        else {
            std::cerr << "unknown option " << a << "\n";
            return 2;
        }
    }

    if (lpBound)
        return lpBounds(dir, instances, timeLimit);
    if (rowPlanner)
        return rowPlanning(dir, instances, seed);
    if (tree)
        return branchAndPrice(dir, instances, timeLimit);

    std::ostringstream table;
    table << "| instance | objective | best known | gap % | time to best (s) | hard violations | iterations | proven / lower bound | "
             "total time (s) |\n"
          << "|---|---|---|---|---|---|---|---|---|\n";
    std::cout << table.str() << std::flush;
    for (int n : instances) {
        std::optional<dd::scheduling::Problem> problem = readInstance(dir, n);
        if (!problem)
            return 4;
        dd::scheduling::Solver solver(std::move(*problem));
        dd::scheduling::SolverOptions options;
        options.timeLimitSeconds = timeLimit;
        options.seed = seed;
        options.threads = threads;
        // No stop at the best known value: the solver's own proof (branch and price) ends a run early.
        const dd::scheduling::SolverResult r = solver.solve(options);
        const long long best = n >= 1 && n <= 24 ? kBestKnown[n] : 0;
        std::ostringstream row;
        row << "| " << n << " | " << r.evaluation.objective << " | " << best << " | " << std::fixed << std::setprecision(2)
            << (best > 0 ? 100.0 * double(r.evaluation.objective - best) / double(best) : 0.0) << " | "
            << std::setprecision(1) << r.timeToBestSeconds << " | " << r.evaluation.hardViolations << " | "
            << r.iterations << " | "
            << (r.provenOptimal ? std::string("proven") : r.lowerBound >= 0 ? std::to_string(r.lowerBound) : std::string("–"))
            << " | " << std::setprecision(1) << r.elapsedSeconds << " |\n";
        std::cout << row.str() << std::flush;
        table << row.str();
    }
    if (update.empty())
        return 0;

    const std::string heading = "## Scheduler (Curtois & Qu benchmark)";
    std::string doc;
    {
        std::ifstream in(update);
        std::ostringstream ss;
        ss << in.rdbuf();
        doc = ss.str();
    }
    std::ostringstream section;
    section << heading << "\n\n";
    if (!note.empty())
        section << note << "\n\n";
    section << table.str() << "\n";
    const auto start = doc.find(heading);
    if (start == std::string::npos) {
        if (!doc.empty() && doc.back() != '\n')
            doc += '\n';
        doc += (doc.empty() ? "" : "\n") + section.str();
    } else {
        const auto end = doc.find("\n## ", start + heading.size());
        doc.replace(start, end == std::string::npos ? std::string::npos : end + 1 - start, section.str());
    }
    std::ofstream out(update);
    out << doc;
    return 0;
}
