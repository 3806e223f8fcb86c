// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/reports/rosterfigures.h"

#include "data/database.h"
#include "data/duty/onduty.h"
#include "data/reports/logging.h"

#include <QHash>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace dd::data {

namespace {

const QTimeZone &shanghai()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}

} // namespace

RosterFigureEngine::RosterFigureEngine(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Result<RosterFigures> RosterFigureEngine::compute(const Session &session, const ReportFilter &filter) const
{
    if (!filter.from.isValid() || !filter.to.isValid() || filter.to < filter.from)
        return failure(tr("Roster figures: the period %1 – %2 is not a valid date range.")
                           .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    auto scope = IndicatorEngine(m_db, m_clock).squadScope(session, filter.squadId);
    if (!scope)
        return failure(scope.errorMessage());
    const std::vector<QString> &squads = *scope; // empty = every squad
    const auto inScope = [&squads](const QString &squad) {
        return squads.empty() || std::find(squads.begin(), squads.end(), squad) != squads.end();
    };

    RosterFigures r;
    r.from = filter.from;
    r.to = filter.to;
    const int days = int(filter.from.daysTo(filter.to)) + 1;

    // Officers in scope, with their contracts.
    QHash<QString, size_t> officerIndex;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral("SELECT id, name, squad_id, contract_minutes_per_week FROM officers "
                                   "WHERE active = 1 ORDER BY badge_no")))
            return failure(tr("Roster figures: reading officers failed: %1").arg(q.lastError().text()));
        while (q.next()) {
            if (!inScope(q.value(2).toString()))
                continue;
            OfficerDuty o;
            o.officerId = q.value(0).toString();
            o.name = q.value(1).toString();
            o.squadId = q.value(2).toString();
            o.contractHours = q.value(3).toDouble() / 60.0 * double(days) / 7.0;
            officerIndex.insert(o.officerId, r.officers.size());
            r.officers.push_back(o);
        }
    }
    // The working calendar's exceptions.
    QHash<QDate, QString> calendar;
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT date, kind FROM calendar_days WHERE date BETWEEN ? AND ?"));
        q.addBindValue(filter.from.toString(Qt::ISODate));
        q.addBindValue(filter.to.toString(Qt::ISODate));
        if (!q.exec())
            return failure(tr("Roster figures: reading the calendar failed: %1").arg(q.lastError().text()));
        while (q.next())
            calendar.insert(QDate::fromString(q.value(0).toString(), Qt::ISODate), q.value(1).toString());
    }
    // Cells: of the squads in scope, and per patrol sector.
    QHash<QString, int> cellsPerPost;
    {
        QSqlQuery q(m_db.connection());
        if (!q.exec(QStringLiteral(
                "SELECT squad_id, count(*) FROM grid_cells WHERE squad_id IS NOT NULL GROUP BY squad_id")))
            return failure(tr("Roster figures: reading cells failed: %1").arg(q.lastError().text()));
        while (q.next())
            if (inScope(q.value(0).toString()))
                r.cells += q.value(1).toInt();
        if (!q.exec(QStringLiteral("SELECT p.id, count(*) FROM post_cells pc JOIN posts p ON p.id = pc.post_id "
                                   "WHERE p.kind = 'patrol_sector' GROUP BY p.id")))
            return failure(tr("Roster figures: reading patrol sectors failed: %1").arg(q.lastError().text()));
        while (q.next())
            cellsPerPost.insert(q.value(0).toString(), q.value(1).toInt());
    }

    const QDateTime windowStart(filter.from, QTime(0, 0), shanghai());
    const QDateTime windowEnd(filter.to.addDays(1), QTime(0, 0), shanghai());
    auto duty = OnDuty(m_db).overlapping(windowStart, windowEnd, squads.size() == 1 ? squads.front() : QString());
    if (!duty)
        return failure(duty.errorMessage());

    // Patrol sectors on duty per (day, hour), sampled at hh:30 local.
    std::vector<QSet<QString>> sectors(size_t(days) * 24);
    for (const DutySlot &s : *duty) {
        if (!inScope(s.squadId))
            continue;
        if (s.postKind == QLatin1String("patrol_sector")) {
            for (QDateTime t = windowStart.addSecs(1800); t < windowEnd; t = t.addSecs(3600)) {
                if (t < s.start)
                    continue;
                if (t >= s.end)
                    break;
                const qint64 index = windowStart.secsTo(t) / 3600;
                sectors[size_t(index)].insert(s.postId);
            }
        }
        if (s.date < filter.from || s.date > filter.to)
            continue; // a night shift of the day before: its hours belong to that day's roster
        const auto it = officerIndex.constFind(s.officerId);
        if (it == officerIndex.constEnd())
            continue; // an inactive officer: not in the fairness figures
        OfficerDuty &o = r.officers[it.value()];
        ++r.shiftCount;
        ++o.shifts;
        o.hours += double(s.start.secsTo(s.end)) / 3600.0;
        // A night shift: on duty at 02:00 local of the roster day's night.
        const QDateTime two(s.date.addDays(1), QTime(2, 0), shanghai());
        const QDateTime twoSame(s.date, QTime(2, 0), shanghai());
        if ((s.start <= two && two < s.end) || (s.start <= twoSame && twoSame < s.end))
            ++o.nights;
        const QString kind = calendar.value(s.date);
        if (kind == QLatin1String("holiday"))
            ++o.holidays;
        else if (s.date.dayOfWeek() >= 6 && kind != QLatin1String("workday"))
            ++o.weekends;
    }

    double totalHours = 0;
    for (OfficerDuty &o : r.officers) {
        o.overtimeHours = std::max(0.0, o.hours - o.contractHours);
        totalHours += o.hours;
    }
    if (!r.officers.empty()) {
        const auto spread = [&r](auto member) {
            const auto [lo, hi] = std::minmax_element(
                r.officers.begin(), r.officers.end(),
                [member](const OfficerDuty &a, const OfficerDuty &b) { return a.*member < b.*member; });
            return (*hi).*member - (*lo).*member;
        };
        r.hoursSpread = spread(&OfficerDuty::hours);
        r.nightsSpread = spread(&OfficerDuty::nights);
        r.weekendsSpread = spread(&OfficerDuty::weekends);
        r.holidaysSpread = spread(&OfficerDuty::holidays);
        r.meanHours = totalHours / double(r.officers.size());
    }
    for (int h = 0; h < 24; ++h) {
        double lo = 1, hi = 0, sum = 0;
        for (int d = 0; d < days; ++d) {
            int covered = 0;
            for (const QString &post : sectors[size_t(d) * 24 + size_t(h)])
                covered += cellsPerPost.value(post);
            const double share = r.cells > 0 ? std::min(1.0, double(covered) / double(r.cells)) : 0.0;
            lo = std::min(lo, share);
            hi = std::max(hi, share);
            sum += share;
        }
        r.coverageMin[size_t(h)] = lo;
        r.coverageMax[size_t(h)] = hi;
        r.coverageMean[size_t(h)] = sum / double(days);
    }
    return r;
}

