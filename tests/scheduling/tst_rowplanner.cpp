// SPDX-License-Identifier: GPL-3.0-or-later
// The whole-row planner (planRow): on random small officers, against exhaustive enumeration with the
// evaluator, a row it returns never breaks a hard rule and costs what it claims, it finds a row
// whenever one exists (nearly always) and says so when none does, and it is usually the cheapest;
// on a year shaped like Instance22 it lands the minutes in their narrow band; history is kept; and a
// warm start from the last price of a minute needs only a few rounds; a guide cost per split weekend
// keeps weekends whole without entering the row's cost.
#include "scheduling/evaluation.h"
#include "scheduling/rowplanner.h"
#include "randomofficer.h"
#include "yearproblem.h"

#include <QtTest>

#include <climits>
#include <random>

using namespace dd::scheduling;

class TestRowPlanner : public QObject
{
    Q_OBJECT

private slots:
    void againstEnumeration_data();
    void againstEnumeration();
    void shiftClassesExact();
    void yearRowKeepsEveryRule();
    void historyIsKept();
    void warmStartIsQuick();
    void splitWeekendGuide();
};

namespace {

long long costOf(const Problem &p, const RowRequest &rq, const std::vector<int> &cells)
{
    const int S = int(p.shifts.size());
    long long c = 0;
    for (int d = 0; d < p.days; ++d)
        c += cells[std::size_t(d)] == kOff ? rq.offCost[std::size_t(d)] : rq.workCost[std::size_t(d * S + cells[std::size_t(d)])];
    return c;
}

QString violationsOf(const Problem &p, const Roster &r)
{
    QStringList out;
    for (const Violation &v : evaluate(p, r, true).violations)
        if (isHard(v.rule))
            out << QString::fromStdString(describe(p, v));
    return out.join(QStringLiteral("; "));
}

// Officer o's leave made forbidden work in rq (the four shift types of yearProblem()).
void forbidLeave(const Problem &p, int o, RowRequest &rq)
{
    for (int d : p.officers[std::size_t(o)].daysOff)
        for (int s = 0; s < 4; ++s)
            rq.workCost[std::size_t(d * 4 + s)] = kForbidden;
}

RowRequest randomCosts(const Problem &p, std::mt19937 &rng)
{
    RowRequest rq;
    rq.workCost.resize(std::size_t(p.days) * p.shifts.size());
    rq.offCost.resize(std::size_t(p.days));
    for (auto &c : rq.workCost)
        c = int(rng() % 21) - 10;
    for (auto &c : rq.offCost)
        c = int(rng() % 11) - 5;
    return rq;
}

} // namespace

void TestRowPlanner::againstEnumeration_data()
{
    QTest::addColumn<int>("seed");
    for (int seed = 1; seed <= 6; ++seed)
        QTest::addRow("seed %d", seed) << seed;
}

