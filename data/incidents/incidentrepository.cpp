// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/incidents/incidentrepository.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/personaldata.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/incidents/logging.h"
#include "data/incidents/sqlvalue.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace dd::data {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::IncidentRepository)
};

QDateTime parseTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    t.setTimeSpec(Qt::UTC);
    return t;
}

QVariant timeValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(Database::timestamp(t)) : QVariant();
}

QString sqlError(const char *where, const QSqlQuery &q)
{
    return QStringLiteral("incidents (%1): %2").arg(QLatin1String(where), q.lastError().text());
}

// The rows the session may see, as an SQL condition on table alias i with its bound values.
std::pair<QString, QVariantList> scopeCondition(const Session &session)
{
    switch (session.widestScope(Action::ViewIncidents)) {
    case Scope::District:
        return { QStringLiteral("1 = 1"), {} };
    case Scope::Squad: {
        QStringList marks;
        QVariantList values;
        for (const QString &s : session.squadsFor(Action::ViewIncidents)) {
            marks << QStringLiteral("?");
            values << s;
        }
        if (marks.isEmpty())
            return { QStringLiteral("0 = 1"), {} };
        return { QStringLiteral("i.squad_id IN (%1)").arg(marks.join(QLatin1Char(','))), values };
    }
    case Scope::Own:
        return { QStringLiteral("i.officer_id = ?"), { session.officerId() } };
    case Scope::None:
        break;
    }
    return { QStringLiteral("0 = 1"), {} };
}

const QString kIncidentColumns = QStringLiteral(
    "i.id, i.ticket_no, i.source, COALESCE(c.id, ''), COALESCE(c.code, ''), COALESCE(c.name, ''), i.title, "
    "i.description, i.address, i.lon, i.lat, COALESCE(i.cell_id, ''), COALESCE(g.code, ''), "
    "COALESCE(i.squad_id, ''), COALESCE(s.code, ''), COALESCE(s.name, ''), i.status, i.urgency, "
    "i.reporter_name, i.reporter_phone, i.reported_at, i.deadline_at, i.first_deadline_at, "
    "i.arrive_deadline_at, i.closed_at, i.updated_at, COALESCE(i.officer_id, ''), COALESCE(o.name, ''), i.team "
    "FROM incidents i LEFT JOIN incident_categories c ON c.id = i.category_id "
    "LEFT JOIN grid_cells g ON g.id = i.cell_id LEFT JOIN squads s ON s.id = i.squad_id "
    "LEFT JOIN officers o ON o.id = i.officer_id ");

Incident readIncident(const QSqlQuery &q)
{
    Incident r;
    r.id = q.value(0).toString();
    r.ticketNo = q.value(1).toString();
    r.source = q.value(2).toString();
    r.categoryId = q.value(3).toString();
    r.categoryCode = q.value(4).toString();
    r.categoryName = q.value(5).toString();
    r.title = q.value(6).toString();
    r.description = q.value(7).toString();
    r.address = q.value(8).toString();
    if (!q.value(9).isNull() && !q.value(10).isNull()) {
        r.lon = q.value(9).toDouble();
        r.lat = q.value(10).toDouble();
    }
    r.cellId = q.value(11).toString();
    r.cellCode = q.value(12).toString();
    r.squadId = q.value(13).toString();
    r.squadCode = q.value(14).toString();
    r.squadName = q.value(15).toString();
    r.status = Workflow::statusFromKey(q.value(16).toString()).value_or(IncidentStatus::Filed);
    r.urgent = q.value(17).toString() == QLatin1String("urgent");
    r.reporterName = q.value(18).toString();
    r.reporterPhone = q.value(19).toString();
    r.reportedAt = parseTime(q.value(20));
    r.deadlineAt = parseTime(q.value(21));
    r.firstDeadlineAt = parseTime(q.value(22));
    r.arriveDeadlineAt = parseTime(q.value(23));
    r.closedAt = parseTime(q.value(24));
    r.updatedAt = parseTime(q.value(25));
    r.officerId = q.value(26).toString();
    r.officerName = q.value(27).toString();
    r.team = q.value(28).toString();
    return r;
}

} // namespace

