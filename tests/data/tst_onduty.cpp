// SPDX-License-Identifier: GPL-3.0-or-later
// Who is on duty when: only published rosters count, the highest published version of a squad's
// period wins, night shifts run into the next day, and local shift times become the right instants.
#include "data/database.h"
#include "data/duty/onduty.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dd::data;

namespace {

const char *const kFixture = R"SQL(
INSERT INTO district VALUES ('d', '310114', '嘉定区', 'T', 'c');
INSERT INTO towns (id, district_id, code, name, updated_at, last_writer) VALUES ('t1', 'd', '310114102', '南翔镇', 'T', 'c');
INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES ('s1', 'JD102', '南翔中队', 'town', 't1', 'T', 'c');
INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES ('s2', 'JD000', '直属中队', 'bureau', NULL, 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, certified, legal_officer, updated_at, last_writer) VALUES ('o1', 'B1', '王伟', 's1', 1, 0, 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, certified, legal_officer, updated_at, last_writer) VALUES ('o2', 'B2', '李娜', 's1', 1, 1, 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, updated_at, last_writer) VALUES ('o3', 'B3', '张强', 's2', 'T', 'c');
INSERT INTO shift_types (id, code, name, start_minute, length_minutes, crosses_midnight, updated_at, last_writer) VALUES ('D', 'D', '白班', 480, 480, 0, 'T', 'c');
INSERT INTO shift_types (id, code, name, start_minute, length_minutes, crosses_midnight, updated_at, last_writer) VALUES ('N', 'N', '夜班', 1320, 600, 1, 'T', 'c');
INSERT INTO posts (id, squad_id, code, name, kind, updated_at, last_writer) VALUES ('p1', 's1', 'P1', '一号片区', 'patrol_sector', 'T', 'c');
-- s1, week of 2026-11-30: version 1, then version 2 (o2 takes o1's day shift on Tuesday), then a draft v3.
INSERT INTO rosters (id, squad_id, period_start, period_end, version, status, published_at, updated_at, last_writer) VALUES ('r1', 's1', '2026-11-30', '2026-12-06', 1, 'draft', NULL, 'T', 'c');
INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, post_id, team, updated_at, last_writer) VALUES ('a1', 'r1', 'o1', '2026-12-01', 'D', 'p1', 'A', 'T', 'c');
INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, post_id, team, updated_at, last_writer) VALUES ('a2', 'r1', 'o2', '2026-12-01', 'N', NULL, '', 'T', 'c');
UPDATE rosters SET status = 'published', published_at = '2026-11-25T10:00:00.000Z' WHERE id = 'r1';
INSERT INTO rosters (id, squad_id, period_start, period_end, version, status, published_at, updated_at, last_writer) VALUES ('r2', 's1', '2026-11-30', '2026-12-06', 2, 'draft', NULL, 'T', 'c');
INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, post_id, team, updated_at, last_writer) VALUES ('b1', 'r2', 'o2', '2026-12-01', 'D', 'p1', 'A', 'T', 'c');
INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, post_id, team, updated_at, last_writer) VALUES ('b2', 'r2', 'o1', '2026-11-30', 'N', NULL, '', 'T', 'c');
UPDATE rosters SET status = 'published', published_at = '2026-11-27T10:00:00.000Z' WHERE id = 'r2';
INSERT INTO rosters (id, squad_id, period_start, period_end, version, status, published_at, updated_at, last_writer) VALUES ('r3', 's1', '2026-11-30', '2026-12-06', 3, 'draft', NULL, 'T', 'c');
INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, post_id, team, updated_at, last_writer) VALUES ('c1', 'r3', 'o1', '2026-12-01', 'D', 'p1', 'A', 'T', 'c');
-- s2: one published week.
INSERT INTO rosters (id, squad_id, period_start, period_end, version, status, published_at, updated_at, last_writer) VALUES ('q1', 's2', '2026-11-30', '2026-12-06', 1, 'draft', NULL, 'T', 'c');
INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, updated_at, last_writer) VALUES ('d1', 'q1', 'o3', '2026-12-01', 'D', 'T', 'c');
UPDATE rosters SET status = 'published', published_at = '2026-11-25T10:00:00.000Z' WHERE id = 'q1';
)SQL";

QDateTime local(int y, int m, int d, int h, int min = 0)
{
    return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone(QByteArrayLiteral("Asia/Shanghai")));
}

