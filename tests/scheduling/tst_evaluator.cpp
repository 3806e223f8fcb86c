// SPDX-License-Identifier: GPL-3.0-or-later
// Every rule of the evaluator, each with a roster that breaks it and one that does not. Fixtures are
// small Curtois & Qu texts (14 days from a Monday, shifts E, L, N; L may not be followed by E, N by
// E or L) plus named tweaks for what that format cannot say (start times, history, pins, ...).
#include "scheduling/curtoisqureader.h"
#include "scheduling/evaluation.h"

#include <QtTest>

using namespace dd::scheduling;

namespace {

const char *const kDefaultStaff = "E=14|L=14|N=14,99999,0,14,1,1,2";

std::string instance(const QString &staffA, const QString &daysOff, const QString &on, const QString &off,
                     const QString &cover)
{
    auto lines = [](const QString &list) {
        QString out;
        for (const QString &l : list.split(QLatin1Char(';'), Qt::SkipEmptyParts))
            out += l.trimmed() + QLatin1Char('\n');
        return out;
    };
    const QString a = staffA.isEmpty() ? QString::fromLatin1(kDefaultStaff) : staffA;
    const QString text = QStringLiteral("SECTION_HORIZON\n14\n\nSECTION_SHIFTS\nE,480,\nL,480,E\nN,720,E|L\n\n"
                                        "SECTION_STAFF\nA,%1\nB,%2\n\nSECTION_DAYS_OFF\n%3\n"
                                        "SECTION_SHIFT_ON_REQUESTS\n%4\nSECTION_SHIFT_OFF_REQUESTS\n%5\n"
                                        "SECTION_COVER\n%6")
                             .arg(a, QString::fromLatin1(kDefaultStaff), lines(daysOff), lines(on), lines(off), lines(cover));
    return text.toStdString();
}

std::vector<int> row(const Problem &p, const QString &text)
{
    std::vector<int> cells(std::size_t(p.days), kOff);
    const QStringList tokens = text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (int d = 0; d < tokens.size() && d < p.days; ++d)
        for (std::size_t s = 0; s < p.shifts.size(); ++s)
            if (tokens.at(d) == QString::fromStdString(p.shifts[s].id))
                cells[std::size_t(d)] = int(s);
    return cells;
}

void tweak(Problem &p, const QString &name)
{
    Officer &a = p.officers[0];
    Officer &b = p.officers[1];
    if (name == QLatin1String("times")) {
        for (ShiftType &s : p.shifts)
            s.cannotFollow.clear();
        p.shifts[0].startMinute = 7 * 60;
        p.shifts[1].startMinute = 12 * 60;
        p.shifts[2].startMinute = 20 * 60;
        p.minRestMinutes = 12 * 60;
    } else if (name == QLatin1String("weekly")) {
        a.maxWeeklyMinutes = 3 * 480;
    } else if (name == QLatin1String("historyOff2")) {
        a.history.known = true;
        a.history.consecutiveOff = 2;
    } else if (name == QLatin1String("historyWork1")) {
        a.history.known = true;
        a.history.lastShift = 0;
        a.history.consecutiveWorked = 1;
    } else if (name == QLatin1String("historyLastN")) {
        a.history.known = true;
        a.history.lastShift = 2;
        a.history.consecutiveWorked = 1;
    } else if (name == QLatin1String("skillE") || name == QLatin1String("skillEHeld")) {
        p.shifts[0].requiredSkills = 1;
        a.skills = name == QLatin1String("skillEHeld") ? 1 : 0;
    } else if (name == QLatin1String("pinA0E")) {
        p.pins.push_back(Pin{0, 0, 0});
    } else if (name == QLatin1String("maxCover1")) {
        p.demands[0].maximum = 1;
    } else if (name == QLatin1String("target3")) {
        p.demands[0].target = 3;
        p.demands[0].weightBelowTarget = 10;
    } else if (name == QLatin1String("nightFair") || name == QLatin1String("nightFairHistory")) {
        p.shifts[2].night = true;
        p.nightFairnessWeight = 5;
        if (name == QLatin1String("nightFairHistory"))
            b.history.nightsWorked = 2;
    } else if (name == QLatin1String("weekendFair")) {
        p.weekendFairnessWeight = 7;
    } else if (name == QLatin1String("stability")) {
        p.published.assign(2, std::vector<int>(14, kOff));
        p.stabilityWeight = 4;
    } else if (name == QLatin1String("patrol") || name == QLatin1String("patrolBoth")) {
        p.shifts[0].patrol = true;
        p.certifiedSkill = 1;
        p.patrolWeight = 50;
        a.skills = 1;
        b.skills = name == QLatin1String("patrolBoth") ? 1 : 0;
    } else if (!name.isEmpty()) {
        QFAIL(qPrintable(QStringLiteral("unknown tweak ") + name));
    }
}

Rule ruleByName(const QString &name)
{
    for (int r = 0; r < kRuleCount; ++r)
        if (name == QLatin1String(ruleName(Rule(r))))
            return Rule(r);
    return Rule::Count;
}

} // namespace