QStringList incidentSourceKeys()
{
    return { QStringLiteral("hotline_12345"), QStringLiteral("hotline_12319"), QStringLiteral("city_bureau"),
             QStringLiteral("department"),    QStringLiteral("video"),         QStringLiteral("patrol"),
             QStringLiteral("other") };
}

QString incidentSourceName(const QString &key)
{
    if (key == QLatin1String("hotline_12345"))
        return QCoreApplication::translate("dd::data::Incidents", "12345 citizen hotline");
    if (key == QLatin1String("hotline_12319"))
        return QCoreApplication::translate("dd::data::Incidents", "12319 city-construction hotline");
    if (key == QLatin1String("city_bureau"))
        return QCoreApplication::translate("dd::data::Incidents", "City bureau transfer");
    if (key == QLatin1String("department"))
        return QCoreApplication::translate("dd::data::Incidents", "Management department");
    if (key == QLatin1String("video"))
        return QCoreApplication::translate("dd::data::Incidents", "Video detection");
    if (key == QLatin1String("patrol"))
        return QCoreApplication::translate("dd::data::Incidents", "Patrol finding");
    return QCoreApplication::translate("dd::data::Incidents", "Other");
}

IncidentRepository::IncidentRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

Status IncidentRepository::reload()
{
    m_locator.reset();
    m_calendar.reset();
    return ensureLoaded();
}

Status IncidentRepository::ensureLoaded()
{
    if (!m_locator) {
        auto loaded = CellLocator::load(m_db);
        if (!loaded)
            return failure(loaded.errorMessage());
        m_locator = std::move(loaded.value());
    }
    if (!m_calendar) {
        auto loaded = WorkingCalendar::load(m_db);
        if (!loaded)
            return failure(loaded.errorMessage());
        m_calendar = std::move(loaded.value());
    }
    return success();
}

const CellLocator &IncidentRepository::locator()
{
    static const CellLocator kEmpty;
    return ensureLoaded() ? *m_locator : kEmpty;
}

const WorkingCalendar &IncidentRepository::calendar()
{
    static const WorkingCalendar kDefault;
    return ensureLoaded() ? *m_calendar : kDefault;
}

Result<QDateTime> IncidentRepository::deadlineFor(const QString &categoryCode, const QDateTime &reportedUtc)
{
    Status loaded = ensureLoaded();
    if (!loaded)
        return failure(loaded.errorMessage());
    auto category = CategoryRepository(m_db).byCode(categoryCode);
    if (!category)
        return failure(category.errorMessage());
    return Deadlines::deadline(reportedUtc, category->limit, *m_calendar);
}

