// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/incidents/celllocator.h"
#include "data/incidents/deadlines.h"
#include "data/incidents/workflow.h"
#include "data/result.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace dd::data {

class Clock;
class Database;
class Session;

// The sources of incidents (incidents.source).
QString incidentSourceName(const QString &sourceKey); // translated: 12345 citizen hotline, …
QStringList incidentSourceKeys(); // hotline_12345, hotline_12319, city_bureau, department, video, patrol, other

struct Incident
{
    QString id;
    QString ticketNo;
    QString source;
    QString categoryId, categoryCode, categoryName;
    QString title, description, address;
    std::optional<double> lon, lat;
    QString cellId, cellCode;
    QString squadId, squadCode, squadName;
    IncidentStatus status = IncidentStatus::Filed;
    bool urgent = false;
    QString reporterName, reporterPhone; // masked (PersonalData) unless revealed
    QDateTime reportedAt, deadlineAt, firstDeadlineAt, arriveDeadlineAt, closedAt, updatedAt;
    QString officerId, officerName, team;
};

struct IncidentEvent
{
    int seq = 0;
    QDateTime at;
    EventKind kind = EventKind::File;
    std::optional<IncidentStatus> from, to;
    QString userName; // display name of the user, or the user name
    QString officerId, officerName, team;
    QString reason, note;
    QDateTime deadlineAt; // extend: the new deadline
};

// What the intake form or an import gives to file a new incident.
struct NewIncident
{
    QString source = QStringLiteral("hotline_12345");
    QString ticketNo;
    QString categoryCode;
    QString title, description, address;
    std::optional<double> lon, lat; // in the grid's crs
    QString townHint; // a town name from the source, used when the address names none
    QString squadId; // overrides the cell's squad (e.g. the district's direct squad); usually empty
    bool urgent = false;
    QString reporterName, reporterPhone;
    QDateTime reportedAt; // invalid: now
};

struct TransitionRequest
{
    EventKind kind = EventKind::Dispatch;
    QString reason;
    QString note;
    QString officerId; // dispatch / reassign
    QString team; // dispatch / reassign: a patrol team label
    QDateTime newDeadline; // extend
    QString squadId; // file again after a return: the squad that takes it (empty: unchanged)
};

struct BoardFilter
{
    QString squadId, source, categoryId;
    std::optional<IncidentStatus> status;
    bool openOnly = true;
};

struct BoardRow
{
    QString id, ticketNo, source, categoryCode, categoryName, title, address;
    QString squadId, squadCode, cellCode, officerName, team;
    IncidentStatus status = IncidentStatus::Filed;
    bool urgent = false;
    QDateTime reportedAt, deadlineAt, arriveDeadlineAt;
    double lon = 0, lat = 0;
    bool located = false;
};

struct DuplicateCandidate
{
    QString id, ticketNo, title;
    IncidentStatus status = IncidentStatus::Filed;
    QDateTime reportedAt;
    double metres = 0;
};

// Figures of one squad for one day (Shanghai local), docs/WORKFLOW.md gives the definitions.
struct SquadDayFigures
{
    QString squadId, squadCode, squadName;
    int received = 0; // reported that day
    int dispatched = 0; // dispatched that day (first dispatch)
    int arrivalsDue = 0; // received that day and not cancelled/returned before dispatch
    int arrivedInTime = 0; // of those, first arrival at or before the arrival limit
    int handled = 0; // handled that day
    int handledOnTime = 0; // of those, at or before the deadline then in force
    int overdueNow = 0; // filed, dispatched or on scene, deadline passed at the clock's now
};

// The incident store: filing with location and deadlines, the workflow's transitions appended to
// incident_events (append-only, triggers), reads filtered by the user's scope. Every write checks
// AccessControl first; the reporter's name and phone leave here masked unless revealed (audited).
class IncidentRepository
{
public:
    IncidentRepository(Database &db, const Clock &clock);

    // The grid and calendar are read on first use and kept; call reload() after they change.
    Status reload();
    const CellLocator &locator();
    const WorkingCalendar &calendar();

    // Files a new incident (status filed, a 'file' event), located in a cell (coordinates, else the
    // address) that gives the town and the responsible squad; deadlines from the category.
    Result<QString> file(const Session &session, const NewIncident &incident);
    // Open incidents of the same category within radiusMetres reported in the last `days` days.
    Result<std::vector<DuplicateCandidate>> duplicates(const Session &session, const NewIncident &incident,
                                                       double radiusMetres = 300, int days = 7);

    // Takes a transition of the workflow (Workflow::table()); refused with a message when the stage
    // or the user's role does not allow it, a reason, assignee or later deadline is missing.
    Status transition(const Session &session, const QString &incidentId, const TransitionRequest &request);

    Result<Incident> incident(const Session &session, const QString &incidentId);
    Result<std::vector<IncidentEvent>> history(const Session &session, const QString &incidentId);
    // The clear reporter name and phone (audited, refused without ViewPersonalData for the squad).
    Result<std::pair<QString, QString>> revealReporter(const Session &session, const QString &incidentId);

    // Incidents the session may see: filed, dispatched, on scene, returned and suspended ones by
    // deadline (soonest first; none last), then handled ones awaiting feedback and verification.
    Result<std::vector<BoardRow>> board(const Session &session, const BoardFilter &filter);
    // Per squad the session may see.
    Result<std::vector<SquadDayFigures>> dayFigures(const Session &session, const QDate &localDay);

    // The deadlines an incident of this category reported then gets.
    Result<QDateTime> deadlineFor(const QString &categoryCode, const QDateTime &reportedUtc);

private:
    Status ensureLoaded();
    Status appendEvent(const QString &incidentId, int seq, EventKind kind, std::optional<IncidentStatus> from,
                       std::optional<IncidentStatus> to, const Session &session, const TransitionRequest &request,
                       const QString &now);

    Database &m_db;
    const Clock &m_clock;
    std::optional<CellLocator> m_locator;
    std::optional<WorkingCalendar> m_calendar;
};

} // namespace dd::data
