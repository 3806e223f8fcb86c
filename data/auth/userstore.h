// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/accountpolicy.h"
#include "data/auth/role.h"
#include "data/auth/session.h"
#include "data/result.h"

#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace dd::data {

class Clock;
class Database;

// One users row with its sign-in state, as Authenticator and AccountRepository need it.
struct UserRecord
{
    QString id;
    QString userName;
    QString displayName;
    QString officerId;
    QString officerSquadId;
    QString passwordHash; // empty: no local password
    bool active = true;
    bool mustChangePassword = false;
    int failedAttempts = 0;
    QDateTime lockedUntil; // invalid = never locked
    QDateTime lastSignInAt;
};

// The SQL shared by sign-in and account administration; no permission checks here (the callers
// make them). Functions that write expect to run inside the caller's transaction.
class UserStore
{
public:
    // nullopt when no such user; user names are compared exactly.
    static Result<std::optional<UserRecord>> find(const Database &db, const QString &userName);
    static Result<std::vector<RoleGrant>> roles(const Database &db, const QString &userId);
    static Result<Session> session(const Database &db, const UserRecord &user);

    // Checks the policy (length, user name, not one of the last policy.history passwords), then stores
    // the new hash, records it in password_history and sets must_change_password.
    static Status setPassword(Database &db, const Clock &clock, const AccountPolicy &policy, const UserRecord &user,
                              const QString &password, bool mustChange);

    static Status setSignInState(Database &db, const QString &userId, int failedAttempts, const QDateTime &lockedUntil,
                                 const QDateTime &lastSignInAt);

    // The roles.id for a role code, created when a fresh install has no roles rows yet.
    static Result<QString> roleId(Database &db, const Clock &clock, Role role);
    // The squads.id for a squad code.
    static Result<QString> squadId(const Database &db, const QString &squadCode);

    // Whether an active district administrator with a password exists.
    static Result<bool> hasAdministrator(const Database &db);
};

} // namespace dd::data