void TestRowPlanner::againstEnumeration()
{
    QFETCH(int, seed);
    std::mt19937 rng(std::uint32_t(seed) * 104729u);
    int feasibleTrials = 0, found = 0, cheapest = 0, infeasibleTrials = 0;
    for (int trial = 0; trial < 40; ++trial) {
        Problem p = randomSmallOfficer(rng, 6);
        RowRequest rq = randomCosts(p, rng);
        if (rng() % 4 == 0)
            rq.workCost[std::size_t(2 * int(rng() % std::uint32_t(p.days)))] = kForbidden;
        const RowPlan plan = planRow(p, rq);

        // Every row, by the evaluator: the cheapest with no hard violation at all.
        Roster r(1, std::vector<int>(std::size_t(p.days), kOff));
        long long best = LLONG_MAX;
        int total = 1;
        for (int i = 0; i < p.days; ++i)
            total *= 3;
        for (int m = 0; m < total; ++m) {
            int x = m;
            bool forbidden = false;
            for (int d = 0; d < p.days; ++d) {
                r[0][std::size_t(d)] = x % 3 - 1;
                x /= 3;
                forbidden = forbidden || (r[0][std::size_t(d)] >= 0 && rq.workCost[std::size_t(d * 2 + r[0][std::size_t(d)])] >= kForbidden);
            }
            if (forbidden || !evaluate(p, r).feasible())
                continue;
            best = std::min(best, costOf(p, rq, r[0]));
        }
        if (best == LLONG_MAX) {
            ++infeasibleTrials;
            QVERIFY2(!plan.found, "a row was claimed where none keeps the rules");
            continue;
        }
        ++feasibleTrials;
        if (!plan.found)
            continue;
        ++found;
        r[0] = plan.cells;
        QVERIFY2(evaluate(p, r).feasible(), qPrintable(violationsOf(p, r)));
        QCOMPARE(plan.cost, costOf(p, rq, plan.cells));
        QVERIFY(plan.cost >= best);
        cheapest += plan.cost == best ? 1 : 0;
    }
    qInfo("seed %d: %d trials with a feasible row, planRow found one in %d, the cheapest in %d; %d without",
          seed, feasibleTrials, found, cheapest, infeasibleTrials);
    QVERIFY(feasibleTrials >= 15);
    QVERIFY(infeasibleTrials >= 1);
    // Measured over these seeds: a row in 94-100 % of the trials that have one, the cheapest in
    // 60-76 % (the prices are a relaxation: the cheapest row under them need not be the cheapest that
    // keeps the limits, and the first row that keeps them is returned).
    QVERIFY2(found * 10 >= feasibleTrials * 9, qPrintable(QStringLiteral("found %1 of %2").arg(found).arg(feasibleTrials)));
    QVERIFY2(cheapest * 2 >= feasibleTrials, qPrintable(QStringLiteral("cheapest %1 of %2").arg(cheapest).arg(feasibleTrials)));
}

