// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/roster/rosterrepository.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/auditlog.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/roster/rosterstore.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class RepoTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::RosterRepository)
};

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

RosterRepository::RosterRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

std::vector<DemandTemplateRow> RosterRepository::defaultTemplate(const std::vector<RosterPost> &posts,
                                                                 const std::vector<RosterShift> &shifts,
                                                                 int officerCount)
{
    return rosterstore::defaultTemplate(posts, shifts, officerCount);
}

// Resolves the squad and checks the action on it; the refusal is audited by AccessControl.
#define DD_SQUAD_OR_FAIL(var, code, action)                                                                            \
    Result<rosterstore::SquadRef> var = rosterstore::squad(m_db, code);                                                \
    if (!var)                                                                                                          \
        return failure(var.errorMessage());                                                                            \
    if (Status allowed_ = AccessControl(m_db, m_clock).require(session, action, Target::squad(var->id)); !allowed_)   \
        return failure(allowed_.errorMessage());

Result<std::vector<std::pair<QString, QString>>> RosterRepository::squads(const Session &session) const
{
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT id, code, name FROM squads ORDER BY code")))
        return failure(RepoTr::tr("squads: %1").arg(q.lastError().text()));
    std::vector<std::pair<QString, QString>> out;
    while (q.next())
        if (session.allows(Action::ViewRoster, Target::squad(q.value(0).toString())))
            out.emplace_back(q.value(1).toString(), q.value(2).toString());
    return out;
}

Result<std::vector<RosterHeader>> RosterRepository::versions(const Session &session, const QString &squadCode,
                                                             const RosterPeriod &period) const
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::ViewRoster);
    return rosterstore::versions(m_db, s.value(), period);
}

Result<RosterData> RosterRepository::load(const Session &session, const QString &rosterId) const
{
    Result<RosterHeader> h = rosterstore::header(m_db, rosterId);
    if (!h)
        return failure(h.errorMessage());
    if (Status allowed = AccessControl(m_db, m_clock).require(session, Action::ViewRoster, Target::squad(h->squadId));
        !allowed)
        return failure(allowed.errorMessage());
    Result<std::vector<Assignment>> cells = rosterstore::assignments(m_db, rosterId);
    if (!cells)
        return failure(cells.errorMessage());
    return RosterData { h.value(), cells.value() };
}

Result<std::optional<RosterData>> RosterRepository::draft(const Session &session, const QString &squadCode,
                                                          const RosterPeriod &period) const
{
    Result<std::vector<RosterHeader>> vs = versions(session, squadCode, period);
    if (!vs)
        return failure(vs.errorMessage());
    for (const RosterHeader &h : vs.value())
        if (!h.published) {
            Result<std::vector<Assignment>> cells = rosterstore::assignments(m_db, h.id);
            if (!cells)
                return failure(cells.errorMessage());
            return std::optional<RosterData>(RosterData { h, cells.value() });
        }
    return std::optional<RosterData>();
}

Result<std::optional<RosterData>> RosterRepository::latestPublished(const Session &session, const QString &squadCode,
                                                                    const RosterPeriod &period) const
{
    Result<std::vector<RosterHeader>> vs = versions(session, squadCode, period);
    if (!vs)
        return failure(vs.errorMessage());
    for (auto it = vs->rbegin(); it != vs->rend(); ++it)
        if (it->published) {
            Result<std::vector<Assignment>> cells = rosterstore::assignments(m_db, it->id);
            if (!cells)
                return failure(cells.errorMessage());
            return std::optional<RosterData>(RosterData { *it, cells.value() });
        }
    return std::optional<RosterData>();
}

Result<RosterContext> RosterRepository::context(const Session &session, const QString &squadCode,
                                                const RosterPeriod &period, const QDate &frozenBefore) const
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::ViewRoster);
    return rosterstore::context(m_db, squadCode, period, frozenBefore);
}

Result<std::vector<DemandRow>> RosterRepository::demand(const Session &session, const QString &squadCode,
                                                        const RosterPeriod &period) const
{
    Result<RosterContext> c = context(session, squadCode, period);
    if (!c)
        return failure(c.errorMessage());
    return c->demand;
}

