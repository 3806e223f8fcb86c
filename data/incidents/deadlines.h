// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/categoryrepository.h"
#include "data/result.h"

#include <QDateTime>
#include <QSet>

namespace dd::data {

class Database;

// The working calendar as a value (table calendar_days read once): Mon–Fri unless a holiday,
// Sat/Sun only when a swapped working day (调休). Cheap to copy, no store access after load(), so the
// import of 100,000 rows does not ask the store per row.
class WorkingCalendar
{
public:
    WorkingCalendar() = default;
    WorkingCalendar(QSet<QDate> holidays, QSet<QDate> workdays);
    static Result<WorkingCalendar> load(const Database &db);

    bool isWorkingDay(const QDate &date) const;
    // The date n working days after start (start itself not counted); n >= 0.
    QDate addWorkingDays(const QDate &start, int n) const;

private:
    QSet<QDate> m_holidays;
    QSet<QDate> m_workdays;
};

// Deadline arithmetic (docs/WORKFLOW.md). Instants are UTC; days and working hours are those of
// Shanghai local time (UTC+8, no daylight saving).
//
// - 紧急工作时 (emergency hours): the limit runs round the clock from the report.
// - 工作时 (working hours): only 08:00–12:00 and 14:00–18:00 of working days count.
// - 工作日 (working days): 18:00 of the n-th working day after the reporting day.
// - 自然日 (calendar days): the end (24:00) of the n-th calendar day after the reporting day.
// - Arrival on scene: 30 minutes for urgent incidents, 2 hours for normal ones, round the clock from
//   the report.
class Deadlines
{
public:
    static QDateTime deadline(const QDateTime &reportedUtc, const TimeLimit &limit, const WorkingCalendar &calendar);
    static QDateTime arrivalDeadline(const QDateTime &reportedUtc, bool urgent);
    static int arrivalLimitMinutes(bool urgent) { return urgent ? 30 : 120; }

    // Shanghai local time of a UTC instant and back.
    static QDateTime toLocal(const QDateTime &utc);
    static QDateTime fromLocal(const QDate &date, const QTime &time);
};

} // namespace dd::data