// With only day-to-day rules (no limit is priced) the planner is an exact dynamic program, so it must
// return a cheapest row every time. Two of the three shift types (E1, E2) allow the same successors
// and share a state: from each state only the cheaper of the two may be taken, and taking the wrong
// one (or one L forbids) shows here as a row dearer than the enumeration's, or as a broken rule. Half
// the trials add a guide per worked weekend (RowRequest::weekendCost), which the row must minimise
// with its cost while its reported cost leaves the guide out.
void TestRowPlanner::shiftClassesExact()
{
    std::mt19937 rng(2027u);
    int trials = 0, withHistory = 0, withForbidden = 0, withGuide = 0;
    for (int trial = 0; trial < 24; ++trial) {
        Problem p;
        p.days = 7;
        p.startWeekday = int(rng() % 7);
        ShiftType e1{"E1", -1, 480, {}, 0, false, false};
        ShiftType e2{"E2", -1, 480, {}, 0, false, false};
        ShiftType l{"L", -1, 480, {0, 1}, 0, false, false};
        p.shifts = {e1, e2, l};
        Officer o;
        o.id = "A";
        o.maxConsecutiveShifts = 2 + int(rng() % 3);
        o.minConsecutiveShifts = 1 + int(rng() % 2);
        o.minConsecutiveDaysOff = 1 + int(rng() % 2);
        o.maxWeekends = int(rng() % 2);
        if (rng() % 3 == 0) {
            o.history.known = true;
            o.history.lastShift = rng() % 2 ? 2 : kOff;
            if (o.history.lastShift == kOff)
                o.history.consecutiveOff = 1 + int(rng() % 2);
            else
                o.history.consecutiveWorked = 1;
            ++withHistory;
        }
        p.officers = {o};
        RowRequest rq;
        rq.workCost.resize(std::size_t(p.days) * 3);
        rq.offCost.resize(std::size_t(p.days));
        for (auto &c : rq.workCost)
            c = int(rng() % 21) - 12;
        for (auto &c : rq.offCost)
            c = int(rng() % 7) - 3;
        if (rng() % 2 == 0) {
            rq.workCost[std::size_t(int(rng() % 7) * 3 + int(rng() % 3))] = kForbidden;
            ++withForbidden;
        }
        // Half the trials carry a guide per worked weekend (whole numbers, so that the cheapest
        // guided row is told apart from the next): charged once per weekend, on either day.
        // Weekends may be worked there (no limit, or one).
        if (trial % 2 == 1) {
            p.officers[0].maxWeekends = trial % 4 == 1 ? kUnlimited : 1;
            rq.weekendCost.assign(std::size_t(p.weekendIndex(p.days - 1) + 1), 0.0);
            for (double &g : rq.weekendCost)
                g = double(int(rng() % 61) - 30);
            ++withGuide;
        }
        const auto guided = [&](const std::vector<int> &cells) {
            long long c = costOf(p, rq, cells);
            std::vector<char> worked(rq.weekendCost.size(), 0);
            for (int d = 0; d < p.days; ++d)
                if (p.isWeekend(d) && cells[std::size_t(d)] != kOff && !worked.empty())
                    worked[std::size_t(p.weekendIndex(d))] = 1;
            for (std::size_t k = 0; k < worked.size(); ++k)
                c += worked[k] ? (long long)rq.weekendCost[k] : 0;
            return c;
        };
        const RowPlan plan = planRow(p, rq);

        Roster r(1, std::vector<int>(std::size_t(p.days), kOff));
        long long best = LLONG_MAX;
        for (int m = 0; m < 4 * 4 * 4 * 4 * 4 * 4 * 4; ++m) {
            bool forbidden = false;
            for (int d = 0, x = m; d < p.days; ++d, x /= 4) {
                const int s = x % 4 - 1;
                r[0][std::size_t(d)] = s;
                forbidden = forbidden || (s >= 0 && rq.workCost[std::size_t(d * 3 + s)] >= kForbidden);
            }
            if (!forbidden && evaluate(p, r).feasible())
                best = std::min(best, guided(r[0]));
        }
        QVERIFY(best < LLONG_MAX);   // all days off keeps every rule here
        ++trials;
        QVERIFY2(plan.found, qPrintable(QStringLiteral("trial %1: no row").arg(trial)));
        r[0] = plan.cells;
        QVERIFY2(evaluate(p, r).feasible(), qPrintable(violationsOf(p, r)));
        QCOMPARE(plan.cost, costOf(p, rq, plan.cells));   // the guide is not part of the row's cost
        QVERIFY2(guided(plan.cells) == best,
                 qPrintable(QStringLiteral("trial %1: %2, the cheapest row costs %3").arg(trial).arg(guided(plan.cells)).arg(best)));
    }
    QVERIFY(withHistory >= 3 && withForbidden >= 6 && withGuide == 12);
}