Result<std::vector<DemandTemplateRow>> RosterRepository::templates(const Session &session,
                                                                   const QString &squadCode) const
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::ViewRoster);
    return rosterstore::templates(m_db, s->id);
}

Result<std::vector<EventOverlay>> RosterRepository::overlays(const Session &session, const QString &squadCode) const
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::ViewRoster);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT o.id, o.name, o.start_date, o.end_date, ifnull(r.post_id, ''), "
                             "ifnull(r.shift_type_id, ''), ifnull(r.minimum, 0), ifnull(r.wanted, 0), "
                             "ifnull(r.skill, ''), ifnull(r.skilled, 0) FROM event_overlays o LEFT JOIN "
                             "event_overlay_rows r ON r.overlay_id = o.id WHERE o.squad_id = ? ORDER BY o.start_date, o.id"));
    q.addBindValue(s->id);
    if (!q.exec())
        return failure(RepoTr::tr("event_overlays: %1").arg(q.lastError().text()));
    std::vector<EventOverlay> out;
    while (q.next()) {
        if (out.empty() || out.back().id != q.value(0).toString())
            out.push_back({ q.value(0).toString(), q.value(1).toString(),
                            QDate::fromString(q.value(2).toString(), Qt::ISODate),
                            QDate::fromString(q.value(3).toString(), Qt::ISODate), {} });
        if (!q.value(4).toString().isEmpty()) {
            DemandTemplateRow r;
            r.postId = q.value(4).toString();
            r.shiftTypeId = q.value(5).toString();
            r.minimum = q.value(6).toInt();
            r.wanted = q.value(7).toInt();
            r.skill = q.value(8).toString();
            r.skilled = q.value(9).toInt();
            out.back().rows.push_back(r);
        }
    }
    return out;
}

Result<std::vector<LeaveEntry>> RosterRepository::leave(const Session &session, const QString &squadCode,
                                                        const RosterPeriod &period) const
{
    Result<RosterContext> c = context(session, squadCode, period);
    if (!c)
        return failure(c.errorMessage());
    return c->leave;
}

Result<std::vector<ShiftRequestEntry>> RosterRepository::requests(const Session &session, const QString &squadCode,
                                                                  const RosterPeriod &period) const
{
    Result<RosterContext> c = context(session, squadCode, period);
    if (!c)
        return failure(c.errorMessage());
    return c->requests;
}

Result<std::vector<ReplanFlag>> RosterRepository::replanFlags(const Session &session, const QString &squadCode,
                                                              const RosterPeriod &period) const
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::ViewRoster);
    QSqlQuery q(m_db.connection());
    // Open: the flagged version is still the newest published version of its period.
    q.prepare(QStringLiteral(
        "SELECT f.id, f.roster_id, r.version, r.period_start, r.period_end, f.officer_id, o.name, f.start_date, "
        "f.end_date, f.reason FROM roster_replan_flags f JOIN rosters r ON r.id = f.roster_id "
        "JOIN officers o ON o.id = f.officer_id WHERE r.squad_id = ? AND r.period_start <= ? AND r.period_end >= ? "
        "AND r.version = (SELECT max(version) FROM rosters x WHERE x.squad_id = r.squad_id AND "
        "x.period_start = r.period_start AND x.period_end = r.period_end AND x.status = 'published') "
        "ORDER BY f.start_date, o.badge_no"));
    q.addBindValue(s->id);
    q.addBindValue(iso(period.end));
    q.addBindValue(iso(period.start));
    if (!q.exec())
        return failure(RepoTr::tr("roster_replan_flags: %1").arg(q.lastError().text()));
    std::vector<ReplanFlag> out;
    while (q.next())
        out.push_back({ q.value(0).toString(), q.value(1).toString(), q.value(2).toInt(),
                        RosterPeriod { QDate::fromString(q.value(3).toString(), Qt::ISODate),
                                       QDate::fromString(q.value(4).toString(), Qt::ISODate) },
                        q.value(5).toString(), q.value(6).toString(),
                        QDate::fromString(q.value(7).toString(), Qt::ISODate),
                        QDate::fromString(q.value(8).toString(), Qt::ISODate), q.value(9).toString() });
    return out;
}

