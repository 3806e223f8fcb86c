// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/permissions.h"
#include "data/auth/role.h"

#include <QString>
#include <vector>

namespace dd::data {

// What an action is about: the squad that owns the record (empty = a district-wide record such as a
// category or an account) and, for officers' own records, the officer.
struct Target
{
    QString squadId;
    QString officerId;

    static Target district() { return {}; }
    static Target squad(const QString &id) { return { id, QString() }; }
    static Target officer(const QString &squad, const QString &officer) { return { squad, officer }; }
};

// The signed-in user as the store sees it: made by Authenticator after a verified password, passed to
// every repository call that reads restricted data or writes. Never saved: a database copied to
// another machine holds no session, only hashes.
//
// A session whose password must be changed allows nothing until the change is done.
class Session
{
public:
    Session() = default; // nobody: allows nothing
    Session(QString userId, QString userName, QString displayName, QString officerId, QString officerSquadId,
            std::vector<RoleGrant> roles, bool mustChangePassword);

    bool isValid() const { return !m_userId.isEmpty(); }
    const QString &userId() const { return m_userId; }
    const QString &userName() const { return m_userName; }
    const QString &displayName() const { return m_displayName; }
    const QString &officerId() const { return m_officerId; }
    const QString &officerSquadId() const { return m_officerSquadId; }
    const std::vector<RoleGrant> &roles() const { return m_roles; }
    bool mustChangePassword() const { return m_mustChangePassword; }
    bool hasRole(Role role) const;

    // Whether the action is allowed on anything at all (for showing or hiding a command).
    bool allows(Action action) const;
    // Whether the action is allowed on this target.
    bool allows(Action action, const Target &target) const;
    // The widest scope any of the user's roles gives for the action.
    Scope widestScope(Action action) const;
    // The squads for which a Squad-scoped grant exists (for filtering lists).
    std::vector<QString> squadsFor(Action action) const;

private:
    QString m_userId;
    QString m_userName;
    QString m_displayName;
    QString m_officerId;
    QString m_officerSquadId;
    std::vector<RoleGrant> m_roles;
    bool m_mustChangePassword = false;
};

} // namespace dd::data
