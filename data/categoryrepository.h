// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>
#include <vector>

namespace dd::data {

class Database;

// How an incident category's time limit is counted.
enum class LimitClock {
    EmergencyHours, // 紧急工作时: round the clock
    WorkingHours, // 工作时: working hours of working days only
    WorkingDays, // 工作日: working days of the calendar (holidays and 调休 included)
    CalendarDays, // 自然日
};

enum class LimitUnit { Minute, Hour, Day };

struct TimeLimit
{
    int amount = 1;
    LimitUnit unit = LimitUnit::Day;
    LimitClock clock = LimitClock::WorkingDays;
};

struct IncidentCategory
{
    QString id;
    QString code; // 5 digits
    QString majorClassCode; // 2 digits
    QString majorClass;
    QString name;
    TimeLimit limit;
    bool editable = true;
    bool unverified = false; // transcription, not checked against the standard
    bool active = true;
};

// The incident category table: editable, because the shipped one is an unchecked transcription.
class CategoryRepository
{
public:
    explicit CategoryRepository(const Database &db);

    // Ordered by code; inactive ones only when asked.
    Result<std::vector<IncidentCategory>> all(bool includeInactive = false) const;
    Result<IncidentCategory> byCode(const QString &code) const;
    // Refuses categories marked not editable and combinations the schema forbids (day clocks count
    // in days, hour clocks in hours or minutes). Stamps updated_at and this console as last writer.
    Status setTimeLimit(const QString &code, const TimeLimit &limit) const;

    static QString clockText(LimitClock clock); // stored value, e.g. working_days
    static QString unitText(LimitUnit unit); // minute, hour, day
    static QString clockLabel(LimitClock clock); // 紧急工作时 / 工作时 / 工作日 / 自然日 (translatable)

private:
    const Database &m_db;
};

} // namespace dd::data