Result<QString> IncidentRepository::file(const Session &session, const NewIncident &in)
{
    Status loaded = ensureLoaded();
    if (!loaded)
        return failure(loaded.errorMessage());
    if (!incidentSourceKeys().contains(in.source))
        return failure(Tr::tr("New incident: unknown source “%1”.").arg(in.source));
    auto category = CategoryRepository(m_db).byCode(in.categoryCode);
    if (!category)
        return failure(Tr::tr("New incident: category: %1").arg(category.errorMessage()));
    const LocatedCell *cell = nullptr;
    if (in.lon && in.lat) {
        cell = m_locator->at(*in.lon, *in.lat);
        if (!cell)
            return failure(Tr::tr("New incident: the coordinates %1, %2 lie outside the district's grid.")
                               .arg(*in.lon, 0, 'f', 6)
                               .arg(*in.lat, 0, 'f', 6));
    } else if (auto match = m_locator->matchAddress(in.address, in.townHint)) {
        cell = match->cell;
    }
    const QString squadId = !in.squadId.isEmpty() ? in.squadId : cell ? cell->squadId : QString();
    if (squadId.isEmpty())
        return failure(Tr::tr("New incident: no location: give coordinates, an address naming a town or community, "
                          "or the responsible squad."));
    Status allowed = AccessControl(m_db, m_clock)
                         .require(session, Action::CreateIncident, Target::officer(squadId, session.officerId()));
    if (!allowed)
        return failure(allowed.errorMessage());

    const QDateTime reported = in.reportedAt.isValid() ? in.reportedAt.toUTC() : m_clock.now();
    const QDateTime deadline = Deadlines::deadline(reported, category->limit, *m_calendar);
    const QDateTime arrival = Deadlines::arrivalDeadline(reported, in.urgent);
    const QString id = Database::newId();
    const QString now = Database::timestamp(m_clock.now());
    Status written = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral(
            "INSERT INTO incidents (id, ticket_no, source, category_id, title, description, address, lon, lat, "
            "cell_id, squad_id, status, reported_at, deadline_at, first_deadline_at, arrive_deadline_at, urgency, "
            "reporter_name, reporter_phone, updated_at, last_writer) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'filed', ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const QVariant lon = in.lon ? QVariant(*in.lon) : cell ? QVariant(cell->lon) : QVariant();
        const QVariant lat = in.lat ? QVariant(*in.lat) : cell ? QVariant(cell->lat) : QVariant();
        for (const QVariant &v :
             { QVariant(id), QVariant(in.ticketNo.trimmed()), QVariant(in.source), QVariant(category->id),
               QVariant(in.title.isEmpty() ? category->name : in.title), QVariant(in.description),
               QVariant(in.address), lon, lat, cell ? QVariant(cell->id) : QVariant(), QVariant(squadId),
               timeValue(reported), timeValue(deadline), timeValue(deadline), timeValue(arrival),
               QVariant(in.urgent ? QStringLiteral("urgent") : QStringLiteral("normal")), QVariant(in.reporterName),
               QVariant(in.reporterPhone), QVariant(now), QVariant(m_db.consoleId()) })
            q.addBindValue(sqlValue(v));
        if (!q.exec()) {
            if (q.lastError().text().contains(QLatin1String("UNIQUE")))
                return failure(Tr::tr("New incident: ticket %1 of this source is already filed.").arg(in.ticketNo));
            return failure(sqlError("file", q));
        }
        TransitionRequest request;
        request.kind = EventKind::File;
        return appendEvent(id, 1, EventKind::File, std::nullopt, IncidentStatus::Filed, session, request, now);
    });
    if (!written)
        return failure(written.errorMessage());
    qCInfo(lcIncidents) << "filed" << id << "squad" << squadId;
    return id;
}

Status IncidentRepository::appendEvent(const QString &incidentId, int seq, EventKind kind,
                                       std::optional<IncidentStatus> from, std::optional<IncidentStatus> to,
                                       const Session &session, const TransitionRequest &request, const QString &now)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO incident_events (id, incident_id, seq, at, kind, from_status, to_status, user_id, officer_id, "
        "team, reason, note, deadline_at, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    for (const QVariant &v :
         { QVariant(Database::newId()), QVariant(incidentId), QVariant(seq), QVariant(now),
           QVariant(Workflow::kindKey(kind)), from ? QVariant(Workflow::statusKey(*from)) : QVariant(),
           to ? QVariant(Workflow::statusKey(*to)) : QVariant(),
           session.userId().isEmpty() ? QVariant() : QVariant(session.userId()),
           request.officerId.isEmpty() ? QVariant() : QVariant(request.officerId), QVariant(request.team),
           QVariant(request.reason.trimmed()), QVariant(request.note), timeValue(request.newDeadline), QVariant(now),
           QVariant(m_db.consoleId()) })
        q.addBindValue(sqlValue(v));
    if (!q.exec())
        return failure(sqlError("history", q));
    return success();
}

