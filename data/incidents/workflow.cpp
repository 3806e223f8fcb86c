// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/incidents/workflow.h"

#include "data/auth/session.h"

#include <QCoreApplication>
#include <array>

namespace dd::data {

namespace {

using S = IncidentStatus;
using K = EventKind;

struct Names
{
    const char *key;
    const char *name;
};

constexpr std::array<Names, kIncidentStatusCount> kStatus = { {
    { "filed", QT_TRANSLATE_NOOP("dd::data::Workflow", "Filed") },
    { "dispatched", QT_TRANSLATE_NOOP("dd::data::Workflow", "Dispatched") },
    { "arrived", QT_TRANSLATE_NOOP("dd::data::Workflow", "On scene") },
    { "handled", QT_TRANSLATE_NOOP("dd::data::Workflow", "Handled") },
    { "feedback", QT_TRANSLATE_NOOP("dd::data::Workflow", "Feedback given") },
    { "verified", QT_TRANSLATE_NOOP("dd::data::Workflow", "Verified") },
    { "closed", QT_TRANSLATE_NOOP("dd::data::Workflow", "Closed") },
    { "returned", QT_TRANSLATE_NOOP("dd::data::Workflow", "Returned") },
    { "suspended", QT_TRANSLATE_NOOP("dd::data::Workflow", "Suspended") },
    { "cancelled", QT_TRANSLATE_NOOP("dd::data::Workflow", "Cancelled") },
} };

constexpr std::array<Names, kEventKindCount> kKinds = { {
    { "file", QT_TRANSLATE_NOOP("dd::data::Workflow", "File") },
    { "dispatch", QT_TRANSLATE_NOOP("dd::data::Workflow", "Dispatch") },
    { "reassign", QT_TRANSLATE_NOOP("dd::data::Workflow", "Reassign") },
    { "arrive", QT_TRANSLATE_NOOP("dd::data::Workflow", "Arrive on scene") },
    { "handle", QT_TRANSLATE_NOOP("dd::data::Workflow", "Handle") },
    { "feedback", QT_TRANSLATE_NOOP("dd::data::Workflow", "Give feedback") },
    { "verify", QT_TRANSLATE_NOOP("dd::data::Workflow", "Verify") },
    { "close", QT_TRANSLATE_NOOP("dd::data::Workflow", "Close") },
    { "return", QT_TRANSLATE_NOOP("dd::data::Workflow", "Return (not ours)") },
    { "rework", QT_TRANSLATE_NOOP("dd::data::Workflow", "Rework") },
    { "extend", QT_TRANSLATE_NOOP("dd::data::Workflow", "Extend") },
    { "suspend", QT_TRANSLATE_NOOP("dd::data::Workflow", "Suspend") },
    { "resume", QT_TRANSLATE_NOOP("dd::data::Workflow", "Resume") },
    { "cancel", QT_TRANSLATE_NOOP("dd::data::Workflow", "Cancel") },
    { "update", QT_TRANSLATE_NOOP("dd::data::Workflow", "Update") },
} };

Transition row(S from, K kind, std::optional<S> to, Action permission)
{
    Transition t;
    t.from = from;
    t.kind = kind;
    t.to = to;
    t.permission = permission;
    t.reasonRequired = kind == K::Return || kind == K::Rework || kind == K::Extend || kind == K::Suspend
        || kind == K::Cancel;
    t.needsAssignee = kind == K::Dispatch || kind == K::Reassign;
    t.needsDeadline = kind == K::Extend;
    t.fieldStep = kind == K::Arrive || kind == K::Handle || kind == K::Feedback;
    return t;
}

std::vector<Transition> buildTable()
{
    constexpr Action Dispatch = Action::DispatchIncident;
    constexpr Action Close = Action::CloseIncident; // squad leader, district command centre
    constexpr Action Create = Action::CreateIncident;
    std::vector<Transition> t;
    // The main line: 立案 → 派遣 → 到场 → 处置 → 反馈 → 核实 → 结案.
    t.push_back(row(S::Filed, K::Dispatch, S::Dispatched, Dispatch));
    t.push_back(row(S::Dispatched, K::Arrive, S::Arrived, Dispatch));
    t.push_back(row(S::Arrived, K::Handle, S::Handled, Dispatch));
    t.push_back(row(S::Handled, K::Feedback, S::Feedback, Dispatch));
    t.push_back(row(S::Feedback, K::Verify, S::Verified, Dispatch));
    t.push_back(row(S::Verified, K::Close, S::Closed, Close));
    // Another officer or team before the work is done; the previous assignment stays in the history.
    t.push_back(row(S::Dispatched, K::Reassign, S::Dispatched, Dispatch));
    t.push_back(row(S::Arrived, K::Reassign, S::Dispatched, Dispatch));
    // Not ours: back to whoever routes incidents, who files it again (perhaps for another squad).
    t.push_back(row(S::Filed, K::Return, S::Returned, Dispatch));
    t.push_back(row(S::Dispatched, K::Return, S::Returned, Dispatch));
    t.push_back(row(S::Returned, K::File, S::Filed, Dispatch));
    // Rework (返工): the result was not good enough; dispatched again to the same assignee.
    t.push_back(row(S::Handled, K::Rework, S::Dispatched, Dispatch));
    t.push_back(row(S::Feedback, K::Rework, S::Dispatched, Dispatch));
    t.push_back(row(S::Verified, K::Rework, S::Dispatched, Close));
    // Extension (延期): a new deadline, decided by the dispatcher's superior.
    for (S s : { S::Filed, S::Dispatched, S::Arrived, S::Handled })
        t.push_back(row(s, K::Extend, s, Close));
    // Suspension (挂账): waiting on something outside the squad; resumes where it stopped.
    for (S s : { S::Filed, S::Dispatched, S::Arrived })
        t.push_back(row(s, K::Suspend, S::Suspended, Dispatch));
    t.push_back(row(S::Suspended, K::Resume, std::nullopt, Dispatch));
    // Cancellation (作废): a duplicate or a false report; final.
    for (S s : { S::Filed, S::Dispatched, S::Arrived, S::Handled, S::Feedback, S::Returned, S::Suspended })
        t.push_back(row(s, K::Cancel, S::Cancelled, Close));
    // An imported row changed the incident: any stage, the stage stays.
    for (int i = 0; i < kIncidentStatusCount; ++i)
        t.push_back(row(S(i), K::Update, S(i), Create));
    return t;
}

} // namespace

const std::vector<Transition> &Workflow::table()
{
    static const std::vector<Transition> kTable = buildTable();
    return kTable;
}

const Transition *Workflow::find(IncidentStatus from, EventKind kind)
{
    for (const Transition &t : table())
        if (t.from == from && t.kind == kind)
            return &t;
    return nullptr;
}

std::vector<const Transition *> Workflow::allowedFrom(IncidentStatus from)
{
    std::vector<const Transition *> out;
    for (const Transition &t : table())
        if (t.from == from)
            out.push_back(&t);
    return out;
}

bool Workflow::mayTake(const Session &session, const Transition &t, const QString &squadId,
                       const QString &assignedOfficerId)
{
    if (session.allows(t.permission, Target::squad(squadId)))
        return true;
    return t.fieldStep && !assignedOfficerId.isEmpty()
        && session.allows(Action::CreateIncident, Target::officer(squadId, assignedOfficerId));
}

Action Workflow::requiredAction(const Session &session, const Transition &t, const QString &squadId,
                                const QString &assignedOfficerId)
{
    if (t.fieldStep && !session.allows(t.permission, Target::squad(squadId)) && !assignedOfficerId.isEmpty()
        && session.allows(Action::CreateIncident, Target::officer(squadId, assignedOfficerId)))
        return Action::CreateIncident;
    return t.permission;
}

QString Workflow::statusKey(IncidentStatus s)
{
    return QString::fromLatin1(kStatus[size_t(s)].key);
}

std::optional<IncidentStatus> Workflow::statusFromKey(const QString &key)
{
    for (int i = 0; i < kIncidentStatusCount; ++i)
        if (key == QLatin1String(kStatus[size_t(i)].key))
            return IncidentStatus(i);
    return std::nullopt;
}

QString Workflow::statusName(IncidentStatus s)
{
    return QCoreApplication::translate("dd::data::Workflow", kStatus[size_t(s)].name);
}

QString Workflow::kindKey(EventKind k)
{
    return QString::fromLatin1(kKinds[size_t(k)].key);
}

std::optional<EventKind> Workflow::kindFromKey(const QString &key)
{
    for (int i = 0; i < kEventKindCount; ++i)
        if (key == QLatin1String(kKinds[size_t(i)].key))
            return EventKind(i);
    return std::nullopt;
}

QString Workflow::kindName(EventKind k)
{
    return QCoreApplication::translate("dd::data::Workflow", kKinds[size_t(k)].name);
}

QString Workflow::refusalForStage(IncidentStatus from, EventKind kind)
{
    return QCoreApplication::translate("dd::data::Workflow", "“%1” is not allowed for an incident that is “%2”.")
        .arg(kindName(kind), statusName(from));
}

} // namespace dd::data
