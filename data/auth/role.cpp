// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/role.h"

#include <QCoreApplication>

namespace dd::data {

namespace {

struct RoleSpec
{
    Role role;
    const char *key;
    const char *code;
    bool squad;
    const char *name;
};

constexpr RoleSpec kRoleSpecs[kRoleCount] = {
    { Role::DistrictAdmin, "district_admin", "district_admin", false,
      QT_TRANSLATE_NOOP("dd::data::Role", "District administrator") },
    { Role::Supervisor, "supervisor", "supervisor", false, QT_TRANSLATE_NOOP("dd::data::Role", "District supervisor") },
    { Role::CentreDispatcher, "centre_dispatcher", "dispatcher", false,
      QT_TRANSLATE_NOOP("dd::data::Role", "Command-centre dispatcher") },
    { Role::SquadLeader, "squad_leader", "squad_leader", true, QT_TRANSLATE_NOOP("dd::data::Role", "Squad leader") },
    { Role::SquadDispatcher, "squad_dispatcher", "dispatcher", true,
      QT_TRANSLATE_NOOP("dd::data::Role", "Squad dispatcher") },
    { Role::Officer, "officer", "officer", true, QT_TRANSLATE_NOOP("dd::data::Role", "Officer") },
};

const RoleSpec &spec(Role role)
{
    return kRoleSpecs[int(role)];
}

} // namespace

QString roleKey(Role role)
{
    return QString::fromLatin1(spec(role).key);
}
QString roleCode(Role role)
{
    return QString::fromLatin1(spec(role).code);
}
bool roleNeedsSquad(Role role)
{
    return spec(role).squad;
}
QString roleName(Role role)
{
    return QCoreApplication::translate("dd::data::Role", spec(role).name);
}

std::optional<Role> roleFromKey(const QString &key)
{
    for (const RoleSpec &s : kRoleSpecs)
        if (key == QLatin1String(s.key))
            return s.role;
    return std::nullopt;
}

std::optional<Role> roleFromStore(const QString &code, bool hasSquad)
{
    for (const RoleSpec &s : kRoleSpecs)
        if (code == QLatin1String(s.code) && s.squad == hasSquad)
            return s.role;
    return std::nullopt;
}

} // namespace dd::data