Status IncidentRepository::transition(const Session &session, const QString &incidentId,
                                      const TransitionRequest &request)
{
    // The role is checked before the transaction, so that a refusal's audit entry is not rolled
    // back with it; the transaction checks the stage again (another console may have moved it).
    {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT status, COALESCE(squad_id, ''), COALESCE(officer_id, ''), ticket_no "
                                 "FROM incidents WHERE id = ?"));
        q.addBindValue(incidentId);
        if (!q.exec())
            return failure(sqlError("transition", q));
        if (!q.next())
            return failure(Tr::tr("Incident %1: not found.").arg(incidentId));
        const auto status = Workflow::statusFromKey(q.value(0).toString());
        const QString squadId = q.value(1).toString();
        const QString officerId = q.value(2).toString();
        const QString label = q.value(3).toString().isEmpty() ? incidentId : q.value(3).toString();
        const Transition *t = status ? Workflow::find(*status, request.kind) : nullptr;
        if (t) {
            Status allowed = AccessControl(m_db, m_clock)
                                 .require(session, Workflow::requiredAction(session, *t, squadId, officerId),
                                          t->fieldStep ? Target::officer(squadId, officerId) : Target::squad(squadId));
            if (!allowed)
                return failure(Tr::tr("Incident %1: %2").arg(label, allowed.errorMessage()));
        }
    }
    Status done = m_db.transaction([&]() -> Status {
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("SELECT status, COALESCE(squad_id, ''), COALESCE(officer_id, ''), deadline_at, "
                                 "ticket_no, (SELECT COALESCE(MAX(seq), 0) FROM incident_events WHERE incident_id = ?) "
                                 "FROM incidents WHERE id = ?"));
        q.addBindValue(incidentId);
        q.addBindValue(incidentId);
        if (!q.exec())
            return failure(sqlError("transition", q));
        if (!q.next())
            return failure(Tr::tr("Incident %1: not found.").arg(incidentId));
        const auto status = Workflow::statusFromKey(q.value(0).toString());
        if (!status)
            return failure(Tr::tr("Incident %1: unknown stage “%2”.").arg(incidentId, q.value(0).toString()));
        const QString squadId = q.value(1).toString();
        const QString officerId = q.value(2).toString();
        const QDateTime deadline = parseTime(q.value(3));
        const QString ticket = q.value(4).toString();
        const int lastSeq = q.value(5).toInt();
        const QString label = ticket.isEmpty() ? incidentId : ticket;
        const Transition *t = Workflow::find(*status, request.kind);
        if (!t)
            return failure(Tr::tr("Incident %1: %2").arg(label, Workflow::refusalForStage(*status, request.kind)));
        if (!Workflow::mayTake(session, *t, squadId, officerId))
            return failure(Tr::tr("Incident %1: %2").arg(label, AccessControl::refusal(session, t->permission)));
        if (t->reasonRequired && request.reason.trimmed().isEmpty())
            return failure(Tr::tr("Incident %1: “%2” needs a reason.").arg(label, Workflow::kindName(request.kind)));
        if (t->needsAssignee && request.officerId.isEmpty() && request.team.isEmpty())
            return failure(Tr::tr("Incident %1: “%2” needs an officer or a team.").arg(label, Workflow::kindName(request.kind)));
        if (t->needsDeadline
            && (!request.newDeadline.isValid() || (deadline.isValid() && request.newDeadline <= deadline)))
            return failure(Tr::tr("Incident %1: an extension needs a new deadline after the current one (%2).")
                               .arg(label, Deadlines::toLocal(deadline).toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
        if (request.kind == EventKind::Reassign && request.officerId == officerId && !officerId.isEmpty())
            return failure(Tr::tr("Incident %1: it is already assigned to this officer.").arg(label));

        IncidentStatus to = t->to.value_or(IncidentStatus::Filed);
        if (!t->to) {
            // Resume: the stage the last suspension left.
            QSqlQuery s(m_db.connection());
            s.prepare(QStringLiteral("SELECT from_status FROM incident_events WHERE incident_id = ? AND kind = 'suspend' "
                                     "ORDER BY seq DESC LIMIT 1"));
            s.addBindValue(incidentId);
            if (!s.exec())
                return failure(sqlError("resume", s));
            if (!s.next())
                return failure(Tr::tr("Incident %1: suspended without a suspension in its history.").arg(label));
            to = Workflow::statusFromKey(s.value(0).toString()).value_or(IncidentStatus::Filed);
        }
        const QString now = Database::timestamp(m_clock.now());
        TransitionRequest event = request;
        if ((request.kind == EventKind::Rework) && event.officerId.isEmpty())
            event.officerId = officerId; // the same assignee does it again
        Status appended = appendEvent(incidentId, lastSeq + 1, request.kind, *status, to, session, event, now);
        if (!appended)
            return appended;

        QStringList sets = { QStringLiteral("status = ?"), QStringLiteral("updated_at = ?"),
                             QStringLiteral("last_writer = ?") };
        QVariantList values = { Workflow::statusKey(to), now, m_db.consoleId() };
        if (t->needsAssignee) {
            sets << QStringLiteral("officer_id = ?") << QStringLiteral("team = ?");
            values << (request.officerId.isEmpty() ? QVariant() : QVariant(request.officerId)) << request.team;
        }
        if (t->needsDeadline) {
            sets << QStringLiteral("deadline_at = ?");
            values << timeValue(request.newDeadline);
        }
        if (to == IncidentStatus::Closed || to == IncidentStatus::Cancelled) {
            sets << QStringLiteral("closed_at = ?");
            values << now;
        }
        if (request.kind == EventKind::File && !request.squadId.isEmpty()) {
            sets << QStringLiteral("squad_id = ?") << QStringLiteral("officer_id = NULL") << QStringLiteral("team = ''");
            values << request.squadId;
        }
        QSqlQuery u(m_db.connection());
        u.prepare(QStringLiteral("UPDATE incidents SET %1 WHERE id = ?").arg(sets.join(QStringLiteral(", "))));
        for (const QVariant &v : values)
            u.addBindValue(sqlValue(v));
        u.addBindValue(incidentId);
        if (!u.exec())
            return failure(sqlError("transition", u));
        return success();
    });
    if (done)
        qCInfo(lcIncidents) << Workflow::kindKey(request.kind) << incidentId;
    return done;
}

