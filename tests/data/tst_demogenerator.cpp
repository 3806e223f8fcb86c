// SPDX-License-Identifier: GPL-3.0-or-later
// The demo district as stored: deterministic per seed, valid codes, cells inside their towns, counts in
// range, every cell in exactly one patrol sector, standard shifts and the 2026 calendar.
#include "data/database.h"
#include "data/demogenerator.h"
#include "grid/geometry.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/difference.hpp>

using namespace dd::data;
namespace bg = boost::geometry;

namespace {

const QStringList kKeyTables = {
    QStringLiteral("district"),      QStringLiteral("towns"),       QStringLiteral("communities"),
    QStringLiteral("squads"),        QStringLiteral("grid_layers"), QStringLiteral("grid_areas"),
    QStringLiteral("grid_cells"),    QStringLiteral("officers"),    QStringLiteral("users"),
    QStringLiteral("roles"),         QStringLiteral("user_roles"),  QStringLiteral("shift_types"),
    QStringLiteral("posts"),         QStringLiteral("post_cells"),  QStringLiteral("incident_categories"),
    QStringLiteral("calendar_days"), QStringLiteral("audit_log"),
};

QByteArray tableChecksum(const Database &db, const QString &table)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(table)))
        return "error: " + q.lastError().text().toUtf8();
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            hash.addData(q.value(i).toString().toUtf8());
            hash.addData(QByteArrayView("\x1f", 1));
        }
        hash.addData(QByteArrayView("\x1e", 1));
    }
    return hash.result().toHex();
}

QVariant scalar(const Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql) || !q.next())
        return QVariant(QStringLiteral("error: ") + q.lastError().text());
    return q.value(0);
}

dd::grid::MultiPolygon parse(const QString &json)
{
    dd::grid::MultiPolygon shape;
    QString error;
    if (!dd::grid::fromGeoJsonGeometry(json.toUtf8(), &shape, &error))
        qWarning("bad geometry: %s", qPrintable(error));
    return shape;
}

} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void sameSeedSameContent();
    void otherSeedOtherPeople();
    void countsInRange();
    void cellCodesValidAndUnique();
    void everyCellInsideItsTown();
    void everyCellInExactlyOnePatrolSector();
    void squadsPostsAndShifts();
    void calendarAndCategories();
    void refusesSecondDistrict();
    void everySquadBoardHasTodaysWork();

private:
    std::unique_ptr<Database> make(const QString &name, std::uint32_t seed);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_a, m_b, m_c; // seeds 7, 7, 8
};

std::unique_ptr<Database> TestDemoGenerator::make(const QString &name, std::uint32_t seed)
{
    auto db = Database::open(m_dir.filePath(name), Database::Mode::CreateIfMissing);
    if (!db) {
        qWarning("%s", qPrintable(db.errorMessage()));
        return nullptr;
    }
    DemoOptions options;
    options.seed = seed;
    auto report = DemoGenerator(options).populate(*db.value());
    if (!report) {
        qWarning("%s", qPrintable(report.errorMessage()));
        return nullptr;
    }
    return std::move(db.value());
}

void TestDemoGenerator::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_a = make(QStringLiteral("a.sqlite"), 7);
    m_b = make(QStringLiteral("b.sqlite"), 7);
    m_c = make(QStringLiteral("c.sqlite"), 8);
    QVERIFY(m_a && m_b && m_c);
}

void TestDemoGenerator::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    m_c.reset();
}

void TestDemoGenerator::sameSeedSameContent()
{
    for (const QString &table : kKeyTables) {
        const QByteArray a = tableChecksum(*m_a, table);
        QVERIFY2(!a.startsWith("error"), a.constData());
        QVERIFY2(a == tableChecksum(*m_b, table), qPrintable(table));
    }
    // Two demo files are still two consoles.
    QVERIFY(m_a->consoleId() != m_b->consoleId());
}

void TestDemoGenerator::otherSeedOtherPeople()
{
    QVERIFY(tableChecksum(*m_a, QStringLiteral("officers")) != tableChecksum(*m_c, QStringLiteral("officers")));
    // The official reference data does not depend on the seed.
    QCOMPARE(
        scalar(*m_a,
               QStringLiteral("SELECT group_concat(code || name, ',') FROM (SELECT * FROM communities ORDER BY code)")),
        scalar(
            *m_c,
            QStringLiteral("SELECT group_concat(code || name, ',') FROM (SELECT * FROM communities ORDER BY code)")));
}

