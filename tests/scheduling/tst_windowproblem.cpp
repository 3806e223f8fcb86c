// SPDX-License-Identifier: GPL-3.0-or-later
// The window decomposition (windowproblem.h): a window's problem judges every change inside the window
// as the full problem does (the same change of objective; an officer who kept every rule keeps them in
// both or in neither), with all officers or a few, at the horizon's start, middle and end, with history;
// and the column generation on a window lowers the full roster's objective by exactly what it gains.
#include "scheduling/windowproblem.h"
#include "curtoisquinstances.h"
#include "scheduling/columngeneration.h"
#include "scheduling/evaluation.h"
#include "scheduling/solver.h"

#include <QtTest>
#include <algorithm>
#include <random>

using namespace dd::scheduling;

namespace {

// Instance18 (12 weeks, 22 officers) with history for a few officers, so that the days before a
// window are not the only history the window problem sees.
Problem problemWithHistory()
{
    Problem p = curtoisQuInstance(18);
    for (int o = 0; o < 4; ++o) {
        History &h = p.officers[std::size_t(o)].history;
        h.known = true;
        h.lastShift = o % 2 == 0 ? 0 : kOff;
        h.consecutiveWorked = o % 2 == 0 ? 2 : 0;
        h.consecutiveOff = o % 2 == 0 ? 0 : 3;
    }
    return p;
}

// A deterministic roster of the problem: the solver's large-neighbourhood search from an empty
// roster, bounded by iterations (most officers then keep their rules, some are still short of minutes).
Roster someRoster(const Problem &p)
{
    Solver solver(p);
    SolverOptions o;
    o.timeLimitSeconds = 0;
    o.maxIterations = 300;
    o.seed = 3;
    const Roster empty(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    return solver.solve(o, &empty).roster;
}

bool ownRulesKept(const Problem &p, const Roster &r, int o) { return officerHardUnits(p, r, o) == 0; }

} // namespace

class TestWindowProblem : public QObject
{
    Q_OBJECT

private slots:
    void judgesChangesAsTheFullProblem_data();
    void judgesChangesAsTheFullProblem();
    void windowsAlignToWeeksAndPinTheTail();
    void columnGenerationOnAWindowImprovesTheRoster();
};

void TestWindowProblem::judgesChangesAsTheFullProblem_data()
{
    QTest::addColumn<int>("first");
    QTest::addColumn<int>("end");
    QTest::addColumn<int>("officers"); // 0: all
    QTest::newRow("start, all officers") << 0 << 14 << 0;
    QTest::newRow("middle, all officers") << 30 << 44 << 0;
    QTest::newRow("end, all officers") << 70 << 84 << 0;
    QTest::newRow("middle, eight officers") << 21 << 35 << 8;
    QTest::newRow("end, five officers") << 77 << 84 << 5;
}

void TestWindowProblem::judgesChangesAsTheFullProblem()
{
    QFETCH(int, first);
    QFETCH(int, end);
    QFETCH(int, officers);
    const Problem p = problemWithHistory();
    const Roster r = someRoster(p);
    std::mt19937 rng(11);
    std::vector<int> chosen;
    if (officers > 0) {
        std::vector<int> all(p.officers.size());
        for (std::size_t o = 0; o < all.size(); ++o)
            all[o] = int(o);
        std::shuffle(all.begin(), all.end(), rng);
        chosen.assign(all.begin(), all.begin() + officers);
        std::sort(chosen.begin(), chosen.end());
    }
    const WindowProblem w = restrictToWindow(p, r, first, end, chosen);
    QCOMPARE(int(w.problem.officers.size()), officers > 0 ? officers : int(p.officers.size()));
    QCOMPARE(int(w.start.size()), int(w.problem.officers.size()));
    QCOMPARE(w.problem.days, w.end - w.first + w.tail);

    const long long full0 = evaluate(p, r).objective;
    const long long window0 = evaluate(w.problem, w.start).objective;
    int keptBoth = 0, brokeBoth = 0, kindOfChange = 0;
    const int nS = int(p.shifts.size());
    for (int trial = 0; trial < 400; ++trial) {
        Roster full = r, window = w.start;
        const int i = int(rng() % w.officers.size());
        const int o = w.officers[std::size_t(i)];
        // One to three cells of one officer, or a swap of two cells (the minutes stay the same).
        kindOfChange = int(rng() % 2);
        const int changes = 1 + int(rng() % 3);
        for (int c = 0; c < changes; ++c) {
            const int d = w.first + int(rng() % std::uint32_t(w.end - w.first));
            if (kindOfChange == 0) {
                const int s = int(rng() % std::uint32_t(nS + 1)) - 1;
                full[std::size_t(o)][std::size_t(d)] = s;
            } else {
                const int d2 = w.first + int(rng() % std::uint32_t(w.end - w.first));
                std::swap(full[std::size_t(o)][std::size_t(d)], full[std::size_t(o)][std::size_t(d2)]);
            }
        }
        for (int d = w.first; d < w.end; ++d)
            window[std::size_t(i)][std::size_t(d - w.first)] = full[std::size_t(o)][std::size_t(d)];
        // The same change of objective.
        QCOMPARE(evaluate(p, full).objective - full0, evaluate(w.problem, window).objective - window0);
        // The same verdict on the officer's own rules, for an officer who kept them before.
        if (!ownRulesKept(p, r, o))
            continue;
        QVERIFY(ownRulesKept(w.problem, w.start, i));
        const bool keptFull = ownRulesKept(p, full, o);
        QCOMPARE(ownRulesKept(w.problem, window, i), keptFull);
        (keptFull ? keptBoth : brokeBoth) += 1;
        // The splice writes the window's cells back.
        Roster spliced = r;
        Roster windowRoster = w.start;
        windowRoster[std::size_t(i)] = window[std::size_t(i)];
        spliceWindow(spliced, w, windowRoster);
        QCOMPARE(spliced, full);
    }
    // Both verdicts occurred (the comparison above was not vacuous).
    QVERIFY2(keptBoth >= 10 && brokeBoth >= 10, qPrintable(QStringLiteral("kept %1, broke %2").arg(keptBoth).arg(brokeBoth)));
}

void TestWindowProblem::windowsAlignToWeeksAndPinTheTail()
{
    const Problem p = problemWithHistory();
    const Roster r = someRoster(p);
    // Days 10-20 widen to whole weeks: 7-21 (Instance18 starts on a Monday).
    const WindowProblem w = restrictToWindow(p, r, 10, 20);
    QCOMPARE(w.first, 7);
    QCOMPARE(w.end, 21);
    QCOMPARE(w.problem.startWeekday, 0);
    QVERIFY(w.tail >= 7 && w.tail % 7 == 0);
    // The tail is pinned to the given cells, for every officer.
    int tailPins = 0;
    for (const Pin &pin : w.problem.pins)
        if (pin.day >= w.end - w.first) {
            QCOMPARE(pin.shift, r[std::size_t(pin.officer)][std::size_t(w.first + pin.day)]);
            ++tailPins;
        }
    QCOMPARE(tailPins, w.tail * int(p.officers.size()));
    // Demand rows and requests only of the window's own days.
    for (const Demand &dm : w.problem.demands)
        QVERIFY(dm.day >= 0 && dm.day < w.end - w.first);
    // The day before the window is history, and the running block with it.
    for (std::size_t o = 0; o < p.officers.size(); ++o) {
        const History &h = w.problem.officers[o].history;
        QVERIFY(h.known);
        QCOMPARE(h.lastShift, r[o][std::size_t(w.first - 1)]);
        int run = 0;
        const bool work = h.lastShift != kOff;
        while (run < w.first && (r[o][std::size_t(w.first - 1 - run)] != kOff) == work)
            ++run;
        if (run < w.first)
            QCOMPARE(work ? h.consecutiveWorked : h.consecutiveOff, run);
    }
    // The last window has no tail.
    const WindowProblem last = restrictToWindow(p, r, 78, 84);
    QCOMPARE(last.first, 77);
    QCOMPARE(last.end, 84);
    QCOMPARE(last.tail, 0);
}

void TestWindowProblem::columnGenerationOnAWindowImprovesTheRoster()
{
    const Problem p = curtoisQuInstance(18);
    const Roster r = someRoster(p);
    const Evaluation before = evaluate(p, r);
    const WindowProblem w = restrictToWindow(p, r, 28, 42);
    // Stopped on a round count, not the clock.
    const ColumnGeneration *self = nullptr;
    ColumnGenerationOptions o;
    o.rowPricing = true;
    o.stop = [&] { return self && self->rounds() >= 300; };
    ColumnGeneration cg(w.problem, o);
    self = &cg;
    cg.addColumns(w.start);
    cg.solveRelaxation();
    const long long window0 = evaluate(w.problem, w.start).objective;
    QVERIFY2(cg.lpObjective() < double(window0), qPrintable(QString::number(cg.lpObjective())));
    const Roster windowRoster = cg.dive();
    QVERIFY(!windowRoster.empty());
    const Evaluation we = evaluate(w.problem, windowRoster);
    qInfo("window: %lld -> LP %.1f -> dive %lld; full roster %lld", window0, cg.lpObjective(), we.objective, before.objective);
    QVERIFY(we.objective < window0);
    Roster after = r;
    spliceWindow(after, w, windowRoster);
    const Evaluation ae = evaluate(p, after);
    QCOMPARE(ae.objective - before.objective, we.objective - window0);
    // Every officer who kept the rules still does; nothing outside the window moved.
    for (std::size_t o = 0; o < p.officers.size(); ++o) {
        if (ownRulesKept(p, r, int(o)))
            QVERIFY(ownRulesKept(p, after, int(o)));
        for (int d = 0; d < p.days; ++d)
            if (d < w.first || d >= w.end)
                QCOMPARE(after[o][std::size_t(d)], r[o][std::size_t(d)]);
    }
}

QTEST_GUILESS_MAIN(TestWindowProblem)
#include "tst_windowproblem.moc"
