// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/accountpolicy.h"
#include "data/auth/role.h"
#include "data/result.h"

#include <QDateTime>
#include <QString>
#include <vector>

namespace dd::data {

class Clock;
class Database;
class Session;

struct Account
{
    QString id;
    QString userName;
    QString displayName;
    QString officerId;
    bool active = true;
    bool hasPassword = false;
    bool mustChangePassword = false;
    QDateTime lockedUntil; // invalid = not locked (past locks are reported invalid too)
    QDateTime lastSignInAt;
    std::vector<RoleGrant> roles;
};

struct NewAccount
{
    QString userName; // letters, digits, '.', '_' and '-'; unique
    QString displayName; // empty = the user name
    QString officerBadge; // optional link to an officer (officers.badge_no)
    std::vector<RoleGrant> roles; // squadCode is enough; squadId is looked up
};

// Account administration. Every call takes the acting session and is refused (and audited as
// access.denied) unless it allows ManageAccounts; every change is audited in the same transaction.
// The one exception is createFirstAdministrator(), allowed only while no active district
// administrator with a password exists (a fresh install).
class AccountRepository
{
public:
    explicit AccountRepository(Database &db);
    AccountRepository(Database &db, const Clock &clock);

    Result<std::vector<Account>> list(const Session &actor) const;
    // The initial password is set by the administrator, so the user must change it at first sign-in.
    Result<QString> create(const Session &actor, const NewAccount &account, const QString &initialPassword);
    Status resetPassword(const Session &actor, const QString &userName, const QString &newPassword);
    Status setActive(const Session &actor, const QString &userName, bool active);
    Status grantRole(const Session &actor, const QString &userName, const RoleGrant &grant);
    Status revokeRole(const Session &actor, const QString &userName, const RoleGrant &grant);
    Status unlock(const Session &actor, const QString &userName);
    Status setPolicy(const Session &actor, const AccountPolicy &policy);

    Result<bool> hasAdministrator() const;
    // A fresh install's first district administrator; refused once one exists. The password is the
    // person's own choice, so no change is forced.
    Result<QString> createFirstAdministrator(const NewAccount &account, const QString &password);

    // User names: 2 to 32 of [A-Za-z0-9._-], starting with a letter or digit.
    static bool validUserName(const QString &userName);

private:
    Result<QString> insert(const QString &actorId, const QString &actorName, const NewAccount &account,
                           const QString &password, bool mustChange, const QString &auditAction);
    Status changeRole(const Session &actor, const QString &userName, const RoleGrant &grant, bool add);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace dd::data
