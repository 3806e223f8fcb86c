// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QDate>
#include <cstdint>

namespace dd::data {

class Database;

struct DemoRosterReport
{
    int rosters = 0; // published versions written
    int assignments = 0;
    int hardViolations = 0; // summed over the published versions
    int leave = 0;
    int requests = 0;
    qint64 milliseconds = 0;
};

// The demo district's rosters (called once by DemoGenerator inside its transaction, after the squads,
// officers, users, shift types, posts and calendar exist): for every squad the default demand template,
// some leave and shift requests, and the rosters of the ISO weeks before, of and after `today`, planned
// (the week before first, so history carries) and published by the squad's leader. The direct squad
// also gets the CIIE (进博会) overlay on its graded event-support zones.
//
// Deterministic for a seed and `today`: the solver runs with an iteration limit (no time limit), ids are
// UUIDv5 of the seed and natural keys, published_at is 02:00 UTC on the Friday before each week.
Result<DemoRosterReport> writeDemoRosters(Database &db, std::uint32_t seed, const QDate &today);

// The demo's "today" when none is given: the system clock's date in Asia/Shanghai.
QDate demoToday();

} // namespace dd::data
