// SPDX-License-Identifier: GPL-3.0-or-later
// Every indicator against the hand-computed quarter of reportfixture.h (docs/INDICATORS.md): which
// incidents are due, how rework, extension, suspension, cancellation and return count, incidents
// crossing the quarter's boundaries, the cut-off replay, squad scope, grouping and chart series.
#include "data/reports/indicators.h"
#include "reportfixture.h"

#include <QTest>
#include <cmath>

using namespace dd::data;

namespace {
ReportFilter quarter3(const QString &squad = {})
{
    ReportFilter f;
    f.from = QDate(2026, 7, 1);
    f.to = QDate(2026, 9, 30);
    f.squadId = squad;
    return f;
}
double sum(const ChartData &c)
{
    double s = 0;
    for (const ChartSeries &series : c.series)
        for (double v : series.values)
            s += v;
    return s;
}
} // namespace

class TestIndicators : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void squadQuarter();
    void durations();
    void rates();
    void incidentCrossingIntoNextQuarter();
    void districtAddsTheOtherSquad();
    void cutOffReplaysEventsOnly();
    void filtersByCategoryAndSource();
    void groupsBySquadAndCategory();
    void squadLeaderSeesOnlyOwnSquad();
    void officerMayNotViewReports();
    void chartsAddUp();
    void instantParsing();
    void invalidPeriodIsRefused();
    void cancelStopsTheLoad();
    void cellTownBeforeSquadTown(); // last: it moves incident A into a cell of the other town

private:
    reporttest::Store m_store;
    Session m_leader, m_officer;
};

void TestIndicators::initTestCase()
{
    QVERIFY(m_store.openWithIncidents());
    QVERIFY(m_store.addUser(QStringLiteral("leader1"), Role::SquadLeader, QStringLiteral("JD102")));
    m_leader = m_store.signInChanged(QStringLiteral("leader1"));
    QVERIFY(m_leader.isValid());
    QVERIFY(
        m_store.addUser(QStringLiteral("officer1"), Role::Officer, QStringLiteral("JD102"), QStringLiteral("JD01001")));
    m_officer = m_store.signInChanged(QStringLiteral("officer1"));
    QVERIFY(m_officer.isValid());
}

// Q3 for squad s1, by hand: received A B C D E F G H L M (I was filed in Q2, K is s2's, J is all Q2);
// due A B C D G I L (E suspended, F cancelled, M returned, H due in Q4).
void TestIndicators::squadQuarter()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    auto set = engine.load(m_store.admin, quarter3(QStringLiteral("s1")));
    QVERIFY2(set, qPrintable(set.errorMessage()));
    const Indicators r = IndicatorEngine::compute(*set);
    QCOMPARE(r.received, 10);
    QCOMPARE(r.cancelled, 1);
    QCOMPARE(r.returned, 1);
    QCOMPARE(r.due, 7);
    QCOMPARE(r.closed, 5); // A B C D I
    QCOMPARE(r.closedOnTime, 4); // B closed late; D on time against its extension
    QCOMPARE(r.handled, 6); // + L
    QCOMPARE(r.handledOnTime, 5); // B late
    QCOMPARE(r.reworked, 1); // C
    QCOMPARE(r.extended, 1); // D
    QCOMPARE(r.overdueOpen, 1); // G
    QCOMPARE(r.suspended, 1); // E
    QCOMPARE(r.arrivalRequired, 4); // A B C G
    QCOMPARE(r.arrivedInTime, 2); // A C
    QCOMPARE(r.dispatched, 8); // A B C D E G H L (I was dispatched in Q2)
    QCOMPARE(r.overdueBacklog, 1); // G; E is suspended, H not due until 10-03

    auto overdue = engine.overdueList(*set, 10);
    QVERIFY2(overdue, qPrintable(overdue.errorMessage()));
    QCOMPARE(int(overdue->size()), 1);
    QCOMPARE(overdue->front().id, QStringLiteral("G"));
    QCOMPARE(overdue->front().daysOverdue, 9.625); // 09-21 09:00 to 10-01 00:00
}