Result<Incident> IncidentRepository::incident(const Session &session, const QString &incidentId)
{
    const auto [condition, values] = scopeCondition(session);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT %1 WHERE i.id = ? AND %2").arg(kIncidentColumns, condition));
    q.addBindValue(incidentId);
    for (const QVariant &v : values)
        q.addBindValue(sqlValue(v));
    if (!q.exec())
        return failure(sqlError("read", q));
    if (!q.next())
        return failure(Tr::tr("Incident %1: not found or not visible to %2.").arg(incidentId, session.userName()));
    Incident r = readIncident(q);
    r.reporterName = PersonalData::maskName(r.reporterName);
    r.reporterPhone = PersonalData::maskPhone(r.reporterPhone);
    return r;
}

Result<std::pair<QString, QString>> IncidentRepository::revealReporter(const Session &session, const QString &incidentId)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT COALESCE(squad_id, ''), reporter_name, reporter_phone FROM incidents WHERE id = ?"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return failure(sqlError("reporter", q));
    if (!q.next())
        return failure(Tr::tr("Incident %1: not found.").arg(incidentId));
    const Target target = Target::squad(q.value(0).toString());
    const QString name = q.value(1).toString();
    const QString phone = q.value(2).toString();
    PersonalData personal(m_db, m_clock);
    auto n = personal.reveal(session, target, QStringLiteral("incidents"), incidentId, QStringLiteral("reporter_name"), name);
    if (!n)
        return failure(n.errorMessage());
    auto p = personal.reveal(session, target, QStringLiteral("incidents"), incidentId, QStringLiteral("reporter_phone"), phone);
    if (!p)
        return failure(p.errorMessage());
    return std::make_pair(n.value(), p.value());
}

