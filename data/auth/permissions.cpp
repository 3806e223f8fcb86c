// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/permissions.h"

#include <QCoreApplication>

namespace dd::data {

namespace {

constexpr Scope N = Scope::None;
constexpr Scope O = Scope::Own;
constexpr Scope S = Scope::Squad;
constexpr Scope D = Scope::District;

struct ActionSpec
{
    Action action;
    const char *key;
    const char *name;
    // In the order of Role: admin, supervisor, centre dispatcher, squad leader, squad dispatcher, officer.
    Scope scopes[kRoleCount];
};

// The supervisor (督查) reads everything and writes nothing but supervision notes; the administrator
// runs accounts and reference data but does not plan or dispatch; personal data is for those who must
// call people back (dispatchers) or lead them (squad leaders) and for the supervisor.
constexpr ActionSpec kTable[kActionCount] = {
    { Action::ViewRoster,
      "roster.view",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "View rosters"),
      { D, D, D, S, S, O } },
    { Action::EditRoster,
      "roster.edit",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Edit draft rosters"),
      { N, N, N, S, N, N } },
    { Action::PublishRoster,
      "roster.publish",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Publish rosters"),
      { N, N, N, S, N, N } },
    { Action::ViewIncidents,
      "incident.view",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "View incidents"),
      { D, D, D, S, S, O } },
    { Action::CreateIncident,
      "incident.create",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Register incidents"),
      { N, N, D, S, S, O } },
    { Action::DispatchIncident,
      "incident.dispatch",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Dispatch incidents"),
      { N, N, D, S, S, N } },
    { Action::CloseIncident,
      "incident.close",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Verify and close incidents"),
      { N, N, D, S, N, N } },
    { Action::WriteSupervisionNote,
      "supervision.note",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Write supervision notes"),
      { N, D, N, N, N, N } },
    { Action::ViewPersonalData,
      "personal.unmask",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "See personal data unmasked"),
      { N, D, D, S, S, N } },
    { Action::EditOfficers,
      "officer.edit",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Edit officers"),
      { D, N, N, S, N, N } },
    { Action::EditReferenceData,
      "reference.edit",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Edit categories, calendar and grid"),
      { D, N, N, N, N, N } },
    { Action::ManageAccounts,
      "account.manage",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Manage accounts and roles"),
      { D, N, N, N, N, N } },
    { Action::ViewAudit,
      "audit.view",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "View the audit log"),
      { D, D, N, N, N, N } },
    { Action::ViewReports,
      "report.view",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "View reports"),
      { D, D, D, S, S, N } },
    { Action::RunSync,
      "sync.run",
      QT_TRANSLATE_NOOP("dd::data::Permissions", "Synchronise with the district"),
      { D, N, D, S, S, N } },
};

constexpr bool tableFollowsEnum()
{
    for (int i = 0; i < kActionCount; ++i)
        if (int(kTable[i].action) != i)
            return false;
    return true;
}
static_assert(tableFollowsEnum(), "kTable rows must follow the order of enum Action");

const ActionSpec &spec(Action action)
{
    return kTable[int(action)];
}

} // namespace

Scope Permissions::scope(Role role, Action action)
{
    return spec(action).scopes[int(role)];
}

QString Permissions::actionKey(Action action)
{
    return QString::fromLatin1(spec(action).key);
}

QString Permissions::actionName(Action action)
{
    return QCoreApplication::translate("dd::data::Permissions", spec(action).name);
}

QString Permissions::scopeKey(Scope scope)
{
    switch (scope) {
    case Scope::None:
        return QStringLiteral("none");
    case Scope::Own:
        return QStringLiteral("own");
    case Scope::Squad:
        return QStringLiteral("squad");
    case Scope::District:
        return QStringLiteral("district");
    }
    return QString();
}

} // namespace dd::data