void TestIndicators::durations()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    auto set = engine.load(m_store.admin, quarter3(QStringLiteral("s1")));
    QVERIFY(set);
    const Indicators r = IndicatorEngine::compute(*set);
    // Arrival from filing: A 20 (not 30: reported 08:50, filed 09:00), B 60, C 30 minutes.
    QCOMPARE(r.toArrival.count, 3);
    QCOMPARE(r.toArrival.median, 30.0);
    QCOMPARE(r.toArrival.p90, 60.0);
    QVERIFY(std::abs(r.toArrival.mean - 110.0 / 3.0) < 1e-9);
    // Handling: A 360, B 1560, C 1560 (the second handle after the rework), D 4380, I 1860, L 1500.
    QCOMPARE(r.toHandle.count, 6);
    QCOMPARE(r.toHandle.mean, 1870.0);
    QCOMPARE(r.toHandle.median, 1560.0);
    QCOMPARE(r.toHandle.p90, 4380.0);
    // Closing: A 540, B 2820, C 1920, D 4800, I 2940.
    QCOMPARE(r.toClose.count, 5);
    QCOMPARE(r.toClose.mean, 2604.0);
    QCOMPARE(r.toClose.median, 2820.0);
    QCOMPARE(r.toClose.p90, 4800.0);
}

void TestIndicators::rates()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    auto set = engine.load(m_store.admin, quarter3(QStringLiteral("s1")));
    QVERIFY(set);
    const Indicators r = IndicatorEngine::compute(*set);
    QCOMPARE(r.closeRate(), 5.0 / 7);
    QCOMPARE(r.closeOnTimeRate(), 4.0 / 7);
    QCOMPARE(r.handleRate(), 6.0 / 7);
    QCOMPARE(r.handleOnTimeRate(), 5.0 / 7);
    QCOMPARE(r.reworkRate(), 1.0 / 7);
    QCOMPARE(r.extensionRate(), 1.0 / 7);
    QCOMPARE(r.overdueOpenRate(), 1.0 / 7);
    QCOMPARE(r.arrivalRate(), 0.5);
    QVERIFY(std::isnan(Indicators().closeRate()));
}

// H was filed on 09-29 and closed on 10-02 before its 10-03 deadline: it is due in Q4, only there.
void TestIndicators::incidentCrossingIntoNextQuarter()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    ReportFilter q4;
    q4.from = QDate(2026, 10, 1);
    q4.to = QDate(2026, 12, 31);
    q4.squadId = QStringLiteral("s1");
    auto set = engine.load(m_store.admin, q4); // cut-off: the clock, 11-26
    QVERIFY(set);
    const Indicators r = IndicatorEngine::compute(*set);
    QCOMPARE(r.received, 0);
    QCOMPARE(r.due, 1);
    QCOMPARE(r.closed, 1);
    QCOMPARE(r.closedOnTime, 1);
    QCOMPARE(r.overdueOpen, 0); // G stays in Q3, where its deadline passed

    ReportFilter q2;
    q2.from = QDate(2026, 4, 1);
    q2.to = QDate(2026, 6, 30);
    q2.squadId = QStringLiteral("s1");
    const Indicators r2 = IndicatorEngine::compute(*engine.load(m_store.admin, q2));
    QCOMPARE(r2.received, 2); // I and J
    QCOMPARE(r2.due, 1); // J only: I closed in Q3 before its deadline
}

void TestIndicators::districtAddsTheOtherSquad()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    auto set = engine.load(m_store.admin, quarter3());
    QVERIFY(set);
    const Indicators r = IndicatorEngine::compute(*set);
    QCOMPARE(r.received, 11);
    QCOMPARE(r.due, 8);
    QCOMPARE(r.closed, 6);
    QCOMPARE(r.closedOnTime, 5);
    QCOMPARE(set->scopeLabel, QStringLiteral("嘉定区"));
}

// At 07-01 12:00 only I is due (closed 10:00); A's handling (15:00) and closing have not happened
// yet although incidents.status already says closed.
void TestIndicators::cutOffReplaysEventsOnly()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    ReportFilter f = quarter3(QStringLiteral("s1"));
    f.asOf = reporttest::local(QStringLiteral("07-01 12:00"));
    auto set = engine.load(m_store.admin, f);
    QVERIFY(set);
    const Indicators r = IndicatorEngine::compute(*set);
    QCOMPARE(r.received, 1); // A
    QCOMPARE(r.due, 1);
    QCOMPARE(r.closed, 1);
    QCOMPARE(r.arrivalRequired, 1); // A arrived 09:20
    QCOMPARE(r.arrivedInTime, 1);
    QCOMPARE(r.toHandle.count, 1); // I only
}

