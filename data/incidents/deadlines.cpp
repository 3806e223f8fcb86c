// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/incidents/deadlines.h"

#include "data/database.h"

#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

constexpr int kShanghaiOffsetSeconds = 8 * 3600;

struct Period
{
    int startMinute;
    int endMinute;
};
constexpr Period kWorkingPeriods[] = { { 8 * 60, 12 * 60 }, { 14 * 60, 18 * 60 } };
constexpr int kEndOfWorkingDayMinute = 18 * 60;

} // namespace

WorkingCalendar::WorkingCalendar(QSet<QDate> holidays, QSet<QDate> workdays)
    : m_holidays(std::move(holidays))
    , m_workdays(std::move(workdays))
{
}

Result<WorkingCalendar> WorkingCalendar::load(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT date, kind FROM calendar_days")))
        return failure(QStringLiteral("calendar_days: %1").arg(q.lastError().text()));
    QSet<QDate> holidays, workdays;
    while (q.next()) {
        const QDate date = QDate::fromString(q.value(0).toString(), Qt::ISODate);
        if (!date.isValid())
            return failure(QStringLiteral("calendar_days: invalid date “%1”").arg(q.value(0).toString()));
        (q.value(1).toString() == QLatin1String("holiday") ? holidays : workdays).insert(date);
    }
    return WorkingCalendar(std::move(holidays), std::move(workdays));
}

bool WorkingCalendar::isWorkingDay(const QDate &date) const
{
    if (m_holidays.contains(date))
        return false;
    if (m_workdays.contains(date))
        return true;
    return date.dayOfWeek() <= 5;
}

QDate WorkingCalendar::addWorkingDays(const QDate &start, int n) const
{
    QDate d = start;
    while (n > 0) {
        d = d.addDays(1);
        if (isWorkingDay(d))
            --n;
    }
    return d;
}

QDateTime Deadlines::toLocal(const QDateTime &utc)
{
    return utc.toOffsetFromUtc(kShanghaiOffsetSeconds);
}

QDateTime Deadlines::fromLocal(const QDate &date, const QTime &time)
{
    return QDateTime(date, time, Qt::OffsetFromUTC, kShanghaiOffsetSeconds).toUTC();
}

QDateTime Deadlines::arrivalDeadline(const QDateTime &reportedUtc, bool urgent)
{
    return reportedUtc.toUTC().addSecs(qint64(arrivalLimitMinutes(urgent)) * 60);
}

QDateTime Deadlines::deadline(const QDateTime &reportedUtc, const TimeLimit &limit, const WorkingCalendar &calendar)
{
    const QDateTime local = toLocal(reportedUtc);
    const int amount = std::max(0, limit.amount);
    const qint64 minutes = limit.unit == LimitUnit::Minute ? amount : limit.unit == LimitUnit::Hour ? qint64(amount) * 60 : qint64(amount) * 1440;
    switch (limit.clock) {
    case LimitClock::EmergencyHours:
        return reportedUtc.toUTC().addSecs(minutes * 60);
    case LimitClock::CalendarDays:
        return fromLocal(local.date().addDays(amount + 1), QTime(0, 0));
    case LimitClock::WorkingDays:
        return fromLocal(calendar.addWorkingDays(local.date(), amount), QTime(kEndOfWorkingDayMinute / 60, 0));
    case LimitClock::WorkingHours: {
        qint64 remaining = minutes * 60; // seconds of working time still to count
        QDate day = local.date();
        // Seconds into the first day; later days start at midnight.
        qint64 fromSecond = local.time().msecsSinceStartOfDay() / 1000;
        for (int guard = 0; guard < 3660; ++guard) {
            if (calendar.isWorkingDay(day)) {
                for (const Period &p : kWorkingPeriods) {
                    const qint64 start = std::max<qint64>(fromSecond, qint64(p.startMinute) * 60);
                    const qint64 end = qint64(p.endMinute) * 60;
                    if (start >= end)
                        continue;
                    if (remaining <= end - start)
                        return fromLocal(day, QTime(0, 0)).addSecs(start + remaining);
                    remaining -= end - start;
                }
            }
            day = day.addDays(1);
            fromSecond = 0;
        }
        return {};
    }
    }
    return {};
}

} // namespace dd::data