Result<std::vector<IncidentEvent>> IncidentRepository::history(const Session &session, const QString &incidentId)
{
    auto visible = incident(session, incidentId);
    if (!visible)
        return failure(visible.errorMessage());
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT e.seq, e.at, e.kind, e.from_status, e.to_status, COALESCE(NULLIF(u.display_name, ''), u.username, ''), "
        "COALESCE(e.officer_id, ''), COALESCE(o.name, ''), e.team, e.reason, e.note, e.deadline_at "
        "FROM incident_events e LEFT JOIN users u ON u.id = e.user_id LEFT JOIN officers o ON o.id = e.officer_id "
        "WHERE e.incident_id = ? ORDER BY e.seq"));
    q.addBindValue(incidentId);
    if (!q.exec())
        return failure(sqlError("history", q));
    std::vector<IncidentEvent> out;
    while (q.next()) {
        IncidentEvent e;
        e.seq = q.value(0).toInt();
        e.at = parseTime(q.value(1));
        e.kind = Workflow::kindFromKey(q.value(2).toString()).value_or(EventKind::Update);
        if (!q.value(3).isNull())
            e.from = Workflow::statusFromKey(q.value(3).toString());
        if (!q.value(4).isNull())
            e.to = Workflow::statusFromKey(q.value(4).toString());
        e.userName = q.value(5).toString();
        e.officerId = q.value(6).toString();
        e.officerName = q.value(7).toString();
        e.team = q.value(8).toString();
        e.reason = q.value(9).toString();
        e.note = q.value(10).toString();
        e.deadlineAt = parseTime(q.value(11));
        out.push_back(std::move(e));
    }
    return out;
}

Result<std::vector<BoardRow>> IncidentRepository::board(const Session &session, const BoardFilter &filter)
{
    auto [condition, values] = scopeCondition(session);
    QStringList where = { condition };
    if (filter.openOnly)
        where << QStringLiteral("i.status NOT IN ('closed', 'cancelled')");
    if (!filter.squadId.isEmpty()) {
        where << QStringLiteral("i.squad_id = ?");
        values << filter.squadId;
    }
    if (!filter.source.isEmpty()) {
        where << QStringLiteral("i.source = ?");
        values << filter.source;
    }
    if (!filter.categoryId.isEmpty()) {
        where << QStringLiteral("i.category_id = ?");
        values << filter.categoryId;
    }
    if (filter.status) {
        where << QStringLiteral("i.status = ?");
        values << Workflow::statusKey(*filter.status);
    }
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
                  "SELECT i.id, i.ticket_no, i.source, COALESCE(c.code, ''), COALESCE(c.name, ''), i.title, i.address, "
                  "COALESCE(i.squad_id, ''), COALESCE(s.code, ''), COALESCE(g.code, ''), COALESCE(o.name, ''), i.team, "
                  "i.status, i.urgency, i.reported_at, i.deadline_at, i.arrive_deadline_at, i.lon, i.lat "
                  "FROM incidents i LEFT JOIN incident_categories c ON c.id = i.category_id "
                  "LEFT JOIN grid_cells g ON g.id = i.cell_id LEFT JOIN squads s ON s.id = i.squad_id "
                  "LEFT JOIN officers o ON o.id = i.officer_id WHERE %1 "
                  // Work still against the clock first; handled ones wait for feedback and verification.
                  "ORDER BY i.status IN ('handled', 'feedback', 'verified'), i.deadline_at IS NULL, i.deadline_at, "
                  "i.reported_at")
                  .arg(where.join(QStringLiteral(" AND "))));
    for (const QVariant &v : values)
        q.addBindValue(sqlValue(v));
    if (!q.exec())
        return failure(sqlError("board", q));
    std::vector<BoardRow> rows;
    while (q.next()) {
        BoardRow r;
        r.id = q.value(0).toString();
        r.ticketNo = q.value(1).toString();
        r.source = q.value(2).toString();
        r.categoryCode = q.value(3).toString();
        r.categoryName = q.value(4).toString();
        r.title = q.value(5).toString();
        r.address = q.value(6).toString();
        r.squadId = q.value(7).toString();
        r.squadCode = q.value(8).toString();
        r.cellCode = q.value(9).toString();
        r.officerName = q.value(10).toString();
        r.team = q.value(11).toString();
        r.status = Workflow::statusFromKey(q.value(12).toString()).value_or(IncidentStatus::Filed);
        r.urgent = q.value(13).toString() == QLatin1String("urgent");
        r.reportedAt = parseTime(q.value(14));
        r.deadlineAt = parseTime(q.value(15));
        r.arriveDeadlineAt = parseTime(q.value(16));
        r.located = !q.value(17).isNull() && !q.value(18).isNull();
        r.lon = q.value(17).toDouble();
        r.lat = q.value(18).toDouble();
        rows.push_back(std::move(r));
    }
    return rows;
}

