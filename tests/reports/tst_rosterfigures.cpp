// SPDX-License-Identifier: GPL-3.0-or-later
// The roster figures against a hand-made published week (Mon 2026-07-06 to Sun 07-12): hours, nights,
// weekends, holidays, overtime against the contract, the fairness spread, cell coverage over the day;
// drafts and older versions do not count; the squad scope holds.
#include "data/reports/rosterfigures.h"
#include "reportfixture.h"

#include <QTest>

using namespace dd::data;

namespace {

const char *const kWeek = R"SQL(
INSERT INTO shift_types (id, code, name, start_minute, length_minutes, crosses_midnight, updated_at, last_writer)
  VALUES ('D', 'D', '白班', 480, 480, 0, 'T', 'c'), ('N', 'N', '夜班', 1200, 720, 1, 'T', 'c');
INSERT INTO grid_layers (id, name, crs, updated_at, last_writer) VALUES ('L', 'layer', 'GCJ-02', 'T', 'c');
INSERT INTO grid_cells (id, layer_id, code, town_id, squad_id, geometry, min_x, min_y, max_x, max_y, centroid_x, centroid_y, updated_at, last_writer) VALUES
  ('x1', 'L', '310114102001001', 't1', 's1', '{}', 0, 0, 1, 1, 0.5, 0.5, 'T', 'c'),
  ('x2', 'L', '310114102001002', 't1', 's1', '{}', 1, 0, 2, 1, 1.5, 0.5, 'T', 'c'),
  ('x3', 'L', '310114102001003', 't1', 's1', '{}', 2, 0, 3, 1, 2.5, 0.5, 'T', 'c'),
  ('x4', 'L', '310114102001004', 't1', 's1', '{}', 3, 0, 4, 1, 3.5, 0.5, 'T', 'c'),
  ('x5', 'L', '310114103001001', 't2', 's2', '{}', 4, 0, 5, 1, 4.5, 0.5, 'T', 'c');
INSERT INTO posts (id, squad_id, code, name, kind, updated_at, last_writer) VALUES
  ('P1', 's1', 'JD102-P1', '一片区', 'patrol_sector', 'T', 'c'),
  ('P2', 's1', 'JD102-P2', '二片区', 'patrol_sector', 'T', 'c');
INSERT INTO post_cells (id, post_id, cell_id, updated_at, last_writer) VALUES
  ('pc1', 'P1', 'x1', 'T', 'c'), ('pc2', 'P1', 'x2', 'T', 'c'), ('pc3', 'P2', 'x3', 'T', 'c');
INSERT INTO calendar_days (id, date, kind, name, updated_at, last_writer) VALUES ('h', '2026-07-07', 'holiday', 'test', 'T', 'c');
UPDATE officers SET contract_minutes_per_week = 1200 WHERE id = 'o1';
INSERT INTO rosters (id, squad_id, period_start, period_end, version, updated_at, last_writer)
  VALUES ('R1', 's1', '2026-07-06', '2026-07-12', 1, 'T', 'c'), ('R0', 's1', '2026-07-06', '2026-07-12', 2, 'T', 'c');
INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, post_id, updated_at, last_writer) VALUES
  ('a1', 'R1', 'o1', '2026-07-06', 'D', 'P1', 'T', 'c'),
  ('a2', 'R1', 'o1', '2026-07-07', 'D', 'P1', 'T', 'c'),
  ('a3', 'R1', 'o1', '2026-07-11', 'N', 'P2', 'T', 'c'),
  ('a4', 'R1', 'o2', '2026-07-06', 'N', 'P2', 'T', 'c'),
  ('a5', 'R1', 'o2', '2026-07-12', 'D', 'P1', 'T', 'c'),
  ('a6', 'R0', 'o2', '2026-07-08', 'D', 'P1', 'T', 'c');
-- R1 published; R0 (a later version) stays a draft and must not count.
UPDATE rosters SET status = 'published', published_at = '2026-07-01T00:00:00.000Z' WHERE id = 'R1';
)SQL";

ReportFilter week(const QString &squad = QStringLiteral("s1"))
{
    ReportFilter f;
    f.from = QDate(2026, 7, 6);
    f.to = QDate(2026, 7, 12);
    f.squadId = squad;
    return f;
}

