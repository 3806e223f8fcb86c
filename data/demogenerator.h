// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QDate>
#include <QString>
#include <cstdint>

namespace dd::data {

class Database;

struct DemoOptions
{
    std::uint32_t seed = 1;
    double cellSizeMetres = 250.0;
    // The demo's "today": the rosters of the weeks before, of and after it are planned and published
    // (data/demo/demorosters.h). Invalid = the system clock's date in Asia/Shanghai.
    QDate today = QDate();
    // Plan and publish those rosters (dutydesk demo-db and the console's demo creator do; tests that
    // need a store without rosters keep the default).
    bool rosters = false;
};

struct DemoReport
{
    int towns = 0;
    int communities = 0;
    int squads = 0;
    int officers = 0;
    int cells = 0;
    int posts = 0;
    int patrolSectors = 0;
    int categories = 0;
    int calendarDays = 0;
    qint64 geometryMilliseconds = 0; // generating the schematic geometry
    qint64 writeMilliseconds = 0; // everything written to the store (one transaction)
    int rosters = 0; // published roster versions (three weeks per squad)
    qint64 rosterMilliseconds = 0; // planning them (part of writeMilliseconds)
};

// The demo district (Jiading, 310114) from the embedded reference tables and a generated schematic
// (示意) geometry: towns, committees, one squad per town plus the bureau's direct squad, about 40
// officers per squad with generated names, standard shift types, posts (patrol sectors covering every
// cell of the squad's town exactly once, a command-room desk, campaigns, graded event-support zones),
// incident categories with default time limits, the 2026 working calendar, users and roles.
//
// Deterministic: the same seed gives the same rows, ids included (UUIDv5 from the seed and each row's
// natural key), every row stamped demoTimestamp() by demoWriterId(). Only the file's own console id
// and created_at (table meta) differ between two demo files.
class DemoGenerator
{
public:
    explicit DemoGenerator(DemoOptions options = {});

    // Writes into a store at the latest schema that holds no district yet, in one transaction
    // (nothing is written when it fails).
    Result<DemoReport> populate(Database &db) const;

    static QString demoWriterId();
    static QString demoTimestamp();

private:
    DemoOptions m_options;
};

} // namespace dd::data