Result<std::vector<AssignmentChange>> RosterRepository::compare(const Session &session, const QString &fromRosterId,
                                                                const QString &toRosterId) const
{
    Result<RosterData> a = load(session, fromRosterId);
    if (!a)
        return failure(a.errorMessage());
    Result<RosterData> b = load(session, toRosterId);
    if (!b)
        return failure(b.errorMessage());
    if (a->header.squadId != b->header.squadId)
        return failure(RepoTr::tr("compare: roster %1 belongs to %2 and roster %3 to %4; compare versions of one squad.")
                           .arg(fromRosterId, a->header.squadCode, toRosterId, b->header.squadCode));
    return compareAssignments(a->assignments, b->assignments);
}

Result<RosterCheck> RosterRepository::check(const Session &session, const QString &rosterId) const
{
    Result<RosterData> r = load(session, rosterId);
    if (!r)
        return failure(r.errorMessage());
    Result<RosterContext> c = rosterstore::context(m_db, r->header.squadCode, r->header.period);
    if (!c)
        return failure(c.errorMessage());
    // Checked as it stands: no stability or pins against itself.
    c->published.clear();
    c->locked.clear();
    c->frozenBefore = QDate();
    return checkRoster(c.value(), r->assignments);
}

// ------------------------------------------------------------------ writes

Result<QString> RosterRepository::saveDraft(const Session &session, const QString &squadCode,
                                            const RosterPeriod &period, const std::vector<Assignment> &assignments,
                                            const QString &note)
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::EditRoster);
    if (!period.isValid())
        return failure(RepoTr::tr("roster of %1: the period is not valid.").arg(squadCode));
    QString id;
    const QString now = Database::timestamp(m_clock.now());
    Status done = m_db.transaction([&]() -> Status {
        Result<QString> written = rosterstore::writeDraft(m_db, s.value(), period, assignments, note, now);
        if (!written)
            return failure(written.errorMessage());
        id = written.value();
        return success();
    });
    if (!done)
        return failure(done.errorMessage());
    return id;
}

Status RosterRepository::discardDraft(const Session &session, const QString &squadCode, const RosterPeriod &period)
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::EditRoster);
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM roster_assignments WHERE roster_id IN (SELECT id FROM rosters WHERE "
                                 "squad_id = ? AND period_start = ? AND period_end = ? AND status = 'draft')"));
        q.addBindValue(s->id);
        q.addBindValue(iso(period.start));
        q.addBindValue(iso(period.end));
        if (!q.exec())
            return failure(RepoTr::tr("roster_assignments: %1").arg(q.lastError().text()));
        q.prepare(QStringLiteral("DELETE FROM rosters WHERE squad_id = ? AND period_start = ? AND period_end = ? AND "
                                 "status = 'draft'"));
        q.addBindValue(s->id);
        q.addBindValue(iso(period.start));
        q.addBindValue(iso(period.end));
        if (!q.exec())
            return failure(RepoTr::tr("rosters: %1").arg(q.lastError().text()));
        return success();
    });
}

Status RosterRepository::setTemplates(const Session &session, const QString &squadCode,
                                      const std::vector<DemandTemplateRow> &rows)
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::EditRoster);
    const QString now = Database::timestamp(m_clock.now());
    return m_db.transaction([&]() -> Status { return rosterstore::writeTemplates(m_db, s->id, rows, now); });
}

Result<QString> RosterRepository::saveOverlay(const Session &session, const QString &squadCode,
                                              const EventOverlay &overlay)
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::EditRoster);
    const QString now = Database::timestamp(m_clock.now());
    QString id;
    Status done = m_db.transaction([&]() -> Status {
        Result<QString> w = rosterstore::writeOverlay(m_db, s->id, overlay, now);
        if (!w)
            return failure(w.errorMessage());
        id = w.value();
        return success();
    });
    if (!done)
        return failure(done.errorMessage());
    return id;
}

Status RosterRepository::removeOverlay(const Session &session, const QString &squadCode, const QString &overlayId)
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::EditRoster);
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM event_overlay_rows WHERE overlay_id IN (SELECT id FROM event_overlays "
                                 "WHERE id = ? AND squad_id = ?)"));
        q.addBindValue(overlayId);
        q.addBindValue(s->id);
        if (!q.exec())
            return failure(RepoTr::tr("event_overlay_rows: %1").arg(q.lastError().text()));
        q.prepare(QStringLiteral("DELETE FROM event_overlays WHERE id = ? AND squad_id = ?"));
        q.addBindValue(overlayId);
        q.addBindValue(s->id);
        if (!q.exec())
            return failure(RepoTr::tr("event_overlays: %1").arg(q.lastError().text()));
        return success();
    });
}

