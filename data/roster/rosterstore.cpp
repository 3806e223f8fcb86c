// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/roster/rosterstore.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <algorithm>
#include <map>
#include <set>
#include <QTimeZone>

namespace dd::data::rosterstore {

namespace {

class StoreTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::RosterRepository)
};

Error sqlError(const QSqlQuery &q, const QString &table)
{
    return failure(StoreTr::tr("%1: %2").arg(table, q.lastError().text()));
}

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}
QDate date(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}
// Never NULL: a null QString would bind as SQL NULL in the NOT NULL text columns.
QString text(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}
QVariant orNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

RosterHeader readHeader(const QSqlQuery &q)
{
    // r.id, r.squad_id, s.code, s.name, r.period_start, r.period_end, r.version, r.status, r.published_at,
    // ifnull(r.published_by,''), ifnull(u.display_name,''), r.note
    RosterHeader h;
    h.id = q.value(0).toString();
    h.squadId = q.value(1).toString();
    h.squadCode = q.value(2).toString();
    h.squadName = q.value(3).toString();
    h.period = { date(q.value(4)), date(q.value(5)) };
    h.version = q.value(6).toInt();
    h.published = q.value(7).toString() == QLatin1String("published");
    h.publishedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODateWithMs);
    h.publishedAt = h.publishedAt.toUTC();
    h.publishedBy = q.value(9).toString();
    h.publishedByName = q.value(10).toString();
    h.note = q.value(11).toString();
    return h;
}
const QString kHeaderSelect = QStringLiteral(
    "SELECT r.id, r.squad_id, s.code, s.name, r.period_start, r.period_end, r.version, r.status, "
    "ifnull(r.published_at, ''), ifnull(r.published_by, ''), ifnull(u.display_name, ''), r.note "
    "FROM rosters r JOIN squads s ON s.id = r.squad_id LEFT JOIN users u ON u.id = r.published_by ");

const QUuid kIdNamespace(QStringLiteral("{6f1d3c1e-5a0e-4c55-9a36-2f4d3b7a9e10}"));

// Effective published cells of a squad's officers over [from, to]: for every date the newest published
// version of each period covering it (periods overlapping one another: the later-starting one wins).
Result<std::map<std::pair<QString, QDate>, Assignment>> effectiveCells(Database &db, const QString &squadId,
                                                                       const QDate &from, const QDate &to)
{
    QSqlQuery v(db.connection());
    v.prepare(QStringLiteral("SELECT id, period_start FROM rosters r WHERE squad_id = ? AND status = 'published' AND "
                             "period_end >= ? AND period_start <= ? AND version = (SELECT max(version) FROM rosters x "
                             "WHERE x.squad_id = r.squad_id AND x.period_start = r.period_start AND x.period_end = "
                             "r.period_end AND x.status = 'published') ORDER BY period_start"));
    v.addBindValue(squadId);
    v.addBindValue(iso(from));
    v.addBindValue(iso(to));
    if (!v.exec())
        return sqlError(v, QStringLiteral("rosters"));
    std::vector<QString> ids;
    while (v.next())
        ids.push_back(v.value(0).toString());
    std::map<std::pair<QString, QDate>, Assignment> out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT officer_id, date, shift_type_id, ifnull(post_id, ''), team FROM roster_assignments "
                             "WHERE roster_id = ? AND date BETWEEN ? AND ?"));
    for (const QString &id : ids) {
        q.addBindValue(id);
        q.addBindValue(iso(from));
        q.addBindValue(iso(to));
        if (!q.exec())
            return sqlError(q, QStringLiteral("roster_assignments"));
        while (q.next()) {
            Assignment a { q.value(0).toString(), date(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                           q.value(4).toString(), false };
            out[{ a.officerId, a.date }] = a;
        }
    }
    return out;
}

} // namespace

Result<std::vector<Assignment>> effectiveAssignments(Database &db, const QString &squadId, const QDate &from,
                                                     const QDate &to)
{
    Result<std::map<std::pair<QString, QDate>, Assignment>> cells = effectiveCells(db, squadId, from, to);
    if (!cells)
        return failure(cells.errorMessage());
    std::vector<Assignment> out;
    for (const auto &[key, a] : cells.value())
        out.push_back(a);
    return out;
}

