// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/permissions.h"
#include "data/result.h"

#include <QString>
#include <optional>
#include <vector>

namespace dd::data {

class Session;

// The stages of an incident (incidents.status; schema v3). Closed and cancelled are final.
enum class IncidentStatus { Filed, Dispatched, Arrived, Handled, Feedback, Verified, Closed, Returned, Suspended, Cancelled };
inline constexpr int kIncidentStatusCount = 10;

// What happens to an incident (incident_events.kind; schema v3).
enum class EventKind { File, Dispatch, Reassign, Arrive, Handle, Feedback, Verify, Close, Return, Rework, Extend, Suspend, Resume, Cancel, Update };
inline constexpr int kEventKindCount = 15;

// One row of the workflow: from a stage, an action leads to a stage, if the user holds the permission
// (or, for field steps, is the officer the incident is assigned to).
struct Transition
{
    IncidentStatus from = IncidentStatus::Filed;
    EventKind kind = EventKind::File;
    // nullopt: back to the stage the incident was suspended in (resume).
    std::optional<IncidentStatus> to;
    Action permission = Action::DispatchIncident;
    // Arrival, handling, feedback: also allowed to the assigned officer on their own incident
    // (Action::CreateIncident with Scope::Own: officers report what they find and do).
    bool fieldStep = false;
    bool reasonRequired = false;
    bool needsAssignee = false; // an officer or a team (dispatch, reassign)
    bool needsDeadline = false; // a new deadline after the current one (extend)
};

// The one transition table (docs/WORKFLOW.md prints it, tests/dispatch checks every cell of it).
class Workflow
{
public:
    static const std::vector<Transition> &table();
    // The row for (from, kind), or null when the stage does not allow the action.
    static const Transition *find(IncidentStatus from, EventKind kind);
    // The actions a stage allows, in table order.
    static std::vector<const Transition *> allowedFrom(IncidentStatus from);

    // Whether the session may take the transition on an incident of squadId assigned to
    // assignedOfficerId: the permission for the squad, or for field steps the officer's own incident.
    static bool mayTake(const Session &session, const Transition &t, const QString &squadId,
                        const QString &assignedOfficerId);
    // The Action and Target to pass to AccessControl::require for this session.
    static Action requiredAction(const Session &session, const Transition &t, const QString &squadId,
                                 const QString &assignedOfficerId);

    static bool isOpen(IncidentStatus s) { return s != IncidentStatus::Closed && s != IncidentStatus::Cancelled; }

    static QString statusKey(IncidentStatus s); // stored value: filed, dispatched, …
    static std::optional<IncidentStatus> statusFromKey(const QString &key);
    static QString statusName(IncidentStatus s); // translated: Filed 立案, …
    static QString kindKey(EventKind k); // stored value: file, dispatch, …
    static std::optional<EventKind> kindFromKey(const QString &key);
    static QString kindName(EventKind k); // translated verb: Dispatch 派遣, …

    // "Cannot dispatch an incident that is closed." (translated)
    static QString refusalForStage(IncidentStatus from, EventKind kind);
};

} // namespace dd::data