Result<std::vector<DuplicateCandidate>> IncidentRepository::duplicates(const Session &session, const NewIncident &in,
                                                                       double radiusMetres, int days)
{
    Status loaded = ensureLoaded();
    if (!loaded)
        return failure(loaded.errorMessage());
    std::optional<std::pair<double, double>> at;
    if (in.lon && in.lat)
        at = std::make_pair(*in.lon, *in.lat);
    else if (auto match = m_locator->matchAddress(in.address, in.townHint))
        at = std::make_pair(match->cell->lon, match->cell->lat);
    if (!at)
        return std::vector<DuplicateCandidate>();
    const auto [condition, values] = scopeCondition(session);
    const double dLat = radiusMetres / 110000.0 * 1.2;
    const double dLon = dLat / std::max(0.2, std::cos(at->second * M_PI / 180.0));
    const QDateTime since = (in.reportedAt.isValid() ? in.reportedAt : m_clock.now()).addDays(-days);
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT i.id, i.ticket_no, i.title, i.status, i.reported_at, i.lon, i.lat FROM incidents i "
                             "JOIN incident_categories c ON c.id = i.category_id WHERE c.code = ? "
                             "AND i.status NOT IN ('closed', 'cancelled') AND i.reported_at >= ? "
                             "AND i.lon BETWEEN ? AND ? AND i.lat BETWEEN ? AND ? AND %1")
                  .arg(condition));
    for (const QVariant &v : { QVariant(in.categoryCode), timeValue(since), QVariant(at->first - dLon),
                               QVariant(at->first + dLon), QVariant(at->second - dLat), QVariant(at->second + dLat) })
        q.addBindValue(sqlValue(v));
    for (const QVariant &v : values)
        q.addBindValue(sqlValue(v));
    if (!q.exec())
        return failure(sqlError("duplicates", q));
    std::vector<DuplicateCandidate> out;
    while (q.next()) {
        DuplicateCandidate c;
        c.id = q.value(0).toString();
        c.ticketNo = q.value(1).toString();
        c.title = q.value(2).toString();
        c.status = Workflow::statusFromKey(q.value(3).toString()).value_or(IncidentStatus::Filed);
        c.reportedAt = parseTime(q.value(4));
        c.metres = CellLocator::metres(at->first, at->second, q.value(5).toDouble(), q.value(6).toDouble());
        if (c.metres <= radiusMetres)
            out.push_back(c);
    }
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) { return a.metres < b.metres; });
    return out;
}