Status RosterRepository::setManualDemand(const Session &session, const QString &squadCode,
                                         const std::vector<QDate> &dates, const std::vector<DemandRow> &rows)
{
    DD_SQUAD_OR_FAIL(s, squadCode, Action::EditRoster);
    const QString now = Database::timestamp(m_clock.now());
    return m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("DELETE FROM demand_days WHERE squad_id = ? AND date = ?"));
        for (const QDate &d : dates) {
            q.addBindValue(s->id);
            q.addBindValue(iso(d));
            if (!q.exec())
                return failure(RepoTr::tr("demand_days: %1").arg(q.lastError().text()));
        }
        QSqlQuery ins(m_db.connection());
        ins.prepare(QStringLiteral("INSERT INTO demand_days (id, squad_id, date, post_id, shift_type_id, minimum, wanted, "
                                   "skill, skilled, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        int n = 0;
        for (const DemandRow &r : rows) {
            ++n;
            if (std::find(dates.begin(), dates.end(), r.date) == dates.end())
                return failure(RepoTr::tr("demand_days, row %1: date %2 is not among the dates being replaced.")
                                   .arg(n)
                                   .arg(iso(r.date)));
            ins.addBindValue(Database::newId());
            ins.addBindValue(s->id);
            ins.addBindValue(iso(r.date));
            ins.addBindValue(r.postId);
            ins.addBindValue(r.shiftTypeId);
            ins.addBindValue(r.minimum);
            ins.addBindValue(std::max(r.wanted, r.minimum));
            ins.addBindValue(r.skill.isNull() ? QStringLiteral("") : r.skill);
            ins.addBindValue(r.skilled);
            ins.addBindValue(now);
            ins.addBindValue(m_db.consoleId());
            if (!ins.exec())
                return failure(RepoTr::tr("demand_days, row %1 (%2, post %3, shift %4): %5")
                                   .arg(n)
                                   .arg(iso(r.date), r.postId, r.shiftTypeId, ins.lastError().text()));
        }
        return success();
    });
}

namespace {
Result<QString> squadOfOfficer(Database &db, const QString &officerId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT squad_id FROM officers WHERE id = ?"));
    q.addBindValue(officerId);
    if (!q.exec())
        return failure(RepoTr::tr("officers: %1").arg(q.lastError().text()));
    if (!q.next())
        return failure(RepoTr::tr("officer %1: no such officer.").arg(officerId));
    return q.value(0).toString();
}

// Deletes one officer-owned planning row (a leave entry, a shift request) after checking EditRoster on
// the officer's squad; `detach` runs first in the same transaction (rows that refer to it).
Status removeOfficerRow(Database &db, const Clock &clock, const Session &session, const QString &table,
                        const QString &id, const QString &missing, const QStringList &detach = {})
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT officer_id FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return failure(missing);
    Result<QString> squadId = squadOfOfficer(db, q.value(0).toString());
    if (!squadId)
        return failure(squadId.errorMessage());
    if (Status allowed = AccessControl(db, clock).require(session, Action::EditRoster, Target::squad(squadId.value()));
        !allowed)
        return allowed;
    return db.transaction([&]() -> Status {
        QSqlQuery d(db.connection());
        for (const QString &sql : detach + QStringList { QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table) }) {
            d.prepare(sql);
            d.addBindValue(id);
            if (!d.exec())
                return failure(RepoTr::tr("%1: %2").arg(table, d.lastError().text()));
        }
        return success();
    });
}
} // namespace

