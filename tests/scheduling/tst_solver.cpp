// SPDX-License-Identifier: GPL-3.0-or-later
// The solver: published optima of Instance1 and Instance2, reproducibility, cancellation with the best
// so far, pins, re-planning against a published roster, patrol teams, and a timed solve of a tight
// year (melt, then mended and improved rows) that ends keeping every hard rule; which phases run for
// a small problem, for a short one with many officers x shift types and for twelve weeks.
#include "scheduling/curtoisqureader.h"
#include "curtoisquinstances.h"
#include "scheduling/evaluation.h"
#include "scheduling/officerplanner.h"
#include "scheduling/solver.h"
#include "yearproblem.h"

#include <QtTest>

#include <algorithm>
#include <chrono>
#include <random>
#include <string>
#include <thread>

using namespace dd::scheduling;

namespace {

Problem instance(int n) { return curtoisQuInstance(n); }

std::vector<std::string> phaseNames(const SolverResult &r)
{
    std::vector<std::string> names;
    for (const SolverPhase &ph : r.phases)
        names.push_back(ph.name);
    return names;
}

bool has(const std::vector<std::string> &names, const char *name)
{
    return std::find(names.begin(), names.end(), name) != names.end();
}

// The consolidation's rounds, then its day-pair descent (the last tenth of the limit), and more rounds
// should the descent converge first: nothing else after the consolidation began.
bool endsConsolidating(const std::vector<std::string> &names)
{
    const auto first = std::find(names.begin(), names.end(), std::string("consolidation"));
    if (first == names.end() || std::find(first, names.end(), std::string("day pairs")) == names.end())
        return false;
    return std::all_of(first, names.end(), [](const std::string &n) { return n == "consolidation" || n == "day pairs"; });
}

// A timed solve on one thread (the phases then follow the time limit).
SolverResult timedSolve(const Problem &p, double seconds, std::uint64_t seed)
{
    Solver solver(p);
    SolverOptions options;
    options.timeLimitSeconds = seconds;
    options.threads = 1;
    options.seed = seed;
    return solver.solve(options);
}

// "construction 0.0 s; polish 0.2 s; ..." for the messages.
QString phasePath(const SolverResult &r)
{
    QString path;
    for (const SolverPhase &ph : r.phases)
        path += QString::fromStdString(ph.name) + QStringLiteral(" %1 s; ").arg(ph.startSeconds, 0, 'f', 1);
    return path;
}

// Two weeks, 110 officers and 10 shift types (1100 officers x shift types, like Instance13's 120 x 18
// on four weeks): a whole LP too large for a short run.
Problem wideProblem()
{
    Problem p;
    p.name = "wide";
    p.days = 14;
    p.startWeekday = 0;
    for (int s = 0; s < 10; ++s)
        p.shifts.push_back(ShiftType{"s" + std::to_string(s), -1, 480, {}, 0, false, false});
    std::mt19937 rng(7);
    for (int o = 0; o < 110; ++o) {
        Officer of;
        of.id = "W" + std::to_string(o);
        of.maxShifts.assign(10, kUnlimited);
        of.maxShifts[std::size_t(o % 10)] = 0;   // each officer has one type he never works
        of.maxTotalMinutes = 10 * 480;
        of.minTotalMinutes = 8 * 480;
        of.maxConsecutiveShifts = 5;
        of.minConsecutiveShifts = 2;
        of.minConsecutiveDaysOff = 2;
        of.maxWeekends = 1;
        p.officers.push_back(of);
        for (int k = 0; k < 4; ++k)
            p.requests.push_back(Request{o, int(rng() % 14), int(rng() % 10), 1 + int(rng() % 3), true});
    }
    for (int d = 0; d < p.days; ++d)
        for (int s = 0; s < 10; ++s) {
            Demand dm;
            dm.day = d;
            dm.shift = s;
            dm.minimum = dm.target = d % 7 >= 5 ? 4 : 7;
            dm.weightUnder = 100;
            dm.weightOver = 1;
            p.demands.push_back(dm);
        }
    return p;
}

int changedCells(const Roster &a, const Roster &b)
{
    int n = 0;
    for (std::size_t o = 0; o < a.size(); ++o)
        for (std::size_t d = 0; d < a[o].size(); ++d)
            n += a[o][d] != b[o][d] ? 1 : 0;
    return n;
}

} // namespace