class TestEvaluator : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void objectiveIsTheSumOfViolations();
    void hardRulesAreHard();
};

void TestEvaluator::rule_data()
{
    QTest::addColumn<QString>("staffA");
    QTest::addColumn<QString>("daysOff");
    QTest::addColumn<QString>("on");
    QTest::addColumn<QString>("off");
    QTest::addColumn<QString>("cover");
    QTest::addColumn<QString>("rosterA");
    QTest::addColumn<QString>("rosterB");
    QTest::addColumn<QString>("tweak");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("cost");   // soft rules: the rule's cost; hard rules: the summed amount

    const QString n;
    auto row = [&](const char *name, const QString &staffA, const QString &daysOff, const QString &on, const QString &off,
                   const QString &cover, const char *a, const char *b, const char *tw, const char *rule, int count, int cost) {
        QTest::newRow(name) << staffA << daysOff << on << off << cover << QString::fromLatin1(a) << QString::fromLatin1(b)
                            << QString::fromLatin1(tw) << QString::fromLatin1(rule) << count << cost;
    };
    auto staff = [](const char *s) { return QString::fromLatin1(s); };

    row("succession L then E", n, n, n, n, n, "L E", "", "", "succession", 1, 1);
    row("succession E then L is fine", n, n, n, n, n, "E L", "", "", "succession", 0, 0);
    row("succession N then L", n, n, n, n, n, "N L", "", "", "succession", 1, 1);
    row("succession from history", n, n, n, n, n, "E", "", "historyLastN", "succession", 1, 1);
    row("min rest L 12:00 then E 07:00", n, n, n, n, n, "L E", "", "times", "min-rest", 1, 60);
    row("min rest night into early", n, n, n, n, n, "N E", "", "times", "min-rest", 1, 780);
    row("min rest E then L is fine", n, n, n, n, n, "E L", "", "times", "min-rest", 0, 0);
    row("max shifts of type", staff("E=2|L=14|N=14,99999,0,14,1,1,2"), n, n, n, n, "E E E", "", "", "max-shifts-of-type", 1, 1);
    row("max shifts of type kept", staff("E=2|L=14|N=14,99999,0,14,1,1,2"), n, n, n, n, "E E L", "", "", "max-shifts-of-type", 0, 0);
    row("type forbidden by 0", staff("E=14|L=14|N=0,99999,0,14,1,1,2"), n, n, n, n, ". N", "", "", "max-shifts-of-type", 1, 1);
    row("max total minutes", staff("E=14|L=14|N=14,1440,0,14,1,1,2"), n, n, n, n, "E E E E", "", "", "max-total-minutes", 1, 480);
    row("max total minutes kept", staff("E=14|L=14|N=14,1440,0,14,1,1,2"), n, n, n, n, "E E E", "", "", "max-total-minutes", 0, 0);
    row("min total minutes", staff("E=14|L=14|N=14,99999,1920,14,1,1,2"), n, n, n, n, "E E E", "", "", "min-total-minutes", 1, 480);
    row("min total minutes kept", staff("E=14|L=14|N=14,99999,1920,14,1,1,2"), n, n, n, n, "E E E E", "", "", "min-total-minutes", 0, 0);
    row("max weekly minutes", n, n, n, n, n, "E E E E", "", "weekly", "max-weekly-minutes", 1, 480);
    row("max weekly minutes per week", n, n, n, n, n, "E E E . . . . E E E", "", "weekly", "max-weekly-minutes", 0, 0);
    row("max consecutive", staff("E=14|L=14|N=14,99999,0,3,1,1,2"), n, n, n, n, "E E E E", "", "", "max-consecutive-shifts", 1, 1);
    row("max consecutive kept", staff("E=14|L=14|N=14,99999,0,3,1,1,2"), n, n, n, n, "E E E . E E E", "", "", "max-consecutive-shifts", 0, 0);
    row("min consecutive", staff("E=14|L=14|N=14,99999,0,14,2,1,2"), n, n, n, n, ". E . . E E", "", "", "min-consecutive-shifts", 1, 1);
    row("min consecutive: blocks at the ends exempt", staff("E=14|L=14|N=14,99999,0,14,2,1,2"), n, n, n, n, "E . . E E . . . . . . . . E", "", "", "min-consecutive-shifts", 0, 0);
    row("min consecutive: history removes the exemption", staff("E=14|L=14|N=14,99999,0,14,2,1,2"), n, n, n, n, "E . . E E", "", "historyOff2", "min-consecutive-shifts", 1, 1);
    row("min consecutive: history block cut short", staff("E=14|L=14|N=14,99999,0,14,2,1,2"), n, n, n, n, ". E E", "", "historyWork1", "min-consecutive-shifts", 1, 1);
    row("min days off", staff("E=14|L=14|N=14,99999,0,14,1,2,2"), n, n, n, n, "E . E E", "", "", "min-consecutive-days-off", 1, 1);
    row("min days off kept", staff("E=14|L=14|N=14,99999,0,14,1,2,2"), n, n, n, n, ". E E . . E E", "", "", "min-consecutive-days-off", 0, 0);
    row("min days off: last block exempt", staff("E=14|L=14|N=14,99999,0,14,1,2,2"), n, n, n, n, "E E E E E E E E E E E E E .", "", "", "min-consecutive-days-off", 0, 0);
    row("max weekends", staff("E=14|L=14|N=14,99999,0,14,1,1,1"), n, n, n, n, ". . . . . E . . . . . . E", "", "", "max-weekends", 1, 1);
    row("max weekends: Saturday and Sunday are one", staff("E=14|L=14|N=14,99999,0,14,1,1,1"), n, n, n, n, ". . . . . E E", "", "", "max-weekends", 0, 0);
    row("day off", n, QStringLiteral("A,2"), n, n, n, "E E E", "", "", "day-off", 1, 1);
    row("day off kept", n, QStringLiteral("A,2"), n, n, n, "E E .", "", "", "day-off", 0, 0);
    row("skill", n, n, n, n, n, "E", "", "skillE", "skill", 1, 1);
    row("skill held", n, n, n, n, n, "E", "", "skillEHeld", "skill", 0, 0);
    row("pin", n, n, n, n, n, ".", "", "pinA0E", "pin", 1, 1);
    row("pin kept", n, n, n, n, n, "E", "", "pinA0E", "pin", 0, 0);
    row("cover above maximum", n, n, n, n, QStringLiteral("0,E,1,100,1"), "E", "E", "maxCover1", "cover-above-maximum", 1, 1);
    row("cover at maximum", n, n, n, n, QStringLiteral("0,E,1,100,1"), "E", ".", "maxCover1", "cover-above-maximum", 0, 0);
    row("cover under", n, n, n, n, QStringLiteral("0,E,2,100,1"), "E", ".", "", "cover-under", 1, 100);
    row("cover under met", n, n, n, n, QStringLiteral("0,E,2,100,1"), "E", "E", "", "cover-under", 0, 0);
    row("cover under uses its weight", n, n, n, n, QStringLiteral("3,L,2,37,1"), "", "", "", "cover-under", 1, 74);
    row("cover below target", n, n, n, n, QStringLiteral("0,E,1,100,1"), "E", ".", "target3", "cover-below-target", 1, 20);
    row("cover below target by one", n, n, n, n, QStringLiteral("0,E,1,100,1"), "E", "E", "target3", "cover-below-target", 1, 10);
    row("cover over", n, n, n, n, QStringLiteral("0,E,1,100,1"), "E", "E", "", "cover-over", 1, 1);
    row("cover over: the other shift does not count", n, n, n, n, QStringLiteral("0,E,1,100,1"), "E", "L", "", "cover-over", 0, 0);
    row("shift-on request", n, n, QStringLiteral("A,0,E,3"), n, n, "L", "", "", "shift-on-request", 1, 3);
    row("shift-on request granted", n, n, QStringLiteral("A,0,E,3"), n, n, "E", "", "", "shift-on-request", 0, 0);
    row("shift-off request", n, n, n, QStringLiteral("A,0,E,2"), n, "E", "", "", "shift-off-request", 1, 2);
    row("shift-off request granted", n, n, n, QStringLiteral("A,0,E,2"), n, "L", "", "", "shift-off-request", 0, 0);
    row("night fairness", n, n, n, n, n, "N . N", "", "nightFair", "night-fairness", 1, 10);
    row("night fairness counts history", n, n, n, n, n, "N . N", "", "nightFairHistory", "night-fairness", 0, 0);
    row("weekend fairness", n, n, n, n, n, ". . . . . E", "", "weekendFair", "weekend-fairness", 1, 7);
    row("weekend fairness even", n, n, n, n, n, ". . . . . E", ". . . . . . L", "weekendFair", "weekend-fairness", 0, 0);
    row("stability", n, n, n, n, n, "E E", "", "stability", "stability", 2, 8);
    row("stability unchanged", n, n, n, n, n, "", "", "stability", "stability", 0, 0);
    row("patrol team without two certified", n, n, n, n, n, "E", "E", "patrol", "patrol-team", 1, 50);
    row("patrol team of two certified", n, n, n, n, n, "E", "E", "patrolBoth", "patrol-team", 0, 0);
    row("patrol shift nobody works", n, n, n, n, n, "L", "L", "patrol", "patrol-team", 0, 0);
}

