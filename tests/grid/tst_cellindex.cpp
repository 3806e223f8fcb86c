// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/cellindex.h"
#include "grid/schematicdistrict.h"

#include <QTest>

// GCC 12 at -O2 reports a false "maybe uninitialized" inside Boost.Geometry's envelope code.
#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/envelope.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <random>

namespace bg = boost::geometry;
using namespace dd::grid;

namespace {

// A small district (two towns, three communities, ~1,000 cells) keeps brute force cheap.
SchematicDistrict smallDistrict()
{
    SchematicInput input;
    input.districtCode = QStringLiteral("310114");
    input.towns = { { QStringLiteral("310114102"), QStringLiteral("南翔镇"), Point(121.318, 31.300) },
                    { QStringLiteral("310114118"), QStringLiteral("江桥镇"), Point(121.325, 31.250) } };
    input.communities = { { QStringLiteral("310114102001"), QString(), QStringLiteral("310114102") },
                          { QStringLiteral("310114102201"), QString(), QStringLiteral("310114102") },
                          { QStringLiteral("310114118201"), QString(), QStringLiteral("310114118") } };
    input.outlineMarginMetres = 2000;
    input.cellSizeMetres = 250;
    return generateSchematicDistrict(input);
}

int bruteIndexAt(const std::vector<SchematicCell> &cells, Point p)
{
    for (std::size_t i = 0; i < cells.size(); ++i) {
        if (bg::covered_by(p, cells[i].shape))
            return static_cast<int>(i);
    }
    return -1;
}

} // namespace

class TestCellIndex : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void randomPointsMatchBruteForce();
    void cornersAndEdgesAreDeterministic();
    void boxesMatchBruteForce();
    void irregularShapes();
    void emptyIndex();

private:
    SchematicDistrict m_district;
};

void TestCellIndex::initTestCase()
{
    m_district = smallDistrict();
    QVERIFY2(m_district, qPrintable(m_district.errorMessage));
    QVERIFY(m_district.cells.size() > 500);
}

void TestCellIndex::randomPointsMatchBruteForce()
{
    const CellIndex index(m_district.cells);
    QCOMPARE(index.size(), m_district.cells.size());
    Box bounds;
    bg::envelope(m_district.outline, bounds);
    std::mt19937 random(7);
    // Slightly beyond the outline's box, so that "no cell" is exercised too.
    std::uniform_real_distribution<double> x(bounds.min_corner().x() - 0.01, bounds.max_corner().x() + 0.01);
    std::uniform_real_distribution<double> y(bounds.min_corner().y() - 0.01, bounds.max_corner().y() + 0.01);
    int outside = 0;
    for (int i = 0; i < 3000; ++i) {
        const Point p(x(random), y(random));
        const int expected = bruteIndexAt(m_district.cells, p);
        QCOMPARE(index.indexAt(p), expected);
        QCOMPARE(index.cellAt(p), expected < 0 ? QString() : m_district.cells[std::size_t(expected)].code);
        outside += expected < 0;
    }
    QVERIFY(outside > 100 && outside < 2900);
}

void TestCellIndex::cornersAndEdgesAreDeterministic()
{
    // Corners and edge midpoints are shared by up to four cells: the first one in the input wins.
    const CellIndex index(m_district.cells);
    for (std::size_t i = 0; i < m_district.cells.size(); i += 7) {
        const auto &ring = m_district.cells[i].shape.outer();
        for (std::size_t k = 0; k + 1 < ring.size(); ++k) {
            const Point corner = ring[k];
            const Point mid((ring[k].x() + ring[k + 1].x()) / 2, (ring[k].y() + ring[k + 1].y()) / 2);
            QCOMPARE(index.indexAt(corner), bruteIndexAt(m_district.cells, corner));
            QCOMPARE(index.indexAt(mid), bruteIndexAt(m_district.cells, mid));
            QVERIFY(index.indexAt(corner) <= int(i));
        }
        QCOMPARE(index.indexAt(m_district.cells[i].centroid), int(i));
    }
}

void TestCellIndex::boxesMatchBruteForce()
{
    const CellIndex index(m_district.cells);
    Box bounds;
    bg::envelope(m_district.outline, bounds);
    std::mt19937 random(11);
    std::uniform_real_distribution<double> x(bounds.min_corner().x(), bounds.max_corner().x());
    std::uniform_real_distribution<double> y(bounds.min_corner().y(), bounds.max_corner().y());
    std::uniform_real_distribution<double> size(0.0, 0.02);
    for (int i = 0; i < 200; ++i) {
        const Point a(x(random), y(random));
        const Box box(a, Point(a.x() + size(random), a.y() + size(random)));
        std::vector<int> expected;
        for (std::size_t c = 0; c < m_district.cells.size(); ++c) {
            if (bg::intersects(box, m_district.cells[c].shape))
                expected.push_back(int(c));
        }
        QCOMPARE(index.cellsIn(box), expected);
    }
    // The whole district.
    QCOMPARE(index.cellsIn(bounds).size(), m_district.cells.size());
}

void TestCellIndex::irregularShapes()
{
    // Two triangles splitting a square along its diagonal: their boxes both cover the whole
    // square, so only the exact test can tell them apart.
    Polygon lower, upper;
    lower.outer() = { { 0, 0 }, { 1, 1 }, { 1, 0 }, { 0, 0 } };
    upper.outer() = { { 0, 0 }, { 0, 1 }, { 1, 1 }, { 0, 0 } };
    const CellIndex index({ QStringLiteral("lower"), QStringLiteral("upper") }, { lower, upper });
    QCOMPARE(index.cellAt(Point(0.8, 0.2)), QStringLiteral("lower"));
    QCOMPARE(index.cellAt(Point(0.2, 0.8)), QStringLiteral("upper"));
    QCOMPARE(index.cellAt(Point(0.5, 0.5)), QStringLiteral("lower")); // on the shared edge: first wins
    QCOMPARE(index.cellAt(Point(1.5, 0.5)), QString());
    QCOMPARE(index.cellsIn(Box(Point(0.7, 0.1), Point(0.9, 0.3))), std::vector<int> { 0 });
    QCOMPARE(index.cellsIn(Box(Point(0.1, 0.7), Point(0.3, 0.9))), std::vector<int> { 1 });
    QCOMPARE(index.cellsIn(Box(Point(0.4, 0.4), Point(0.6, 0.6))), (std::vector<int> { 0, 1 }));
}

void TestCellIndex::emptyIndex()
{
    const CellIndex index;
    QCOMPARE(index.size(), std::size_t(0));
    QCOMPARE(index.indexAt(Point(121.3, 31.3)), -1);
    QVERIFY(index.cellsIn(Box(Point(0, 0), Point(200, 90))).empty());

    // Moving hands the tree over; the moved-from index answers "no cell" instead of crashing.
    CellIndex full(m_district.cells);
    const CellIndex taken(std::move(full));
    QCOMPARE(taken.indexAt(m_district.cells[3].centroid), 3);
    QCOMPARE(full.indexAt(m_district.cells[3].centroid), -1); // NOLINT(bugprone-use-after-move)
    QVERIFY(full.cellsIn(Box(Point(0, 0), Point(200, 90))).empty());
}

QTEST_GUILESS_MAIN(TestCellIndex)
#include "tst_cellindex.moc"