class TestSolver : public QObject
{
    Q_OBJECT

private slots:
    void publishedOptimum_data();
    void publishedOptimum();
    void provenOptimumEndsTheSolve();
    void sameSeedSameRoster();
    void cancelReturnsBestSoFar();
    void pinsNeverMove();
    void replanChangesOnlyWhatItMust();
    void patrolTeamsHaveTwoCertified();
    void yearEndsFeasible();
    void wideShortHorizonDecomposes();
    void twelveWeeksDecomposeDiveAfterDive();
    void yearConsolidatesWeekends();
};

void TestSolver::publishedOptimum_data()
{
    QTest::addColumn<int>("instance");
    QTest::addColumn<long long>("optimum");
    QTest::newRow("Instance1") << 1 << 607LL;
    QTest::newRow("Instance2") << 2 << 828LL;
}

void TestSolver::publishedOptimum()
{
    QFETCH(int, instance);
    QFETCH(long long, optimum);
    Solver solver(::instance(instance));
    // One thread: the column generation proves both optimal in well under a second on an idle machine
    // (its LP bound equals 828 on Instance2, and diving finds a roster of that value); 60 s of wall
    // time leave room for a machine loaded by other builds. Before the column generation the search
    // alone needed up to 180 s for Instance2.
    SolverOptions options;
    options.timeLimitSeconds = 60;
    options.stopAtObjective = optimum;
    options.seed = 1;
    options.threads = 1;
    const SolverResult r = solver.solve(options);
    QCOMPARE(r.evaluation.hardViolations, 0);
    QCOMPARE(r.evaluation.objective, optimum);
    qInfo("Instance%d: %lld after %.1f s", instance, optimum, r.timeToBestSeconds);
    // The result is what the evaluator says of it.
    QCOMPARE(evaluate(solver.problem(), r.roster).objective, optimum);
    // Two weeks and few officers x shift types: the construction, then the whole LP (whose rounded
    // solution or first dive is the optimum here), never the windows.
    const std::vector<std::string> names = phaseNames(r);
    QVERIFY(names.size() >= 2);
    QCOMPARE(names[0], std::string("construction"));
    QCOMPARE(names[1], std::string("column generation"));
    QVERIFY(!has(names, "decomposition") && !has(names, "polish"));
}

void TestSolver::provenOptimumEndsTheSolve()
{
    // No target given: on two weeks with few officers x shift types the branch and price searches its
    // whole tree after the first dive, and the solve ends there with the optimum, reported as proven,
    // instead of running to its time limit.
    Solver solver(instance(1));
    SolverOptions options;
    options.timeLimitSeconds = 30;
    const SolverResult r = solver.solve(options);
    QCOMPARE(r.evaluation.hardViolations, 0);
    QCOMPARE(r.evaluation.objective, 607LL);
    QVERIFY(r.provenOptimal);
    QCOMPARE(r.lowerBound, 607LL);
    QVERIFY2(r.elapsedSeconds < 20, qPrintable(QString::number(r.elapsedSeconds)));
    QVERIFY(has(phaseNames(r), "branch and price"));
    QVERIFY(!r.cancelled);
}

void TestSolver::sameSeedSameRoster()
{
    SolverOptions options;
    options.timeLimitSeconds = 0;
    options.maxIterations = 400;
    options.seed = 42;
    Solver one(instance(2));
    Solver two(instance(2));
    const SolverResult a = one.solve(options);
    const SolverResult b = two.solve(options);
    QCOMPARE(a.iterations, 400LL);
    QCOMPARE(a.roster, b.roster);
    QCOMPARE(a.evaluation.objective, b.evaluation.objective);
    QCOMPARE(a.evaluation.hardViolations, 0);
}

