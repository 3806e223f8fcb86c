// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>
#include <vector>

namespace dd::data {

class Database;

struct TownSummary
{
    QString code; // 9-digit statistical code, e.g. 310114102
    QString name; // e.g. 南翔镇
    int communityCount = 0;
    int cellCount = 0;
};

struct SquadSummary
{
    QString code;
    QString name;
    QString townCode; // empty for the bureau's own squads
    int officerCount = 0; // active officers
};

struct DistrictSummary
{
    QString code; // 310114
    QString name; // 嘉定区
    bool schematicGeometry = false; // true for the generated demo geometry (示意)
    QString crs; // coordinate reference of the grid layer, e.g. GCJ-02
    int cellCount = 0;
    int officerCount = 0;
    std::vector<TownSummary> towns; // ordered by code
    std::vector<SquadSummary> squads; // ordered by code
};

// Read-only queries about the district as a whole. Stateless; cheap to construct per call.
// summary(): an empty store gives an empty summary (not an error); failures are SQL errors only.
// cellCount, crs and schematicGeometry describe the layer holding most cells; officer counts are
// active officers.
class DistrictRepository
{
public:
    explicit DistrictRepository(const Database &db);
    Result<DistrictSummary> summary() const;

private:
    const Database &m_db;
};

} // namespace dd::data