std::vector<DemandTemplateRow> defaultTemplate(const std::vector<RosterPost> &posts,
                                               const std::vector<RosterShift> &shifts, int officerCount)
{
    std::vector<DemandTemplateRow> out;
    std::vector<const RosterShift *> desk, patrol;
    for (const RosterShift &s : shifts)
        (s.desk ? desk : patrol).push_back(&s);
    auto byCode = [&](const char *code) -> const RosterShift * {
        for (const RosterShift *s : patrol)
            if (s->code == QLatin1String(code))
                return s;
        return nullptr;
    };
    // Team shifts in the order teams are handed out: day shift first, then early, middle, night.
    std::vector<const RosterShift *> cycle;
    for (const char *code : { "D", "E", "M", "N", "D", "E", "M", "D" })
        if (const RosterShift *s = byCode(code))
            cycle.push_back(s);
    if (cycle.empty())
        cycle = patrol;
    std::vector<const RosterPost *> sectors, campaigns;
    for (const RosterPost &p : posts) {
        if (p.kind == QLatin1String("command_desk")) {
            for (DayKind k : { DayKind::Weekday, DayKind::Weekend, DayKind::Holiday })
                for (const RosterShift *s : desk)
                    out.push_back({ k, p.id, s->id, 1, 1, QStringLiteral("dispatcher"), 1 });
        } else if (p.kind == QLatin1String("patrol_sector"))
            sectors.push_back(&p);
        else if (p.kind == QLatin1String("campaign"))
            campaigns.push_back(&p);
    }
    if (cycle.empty())
        return out;
    // About 62 % of what the officers can work a day (contract 40 h a week, shifts of about 8.5 h) goes to
    // the minimum headcount; the desks take about three of it.
    const double perDay = officerCount * 2400.0 / 7.0 / 500.0;
    const int weekdayTeams = std::max(1, int((0.62 * perDay - 2.9 * (desk.empty() ? 0 : 1)) / 2.0));
    const int weekendTeams = std::max(1, int(weekdayTeams * 0.8));
    auto add = [&](DayKind k, const RosterPost *p, const RosterShift *s, int wantedExtra) {
        for (DemandTemplateRow &r : out)
            if (r.dayKind == k && r.postId == p->id && r.shiftTypeId == s->id) {
                r.minimum += 2;
                r.wanted += 2;
                r.skilled += 2;
                return;
            }
        out.push_back({ k, p->id, s->id, 2, 2 + wantedExtra, QStringLiteral("certified"), 2 });
    };
    const std::vector<const RosterPost *> &teamPosts = !sectors.empty() ? sectors : campaigns;
    for (DayKind k : { DayKind::Weekday, DayKind::Weekend, DayKind::Holiday }) {
        int teams = k == DayKind::Weekday ? weekdayTeams : weekendTeams;
        if (k == DayKind::Weekday && !sectors.empty())
            for (const RosterPost *c : campaigns)
                if (teams > 1) {
                    add(k, c, cycle.front(), 0);
                    --teams;
                }
        for (int i = 0; i < teams && !teamPosts.empty(); ++i) {
            const RosterShift *s = cycle[std::size_t(i) % cycle.size()];
            add(k, teamPosts[std::size_t(i) % teamPosts.size()], s, s->code == QLatin1String("D") ? 1 : 0);
        }
    }
    return out;
}

QString makeId(const QString &idPrefix, const QString &key)
{
    if (idPrefix.isEmpty())
        return Database::newId();
    return QUuid::createUuidV5(kIdNamespace, idPrefix + QLatin1Char('/') + key).toString(QUuid::WithoutBraces);
}

Result<SquadRef> squad(Database &db, const QString &squadCode)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT s.id, s.code, s.name, ifnull((SELECT name FROM district LIMIT 1), '') "
                             "FROM squads s WHERE s.code = ?"));
    q.addBindValue(squadCode);
    if (!q.exec())
        return sqlError(q, QStringLiteral("squads"));
    if (!q.next())
        return failure(StoreTr::tr("squad %1: no such squad in this store.").arg(squadCode));
    return SquadRef { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString() };
}

Result<SquadRef> squadById(Database &db, const QString &squadId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT code FROM squads WHERE id = ?"));
    q.addBindValue(squadId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("squads"));
    if (!q.next())
        return failure(StoreTr::tr("squad id %1: no such squad in this store.").arg(squadId));
    return squad(db, q.value(0).toString());
}

