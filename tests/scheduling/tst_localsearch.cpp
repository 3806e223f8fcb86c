// SPDX-License-Identifier: GPL-3.0-or-later
// The cell-level local search: after every move its own totals equal what the evaluator says of the
// roster (every rule, history, pins, patrols, fairness, skills, cover maxima, weekly minutes and rest
// included);
// its best roster is never worse than the start; a fixed move budget is reproducible; pins and days
// off stay; from an empty roster it comes within 1 % of Instance1's optimum; the exact repair
// (planOfficer over a window) mends a row broken all along; on a year whose rows are all far short
// of their minutes, window repairs cannot mend them and whole-row repairs (planRow) do; and
// re-planning whole rows against each other lowers the objective.
#include "scheduling/curtoisqureader.h"
#include "curtoisquinstances.h"
#include "scheduling/evaluation.h"
#include "scheduling/localsearch.h"
#include "yearproblem.h"

#include <QtTest>

using namespace dd::scheduling;

namespace {

Problem instance(int n) { return curtoisQuInstance(n); }

// The evaluator's hard amounts weighted as the search weighs them: 100 per counted unit, 1 per minute.
long long weighted(const Evaluation &e)
{
    long long w = 0;
    for (int i = 0; i < kRuleCount; ++i) {
        const Rule r = Rule(i);
        if (!isHard(r))
            continue;
        const bool minutes = r == Rule::MinRest || r == Rule::MaxTotalMinutes || r == Rule::MinTotalMinutes
            || r == Rule::MaxWeeklyMinutes;
        w += e.amountByRule[std::size_t(i)] * (minutes ? 1 : 100);
    }
    return w;
}

// Instance2 with every rule the benchmark lacks switched on: history, pins, skills on shifts and
// demand rows, a cover maximum and a below-target weight, weekly minutes, minimum rest, patrol teams,
// a published roster with stability.
Problem everything()
{
    Problem p = instance(2);
    p.shifts[0].startMinute = 6 * 60;
    p.shifts[1].startMinute = 14 * 60;
    p.shifts[1].lengthMinutes = 600;
    p.minRestMinutes = 11 * 60;
    p.shifts[1].requiredSkills = 2;
    p.shifts[0].patrol = true;
    p.certifiedSkill = 4;
    p.patrolWeight = 50;
    for (std::size_t o = 0; o < p.officers.size(); ++o) {
        Officer &of = p.officers[o];
        of.skills = (o % 3 == 0 ? 2u : 0u) | (o % 2 == 0 ? 4u : 0u);
        of.maxWeeklyMinutes = 2400;
        of.history.known = o % 2 == 1;
        of.history.lastShift = o % 4 == 1 ? 1 : kOff;
        of.history.consecutiveWorked = of.history.lastShift == kOff ? 0 : 1;
        of.history.consecutiveOff = of.history.lastShift == kOff ? 1 : 0;
    }
    for (Demand &dm : p.demands) {
        dm.maximum = dm.target + 1;
        dm.weightBelowTarget = 7;
        dm.minimum = std::max(0, dm.target - 1);
        if (dm.day % 3 == 0)
            dm.skills = 4;
    }
    // Pins on days that are not the officer's days off.
    auto free = [&p](int o) {
        const auto &off = p.officers[std::size_t(o)].daysOff;
        int d = 3;
        while (std::find(off.begin(), off.end(), d) != off.end())
            ++d;
        return d;
    };
    p.pins.push_back(Pin{0, free(0), 0});
    p.pins.push_back(Pin{1, free(1), kOff});
    p.published.assign(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    for (std::size_t o = 0; o < p.officers.size(); ++o)
        for (int d = 0; d < p.days; ++d)
            p.published[o][std::size_t(d)] = (int(o) + d) % 3 == 0 ? kOff : (int(o) + d) % 2;
    p.stabilityWeight = 3;
    // Fairness of nights (shift 1 is a night), weekends and holidays, with history from earlier periods.
    p.shifts[1].night = true;
    p.holidays.assign(std::size_t(p.days), false);
    p.holidays[2] = p.holidays[9] = true;
    p.nightFairnessWeight = 5;
    p.weekendFairnessWeight = 4;
    p.holidayFairnessWeight = 6;
    for (std::size_t o = 0; o < p.officers.size(); ++o) {
        p.officers[o].history.nightsWorked = int(o % 3);
        p.officers[o].history.weekendsWorked = int(o % 2) * 2;
        p.officers[o].history.holidaysWorked = int(o % 4 == 0);
    }
    return p;
}

} // namespace

class TestLocalSearch : public QObject
{
    Q_OBJECT

private slots:
    void totalsFollowEveryMove_data();
    void totalsFollowEveryMove();
    void bestNeverWorseThanStart();
    void fixedMoveBudgetIsReproducible();
    void pinsAndDaysOffStay();
    void nearInstance1Optimum();
    void fairnessIsKept();
    void repairMendsABrokenRow();
    void mendsAYearOfShortRows();
    void improveRowsLowersAYear();
    void consolidationKeepsWeekendsWhole();
    void rebalancingMovesWeekendsToWhereOfficersAreShort();
    void followingTheWeekendPlanMovesWorkedWeekends();
};

void TestLocalSearch::repairMendsABrokenRow()
{
    // Everybody works five days on, five off, but officer 0 works every other day: gaps of one day and
    // blocks of one shift all along the row, which no single cell change mends.
    const Problem p = instance(1);
    Roster start(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    for (std::size_t o = 0; o < start.size(); ++o)
        for (int d = 0; d < p.days; ++d) {
            const auto &off = p.officers[o].daysOff;
            if (std::find(off.begin(), off.end(), d) != off.end())
                continue;
            start[o][std::size_t(d)] = o == 0 ? (d % 2 == 0 ? 0 : kOff) : ((d / 5) % 2 == 0 ? 0 : kOff);
        }
    QVERIFY(officerHardUnits(p, start, 0) > 0);
    LocalSearch ls(p, start);
    bool kept = false;
    for (std::uint64_t seed = 1; seed < 30 && officerHardUnits(p, ls.roster(), 0) > 0; ++seed)
        kept = ls.repairForTest(0, seed) || kept;
    QVERIFY(kept);
    QCOMPARE(officerHardUnits(p, ls.roster(), 0), 0LL);
    const Evaluation e = evaluate(p, ls.roster());
    QCOMPARE(ls.objective(), e.objective);
    QCOMPARE(ls.hardUnits(), hardUnits(e));
    // Other rows are left as they were.
    for (std::size_t o = 1; o < start.size(); ++o)
        QCOMPARE(ls.roster()[o], start[o]);
}

namespace {

// A year where every officer works three days on, three off (off on leave): about 160 shifts against
// a minimum of 232, so every row breaks the minimum minutes by a long way.
Roster shortYear(const Problem &p)
{
    Roster r(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    for (std::size_t o = 0; o < r.size(); ++o) {
        const auto &off = p.officers[o].daysOff;
        for (int d = 0; d < p.days; ++d)
            if ((d / 3) % 2 == 0 && std::find(off.begin(), off.end(), d) == off.end())
                r[o][std::size_t(d)] = 1;
    }
    return r;
}

} // namespace

void TestLocalSearch::mendsAYearOfShortRows()
{
    const Problem p = yearProblem(8, 21);
    const Roster start = shortYear(p);
    for (int o = 0; o < 8; ++o)
        QVERIFY(officerHardUnits(p, start, o) > 0);
    // Four weeks at a time cannot find 70 missing shifts: the window repair leaves rows broken.
    {
        LocalSearch windows(p, start);
        for (int o = 0; o < 8; ++o)
            for (std::uint64_t seed = 1; seed <= 4; ++seed)
                windows.repairForTest(o, seed, false);
        QVERIFY(!evaluate(p, windows.roster()).feasible());
    }
    LocalSearch ls(p, start);
    const int kept = ls.mendBrokenRows(3);
    QVERIFY(kept >= 8);
    const Evaluation e = evaluate(p, ls.roster(), true);
    QString broken;
    for (const Violation &v : e.violations)
        if (isHard(v.rule))
            broken += QString::fromStdString(describe(p, v)) + QStringLiteral("; ");
    QVERIFY2(e.feasible(), qPrintable(broken));
    QCOMPARE(ls.objective(), e.objective);
    QCOMPARE(ls.hardUnits(), 0LL);
    QVERIFY(ls.stats().wholeRowPlans >= 8);
}

void TestLocalSearch::improveRowsLowersAYear()
{
    const Problem p = yearProblem(8, 23);
    LocalSearch ls(p, shortYear(p));
    ls.mendBrokenRows(5);
    QVERIFY(evaluate(p, ls.roster()).feasible());
    const long long mended = ls.objective();
    const int kept = ls.improveRows(3, 7);
    QVERIFY(kept > 0);
    const Evaluation e = evaluate(p, ls.roster());
    QVERIFY(e.feasible());
    QCOMPARE(ls.objective(), e.objective);
    // Every row was planned against the others as they stood then; re-planning them against each
    // other lowers the cover shortfall.
    QVERIFY2(e.objective < mended, qPrintable(QStringLiteral("%1 -> %2").arg(mended).arg(e.objective)));
}

void TestLocalSearch::consolidationKeepsWeekendsWhole()
{
    // After improveRows() has converged (no single row can do better), rows planned with a guide cost
    // per split weekend keep more weekends whole. Each row is kept only when its change of objective
    // plus the guide's is negative, so the objective rises by less than the guide saved; no hard rule
    // breaks; and the search's totals stay the evaluator's.
    const Problem p = yearProblem(8, 23);
    LocalSearch ls(p, shortYear(p));
    ls.mendBrokenRows(5);
    ls.improveRows(100, 7);
    QCOMPARE(ls.improveRows(1, 8), 0);   // converged
    const auto splitsOf = [&p](LocalSearch &search) {
        int n = 0;
        for (int o = 0; o < int(p.officers.size()); ++o)
            n += search.splitWeekends(o);
        return n;
    };
    const int before = splitsOf(ls);
    const long long objectiveBefore = ls.objective();
    const long long guide = 200;
    const int kept = ls.consolidateWeekends(guide, 11);
    const int after = splitsOf(ls);
    qInfo("split weekends %d -> %d, objective %lld -> %lld, rows changed %d", before, after, objectiveBefore,
          ls.objective(), kept);
    // 115 -> 107 here (and the objective fell, 61633 -> 61432). Without the guide in the row planner
    // one row changes at the same objective (an equal row that happens to move one weekend): 115 -> 113.
    QVERIFY(kept > 0);
    QVERIFY2(before - after >= 5, qPrintable(QStringLiteral("%1 -> %2").arg(before).arg(after)));
    QVERIFY(ls.objective() - objectiveBefore < guide * (before - after));
    const Evaluation e = evaluate(p, ls.roster());
    QVERIFY(e.feasible());
    QCOMPARE(ls.objective(), e.objective);
    QCOMPARE(ls.hardUnits(), 0LL);
    // splitWeekends() counts what the roster shows.
    const Roster r = ls.roster();
    int counted = 0;
    for (const auto &row : r)
        for (int d = 5; d + 1 < p.days; d += 7)
            counted += (row[std::size_t(d)] == kOff) != (row[std::size_t(d + 1)] == kOff) ? 1 : 0;
    QCOMPARE(after, counted);
}

void TestLocalSearch::rebalancingMovesWeekendsToWhereOfficersAreShort()
{
    // A roster converged under even weekend cover, then the cover moved: the first half of the
    // year's weekends want two officers fewer and the second half two more (as Instance24's last
    // weeks do). Whole-row improvement alone keeps most worked weekends where they were: an officer
    // who gives up an early weekend for a late one must also move the weekdays around it, which
    // someone else then has to cover. One round of rebalancing (a guide per officer a weekend has
    // above or below its need) moves them; the objective rises by less than the guide saved, no
    // rule breaks and the totals stay the evaluator's.
    const Problem even = yearProblem(10, 29);
    LocalSearch converged(even, shortYear(even));
    converged.mendBrokenRows(5);
    converged.improveRows(100, 7);
    Problem p = even;
    for (Demand &dm : p.demands)
        if (p.isWeekend(dm.day) && dm.shift == 0)
            dm.minimum = dm.target = p.weekendIndex(dm.day) < 26 ? std::max(0, dm.minimum - 2) : dm.minimum + 2;
    LocalSearch ls(p, converged.roster());
    ls.improveRows(100, 8);
    QCOMPARE(ls.improveRows(1, 9), 0);   // converged on the moved cover
    const auto deviation = [&p](const Roster &r) {
        std::vector<int> need(52, 0), worked(52, 0), dayNeed(std::size_t(p.days), 0);
        for (const Demand &dm : p.demands)
            dayNeed[std::size_t(dm.day)] += dm.minimum;
        for (int d = 0; d < p.days; ++d)
            if (p.isWeekend(d))
                need[std::size_t(p.weekendIndex(d))] = std::max(need[std::size_t(p.weekendIndex(d))], dayNeed[std::size_t(d)]);
        for (const auto &row : r)
            for (int w = 0; w < 52; ++w)
                worked[std::size_t(w)] += row[std::size_t(7 * w + 5)] != kOff || row[std::size_t(7 * w + 6)] != kOff ? 1 : 0;
        int sum = 0;
        for (int w = 0; w < 52; ++w)
            sum += std::abs(worked[std::size_t(w)] - need[std::size_t(w)]);
        return sum;
    };
    const int before = deviation(ls.roster());
    const long long objectiveBefore = ls.objective();
    const long long guide = 100;
    const int kept = ls.rebalanceWeekends(guide, 11);
    const int after = deviation(ls.roster());
    qInfo("officers off their weekends' need %d -> %d, objective %lld -> %lld, rows changed %d", before, after,
          objectiveBefore, ls.objective(), kept);
    QVERIFY(kept > 0);
    QVERIFY(after < before);
    QVERIFY(ls.objective() - objectiveBefore < guide * (before - after));
    const Evaluation e = evaluate(p, ls.roster());
    QVERIFY(e.feasible());
    QCOMPARE(ls.objective(), e.objective);
    QCOMPARE(ls.hardUnits(), 0LL);
}

void TestLocalSearch::followingTheWeekendPlanMovesWorkedWeekends()
{
    // Two weeks, one officer who may work one weekend and works the second; the plan wants the first.
    // Nothing else costs anything, so the row moves to the first weekend, whole (the guide per split
    // weekend), and the plan's guide alone decided it. With the plan reversed the row stays.
    Problem p;
    p.days = 14;
    ShiftType d;
    d.id = "D";
    d.lengthMinutes = 480;
    p.shifts.push_back(d);
    Officer of;
    of.id = "A";
    of.maxShifts = { kUnlimited };
    of.maxWeekends = 1;
    p.officers.push_back(of);
    Roster start(1, std::vector<int>(14, kOff));
    start[0][12] = start[0][13] = 0;
    const std::vector<std::vector<double>> firstWanted { { -300.0, 300.0 } };
    LocalSearch stays(p, start);
    QCOMPARE(stays.followWeekendPlan({ { 300.0, -300.0 } }, 100.0, 3), 0);
    QCOMPARE(stays.roster(), start);
    LocalSearch ls(p, start);
    QCOMPARE(ls.followWeekendPlan(firstWanted, 100.0, 3), 1);
    const Roster r = ls.roster();
    QVERIFY(r[0][5] == 0 && r[0][6] == 0);
    QVERIFY(r[0][12] == kOff && r[0][13] == kOff);
    const Evaluation e = evaluate(p, r);
    QVERIFY(e.feasible());
    QCOMPARE(ls.objective(), e.objective);
}

void TestLocalSearch::totalsFollowEveryMove_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("Instance1") << 1;
    QTest::newRow("Instance2") << 2;
    QTest::newRow("every rule") << 0;
}

void TestLocalSearch::totalsFollowEveryMove()
{
    QFETCH(int, which);
    const Problem p = which == 0 ? everything() : instance(which);
    // A start that breaks rules: everybody on the first shift type every other day.
    Roster start(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    for (std::size_t o = 0; o < start.size(); ++o)
        for (int d = 0; d < p.days; ++d)
            if ((d + int(o)) % 2 == 0)
                start[o][std::size_t(d)] = 0;
    LocalSearch ls(p, start);
    Evaluation e = evaluate(p, start);
    QCOMPARE(ls.objective(), e.objective);
    QCOMPARE(ls.weightedHard(), weighted(e));
    QCOMPARE(ls.hardUnits(), hardUnits(e));
    QVERIFY(weighted(e) > 0);
    for (int i = 0; i < 3000; ++i) {
        ls.randomMoveForTest(std::uint64_t(i) * 7919 + 1);
        e = evaluate(p, ls.roster());
        if (ls.objective() != e.objective || ls.weightedHard() != weighted(e) || ls.hardUnits() != hardUnits(e))
            QFAIL(qPrintable(QStringLiteral("move %1: search says %2 / %3 / %4, evaluator %5 / %6 / %7")
                                 .arg(i).arg(ls.objective()).arg(ls.weightedHard()).arg(ls.hardUnits())
                                 .arg(e.objective).arg(weighted(e)).arg(hardUnits(e))));
    }
}

void TestLocalSearch::bestNeverWorseThanStart()
{
    const Problem p = instance(2);
    const Roster start(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    LocalSearch ls(p, start);
    LocalSearchOptions o;
    o.maxMoves = 200000;
    o.seconds = 0;
    int offers = 0;
    o.offer = [&](const Roster &) { ++offers; };
    const Roster best = ls.run(o);
    const Evaluation before = evaluate(p, start), after = evaluate(p, best);
    QVERIFY(hardUnits(after) <= hardUnits(before));
    QVERIFY(after.feasible());
    QVERIFY(after.objective < before.objective);
    QVERIFY(offers >= 1);
}

void TestLocalSearch::fixedMoveBudgetIsReproducible()
{
    const Problem p = everything();
    const Roster start(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    LocalSearchOptions o;
    o.maxMoves = 100000;
    o.seconds = 0;
    o.seed = 5;
    LocalSearch a(p, start), b(p, start);
    QCOMPARE(a.run(o), b.run(o));
    QCOMPARE(a.roster(), b.roster());   // where each ended, not only the best
    QVERIFY(a.roster() != start);
    o.seed = 6;
    LocalSearch c(p, start);
    c.run(o);
    QVERIFY(c.roster() != a.roster());   // another seed takes another path
}

void TestLocalSearch::pinsAndDaysOffStay()
{
    Problem p = everything();
    p.officers[2].daysOff = {0, 1, 2};
    // A start that meets the pins and the days off: the search may never break them.
    Roster start(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    start[0][std::size_t(p.pins[0].day)] = 0;
    LocalSearchOptions o;
    o.maxMoves = 200000;
    o.seconds = 0;
    LocalSearch ls(p, start);
    const Roster best = ls.run(o);
    QCOMPARE(best[0][std::size_t(p.pins[0].day)], 0);
    QCOMPARE(best[1][std::size_t(p.pins[1].day)], kOff);
    for (int d : {0, 1, 2})
        QCOMPARE(best[2][std::size_t(d)], kOff);
    const Evaluation e = evaluate(p, best, true);
    QCOMPARE(e.countByRule[std::size_t(Rule::Pin)], 0);
    QCOMPARE(e.countByRule[std::size_t(Rule::DayOff)], 0);
}

void TestLocalSearch::nearInstance1Optimum()
{
    const Problem p = instance(1);
    const Roster start(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    LocalSearchOptions o;
    o.maxMoves = 10000000;
    o.seconds = 0;
    LocalSearch ls(p, start);
    const Evaluation e = evaluate(p, ls.run(o));
    QVERIFY(e.feasible());
    QVERIFY2(e.objective <= 613, qPrintable(QString::number(e.objective)));   // within 1 % of the optimum 607
}

void TestLocalSearch::fairnessIsKept()
{
    // The squads' rule set (fairness weights) is searched too, and the fairness costs in its totals
    // are the evaluator's: checked on a problem where only fairness separates rosters.
    Problem p = everything();
    QVERIFY(LocalSearch::applicable(p));
    const Roster start(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
    const Evaluation e0 = evaluate(p, start);
    QVERIFY(e0.costByRule[std::size_t(Rule::NightFairness)] > 0);   // history alone is unequal
    LocalSearch ls(p, start);
    QCOMPARE(ls.objective(), e0.objective);
    for (int i = 0; i < 500; ++i)
        ls.randomMoveForTest(std::uint64_t(i) + 99);
    const Evaluation e = evaluate(p, ls.roster());
    QCOMPARE(ls.objective(), e.objective);
}

QTEST_GUILESS_MAIN(TestLocalSearch)
#include "tst_localsearch.moc"
