// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/roster/rostertypes.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <map>

namespace dd::data {

namespace {
class RosterTypesTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::RosterPeriod)
};
} // namespace

RosterPeriod RosterPeriod::isoWeek(const QDate &anyDayOfTheWeek)
{
    const QDate monday = anyDayOfTheWeek.addDays(1 - anyDayOfTheWeek.dayOfWeek());
    return { monday, monday.addDays(6) };
}

RosterPeriod RosterPeriod::month(int year, int month)
{
    const QDate first(year, month, 1);
    return { first, first.addDays(first.daysInMonth() - 1) };
}

Result<RosterPeriod> RosterPeriod::parse(const QString &text)
{
    static const QRegularExpression week(QStringLiteral("^(\\d{4})-W(\\d{1,2})$"));
    static const QRegularExpression month(QStringLiteral("^(\\d{4})-(\\d{1,2})$"));
    static const QRegularExpression range(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})$"));
    const QString t = text.trimmed();
    if (const auto m = week.match(t); m.hasMatch()) {
        const int year = m.captured(1).toInt();
        const int w = m.captured(2).toInt();
        // ISO week 1 is the week with the year's first Thursday, i.e. the week containing 4 January.
        const RosterPeriod first = isoWeek(QDate(year, 1, 4));
        const RosterPeriod p { first.start.addDays(7 * (w - 1)), first.start.addDays(7 * (w - 1) + 6) };
        int isoYear = 0;
        if (w < 1 || p.start.addDays(3).weekNumber(&isoYear) != w || isoYear != year)
            return failure(RosterTypesTr::tr("period \"%1\": the year %2 has no ISO week %3.").arg(t).arg(year).arg(w));
        return p;
    }
    if (const auto m = month.match(t); m.hasMatch()) {
        const int mo = m.captured(2).toInt();
        if (mo < 1 || mo > 12)
            return failure(RosterTypesTr::tr("period \"%1\": month %2 does not exist.").arg(t).arg(mo));
        return RosterPeriod::month(m.captured(1).toInt(), mo);
    }
    if (const auto m = range.match(t); m.hasMatch()) {
        const QDate a = QDate::fromString(m.captured(1), Qt::ISODate);
        const QDate b = QDate::fromString(m.captured(2), Qt::ISODate);
        if (!a.isValid() || !b.isValid() || b < a || a.daysTo(b) > 92)
            return failure(RosterTypesTr::tr("period \"%1\": a range needs two valid dates, the second not before "
                                             "the first, at most 93 days.")
                               .arg(t));
        return RosterPeriod { a, b };
    }
    return failure(RosterTypesTr::tr("period \"%1\": expected a week (2026-W49), a month (2026-12) or a range "
                                     "(2026-12-01..2026-12-14).")
                       .arg(t));
}

QString RosterPeriod::key() const
{
    if (!isValid())
        return QString();
    if (start.dayOfWeek() == 1 && days() == 7) {
        int year = 0;
        const int w = start.addDays(3).weekNumber(&year);
        return QStringLiteral("%1-W%2").arg(year).arg(w, 2, 10, QLatin1Char('0'));
    }
    if (start.day() == 1 && end == start.addDays(start.daysInMonth() - 1))
        return QStringLiteral("%1-%2").arg(start.year()).arg(start.month(), 2, 10, QLatin1Char('0'));
    return start.toString(Qt::ISODate) + QStringLiteral("..") + end.toString(Qt::ISODate);
}

unsigned skillBit(const QString &k)
{
    if (k == QLatin1String("certified"))
        return SkillCertified;
    if (k == QLatin1String("legal_officer"))
        return SkillLegal;
    if (k == QLatin1String("driver"))
        return SkillDriver;
    if (k == QLatin1String("dispatcher"))
        return SkillDispatcher;
    return 0;
}

QString skillName(const QString &k)
{
    if (k == QLatin1String("certified"))
        return RosterTypesTr::tr("certified (law-enforcement certificate)");
    if (k == QLatin1String("legal_officer"))
        return RosterTypesTr::tr("legal officer");
    if (k == QLatin1String("driver"))
        return RosterTypesTr::tr("driver");
    if (k == QLatin1String("dispatcher"))
        return RosterTypesTr::tr("dispatcher");
    return RosterTypesTr::tr("any officer");
}

unsigned RosterOfficer::skills() const
{
    return (certified ? SkillCertified : 0u) | (legalOfficer ? SkillLegal : 0u) | (driver ? SkillDriver : 0u)
        | (dispatcher ? SkillDispatcher : 0u);
}

QString RosterShift::timeText() const
{
    const int endMinute = (startMinute + lengthMinutes) % 1440;
    return QStringLiteral("%1:%2–%3:%4")
        .arg(startMinute / 60, 2, 10, QLatin1Char('0'))
        .arg(startMinute % 60, 2, 10, QLatin1Char('0'))
        .arg(endMinute / 60, 2, 10, QLatin1Char('0'))
        .arg(endMinute % 60, 2, 10, QLatin1Char('0'));
}

QString dayKindKey(DayKind kind)
{
    switch (kind) {
    case DayKind::Weekday:
        return QStringLiteral("weekday");
    case DayKind::Weekend:
        return QStringLiteral("weekend");
    case DayKind::Holiday:
        return QStringLiteral("holiday");
    }
    return QString();
}

bool dayKindFromKey(const QString &key, DayKind *kind)
{
    for (DayKind k : { DayKind::Weekday, DayKind::Weekend, DayKind::Holiday })
        if (dayKindKey(k) == key) {
            *kind = k;
            return true;
        }
    return false;
}

std::vector<AssignmentChange> compareAssignments(const std::vector<Assignment> &from, const std::vector<Assignment> &to)
{
    using Key = std::pair<QDate, QString>;
    std::map<Key, const Assignment *> a, b;
    for (const Assignment &x : from)
        a[{ x.date, x.officerId }] = &x;
    for (const Assignment &x : to)
        b[{ x.date, x.officerId }] = &x;
    std::vector<AssignmentChange> out;
    auto ia = a.begin();
    auto ib = b.begin();
    while (ia != a.end() || ib != b.end()) {
        if (ib == b.end() || (ia != a.end() && ia->first < ib->first)) {
            out.push_back({ AssignmentChange::Kind::Removed, ia->second->officerId, ia->second->date, *ia->second, {} });
            ++ia;
        } else if (ia == a.end() || ib->first < ia->first) {
            out.push_back({ AssignmentChange::Kind::Added, ib->second->officerId, ib->second->date, {}, *ib->second });
            ++ib;
        } else {
            const Assignment &x = *ia->second;
            const Assignment &y = *ib->second;
            if (x.shiftTypeId != y.shiftTypeId || x.postId != y.postId)
                out.push_back({ AssignmentChange::Kind::Changed, x.officerId, x.date, x, y });
            ++ia;
            ++ib;
        }
    }
    return out;
}

} // namespace dd::data