Result<std::vector<RosterHeader>> versions(Database &db, const SquadRef &s, const RosterPeriod &period)
{
    QSqlQuery q(db.connection());
    q.prepare(kHeaderSelect
              + QStringLiteral("WHERE r.squad_id = ? AND r.period_start = ? AND r.period_end = ? ORDER BY r.version"));
    q.addBindValue(s.id);
    q.addBindValue(iso(period.start));
    q.addBindValue(iso(period.end));
    if (!q.exec())
        return sqlError(q, QStringLiteral("rosters"));
    std::vector<RosterHeader> out;
    while (q.next())
        out.push_back(readHeader(q));
    return out;
}

Result<RosterHeader> header(Database &db, const QString &rosterId)
{
    QSqlQuery q(db.connection());
    q.prepare(kHeaderSelect + QStringLiteral("WHERE r.id = ?"));
    q.addBindValue(rosterId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("rosters"));
    if (!q.next())
        return failure(StoreTr::tr("roster %1: no such roster version.").arg(rosterId));
    return readHeader(q);
}

Result<std::vector<Assignment>> assignments(Database &db, const QString &rosterId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT a.officer_id, a.date, a.shift_type_id, ifnull(a.post_id, ''), a.team, a.locked "
                             "FROM roster_assignments a JOIN officers o ON o.id = a.officer_id "
                             "WHERE a.roster_id = ? ORDER BY o.badge_no, a.date"));
    q.addBindValue(rosterId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("roster_assignments"));
    std::vector<Assignment> out;
    while (q.next())
        out.push_back({ q.value(0).toString(), date(q.value(1)), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toInt() != 0 });
    return out;
}

Result<std::vector<RosterShift>> shifts(Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name, start_minute, length_minutes, colour, desk FROM shift_types "
                               "WHERE active = 1 ORDER BY desk, start_minute, code")))
        return sqlError(q, QStringLiteral("shift_types"));
    std::vector<RosterShift> out;
    while (q.next())
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toInt(),
                        q.value(4).toInt(), q.value(5).toString(), q.value(6).toInt() != 0 });
    return out;
}

Result<std::vector<RosterPost>> posts(Database &db, const QString &squadId, const RosterPeriod &period)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id, code, name, kind, ifnull(grade, ''), min_officers, min_certified, "
                             "ifnull(required_skill, ''), ifnull(valid_from, ''), ifnull(valid_to, '') FROM posts "
                             "WHERE squad_id = ? AND active = 1 AND (valid_from IS NULL OR valid_from <= ?) "
                             "AND (valid_to IS NULL OR valid_to >= ?) ORDER BY code"));
    q.addBindValue(squadId);
    q.addBindValue(iso(period.end));
    q.addBindValue(iso(period.start));
    if (!q.exec())
        return sqlError(q, QStringLiteral("posts"));
    std::vector<RosterPost> out;
    while (q.next())
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        q.value(4).toString(), q.value(5).toInt(), q.value(6).toInt(), q.value(7).toString(),
                        date(q.value(8)), date(q.value(9)) });
    return out;
}

Result<std::vector<DemandTemplateRow>> templates(Database &db, const QString &squadId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT t.day_kind, t.post_id, t.shift_type_id, t.minimum, t.wanted, t.skill, t.skilled "
                             "FROM demand_templates t JOIN posts p ON p.id = t.post_id "
                             "JOIN shift_types s ON s.id = t.shift_type_id WHERE t.squad_id = ? "
                             "ORDER BY t.day_kind, p.code, s.start_minute"));
    q.addBindValue(squadId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("demand_templates"));
    std::vector<DemandTemplateRow> out;
    while (q.next()) {
        DemandTemplateRow r;
        dayKindFromKey(q.value(0).toString(), &r.dayKind);
        r.postId = q.value(1).toString();
        r.shiftTypeId = q.value(2).toString();
        r.minimum = q.value(3).toInt();
        r.wanted = q.value(4).toInt();
        r.skill = q.value(5).toString();
        r.skilled = q.value(6).toInt();
        out.push_back(r);
    }
    return out;
}

