// SPDX-License-Identifier: GPL-3.0-or-later
// The repositories over the demo district: the working calendar (工作日 clock), officers, posts and
// patrol coverage, incident categories and their editable time limits.
#include "data/calendarrepository.h"
#include "data/categoryrepository.h"
#include "data/database.h"
#include "data/demogenerator.h"
#include "data/officerrepository.h"
#include "data/postrepository.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::data;

namespace {

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant(QStringLiteral("error: ") + q.lastError().text());
    return q.value(0);
}

} // namespace

class TestDomainRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void workingDay_data();
    void workingDay();
    void addWorkingDays_data();
    void addWorkingDays();
    void editCalendar();
    void officersOfSquad();
    void updateOfficer();
    void postsOfSquad();
    void coverageGapsFound();
    void categories();
    void editTimeLimit();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestDomainRepositories::initTestCase()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")), Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
    auto report = DemoGenerator().populate(*m_db);
    QVERIFY2(report, qPrintable(report.errorMessage()));
}

void TestDomainRepositories::cleanupTestCase()
{
    m_db.reset();
}

void TestDomainRepositories::workingDay_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("working");
    QTest::newRow("ordinary Monday") << QDate(2026, 3, 2) << true;
    QTest::newRow("ordinary Saturday") << QDate(2026, 3, 7) << false;
    QTest::newRow("New Year's Day, Thursday") << QDate(2026, 1, 1) << false;
    QTest::newRow("swapped Sunday 1/4") << QDate(2026, 1, 4) << true;
    QTest::newRow("Spring Festival Monday") << QDate(2026, 2, 16) << false;
    QTest::newRow("swapped Saturday 2/14") << QDate(2026, 2, 14) << true;
    QTest::newRow("swapped Saturday 2/28") << QDate(2026, 2, 28) << true;
    QTest::newRow("National Day Wednesday 10/7") << QDate(2026, 10, 7) << false;
    QTest::newRow("day after National Day") << QDate(2026, 10, 8) << true;
    QTest::newRow("2027: no calendar yet, weekday rule") << QDate(2027, 1, 1) << true;
}

void TestDomainRepositories::workingDay()
{
    QFETCH(QDate, date);
    QFETCH(bool, working);
    auto r = CalendarRepository(*m_db).isWorkingDay(date);
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r.value(), working);
}

void TestDomainRepositories::addWorkingDays_data()
{
    QTest::addColumn<QDate>("start");
    QTest::addColumn<int>("n");
    QTest::addColumn<QDate>("expected");
    QTest::newRow("zero days") << QDate(2026, 3, 2) << 0 << QDate(2026, 3, 2);
    QTest::newRow("over a weekend") << QDate(2026, 3, 6) << 1 << QDate(2026, 3, 9);
    QTest::newRow("into a swapped Saturday") << QDate(2026, 2, 13) << 1 << QDate(2026, 2, 14);
    QTest::newRow("over Spring Festival") << QDate(2026, 2, 14) << 1 << QDate(2026, 2, 24);
    QTest::newRow("over National Day, 3 days") << QDate(2026, 9, 30) << 3 << QDate(2026, 10, 10);
    QTest::newRow("two weeks of working days") << QDate(2026, 3, 2) << 10 << QDate(2026, 3, 16);
}

void TestDomainRepositories::addWorkingDays()
{
    QFETCH(QDate, start);
    QFETCH(int, n);
    QFETCH(QDate, expected);
    auto r = CalendarRepository(*m_db).addWorkingDays(start, n);
    QVERIFY2(r, qPrintable(r.errorMessage()));
    QCOMPARE(r.value(), expected);
}

void TestDomainRepositories::editCalendar()
{
    const CalendarRepository calendar(*m_db);
    auto year = calendar.days(2026);
    QVERIFY2(year, qPrintable(year.errorMessage()));
    QCOMPARE(year->size(), std::size_t(39));
    QCOMPARE(year->front().date, QDate(2026, 1, 1));
    QCOMPARE(year->front().name, QStringLiteral("元旦"));

    // A local holiday added by the squad, then made fixed.
    const QDate day(2026, 3, 3);
    QVERIFY(calendar.isWorkingDay(day).value());
    QVERIFY(
        calendar.setDay(CalendarDay { day, CalendarDay::Kind::Holiday, QStringLiteral("测试假日"), QString(), true }));
    QVERIFY(!calendar.isWorkingDay(day).value());
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT last_writer FROM calendar_days WHERE date = '2026-03-03'")).toString(),
        m_db->consoleId());
    const QString id
        = scalar(*m_db, QStringLiteral("SELECT id FROM calendar_days WHERE date = '2026-03-03'")).toString();
    QVERIFY(
        calendar.setDay(CalendarDay { day, CalendarDay::Kind::Holiday, QStringLiteral("测试假日"), QString(), false }));
    // Same row (same id) updated, not a second one.
    QCOMPARE(scalar(*m_db, QStringLiteral("SELECT id FROM calendar_days WHERE date = '2026-03-03'")).toString(), id);
    auto refused = calendar.setDay(CalendarDay { day, CalendarDay::Kind::Workday, QString(), QString(), true });
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("2026-03-03")), qPrintable(refused.errorMessage()));
    QVERIFY(!calendar.removeDay(day));
    QVERIFY(!calendar.isWorkingDay(day).value());

    QVERIFY(calendar.removeDay(QDate(2026, 1, 4))); // editable: the swapped Sunday goes back to a rest day
    QVERIFY(!calendar.isWorkingDay(QDate(2026, 1, 4)).value());
}

