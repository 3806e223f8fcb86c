// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/calendarrepository.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class CalendarTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::CalendarRepository)
};

QString kindText(CalendarDay::Kind kind)
{
    return kind == CalendarDay::Kind::Holiday ? QStringLiteral("holiday") : QStringLiteral("workday");
}

// Kinds of the stored exceptions between two dates (inclusive), keyed by ISO date.
Result<QHash<QString, CalendarDay::Kind>> exceptions(const Database &db, const QDate &from, const QDate &to)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT date, kind FROM calendar_days WHERE date BETWEEN ? AND ?"));
    q.addBindValue(from.toString(Qt::ISODate));
    q.addBindValue(to.toString(Qt::ISODate));
    if (!q.exec())
        return failure(CalendarTr::tr("Cannot read the working calendar: %1").arg(q.lastError().text()));
    QHash<QString, CalendarDay::Kind> map;
    while (q.next())
        map.insert(q.value(0).toString(),
                   q.value(1).toString() == QLatin1String("holiday") ? CalendarDay::Kind::Holiday
                                                                     : CalendarDay::Kind::Workday);
    return map;
}

bool working(const QDate &date, const QHash<QString, CalendarDay::Kind> &map)
{
    const auto it = map.constFind(date.toString(Qt::ISODate));
    if (it != map.constEnd())
        return it.value() == CalendarDay::Kind::Workday;
    return date.dayOfWeek() <= 5;
}

} // namespace

CalendarRepository::CalendarRepository(const Database &db)
    : m_db(db)
{
}

Result<std::vector<CalendarDay>> CalendarRepository::days(int year) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "SELECT date, kind, name, source, editable FROM calendar_days WHERE date BETWEEN ? AND ? ORDER BY date"));
    q.addBindValue(QDate(year, 1, 1).toString(Qt::ISODate));
    q.addBindValue(QDate(year, 12, 31).toString(Qt::ISODate));
    if (!q.exec())
        return failure(CalendarTr::tr("Cannot read the working calendar: %1").arg(q.lastError().text()));
    std::vector<CalendarDay> list;
    while (q.next())
        list.push_back(CalendarDay { QDate::fromString(q.value(0).toString(), Qt::ISODate),
                                     q.value(1).toString() == QLatin1String("holiday") ? CalendarDay::Kind::Holiday
                                                                                       : CalendarDay::Kind::Workday,
                                     q.value(2).toString(), q.value(3).toString(), q.value(4).toInt() != 0 });
    return list;
}

Result<bool> CalendarRepository::isWorkingDay(const QDate &date) const
{
    if (!date.isValid())
        return failure(CalendarTr::tr("Invalid date."));
    auto map = exceptions(m_db, date, date);
    if (!map)
        return failure(map.errorMessage());
    return working(date, map.value());
}

Result<QDate> CalendarRepository::addWorkingDays(const QDate &start, int n) const
{
    if (!start.isValid() || n < 0)
        return failure(CalendarTr::tr("addWorkingDays: needs a valid date and n >= 0."));
    // Even the longest holiday (8–9 days) keeps the span well inside 2n + 30 calendar days.
    auto map = exceptions(m_db, start, start.addDays(2 * qint64(n) + 30));
    if (!map)
        return failure(map.errorMessage());
    QDate d = start;
    for (int counted = 0; counted < n;) {
        d = d.addDays(1);
        if (working(d, map.value()))
            ++counted;
    }
    return d;
}

Status CalendarRepository::setDay(const CalendarDay &day) const
{
    if (!day.date.isValid())
        return failure(CalendarTr::tr("Invalid date."));
    const QString date = day.date.toString(Qt::ISODate);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT editable FROM calendar_days WHERE date = ?"));
    q.addBindValue(date);
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.next() && q.value(0).toInt() == 0)
        return failure(CalendarTr::tr("The calendar entry of %1 is not editable.").arg(date));
    // The row keeps its id when it exists, so a sync sees an update rather than a new row.
    q.prepare(
        QStringLiteral("INSERT INTO calendar_days (id, date, kind, name, source, editable, updated_at, last_writer)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (date) DO UPDATE SET kind = excluded.kind, name = excluded.name,"
                       " source = excluded.source, editable = excluded.editable,"
                       " updated_at = excluded.updated_at, last_writer = excluded.last_writer"));
    q.addBindValue(Database::newId());
    q.addBindValue(date);
    q.addBindValue(kindText(day.kind));
    q.addBindValue(day.name.isNull() ? QStringLiteral("") : day.name);
    q.addBindValue(day.source.isNull() ? QStringLiteral("") : day.source);
    q.addBindValue(int(day.editable));
    q.addBindValue(Database::timestampNow());
    q.addBindValue(m_db.consoleId());
    if (!q.exec())
        return failure(CalendarTr::tr("Cannot save the calendar entry of %1: %2").arg(date, q.lastError().text()));
    return success();
}

Status CalendarRepository::removeDay(const QDate &date) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("DELETE FROM calendar_days WHERE date = ? AND editable = 1"));
    q.addBindValue(date.toString(Qt::ISODate));
    if (!q.exec())
        return failure(q.lastError().text());
    if (q.numRowsAffected() == 0)
        return failure(CalendarTr::tr("No editable calendar entry on %1.").arg(date.toString(Qt::ISODate)));
    return success();
}

} // namespace dd::data
