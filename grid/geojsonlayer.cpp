// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/geojsonlayer.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QSet>

#pragma GCC diagnostic ignored "-Wmaybe-uninitialized"
#include <boost/geometry/algorithms/area.hpp>
#include <boost/geometry/algorithms/covered_by.hpp>
#include <boost/geometry/algorithms/difference.hpp>
#include <boost/geometry/algorithms/intersects.hpp>
#include <boost/geometry/strategies/strategies.hpp>

namespace bg = boost::geometry;

namespace dd::grid {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::grid", text);
}

bool digits(const QString &text, int length)
{
    return text.size() == length && isAsciiDigits(text);
}

bool inLonLatRange(const MultiPolygon &shape)
{
    for (const Polygon &p : shape) {
        for (const Point &pt : p.outer()) {
            if (pt.x() < -180 || pt.x() > 180 || pt.y() < -90 || pt.y() > 90)
                return false;
        }
    }
    return true;
}

// More than this share of a cell's area outside its town is a fault; less is digitising noise.
constexpr double kOutsideTolerance = 0.01;

bool outside(const MultiPolygon &cell, const MultiPolygon &town)
{
    // Fast path: all corners of the cell in the town (a point test is linear in the town's vertices;
    // the areal covered_by is several times slower and dominated a 12,000-cell import). A town border
    // that dents a cell between two corners is caught only when a corner is outside too: accepted for
    // cells that are small against their town.
    bool cornersIn = true;
    for (const Polygon &p : cell) {
        for (const Point &pt : p.outer()) {
            if (!bg::covered_by(pt, town)) {
                cornersIn = false;
                break;
            }
        }
    }
    if (cornersIn)
        return false;
    MultiPolygon rest;
    bg::difference(cell, town, rest);
    const double whole = bg::area(cell);
    return whole > 0 && bg::area(rest) / whole > kOutsideTolerance;
}

bool ringSelfIntersects(const QJsonArray &positions)
{
    Polygon::ring_type ring;
    for (const QJsonValue &p : positions) {
        const QJsonArray xy = p.toArray();
        if (xy.size() < 2)
            return false;
        ring.push_back(Point(xy.at(0).toDouble(), xy.at(1).toDouble()));
    }
    return ring.size() >= 4 && bg::intersects(ring);
}

bool selfIntersecting(const QJsonObject &geometry)
{
    const QJsonArray coordinates = geometry.value(QLatin1String("coordinates")).toArray();
    const bool multi = geometry.value(QLatin1String("type")).toString() == QLatin1String("MultiPolygon");
    for (const QJsonValue &polygon : multi ? coordinates : QJsonArray { coordinates }) {
        for (const QJsonValue &ring : polygon.toArray()) {
            if (ringSelfIntersects(ring.toArray()))
                return true;
        }
    }
    return false;
}

} // namespace

QString featureLevelKey(FeatureLevel level)
{
    switch (level) {
    case FeatureLevel::Cell:
        return QStringLiteral("cell");
    case FeatureLevel::District:
        return QStringLiteral("district");
    case FeatureLevel::Town:
        return QStringLiteral("town");
    case FeatureLevel::Community:
        return QStringLiteral("community");
    }
    return {};
}

QString LayerFeature::townCode() const
{
    if (level == FeatureLevel::Cell)
        return parent.left(9);
    if (level == FeatureLevel::Town || level == FeatureLevel::Community)
        return code.left(9);
    return {};
}

QString LayerFault::toString() const
{
    if (index < 0)
        return reason;
    if (code.isEmpty())
        return QCoreApplication::translate("dd::grid", "feature %1: %2").arg(index).arg(reason);
    return QCoreApplication::translate("dd::grid", "feature %1 (%2): %3").arg(index).arg(code, reason);
}

int GeoJsonLayer::cellCount() const
{
    int n = 0;
    for (const LayerFeature &f : features)
        n += f.level == FeatureLevel::Cell;
    return n;
}

QString normaliseCrs(const QString &crs)
{
    const QString key = crs.trimmed().toUpper().remove(QLatin1Char(' ')).remove(QLatin1Char('_'));
    if (key.isEmpty())
        return {};
    if (key == QLatin1String("WGS84") || key == QLatin1String("EPSG:4326") || key.endsWith(QLatin1String("CRS84"))
        || key.endsWith(QLatin1String("EPSG::4326")))
        return QStringLiteral("WGS84");
    if (key == QLatin1String("GCJ-02") || key == QLatin1String("GCJ02"))
        return QStringLiteral("GCJ-02");
    if (key == QLatin1String("BD-09") || key == QLatin1String("BD09"))
        return QStringLiteral("BD-09");
    if (key == QLatin1String("CGCS2000") || key == QLatin1String("EPSG:4490") || key.endsWith(QLatin1String("EPSG::4490")))
        return QStringLiteral("CGCS2000");
    return crs.trimmed();
}

