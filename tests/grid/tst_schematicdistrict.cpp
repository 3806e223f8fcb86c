// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/cellcode.h"
#include "grid/schematicdistrict.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QTest>

// GCC 12 at -O2 reports a false "maybe uninitialized" inside Boost.Geometry's envelope code,
// instantiated by the overlay algorithms used here only.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry.hpp>
#include <string>

namespace bg = boost::geometry;
using namespace dd::grid;

namespace {

QList<QStringList> readCsv(const QString &name)
{
    QFile file(QStringLiteral(DUTYDESK_SOURCE_DIR "/tests/grid/data/") + name);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i) // skip the header
        rows.push_back(lines[i].trimmed().split(QLatin1Char(',')));
    return rows;
}

SchematicInput jiading()
{
    SchematicInput input;
    input.districtCode = QStringLiteral("310114");
    const QList<QStringList> seats = readCsv(QStringLiteral("town_seats_approx.csv"));
    for (const QStringList &row : seats)
        input.towns.push_back({ row[0], row[1], Point(row[2].toDouble(), row[3].toDouble()) });
    const QList<QStringList> committees = readCsv(QStringLiteral("committees_2023.csv"));
    for (const QStringList &row : committees)
        input.communities.push_back({ row[0], row[1], row[2] });
    return input;
}

MultiPolygon toMetres(const MultiPolygon &shape, const LocalProjection &projection)
{
    MultiPolygon result = shape;
    for (auto &polygon : result) {
        for (auto &p : polygon.outer())
            p = projection.toMetres(p);
        for (auto &inner : polygon.inners()) {
            for (auto &p : inner)
                p = projection.toMetres(p);
        }
    }
    return result;
}

Point seatMean(const SchematicInput &input)
{
    double x = 0, y = 0;
    for (const auto &t : input.towns) {
        x += t.lonLat.x();
        y += t.lonLat.y();
    }
    return Point(x / input.towns.size(), y / input.towns.size());
}

} // namespace

class TestSchematicDistrict : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void succeedsWithinTime();
    void sizeAndOutline();
    void everyAreaHasCells();
    void cellCodes();
    void serialsRunWestToEastNorthToSouth();
    void geometryIsValidAndClockwise();
    void cellsLieInTheirTownAndCommunity();
    void townsTileTheDistrict();
    void regionsAreConnected();
    void streetsAreSmallerThanTowns();
    void shapesSurviveGeoJson();
    void deterministic();
    void seedChangesCommunities();
    void otherCellSizes_data();
    void otherCellSizes();
    void rejects_data();
    void rejects();

private:
    SchematicInput m_input;
    SchematicDistrict m_district;
    qint64 m_elapsedMs = 0;
};

void TestSchematicDistrict::initTestCase()
{
    m_input = jiading();
    QCOMPARE(m_input.towns.size(), std::size_t(12));
    QCOMPARE(m_input.communities.size(), std::size_t(399));
    QElapsedTimer timer;
    timer.start();
    m_district = generateSchematicDistrict(m_input);
    m_elapsedMs = timer.elapsed();
    QVERIFY2(m_district, qPrintable(m_district.errorMessage));
}

void TestSchematicDistrict::succeedsWithinTime()
{
    qInfo() << "generated" << m_district.cells.size() << "cells in" << m_elapsedMs << "ms";
    // The target is well under 2 s; the margin absorbs debug builds and a busy test machine.
    QVERIFY2(m_elapsedMs < 5000, qPrintable(QString::number(m_elapsedMs)));
    QCOMPARE(m_district.crs, QStringLiteral("GCJ-02"));
    QVERIFY(m_district.errorMessage.isEmpty());
}