void TestEvaluator::rule()
{
    QFETCH(QString, staffA);
    QFETCH(QString, daysOff);
    QFETCH(QString, on);
    QFETCH(QString, off);
    QFETCH(QString, cover);
    QFETCH(QString, rosterA);
    QFETCH(QString, rosterB);
    QFETCH(QString, tweak);
    QFETCH(QString, rule);
    QFETCH(int, count);
    QFETCH(int, cost);

    ReadResult read = readCurtoisQu(instance(staffA, daysOff, on, off, cover), "fixture.txt");
    QVERIFY2(bool(read), read.error.c_str());
    Problem p = read.problem;
    ::tweak(p, tweak);
    const Roster roster{row(p, rosterA), row(p, rosterB)};
    const Rule r = ruleByName(rule);
    QVERIFY(r != Rule::Count);
    const Evaluation e = evaluate(p, roster, true);
    QCOMPARE(e.countByRule[std::size_t(r)], count);
    if (isHard(r)) {
        long long amount = 0;
        for (const Violation &v : e.violations)
            if (v.rule == r)
                amount += v.amount;
        QCOMPARE(amount, (long long)cost);
        QCOMPARE(e.costByRule[std::size_t(r)], 0LL);
    } else {
        QCOMPARE(e.costByRule[std::size_t(r)], (long long)cost);
    }
    // No other rule may fire by accident in these fixtures, except cover rows nobody asked about.
    for (const Violation &v : e.violations)
        if (v.rule != r && v.rule != Rule::CoverUnder && v.rule != Rule::CoverOver && v.rule != Rule::CoverBelowTarget)
            QFAIL(describe(p, v).c_str());
}