void TestIndicators::filtersByCategoryAndSource()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    ReportFilter f = quarter3(QStringLiteral("s1"));
    f.categoryId = QStringLiteral("c2"); // C D H L
    Indicators r = IndicatorEngine::compute(*engine.load(m_store.admin, f));
    QCOMPARE(r.received, 4);
    QCOMPARE(r.due, 3); // C D L
    QCOMPARE(r.closed, 2);
    f.categoryId.clear();
    f.source = QStringLiteral("video"); // G
    r = IndicatorEngine::compute(*engine.load(m_store.admin, f));
    QCOMPARE(r.received, 1);
    QCOMPARE(r.overdueOpen, 1);
    f.source.clear();
    f.townId = QStringLiteral("t2"); // s2's town: nothing of s1
    r = IndicatorEngine::compute(*engine.load(m_store.admin, f));
    QCOMPARE(r.received, 0);
}

void TestIndicators::groupsBySquadAndCategory()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    auto set = engine.load(m_store.admin, quarter3());
    QVERIFY(set);
    const auto squads = IndicatorEngine::group(*set, GroupBy::Squad);
    QCOMPARE(int(squads.size()), 2);
    QCOMPARE(squads[0].label, QStringLiteral("南翔中队"));
    QCOMPARE(squads[0].values.due, 7);
    QCOMPARE(squads[1].label, QStringLiteral("安亭中队"));
    QCOMPARE(squads[1].values.due, 1);
    const auto categories = IndicatorEngine::group(*set, GroupBy::Category);
    QCOMPARE(int(categories.size()), 2);
    QCOMPARE(categories[0].values.due + categories[1].values.due, 8);
    const auto towns = IndicatorEngine::group(*set, GroupBy::Town);
    QCOMPARE(int(towns.size()), 2); // by the squads' towns (no cells in the fixture)
}

void TestIndicators::squadLeaderSeesOnlyOwnSquad()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    auto own = engine.load(m_leader, quarter3());
    QVERIFY2(own, qPrintable(own.errorMessage()));
    QCOMPARE(IndicatorEngine::compute(*own).due, 7); // s1 only, K left out
    QCOMPARE(own->scopeLabel, QStringLiteral("南翔中队"));
    const int deniedBefore
        = m_store.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access.denied'"));
    auto other = engine.load(m_leader, quarter3(QStringLiteral("s2")));
    QVERIFY(!other);
    QVERIFY(other.errorMessage().contains(QStringLiteral("leader1")));
    QCOMPARE(m_store.count(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'access.denied'")),
             deniedBefore + 1);
}

void TestIndicators::officerMayNotViewReports()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    QVERIFY(!engine.load(m_officer, quarter3()));
    QVERIFY(!engine.load(m_officer, quarter3(QStringLiteral("s1"))));
    QVERIFY(!engine.load(Session(), quarter3()));
}

void TestIndicators::chartsAddUp()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    auto set = engine.load(m_store.admin, quarter3(QStringLiteral("s1")));
    QVERIFY(set);
    const ChartData perDay = IndicatorEngine::receivedPerDayBySource(*set);
    QCOMPARE(int(perDay.categories.size()), 92); // July, August, September
    QCOMPARE(sum(perDay), 10.0);
    QCOMPARE(int(perDay.series.size()), 4); // 12345, video, patrol, department
    const ChartData onTime = IndicatorEngine::onTimePerDay(*set);
    QVERIFY(onTime.stacked);
    QCOMPARE(onTime.series[0].values[0], 2.0); // A and I closed on time on 07-01
    double onTimeSum = 0, lateSum = 0, openSum = 0;
    for (size_t d = 0; d < onTime.categories.size(); ++d) {
        onTimeSum += onTime.series[0].values[d];
        lateSum += onTime.series[1].values[d];
        openSum += onTime.series[2].values[d];
    }
    QCOMPARE(onTimeSum, 4.0);
    QCOMPARE(lateSum, 1.0);
    QCOMPARE(openSum, 2.0); // G, L
    QCOMPARE(sum(IndicatorEngine::arrivalDistribution(*set)), 3.0);
    QCOMPARE(sum(IndicatorEngine::closingDistribution(*set)), 5.0);
    const ChartData byCategory = IndicatorEngine::receivedByCategory(*set);
    QCOMPARE(sum(byCategory), 10.0);
    QCOMPARE(byCategory.categories.front(), QStringLiteral("06001 暴露垃圾")); // 7 of 10
    const ChartData workload = IndicatorEngine::workloadPerOfficer(*set);
    QCOMPARE(workload.categories.size(), size_t(2));
    QCOMPARE(workload.categories.front(), QStringLiteral("王伟")); // A C E G (I dispatched in Q2)
    QCOMPARE(workload.series[0].values.front(), 4.0);
}