const OfficerDuty &officer(const RosterFigures &r, const char *id)
{
    for (const OfficerDuty &o : r.officers)
        if (o.officerId == QLatin1String(id))
            return o;
    static const OfficerDuty none;
    return none;
}

} // namespace

class TestRosterFigures : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.open());
        QVERIFY(m_store.db->executeScript(kWeek));
    }

    void perOfficer()
    {
        auto r = RosterFigureEngine(*m_store.db, m_store.clock).compute(m_store.admin, week());
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(int(r->officers.size()), 2); // o1, o2; o3 is s2's
        QCOMPARE(r->shiftCount, 5); // a6 is in the draft version
        const OfficerDuty &o1 = officer(*r, "o1");
        QCOMPARE(o1.shifts, 3);
        QCOMPARE(o1.hours, 28.0); // 8 + 8 + 12
        QCOMPARE(o1.nights, 1); // Saturday's night shift
        QCOMPARE(o1.weekends, 1);
        QCOMPARE(o1.holidays, 1); // Tuesday 07-07
        QCOMPARE(o1.contractHours, 20.0);
        QCOMPARE(o1.overtimeHours, 8.0);
        const OfficerDuty &o2 = officer(*r, "o2");
        QCOMPARE(o2.hours, 20.0);
        QCOMPARE(o2.nights, 1);
        QCOMPARE(o2.weekends, 1); // Sunday
        QCOMPARE(o2.holidays, 0);
        QCOMPARE(o2.overtimeHours, 0.0); // 40 h contract
    }

    void fairness()
    {
        auto r = RosterFigureEngine(*m_store.db, m_store.clock).compute(m_store.admin, week());
        QVERIFY(r);
        QCOMPARE(r->hoursSpread, 8.0);
        QCOMPARE(r->nightsSpread, 0);
        QCOMPARE(r->weekendsSpread, 0);
        QCOMPARE(r->holidaysSpread, 1);
        QCOMPARE(r->meanHours, 24.0);
    }

    void coverage()
    {
        auto r = RosterFigureEngine(*m_store.db, m_store.clock).compute(m_store.admin, week());
        QVERIFY(r);
        QCOMPARE(r->cells, 4);
        // 10:30: P1 (2 of 4 cells) on Mon, Tue, Sun.
        QCOMPARE(r->coverageMax[10], 0.5);
        QCOMPARE(r->coverageMin[10], 0.0);
        QVERIFY(qFuzzyCompare(r->coverageMean[10], 1.5 / 7));
        // 22:30 and 02:30: P2 (1 cell) on the two nights (02:30 the morning after).
        QCOMPARE(r->coverageMax[22], 0.25);
        QVERIFY(qFuzzyCompare(r->coverageMean[22], 0.5 / 7));
        QVERIFY(qFuzzyCompare(r->coverageMean[2], 0.5 / 7));
        QCOMPARE(r->coverageMax[17], 0.0); // nobody between 16:00 and 20:00
        const ChartData band = RosterFigureEngine::coverageOverDay(*r);
        QCOMPARE(int(band.categories.size()), 24);
        QCOMPARE(band.series[2].values[10], 50.0);
        const ChartData hours = RosterFigureEngine::hoursPerOfficer(*r);
        QCOMPARE(hours.categories.front(), QStringLiteral("王伟"));
        QCOMPARE(hours.series[0].values.front(), 28.0);
    }

    void squadScope()
    {
        QVERIFY(m_store.addUser(QStringLiteral("leader2"), Role::SquadLeader, QStringLiteral("JD103")));
        const Session leader = m_store.signInChanged(QStringLiteral("leader2"));
        RosterFigureEngine engine(*m_store.db, m_store.clock);
        QVERIFY(!engine.compute(leader, week(QStringLiteral("s1"))));
        auto own = engine.compute(leader, week(QString()));
        QVERIFY2(own, qPrintable(own.errorMessage()));
        QCOMPARE(int(own->officers.size()), 1); // o3
        QCOMPARE(own->shiftCount, 0);
        QCOMPARE(own->cells, 1);
    }

private:
    reporttest::Store m_store;
};

QTEST_GUILESS_MAIN(TestRosterFigures)
#include "tst_rosterfigures.moc"