void TestRowPlanner::yearRowKeepsEveryRule()
{
    const Problem p = yearProblem(6, 11);
    std::mt19937 rng(5);
    for (int o = 0; o < 6; ++o) {
        RowRequest rq = randomCosts(p, rng);
        rq.officer = o;
        forbidLeave(p, o, rq);
        const RowPlan plan = planRow(p, rq);
        QVERIFY2(plan.found, qPrintable(QStringLiteral("officer %1, %2 rounds").arg(o).arg(plan.rounds)));
        Roster r(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
        r[std::size_t(o)] = plan.cells;
        QCOMPARE(officerHardUnits(p, r, o), 0LL);
        int worked = 0;
        for (int c : plan.cells)
            worked += c != kOff ? 1 : 0;
        QVERIFY(worked >= 232 && worked <= 234);
        QCOMPARE(plan.cost, costOf(p, rq, plan.cells));
    }
}

void TestRowPlanner::historyIsKept()
{
    // A night worked on day -1 at the end of five in a row: day 0 must be off, and day 1 too
    // (at least two days off); with the same row but no history, day 0 is the cheapest to work.
    Problem p = yearProblem(1, 3);
    p.officers[0].daysOff.clear();
    RowRequest rq;
    rq.officer = 0;
    rq.workCost.assign(std::size_t(p.days) * 4, 0);
    rq.offCost.assign(std::size_t(p.days), 0);
    rq.offCost[0] = rq.offCost[1] = 50;
    const RowPlan free = planRow(p, rq);
    QVERIFY(free.found);
    QVERIFY(free.cells[0] != kOff);
    p.officers[0].history.known = true;
    p.officers[0].history.lastShift = 3;
    p.officers[0].history.consecutiveWorked = 5;
    const RowPlan tied = planRow(p, rq);
    QVERIFY(tied.found);
    QCOMPARE(tied.cells[0], kOff);
    QCOMPARE(tied.cells[1], kOff);
    Roster r(1, tied.cells);
    QVERIFY2(evaluate(p, r).feasible(), qPrintable(violationsOf(p, r)));
}

void TestRowPlanner::warmStartIsQuick()
{
    const Problem p = yearProblem(1, 7);
    std::mt19937 rng(9);
    RowRequest rq = randomCosts(p, rng);
    forbidLeave(p, 0, rq);
    const RowPlan cold = planRow(p, rq);
    QVERIFY(cold.found);
    // Slightly different prices, as after a few moves of the search, from the last price of a minute.
    for (int k = 0; k < 30; ++k)
        rq.workCost[std::size_t(rng() % rq.workCost.size())] += 1;
    forbidLeave(p, 0, rq);
    rq.hasMinutePrice = true;
    rq.minutePrice = cold.minutePrice;
    const RowPlan warm = planRow(p, rq);
    QVERIFY(warm.found);
    QVERIFY2(warm.rounds <= 3, qPrintable(QStringLiteral("cold %1 rounds, warm %2").arg(cold.rounds).arg(warm.rounds)));
}

void TestRowPlanner::splitWeekendGuide()
{
    // Random cell costs split many weekends (Saturday worked, Sunday off or the reverse). With a guide
    // cost per split weekend the rows keep their weekends whole; the guide is not part of the cost,
    // and every rule still holds (the minutes in their band of two shifts included).
    const Problem p = yearProblem(4, 17);
    std::mt19937 rng(3);
    const auto splits = [&p](const std::vector<int> &cells) {
        int n = 0;
        for (int d = 1; d < p.days; ++d)
            if (p.isWeekend(d) && p.isWeekend(d - 1) && p.weekendIndex(d) == p.weekendIndex(d - 1)
                && (cells[std::size_t(d)] == kOff) != (cells[std::size_t(d - 1)] == kOff))
                ++n;
        return n;
    };
    int freeSplits = 0, guidedSplits = 0;
    for (int o = 0; o < 4; ++o) {
        RowRequest rq = randomCosts(p, rng);
        rq.officer = o;
        forbidLeave(p, o, rq);
        const RowPlan free = planRow(p, rq);
        rq.splitWeekendCost = 300;
        const RowPlan guided = planRow(p, rq);
        QVERIFY(free.found && guided.found);
        QCOMPARE(guided.cost, costOf(p, rq, guided.cells));
        Roster r(p.officers.size(), std::vector<int>(std::size_t(p.days), kOff));
        r[std::size_t(o)] = guided.cells;
        QVERIFY2(officerHardUnits(p, r, o) == 0, qPrintable(violationsOf(p, r)));
        freeSplits += splits(free.cells);
        guidedSplits += splits(guided.cells);
    }
    qInfo("split weekends of 4 rows: %d without the guide, %d with it", freeSplits, guidedSplits);
    QVERIFY(freeSplits >= 10);
    // A weekend with one day on leave can still be split by the minutes' needs, rarely.
    QVERIFY2(guidedSplits * 5 <= freeSplits, qPrintable(QStringLiteral("%1 -> %2").arg(freeSplits).arg(guidedSplits)));
}

QTEST_APPLESS_MAIN(TestRowPlanner)
#include "tst_rowplanner.moc"