void TestSolver::cancelReturnsBestSoFar()
{
    // With night fairness the column generation does not apply, so the solve runs until cancelled
    // (Instance2 alone is proven optimal by the branch and price within a second).
    Problem p = instance(2);
    p.nightFairnessWeight = 1;
    Solver solver(p);
    std::atomic<int> reports{0};
    std::atomic<long long> lastBest{-1};
    solver.setProgressCallback([&](const SolverProgress &p) {
        ++reports;
        lastBest = p.bestObjective;
    }, 0.05);
    SolverOptions options;
    options.timeLimitSeconds = 120;
    SolverResult result;
    const auto started = std::chrono::steady_clock::now();
    std::thread worker([&] { result = solver.solve(options); });
    std::this_thread::sleep_for(std::chrono::milliseconds(500));
    const Roster midway = solver.bestSoFar();
    QVERIFY(!midway.empty());
    solver.cancel();
    worker.join();
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    QVERIFY2(seconds < 5, qPrintable(QString::number(seconds)));
    QVERIFY(result.cancelled);
    QCOMPARE(result.evaluation.hardViolations, 0);
    QVERIFY(result.evaluation.objective <= evaluate(solver.problem(), midway).objective);
    QCOMPARE(result.roster, solver.bestSoFar());
    QVERIFY(reports > 0);
    QCOMPARE(lastBest.load(), result.evaluation.objective);
}

void TestSolver::pinsNeverMove()
{
    Problem p = instance(1);
    // Against the grain: B wants days 0-4, so pinning B off on 2 costs; E (index 4) pinned to work 12.
    p.pins = {Pin{1, 2, kOff}, Pin{4, 12, 0}, Pin{4, 13, 0}, Pin{6, 0, kOff}, Pin{6, 3, 0}};
    Solver solver(p);
    SolverOptions options;
    options.timeLimitSeconds = 0;
    options.maxIterations = 3000;
    const SolverResult r = solver.solve(options);
    for (const Pin &pin : p.pins)
        QCOMPARE(r.roster[std::size_t(pin.officer)][std::size_t(pin.day)], pin.shift);
    QCOMPARE(r.evaluation.countByRule[std::size_t(Rule::Pin)], 0);
    QCOMPARE(r.evaluation.hardViolations, 0);
}

void TestSolver::replanChangesOnlyWhatItMust()
{
    Problem p = instance(1);
    Solver first(p);
    SolverOptions options;
    options.timeLimitSeconds = 20;
    options.stopAtObjective = 607;
    const Roster published = first.solve(options).roster;
    // Officer D (index 3) falls ill on a day the published roster has D working.
    int day = -1;
    for (int d = 1; d < p.days - 1 && day < 0; ++d)
        if (published[3][std::size_t(d)] != kOff)
            day = d;
    QVERIFY(day > 0);
    p.officers[3].daysOff.push_back(day);
    p.published = published;
    p.stabilityWeight = 1000;
    Solver replan(p);
    options.stopAtObjective = -1;
    options.timeLimitSeconds = 0;
    options.maxIterations = 2000;
    const SolverResult r = replan.solve(options, &published);
    QCOMPARE(r.evaluation.hardViolations, 0);
    QCOMPARE(r.roster[3][std::size_t(day)], kOff);
    // Only D's row moves, and only as much as D's own rules force (minimum shifts, blocks of two):
    // the fewest changes to D's row alone, computed exactly, is what the re-plan must match. Changing
    // anybody else cannot help, since every rule D breaks is D's own.
    PlanRequest rq;
    rq.officer = 3;
    rq.firstDay = 0;
    rq.endDay = p.days;
    rq.roster = &published;
    rq.minutesShortPenalty = 1000000;
    for (int d = 0; d < p.days; ++d) {
        const bool leave = std::find(p.officers[3].daysOff.begin(), p.officers[3].daysOff.end(), d) != p.officers[3].daysOff.end();
        rq.offCost.push_back(published[3][std::size_t(d)] != kOff ? 1 : 0);
        rq.workCost.push_back(leave ? kForbidden : (published[3][std::size_t(d)] != 0 ? 1 : 0));
    }
    const Plan fewest = planOfficer(p, rq);
    QVERIFY(fewest.found);
    const int changed = changedCells(published, r.roster);
    QCOMPARE((long long)changed, fewest.cost);
    for (std::size_t o = 0; o < published.size(); ++o)
        if (o != 3)
            QCOMPARE(r.roster[o], published[o]);
    QCOMPARE(r.evaluation.costByRule[std::size_t(Rule::Stability)], 1000LL * changed);
}