void TestSchematicDistrict::sizeAndOutline()
{
    const std::size_t cells = m_district.cells.size();
    QVERIFY2(cells >= 7000 && cells <= 12000, qPrintable(QString::number(cells)));

    const LocalProjection projection(seatMean(m_input));
    const MultiPolygon outline = toMetres(m_district.outline, projection);
    const double areaKm2 = bg::area(outline) / 1e6;
    qInfo() << "outline" << areaKm2 << "km²";
    QVERIFY2(areaKm2 > 380 && areaKm2 < 560, qPrintable(QString::number(areaKm2)));
    // The outline is exactly the cells (250 m squares).
    QVERIFY(std::abs(areaKm2 - cells * 0.0625) < 1e-6 * areaKm2);

    bg::model::box<Point> box;
    bg::envelope(outline, box);
    const double northSouth = (box.max_corner().y() - box.min_corner().y()) / 1000;
    const double westEast = (box.max_corner().x() - box.min_corner().x()) / 1000;
    qInfo() << "extent N-S" << northSouth << "km, W-E" << westEast << "km";
    QVERIFY(northSouth > 22 && northSouth < 36);
    QVERIFY(westEast > 18 && westEast < 32);

    for (const TownSeat &town : m_input.towns) {
        const Point seat = projection.toMetres(town.lonLat);
        QVERIFY2(bg::within(seat, outline), qPrintable(town.name));
        double margin = std::numeric_limits<double>::max();
        for (const auto &polygon : outline) {
            bg::model::linestring<Point> boundary(polygon.outer().begin(), polygon.outer().end());
            margin = std::min(margin, bg::distance(seat, boundary));
        }
        QVERIFY2(margin > 1000, qPrintable(town.name + QStringLiteral(": %1 m").arg(margin)));
    }
}

void TestSchematicDistrict::everyAreaHasCells()
{
    QCOMPARE(m_district.towns.size(), m_input.towns.size());
    QCOMPARE(m_district.communities.size(), m_input.communities.size());
    QHash<QString, int> perTown, perCommunity;
    for (const SchematicCell &cell : m_district.cells) {
        ++perTown[cell.townCode];
        ++perCommunity[cell.communityCode];
    }
    for (std::size_t i = 0; i < m_input.towns.size(); ++i) {
        QCOMPARE(m_district.towns[i].code, m_input.towns[i].code); // same order as input
        QVERIFY2(perTown.value(m_input.towns[i].code) > 0, qPrintable(m_input.towns[i].code));
    }
    for (std::size_t i = 0; i < m_input.communities.size(); ++i) {
        QCOMPARE(m_district.communities[i].code, m_input.communities[i].code);
        QVERIFY2(perCommunity.value(m_input.communities[i].code) > 0, qPrintable(m_input.communities[i].code));
    }
}

void TestSchematicDistrict::cellCodes()
{
    const CellCodeRule rule(QStringLiteral("310114"));
    QHash<QString, QString> townOfCommunity;
    for (const auto &c : m_input.communities)
        townOfCommunity.insert(c.code, c.townCode);
    QSet<QString> seen;
    QString previous;
    for (const SchematicCell &cell : m_district.cells) {
        QVERIFY2(rule.isValid(cell.code), qPrintable(cell.code + QLatin1Char(' ') + rule.validate(cell.code)));
        QVERIFY(cell.code.startsWith(cell.communityCode));
        QCOMPARE(townOfCommunity.value(cell.communityCode), cell.townCode);
        QVERIFY2(!seen.contains(cell.code), qPrintable(cell.code));
        seen.insert(cell.code);
        QVERIFY(previous < cell.code); // ordered by code
        previous = cell.code;
    }
}

void TestSchematicDistrict::serialsRunWestToEastNorthToSouth()
{
    // Cells are sorted by code, so within a community consecutive cells have consecutive serials.
    const double eps = 1e-9;
    for (std::size_t i = 0; i < m_district.cells.size(); ++i) {
        const SchematicCell &cell = m_district.cells[i];
        const bool first = i == 0 || m_district.cells[i - 1].communityCode != cell.communityCode;
        if (first) {
            QCOMPARE(cell.code.right(3), QStringLiteral("001"));
            continue;
        }
        const SchematicCell &prev = m_district.cells[i - 1];
        QCOMPARE(cell.code.right(3).toInt(), prev.code.right(3).toInt() + 1);
        const bool southRow = cell.centroid.y() < prev.centroid.y() - eps;
        const bool sameRowEast
            = std::abs(cell.centroid.y() - prev.centroid.y()) < eps && cell.centroid.x() > prev.centroid.x();
        QVERIFY2(southRow || sameRowEast, qPrintable(cell.code));
    }
}