Result<std::vector<SquadDayFigures>> IncidentRepository::dayFigures(const Session &session, const QDate &day)
{
    const QString from = Database::timestamp(Deadlines::fromLocal(day, QTime(0, 0)));
    const QString to = Database::timestamp(Deadlines::fromLocal(day.addDays(1), QTime(0, 0)));
    const QString now = Database::timestamp(m_clock.now());
    const auto [condition, values] = scopeCondition(session);
    // One pass per figure, grouped by squad; the definitions are in docs/WORKFLOW.md.
    const QString sql = QStringLiteral(
        "SELECT s.id, s.code, s.name, "
        " (SELECT COUNT(*) FROM incidents i WHERE i.squad_id = s.id AND i.reported_at >= :from AND i.reported_at < :to AND %1), "
        " (SELECT COUNT(DISTINCT e.incident_id) FROM incident_events e JOIN incidents i ON i.id = e.incident_id "
        "   WHERE i.squad_id = s.id AND e.kind = 'dispatch' AND e.at >= :from AND e.at < :to AND %1), "
        " (SELECT COUNT(*) FROM incidents i WHERE i.squad_id = s.id AND i.reported_at >= :from AND i.reported_at < :to "
        "   AND NOT (i.status IN ('cancelled', 'returned') AND NOT EXISTS (SELECT 1 FROM incident_events d "
        "     WHERE d.incident_id = i.id AND d.kind = 'dispatch')) AND %1), "
        " (SELECT COUNT(*) FROM incidents i WHERE i.squad_id = s.id AND i.reported_at >= :from AND i.reported_at < :to "
        "   AND (SELECT MIN(a.at) FROM incident_events a WHERE a.incident_id = i.id AND a.kind = 'arrive') <= i.arrive_deadline_at AND %1), "
        " (SELECT COUNT(*) FROM incident_events e JOIN incidents i ON i.id = e.incident_id "
        "   WHERE i.squad_id = s.id AND e.kind = 'handle' AND e.at >= :from AND e.at < :to AND %1), "
        " (SELECT COUNT(*) FROM incident_events e JOIN incidents i ON i.id = e.incident_id "
        "   WHERE i.squad_id = s.id AND e.kind = 'handle' AND e.at >= :from AND e.at < :to AND e.at <= "
        "   COALESCE((SELECT x.deadline_at FROM incident_events x WHERE x.incident_id = i.id AND x.kind = 'extend' "
        "     AND x.seq < e.seq ORDER BY x.seq DESC LIMIT 1), i.first_deadline_at, i.deadline_at) AND %1), "
        " (SELECT COUNT(*) FROM incidents i WHERE i.squad_id = s.id AND i.status IN ('filed', 'dispatched', 'arrived') "
        "   AND i.deadline_at < :now AND %1) "
        "FROM squads s ORDER BY s.code").arg(condition);
    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    // The scope's positional values cannot mix with named ones: inline them as named values.
    QString expanded = sql;
    QVariantList scopeValues = values;
    QStringList names;
    for (int i = 0; i < scopeValues.size(); ++i)
        names << QStringLiteral(":scope%1").arg(i);
    {
        // Replace each '?' of the condition by its name (the condition appears 7 times).
        QString cond = condition;
        for (const QString &n : names)
            cond.replace(cond.indexOf(QLatin1Char('?')), 1, n);
        expanded = QString(sql).replace(condition, cond);
    }
    q.prepare(expanded);
    q.bindValue(QStringLiteral(":from"), from);
    q.bindValue(QStringLiteral(":to"), to);
    q.bindValue(QStringLiteral(":now"), now);
    for (int i = 0; i < names.size(); ++i)
        q.bindValue(names[i], scopeValues[i]);
    if (!q.exec())
        return failure(sqlError("figures", q));
    std::vector<SquadDayFigures> out;
    while (q.next()) {
        SquadDayFigures f;
        f.squadId = q.value(0).toString();
        f.squadCode = q.value(1).toString();
        f.squadName = q.value(2).toString();
        f.received = q.value(3).toInt();
        f.dispatched = q.value(4).toInt();
        f.arrivalsDue = q.value(5).toInt();
        f.arrivedInTime = q.value(6).toInt();
        f.handled = q.value(7).toInt();
        f.handledOnTime = q.value(8).toInt();
        f.overdueNow = q.value(9).toInt();
        if (session.widestScope(Action::ViewIncidents) == Scope::District
            || session.allows(Action::ViewIncidents, Target::squad(f.squadId)) || f.received + f.overdueNow > 0)
            out.push_back(f);
    }
    return out;
}

} // namespace dd::data
