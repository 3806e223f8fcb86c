// SPDX-License-Identifier: GPL-3.0-or-later
// The ranking of on-duty officers and teams for an incident, on a hand-made roster and a hand-made
// travel-time function (a line of cells A–B–C–D–E, 5 minutes per step).
#include "grid/recommendation.h"

#include <QTest>

using namespace dd::grid;

namespace {

double lineTravel(const QString &from, const QString &to)
{
    const QString cells = QStringLiteral("ABCDE");
    const auto a = cells.indexOf(from), b = cells.indexOf(to);
    if (a < 0 || b < 0)
        return -1;
    return 5.0 * std::abs(a - b);
}

DispatchCandidate officer(const char *name, bool responsible, const char *from, int open, int certified = 2,
                          bool legal = false)
{
    DispatchCandidate c;
    c.id = QString::fromLatin1(name);
    c.name = c.id;
    c.officerIds = { c.id };
    c.responsible = responsible;
    c.fromCell = QString::fromLatin1(from);
    c.openIncidents = open;
    c.certified = certified;
    c.legalOfficer = legal;
    return c;
}

QString order(const std::vector<RankedCandidate> &ranked)
{
    QStringList names;
    for (const RankedCandidate &r : ranked)
        names << r.candidate.name;
    return names.join(QLatin1Char(' '));
}

} // namespace

class TestRecommendation : public QObject
{
    Q_OBJECT

private slots:
    void responsibleFirstThenTravelAndWorkload()
    {
        const std::vector<DispatchCandidate> roster = {
            officer("near", false, "C", 0), // on the spot, but another sector
            officer("sectorFar", true, "A", 0), // responsible, 10 min away
            officer("sectorBusy", true, "C", 1), // responsible, on the spot, one open incident (20 min)
            officer("sectorNear", true, "B", 0), // responsible, 5 min away
            officer("unknown", false, "", 0), // position unknown: 60 min
        };
        const auto ranked = rankCandidates(QStringLiteral("C"), SkillNeeds {}, roster, &lineTravel);
        QCOMPARE(order(ranked), QStringLiteral("sectorNear sectorFar sectorBusy near unknown"));
        QCOMPARE(ranked[0].travelMinutes, 5.0);
        QCOMPARE(ranked[2].cost, 20.0);
        QVERIFY(ranked[0].reasons.join(QLatin1Char('|')).contains(QStringLiteral("responsible")));
        QVERIFY(ranked[3].reasons.join(QLatin1Char('|')).contains(QStringLiteral("not responsible")));
        QVERIFY(ranked[4].reasons.join(QLatin1Char('|')).contains(QStringLiteral("unknown")));
    }

    void skillsComeBeforeDistance()
    {
        const std::vector<DispatchCandidate> roster = {
            officer("plain", true, "C", 0, 2, false),
            officer("legal", true, "E", 0, 2, true),
            officer("oneCertified", true, "C", 0, 1, true),
        };
        SkillNeeds needs;
        needs.legalOfficer = true;
        const auto ranked = rankCandidates(QStringLiteral("C"), needs, roster, &lineTravel);
        QCOMPARE(order(ranked), QStringLiteral("legal oneCertified plain"));
        QVERIFY(ranked[0].skillsMet);
        QVERIFY(!ranked[1].skillsMet);
        QVERIFY(ranked[1].reasons.join(QLatin1Char('|')).contains(QStringLiteral("1 of 2 certified")));
        QVERIFY(ranked[2].reasons.join(QLatin1Char('|')).contains(QStringLiteral("legal officer")));
        // Without the need, the nearest comes first among the responsible.
        const auto plain = rankCandidates(QStringLiteral("C"), SkillNeeds { 1, false, false }, roster, &lineTravel);
        QCOMPARE(order(plain), QStringLiteral("oneCertified plain legal"));
    }

    void workloadWeightIsTunableAndTiesGoByName()
    {
        const std::vector<DispatchCandidate> roster = {
            officer("b", true, "C", 1),
            officer("a", true, "A", 0),
            officer("c", true, "A", 0),
        };
        RankingWeights w;
        w.minutesPerOpenIncident = 5; // 5 < 10 min travel: the busy one on the spot wins
        QCOMPARE(order(rankCandidates(QStringLiteral("C"), {}, roster, &lineTravel, w)), QStringLiteral("b a c"));
        w.minutesPerOpenIncident = 30;
        QCOMPARE(order(rankCandidates(QStringLiteral("C"), {}, roster, &lineTravel, w)), QStringLiteral("a c b"));
    }

    void emptyRosterGivesNothing()
    {
        QVERIFY(rankCandidates(QStringLiteral("C"), {}, {}, &lineTravel).empty());
    }
};

QTEST_GUILESS_MAIN(TestRecommendation)
#include "tst_recommendation.moc"
