// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/categoryrepository.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class CategoryTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::CategoryRepository)
};

LimitClock clockFromText(const QString &t)
{
    if (t == QLatin1String("emergency_hours"))
        return LimitClock::EmergencyHours;
    if (t == QLatin1String("working_hours"))
        return LimitClock::WorkingHours;
    if (t == QLatin1String("calendar_days"))
        return LimitClock::CalendarDays;
    return LimitClock::WorkingDays;
}

LimitUnit unitFromText(const QString &t)
{
    if (t == QLatin1String("minute"))
        return LimitUnit::Minute;
    if (t == QLatin1String("hour"))
        return LimitUnit::Hour;
    return LimitUnit::Day;
}

const QString kSelect = QStringLiteral("SELECT id, code, major_class_code, major_class, name, limit_amount, "
                                       "limit_unit, clock, editable, unverified, active"
                                       " FROM incident_categories ");

IncidentCategory read(const QSqlQuery &q)
{
    return IncidentCategory { q.value(0).toString(),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              q.value(3).toString(),
                              q.value(4).toString(),
                              TimeLimit { q.value(5).toInt(), unitFromText(q.value(6).toString()),
                                          clockFromText(q.value(7).toString()) },
                              q.value(8).toInt() != 0,
                              q.value(9).toInt() != 0,
                              q.value(10).toInt() != 0 };
}

} // namespace

CategoryRepository::CategoryRepository(const Database &db)
    : m_db(db)
{
}

QString CategoryRepository::clockText(LimitClock clock)
{
    switch (clock) {
    case LimitClock::EmergencyHours:
        return QStringLiteral("emergency_hours");
    case LimitClock::WorkingHours:
        return QStringLiteral("working_hours");
    case LimitClock::WorkingDays:
        return QStringLiteral("working_days");
    case LimitClock::CalendarDays:
        return QStringLiteral("calendar_days");
    }
    return QString();
}

QString CategoryRepository::unitText(LimitUnit unit)
{
    switch (unit) {
    case LimitUnit::Minute:
        return QStringLiteral("minute");
    case LimitUnit::Hour:
        return QStringLiteral("hour");
    case LimitUnit::Day:
        return QStringLiteral("day");
    }
    return QString();
}

QString CategoryRepository::clockLabel(LimitClock clock)
{
    switch (clock) {
    case LimitClock::EmergencyHours:
        return CategoryTr::tr("Emergency hours (紧急工作时)");
    case LimitClock::WorkingHours:
        return CategoryTr::tr("Working hours (工作时)");
    case LimitClock::WorkingDays:
        return CategoryTr::tr("Working days (工作日)");
    case LimitClock::CalendarDays:
        return CategoryTr::tr("Calendar days (自然日)");
    }
    return QString();
}

Result<std::vector<IncidentCategory>> CategoryRepository::all(bool includeInactive) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE active = 1 OR ? = 1 ORDER BY code"));
    q.addBindValue(int(includeInactive));
    if (!q.exec())
        return failure(CategoryTr::tr("Cannot read the incident categories: %1").arg(q.lastError().text()));
    std::vector<IncidentCategory> list;
    while (q.next())
        list.push_back(read(q));
    return list;
}

Result<IncidentCategory> CategoryRepository::byCode(const QString &code) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE code = ?"));
    q.addBindValue(code);
    if (!q.exec())
        return failure(CategoryTr::tr("Cannot read incident category %1: %2").arg(code, q.lastError().text()));
    if (!q.next())
        return failure(CategoryTr::tr("No incident category %1.").arg(code));
    return read(q);
}

Status CategoryRepository::setTimeLimit(const QString &code, const TimeLimit &limit) const
{
    auto current = byCode(code);
    if (!current)
        return failure(current.errorMessage());
    if (!current->editable)
        return failure(CategoryTr::tr("Incident category %1 (%2) is not editable.").arg(code, current->name));
    const bool dayClock = limit.clock == LimitClock::WorkingDays || limit.clock == LimitClock::CalendarDays;
    if (limit.amount <= 0 || dayClock != (limit.unit == LimitUnit::Day))
        return failure(CategoryTr::tr("Incident category %1: a time limit needs a positive amount, counted in days for "
                                      "working or calendar days and in hours or minutes otherwise.")
                           .arg(code));
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE incident_categories SET limit_amount = ?, limit_unit = ?, clock = ?, updated_at = ?,"
                       " last_writer = ? WHERE code = ?"));
    q.addBindValue(limit.amount);
    q.addBindValue(unitText(limit.unit));
    q.addBindValue(clockText(limit.clock));
    q.addBindValue(Database::timestampNow());
    q.addBindValue(m_db.consoleId());
    q.addBindValue(code);
    if (!q.exec())
        return failure(CategoryTr::tr("Cannot save the time limit of %1: %2").arg(code, q.lastError().text()));
    return success();
}

} // namespace dd::data