void TestSchematicDistrict::geometryIsValidAndClockwise()
{
    std::string reason;
    QVERIFY2(bg::is_valid(m_district.outline, reason), reason.c_str());
    for (const SchematicArea &town : m_district.towns)
        QVERIFY2(bg::is_valid(town.shape, reason), qPrintable(town.code + QString::fromStdString(reason)));
    for (const SchematicArea &community : m_district.communities)
        QVERIFY2(bg::is_valid(community.shape, reason), qPrintable(community.code + QString::fromStdString(reason)));
    for (const SchematicCell &cell : m_district.cells) {
        // is_valid checks closure and orientation for the clockwise model; positive area says so too.
        QVERIFY2(bg::is_valid(cell.shape, reason), qPrintable(cell.code + QString::fromStdString(reason)));
        QCOMPARE(cell.shape.outer().size(), std::size_t(5));
        QVERIFY(bg::area(cell.shape) > 0);
        QVERIFY(bg::within(cell.centroid, cell.shape));
    }
    QVERIFY(bg::area(m_district.outline) > 0);
}

void TestSchematicDistrict::cellsLieInTheirTownAndCommunity()
{
    QHash<QString, const MultiPolygon *> towns, communities;
    for (const auto &t : m_district.towns)
        towns.insert(t.code, &t.shape);
    for (const auto &c : m_district.communities)
        communities.insert(c.code, &c.shape);
    for (const SchematicCell &cell : m_district.cells) {
        QVERIFY2(bg::covered_by(cell.shape, *towns.value(cell.townCode)), qPrintable(cell.code));
        QVERIFY2(bg::covered_by(cell.shape, *communities.value(cell.communityCode)), qPrintable(cell.code));
        QVERIFY(bg::covered_by(cell.shape, m_district.outline));
    }
}

void TestSchematicDistrict::townsTileTheDistrict()
{
    const double cellArea = bg::area(m_district.cells.front().shape);
    double sum = 0;
    for (std::size_t i = 0; i < m_district.towns.size(); ++i) {
        const MultiPolygon &a = m_district.towns[i].shape;
        sum += bg::area(a);
        for (std::size_t j = i + 1; j < m_district.towns.size(); ++j) {
            const MultiPolygon &b = m_district.towns[j].shape;
            MultiPolygon overlap;
            bg::intersection(a, b, overlap);
            QVERIFY2(bg::area(overlap) < 1e-6 * cellArea,
                     qPrintable(m_district.towns[i].code + QLatin1Char('/') + m_district.towns[j].code));
        }
    }
    // Disjoint towns whose areas add up to the outline, which is the union of the cells: a tiling.
    const double outline = bg::area(m_district.outline);
    QVERIFY(std::abs(sum - outline) < 1e-9 * outline);
    QVERIFY(std::abs(m_district.cells.size() * cellArea - outline) < 1e-6 * outline);

    double communities = 0;
    for (const auto &c : m_district.communities)
        communities += bg::area(c.shape);
    QVERIFY(std::abs(communities - outline) < 1e-9 * outline);
}

void TestSchematicDistrict::regionsAreConnected()
{
    // Grown regions are 4-connected, so each town and community is a single polygon.
    QCOMPARE(m_district.outline.size(), std::size_t(1));
    for (const auto &t : m_district.towns)
        QVERIFY2(t.shape.size() == 1, qPrintable(t.code));
    for (const auto &c : m_district.communities)
        QVERIFY2(c.shape.size() == 1, qPrintable(c.code));
}

void TestSchematicDistrict::streetsAreSmallerThanTowns()
{
    QHash<QString, int> cells;
    for (const auto &cell : m_district.cells)
        ++cells[cell.townCode];
    int streets = 0, streetCells = 0, towns = 0, townCells = 0;
    for (const auto &t : m_input.towns) {
        const int n = cells.value(t.code);
        qInfo().noquote() << t.code << t.name << n << "cells" << n * 0.0625 << "km²";
        if (t.code.at(6) == QLatin1Char('0')) {
            ++streets;
            streetCells += n;
        } else if (t.code.at(6) == QLatin1Char('1')) {
            ++towns;
            townCells += n;
        }
    }
    QVERIFY(streets > 0 && towns > 0);
    QVERIFY(double(streetCells) / streets < 0.5 * double(townCells) / towns);
}