void TestEvaluator::objectiveIsTheSumOfViolations()
{
    ReadResult read = readCurtoisQu(instance(QString(), QStringLiteral("A,3"), QStringLiteral("A,0,E,3;B,1,L,2"),
                                             QStringLiteral("B,0,E,1"), QStringLiteral("0,E,1,100,1;1,L,2,100,1;2,N,1,50,2")),
                                    "fixture.txt");
    QVERIFY(bool(read));
    const Problem &p = read.problem;
    const Roster roster{row(p, QStringLiteral("E E E E N")), row(p, QStringLiteral("E L N"))};
    const Evaluation e = evaluate(p, roster, true);
    long long sum = 0;
    int hard = 0;
    for (const Violation &v : e.violations) {
        sum += v.cost;
        hard += isHard(v.rule) ? 1 : 0;
    }
    QCOMPARE(e.objective, sum);
    QCOMPARE(e.hardViolations, hard);
    QVERIFY(e.hardViolations > 0); // the day off on day 3
    QCOMPARE(evaluate(p, roster, false).objective, e.objective);
    QVERIFY(evaluate(p, roster, false).violations.empty());
}

void TestEvaluator::hardRulesAreHard()
{
    for (int r = 0; r < kRuleCount; ++r) {
        const bool expected = r <= int(Rule::CoverAboveMaximum);
        QCOMPARE(isHard(Rule(r)), expected);
        QVERIFY(QByteArray(ruleName(Rule(r))) != "?");
    }
}

QTEST_GUILESS_MAIN(TestEvaluator)
#include "tst_evaluator.moc"
