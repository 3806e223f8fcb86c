// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QDate>
#include <QString>
#include <vector>

namespace dd::data {

class Database;

// An exception to the Mon–Fri rule: a public holiday, or a weekend day worked instead (调休).
struct CalendarDay
{
    enum class Kind { Holiday, Workday };
    QDate date;
    Kind kind = Kind::Holiday;
    QString name; // e.g. 春节, 春节调休上班
    QString source;
    bool editable = true;
};

// The working calendar (table calendar_days): configurable per year, because holidays and swapped
// working days are announced every year. Working days drive the 工作日 clock of incident deadlines.
class CalendarRepository
{
public:
    explicit CalendarRepository(const Database &db);

    // The exceptions stored for a year, by date.
    Result<std::vector<CalendarDay>> days(int year) const;
    // Mon–Fri unless a holiday; Sat/Sun only when a swapped working day.
    Result<bool> isWorkingDay(const QDate &date) const;
    // The date n working days after start (start itself not counted); n >= 0. The 工作日 clock.
    Result<QDate> addWorkingDays(const QDate &start, int n) const;

    // Inserts or replaces the entry of day.date; refuses to change an entry marked not editable.
    // Stamps updated_at and this console as last writer.
    Status setDay(const CalendarDay &day) const;
    Status removeDay(const QDate &date) const;

private:
    const Database &m_db;
};

} // namespace dd::data
