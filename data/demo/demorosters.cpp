// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/demo/demorosters.h"

#include "data/clock.h"
#include "data/database.h"
#include "data/demogenerator.h"
#include "data/roster/rosterplanner.h"
#include "data/roster/rosterstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <random>

namespace dd::data {

namespace {

class DemoRosterTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::DemoRosters)
};

const QString kDemoStamp = QStringLiteral("2026-01-01T00:00:00.000Z");

} // namespace

QDate demoToday()
{
    return Clock::system().now().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
}

Result<DemoRosterReport> writeDemoRosters(Database &db, std::uint32_t seed, const QDate &today)
{
    QElapsedTimer timer;
    timer.start();
    DemoRosterReport report;
    const QString prefix = QStringLiteral("demo-roster/%1").arg(seed);
    const QString writer = DemoGenerator::demoWriterId();
    std::vector<std::pair<QString, QString>> squads; // code, leader user id
    {
        QSqlQuery q(db.connection());
        if (!q.exec(QStringLiteral("SELECT s.code, ifnull(u.id, '') FROM squads s LEFT JOIN users u ON u.username = "
                                   "'leader.' || lower(s.code) ORDER BY s.code")))
            return failure(DemoRosterTr::tr("demo rosters: squads: %1").arg(q.lastError().text()));
        while (q.next())
            squads.emplace_back(q.value(0).toString(), q.value(1).toString());
    }
    const RosterPeriod current = RosterPeriod::isoWeek(today);
    const RosterPeriod weeks[] = { RosterPeriod::isoWeek(today.addDays(-7)), current, RosterPeriod::isoWeek(today.addDays(7)) };
    const RosterPeriod all { weeks[0].start, weeks[2].end };
    std::mt19937_64 rng(std::uint64_t(seed) * 0x9E3779B97F4A7C15ULL + 4);

    for (const auto &[code, leaderId] : squads) {
        Result<rosterstore::SquadRef> squad = rosterstore::squad(db, code);
        if (!squad)
            return failure(squad.errorMessage());
        // The default template, stored so that the Roster page shows (and edits) it.
        Result<RosterContext> base = rosterstore::context(db, code, all);
        if (!base)
            return failure(base.errorMessage());
        Status t = rosterstore::writeTemplates(db, squad->id,
                                               rosterstore::defaultTemplate(base->posts, base->shifts, int(base->officers.size())),
                                               kDemoStamp, prefix, writer);
        if (!t)
            return failure(t.errorMessage());
        // The CIIE overlay on the direct squad's event zones (their posts are valid around the expo only).
        std::vector<DemandTemplateRow> ciie;
        QString dayShift;
        for (const RosterShift &s : base->shifts)
            if (s.code == QLatin1String("D"))
                dayShift = s.id;
        Result<std::vector<RosterPost>> allPosts
            = rosterstore::posts(db, squad->id, RosterPeriod { QDate(2026, 1, 1), QDate(2026, 12, 31) });
        if (!allPosts)
            return failure(allPosts.errorMessage());
        for (const RosterPost &p : allPosts.value())
            if (p.kind == QLatin1String("event_zone") && !dayShift.isEmpty())
                ciie.push_back({ DayKind::Weekday, p.id, dayShift, p.minOfficers, p.minOfficers, QStringLiteral("certified"),
                                 std::min(p.minOfficers, std::max(2, p.minCertified)) });
        if (!ciie.empty()) {
            EventOverlay o { QString(), QStringLiteral("第九届进博会保障"), QDate(2026, 11, 5), QDate(2026, 11, 10), ciie };
            Result<QString> w = rosterstore::writeOverlay(db, squad->id, o, kDemoStamp, prefix, writer);
            if (!w)
                return failure(w.errorMessage());
        }
        // Leave and requests: an annual leave this week, a sick leave and a training course next week,
        // three day-off wishes next week.
        const auto &officers = base->officers;
        if (officers.size() >= 8) {
            auto pick = [&](std::size_t salt) { return officers[(rng() + salt) % officers.size()].id; };
            const QString annual = pick(1), sick = pick(2), training = pick(3);
            const LeaveEntry leave[] = {
                { QString(), annual, current.start.addDays(2), current.start.addDays(3), QStringLiteral("annual"),
                  QStringLiteral("approved"), QStringLiteral("年休假") },
                { QString(), sick, weeks[2].start, weeks[2].start.addDays(2), QStringLiteral("sick"), QStringLiteral("approved"),
                  QStringLiteral("病假") },
                { QString(), training, weeks[2].start.addDays(3), weeks[2].start.addDays(4), QStringLiteral("training"),
                  QStringLiteral("approved"), QStringLiteral("执法业务培训") },
            };
            for (const LeaveEntry &l : leave) {
                if (l.officerId == annual && &l != &leave[0])
                    continue; // one entry per officer keeps the demo readable
                Result<QString> w = rosterstore::writeLeave(
                    db, l, kDemoStamp,
                    rosterstore::makeId(prefix, QStringLiteral("leave/%1/%2").arg(l.officerId, l.start.toString(Qt::ISODate))),
                    writer);
                if (!w)
                    return failure(w.errorMessage());
                ++report.leave;
            }
            for (int i = 0; i < 3; ++i) {
                ShiftRequestEntry r;
                r.officerId = pick(10 + std::size_t(i));
                r.date = weeks[2].start.addDays(4 + i);
                r.kind = QStringLiteral("day_off");
                r.weight = 5;
                r.note = QStringLiteral("家事");
                Result<QString> w = rosterstore::writeRequest(
                    db, r, kDemoStamp,
                    rosterstore::makeId(prefix, QStringLiteral("request/%1/%2").arg(r.officerId, r.date.toString(Qt::ISODate))),
                    writer);
                if (!w)
                    return failure(w.errorMessage());
                ++report.requests;
            }
        }
        // Plan and publish week by week, oldest first (history carries into the next week).
        for (const RosterPeriod &week : weeks) {
            Result<RosterContext> ctx = rosterstore::context(db, code, week);
            if (!ctx)
                return failure(ctx.errorMessage());
            RosterPlanner planner(ctx.value());
            PlanOptions options;
            options.timeLimitSeconds = 600; // never reached: the iteration limit decides (deterministic)
            options.maxIterations = 60;
            options.seed = seed;
            const PlanResult r = planner.plan(options);
            Result<QString> id = rosterstore::writeDraft(db, squad.value(), week, r.assignments,
                                                         QStringLiteral("demo"), kDemoStamp, prefix, writer);
            if (!id)
                return failure(id.errorMessage());
            const QDateTime at(week.start.addDays(-3), QTime(2, 0), Qt::UTC);
            Status p = rosterstore::publish(db, id.value(), leaderId, at, kDemoStamp, writer);
            if (!p)
                return failure(p.errorMessage());
            ++report.rosters;
            report.assignments += int(r.assignments.size());
            report.hardViolations += r.check.hardViolations;
        }
    }
    report.milliseconds = timer.elapsed();
    return report;
}

} // namespace dd::data
