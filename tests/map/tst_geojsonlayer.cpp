// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing grid layer files: a good file round-trips; every kind of fault is found with the
// feature's index and a reason; the whole file is refused when it cannot be used at all.
#include "grid/geojsonlayer.h"

#include <QTest>

using namespace dd::grid;

namespace {

// A 100 m-ish square as a GeoJSON polygon (counter-clockwise, closed) at (lon, lat).
QByteArray square(double lon, double lat, double size = 0.001)
{
    return QStringLiteral("{\"type\":\"Polygon\",\"coordinates\":[[[%1,%2],[%3,%2],[%3,%4],[%1,%4],[%1,%2]]]}")
        .arg(lon, 0, 'f', 6)
        .arg(lat, 0, 'f', 6)
        .arg(lon + size, 0, 'f', 6)
        .arg(lat + size, 0, 'f', 6)
        .toLatin1();
}

QByteArray feature(const QByteArray &properties, const QByteArray &geometry)
{
    return "{\"type\":\"Feature\",\"properties\":" + properties + ",\"geometry\":" + geometry + "}";
}

QByteArray cell(const char *code, const char *parent, const QByteArray &geometry)
{
    return feature(QByteArray("{\"code\":\"") + code + "\",\"parent\":\"" + parent + "\"}", geometry);
}

QByteArray collection(const QList<QByteArray> &features, const QByteArray &crs = "GCJ-02")
{
    QByteArray out = "{\"type\":\"FeatureCollection\",\"name\":\"test\"";
    if (!crs.isEmpty())
        out += ",\"crs\":{\"type\":\"name\",\"properties\":{\"name\":\"" + crs + "\"}}";
    out += ",\"features\":[";
    for (int i = 0; i < features.size(); ++i)
        out += (i ? "," : "") + features[i];
    return out + "]}";
}

// A town 310114102 covering [121.30, 121.31] × [31.30, 31.31] and two cells inside it.
QList<QByteArray> goodFeatures()
{
    return { feature(R"({"code":"310114102","level":"town","name":"南翔镇"})", square(121.30, 31.30, 0.01)),
             cell("310114102001001", "310114102001", square(121.300, 31.300)),
             cell("310114102001002", "310114102001", square(121.301, 31.300)) };
}

LayerReadOptions gcj()
{
    LayerReadOptions o;
    o.expectedCrs = QStringLiteral("GCJ-02");
    return o;
}

} // namespace

class TestGeoJsonLayer : public QObject
{
    Q_OBJECT

private slots:
    void goodFileRoundTrips()
    {
        const GeoJsonLayer layer = readGeoJsonLayer(collection(goodFeatures()), gcj());
        QVERIFY2(layer.isValid(), qPrintable(layer.fatal + (layer.faults.empty() ? QString() : layer.faults[0].toString())));
        QCOMPARE(layer.featureCount, 3);
        QCOMPARE(layer.cellCount(), 2);
        QCOMPARE(layer.crs, QStringLiteral("GCJ-02"));
        QCOMPARE(layer.features[0].level, FeatureLevel::Town);
        QCOMPARE(layer.features[0].name, QStringLiteral("南翔镇"));
        QCOMPARE(layer.features[1].townCode(), QStringLiteral("310114102"));

        const QByteArray written = writeGeoJsonLayer(QStringLiteral("again"), layer.crs, layer.features);
        const GeoJsonLayer again = readGeoJsonLayer(written, gcj());
        QVERIFY(again.isValid());
        QCOMPARE(again.name, QStringLiteral("again"));
        QCOMPARE(again.features.size(), layer.features.size());
        for (std::size_t i = 0; i < layer.features.size(); ++i) {
            QCOMPARE(again.features[i].code, layer.features[i].code);
            QCOMPARE(again.features[i].parent, layer.features[i].parent);
            QCOMPARE(toGeoJsonGeometry(again.features[i].shape), toGeoJsonGeometry(layer.features[i].shape));
        }
    }

    void crsSpellings_data()
    {
        QTest::addColumn<QString>("written");
        QTest::addColumn<QString>("normal");
        QTest::newRow("epsg") << "EPSG:4326" << "WGS84";
        QTest::newRow("urn") << "urn:ogc:def:crs:OGC:1.3:CRS84" << "WGS84";
        QTest::newRow("spaced") << "WGS 84" << "WGS84";
        QTest::newRow("gcj") << "gcj02" << "GCJ-02";
        QTest::newRow("cgcs") << "EPSG:4490" << "CGCS2000";
        QTest::newRow("other") << "Beijing 1954" << "Beijing 1954";
    }
    void crsSpellings()
    {
        QFETCH(QString, written);
        QFETCH(QString, normal);
        QCOMPARE(normaliseCrs(written), normal);
    }

