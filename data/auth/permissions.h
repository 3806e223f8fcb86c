// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/role.h"

#include <QString>

namespace dd::data {

// Everything the console lets a user do that a role may or may not allow. Repositories ask
// Permissions (through Session::allows / requirePermission) before they read or write; widgets ask
// the same table only to hide what would be refused anyway.
enum class Action {
    ViewRoster,
    EditRoster,
    PublishRoster,
    ViewIncidents,
    CreateIncident,
    DispatchIncident,
    CloseIncident,
    WriteSupervisionNote,
    ViewPersonalData, // unmask phones and reporters' names (each unmasking is audited)
    EditOfficers,
    EditReferenceData, // categories and time limits, working calendar, grid layers
    ManageAccounts, // create users, reset passwords, disable, grant and revoke roles, policy
    ViewAudit,
    ViewReports,
    RunSync,
};
inline constexpr int kActionCount = 15;

// How far a grant reaches.
enum class Scope {
    None, // refused
    Own, // the user's own records (an officer's own shifts and incidents)
    Squad, // everything of the squad the role is held for
    District, // everything
};

// The one permission table: action × role → scope (docs/SECURITY.md prints it).
class Permissions
{
public:
    static Scope scope(Role role, Action action);
    // "roster.view", … : stable names for the audit log and the documentation.
    static QString actionKey(Action action);
    static QString actionName(Action action); // translated
    static QString scopeKey(Scope scope); // "none", "own", "squad", "district"
};

} // namespace dd::data
