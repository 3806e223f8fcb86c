// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/authenticator.h"

#include "data/auth/accountpolicy.h"
#include "data/auth/accountrepository.h"
#include "data/auth/auditlog.h"
#include "data/auth/passwordhasher.h"
#include "data/auth/userstore.h"
#include "data/clock.h"
#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class AuthTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::Authenticator)
};

QString purposeKey(int purpose)
{
    static const char *const kKeys[] = { "signin", "unlock", "password_change" };
    return QString::fromLatin1(kKeys[purpose]);
}

} // namespace

Authenticator::Authenticator(Database &db)
    : Authenticator(db, Clock::system())
{
}

Authenticator::Authenticator(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString Authenticator::refusalMessage()
{
    return AuthTr::tr("Sign-in refused: the user name or the password is wrong, or the account is locked or "
                      "disabled. Check the keyboard layout and try again, or ask the district administrator.");
}

Result<Session> Authenticator::attempt(const QString &userName, const QString &password, Purpose purpose)
{
    const QString prefix = purposeKey(int(purpose));
    Result<AccountPolicy> policy = AccountPolicy::load(m_db);
    if (!policy)
        return failure(policy.errorMessage());
    Result<std::optional<UserRecord>> found = UserStore::find(m_db, userName.trimmed());
    if (!found)
        return failure(found.errorMessage());
    const std::optional<UserRecord> &user = found.value();

    // Exactly one verification whatever the case (equal timing).
    const bool hasHash = user && !user->passwordHash.isEmpty();
    const bool passwordOk
        = PasswordHasher::verify(hasHash ? user->passwordHash : PasswordHasher::dummyHash(), password) && hasHash;

    AuditLog audit(m_db, m_clock);
    const QDateTime now = m_clock.now();
    if (!user) {
        QJsonObject detail;
        detail.insert(QStringLiteral("reason"), QStringLiteral("unknown_user"));
        // People type passwords into the name field; a typed name that cannot be a user name (spaces,
        // symbols, too long) is not kept.
        const QString typed = userName.trimmed();
        audit.append(QString(), AccountRepository::validUserName(typed) ? typed : QStringLiteral("(invalid name)"),
                     prefix + QStringLiteral(".failure"), QStringLiteral("users"), QString(), detail);
        return failure(refusalMessage());
    }

    const bool locked = user->lockedUntil.isValid() && user->lockedUntil > now;
    QString reason;
    if (!user->active)
        reason = QStringLiteral("disabled");
    else if (!hasHash)
        reason = QStringLiteral("no_password");
    else if (locked)
        reason = QStringLiteral("locked");
    else if (!passwordOk)
        reason = QStringLiteral("wrong_password");

    if (!reason.isEmpty()) {
        Status written = m_db.transaction([&]() -> Status {
            QJsonObject detail;
            detail.insert(QStringLiteral("reason"), reason);
            if (reason == QLatin1String("wrong_password")) {
                int failures = user->failedAttempts + 1;
                QDateTime lockedUntil = user->lockedUntil;
                detail.insert(QStringLiteral("failures"), failures);
                Status logged = audit.append(user->id, user->userName, prefix + QStringLiteral(".failure"),
                                             QStringLiteral("users"), user->id, detail);
                if (!logged)
                    return logged;
                if (policy->maxFailures > 0 && failures >= policy->maxFailures) {
                    lockedUntil = now.addSecs(qint64(policy->lockMinutes) * 60);
                    failures = 0;
                    QJsonObject lock;
                    lock.insert(QStringLiteral("until"), Database::timestamp(lockedUntil));
                    lock.insert(QStringLiteral("after_failures"), policy->maxFailures);
                    logged = audit.append(user->id, user->userName, QStringLiteral("account.lock"),
                                          QStringLiteral("users"), user->id, lock);
                    if (!logged)
                        return logged;
                }
                return UserStore::setSignInState(m_db, user->id, failures, lockedUntil, user->lastSignInAt);
            }
            if (reason == QLatin1String("locked"))
                detail.insert(QStringLiteral("locked_until"), Database::timestamp(user->lockedUntil));
            return audit.append(user->id, user->userName, prefix + QStringLiteral(".failure"), QStringLiteral("users"),
                                user->id, detail);
        });
        Q_UNUSED(written); // the refusal stands even if the audit could not be written
        return failure(refusalMessage());
    }

    UserRecord updated = *user;
    Result<Session> session = failure(QString());
    Status done = m_db.transaction([&]() -> Status {
        Status state = UserStore::setSignInState(m_db, user->id, 0, QDateTime(), now);
        if (!state)
            return state;
        // Hashes made with older (weaker) limits are replaced while the password is at hand.
        if (PasswordHasher::needsRehash(user->passwordHash)) {
            Result<QString> fresh = PasswordHasher::hash(password);
            if (fresh) {
                QSqlQuery q(m_db.connection());
                q.prepare(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"));
                q.addBindValue(fresh.value());
                q.addBindValue(user->id);
                if (!q.exec())
                    return failure(q.lastError().text());
            }
        }
        if (purpose != Purpose::ChangePassword) {
            QJsonObject detail;
            if (user->mustChangePassword)
                detail.insert(QStringLiteral("must_change_password"), true);
            Status logged = audit.append(user->id, user->userName, prefix + QStringLiteral(".success"),
                                         QStringLiteral("users"), user->id, detail);
            if (!logged)
                return logged;
        }
        session = UserStore::session(m_db, updated);
        return session ? success() : failure(session.errorMessage());
    });
    if (!done)
        return failure(done.errorMessage());
    return session;
}

Result<Session> Authenticator::signIn(const QString &userName, const QString &password)
{
    return attempt(userName, password, Purpose::SignIn);
}

Result<Session> Authenticator::unlock(const Session &session, const QString &password)
{
    if (!session.isValid())
        return failure(refusalMessage());
    return attempt(session.userName(), password, Purpose::Unlock);
}

Result<Session> Authenticator::changePassword(const QString &userName, const QString &currentPassword,
                                              const QString &newPassword)
{
    Result<Session> verified = attempt(userName, currentPassword, Purpose::ChangePassword);
    if (!verified)
        return verified;
    Result<AccountPolicy> policy = AccountPolicy::load(m_db);
    if (!policy)
        return failure(policy.errorMessage());
    Result<std::optional<UserRecord>> found = UserStore::find(m_db, verified->userName());
    if (!found || !found.value())
        return failure(refusalMessage());
    const UserRecord user = *found.value();
    Status changed = m_db.transaction([&]() -> Status {
        Status stored = UserStore::setPassword(m_db, m_clock, policy.value(), user, newPassword, false);
        if (!stored)
            return stored;
        QJsonObject detail;
        detail.insert(QStringLiteral("forced"), user.mustChangePassword);
        return AuditLog(m_db, m_clock)
            .append(user.id, user.userName, QStringLiteral("account.password_change"), QStringLiteral("users"), user.id,
                    detail);
    });
    if (!changed)
        return failure(changed.errorMessage());
    UserRecord after = user;
    after.mustChangePassword = false;
    return UserStore::session(m_db, after);
}

Status Authenticator::recordLock(const Session &session, const QString &reason)
{
    QJsonObject detail;
    detail.insert(QStringLiteral("reason"), reason);
    return AuditLog(m_db, m_clock)
        .append(session, QStringLiteral("session.lock"), QStringLiteral("users"), session.userId(), detail);
}

Status Authenticator::recordSignOut(const Session &session)
{
    return AuditLog(m_db, m_clock)
        .append(session, QStringLiteral("session.sign_out"), QStringLiteral("users"), session.userId());
}

} // namespace dd::data