void TestDemoGenerator::countsInRange()
{
    const Database &db = *m_a;
    QCOMPARE(scalar(db, QStringLiteral("SELECT code || name FROM district")).toString(),
             QStringLiteral("310114嘉定区"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM towns")).toInt(), 12);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM communities")).toInt(), 399);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM squads")).toInt(), 13);
    const int cells = scalar(db, QStringLiteral("SELECT count(*) FROM grid_cells")).toInt();
    QVERIFY2(cells >= 7000 && cells <= 12000, qPrintable(QString::number(cells)));
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM grid_cells_rtree")).toInt(), cells);
    QCOMPARE(scalar(db, QStringLiteral("SELECT crs || '/' || schematic || '/' || name FROM grid_layers")).toString(),
             QStringLiteral("GCJ-02/1/schematic"));
    // Every town and committee has cells and a boundary.
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM towns t WHERE NOT EXISTS (SELECT 1 FROM grid_cells c WHERE c.town_id = t.id)"))
            .toInt(),
        0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM communities m WHERE NOT EXISTS (SELECT 1 FROM grid_cells c "
                                   "WHERE c.community_id = m.id)"))
                 .toInt(),
             0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM grid_areas WHERE level = 'town'")).toInt(), 12);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM grid_areas WHERE level = 'community'")).toInt(), 399);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT s.code, count(o.id), sum(o.certified), sum(o.legal_officer), sum(o.dispatcher), sum(o.driver)"
        " FROM squads s JOIN officers o ON o.squad_id = s.id GROUP BY s.id")));
    int squads = 0, officers = 0, certified = 0;
    while (q.next()) {
        ++squads;
        const int n = q.value(1).toInt();
        QVERIFY2(n >= 34 && n <= 46, qPrintable(q.value(0).toString()));
        QVERIFY(q.value(3).toInt() >= 2); // 法制员
        QVERIFY(q.value(4).toInt() >= 4); // a command room runs two 12-hour desk shifts a day
        QVERIFY(q.value(5).toInt() >= 2);
        officers += n;
        certified += q.value(2).toInt();
    }
    QCOMPARE(squads, 13);
    const double share = double(certified) / officers;
    QVERIFY2(share > 0.78 && share < 0.93, qPrintable(QString::number(share)));
    // Phones are 11 digits starting with 1; badge numbers unique (constraint) and names plausible.
    QCOMPARE(
        scalar(db,
               QStringLiteral("SELECT count(*) FROM officers WHERE length(phone) <> 11 OR phone NOT GLOB '1[3-9][0-9]*'"
                              " OR phone GLOB '*[^0-9]*'"))
            .toInt(),
        0);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM officers WHERE length(name) NOT BETWEEN 2 AND 3")).toInt(),
             0);
}

void TestDemoGenerator::cellCodesValidAndUnique()
{
    QSqlQuery q(m_a->connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT c.code, m.code, t.code FROM grid_cells c JOIN communities m ON m.id = c.community_id"
                       " JOIN towns t ON t.id = c.town_id")));
    static const QRegularExpression fifteen(QStringLiteral("^310114[0-9]{9}$"));
    QSet<QString> seen;
    int rows = 0;
    while (q.next()) {
        const QString code = q.value(0).toString();
        QVERIFY2(fifteen.match(code).hasMatch(), qPrintable(code));
        QVERIFY2(code.left(12) == q.value(1).toString(), qPrintable(code)); // prefix = community code
        QVERIFY2(code.left(9) == q.value(2).toString(), qPrintable(code)); // and so the town's
        QVERIFY2(code.right(3) != QLatin1String("000"), qPrintable(code));
        seen.insert(code);
        ++rows;
    }
    QCOMPARE(rows, scalar(*m_a, QStringLiteral("SELECT count(*) FROM grid_cells")).toInt()); // none without a community
    QCOMPARE(seen.size(), rows);
}

