// SPDX-License-Identifier: GPL-3.0-or-later
// The RCSPP officer planner against exhaustive enumeration: on random small officers (limits, history,
// weekends, weekly minutes, fixed cells outside the window) its plan must cost exactly the cheapest
// schedule that the evaluator finds free of hard violations (minimum minutes priced, not hard).
#include "scheduling/evaluation.h"
#include "scheduling/officerplanner.h"
#include "randomofficer.h"
#include "yearproblem.h"

#include <QtTest>

#include <climits>
#include <random>

using namespace dd::scheduling;

class TestOfficerPlanner : public QObject
{
    Q_OBJECT

private slots:
    void matchesEnumeration_data();
    void matchesEnumeration();
    void forbiddenCellsAreNeverChosen();
    void unreachableWeekendLimitIsFree();
};

void TestOfficerPlanner::matchesEnumeration_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 8; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void TestOfficerPlanner::matchesEnumeration()
{
    QFETCH(int, seed);
    std::mt19937 rng(std::uint32_t(seed) * 7919u);
    int compared = 0;
    for (int trial = 0; trial < 40; ++trial) {
        Problem p = randomSmallOfficer(rng, 4);
        Roster r(1, std::vector<int>(std::size_t(p.days), kOff));
        const int a = int(rng() % 3), b = p.days - int(rng() % 3);
        // Outside cells from a roster without hard violations (minimum minutes aside), as in the solver.
        bool feasibleOutside = false;
        for (int tries = 0; tries < 2000 && !feasibleOutside; ++tries) {
            for (int d = 0; d < p.days; ++d)
                r[0][std::size_t(d)] = int(rng() % 3) - 1;
            feasibleOutside = true;
            for (const Violation &v : evaluate(p, r, true).violations)
                if (isHard(v.rule) && v.rule != Rule::MinTotalMinutes)
                    feasibleOutside = false;
        }
        if (!feasibleOutside)
            continue;
        PlanRequest rq;
        rq.officer = 0;
        rq.firstDay = a;
        rq.endDay = b;
        rq.roster = &r;
        rq.minutesShortPenalty = 1000;
        const int W = b - a;
        rq.workCost.resize(std::size_t(W * 2));
        rq.offCost.resize(std::size_t(W));
        for (auto &c : rq.workCost)
            c = int(rng() % 21) - 10;
        for (auto &c : rq.offCost)
            c = int(rng() % 11) - 5;
        if (rng() % 4 == 0)
            rq.workCost[0] = kForbidden;
        const Plan plan = planOfficer(p, rq);

        long long best = LLONG_MAX;
        int total = 1;
        for (int i = 0; i < W; ++i)
            total *= 3;
        for (int m = 0; m < total; ++m) {
            int x = m;
            long long cost = 0;
            bool forbidden = false;
            for (int d = a; d < b; ++d) {
                const int s = x % 3 - 1;
                x /= 3;
                r[0][std::size_t(d)] = s;
                const long long c = s < 0 ? rq.offCost[std::size_t(d - a)] : rq.workCost[std::size_t((d - a) * 2 + s)];
                forbidden = forbidden || c >= kForbidden;
                cost += c;
            }
            if (forbidden)
                continue;
            long long shortBy = 0;
            bool hard = false;
            for (const Violation &v : evaluate(p, r, true).violations) {
                if (v.rule == Rule::MinTotalMinutes)
                    shortBy = v.amount;
                else if (isHard(v.rule))
                    hard = true;
            }
            if (!hard)
                best = std::min(best, cost + 1000 * shortBy);
        }
        QCOMPARE(plan.found, best != LLONG_MAX);
        if (plan.found) {
            QCOMPARE(plan.cost, best);
            // The plan itself is what it claims: apply it and re-evaluate.
            long long cost = 0;
            for (int d = a; d < b; ++d) {
                const int s = plan.cells[std::size_t(d - a)];
                r[0][std::size_t(d)] = s;
                cost += s < 0 ? rq.offCost[std::size_t(d - a)] : rq.workCost[std::size_t((d - a) * 2 + s)];
            }
            const Evaluation ev = evaluate(p, r, true);
            for (const Violation &v : ev.violations)
                if (v.rule == Rule::MinTotalMinutes)
                    cost += 1000 * v.amount;
                else
                    QVERIFY2(!isHard(v.rule), describe(p, v).c_str());
            QCOMPARE(cost, plan.cost);
        }
        ++compared;
    }
    QVERIFY(compared >= 20);
}

void TestOfficerPlanner::forbiddenCellsAreNeverChosen()
{
    Problem p;
    p.days = 7;
    p.shifts = {ShiftType{"E", -1, 480, {}, 0, false, false}};
    Officer o;
    o.id = "A";
    o.maxShifts = {kUnlimited};
    p.officers = {o};
    Roster r(1, std::vector<int>(7, kOff));
    PlanRequest rq;
    rq.roster = &r;
    rq.firstDay = 0;
    rq.endDay = 7;
    rq.workCost.assign(7, -50);   // working pays every day...
    rq.workCost[3] = kForbidden;  // ...except on leave
    rq.offCost.assign(7, 0);
    rq.offCost[5] = kForbidden;   // and day 5 is pinned to work
    const Plan plan = planOfficer(p, rq);
    QVERIFY(plan.found);
    QCOMPARE(plan.cells, (std::vector<int>{0, 0, 0, kOff, 0, 0, 0}));
    QCOMPARE(plan.cost, -300LL);
}

void TestOfficerPlanner::unreachableWeekendLimitIsFree()
{
    // A weekend limit as large as the horizon's weekends can never bind: planning with it must cost no
    // more labels than without any limit (it once split the labels by weekend count, and the
    // construction of a year with a limit of 52 took 11 s against 0.3 s), and find the same plan.
    Problem p = yearProblem(1, 5);
    std::mt19937 rng(8);
    const Roster empty(1, std::vector<int>(std::size_t(p.days), kOff));
    PlanRequest rq;
    rq.roster = &empty;
    rq.firstDay = 14;
    rq.endDay = 14 + 28;
    rq.workCost.resize(std::size_t(28 * 4));
    rq.offCost.assign(28, 0);
    for (auto &c : rq.workCost)
        c = int(rng() % 21) - 15;
    p.officers[0].maxWeekends = kUnlimited;
    const Plan free = planOfficer(p, rq);
    p.officers[0].maxWeekends = 52;
    const Plan all = planOfficer(p, rq);
    QVERIFY(free.found && all.found);
    QCOMPARE(all.cost, free.cost);
    QCOMPARE(all.labels, free.labels);
    // A limit that can bind still counts: at most one of the four weekends here.
    p.officers[0].maxWeekends = 1;
    const Plan one = planOfficer(p, rq);
    QVERIFY(one.found);
    int worked = 0;
    for (int w = 0; w < 4; ++w)
        worked += one.cells[std::size_t(7 * w + 5)] != kOff || one.cells[std::size_t(7 * w + 6)] != kOff ? 1 : 0;
    QVERIFY(worked <= 1);
    QVERIFY(one.cost >= free.cost);
}

QTEST_GUILESS_MAIN(TestOfficerPlanner)
#include "tst_officerplanner.moc"