Result<std::vector<DemandRow>> demand(Database &db, const SquadRef &s, const RosterPeriod &period,
                                      const std::vector<RosterPost> &posts, const std::vector<RosterShift> &shifts,
                                      const std::vector<DayKind> &dayKinds)
{
    Result<std::vector<DemandTemplateRow>> stored = templates(db, s.id);
    if (!stored)
        return failure(stored.errorMessage());
    int officerCount = 0;
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT count(*) FROM officers WHERE squad_id = ? AND active = 1"));
        q.addBindValue(s.id);
        if (!q.exec() || !q.next())
            return sqlError(q, QStringLiteral("officers"));
        officerCount = q.value(0).toInt();
    }
    const std::vector<DemandTemplateRow> tmpl
        = stored->empty() ? defaultTemplate(posts, shifts, officerCount) : stored.value();

    // Manual rows per date.
    std::map<QDate, std::vector<DemandRow>> manual;
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT date, post_id, shift_type_id, minimum, wanted, skill, skilled FROM demand_days "
                                 "WHERE squad_id = ? AND date BETWEEN ? AND ?"));
        q.addBindValue(s.id);
        q.addBindValue(iso(period.start));
        q.addBindValue(iso(period.end));
        if (!q.exec())
            return sqlError(q, QStringLiteral("demand_days"));
        while (q.next())
            manual[date(q.value(0))].push_back({ date(q.value(0)), q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toInt(), q.value(4).toInt(), q.value(5).toString(),
                                                 q.value(6).toInt(), QStringLiteral("manual") });
    }
    // Overlays covering the period.
    struct Overlay
    {
        QString name;
        QDate start, end;
        std::vector<DemandTemplateRow> rows;
    };
    std::vector<Overlay> overlays;
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT o.id, o.name, o.start_date, o.end_date, r.post_id, r.shift_type_id, r.minimum, "
                                 "r.wanted, r.skill, r.skilled FROM event_overlays o JOIN event_overlay_rows r "
                                 "ON r.overlay_id = o.id WHERE o.squad_id = ? AND o.start_date <= ? AND o.end_date >= ? "
                                 "ORDER BY o.start_date, o.id"));
        q.addBindValue(s.id);
        q.addBindValue(iso(period.end));
        q.addBindValue(iso(period.start));
        if (!q.exec())
            return sqlError(q, QStringLiteral("event_overlays"));
        QString current;
        while (q.next()) {
            if (q.value(0).toString() != current) {
                current = q.value(0).toString();
                overlays.push_back({ q.value(1).toString(), date(q.value(2)), date(q.value(3)), {} });
            }
            DemandTemplateRow r;
            r.postId = q.value(4).toString();
            r.shiftTypeId = q.value(5).toString();
            r.minimum = q.value(6).toInt();
            r.wanted = q.value(7).toInt();
            r.skill = q.value(8).toString();
            r.skilled = q.value(9).toInt();
            overlays.back().rows.push_back(r);
        }
    }
    auto postValid = [&](const QString &postId, const QDate &d) {
        for (const RosterPost &p : posts)
            if (p.id == postId)
                return p.validOn(d);
        return false;
    };
    std::vector<DemandRow> out;
    for (int i = 0; i < period.days(); ++i) {
        const QDate d = period.start.addDays(i);
        if (auto m = manual.find(d); m != manual.end()) {
            for (const DemandRow &r : m->second)
                if (postValid(r.postId, d))
                    out.push_back(r);
            continue;
        }
        const DayKind kind = std::size_t(i) < dayKinds.size() ? dayKinds[std::size_t(i)] : DayKind::Weekday;
        for (const DemandTemplateRow &t : tmpl)
            if (t.dayKind == kind && postValid(t.postId, d))
                out.push_back({ d, t.postId, t.shiftTypeId, t.minimum, t.wanted, t.skill, t.skilled,
                                QStringLiteral("template:") + dayKindKey(kind) });
        for (const Overlay &o : overlays) {
            if (d < o.start || d > o.end)
                continue;
            for (const DemandTemplateRow &t : o.rows) {
                if (!postValid(t.postId, d))
                    continue;
                // An overlay row for a post and shift the template already has raises it.
                auto same = std::find_if(out.begin(), out.end(), [&](const DemandRow &r) {
                    return r.date == d && r.postId == t.postId && r.shiftTypeId == t.shiftTypeId;
                });
                if (same != out.end()) {
                    same->minimum = std::max(same->minimum, t.minimum);
                    same->wanted = std::max(same->wanted, t.wanted);
                    same->skilled = std::max(same->skilled, t.skilled);
                    if (same->skill.isEmpty())
                        same->skill = t.skill;
                    same->source = QStringLiteral("overlay:") + o.name;
                } else {
                    out.push_back({ d, t.postId, t.shiftTypeId, t.minimum, t.wanted, t.skill, t.skilled,
                                    QStringLiteral("overlay:") + o.name });
                }
            }
        }
    }
    return out;
}