void TestDemoGenerator::everyCellInsideItsTown()
{
    QHash<QString, dd::grid::MultiPolygon> towns;
    QSqlQuery q(m_a->connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT t.id, a.geometry FROM grid_areas a JOIN towns t ON t.code = a.code WHERE a.level = 'town'")));
    while (q.next())
        towns.insert(q.value(0).toString(), parse(q.value(1).toString()));
    QCOMPARE(towns.size(), 12);

    QVERIFY(
        q.exec(QStringLiteral("SELECT code, town_id, geometry, centroid_x, centroid_y, min_x, max_x FROM grid_cells")));
    int checked = 0;
    while (q.next()) {
        const dd::grid::MultiPolygon cell = parse(q.value(2).toString());
        const dd::grid::MultiPolygon &town = towns[q.value(1).toString()];
        QVERIFY2(!cell.empty(), qPrintable(q.value(0).toString()));
        const double area = bg::area(cell);
        QVERIFY(area > 0);
        // Inside up to GeoJSON's 7-decimal rounding (~1 cm): the part outside is a sliver at most.
        dd::grid::MultiPolygon outside;
        bg::difference(cell, town, outside);
        QVERIFY2(bg::area(outside) < area * 1e-4, qPrintable(q.value(0).toString()));
        const dd::grid::Point centroid(q.value(3).toDouble(), q.value(4).toDouble());
        QVERIFY2(bg::covered_by(centroid, town), qPrintable(q.value(0).toString()));
        // Roughly 250 m: 0.0026° of longitude at 31.3°N.
        const double width = q.value(6).toDouble() - q.value(5).toDouble();
        QVERIFY2(width > 0 && width < 0.004, qPrintable(q.value(0).toString()));
        ++checked;
    }
    QVERIFY(checked >= 7000);
}

void TestDemoGenerator::everyCellInExactlyOnePatrolSector()
{
    const Database &db = *m_a;
    // Per cell, the patrol sectors holding it: exactly one, of the squad responsible for the cell.
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM grid_cells c WHERE (SELECT count(*) FROM post_cells pc JOIN "
                                   "posts p ON p.id = pc.post_id"
                                   " WHERE pc.cell_id = c.id AND p.kind = 'patrol_sector') <> 1"))
                 .toInt(),
             0);
    QCOMPARE(scalar(db,
                    QStringLiteral("SELECT count(*) FROM post_cells pc JOIN posts p ON p.id = pc.post_id JOIN "
                                   "grid_cells c ON c.id = pc.cell_id"
                                   " WHERE p.kind = 'patrol_sector' AND p.squad_id <> c.squad_id"))
                 .toInt(),
             0);
    // Cells belong to their town's squad.
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT count(*) FROM grid_cells c JOIN squads s ON s.id = c.squad_id WHERE s.town_id <> c.town_id"))
            .toInt(),
        0);
    // Every town squad has at least two sectors, each a sensible size.
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral(
        "SELECT s.code, count(DISTINCT p.id), min(n), max(n) FROM squads s JOIN posts p ON p.squad_id = s.id"
        " JOIN (SELECT post_id, count(*) AS n FROM post_cells GROUP BY post_id) k ON k.post_id = p.id"
        " WHERE p.kind = 'patrol_sector' GROUP BY s.id")));
    int squads = 0;
    while (q.next()) {
        ++squads;
        QVERIFY2(q.value(1).toInt() >= 2, qPrintable(q.value(0).toString()));
        QVERIFY2(q.value(2).toInt() * 2 >= q.value(3).toInt(), qPrintable(q.value(0).toString())); // balanced
    }
    QCOMPARE(squads, 12); // the direct squad has no town of its own
}

void TestDemoGenerator::squadsPostsAndShifts()
{
    const Database &db = *m_a;
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM squads WHERE code = 'JD102'")).toString(),
             QStringLiteral("嘉定区城管执法局南翔中队"));
    QCOMPARE(scalar(db, QStringLiteral("SELECT name FROM squads WHERE kind = 'bureau'")).toString(),
             QStringLiteral("嘉定区城管执法局直属中队"));
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM squads s WHERE (SELECT count(*) FROM posts p WHERE p.squad_id = s.id"
                        " AND p.kind = 'command_desk') <> 1"))
                 .toInt(),
             0);
    QCOMPARE(scalar(db,
                    QStringLiteral(
                        "SELECT count(*) FROM squads s WHERE (SELECT count(*) FROM posts p WHERE p.squad_id = s.id"
                        " AND p.kind = 'campaign') < 2"))
                 .toInt(),
             0);
    QCOMPARE(
        scalar(db,
               QStringLiteral(
                   "SELECT group_concat(grade) FROM (SELECT grade FROM posts WHERE kind = 'event_zone' ORDER BY code)"))
            .toString(),
        QStringLiteral("core,key,general"));
    QVERIFY(scalar(db,
                   QStringLiteral(
                       "SELECT min(n) FROM (SELECT count(*) AS n FROM post_cells pc JOIN posts p ON p.id = pc.post_id"
                       " WHERE p.kind = 'event_zone' GROUP BY p.id)"))
                .toInt()
            > 0);

    QSqlQuery q(db.connection());
    QVERIFY(q.exec(
        QStringLiteral("SELECT code, start_minute, length_minutes, crosses_midnight FROM shift_types ORDER BY code")));
    QHash<QString, QString> shifts;
    while (q.next())
        shifts.insert(
            q.value(0).toString(),
            QStringLiteral("%1+%2/%3").arg(q.value(1).toInt()).arg(q.value(2).toInt()).arg(q.value(3).toInt()));
    QCOMPARE(shifts.value(QStringLiteral("E")), QStringLiteral("420+480/0")); // 早 07:00–15:00
    QCOMPARE(shifts.value(QStringLiteral("D")), QStringLiteral("510+510/0")); // 白 08:30–17:00
    QCOMPARE(shifts.value(QStringLiteral("M")), QStringLiteral("720+480/0")); // 中 12:00–20:00
    QCOMPARE(shifts.value(QStringLiteral("N")), QStringLiteral("1200+720/1")); // 夜 20:00–08:00
    QCOMPARE(shifts.value(QStringLiteral("CD")), QStringLiteral("480+720/0"));
    QCOMPARE(shifts.value(QStringLiteral("CN")), QStringLiteral("1200+720/1"));
}