Result<LeaveOutcome> RosterRepository::addLeave(const Session &session, const LeaveEntry &entry)
{
    Result<QString> squadId = squadOfOfficer(m_db, entry.officerId);
    if (!squadId)
        return failure(squadId.errorMessage());
    if (Status allowed = AccessControl(m_db, m_clock).require(session, Action::EditRoster, Target::squad(squadId.value()));
        !allowed)
        return failure(allowed.errorMessage());
    if (!entry.start.isValid() || !entry.end.isValid() || entry.end < entry.start)
        return failure(RepoTr::tr("leave of officer %1: the start date must be valid and not after the end date.")
                           .arg(entry.officerId));
    const QString now = Database::timestamp(m_clock.now());
    LeaveOutcome out;
    Status done = m_db.transaction([&]() -> Status {
        Result<QString> id = rosterstore::writeLeave(m_db, entry, now);
        if (!id)
            return failure(id.errorMessage());
        out.leaveId = id.value();
        if (entry.status != QLatin1String("approved"))
            return success();
        // The newest published versions whose period overlaps the leave and in which the officer works
        // on a leave day.
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "SELECT r.id, r.version, r.period_start, r.period_end, min(a.date), max(a.date), o.name "
            "FROM rosters r JOIN roster_assignments a ON a.roster_id = r.id JOIN officers o ON o.id = a.officer_id "
            "WHERE r.squad_id = ? AND r.status = 'published' AND a.officer_id = ? AND a.date BETWEEN ? AND ? "
            "AND r.version = (SELECT max(version) FROM rosters x WHERE x.squad_id = r.squad_id AND "
            "x.period_start = r.period_start AND x.period_end = r.period_end AND x.status = 'published') "
            "GROUP BY r.id ORDER BY r.period_start"));
        q.addBindValue(squadId.value());
        q.addBindValue(entry.officerId);
        q.addBindValue(iso(entry.start));
        q.addBindValue(iso(entry.end));
        if (!q.exec())
            return failure(RepoTr::tr("roster_assignments: %1").arg(q.lastError().text()));
        while (q.next()) {
            ReplanFlag f;
            f.id = Database::newId();
            f.rosterId = q.value(0).toString();
            f.rosterVersion = q.value(1).toInt();
            f.period = { QDate::fromString(q.value(2).toString(), Qt::ISODate),
                         QDate::fromString(q.value(3).toString(), Qt::ISODate) };
            f.officerId = entry.officerId;
            f.officerName = q.value(6).toString();
            f.start = QDate::fromString(q.value(4).toString(), Qt::ISODate);
            f.end = QDate::fromString(q.value(5).toString(), Qt::ISODate);
            f.reason = RepoTr::tr("%1 leave %2..%3 overlaps published version %4")
                           .arg(entry.kind, iso(entry.start), iso(entry.end))
                           .arg(f.rosterVersion);
            out.flags.push_back(f);
        }
        QSqlQuery ins(m_db.connection());
        ins.prepare(QStringLiteral("INSERT INTO roster_replan_flags (id, roster_id, officer_id, leave_id, start_date, "
                                   "end_date, reason, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        for (const ReplanFlag &f : out.flags) {
            ins.addBindValue(f.id);
            ins.addBindValue(f.rosterId);
            ins.addBindValue(f.officerId);
            ins.addBindValue(out.leaveId);
            ins.addBindValue(iso(f.start));
            ins.addBindValue(iso(f.end));
            ins.addBindValue(f.reason.isNull() ? QStringLiteral("") : f.reason);
            ins.addBindValue(now);
            ins.addBindValue(m_db.consoleId());
            if (!ins.exec())
                return failure(RepoTr::tr("roster_replan_flags: %1").arg(ins.lastError().text()));
        }
        if (!out.flags.empty()) {
            QJsonObject detail { { QStringLiteral("officer"), entry.officerId },
                                 { QStringLiteral("from"), iso(entry.start) },
                                 { QStringLiteral("to"), iso(entry.end) },
                                 { QStringLiteral("kind"), entry.kind },
                                 { QStringLiteral("rosters"), int(out.flags.size()) } };
            Status audited = AuditLog(m_db, m_clock).append(session, QStringLiteral("roster.replan_needed"),
                                                            QStringLiteral("leave_requests"), out.leaveId, detail);
            if (!audited)
                return audited;
        }
        return success();
    });
    if (!done)
        return failure(done.errorMessage());
    return out;
}

Status RosterRepository::removeLeave(const Session &session, const QString &leaveId)
{
    // Re-plan flags keep their roster and dates but no longer point at the removed entry.
    return removeOfficerRow(m_db, m_clock, session, QStringLiteral("leave_requests"), leaveId,
                            RepoTr::tr("leave %1: no such leave entry.").arg(leaveId),
                            { QStringLiteral("UPDATE roster_replan_flags SET leave_id = NULL WHERE leave_id = ?") });
}