void TestDomainRepositories::officersOfSquad()
{
    const OfficerRepository officers(*m_db);
    auto list = officers.bySquad(QStringLiteral("JD102"));
    QVERIFY2(list, qPrintable(list.errorMessage()));
    QCOMPARE(int(list->size()),
             scalar(*m_db,
                    QStringLiteral("SELECT count(*) FROM officers o JOIN squads s ON s.id = o.squad_id"
                                   " WHERE s.code = 'JD102' AND o.active = 1"))
                 .toInt());
    QVERIFY(list->size() >= 30);
    for (std::size_t i = 1; i < list->size(); ++i)
        QVERIFY((*list)[i - 1].badgeNo < (*list)[i].badgeNo);
    for (const Officer &o : list.value()) {
        QCOMPARE(o.squadCode, QStringLiteral("JD102"));
        QVERIFY(o.active);
    }
    auto all = officers.bySquad(QStringLiteral("JD102"), false);
    QVERIFY(all->size() >= list->size());

    auto one = officers.byBadge(list->front().badgeNo);
    QVERIFY2(one, qPrintable(one.errorMessage()));
    QCOMPARE(one->name, list->front().name);
    auto none = officers.byBadge(QStringLiteral("XX999"));
    QVERIFY(!none);
    QVERIFY(none.errorMessage().contains(QStringLiteral("XX999")));
}

void TestDomainRepositories::updateOfficer()
{
    const OfficerRepository officers(*m_db);
    auto list = officers.bySquad(QStringLiteral("JD103"));
    QVERIFY(list && !list->empty());
    Officer o = list->back();
    o.driver = !o.driver;
    o.contractMinutesPerWeek = 1920;
    o.active = false;
    QVERIFY(officers.update(o));
    auto reread = officers.byBadge(o.badgeNo);
    QVERIFY(reread);
    QCOMPARE(reread->driver, o.driver);
    QCOMPARE(reread->contractMinutesPerWeek, 1920);
    QVERIFY(!reread->active);
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT last_writer, updated_at FROM officers WHERE badge_no = '%1'").arg(o.badgeNo))
            && q.next());
    QCOMPARE(q.value(0).toString(), m_db->consoleId());
    QVERIFY(q.value(1).toString() > DemoGenerator::demoTimestamp());
    QCOMPARE(int(officers.bySquad(QStringLiteral("JD103"))->size()), int(list->size()) - 1);

    o.id = QStringLiteral("no-such-id");
    QVERIFY(!officers.update(o));
    o.contractMinutesPerWeek = -5; // the schema's CHECK
    o.id = list->front().id;
    QVERIFY(!officers.update(o));
}

void TestDomainRepositories::postsOfSquad()
{
    auto posts = PostRepository(*m_db).bySquad(QStringLiteral("JD106"));
    QVERIFY2(posts, qPrintable(posts.errorMessage()));
    int desks = 0, sectors = 0, campaigns = 0, sectorCells = 0;
    for (const Post &p : posts.value()) {
        QCOMPARE(p.squadCode, QStringLiteral("JD106"));
        switch (p.kind) {
        case Post::Kind::CommandDesk:
            ++desks;
            QCOMPARE(p.requiredSkill, QStringLiteral("dispatcher"));
            break;
        case Post::Kind::PatrolSector:
            ++sectors;
            sectorCells += p.cellCount;
            QCOMPARE(p.minCertified, 2); // a patrol team needs two certified officers
            break;
        case Post::Kind::Campaign:
            ++campaigns;
            QVERIFY(!p.topic.isEmpty());
            break;
        case Post::Kind::EventZone:
            QFAIL("a town squad has no event zones in the demo");
        }
    }
    QCOMPARE(desks, 1);
    QVERIFY(sectors >= 2);
    QCOMPARE(campaigns, 2);
    QCOMPARE(sectorCells,
             scalar(*m_db,
                    QStringLiteral("SELECT count(*) FROM grid_cells c JOIN squads s ON s.id = c.squad_id"
                                   " WHERE s.code = 'JD106'"))
                 .toInt());
    auto direct = PostRepository(*m_db).bySquad(QStringLiteral("JD000"));
    QVERIFY(direct);
    int zones = 0;
    for (const Post &p : direct.value())
        zones += p.kind == Post::Kind::EventZone ? 1 : 0;
    QCOMPARE(zones, 3);
}