QStringList officers(const std::vector<DutySlot> &found)
{
    QStringList ids;
    for (const DutySlot &s : found)
        ids << s.officerId + QLatin1Char('/') + s.shiftCode + QLatin1Char('/') + s.rosterId;
    ids.sort();
    return ids;
}

} // namespace

class TestOnDuty : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        auto db = Database::open(m_dir.filePath(QStringLiteral("d.sqlite")), Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        QVERIFY2(m_db->executeScript(QByteArray(kFixture)), "fixture");
    }

    void latestPublishedVersionWins()
    {
        // Tuesday 09:00: version 2 gave the day shift to o2; v1 (o1) and the draft v3 (o1) do not count.
        auto found = OnDuty(*m_db).at(local(2026, 12, 1, 9), QStringLiteral("s1"));
        QVERIFY2(found, qPrintable(found.errorMessage()));
        QCOMPARE(officers(found.value()), QStringList { QStringLiteral("o2/D/r2") });
        const DutySlot &s = found.value().front();
        QCOMPARE(s.rosterVersion, 2);
        QCOMPARE(s.postCode, QStringLiteral("P1"));
        QCOMPARE(s.team, QStringLiteral("A"));
        QVERIFY(s.certified && s.legalOfficer);
        QCOMPARE(s.start, QDateTime(QDate(2026, 12, 1), QTime(0, 0), Qt::UTC)); // 08:00 in Shanghai
        QCOMPARE(s.end, QDateTime(QDate(2026, 12, 1), QTime(8, 0), Qt::UTC));
    }

    void nightShiftRunsIntoNextDay()
    {
        // o1's night shift of Monday 30 Nov (22:00 + 10 h) is still running at 07:59 on Tuesday.
        auto early = OnDuty(*m_db).at(local(2026, 12, 1, 7, 59), QStringLiteral("s1"));
        QVERIFY2(early, qPrintable(early.errorMessage()));
        QCOMPARE(officers(early.value()), QStringList { QStringLiteral("o1/N/r2") });
        // At 08:00 it has ended (end is exclusive) and the day shift has begun.
        auto eight = OnDuty(*m_db).at(local(2026, 12, 1, 8), QStringLiteral("s1"));
        QVERIFY(eight);
        QCOMPARE(officers(eight.value()), QStringList { QStringLiteral("o2/D/r2") });
        // v1's Tuesday night shift for o2 is not in v2: nobody of s1 is on duty at 23:00 on Tuesday.
        auto night = OnDuty(*m_db).at(local(2026, 12, 1, 23), QStringLiteral("s1"));
        QVERIFY(night);
        QVERIFY(night.value().empty());
    }

    void everySquadOrOne()
    {
        auto all = OnDuty(*m_db).at(local(2026, 12, 1, 10));
        QVERIFY(all);
        QCOMPARE(officers(all.value()), (QStringList { QStringLiteral("o2/D/r2"), QStringLiteral("o3/D/q1") }));
        auto s2 = OnDuty(*m_db).at(local(2026, 12, 1, 10), QStringLiteral("s2"));
        QVERIFY(s2);
        QCOMPARE(officers(s2.value()), QStringList { QStringLiteral("o3/D/q1") });
    }

    void windowOverlap()
    {
        // Monday 2026-11-30 00:00 to Wednesday 00:00: o1's Monday night, o2's and o3's Tuesday day shifts.
        auto found = OnDuty(*m_db).overlapping(local(2026, 11, 30, 0), local(2026, 12, 2, 0));
        QVERIFY(found);
        QCOMPARE(officers(found.value()),
                 (QStringList { QStringLiteral("o1/N/r2"), QStringLiteral("o2/D/r2"), QStringLiteral("o3/D/q1") }));
        // Sorted by start: the Monday night shift first.
        QCOMPARE(found.value().front().officerId, QStringLiteral("o1"));
        // A window ending exactly when a shift starts does not include it.
        auto before = OnDuty(*m_db).overlapping(local(2026, 12, 1, 7), local(2026, 12, 1, 8), QStringLiteral("s2"));
        QVERIFY(before);
        QVERIFY(before.value().empty());
    }

    void invalidWindowRefused()
    {
        auto found = OnDuty(*m_db).overlapping(local(2026, 12, 2, 0), local(2026, 12, 1, 0));
        QVERIFY(!found);
        QVERIFY(found.errorMessage().contains(QLatin1String("window")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestOnDuty)
#include "tst_onduty.moc"
