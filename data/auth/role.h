// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <optional>

namespace dd::data {

// The six roles of the console. In the store a role is a roles.code plus an optional squad
// (user_roles.squad_id): the two dispatchers share the code "dispatcher" and differ by scope
// (NULL squad = the district command centre).
enum class Role {
    DistrictAdmin, // 区局管理员: accounts, reference data; district-wide
    Supervisor, // 督查: reads everything, writes supervision notes only; district-wide
    CentreDispatcher, // 区局指挥中心调度员: dispatches across the district
    SquadLeader, // 中队长: plans and publishes the squad's rosters
    SquadDispatcher, // 中队调度员: dispatches the squad's incidents
    Officer, // 执法队员: own schedule and own incidents
};
inline constexpr int kRoleCount = 6;

// One role held by one user: squadId empty = district-wide (admin, supervisor, centre dispatcher),
// set = that squad (leader, squad dispatcher, officer).
struct RoleGrant
{
    Role role = Role::Officer;
    QString squadId;
    QString squadCode; // for display and the command line; filled when read from the store

    friend bool operator==(const RoleGrant &a, const RoleGrant &b)
    {
        return a.role == b.role && a.squadId == b.squadId;
    }
};

// "district_admin", "supervisor", "centre_dispatcher", "squad_leader", "squad_dispatcher", "officer":
// the names used on the command line and in the audit log.
QString roleKey(Role role);
std::optional<Role> roleFromKey(const QString &key);
// The roles.code column ("dispatcher" for both dispatchers).
QString roleCode(Role role);
// Reads a user_roles row back: nullopt for an unknown code.
std::optional<Role> roleFromStore(const QString &code, bool hasSquad);
// Whether the role is held for one squad (true) or district-wide (false).
bool roleNeedsSquad(Role role);
// Translated name for the screen.
QString roleName(Role role);

} // namespace dd::data
