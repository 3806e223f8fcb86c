// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/session.h"

#include <algorithm>

namespace dd::data {

Session::Session(QString userId, QString userName, QString displayName, QString officerId, QString officerSquadId,
                 std::vector<RoleGrant> roles, bool mustChangePassword)
    : m_userId(std::move(userId))
    , m_userName(std::move(userName))
    , m_displayName(std::move(displayName))
    , m_officerId(std::move(officerId))
    , m_officerSquadId(std::move(officerSquadId))
    , m_roles(std::move(roles))
    , m_mustChangePassword(mustChangePassword)
{
}

bool Session::hasRole(Role role) const
{
    return std::any_of(m_roles.begin(), m_roles.end(), [role](const RoleGrant &g) { return g.role == role; });
}

Scope Session::widestScope(Action action) const
{
    if (!isValid() || m_mustChangePassword)
        return Scope::None;
    Scope widest = Scope::None;
    for (const RoleGrant &g : m_roles)
        widest = std::max(widest, Permissions::scope(g.role, action));
    return widest;
}

bool Session::allows(Action action) const
{
    return widestScope(action) != Scope::None;
}

bool Session::allows(Action action, const Target &target) const
{
    if (!isValid() || m_mustChangePassword)
        return false;
    for (const RoleGrant &g : m_roles) {
        switch (Permissions::scope(g.role, action)) {
        case Scope::None:
            break;
        case Scope::District:
            return true;
        case Scope::Squad:
            if (!target.squadId.isEmpty() && target.squadId == g.squadId)
                return true;
            break;
        case Scope::Own:
            if (!target.officerId.isEmpty() && target.officerId == m_officerId)
                return true;
            break;
        }
    }
    return false;
}

std::vector<QString> Session::squadsFor(Action action) const
{
    std::vector<QString> squads;
    if (!isValid() || m_mustChangePassword)
        return squads;
    for (const RoleGrant &g : m_roles)
        if (Permissions::scope(g.role, action) == Scope::Squad && !g.squadId.isEmpty())
            squads.push_back(g.squadId);
    return squads;
}

} // namespace dd::data