void TestDemoGenerator::calendarAndCategories()
{
    const Database &db = *m_a;
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT date, kind FROM calendar_days")));
    QHash<QString, QString> days;
    while (q.next())
        days.insert(q.value(0).toString(), q.value(1).toString());
    QCOMPARE(days.value(QStringLiteral("2026-01-01")), QStringLiteral("holiday"));
    QCOMPARE(days.value(QStringLiteral("2026-01-04")), QStringLiteral("workday")); // a Sunday worked
    QCOMPARE(days.value(QStringLiteral("2026-02-14")), QStringLiteral("workday"));
    QCOMPARE(days.value(QStringLiteral("2026-02-23")), QStringLiteral("holiday"));
    QCOMPARE(days.value(QStringLiteral("2026-10-07")), QStringLiteral("holiday"));
    QCOMPARE(days.value(QStringLiteral("2026-10-10")), QStringLiteral("workday"));
    QVERIFY(!days.contains(QStringLiteral("2026-10-08"))); // an ordinary Thursday
    int holidays = 0;
    for (auto it = days.cbegin(); it != days.cend(); ++it) {
        const QDate date = QDate::fromString(it.key(), Qt::ISODate);
        QVERIFY(date.isValid());
        if (it.value() == QLatin1String("workday"))
            QVERIFY2(date.dayOfWeek() >= 6, qPrintable(it.key())); // swapped days are weekends
        else
            ++holidays;
    }
    QCOMPARE(holidays, 3 + 9 + 3 + 5 + 3 + 3 + 7);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM calendar_days WHERE editable = 0")).toInt(), 0);

    QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM incident_categories")).toInt(), 97);
    QCOMPARE(
        scalar(db, QStringLiteral("SELECT count(*) FROM incident_categories WHERE unverified = 1 AND editable = 1"))
            .toInt(),
        97);
    QCOMPARE(scalar(db, QStringLiteral("SELECT count(DISTINCT clock) FROM incident_categories")).toInt(), 3);
}

void TestDemoGenerator::refusesSecondDistrict()
{
    const QByteArray before = tableChecksum(*m_c, QStringLiteral("officers"));
    auto again = DemoGenerator(DemoOptions { 9, 250.0 }).populate(*m_c);
    QVERIFY(!again);
    QVERIFY2(again.errorMessage().contains(QStringLiteral("already holds a district")),
             qPrintable(again.errorMessage()));
    QCOMPARE(tableChecksum(*m_c, QStringLiteral("officers")), before);
    QCOMPARE(scalar(*m_c, QStringLiteral("SELECT count(*) FROM district")).toInt(), 1);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
// Every squad that has cells finds work of the last hours on its board when the demo opens: some
// incidents waiting for dispatch, others on the way or on scene (data/incidents/demoincidents.cpp).
void TestDemoGenerator::everySquadBoardHasTodaysWork()
{
    const Database &db = *m_a;
    const QString since = Database::timestamp(QDateTime::currentDateTimeUtc().addSecs(-6 * 3600 - 600));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT s.code, (SELECT count(*) FROM incidents i WHERE i.squad_id = s.id AND i.reported_at >= ? "
                             "AND i.status NOT IN ('closed', 'cancelled')) FROM squads s "
                             "WHERE EXISTS (SELECT 1 FROM grid_cells c WHERE c.squad_id = s.id) ORDER BY s.code"));
    q.addBindValue(since);
    QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
    int squads = 0;
    while (q.next()) {
        ++squads;
        QVERIFY2(q.value(1).toInt() >= 2, qPrintable(QStringLiteral("%1: %2 open incidents of the last six hours")
                                                          .arg(q.value(0).toString())
                                                          .arg(q.value(1).toInt())));
    }
    QVERIFY(squads >= 12);
    QVERIFY2(scalar(db, QStringLiteral("SELECT count(*) FROM incidents WHERE status = 'filed'")).toInt() >= 5,
             "fewer than five incidents wait for dispatch");
    QVERIFY(scalar(db, QStringLiteral("SELECT count(*) FROM incidents WHERE status = 'dispatched'")).toInt() >= 5);
}

#include "tst_demogenerator.moc"