void TestIndicators::instantParsing()
{
    QCOMPARE(IndicatorEngine::parseInstant(QStringLiteral("1970-01-01T00:00:00.000Z")), std::int64_t(0));
    QCOMPARE(IndicatorEngine::parseInstant(QStringLiteral("2026-07-01T01:00:00Z")),
             QDateTime(QDate(2026, 7, 1), QTime(1, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(IndicatorEngine::parseInstant(QStringLiteral("2026-07-01T09:00:00+08:00")),
             QDateTime(QDate(2026, 7, 1), QTime(1, 0), Qt::UTC).toSecsSinceEpoch());
    QCOMPARE(IndicatorEngine::parseInstant(QStringLiteral("yesterday")), IncidentFacts::kNever);
    QCOMPARE(IndicatorEngine::localDate(IndicatorEngine::localDayStart(QDate(2026, 9, 30))), QDate(2026, 9, 30));
    QCOMPARE(IndicatorEngine::localDate(IndicatorEngine::localDayStart(QDate(2026, 10, 1)) - 1), QDate(2026, 9, 30));
}

void TestIndicators::invalidPeriodIsRefused()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    ReportFilter f = quarter3();
    f.to = QDate(2026, 6, 1);
    auto r = engine.load(m_store.admin, f);
    QVERIFY(!r);
    QVERIFY(r.errorMessage().contains(QStringLiteral("2026-07-01")));
}

QTEST_GUILESS_MAIN(TestIndicators)
// The Reports page's Cancel: a set flag stops the reading with "cancelled"; a clear one changes nothing.
void TestIndicators::cancelStopsTheLoad()
{
    IndicatorEngine engine(*m_store.db, m_store.clock);
    std::atomic<bool> stop { true };
    auto stopped = engine.load(m_store.admin, quarter3(QStringLiteral("s1")), &stop);
    QVERIFY(!stopped);
    QVERIFY2(stopped.errorMessage().contains(QStringLiteral("cancelled")), qPrintable(stopped.errorMessage()));
    stop = false;
    auto done = engine.load(m_store.admin, quarter3(QStringLiteral("s1")), &stop);
    QVERIFY2(done, qPrintable(done.errorMessage()));
    QCOMPARE(IndicatorEngine::compute(*done).received, 10);
}

// An incident's town is its cell's; the squad's town only stands in when it has no cell. A is s1's
// (town t1) but lies in a cell of t2: the t2 filter finds it, t1 no longer does, and so do the groups.
void TestIndicators::cellTownBeforeSquadTown()
{
    QVERIFY(m_store.db->executeScript(QByteArrayLiteral(
        "INSERT INTO grid_layers (id, name, crs, updated_at, last_writer) VALUES ('L', 'layer', 'GCJ-02', 'T', 'c');"
        "INSERT INTO grid_cells (id, layer_id, code, town_id, squad_id, geometry, min_x, min_y, max_x, max_y, "
        "centroid_x, centroid_y, updated_at, last_writer) VALUES ('x9', 'L', '310114103001001', 't2', 's1', '{}', "
        "0, 0, 1, 1, 0.5, 0.5, 'T', 'c');"
        "UPDATE incidents SET cell_id = 'x9' WHERE id = 'A';")));
    IndicatorEngine engine(*m_store.db, m_store.clock);
    ReportFilter f = quarter3(QStringLiteral("s1"));
    f.townId = QStringLiteral("t2");
    auto inT2 = engine.load(m_store.admin, f);
    QVERIFY2(inT2, qPrintable(inT2.errorMessage()));
    QCOMPARE(IndicatorEngine::compute(*inT2).received, 1);
    QCOMPARE(inT2->ids.at(size_t(inT2->incidents.front().row)), QStringLiteral("A"));
    f.townId = QStringLiteral("t1");
    QCOMPARE(IndicatorEngine::compute(*engine.load(m_store.admin, f)).received, 9);
    f.townId = QStringLiteral("no-such-town");
    QCOMPARE(IndicatorEngine::compute(*engine.load(m_store.admin, f)).received, 0);
    auto all = engine.load(m_store.admin, quarter3(QStringLiteral("s1")));
    QVERIFY(all);
    int receivedInT2 = 0;
    for (const IndicatorRow &row : IndicatorEngine::group(*all, GroupBy::Town))
        if (row.label == QStringLiteral("安亭镇"))
            receivedInT2 = row.values.received;
    QCOMPARE(receivedInT2, 1);
}

#include "tst_indicators.moc"
