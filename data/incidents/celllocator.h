// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>
#include <memory>
#include <optional>
#include <vector>

namespace dd::data {

class Database;

// A grid cell as the dispatch work needs it: where it is and who is responsible.
struct LocatedCell
{
    QString id;
    QString code;
    QString townId;
    QString communityId;
    QString squadId; // responsible squad (grid_cells.squad_id)
    double lon = 0; // centroid, in the layer's crs
    double lat = 0;
};

// Where a place named in an address is: the community or town it names and a point inside it.
struct AddressMatch
{
    QString matchedName; // the community or town name found in the address
    bool community = false; // false: only the town was recognised
    const LocatedCell *cell = nullptr; // the cell nearest the middle of the community / town
};

// Point → cell and address → community/town over the cells of the active grid layer (all layers if
// none is marked active), read once (R*-tree of grid::CellIndex). Immutable after load(); copies share the data; const methods may be
// called from several threads at once.
class CellLocator
{
public:
    CellLocator();
    static Result<CellLocator> load(const Database &db);

    bool isEmpty() const;
    QString crs() const; // the grid layers' coordinate reference, e.g. GCJ-02
    const LocatedCell *at(double lon, double lat) const; // null: outside every cell
    const LocatedCell *byId(const QString &cellId) const;
    const std::vector<LocatedCell> &cells() const;
    // The longest community name (without 居委会/村委会) found in the address, else a town name found
    // in the address or given as townHint. nullopt when neither is recognised.
    std::optional<AddressMatch> matchAddress(const QString &address, const QString &townHint = QString()) const;
    // Distance in metres between two points in lon/lat (equirectangular; fine within a district).
    static double metres(double lon1, double lat1, double lon2, double lat2);

private:
    struct Data;
    std::shared_ptr<const Data> d;
};

} // namespace dd::data
