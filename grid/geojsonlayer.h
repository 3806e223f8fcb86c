// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "grid/cellcode.h"
#include "grid/geometry.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <vector>

namespace dd::grid {

// What a feature of a layer file is: a unit cell (the default) or a boundary drawn under the cells.
enum class FeatureLevel { Cell, District, Town, Community };
QString featureLevelKey(FeatureLevel level); // "cell", "district", "town", "community"

// One feature of a grid layer file: a GeoJSON Feature whose geometry is a Polygon or MultiPolygon
// and whose properties are
//   code   (required, text; a number is refused so that leading zeros cannot be lost),
//   name   (optional),
//   parent (a cell's community code, 12 digits, or its town code, 9 digits; required for cells),
//   level  (optional: "cell" (default), "district", "town", "community"),
//   kind   (optional, cells: "urban", "suburban", "rural"; see travelgraph.h).
struct LayerFeature
{
    int index = -1; // position in the file's "features" array, from 0
    FeatureLevel level = FeatureLevel::Cell;
    QString code;
    QString name;
    QString parent;
    QString kind; // empty = not given
    MultiPolygon shape; // lon/lat, Boost orientation (clockwise exteriors)

    // The 9-digit town code of a cell (from its parent), or of a town/community feature.
    QString townCode() const;
};

// A fault found in a file: the feature's index (-1 for the file itself), its code when known, and
// the reason in words (translated, context "dd::grid").
struct LayerFault
{
    int index = -1;
    QString code;
    QString reason;
    QString toString() const; // "feature 17 (310114102001003): the geometry is not valid: …"
};

struct LayerReadOptions
{
    CellCodeRule codeRule; // 15 digits by default
    // The coordinate reference the store expects (e.g. the district's GCJ-02); empty accepts any.
    // A file that declares none is WGS84 (RFC 7946).
    QString expectedCrs;
    // Town boundaries known beforehand (code → shape), used when the file carries none for a town.
    // Must be in the same coordinate reference as the file.
    QHash<QString, MultiPolygon> knownTowns;
};

// A parsed and checked layer file. features holds only the valid features (all of them when faults
// is empty); a caller that imports only valid features records faults (data/layers does, in the audit
// log). fatal is set when the file as a whole cannot be used (unreadable JSON, not a
// FeatureCollection, a coordinate reference mismatch): features is then empty.
struct GeoJsonLayer
{
    QString name; // the collection's "name" member, if any
    QString crs; // normalised: "WGS84", "GCJ-02", "BD-09", "CGCS2000", or as written
    int featureCount = 0; // features in the file
    std::vector<LayerFeature> features;
    std::vector<LayerFault> faults;
    QString fatal;

    bool isValid() const { return fatal.isEmpty() && faults.empty(); }
    int cellCount() const;
};

// Reads a FeatureCollection and checks every feature: geometry type (Polygon/MultiPolygon), closed
// rings and Boost.Geometry validity (self-intersections, spikes, holes outside: is_valid's reason),
// longitude/latitude ranges, code rule, duplicate codes (the later one is the fault), a cell's parent
// and a cell lying outside its town (more than 1% of its area outside the town's boundary from the
// file, or from knownTowns).
GeoJsonLayer readGeoJsonLayer(const QByteArray &json, const LayerReadOptions &options = {});

// Normalises the usual spellings of a coordinate reference: "EPSG:4326",
// "urn:ogc:def:crs:OGC:1.3:CRS84", "WGS 84" → "WGS84"; "gcj02" → "GCJ-02"; "EPSG:4490" → "CGCS2000"; …
QString normaliseCrs(const QString &crs);

// Writes a FeatureCollection (compact, 7 decimals) with a "crs" member naming crs (the 2008 GeoJSON
// form, which RFC 7946 readers ignore and GDAL honours) and the properties above.
QByteArray writeGeoJsonLayer(const QString &name, const QString &crs, const std::vector<LayerFeature> &features);

} // namespace dd::grid
