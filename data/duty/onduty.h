// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace dd::data {

class Database;

// One officer's shift from a published roster, with the instants it covers.
struct DutySlot
{
    QString officerId, officerName, squadId, rosterId;
    int rosterVersion = 0;
    QDate date; // the roster day; a night shift starting on it ends the next day
    QString shiftTypeId, shiftCode;
    QString postId, postCode, postKind; // empty when the assignment has no post
    QString team; // the day's patrol team label ('' if none)
    bool certified = false, legalOfficer = false, driver = false, dispatcher = false;
    QDateTime start, end; // UTC instants; shift times are Asia/Shanghai local time
};

// The one definition of "who is on duty when" (the map's team layer and coverage, the dispatch
// recommendation, the roster figures in reports all use it). Only published rosters count; for a
// squad and a date the effective roster is the published version with the highest version number
// whose period covers the date (ties: the later publication). Drafts never count.
// Reads only; callers check ViewRoster for the squads they show. GUI or worker thread that owns db.
class OnDuty
{
public:
    explicit OnDuty(Database &db);

    // Slots whose shift contains `at` (start <= at < end); squadId empty = every squad.
    Result<std::vector<DutySlot>> at(const QDateTime &at, const QString &squadId = {}) const;
    // Slots overlapping [from, to), ordered by start, squad, officer.
    Result<std::vector<DutySlot>> overlapping(const QDateTime &from, const QDateTime &to,
                                              const QString &squadId = {}) const;

private:
    Database &m_db;
};

} // namespace dd::data