Result<RosterContext> context(Database &db, const QString &squadCode, const RosterPeriod &period,
                              const QDate &frozenBefore)
{
    if (!period.isValid())
        return failure(StoreTr::tr("roster of %1: the period is not valid.").arg(squadCode));
    Result<SquadRef> s = squad(db, squadCode);
    if (!s)
        return failure(s.errorMessage());
    RosterContext c;
    c.districtName = s->districtName;
    c.squadId = s->id;
    c.squadCode = s->code;
    c.squadName = s->name;
    c.period = period;
    c.frozenBefore = frozenBefore;

    // Calendar: holidays and swapped working days.
    std::map<QDate, std::pair<QString, QString>> exceptions;
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT date, kind, name FROM calendar_days WHERE date BETWEEN ? AND ?"));
        q.addBindValue(iso(period.start.addDays(-56)));
        q.addBindValue(iso(period.end));
        if (!q.exec())
            return sqlError(q, QStringLiteral("calendar_days"));
        while (q.next())
            exceptions[date(q.value(0))] = { q.value(1).toString(), q.value(2).toString() };
    }
    auto kindOf = [&](const QDate &d) {
        auto e = exceptions.find(d);
        if (e != exceptions.end())
            return e->second.first == QLatin1String("holiday") ? DayKind::Holiday : DayKind::Weekday;
        return d.dayOfWeek() >= 6 ? DayKind::Weekend : DayKind::Weekday;
    };
    for (int i = 0; i < period.days(); ++i) {
        const QDate d = period.start.addDays(i);
        c.dates.push_back(d);
        c.dayKinds.push_back(kindOf(d));
        auto e = exceptions.find(d);
        c.holidayNames.push_back(e != exceptions.end() && e->second.first == QLatin1String("holiday") ? e->second.second
                                                                                                     : QString());
    }

    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT id, badge_no, name, certified, legal_officer, driver, dispatcher, "
                                 "contract_minutes_per_week, phone FROM officers WHERE squad_id = ? AND active = 1 "
                                 "ORDER BY badge_no"));
        q.addBindValue(s->id);
        if (!q.exec())
            return sqlError(q, QStringLiteral("officers"));
        while (q.next())
            c.officers.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                   q.value(3).toInt() != 0, q.value(4).toInt() != 0, q.value(5).toInt() != 0,
                                   q.value(6).toInt() != 0, q.value(7).toInt(), q.value(8).toString() });
    }
    Result<std::vector<RosterShift>> sh = shifts(db);
    if (!sh)
        return failure(sh.errorMessage());
    c.shifts = sh.value();
    Result<std::vector<RosterPost>> ps = posts(db, s->id, period);
    if (!ps)
        return failure(ps.errorMessage());
    c.posts = ps.value();
    Result<std::vector<DemandRow>> dm = demand(db, s.value(), period, c.posts, c.shifts, c.dayKinds);
    if (!dm)
        return failure(dm.errorMessage());
    c.demand = dm.value();

    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT l.id, l.officer_id, l.start_date, l.end_date, l.kind, l.status, l.reason "
                                 "FROM leave_requests l JOIN officers o ON o.id = l.officer_id WHERE o.squad_id = ? "
                                 "AND l.start_date <= ? AND l.end_date >= ? AND l.status IN ('approved', 'requested') "
                                 "ORDER BY l.start_date, o.badge_no"));
        q.addBindValue(s->id);
        q.addBindValue(iso(period.end));
        q.addBindValue(iso(period.start));
        if (!q.exec())
            return sqlError(q, QStringLiteral("leave_requests"));
        while (q.next())
            c.leave.push_back({ q.value(0).toString(), q.value(1).toString(), date(q.value(2)), date(q.value(3)),
                                q.value(4).toString(), q.value(5).toString(), q.value(6).toString() });
    }
    {
        QSqlQuery q(db.connection());
        q.prepare(QStringLiteral("SELECT r.id, r.officer_id, r.date, r.kind, ifnull(r.shift_type_id, ''), r.weight, "
                                 "r.status, r.note FROM shift_requests r JOIN officers o ON o.id = r.officer_id "
                                 "WHERE o.squad_id = ? AND r.date BETWEEN ? AND ? ORDER BY r.date, o.badge_no"));
        q.addBindValue(s->id);
        q.addBindValue(iso(period.start));
        q.addBindValue(iso(period.end));
        if (!q.exec())
            return sqlError(q, QStringLiteral("shift_requests"));
        while (q.next())
            c.requests.push_back({ q.value(0).toString(), q.value(1).toString(), date(q.value(2)),
                                   q.value(3).toString(), q.value(4).toString(), q.value(5).toInt(),
                                   q.value(6).toString(), q.value(7).toString() });
    }

    // History: the published rosters of the 8 weeks before the period.
    const QDate histFrom = period.start.addDays(-56);
    const QDate histTo = period.start.addDays(-1);
    Result<std::map<std::pair<QString, QDate>, Assignment>> past = effectiveCells(db, s->id, histFrom, histTo);
    if (!past)
        return failure(past.errorMessage());
    for (const RosterOfficer &o : c.officers) {
        OfficerHistory h;
        // Known when some published roster covered the day before the period.
        h.known = false;
        for (const auto &[key, shift] : past.value())
            if (key.second == histTo) {
                h.known = true;
                break;
            }
        if (h.known) {
            auto shiftOn = [&](const QDate &d) {
                auto it = past->find({ o.id, d });
                return it == past->end() ? QString() : it->second.shiftTypeId;
            };
            h.lastShiftTypeId = shiftOn(histTo);
            for (QDate d = histTo; d >= histFrom && !shiftOn(d).isEmpty(); d = d.addDays(-1))
                ++h.consecutiveWorked;
            for (QDate d = histTo; d >= histFrom && shiftOn(d).isEmpty(); d = d.addDays(-1))
                ++h.consecutiveOff;
            std::set<int> weekends;
            for (QDate d = histFrom; d <= histTo; d = d.addDays(1)) {
                const QString id = shiftOn(d);
                if (id.isEmpty())
                    continue;
                for (const RosterShift &rs : c.shifts)
                    if (rs.id == id && rs.night())
                        ++h.nightsWorked;
                if (d.dayOfWeek() >= 6)
                    weekends.insert(int(histFrom.daysTo(d) / 7));
                if (kindOf(d) == DayKind::Holiday)
                    ++h.holidaysWorked;
            }
            h.weekendsWorked = int(weekends.size());
        }
        c.history.push_back(h);
    }

    // The newest published version of this period, and the draft's locks.
    Result<std::vector<RosterHeader>> vs = versions(db, s.value(), period);
    if (!vs)
        return failure(vs.errorMessage());
    for (const RosterHeader &h : vs.value()) {
        if (h.published) {
            Result<std::vector<Assignment>> cells = assignments(db, h.id);
            if (!cells)
                return failure(cells.errorMessage());
            c.published = cells.value();
            for (Assignment &a : c.published)
                a.locked = false;
            c.publishedVersion = h.version;
        } else {
            Result<std::vector<Assignment>> cells = assignments(db, h.id);
            if (!cells)
                return failure(cells.errorMessage());
            for (const Assignment &a : cells.value())
                if (a.locked)
                    c.locked.push_back(a);
        }
    }
    return c;
}

