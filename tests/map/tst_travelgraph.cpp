// SPDX-License-Identifier: GPL-3.0-or-later
// The cell adjacency graph and travel times on small hand-made grids whose answers are known by hand.
#include "grid/geometry.h"
#include "grid/travelgraph.h"

#include <QTest>
#include <cmath>

using namespace dd::grid;

namespace {

// A square cell of `size` metres with its south-west corner at (east, north) metres from an origin
// near Jiading, as lon/lat (clockwise, closed: Boost's model).
Polygon square(const LocalProjection &p, double east, double north, double size)
{
    Polygon shape;
    const Point sw = p.toLonLat(Point(east, north));
    const Point nw = p.toLonLat(Point(east, north + size));
    const Point ne = p.toLonLat(Point(east + size, north + size));
    const Point se = p.toLonLat(Point(east + size, north));
    shape.outer() = { sw, nw, ne, se, sw };
    return shape;
}

const LocalProjection kProjection(Point(121.25, 31.35));

// A 3 × 3 block of 100 m cells "r<row>c<col>", optionally without the middle one.
std::vector<TravelCell> block(bool withMiddle)
{
    std::vector<TravelCell> cells;
    for (int r = 0; r < 3; ++r) {
        for (int c = 0; c < 3; ++c) {
            if (!withMiddle && r == 1 && c == 1)
                continue;
            cells.push_back({ QStringLiteral("r%1c%2").arg(r).arg(c), square(kProjection, c * 100.0, r * 100.0, 100.0),
                              CellKind::Suburban });
        }
    }
    return cells;
}

// Walking 4.5 km/h = 75 m/min, detour 1.25.
double walk(double metres)
{
    return metres * 1.25 / 75.0;
}

} // namespace

class TestTravelGraph : public QObject
{
    Q_OBJECT

private slots:
    void adjacencyIncludesCorners()
    {
        const TravelGraph g(block(true), TravelMode::Walking);
        QCOMPARE(g.size(), std::size_t(9));
        // Middle: all 8 around; corner: 3; edge middle: 5. 3×3 queen graph has 20 edges.
        QCOMPARE(g.neighbours(g.indexOf(QStringLiteral("r1c1"))).size(), std::size_t(8));
        QCOMPARE(g.neighbours(g.indexOf(QStringLiteral("r0c0"))).size(), std::size_t(3));
        QCOMPARE(g.neighbours(g.indexOf(QStringLiteral("r0c1"))).size(), std::size_t(5));
        QCOMPARE(g.edgeCount(), std::size_t(20));
    }

    void travelTimesByHand()
    {
        const TravelGraph g(block(true), TravelMode::Walking);
        QCOMPARE(g.minutes(QStringLiteral("r0c0"), QStringLiteral("r0c0")), 0.0);
        QVERIFY(std::abs(g.minutes(QStringLiteral("r0c0"), QStringLiteral("r0c1")) - walk(100)) < 1e-3);
        QVERIFY(std::abs(g.minutes(QStringLiteral("r0c0"), QStringLiteral("r1c1")) - walk(100 * std::sqrt(2.0))) < 1e-3);
        // Two diagonal steps through the middle.
        QVERIFY(std::abs(g.minutes(QStringLiteral("r0c0"), QStringLiteral("r2c2")) - walk(200 * std::sqrt(2.0))) < 1e-3);
        // Symmetric, and one-to-all agrees with one-to-one.
        const std::vector<double> all = g.minutesFrom(QStringLiteral("r2c2"));
        for (std::size_t i = 0; i < g.size(); ++i) {
            QVERIFY(std::abs(all[i] - g.minutes(g.id(int(i)), QStringLiteral("r2c2"))) < 1e-9);
            QVERIFY(std::abs(all[i] - g.minutes(QStringLiteral("r2c2"), g.id(int(i)))) < 1e-9);
        }
    }

    void holeForcesDetour()
    {
        const TravelGraph g(block(false), TravelMode::Walking);
        QCOMPARE(g.size(), std::size_t(8));
        // r0c0 → r1c0 (100) → r2c1 (diagonal 141) → r2c2 (100).
        const double expected = walk(200 + 100 * std::sqrt(2.0));
        QVERIFY2(std::abs(g.minutes(QStringLiteral("r0c0"), QStringLiteral("r2c2")) - expected) < 1e-3,
                 qPrintable(QString::number(g.minutes(QStringLiteral("r0c0"), QStringLiteral("r2c2")))));
        QCOMPARE(g.indexOf(QStringLiteral("r1c1")), -1);
        QVERIFY(std::isinf(g.minutes(QStringLiteral("r0c0"), QStringLiteral("r1c1"))));
    }