void TestDomainRepositories::coverageGapsFound()
{
    const PostRepository posts(*m_db);
    auto gaps = posts.patrolCoverageGaps(QStringLiteral("JD109"));
    QVERIFY2(gaps, qPrintable(gaps.errorMessage()));
    QVERIFY(gaps->empty());

    // Take one cell out of its sector and put another one into a second sector.
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT c.id, c.code, pc.id FROM grid_cells c JOIN squads s ON s.id = c.squad_id "
                                  "JOIN post_cells pc ON pc.cell_id = c.id"
                                  " JOIN posts p ON p.id = pc.post_id WHERE s.code = 'JD109' AND p.kind = "
                                  "'patrol_sector' ORDER BY c.code LIMIT 2")));
    QVERIFY(q.next());
    const QString droppedCode = q.value(1).toString(), droppedLink = q.value(2).toString();
    QVERIFY(q.next());
    const QString twiceId = q.value(0).toString(), twiceCode = q.value(1).toString();
    QVERIFY(q.exec(QStringLiteral("DELETE FROM post_cells WHERE id = '%1'").arg(droppedLink)));
    QVERIFY2(
        q.exec(QStringLiteral("INSERT INTO post_cells (id, post_id, cell_id, updated_at, last_writer)"
                              " SELECT 'extra', p.id, '%1', 'T', 'c' FROM posts p JOIN squads s ON s.id = p.squad_id"
                              " WHERE s.code = 'JD109' AND p.kind = 'patrol_sector' AND p.id NOT IN"
                              " (SELECT post_id FROM post_cells WHERE cell_id = '%1') LIMIT 1")
                   .arg(twiceId)),
        qPrintable(q.lastError().text()));

    gaps = posts.patrolCoverageGaps(QStringLiteral("JD109"));
    QVERIFY(gaps);
    QCOMPARE(gaps->size(), std::size_t(2));
    QCOMPARE((*gaps)[0].cellCode, droppedCode);
    QCOMPARE((*gaps)[0].sectors, 0);
    QCOMPARE((*gaps)[1].cellCode, twiceCode);
    QCOMPARE((*gaps)[1].sectors, 2);
}

void TestDomainRepositories::categories()
{
    auto list = CategoryRepository(*m_db).all();
    QVERIFY2(list, qPrintable(list.errorMessage()));
    QCOMPARE(list->size(), std::size_t(97));
    QCOMPARE(list->front().code, QStringLiteral("06001"));
    QCOMPARE(list->front().name, QStringLiteral("私搭乱建"));
    QVERIFY(list->front().unverified);
    for (const IncidentCategory &c : list.value()) {
        const bool dayClock = c.limit.clock == LimitClock::WorkingDays || c.limit.clock == LimitClock::CalendarDays;
        QCOMPARE(dayClock, c.limit.unit == LimitUnit::Day);
        QVERIFY(c.limit.amount > 0);
    }
    QCOMPARE(CategoryRepository::clockText(LimitClock::EmergencyHours), QStringLiteral("emergency_hours"));
    QVERIFY(CategoryRepository::clockLabel(LimitClock::WorkingDays).contains(QStringLiteral("工作日")));
}

void TestDomainRepositories::editTimeLimit()
{
    const CategoryRepository categories(*m_db);
    QVERIFY(
        categories.setTimeLimit(QStringLiteral("06001"), TimeLimit { 5, LimitUnit::Day, LimitClock::CalendarDays }));
    auto c = categories.byCode(QStringLiteral("06001"));
    QVERIFY(c);
    QCOMPARE(c->limit.amount, 5);
    QVERIFY(c->limit.clock == LimitClock::CalendarDays);
    QCOMPARE(
        scalar(*m_db, QStringLiteral("SELECT last_writer FROM incident_categories WHERE code = '06001'")).toString(),
        m_db->consoleId());

    // Working days counted in hours is not a time limit.
    QVERIFY(
        !categories.setTimeLimit(QStringLiteral("06001"), TimeLimit { 5, LimitUnit::Hour, LimitClock::WorkingDays }));
    QVERIFY(!categories.setTimeLimit(QStringLiteral("06001"),
                                     TimeLimit { 0, LimitUnit::Hour, LimitClock::EmergencyHours }));
    QVERIFY(
        !categories.setTimeLimit(QStringLiteral("99999"), TimeLimit { 2, LimitUnit::Hour, LimitClock::WorkingHours }));
    QCOMPARE(categories.byCode(QStringLiteral("06001"))->limit.amount, 5);

    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("UPDATE incident_categories SET editable = 0 WHERE code = '06002'")));
    auto refused
        = categories.setTimeLimit(QStringLiteral("06002"), TimeLimit { 2, LimitUnit::Hour, LimitClock::WorkingHours });
    QVERIFY(!refused);
    QVERIFY2(refused.errorMessage().contains(QStringLiteral("not editable")), qPrintable(refused.errorMessage()));
}

QTEST_GUILESS_MAIN(TestDomainRepositories)
#include "tst_domainrepositories.moc"