Result<QString> writeDraft(Database &db, const SquadRef &s, const RosterPeriod &period,
                           const std::vector<Assignment> &cells, const QString &note, const QString &now,
                           const QString &idPrefix, const QString &writerId)
{
    const QString writer = writerId.isEmpty() ? db.consoleId() : writerId;
    Result<std::vector<RosterHeader>> vs = versions(db, s, period);
    if (!vs)
        return failure(vs.errorMessage());
    QString rosterId;
    int version = 1;
    for (const RosterHeader &h : vs.value()) {
        version = std::max(version, h.version + 1);
        if (!h.published)
            rosterId = h.id;
    }
    QSqlQuery q(db.connection());
    if (rosterId.isEmpty()) {
        rosterId = makeId(idPrefix, QStringLiteral("roster/%1/%2/%3").arg(s.code, period.key()).arg(version));
        q.prepare(QStringLiteral("INSERT INTO rosters (id, squad_id, period_start, period_end, version, status, note, "
                                 "updated_at, last_writer) VALUES (?, ?, ?, ?, ?, 'draft', ?, ?, ?)"));
        q.addBindValue(rosterId);
        q.addBindValue(s.id);
        q.addBindValue(iso(period.start));
        q.addBindValue(iso(period.end));
        q.addBindValue(version);
        q.addBindValue(text(note));
        q.addBindValue(now);
        q.addBindValue(writer);
        if (!q.exec())
            return sqlError(q, QStringLiteral("rosters"));
    } else {
        q.prepare(QStringLiteral("UPDATE rosters SET note = ?, updated_at = ?, last_writer = ? WHERE id = ?"));
        q.addBindValue(text(note));
        q.addBindValue(now);
        q.addBindValue(writer);
        q.addBindValue(rosterId);
        if (!q.exec())
            return sqlError(q, QStringLiteral("rosters"));
        q.prepare(QStringLiteral("DELETE FROM roster_assignments WHERE roster_id = ?"));
        q.addBindValue(rosterId);
        if (!q.exec())
            return sqlError(q, QStringLiteral("roster_assignments"));
    }
    QSqlQuery ins(db.connection());
    ins.prepare(QStringLiteral("INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, post_id, "
                               "team, locked, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    int n = 0;
    for (const Assignment &a : cells) {
        ++n;
        if (!period.contains(a.date))
            return failure(StoreTr::tr("roster %1 %2, cell %3: date %4 is outside the period.")
                               .arg(s.code, period.key())
                               .arg(n)
                               .arg(iso(a.date)));
        ins.addBindValue(makeId(idPrefix, rosterId + QLatin1Char('/') + a.officerId + QLatin1Char('/') + iso(a.date)));
        ins.addBindValue(rosterId);
        ins.addBindValue(a.officerId);
        ins.addBindValue(iso(a.date));
        ins.addBindValue(a.shiftTypeId);
        ins.addBindValue(orNull(a.postId));
        ins.addBindValue(text(a.team));
        ins.addBindValue(a.locked ? 1 : 0);
        ins.addBindValue(now);
        ins.addBindValue(writer);
        if (!ins.exec())
            return failure(StoreTr::tr("roster %1 %2, cell %3 (officer %4, %5): %6")
                               .arg(s.code, period.key())
                               .arg(n)
                               .arg(a.officerId, iso(a.date), ins.lastError().text()));
    }
    return rosterId;
}

Status publish(Database &db, const QString &rosterId, const QString &userId, const QDateTime &at, const QString &now,
               const QString &writerId)
{
    const QString writer = writerId.isEmpty() ? db.consoleId() : writerId;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE rosters SET status = 'published', published_at = ?, published_by = ?, "
                             "updated_at = ?, last_writer = ? WHERE id = ? AND status = 'draft'"));
    q.addBindValue(Database::timestamp(at));
    q.addBindValue(orNull(userId));
    q.addBindValue(now);
    q.addBindValue(writer);
    q.addBindValue(rosterId);
    if (!q.exec())
        return sqlError(q, QStringLiteral("rosters"));
    if (q.numRowsAffected() != 1)
        return failure(StoreTr::tr("roster %1: not a draft; a published version cannot be published again.").arg(rosterId));
    return success();
}