GeoJsonLayer readGeoJsonLayer(const QByteArray &json, const LayerReadOptions &options)
{
    GeoJsonLayer layer;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // The offset is in bytes; a line number is what a person can find in an editor.
        const int line = int(json.left(parseError.offset).count('\n')) + 1;
        layer.fatal = tr("line %1: not valid JSON: %2").arg(line).arg(parseError.errorString());
        return layer;
    }
    const QJsonObject root = document.object();
    if (!document.isObject() || root.value(QLatin1String("type")).toString() != QLatin1String("FeatureCollection")) {
        layer.fatal = tr("the file is not a GeoJSON FeatureCollection");
        return layer;
    }
    if (!root.value(QLatin1String("features")).isArray()) {
        layer.fatal = tr("the FeatureCollection has no \"features\" array");
        return layer;
    }
    layer.name = root.value(QLatin1String("name")).toString();
    const QJsonValue crsValue = root.value(QLatin1String("crs"));
    const QString declared = crsValue.isObject()
        ? crsValue.toObject().value(QLatin1String("properties")).toObject().value(QLatin1String("name")).toString()
        : crsValue.toString();
    layer.crs = declared.isEmpty() ? QStringLiteral("WGS84") : normaliseCrs(declared);
    const QString expected = normaliseCrs(options.expectedCrs);
    if (!expected.isEmpty() && layer.crs != expected) {
        layer.fatal = tr("the file's coordinate reference is %1 but the district's layers use %2; the coordinates "
                         "would land in the wrong place (convert the file, or import it with --crs %1 as a new "
                         "district layer)")
                          .arg(declared.isEmpty() ? tr("WGS84 (none declared, the GeoJSON default)") : layer.crs,
                               expected);
        return layer;
    }

    const QJsonArray features = root.value(QLatin1String("features")).toArray();
    layer.featureCount = int(features.size());
    std::vector<LayerFeature> parsed;
    parsed.reserve(std::size_t(features.size()));
    QHash<QString, int> firstIndex[4]; // per level: code → first feature index
    auto fault = [&](int index, const QString &code, const QString &reason) {
        layer.faults.push_back({ index, code, reason });
    };

    for (int i = 0; i < int(features.size()); ++i) {
        const QJsonObject f = features.at(i).toObject();
        if (!features.at(i).isObject() || f.value(QLatin1String("type")).toString() != QLatin1String("Feature")) {
            fault(i, {}, tr("not a GeoJSON Feature"));
            continue;
        }
        const QJsonObject props = f.value(QLatin1String("properties")).toObject();
        LayerFeature feature;
        feature.index = i;
        const QJsonValue codeValue = props.value(QLatin1String("code"));
        if (codeValue.isDouble()) {
            fault(i, QString::number(codeValue.toDouble(), 'f', 0),
                  tr("the code is a number; write it as text (\"…\") so that leading zeros and long codes survive"));
            continue;
        }
        feature.code = codeValue.toString().trimmed();
        feature.name = props.value(QLatin1String("name")).toString();
        feature.parent = props.value(QLatin1String("parent")).toString().trimmed();
        feature.kind = props.value(QLatin1String("kind")).toString();
        const QString level = props.value(QLatin1String("level")).toString(QStringLiteral("cell"));
        if (level == QLatin1String("cell"))
            feature.level = FeatureLevel::Cell;
        else if (level == QLatin1String("town"))
            feature.level = FeatureLevel::Town;
        else if (level == QLatin1String("community"))
            feature.level = FeatureLevel::Community;
        else if (level == QLatin1String("district"))
            feature.level = FeatureLevel::District;
        else {
            fault(i, feature.code, tr("unknown level \"%1\" (cell, town, community or district)").arg(level));
            continue;
        }
        if (feature.code.isEmpty()) {
            fault(i, {}, tr("the property \"code\" is missing"));
            continue;
        }
        // Codes.
        QString codeProblem;
        switch (feature.level) {
        case FeatureLevel::Cell:
            codeProblem = options.codeRule.validate(feature.code);
            if (codeProblem.isEmpty() && !digits(feature.parent, 12) && !digits(feature.parent, 9))
                codeProblem = feature.parent.isEmpty()
                    ? tr("the property \"parent\" (the community's 12-digit or the town's 9-digit code) is missing")
                    : tr("the parent \"%1\" is neither a 12-digit community code nor a 9-digit town code")
                          .arg(feature.parent);
            else if (codeProblem.isEmpty() && feature.code.size() == CellCodeRule::standardLength
                     && !feature.code.startsWith(feature.parent))
                codeProblem = tr("the code does not start with its parent's code %1").arg(feature.parent);
            if (codeProblem.isEmpty() && !feature.kind.isEmpty() && feature.kind != QLatin1String("urban")
                && feature.kind != QLatin1String("suburban") && feature.kind != QLatin1String("rural"))
                codeProblem = tr("unknown kind \"%1\" (urban, suburban or rural)").arg(feature.kind);
            break;
        case FeatureLevel::Town:
            if (!digits(feature.code, 9))
                codeProblem = tr("a town code has 9 digits");
            break;
        case FeatureLevel::Community:
            if (!digits(feature.code, 12))
                codeProblem = tr("a community code has 12 digits");
            break;
        case FeatureLevel::District:
            if (!digits(feature.code, 6))
                codeProblem = tr("a district code has 6 digits");
            break;
        }
        if (!codeProblem.isEmpty()) {
            fault(i, feature.code, codeProblem);
            continue;
        }
        // Geometry.
        const QJsonValue geometry = f.value(QLatin1String("geometry"));
        if (!geometry.isObject()) {
            fault(i, feature.code, tr("the feature has no geometry"));
            continue;
        }
        const QString type = geometry.toObject().value(QLatin1String("type")).toString();
        if (type != QLatin1String("Polygon") && type != QLatin1String("MultiPolygon")) {
            fault(i, feature.code, tr("the geometry is a %1; only Polygon and MultiPolygon are accepted").arg(type));
            continue;
        }
        QString reason;
        if (!fromGeoJsonGeometry(QJsonDocument(geometry.toObject()).toJson(QJsonDocument::Compact), &feature.shape,
                                 &reason)) {
            // A bow-tie ring has no orientation, so the orientation repair fails before Boost's validity
            // check can name the real fault: look for it here.
            if (selfIntersecting(geometry.toObject()))
                reason = tr("a ring intersects itself (self-intersection)");
            fault(i, feature.code, reason);
            continue;
        }
        if (!inLonLatRange(feature.shape)) {
            fault(i, feature.code,
                  tr("the coordinates are not longitude/latitude in degrees (projected coordinates are not supported)"));
            continue;
        }
        // Duplicates: the later feature is the fault, naming the first.
        auto &seen = firstIndex[int(feature.level)];
        if (const auto it = seen.constFind(feature.code); it != seen.cend()) {
            fault(i, feature.code, tr("the code is used by feature %1 already").arg(*it));
            continue;
        }
        seen.insert(feature.code, i);
        parsed.push_back(std::move(feature));
    }

    // A cell outside its town: against the file's own town boundary, else one known beforehand.
    QHash<QString, const MultiPolygon *> towns;
    for (auto it = options.knownTowns.cbegin(); it != options.knownTowns.cend(); ++it)
        towns.insert(it.key(), &it.value());
    for (const LayerFeature &f : parsed) {
        if (f.level == FeatureLevel::Town)
            towns.insert(f.code, &f.shape);
    }
    // Decided before anything is moved: the towns' shapes live in parsed.
    std::vector<char> keep(parsed.size(), 1);
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        const LayerFeature &f = parsed[i];
        if (f.level != FeatureLevel::Cell)
            continue;
        const MultiPolygon *town = towns.value(f.townCode(), nullptr);
        if (town && outside(f.shape, *town)) {
            fault(f.index, f.code, tr("the cell lies outside its town %1").arg(f.townCode()));
            keep[i] = 0;
        }
    }
    std::vector<LayerFeature> valid;
    valid.reserve(parsed.size());
    for (std::size_t i = 0; i < parsed.size(); ++i) {
        if (keep[i])
            valid.push_back(std::move(parsed[i]));
    }
    std::sort(layer.faults.begin(), layer.faults.end(),
              [](const LayerFault &a, const LayerFault &b) { return a.index < b.index; });
    layer.features = std::move(valid);
    return layer;
}

