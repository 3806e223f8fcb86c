// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/geometry.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <boost/geometry/algorithms/correct.hpp>
#include <boost/geometry/algorithms/equals.hpp>
#include <boost/geometry/algorithms/is_valid.hpp>
#include <cmath>
#include <numbers>
#include <string>

namespace bg = boost::geometry;

namespace dd::grid {

namespace {

// 7 decimals of a degree is about 1 cm; trailing zeros are dropped to keep layers compact.
void appendNumber(QByteArray &out, double value)
{
    QByteArray text = QByteArray::number(value, 'f', 7);
    if (text.contains('.')) {
        while (text.endsWith('0'))
            text.chop(1);
        if (text.endsWith('.'))
            text.chop(1);
    }
    if (text == "-0")
        text = "0";
    out += text;
}

// GeoJSON (RFC 7946) wants counter-clockwise exteriors and clockwise holes: the opposite of the
// Boost model used in memory, so every ring is written in reverse.
void appendRing(QByteArray &out, const Polygon::ring_type &ring)
{
    out += '[';
    bool first = true;
    auto appendPoint = [&](const Point &p) {
        if (!first)
            out += ',';
        first = false;
        out += '[';
        appendNumber(out, p.x());
        out += ',';
        appendNumber(out, p.y());
        out += ']';
    };
    if (!ring.empty()) {
        const bool closed = bg::equals(ring.front(), ring.back());
        if (!closed)
            appendPoint(ring.front());
        for (auto it = ring.rbegin(); it != ring.rend(); ++it)
            appendPoint(*it);
    }
    out += ']';
}

bool setError(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool readRing(const QJsonValue &value, Polygon::ring_type *ring, QString *error)
{
    if (!value.isArray())
        return setError(error, QCoreApplication::translate("dd::grid", "A linear ring is not an array of positions."));
    const QJsonArray positions = value.toArray();
    if (positions.size() < 4)
        return setError(
            error,
            QCoreApplication::translate("dd::grid", "A linear ring has %1 positions; at least 4 are required.")
                .arg(positions.size()));
    ring->clear();
    ring->reserve(static_cast<std::size_t>(positions.size()));
    for (const QJsonValue &position : positions) {
        const QJsonArray xy = position.toArray();
        if (!position.isArray() || xy.size() < 2 || !xy.at(0).isDouble() || !xy.at(1).isDouble())
            return setError(
                error, QCoreApplication::translate("dd::grid", "A position is not an array of at least two numbers."));
        const double x = xy.at(0).toDouble();
        const double y = xy.at(1).toDouble();
        if (!std::isfinite(x) || !std::isfinite(y))
            return setError(error,
                            QCoreApplication::translate("dd::grid", "A position holds a number that is not finite."));
        ring->push_back(Point(x, y));
    }
    if (!bg::equals(ring->front(), ring->back()))
        return setError(error,
                        QCoreApplication::translate(
                            "dd::grid", "A linear ring is not closed: its first and last positions differ."));
    return true;
}

bool readPolygon(const QJsonValue &value, Polygon *polygon, QString *error)
{
    if (!value.isArray())
        return setError(error, QCoreApplication::translate("dd::grid", "A polygon is not an array of linear rings."));
    const QJsonArray rings = value.toArray();
    if (rings.isEmpty())
        return setError(error, QCoreApplication::translate("dd::grid", "A polygon has no exterior ring."));
    polygon->clear();
    for (qsizetype i = 0; i < rings.size(); ++i) {
        Polygon::ring_type ring;
        if (!readRing(rings.at(i), &ring, error))
            return false;
        if (i == 0)
            polygon->outer() = std::move(ring);
        else
            polygon->inners().push_back(std::move(ring));
    }
    return true;
}

} // namespace

QByteArray toGeoJsonGeometry(const MultiPolygon &shape)
{
    QByteArray out;
    out += R"({"type":"MultiPolygon","coordinates":[)";
    for (std::size_t p = 0; p < shape.size(); ++p) {
        if (p > 0)
            out += ',';
        out += '[';
        appendRing(out, shape[p].outer());
        for (const auto &inner : shape[p].inners()) {
            out += ',';
            appendRing(out, inner);
        }
        out += ']';
    }
    out += "]}";
    return out;
}

bool fromGeoJsonGeometry(const QByteArray &json, MultiPolygon *shape, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setError(error,
                        QCoreApplication::translate("dd::grid", "The geometry is not valid JSON: %1 (at offset %2).")
                            .arg(parseError.errorString())
                            .arg(parseError.offset));
    if (!document.isObject())
        return setError(error, QCoreApplication::translate("dd::grid", "The geometry is not a JSON object."));
    const QJsonObject object = document.object();
    const QString type = object.value(QLatin1String("type")).toString();
    const QJsonValue coordinates = object.value(QLatin1String("coordinates"));
    if (!coordinates.isArray())
        return setError(error, QCoreApplication::translate("dd::grid", "The geometry has no \"coordinates\" array."));

    MultiPolygon result;
    if (type == QLatin1String("Polygon")) {
        Polygon polygon;
        if (!readPolygon(coordinates, &polygon, error))
            return false;
        result.push_back(std::move(polygon));
    } else if (type == QLatin1String("MultiPolygon")) {
        const QJsonArray polygons = coordinates.toArray();
        for (const QJsonValue &value : polygons) {
            Polygon polygon;
            if (!readPolygon(value, &polygon, error))
                return false;
            result.push_back(std::move(polygon));
        }
    } else {
        return setError(error,
                        QCoreApplication::translate(
                            "dd::grid", "The geometry type \"%1\" is not supported; expected Polygon or MultiPolygon.")
                            .arg(type));
    }

    // RFC 7946 asks parsers not to reject rings for their winding, so orientation is repaired;
    // anything else that is wrong (self-intersections, holes outside) is rejected.
    bg::correct(result);
    std::string reason;
    if (!bg::is_valid(result, reason))
        return setError(error,
                        QCoreApplication::translate("dd::grid", "The geometry is not valid: %1")
                            .arg(QString::fromStdString(reason)));
    *shape = std::move(result);
    return true;
}

LocalProjection::LocalProjection(Point originLonLat)
    : m_origin(originLonLat)
{
    // Lengths of a degree on the WGS 84 ellipsoid at the origin's latitude (GCJ-02 differs from
    // WGS 84 by a few hundred metres of offset, which does not change the scale).
    const double phi = originLonLat.y() * std::numbers::pi / 180.0;
    m_metresPerDegreeLat = 111132.954 - 559.822 * std::cos(2.0 * phi) + 1.175 * std::cos(4.0 * phi);
    m_metresPerDegreeLon = 111412.84 * std::cos(phi) - 93.5 * std::cos(3.0 * phi) + 0.118 * std::cos(5.0 * phi);
}

Point LocalProjection::toMetres(Point lonLat) const
{
    return Point((lonLat.x() - m_origin.x()) * m_metresPerDegreeLon,
                 (lonLat.y() - m_origin.y()) * m_metresPerDegreeLat);
}

Point LocalProjection::toLonLat(Point metres) const
{
    return Point(m_origin.x() + metres.x() / m_metresPerDegreeLon, m_origin.y() + metres.y() / m_metresPerDegreeLat);
}

} // namespace dd::grid