void TestSolver::patrolTeamsHaveTwoCertified()
{
    // Six officers on one patrol shift, three certified. Everybody wants to work every day, but a
    // patrol with fewer than two certified officers is worth nothing.
    std::string text = "SECTION_HORIZON\n7\n\nSECTION_SHIFTS\nP,480,\n\nSECTION_STAFF\n";
    const char *ids[] = {"A", "B", "C", "D", "E", "F"};
    for (const char *id : ids)
        text += std::string(id) + ",P=7,3360,960,5,1,1,1\n";
    text += "\nSECTION_DAYS_OFF\nA,0,1\nB,2,3\nC,4,5\n\nSECTION_SHIFT_ON_REQUESTS\n";
    for (int o = 3; o < 6; ++o)
        for (int d = 0; d < 7; ++d)
            text += std::string(ids[o]) + "," + std::to_string(d) + ",P,5\n";
    text += "\nSECTION_SHIFT_OFF_REQUESTS\n\nSECTION_COVER\n";
    for (int d = 0; d < 7; ++d)
        text += std::to_string(d) + ",P,2,100,1\n";
    ReadResult read = readCurtoisQu(text, "patrol.txt");
    QVERIFY2(bool(read), read.error.c_str());
    Problem p = read.problem;
    p.shifts[0].patrol = true;
    p.certifiedSkill = 1;
    p.patrolWeight = 1000;
    for (int o = 0; o < 3; ++o)
        p.officers[std::size_t(o)].skills = 1;
    // Certified officers are off two days each, so some days have exactly two of them left: the
    // roster allows legal teams every day, but only if the uncertified are kept off where needed.
    Solver solver(p);
    SolverOptions options;
    options.timeLimitSeconds = 0;
    options.maxIterations = 3000;
    const SolverResult r = solver.solve(options);
    QCOMPARE(r.evaluation.hardViolations, 0);
    QCOMPARE(r.evaluation.countByRule[std::size_t(Rule::PatrolTeam)], 0);
    for (int d = 0; d < 7; ++d) {
        int on = 0, certified = 0;
        for (int o = 0; o < 6; ++o)
            if (r.roster[std::size_t(o)][std::size_t(d)] == 0) {
                ++on;
                certified += o < 3 ? 1 : 0;
            }
        QVERIFY(on == 0 || certified >= 2);
    }
}

void TestSolver::yearEndsFeasible()
{
    // Twelve officers who must work 232 of 364 days in blocks of 2-5 with weekends capped at half: the
    // window-by-window construction and the melt leave rows short of minutes (as on Instance22, which
    // ended with 18 broken rows before whole rows were re-planned); the settled roster keeps every rule.
    const Problem p = yearProblem(12, 31);
    // 15 s: the construction alone takes about 4 s here, and the test must pass on a loaded machine
    // (6e6e72c, before whole rows, still ended with 3 rows short at 15 s).
    const SolverResult result = timedSolve(p, 15, 4);
    QString broken;
    for (const Violation &v : evaluate(p, result.roster, true).violations)
        if (isHard(v.rule))
            broken += QString::fromStdString(describe(p, v)) + QStringLiteral("; ");
    QVERIFY2(result.evaluation.feasible(), qPrintable(broken));
    QCOMPARE(result.evaluation.objective, evaluate(p, result.roster).objective);
    qInfo("%s objective %lld", qPrintable(phasePath(result)), result.evaluation.objective);
}

void TestSolver::wideShortHorizonDecomposes()
{
    // More than 1000 officers x shift types on up to 8 weeks: no whole LP (on Instance13 it went only
    // from 104159 to 4522 in 24 s), but the polish and then column generation on two weeks at a time
    // with the rest fixed (docs/SCHEDULER.md). The phases say which path the solve took.
    const Problem p = wideProblem();
    // 10 s: the construction must take under a tenth of it, even when loaded.
    const SolverResult r = timedSolve(p, 10, 1);
    const std::vector<std::string> names = phaseNames(r);
    const QString path = phasePath(r);
    qInfo("%s objective %lld", qPrintable(path), r.evaluation.objective);
    QVERIFY2(names.size() >= 3, qPrintable(path));
    QCOMPARE(names[0], std::string("construction"));
    QCOMPARE(names[1], std::string("polish"));
    QCOMPARE(names[2], std::string("decomposition"));
    QVERIFY2(!has(names, "column generation") && !has(names, "dives"), qPrintable(path));
    QVERIFY(r.evaluation.feasible());
    QCOMPARE(r.evaluation.objective, evaluate(p, r.roster).objective);
    // The phases start in order and within the run.
    for (std::size_t i = 1; i < r.phases.size(); ++i)
        QVERIFY(r.phases[i].startSeconds >= r.phases[i - 1].startSeconds);
    QVERIFY(r.phases.back().startSeconds <= r.elapsedSeconds);
}