void TestSchematicDistrict::shapesSurviveGeoJson()
{
    // The store keeps shapes as GeoJSON with 7 decimals: rounding must not make them invalid,
    // and shared borders must round identically (towns still tile the outline).
    double sum = 0;
    for (const SchematicArea &town : m_district.towns) {
        MultiPolygon back;
        QString error;
        QVERIFY2(fromGeoJsonGeometry(toGeoJsonGeometry(town.shape), &back, &error), qPrintable(town.code + error));
        // 1 cm of rounding along ~50 km of border: about 1e-5 of the area.
        QVERIFY(std::abs(bg::area(back) - bg::area(town.shape)) < 1e-4 * bg::area(town.shape));
        sum += bg::area(back);
    }
    MultiPolygon outline;
    QString error;
    QVERIFY2(fromGeoJsonGeometry(toGeoJsonGeometry(m_district.outline), &outline, &error), qPrintable(error));
    QVERIFY(std::abs(sum - bg::area(outline)) < 1e-9 * bg::area(outline));
    for (const SchematicArea &community : m_district.communities) {
        MultiPolygon back;
        QVERIFY2(fromGeoJsonGeometry(toGeoJsonGeometry(community.shape), &back, &error),
                 qPrintable(community.code + error));
    }
}

void TestSchematicDistrict::deterministic()
{
    const SchematicDistrict again = generateSchematicDistrict(m_input);
    QVERIFY(again);
    QCOMPARE(again.cells.size(), m_district.cells.size());
    for (std::size_t i = 0; i < again.cells.size(); ++i) {
        QCOMPARE(again.cells[i].code, m_district.cells[i].code);
        QCOMPARE(again.cells[i].centroid.x(), m_district.cells[i].centroid.x());
        QCOMPARE(again.cells[i].centroid.y(), m_district.cells[i].centroid.y());
    }
    QCOMPARE(toGeoJsonGeometry(again.outline), toGeoJsonGeometry(m_district.outline));
    for (std::size_t i = 0; i < again.communities.size(); ++i)
        QCOMPARE(toGeoJsonGeometry(again.communities[i].shape), toGeoJsonGeometry(m_district.communities[i].shape));
    for (std::size_t i = 0; i < again.towns.size(); ++i)
        QCOMPARE(toGeoJsonGeometry(again.towns[i].shape), toGeoJsonGeometry(m_district.towns[i].shape));
}

void TestSchematicDistrict::seedChangesCommunities()
{
    SchematicInput input = m_input;
    input.seed = m_input.seed + 1;
    const SchematicDistrict other = generateSchematicDistrict(input);
    QVERIFY2(other, qPrintable(other.errorMessage));
    int differentCommunities = 0;
    for (std::size_t i = 0; i < other.communities.size(); ++i)
        differentCommunities
            += toGeoJsonGeometry(other.communities[i].shape) != toGeoJsonGeometry(m_district.communities[i].shape);
    QVERIFY2(differentCommunities > int(other.communities.size()) / 2,
             qPrintable(QString::number(differentCommunities)));
    QVERIFY(toGeoJsonGeometry(other.outline) != toGeoJsonGeometry(m_district.outline));
}

void TestSchematicDistrict::otherCellSizes_data()
{
    QTest::addColumn<double>("cellSize");
    QTest::addColumn<bool>("ok");
    QTest::newRow("150 m") << 150.0 << true;
    QTest::newRow("500 m") << 500.0 << true;
    // 1 km cells: ~465 cells for 399 communities; the streets cannot give each committee a cell.
    QTest::newRow("1000 m") << 1000.0 << false;
}

void TestSchematicDistrict::otherCellSizes()
{
    QFETCH(double, cellSize);
    QFETCH(bool, ok);
    SchematicInput input = m_input;
    input.cellSizeMetres = cellSize;
    const SchematicDistrict district = generateSchematicDistrict(input);
    QCOMPARE(bool(district), ok);
    if (!ok) {
        QVERIFY2(district.errorMessage.contains(QStringLiteral("choose smaller cells")),
                 qPrintable(district.errorMessage));
        return;
    }
    const LocalProjection projection(seatMean(input));
    const double areaKm2 = bg::area(toMetres(district.outline, projection)) / 1e6;
    // Same outline whatever the cell size (up to the staircase along its edge).
    QVERIFY2(areaKm2 > 380 && areaKm2 < 560, qPrintable(QString::number(areaKm2)));
    QVERIFY(std::abs(district.cells.size() * cellSize * cellSize / 1e6 - areaKm2) < 1e-6 * areaKm2);
    QSet<QString> codes, communities;
    for (const SchematicCell &cell : district.cells) {
        codes.insert(cell.code);
        communities.insert(cell.communityCode);
    }
    QCOMPARE(std::size_t(codes.size()), district.cells.size());
    QCOMPARE(std::size_t(communities.size()), input.communities.size());
    double sum = 0;
    for (const SchematicArea &town : district.towns) {
        QVERIFY(bg::is_valid(town.shape));
        sum += bg::area(town.shape);
    }
    QVERIFY(std::abs(sum - bg::area(district.outline)) < 1e-9 * sum);
}