namespace {
Status insertDemandRows(QSqlQuery &q, const std::vector<DemandTemplateRow> &rows,
                        const std::function<void(QSqlQuery &, const DemandTemplateRow &)> &bindHead, const QString &now,
                        const QString &writer, const QString &table)
{
    int n = 0;
    for (const DemandTemplateRow &r : rows) {
        ++n;
        bindHead(q, r);
        q.addBindValue(r.postId);
        q.addBindValue(r.shiftTypeId);
        q.addBindValue(r.minimum);
        q.addBindValue(std::max(r.wanted, r.minimum));
        q.addBindValue(text(r.skill));
        q.addBindValue(r.skilled);
        q.addBindValue(now);
        q.addBindValue(writer);
        if (!q.exec())
            return failure(StoreTr::tr("%1, row %2 (post %3, shift %4): %5")
                               .arg(table)
                               .arg(n)
                               .arg(r.postId, r.shiftTypeId, q.lastError().text()));
    }
    return success();
}
} // namespace

Status writeTemplates(Database &db, const QString &squadId, const std::vector<DemandTemplateRow> &rows,
                      const QString &now, const QString &idPrefix, const QString &writerId)
{
    const QString writer = writerId.isEmpty() ? db.consoleId() : writerId;
    QSqlQuery del(db.connection());
    del.prepare(QStringLiteral("DELETE FROM demand_templates WHERE squad_id = ?"));
    del.addBindValue(squadId);
    if (!del.exec())
        return sqlError(del, QStringLiteral("demand_templates"));
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO demand_templates (id, squad_id, day_kind, post_id, shift_type_id, minimum, "
                             "wanted, skill, skilled, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    return insertDemandRows(
        q, rows,
        [&](QSqlQuery &query, const DemandTemplateRow &r) {
            query.addBindValue(makeId(idPrefix, QStringLiteral("template/%1/%2/%3/%4")
                                                    .arg(squadId, dayKindKey(r.dayKind), r.postId, r.shiftTypeId)));
            query.addBindValue(squadId);
            query.addBindValue(dayKindKey(r.dayKind));
        },
        now, writer, QStringLiteral("demand_templates"));
}