    // Faults of single features: the index and the reason, and the other features still read.
    void featureFaults_data()
    {
        QTest::addColumn<QByteArray>("bad");
        QTest::addColumn<QString>("reason");
        QTest::newRow("point") << cell("310114102001003", "310114102001", R"({"type":"Point","coordinates":[121.3,31.3]})")
                               << "Point";
        QTest::newRow("linestring")
            << cell("310114102001003", "310114102001", R"({"type":"LineString","coordinates":[[121.3,31.3],[121.301,31.3]]})")
            << "LineString";
        QTest::newRow("self-intersecting")
            << cell("310114102001003", "310114102001",
                    R"({"type":"Polygon","coordinates":[[[121.302,31.302],[121.303,31.303],[121.303,31.302],[121.302,31.303],[121.302,31.302]]]})")
            << "self-intersection";
        QTest::newRow("unclosed")
            << cell("310114102001003", "310114102001",
                    R"({"type":"Polygon","coordinates":[[[121.302,31.302],[121.303,31.302],[121.303,31.303],[121.302,31.303]]]})")
            << "not closed";
        QTest::newRow("duplicate") << cell("310114102001001", "310114102001", square(121.305, 31.305))
                                   << "used by feature 1";
        QTest::newRow("outside town") << cell("310114102001003", "310114102001", square(121.309, 31.305, 0.003))
                                      << "outside its town 310114102";
        QTest::newRow("numeric code")
            << feature(R"({"code":310114102001003,"parent":"310114102001"})", square(121.305, 31.305)) << "number";
        QTest::newRow("short code") << cell("31011410200103", "310114102001", square(121.305, 31.305)) << "14";
        QTest::newRow("no parent") << feature(R"({"code":"310114102001003"})", square(121.305, 31.305)) << "parent";
        QTest::newRow("wrong parent") << cell("310114102001003", "310114103001", square(121.305, 31.305))
                                      << "does not start with";
        QTest::newRow("no geometry") << feature(R"({"code":"310114102001003","parent":"310114102001"})", "null")
                                     << "no geometry";
        QTest::newRow("projected") << cell("310114102001003", "310114102001", square(500000, 3460000, 100))
                                   << "longitude/latitude";
        QTest::newRow("unknown kind")
            << feature(R"({"code":"310114102001003","parent":"310114102001","kind":"forest"})", square(121.305, 31.305))
            << "forest";
    }
    void featureFaults()
    {
        QFETCH(QByteArray, bad);
        QFETCH(QString, reason);
        QList<QByteArray> features = goodFeatures();
        features.append(bad); // index 3
        const GeoJsonLayer layer = readGeoJsonLayer(collection(features), gcj());
        QVERIFY(layer.fatal.isEmpty());
        QVERIFY(!layer.isValid());
        QCOMPARE(int(layer.faults.size()), 1);
        QCOMPARE(layer.faults[0].index, 3);
        QVERIFY2(layer.faults[0].reason.contains(reason, Qt::CaseInsensitive), qPrintable(layer.faults[0].reason));
        QVERIFY(layer.faults[0].toString().startsWith(QStringLiteral("feature 3")));
        QCOMPARE(layer.features.size(), std::size_t(3)); // the valid ones, for a valid-only import
    }

    // Faults of the whole file: nothing usable.
    void fileFaults_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("{\"type\":\"FeatureCollection\",\n\"features\":[\n{,]}") << "line 3";
        QTest::newRow("not a collection") << square(121.3, 31.3) << "FeatureCollection";
        QTest::newRow("no features") << QByteArray(R"({"type":"FeatureCollection"})") << "features";
        QTest::newRow("crs mismatch") << collection(goodFeatures(), "EPSG:4326") << "WGS84";
        QTest::newRow("crs missing") << collection(goodFeatures(), "") << "none declared";
    }
    void fileFaults()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const GeoJsonLayer layer = readGeoJsonLayer(json, gcj());
        QVERIFY(!layer.fatal.isEmpty());
        QVERIFY2(layer.fatal.contains(reason), qPrintable(layer.fatal));
        QVERIFY(layer.features.empty());
    }

    void knownTownsAreUsedWhenTheFileHasNone()
    {
        MultiPolygon town;
        QString error;
        QVERIFY(fromGeoJsonGeometry(square(121.30, 31.30, 0.01), &town, &error));
        LayerReadOptions options = gcj();
        options.knownTowns.insert(QStringLiteral("310114102"), town);
        const GeoJsonLayer inside
            = readGeoJsonLayer(collection({ cell("310114102001001", "310114102001", square(121.300, 31.300)) }), options);
        QVERIFY(inside.isValid());
        const GeoJsonLayer outside
            = readGeoJsonLayer(collection({ cell("310114102001001", "310114102001", square(121.400, 31.300)) }), options);
        QCOMPARE(int(outside.faults.size()), 1);
        QVERIFY(outside.faults[0].reason.contains(QStringLiteral("outside")));
    }

    void otherCodeLengthsByConfiguration()
    {
        const QByteArray json = collection({ cell("31011410200100001", "310114102001", square(121.300, 31.300)) });
        QVERIFY(!readGeoJsonLayer(json, gcj()).isValid());
        LayerReadOptions options = gcj();
        options.codeRule.setAllowedLengths({ 15, 17 });
        QVERIFY(readGeoJsonLayer(json, options).isValid());
    }
};

QTEST_GUILESS_MAIN(TestGeoJsonLayer)
#include "tst_geojsonlayer.moc"