void TestSchematicDistrict::rejects_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("reason");
    QTest::newRow("district code") << QStringLiteral("district") << QStringLiteral("not 6 digits");
    QTest::newRow("no towns") << QStringLiteral("no towns") << QStringLiteral("no towns");
    QTest::newRow("town outside district")
        << QStringLiteral("foreign town") << QStringLiteral("starting with the district code");
    QTest::newRow("duplicate town") << QStringLiteral("duplicate town") << QStringLiteral("appears twice");
    QTest::newRow("unknown town") << QStringLiteral("orphan community") << QStringLiteral("unknown town");
    QTest::newRow("community of other town")
        << QStringLiteral("misfiled community") << QStringLiteral("starting with its town's code");
    QTest::newRow("town without community") << QStringLiteral("empty town") << QStringLiteral("has no community");
    QTest::newRow("two seats in one cell") << QStringLiteral("same seat") << QStringLiteral("same cell");
    QTest::newRow("community over 999 cells")
        << QStringLiteral("huge community") << QStringLiteral("serial numbers stop at 999");
    QTest::newRow("more communities than cells")
        << QStringLiteral("tiny town") << QStringLiteral("communities; choose smaller cells");
    QTest::newRow("bad cell size") << QStringLiteral("cell size") << QStringLiteral("cell size");
}

void TestSchematicDistrict::rejects()
{
    QFETCH(QString, change);
    QFETCH(QString, reason);
    // A small district of one town keeps the failing runs quick.
    SchematicInput input;
    input.districtCode = QStringLiteral("310114");
    input.towns = { { QStringLiteral("310114102"), QStringLiteral("南翔镇"), Point(121.318, 31.300) } };
    input.communities = { { QStringLiteral("310114102201"), QStringLiteral("A"), QStringLiteral("310114102") } };
    input.outlineMarginMetres = 1000;
    input.cellSizeMetres = 250;
    QVERIFY(generateSchematicDistrict(input)); // the unchanged input is fine

    if (change == QLatin1String("district"))
        input.districtCode = QStringLiteral("31011");
    else if (change == QLatin1String("no towns"))
        input.towns.clear();
    else if (change == QLatin1String("foreign town"))
        input.towns.push_back({ QStringLiteral("310115102"), QString(), Point(121.2, 31.3) });
    else if (change == QLatin1String("duplicate town"))
        input.towns.push_back({ QStringLiteral("310114102"), QString(), Point(121.2, 31.3) });
    else if (change == QLatin1String("orphan community"))
        input.communities.push_back({ QStringLiteral("310114103201"), QString(), QStringLiteral("310114103") });
    else if (change == QLatin1String("misfiled community"))
        input.communities.push_back({ QStringLiteral("310114103201"), QString(), QStringLiteral("310114102") });
    else if (change == QLatin1String("empty town"))
        input.towns.push_back({ QStringLiteral("310114103"), QString(), Point(121.30, 31.31) });
    else if (change == QLatin1String("same seat")) {
        input.towns.push_back({ QStringLiteral("310114103"), QString(), Point(121.318, 31.300) });
        input.communities.push_back({ QStringLiteral("310114103201"), QString(), QStringLiteral("310114103") });
    } else if (change == QLatin1String("huge community"))
        input.cellSizeMetres = 40; // ~π km² in 40 m squares: ~2,000 cells in one community
    else if (change == QLatin1String("tiny town")) {
        input.outlineMarginMetres = 300;
        for (int i = 2; i <= 30; ++i)
            input.communities.push_back(
                { QStringLiteral("310114102%1").arg(200 + i), QString(), QStringLiteral("310114102") });
    } else if (change == QLatin1String("cell size"))
        input.cellSizeMetres = 0;

    const SchematicDistrict district = generateSchematicDistrict(input);
    QVERIFY(!district);
    QVERIFY2(district.errorMessage.contains(reason), qPrintable(district.errorMessage));
    QVERIFY(district.cells.empty() && district.towns.empty() && district.outline.empty());
}

QTEST_GUILESS_MAIN(TestSchematicDistrict)
#include "tst_schematicdistrict.moc"