Result<QString> RosterRepository::addRequest(const Session &session, const ShiftRequestEntry &entry)
{
    Result<QString> squadId = squadOfOfficer(m_db, entry.officerId);
    if (!squadId)
        return failure(squadId.errorMessage());
    if (Status allowed = AccessControl(m_db, m_clock).require(session, Action::EditRoster, Target::squad(squadId.value()));
        !allowed)
        return failure(allowed.errorMessage());
    const QString now = Database::timestamp(m_clock.now());
    QString id;
    Status done = m_db.transaction([&]() -> Status {
        Result<QString> w = rosterstore::writeRequest(m_db, entry, now);
        if (!w)
            return failure(w.errorMessage());
        id = w.value();
        return success();
    });
    if (!done)
        return failure(done.errorMessage());
    return id;
}

Status RosterRepository::removeRequest(const Session &session, const QString &requestId)
{
    return removeOfficerRow(m_db, m_clock, session, QStringLiteral("shift_requests"), requestId,
                            RepoTr::tr("shift request %1: no such request.").arg(requestId));
}

Result<RosterHeader> RosterRepository::publish(const Session &session, const QString &rosterId,
                                               const PublishOptions &options)
{
    Result<RosterHeader> h = rosterstore::header(m_db, rosterId);
    if (!h)
        return failure(h.errorMessage());
    if (Status allowed = AccessControl(m_db, m_clock).require(session, Action::PublishRoster, Target::squad(h->squadId));
        !allowed)
        return failure(allowed.errorMessage());
    if (h->published)
        return failure(RepoTr::tr("roster %1 %2 version %3 is already published; change it by publishing a new version.")
                           .arg(h->squadCode, h->period.key())
                           .arg(h->version));
    Result<RosterCheck> checked = check(session, rosterId);
    if (!checked)
        return failure(checked.errorMessage());
    const int hard = checked->hardViolations;
    if (hard > 0 && !options.overrideHardViolations)
        return failure(RepoTr::tr("roster %1 %2 version %3 has %4 hard violation(s); publishing it needs the "
                                  "leader's confirmation (recorded in the audit log).")
                           .arg(h->squadCode, h->period.key())
                           .arg(h->version)
                           .arg(hard));
    const QDateTime at = m_clock.now();
    const QString now = Database::timestamp(at);
    Status done = m_db.transaction([&]() -> Status {
        // Changes against the previous published version, for the audit entry.
        int changes = -1;
        Result<std::vector<RosterHeader>> vs = rosterstore::versions(
            m_db, rosterstore::SquadRef { h->squadId, h->squadCode, h->squadName, QString() }, h->period);
        if (!vs)
            return failure(vs.errorMessage());
        QString previous;
        for (const RosterHeader &v : vs.value())
            if (v.published)
                previous = v.id;
        if (!previous.isEmpty()) {
            Result<std::vector<Assignment>> a = rosterstore::assignments(m_db, previous);
            Result<std::vector<Assignment>> b = rosterstore::assignments(m_db, rosterId);
            if (!a || !b)
                return failure(!a ? a.errorMessage() : b.errorMessage());
            changes = int(compareAssignments(a.value(), b.value()).size());
        }
        Status frozen = rosterstore::publish(m_db, rosterId, session.userId(), at, now);
        if (!frozen)
            return frozen;
        QJsonObject detail { { QStringLiteral("squad"), h->squadCode },
                             { QStringLiteral("period"), h->period.key() },
                             { QStringLiteral("version"), h->version },
                             { QStringLiteral("hard_violations"), hard },
                             { QStringLiteral("override"), hard > 0 } };
        if (changes >= 0)
            detail.insert(QStringLiteral("changes"), changes);
        if (!options.note.isEmpty())
            detail.insert(QStringLiteral("note"), options.note);
        return AuditLog(m_db, m_clock).append(session, QStringLiteral("roster.publish"), QStringLiteral("rosters"),
                                              rosterId, detail);
    });
    if (!done)
        return failure(done.errorMessage());
    return rosterstore::header(m_db, rosterId);
}

} // namespace dd::data