void TestSolver::twelveWeeksDecomposeDiveAfterDive()
{
    // Five to twelve weeks (Instance18: 84 days, 22 officers, 3 shift types): the row-priced LP, its
    // first dive (at most until 65 % of the limit), then the decomposition in four-week windows; when it converges
    // before 90 % of the limit, another dive from the LP and the decomposition of that roster (on 18
    // the second dive's 5132 became 4594 where the first's 4844 had stopped at 4695). The phases say
    // that the solve went back to the dives after a decomposition, before the polish.
    const Problem p = instance(18);
    const SolverResult r = timedSolve(p, 30, 1);
    const std::vector<std::string> names = phaseNames(r);
    const QString path = phasePath(r);
    qInfo("%s objective %lld", qPrintable(path), r.evaluation.objective);
    QVERIFY2(names.size() >= 6, qPrintable(path));
    QCOMPARE(names[0], std::string("construction"));
    QCOMPARE(names[1], std::string("column generation"));
    QCOMPARE(names[2], std::string("dives"));
    QCOMPARE(names[3], std::string("decomposition"));
    QCOMPARE(names[4], std::string("dives"));
    // The first decomposition starts by 65 % of the limit (the first dive is cut there), and the
    // polish only after 90 %.
    QVERIFY2(r.phases[3].startSeconds < 0.65 * 30 + 1.0, qPrintable(path));
    const auto polish = std::find(names.begin(), names.end(), "polish");
    QVERIFY2(polish != names.end(), qPrintable(path));
    QVERIFY2(r.phases[std::size_t(polish - names.begin())].startSeconds >= 0.9 * 30 - 0.5, qPrintable(path));
    QVERIFY(r.evaluation.feasible());
    QCOMPARE(r.evaluation.objective, evaluate(p, r.roster).objective);
}

void TestSolver::yearConsolidatesWeekends()
{
    // A year whose officers may work only half the weekends: the solver consolidates weekends from the
    // settle to the end (rows re-planned to keep weekends whole, worked weekends moved to where
    // officers are short, perturbations, day pairs, and the day-pair descent over the last tenth),
    // with no LNS and no polish. With no binding weekend limit it never does: the LNS and the polish
    // run. Either way the roster keeps every rule and the objective is the evaluator's.
    for (const bool binding : {true, false}) {
        Problem p = yearProblem(6, 31);
        if (!binding)
            for (Officer &of : p.officers)
                of.maxWeekends = kUnlimited;
        const SolverResult r = timedSolve(p, 16, 2);
        const std::vector<std::string> names = phaseNames(r);
        const QString path = phasePath(r);
        qInfo("weekend limit %s: %s objective %lld", binding ? "26" : "none", qPrintable(path), r.evaluation.objective);
        QVERIFY2(has(names, "melt") && has(names, "settle"), qPrintable(path));
        if (binding) {
            const auto settle = std::find(names.begin(), names.end(), std::string("settle"));
            QVERIFY2(settle + 1 != names.end() && *(settle + 1) == "consolidation", qPrintable(path));
            QVERIFY2(endsConsolidating(names) && !has(names, "search") && !has(names, "polish"), qPrintable(path));
        } else {
            QVERIFY2(has(names, "search") && has(names, "polish") && !has(names, "consolidation"), qPrintable(path));
            // On time (due at 75 % of the limit, 12 s): the LNS step before it ends its plans then. One
            // plan of that step used to run on, and the polish started at 13.3 s (idle) or, on a
            // loaded machine, never.
            const auto polish = std::find(names.begin(), names.end(), std::string("polish"));
            QVERIFY2(r.phases[std::size_t(polish - names.begin())].startSeconds < 0.75 * 16 + 1.0, qPrintable(path));
        }
        QVERIFY(r.evaluation.feasible());
        QCOMPARE(r.evaluation.objective, evaluate(p, r.roster).objective);
    }
}

QTEST_APPLESS_MAIN(TestSolver)
#include "tst_solver.moc"
