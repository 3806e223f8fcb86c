// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QDateTime>
#include <cstdint>

namespace dd::data {

class Database;

struct DemoIncidentReport
{
    int incidents = 0;
    int events = 0;
    int open = 0;
    qint64 milliseconds = 0;
};

// A quarter (91 days up to `now`) of plausible incident history for the demo district, and the day's
// open incidents: sources and categories in realistic shares, a daily and weekly rhythm, locations
// denser around the town seats, outcomes with some late arrivals, overdue, reworked, extended,
// suspended, returned and cancelled cases. Every stage is written as the events the workflow would
// have appended (Workflow::table()), by the squad's demo dispatcher and leader.
//
// Deterministic for a seed and a `now` (ids are UUIDv5 of both). Runs inside the caller's
// transaction (DemoGenerator::populate); needs the district, grid, squads, officers, users,
// categories and calendar already written. About 6,500 incidents and 40,000 events.
Result<DemoIncidentReport> writeDemoIncidents(Database &db, std::uint32_t seed, const QDateTime &now);

} // namespace dd::data
