// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/geometry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/equals.hpp>
#include <boost/geometry/algorithms/is_valid.hpp>
#include <cmath>
#include <numbers>

namespace bg = boost::geometry;
using dd::grid::LocalProjection;
using dd::grid::MultiPolygon;
using dd::grid::Point;
using dd::grid::Polygon;

namespace {

// A square with a square hole and a second, triangular polygon; Boost orientation (clockwise).
MultiPolygon sample()
{
    Polygon square;
    square.outer() = { { 121.2, 31.3 }, { 121.2, 31.4 }, { 121.3, 31.4 }, { 121.3, 31.3 }, { 121.2, 31.3 } };
    square.inners().push_back(
        { { 121.22, 31.32 }, { 121.25, 31.32 }, { 121.25, 31.35 }, { 121.22, 31.35 }, { 121.22, 31.32 } });
    Polygon triangle;
    triangle.outer() = { { 121.4, 31.3 }, { 121.45, 31.3123456 }, { 121.5, 31.3 }, { 121.4, 31.3 } };
    return { square, triangle };
}

double haversineMetres(Point a, Point b)
{
    constexpr double r = 6371008.8;
    const double rad = std::numbers::pi / 180.0;
    const double dLat = (b.y() - a.y()) * rad;
    const double dLon = (b.x() - a.x()) * rad;
    const double h = std::sin(dLat / 2) * std::sin(dLat / 2)
        + std::cos(a.y() * rad) * std::cos(b.y() * rad) * std::sin(dLon / 2) * std::sin(dLon / 2);
    return 2 * r * std::asin(std::sqrt(h));
}

// Signed area of a GeoJSON ring as written: positive for counter-clockwise.
double signedArea(const QJsonArray &ring)
{
    double sum = 0;
    for (qsizetype i = 0; i + 1 < ring.size(); ++i) {
        const QJsonArray a = ring[i].toArray();
        const QJsonArray b = ring[i + 1].toArray();
        sum += a[0].toDouble() * b[1].toDouble() - b[0].toDouble() * a[1].toDouble();
    }
    return sum / 2;
}

} // namespace

class TestGeometry : public QObject
{
    Q_OBJECT

private slots:
    void geoJsonRoundTrip();
    void geoJsonEmpty();
    void geoJsonFollowsRfc7946Orientation();
    void geoJsonAcceptsPolygonInEitherOrientation();
    void geoJsonRejects_data();
    void geoJsonRejects();
    void projectionRoundTrip_data();
    void projectionRoundTrip();
    void projectionDistances_data();
    void projectionDistances();
};

void TestGeometry::geoJsonRoundTrip()
{
    const MultiPolygon shape = sample();
    QVERIFY(bg::is_valid(shape));
    const QByteArray json = dd::grid::toGeoJsonGeometry(shape);
    QVERIFY(json.startsWith(R"({"type":"MultiPolygon","coordinates":[[[[)"));
    QVERIFY2(!json.contains(' ') && !json.contains('\n'), json.constData()); // compact
    QVERIFY2(json.contains("31.3123456") && !json.contains("121.2000000"), json.constData()); // 7 decimals, trimmed

    MultiPolygon back;
    QString error;
    QVERIFY2(dd::grid::fromGeoJsonGeometry(json, &back, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(back.size(), shape.size());
    QCOMPARE(back[0].inners().size(), std::size_t(1));
    QVERIFY(bg::equals(back, shape));
    QCOMPARE(bg::area(back), bg::area(shape));
    // Writing again gives the same bytes: nothing drifts.
    QCOMPARE(dd::grid::toGeoJsonGeometry(back), json);
}

void TestGeometry::geoJsonEmpty()
{
    const QByteArray json = dd::grid::toGeoJsonGeometry(MultiPolygon());
    QCOMPARE(json, QByteArray(R"({"type":"MultiPolygon","coordinates":[]})"));
    MultiPolygon back = sample();
    QString error;
    QVERIFY2(dd::grid::fromGeoJsonGeometry(json, &back, &error), qPrintable(error));
    QVERIFY(back.empty());
}

void TestGeometry::geoJsonFollowsRfc7946Orientation()
{
    const QJsonObject object = QJsonDocument::fromJson(dd::grid::toGeoJsonGeometry(sample())).object();
    const QJsonArray polygons = object.value(QStringLiteral("coordinates")).toArray();
    const QJsonArray square = polygons[0].toArray();
    QVERIFY(signedArea(square[0].toArray()) > 0); // exterior counter-clockwise
    QVERIFY(signedArea(square[1].toArray()) < 0); // hole clockwise
    QVERIFY(signedArea(polygons[1].toArray()[0].toArray()) > 0);
}

void TestGeometry::geoJsonAcceptsPolygonInEitherOrientation()
{
    const QByteArray ccw = R"({"type":"Polygon","coordinates":[[[0,0],[2,0],[2,1],[0,1],[0,0]]]})";
    const QByteArray cw = R"({"type":"Polygon","coordinates":[[[0,0],[0,1],[2,1],[2,0],[0,0]]]})";
    MultiPolygon a, b;
    QString error;
    QVERIFY2(dd::grid::fromGeoJsonGeometry(ccw, &a, &error), qPrintable(error));
    QVERIFY2(dd::grid::fromGeoJsonGeometry(cw, &b, &error), qPrintable(error));
    QCOMPARE(a.size(), std::size_t(1));
    QCOMPARE(bg::area(a), 2.0); // positive: stored clockwise
    QVERIFY(bg::equals(a, b));
    QVERIFY(bg::is_valid(a));
}

void TestGeometry::geoJsonRejects_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not json") << QByteArray("{\"type\":") << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("not a JSON object");
    QTest::newRow("point") << QByteArray(R"({"type":"Point","coordinates":[1,2]})")
                           << QStringLiteral("\"Point\" is not supported");
    QTest::newRow("no coordinates") << QByteArray(R"({"type":"Polygon"})") << QStringLiteral("no \"coordinates\"");
    QTest::newRow("polygon without rings")
        << QByteArray(R"({"type":"Polygon","coordinates":[]})") << QStringLiteral("no exterior ring");
    QTest::newRow("ring too short") << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]})")
                                    << QStringLiteral("3 positions");
    QTest::newRow("ring not closed") << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1]]]})")
                                     << QStringLiteral("not closed");
    QTest::newRow("text coordinate") << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1,"0"],[1,1],[0,0]]]})")
                                     << QStringLiteral("two numbers");
    QTest::newRow("one-number position") << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1],[1,1],[0,0]]]})")
                                         << QStringLiteral("two numbers");
    QTest::newRow("multipolygon with bad member")
        << QByteArray(R"({"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]],[5]]})")
        << QStringLiteral("not an array of positions");
    QTest::newRow("bow tie") << QByteArray(R"({"type":"Polygon","coordinates":[[[0,0],[1,1],[1,0],[0,1],[0,0]]]})")
                             << QStringLiteral("not valid");
    QTest::newRow("hole outside") << QByteArray(
        R"({"type":"Polygon","coordinates":[[[0,0],[1,0],[1,1],[0,1],[0,0]],[[5,5],[6,5],[6,6],[5,5]]]})")
                                  << QStringLiteral("not valid");
    QTest::newRow("overlapping polygons") << QByteArray(
        R"({"type":"MultiPolygon","coordinates":[[[[0,0],[2,0],[2,2],[0,2],[0,0]]],[[[1,1],[3,1],[3,3],[1,3],[1,1]]]]})")
                                          << QStringLiteral("not valid");
}

