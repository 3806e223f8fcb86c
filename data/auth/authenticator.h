// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/session.h"
#include "data/result.h"

#include <QString>

namespace dd::data {

class Clock;
class Database;

// Sign-in, unlocking a locked console and changing one's own password.
//
// Contract:
// - Every refusal of a sign-in returns the same message (refusalMessage()), whether the name is
//   unknown, the password wrong, the account disabled, locked or without a password; and every
//   attempt verifies exactly one Argon2id hash (a dummy one when there is no real one), so the time
//   taken does not tell either.
// - policy.maxFailures wrong passwords in a row lock the account for policy.lockMinutes (by the
//   injected clock); a correct password during the lock is refused too. Success resets the count.
// - A session whose password must be changed (after an administrator's reset) allows nothing until
//   changePassword() succeeds.
// - Every attempt, lock, unlock and password change is written to the audit log.
class Authenticator
{
public:
    explicit Authenticator(Database &db);
    Authenticator(Database &db, const Clock &clock);

    Result<Session> signIn(const QString &userName, const QString &password);
    // The locked console's check: the same user's password again (failures count towards the lock).
    Result<Session> unlock(const Session &session, const QString &password);
    // The user's own change (voluntary or forced): needs the current password; gives the new session.
    Result<Session> changePassword(const QString &userName, const QString &currentPassword, const QString &newPassword);
    // Audit only: the console was locked (Ctrl+L or idle) or the user signed out.
    Status recordLock(const Session &session, const QString &reason);
    Status recordSignOut(const Session &session);

    static QString refusalMessage();

private:
    enum class Purpose { SignIn, Unlock, ChangePassword };
    Result<Session> attempt(const QString &userName, const QString &password, Purpose purpose);

    Database &m_db;
    const Clock &m_clock;
};

} // namespace dd::data
