// SPDX-License-Identifier: GPL-3.0-or-later
// Coverage (处处不留死角) from a fixture roster on the demo district: the cells of the patrol sector a
// published roster staffs are covered for the shift's minutes, every other cell is listed as uncovered
// and exported; a draft roster and a window outside the shift cover nothing; a squad leader sees only
// the squad's cells. Also incident density and the cell details.
#include "data/auth/authenticator.h"
#include "data/auth/demoaccounts.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/demogenerator.h"
#include "data/layers/mapdata.h"

#include <QBuffer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace dd::data;

namespace {

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));
const QDate kDay(2026, 12, 1);

QDateTime local(QDate d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m), kShanghai).toUTC();
}

bool exec(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec()) {
        qWarning() << sql << q.lastError().text();
        return false;
    }
    return true;
}

QVariant scalar(Database &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db.connection());
    q.prepare(sql);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

} // namespace

class TestCoverage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")), Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        QVERIFY(DemoGenerator().populate(*m_db));
        QVERIFY(DemoAccounts::install(*m_db, m_clock));
        auto admin = Authenticator(*m_db, m_clock).signIn(QStringLiteral("admin"), QStringLiteral("demo-admin-2026"));
        QVERIFY2(admin, qPrintable(admin.errorMessage()));
        m_admin = admin.value();
        auto leader
            = Authenticator(*m_db, m_clock).signIn(QStringLiteral("leader.jd001"), QStringLiteral("demo-leader-2026"));
        QVERIFY2(leader, qPrintable(leader.errorMessage()));
        m_leader = leader.value();
        m_squad = m_leader.roles().front().squadId;
        QVERIFY(!m_squad.isEmpty());

        // The fixture: the leader's squad, its first patrol sector, three officers on the day shift D
        // (08:30–17:00) of kDay, in a roster that is published; a draft roster staffs the second sector.
        m_post = scalar(*m_db, QStringLiteral("SELECT id FROM posts WHERE squad_id = ? AND kind = 'patrol_sector' "
                                              "ORDER BY code LIMIT 1"), { m_squad }).toString();
        m_draftPost = scalar(*m_db, QStringLiteral("SELECT id FROM posts WHERE squad_id = ? AND kind = 'patrol_sector' "
                                                   "ORDER BY code LIMIT 1 OFFSET 1"), { m_squad }).toString();
        QVERIFY(!m_post.isEmpty() && !m_draftPost.isEmpty());
        const QString shift = scalar(*m_db, QStringLiteral("SELECT id FROM shift_types WHERE code = 'D'")).toString();
        QVERIFY(!shift.isEmpty());
        QSqlQuery officers(m_db->connection());
        officers.prepare(QStringLiteral("SELECT id FROM officers WHERE squad_id = ? AND active = 1 ORDER BY badge_no LIMIT 5"));
        officers.addBindValue(m_squad);
        QVERIFY(officers.exec());
        QStringList ids;
        while (officers.next())
            ids << officers.value(0).toString();
        QCOMPARE(ids.size(), 5);
        const QString t = QStringLiteral("2026-11-20T00:00:00.000Z");
        for (const auto &[roster, status] : { std::pair { QStringLiteral("r-pub"), 0 }, std::pair { QStringLiteral("r-draft"), 1 } }) {
            QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO rosters (id, squad_id, period_start, period_end, version, "
                                               "status, updated_at, last_writer) VALUES (?, ?, '2026-12-01', "
                                               "'2026-12-07', ?, 'draft', ?, 'c')"),
                         { roster, m_squad, status == 0 ? 1 : 2, t }));
        }
        for (int i = 0; i < 3; ++i)
            QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO roster_assignments (id, roster_id, officer_id, date, "
                                               "shift_type_id, post_id, team, updated_at, last_writer) VALUES (?, 'r-pub', "
                                               "?, '2026-12-01', ?, ?, 'A', ?, 'c')"),
                         { QStringLiteral("a%1").arg(i), ids[i], shift, m_post, t }));
        for (int i = 3; i < 5; ++i)
            QVERIFY(exec(*m_db, QStringLiteral("INSERT INTO roster_assignments (id, roster_id, officer_id, date, "
                                               "shift_type_id, post_id, team, updated_at, last_writer) VALUES (?, "
                                               "'r-draft', ?, '2026-12-01', ?, ?, 'B', ?, 'c')"),
                         { QStringLiteral("a%1").arg(i), ids[i], shift, m_draftPost, t }));
        QVERIFY(exec(*m_db, QStringLiteral("UPDATE rosters SET status = 'published', published_at = ? WHERE id = 'r-pub'"),
                     { t }));

        auto map = loadMapData(*m_db, m_admin, m_clock);
        QVERIFY2(map, qPrintable(map.errorMessage()));
        m_map = std::move(map).value();
        for (const MapSector &s : m_map.sectors) {
            if (s.postId == m_post)
                m_postCells = s.cells;
        }
        QVERIFY(m_postCells.size() > 20);
    }

    void publishedShiftCoversItsSector()
    {
        auto coverage = computeCoverage(*m_db, m_admin, m_clock, m_map, local(kDay, 8), local(kDay, 20));
        QVERIFY2(coverage, qPrintable(coverage.errorMessage()));
        // 3 officers × 08:30–17:00 (510 minutes) on every cell of the sector, nothing elsewhere.
        for (int c : m_postCells) {
            QCOMPARE(coverage->cells[std::size_t(c)].officerMinutes, 3 * 510.0);
            QCOMPARE(coverage->cells[std::size_t(c)].officers, 3);
        }
        int covered = 0;
        for (const CellCoverage &c : coverage->cells)
            covered += c.officerMinutes > 0;
        QCOMPARE(covered, int(m_postCells.size()));
        // The draft roster's sector stays uncovered: every other cell of the district is listed.
        QCOMPARE(coverage->uncovered.size(), m_map.cells.size() - m_postCells.size());

        QBuffer csv;
        QVERIFY(csv.open(QIODevice::WriteOnly));
        writeUncoveredCsv(m_map, coverage.value(), csv);
        const QList<QByteArray> lines = csv.data().split('\n');
        QCOMPARE(lines.size(), int(coverage->uncovered.size()) + 2); // header + rows + trailing empty
        QVERIFY(lines[0].startsWith("\xEF\xBB\xBF" "cell_code,town,community,squad"));
        const MapCell &first = m_map.cells[std::size_t(coverage->uncovered.front())];
        QVERIFY(lines[1].startsWith(QByteArray(first.code.toUtf8() + ',')));
        QVERIFY(QString::fromUtf8(lines[1]).contains(m_map.townNames.value(first.townCode)));
    }

    void partialOverlapCountsMinutes()
    {
        // 16:00–20:00 local: one hour of the shift.
        auto coverage = computeCoverage(*m_db, m_admin, m_clock, m_map, local(kDay, 16), local(kDay, 20));
        QVERIFY(coverage);
        QCOMPARE(coverage->cells[std::size_t(m_postCells.front())].officerMinutes, 3 * 60.0);
        // 17:00–20:00: after the shift, nothing is covered.
        auto evening = computeCoverage(*m_db, m_admin, m_clock, m_map, local(kDay, 17), local(kDay, 20));
        QVERIFY(evening);
        QCOMPARE(evening->uncovered.size(), m_map.cells.size());
        // The next day: nothing either.
        auto next = computeCoverage(*m_db, m_admin, m_clock, m_map, local(kDay.addDays(1), 8), local(kDay.addDays(1), 20));
        QVERIFY(next);
        QCOMPARE(next->uncovered.size(), m_map.cells.size());
    }

    void leaderSeesOnlyTheSquad()
    {
        auto coverage = computeCoverage(*m_db, m_leader, m_clock, m_map, local(kDay, 8), local(kDay, 20));
        QVERIFY2(coverage, qPrintable(coverage.errorMessage()));
        const int squadCells = scalar(*m_db, QStringLiteral("SELECT count(*) FROM grid_cells WHERE squad_id = ?"), { m_squad }).toInt();
        QCOMPARE(int(coverage->uncovered.size()), squadCells - int(m_postCells.size()));
        for (int c : coverage->uncovered)
            QCOMPARE(m_map.cells[std::size_t(c)].squadId, m_squad);
    }

    void invalidWindowRefused()
    {
        QVERIFY(!computeCoverage(*m_db, m_admin, m_clock, m_map, local(kDay, 20), local(kDay, 8)));
    }

    void cellDetailsNameTheTeamOnDutyNow()
    {
        m_clock.set(local(kDay, 10));
        auto details = cellDetails(*m_db, m_admin, m_clock, m_map, m_postCells.front());
        QVERIFY2(details, qPrintable(details.errorMessage()));
        QVERIFY(details->rosterVisible);
        QCOMPARE(int(details->onDutyNow.size()), 3);
        QCOMPARE(details->onDutyNow.front().team, QStringLiteral("A"));
        QCOMPARE(details->onDutyNow.front().shiftCode, QStringLiteral("D"));
        QVERIFY(!details->sectors.empty());
        auto teams = teamsOnDuty(*m_db, m_admin, m_clock, m_map);
        QVERIFY(teams);
        QCOMPARE(int(teams->size()), 1);
        QCOMPARE(teams->front().officers, 3);
        m_clock.set(local(kDay, 18));
        auto later = cellDetails(*m_db, m_admin, m_clock, m_map, m_postCells.front());
        QVERIFY(later);
        QVERIFY(later->onDutyNow.empty());
    }

    void densityCountsIncidentsInThePeriod()
    {
        MapData map = m_map;
        map.incidents.clear();
        auto add = [&](int cell, QDateTime at) {
            MapIncident i;
            i.cell = cell;
            i.reportedAt = at;
            map.incidents.push_back(i);
        };
        add(0, local(kDay, 9));
        add(0, local(kDay, 23));
        add(5, local(kDay.addDays(-1), 23, 59)); // before the period
        add(7, local(kDay.addDays(1), 0)); // the period's end is exclusive
        const std::vector<int> counts = incidentDensity(map, local(kDay, 0), local(kDay.addDays(1), 0));
        QCOMPARE(counts[0], 2);
        QCOMPARE(counts[5], 0);
        QCOMPARE(counts[7], 0);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock;
    Session m_admin, m_leader;
    QString m_squad, m_post, m_draftPost;
    MapData m_map;
    std::vector<int> m_postCells;
};

QTEST_GUILESS_MAIN(TestCoverage)
#include "tst_coverage.moc"
