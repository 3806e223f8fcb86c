// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The roster figures of the reports (docs/INDICATORS.md, "Roster figures"): hours, nights, weekends
// and holidays per officer, overtime against the contract, the fairness spread, and how much of the
// squads' grid is covered by a patrol on duty over the day — all from the published rosters through
// data/duty/onduty.h, the one definition of who is on duty when.

#include "data/reports/indicators.h"

#include <array>

namespace dd::data {

struct OfficerDuty
{
    QString officerId, name, squadId;
    int shifts = 0, nights = 0, weekends = 0, holidays = 0;
    double hours = 0;
    double contractHours = 0; // contract_minutes_per_week over the period's days
    double overtimeHours = 0; // hours above the contract, 0 when below
};

struct RosterFigures
{
    QDate from, to;
    std::vector<OfficerDuty> officers; // every active officer of the squads in scope, also without a shift
    // Fairness: the spread between the most and the least loaded officer.
    double hoursSpread = 0;
    int nightsSpread = 0, weekendsSpread = 0, holidaysSpread = 0;
    double meanHours = 0;
    int shiftCount = 0; // shifts counted
    int cells = 0; // grid cells of the squads in scope
    // Share of those cells (0–1) whose patrol sector has someone on duty at hh:30 local, over the days.
    std::array<double, 24> coverageMin {}, coverageMean {}, coverageMax {};
};

class RosterFigureEngine
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::RosterFigureEngine)

public:
    RosterFigureEngine(Database &db, const Clock &clock);

    // The figures for the filter's period and squad scope (ViewReports, as IndicatorEngine::load).
    Result<RosterFigures> compute(const Session &session, const ReportFilter &filter) const;

    static ChartData hoursPerOfficer(const RosterFigures &figures, int top = 40);
    static ChartData coverageOverDay(const RosterFigures &figures); // series min, mean, max (%)

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dd::data