ChartData RosterFigureEngine::hoursPerOfficer(const RosterFigures &figures, int top)
{
    ChartData c;
    c.title = tr("Hours on duty per officer (published rosters)");
    c.xLabel = tr("Officer");
    c.yLabel = tr("Hours");
    std::vector<const OfficerDuty *> sorted;
    for (const OfficerDuty &o : figures.officers)
        sorted.push_back(&o);
    std::stable_sort(sorted.begin(), sorted.end(),
                     [](const OfficerDuty *a, const OfficerDuty *b) { return a->hours > b->hours; });
    if (int(sorted.size()) > top)
        sorted.resize(size_t(top));
    ChartSeries hours { QStringLiteral("hours"), tr("Hours"), {} };
    ChartSeries contract { QStringLiteral("contract"), tr("Contract"), {} };
    for (const OfficerDuty *o : sorted) {
        c.categories.push_back(o->name);
        hours.values.push_back(o->hours);
        contract.values.push_back(o->contractHours);
    }
    c.series = { std::move(hours), std::move(contract) };
    return c;
}

ChartData RosterFigureEngine::coverageOverDay(const RosterFigures &figures)
{
    ChartData c;
    c.title = tr("Grid cells covered by a patrol on duty, over the day");
    c.xLabel = tr("Hour");
    c.yLabel = tr("Cells covered (%)");
    ChartSeries lo { QStringLiteral("min"), tr("Lowest day"), {} };
    ChartSeries mean { QStringLiteral("mean"), tr("Average"), {} };
    ChartSeries hi { QStringLiteral("max"), tr("Highest day"), {} };
    for (int h = 0; h < 24; ++h) {
        c.categories.push_back(QStringLiteral("%1:30").arg(h, 2, 10, QLatin1Char('0')));
        lo.values.push_back(figures.coverageMin[size_t(h)] * 100.0);
        mean.values.push_back(figures.coverageMean[size_t(h)] * 100.0);
        hi.values.push_back(figures.coverageMax[size_t(h)] * 100.0);
    }
    c.series = { std::move(lo), std::move(mean), std::move(hi) };
    return c;
}

} // namespace dd::data