void TestGeometry::geoJsonRejects()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, reason);
    MultiPolygon shape = sample();
    QString error;
    QVERIFY(!dd::grid::fromGeoJsonGeometry(json, &shape, &error));
    QVERIFY2(error.contains(reason), qPrintable(error));
    QVERIFY(bg::equals(shape, sample())); // left untouched on failure
    QVERIFY(!dd::grid::fromGeoJsonGeometry(json, &shape, nullptr)); // error is optional
}

void TestGeometry::projectionRoundTrip_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("origin") << 121.2576 << 31.3584;
    QTest::newRow("anting") << 121.165 << 31.295;
    QTest::newRow("huating") << 121.260 << 31.470;
    QTest::newRow("30 km away") << 121.6 << 31.1;
}

void TestGeometry::projectionRoundTrip()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    const LocalProjection projection(Point(121.2576, 31.3584));
    const Point metres = projection.toMetres(Point(lon, lat));
    const Point back = projection.toLonLat(metres);
    QVERIFY(std::abs(back.x() - lon) < 1e-9);
    QVERIFY(std::abs(back.y() - lat) < 1e-9);
    // East and north are positive.
    QCOMPARE(metres.x() > 0, lon > 121.2576);
    QCOMPARE(metres.y() > 0, lat > 31.3584);
}

void TestGeometry::projectionDistances_data()
{
    QTest::addColumn<double>("lon");
    QTest::addColumn<double>("lat");
    QTest::newRow("10 km east") << 121.2576 + 0.105 << 31.3584;
    QTest::newRow("10 km north") << 121.2576 << 31.3584 + 0.09;
    QTest::newRow("diagonal to nanxiang") << 121.318 << 31.300;
    QTest::newRow("diagonal to huating") << 121.260 << 31.470;
    QTest::newRow("25 km south-east") << 121.43 << 31.20;
}

void TestGeometry::projectionDistances()
{
    QFETCH(double, lon);
    QFETCH(double, lat);
    const Point origin(121.2576, 31.3584);
    const LocalProjection projection(origin);
    QCOMPARE(projection.origin().x(), origin.x());
    const Point metres = projection.toMetres(Point(lon, lat));
    const double planar = std::hypot(metres.x(), metres.y());
    const double sphere = haversineMetres(origin, Point(lon, lat));
    // The sphere itself is ~0.3% off the ellipsoid here, so 0.6% says "well under 1%" of the truth.
    QVERIFY2(std::abs(planar - sphere) / sphere < 0.006,
             qPrintable(QStringLiteral("planar %1 m, great circle %2 m").arg(planar).arg(sphere)));
}

QTEST_GUILESS_MAIN(TestGeometry)
#include "tst_geometry.moc"
