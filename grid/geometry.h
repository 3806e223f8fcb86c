// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <boost/geometry/geometries/multi_polygon.hpp>
#include <boost/geometry/geometries/point_xy.hpp>
#include <boost/geometry/geometries/polygon.hpp>

namespace dd::grid {

// Coordinates are (x = longitude, y = latitude) in degrees in the layer's coordinate reference
// (the demo uses GCJ-02), or (x = east, y = north) in metres in a LocalProjection. Rings are
// clockwise and closed (Boost.Geometry's default polygon model).
using Point = boost::geometry::model::d2::point_xy<double>;
using Polygon = boost::geometry::model::polygon<Point>;
using MultiPolygon = boost::geometry::model::multi_polygon<Polygon>;

// GeoJSON "geometry" objects ({"type":"MultiPolygon","coordinates":…}), compact, with 7 decimals
// (about 1 cm). GeoJSON rings are counter-clockwise exteriors; conversion handles orientation.
QByteArray toGeoJsonGeometry(const MultiPolygon &shape);
// Accepts Polygon or MultiPolygon; on failure returns false and sets *error to the reason.
bool fromGeoJsonGeometry(const QByteArray &json, MultiPolygon *shape, QString *error);

// An equirectangular projection around an origin, accurate to well under 1% over a district
// (< 60 km): for drawing and distances in metres.
class LocalProjection
{
public:
    LocalProjection() = default;
    explicit LocalProjection(Point originLonLat);
    Point toMetres(Point lonLat) const;
    Point toLonLat(Point metres) const;
    Point origin() const { return m_origin; }

private:
    Point m_origin{0.0, 0.0};
    double m_metresPerDegreeLon = 111320.0;
    double m_metresPerDegreeLat = 110574.0;
};

} // namespace dd::grid