Result<QString> writeOverlay(Database &db, const QString &squadId, const EventOverlay &o, const QString &now,
                             const QString &idPrefix, const QString &writerId)
{
    const QString writer = writerId.isEmpty() ? db.consoleId() : writerId;
    if (o.name.trimmed().isEmpty() || !o.start.isValid() || !o.end.isValid() || o.end < o.start)
        return failure(StoreTr::tr("event overlay \"%1\": needs a name and a start date not after the end date.").arg(o.name));
    const QString id = o.id.isEmpty() ? makeId(idPrefix, QStringLiteral("overlay/%1/%2").arg(squadId, o.name)) : o.id;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("DELETE FROM event_overlay_rows WHERE overlay_id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return sqlError(q, QStringLiteral("event_overlay_rows"));
    q.prepare(QStringLiteral("INSERT INTO event_overlays (id, squad_id, name, start_date, end_date, updated_at, "
                             "last_writer) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET name = "
                             "excluded.name, start_date = excluded.start_date, end_date = excluded.end_date, "
                             "updated_at = excluded.updated_at, last_writer = excluded.last_writer"));
    q.addBindValue(id);
    q.addBindValue(squadId);
    q.addBindValue(text(o.name));
    q.addBindValue(iso(o.start));
    q.addBindValue(iso(o.end));
    q.addBindValue(now);
    q.addBindValue(writer);
    if (!q.exec())
        return sqlError(q, QStringLiteral("event_overlays"));
    QSqlQuery r(db.connection());
    r.prepare(QStringLiteral("INSERT INTO event_overlay_rows (id, overlay_id, post_id, shift_type_id, minimum, wanted, "
                             "skill, skilled, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    Status rows = insertDemandRows(
        r, o.rows,
        [&](QSqlQuery &query, const DemandTemplateRow &row) {
            query.addBindValue(makeId(idPrefix, id + QLatin1Char('/') + row.postId + QLatin1Char('/') + row.shiftTypeId));
            query.addBindValue(id);
        },
        now, writer, QStringLiteral("event_overlay_rows"));
    if (!rows)
        return failure(rows.errorMessage());
    return id;
}

Result<QString> writeLeave(Database &db, const LeaveEntry &e, const QString &now, const QString &givenId,
                           const QString &writerId)
{
    const QString writer = writerId.isEmpty() ? db.consoleId() : writerId;
    const QString id = !e.id.isEmpty() ? e.id : givenId.isEmpty() ? Database::newId() : givenId;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO leave_requests (id, officer_id, start_date, end_date, kind, status, "
                             "reason, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(e.officerId);
    q.addBindValue(iso(e.start));
    q.addBindValue(iso(e.end));
    q.addBindValue(text(e.kind));
    q.addBindValue(text(e.status));
    q.addBindValue(text(e.reason));
    q.addBindValue(now);
    q.addBindValue(writer);
    if (!q.exec())
        return failure(StoreTr::tr("leave_requests (officer %1, %2..%3, kind %4): %5")
                           .arg(e.officerId, iso(e.start), iso(e.end), e.kind, q.lastError().text()));
    return id;
}

Result<QString> writeRequest(Database &db, const ShiftRequestEntry &e, const QString &now, const QString &givenId,
                             const QString &writerId)
{
    const QString writer = writerId.isEmpty() ? db.consoleId() : writerId;
    const QString id = !e.id.isEmpty() ? e.id : givenId.isEmpty() ? Database::newId() : givenId;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO shift_requests (id, officer_id, date, kind, shift_type_id, weight, "
                             "status, note, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(e.officerId);
    q.addBindValue(iso(e.date));
    q.addBindValue(text(e.kind));
    q.addBindValue(orNull(e.shiftTypeId));
    q.addBindValue(e.weight);
    q.addBindValue(text(e.status));
    q.addBindValue(text(e.note));
    q.addBindValue(now);
    q.addBindValue(writer);
    if (!q.exec())
        return failure(StoreTr::tr("shift_requests (officer %1, %2, kind %3): %4")
                           .arg(e.officerId, iso(e.date), e.kind, q.lastError().text()));
    return id;
}

} // namespace dd::data::rosterstore
