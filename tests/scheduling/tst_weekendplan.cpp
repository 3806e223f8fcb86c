// SPDX-License-Identifier: GPL-3.0-or-later
// The weekend plan (planWeekends): the LP of the weekend days over the whole horizon sees each
// officer's weekend budget, skills, days off and Saturday-to-Sunday successions, and who must work
// which weekend; it is not tried beyond its size limit.
#include "scheduling/evaluation.h"
#include "scheduling/weekendplan.h"

#include <QtTest>

using namespace dd::scheduling;

namespace {

// Two weeks from a Monday, officers A and B (at most one worked weekend each), shift types D and N.
Problem twoWeekends()
{
    Problem p;
    p.name = QStringLiteral("two weekends").toStdString();
    p.days = 14;
    for (const char *id : { "D", "N" }) {
        ShiftType s;
        s.id = id;
        s.lengthMinutes = 480;
        p.shifts.push_back(s);
    }
    for (const char *id : { "A", "B" }) {
        Officer of;
        of.id = id;
        of.maxShifts = { kUnlimited, kUnlimited };
        of.maxWeekends = 1;
        p.officers.push_back(of);
    }
    return p;
}

void demand(Problem &p, int day, int shift, int headcount)
{
    Demand dm;
    dm.day = day;
    dm.shift = shift;
    dm.minimum = dm.target = headcount;
    dm.weightUnder = 100;
    dm.weightOver = 1;
    p.demands.push_back(dm);
}

} // namespace

class TestWeekendPlan : public QObject
{
    Q_OBJECT
private slots:
    void budgetLeavesWeekendCoverShort();
    void skillsDecideWhoWorksWhichWeekend();
    void saturdaysShiftLimitsSundays();
    void daysOffAreNotPlanned();
    void tooLargeIsNotTried();
};

void TestWeekendPlan::budgetLeavesWeekendCoverShort()
{
    // Two officers on every weekend day, but each may work one weekend: four officer-days of eight.
    Problem p = twoWeekends();
    for (int d : { 5, 6, 12, 13 })
        demand(p, d, 0, 2);
    const WeekendPlan plan = planWeekends(p);
    QVERIFY(plan.solved);
    QVERIFY2(std::abs(plan.value - 400.0) < 1e-3, qPrintable(QString::number(plan.value)));
    QCOMPARE(int(plan.worked.size()), 2);
    for (const auto &officer : plan.worked) {
        QCOMPARE(int(officer.size()), 2);
        QVERIFY(std::abs(officer[0] + officer[1] - 1.0) < 1e-4);   // the whole budget is used
    }
    // With two weekends each the same cover is met.
    for (Officer &of : p.officers)
        of.maxWeekends = 2;
    const WeekendPlan more = planWeekends(p);
    QVERIFY(more.solved);
    QVERIFY2(std::abs(more.value) < 1e-3, qPrintable(QString::number(more.value)));
}

void TestWeekendPlan::skillsDecideWhoWorksWhichWeekend()
{
    // Only A may work N, wanted on the first weekend; D is wanted on the second. Every weekend day is
    // covered only if A works the first weekend and B the second.
    Problem p = twoWeekends();
    p.shifts[1].requiredSkills = 1;
    p.officers[0].skills = 1;
    demand(p, 5, 1, 1);
    demand(p, 6, 1, 1);
    demand(p, 12, 0, 1);
    demand(p, 13, 0, 1);
    const WeekendPlan plan = planWeekends(p);
    QVERIFY(plan.solved);
    QVERIFY2(std::abs(plan.value) < 1e-3, qPrintable(QString::number(plan.value)));
    QVERIFY(plan.worked[0][0] > 0.999);
    QVERIFY(plan.worked[0][1] < 0.001);
    QVERIFY(plan.worked[1][1] > 0.999);
    QVERIFY(plan.worked[1][0] < 0.001);
}

void TestWeekendPlan::saturdaysShiftLimitsSundays()
{
    // One officer, N wanted on Saturday and D on Sunday, but D may not follow N: one of them is short.
    Problem p = twoWeekends();
    p.officers.pop_back();
    p.shifts[1].cannotFollow = { 0 };
    demand(p, 5, 1, 1);
    demand(p, 6, 0, 1);
    const WeekendPlan plan = planWeekends(p);
    QVERIFY(plan.solved);
    QVERIFY2(std::abs(plan.value - 100.0) < 1e-3, qPrintable(QString::number(plan.value)));
    // Without the succession both are covered.
    p.shifts[1].cannotFollow.clear();
    const WeekendPlan free = planWeekends(p);
    QVERIFY(free.solved);
    QVERIFY2(std::abs(free.value) < 1e-3, qPrintable(QString::number(free.value)));
}

void TestWeekendPlan::daysOffAreNotPlanned()
{
    // A is on leave over the first weekend, so B must work it, and A takes the second.
    Problem p = twoWeekends();
    p.officers[0].daysOff = { 5, 6 };
    for (int d : { 5, 6, 12, 13 })
        demand(p, d, 0, 1);
    const WeekendPlan plan = planWeekends(p);
    QVERIFY(plan.solved);
    QVERIFY2(std::abs(plan.value) < 1e-3, qPrintable(QString::number(plan.value)));
    QVERIFY(plan.worked[1][0] > 0.999);
    QVERIFY(plan.worked[0][1] > 0.999);
}

void TestWeekendPlan::tooLargeIsNotTried()
{
    // Officers x weekends x shift types beyond kWeekendPlanMaxSize: no LP (its interior-point solve
    // cannot be interrupted).
    Problem p = twoWeekends();
    p.days = 364;
    const int officers = int(kWeekendPlanMaxSize / (52 * 2)) + 1;
    while (int(p.officers.size()) < officers)
        p.officers.push_back(p.officers.front());
    demand(p, 5, 0, 1);
    QVERIFY(!planWeekends(p).solved);
    p.officers.resize(std::size_t(officers - 2));
    QVERIFY(planWeekends(p).solved);
}

QTEST_APPLESS_MAIN(TestWeekendPlan)
#include "tst_weekendplan.moc"