QByteArray writeGeoJsonLayer(const QString &name, const QString &crs, const std::vector<LayerFeature> &features)
{
    auto text = [](const QString &s) {
        return QJsonDocument(QJsonArray { s }).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    };
    QByteArray out;
    out.reserve(int(features.size()) * 400);
    out += R"({"type":"FeatureCollection","name":)" + text(name) + R"(,"crs":{"type":"name","properties":{"name":)"
        + text(crs) + "}},\"features\":[\n";
    for (std::size_t i = 0; i < features.size(); ++i) {
        const LayerFeature &f = features[i];
        out += R"({"type":"Feature","properties":{"code":)" + text(f.code);
        if (f.level != FeatureLevel::Cell)
            out += R"(,"level":)" + text(featureLevelKey(f.level));
        if (!f.name.isEmpty())
            out += R"(,"name":)" + text(f.name);
        if (!f.parent.isEmpty())
            out += R"(,"parent":)" + text(f.parent);
        if (!f.kind.isEmpty())
            out += R"(,"kind":)" + text(f.kind);
        out += R"(},"geometry":)" + toGeoJsonGeometry(f.shape) + '}';
        out += i + 1 < features.size() ? ",\n" : "\n";
    }
    out += "]}\n";
    return out;
}

} // namespace dd::grid