    void islandsAreUnreachable()
    {
        std::vector<TravelCell> cells = block(true);
        cells.push_back({ QStringLiteral("island"), square(kProjection, 1000, 1000, 100), CellKind::Rural });
        const TravelGraph g(cells, TravelMode::Walking);
        QVERIFY(g.neighbours(g.indexOf(QStringLiteral("island"))).empty());
        QVERIFY(std::isinf(g.minutes(QStringLiteral("r0c0"), QStringLiteral("island"))));
        QVERIFY(std::isinf(g.minutesFrom(QStringLiteral("island"))[0]));
        QCOMPARE(g.minutesFrom(QStringLiteral("island")).back(), 0.0);
    }

    void hairlineGapStillTouches()
    {
        // Two cells digitised with a 2 cm gap are neighbours; 20 m apart they are not.
        std::vector<TravelCell> near = { { QStringLiteral("a"), square(kProjection, 0, 0, 100), CellKind::Urban },
                                         { QStringLiteral("b"), square(kProjection, 100.02, 0, 100), CellKind::Urban } };
        QCOMPARE(TravelGraph(near, TravelMode::Walking).edgeCount(), std::size_t(1));
        std::vector<TravelCell> far = { { QStringLiteral("a"), square(kProjection, 0, 0, 100), CellKind::Urban },
                                        { QStringLiteral("b"), square(kProjection, 120, 0, 100), CellKind::Urban } };
        QCOMPARE(TravelGraph(far, TravelMode::Walking).edgeCount(), std::size_t(0));
    }

    void drivingSpeedsByKind()
    {
        // Explicit adjacency: a line of three 400 m steps, urban → suburban → rural → rural.
        TravelSpeeds speeds;
        speeds.drivingKmh = { 12.0, 24.0, 48.0 }; // 200, 400, 800 m/min
        speeds.detourFactor = 1.0;
        const TravelGraph g({ QStringLiteral("u"), QStringLiteral("s"), QStringLiteral("r1"), QStringLiteral("r2") },
                            { Point(0, 0), Point(400, 0), Point(800, 0), Point(1200, 0) },
                            { CellKind::Urban, CellKind::Suburban, CellKind::Rural, CellKind::Rural },
                            { { 0, 1 }, { 1, 2 }, { 2, 3 }, { 3, 3 }, { 0, 9 } }, TravelMode::Driving, speeds);
        QCOMPARE(g.edgeCount(), std::size_t(3)); // the self-loop and the out-of-range pair are ignored
        // u→s: 200/200 + 200/400 = 1.5; s→r1: 200/400 + 200/800 = 0.75; r1→r2: 400/800 = 0.5.
        QVERIFY(std::abs(g.minutes(QStringLiteral("u"), QStringLiteral("s")) - 1.5) < 1e-9);
        QVERIFY(std::abs(g.minutes(QStringLiteral("u"), QStringLiteral("r2")) - 2.75) < 1e-9);
        // Walking on the same graph: 4.5 km/h everywhere.
        const TravelGraph w({ QStringLiteral("u"), QStringLiteral("s") }, { Point(0, 0), Point(400, 0) },
                            { CellKind::Urban, CellKind::Suburban }, { { 0, 1 } }, TravelMode::Walking, speeds);
        QVERIFY(std::abs(w.minutes(0, 1) - 400.0 / 75.0) < 1e-9);
    }

    void speedsValidated()
    {
        TravelSpeeds bad;
        bad.drivingKmh[1] = 0;
        QVERIFY(bad.validate().contains(QStringLiteral("suburban")));
        TravelSpeeds detour;
        detour.detourFactor = 0.5;
        QVERIFY(!detour.validate().isEmpty());
        QVERIFY(TravelSpeeds().validate().isEmpty());
        CellKind k = CellKind::Urban;
        QVERIFY(parseCellKind(QStringLiteral("rural"), &k));
        QCOMPARE(k, CellKind::Rural);
        QVERIFY(!parseCellKind(QStringLiteral("Rural "), &k));
    }

    void emptyGraph()
    {
        const TravelGraph g;
        QCOMPARE(g.size(), std::size_t(0));
        QVERIFY(std::isinf(g.minutes(0, 0)));
        QVERIFY(g.minutesFrom(0).empty());
        QCOMPARE(g.indexOf(QStringLiteral("x")), -1);
    }
};

QTEST_GUILESS_MAIN(TestTravelGraph)
#include "tst_travelgraph.moc"
