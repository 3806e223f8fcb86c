// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/accountrepository.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/auditlog.h"
#include "data/auth/session.h"
#include "data/auth/userstore.h"
#include "data/clock.h"
#include "data/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class AccountTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::AccountRepository)
};

Error sqlError(const QSqlQuery &q)
{
    return failure(AccountTr::tr("Cannot read or write the accounts: %1").arg(q.lastError().text()));
}

QJsonObject grantDetail(const RoleGrant &g)
{
    QJsonObject o;
    o.insert(QStringLiteral("role"), roleKey(g.role));
    if (!g.squadCode.isEmpty())
        o.insert(QStringLiteral("squad"), g.squadCode);
    return o;
}

// A user named by an administrator's command: refused with one message when there is none.
Result<UserRecord> existingUser(const Database &db, const QString &userName)
{
    Result<std::optional<UserRecord>> found = UserStore::find(db, userName);
    if (!found)
        return failure(found.errorMessage());
    if (!found.value())
        return failure(AccountTr::tr("No user named %1.").arg(userName));
    return *found.value();
}

// A grant names a squad exactly when its role is held for one; fills in the squad's id from its code.
Status resolveGrantScope(const Database &db, RoleGrant &g)
{
    if (roleNeedsSquad(g.role) != !(g.squadCode.isEmpty() && g.squadId.isEmpty()))
        return failure(roleNeedsSquad(g.role)
                           ? AccountTr::tr("The role %1 needs a squad.").arg(roleKey(g.role))
                           : AccountTr::tr("The role %1 is district-wide; it takes no squad.").arg(roleKey(g.role)));
    if (g.squadId.isEmpty() && !g.squadCode.isEmpty()) {
        Result<QString> squad = UserStore::squadId(db, g.squadCode);
        if (!squad)
            return failure(squad.errorMessage());
        g.squadId = squad.value();
    }
    return success();
}

} // namespace

AccountRepository::AccountRepository(Database &db)
    : AccountRepository(db, Clock::system())
{
}

AccountRepository::AccountRepository(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

bool AccountRepository::validUserName(const QString &userName)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,31}$"));
    return pattern.match(userName).hasMatch();
}

Result<std::vector<Account>> AccountRepository::list(const Session &actor) const
{
    Database &db = m_db;
    Status allowed = AccessControl(db, m_clock).require(actor, Action::ManageAccounts, Target::district());
    if (!allowed)
        return failure(allowed.errorMessage());
    QSqlQuery q(m_db.connection());
    if (!q.exec(QStringLiteral("SELECT u.username FROM users u ORDER BY u.username")))
        return sqlError(q);
    QStringList names;
    while (q.next())
        names << q.value(0).toString();
    std::vector<Account> accounts;
    const QDateTime now = m_clock.now();
    for (const QString &name : std::as_const(names)) {
        Result<std::optional<UserRecord>> found = UserStore::find(m_db, name);
        if (!found)
            return failure(found.errorMessage());
        if (!found.value())
            continue;
        const UserRecord &u = *found.value();
        Result<std::vector<RoleGrant>> grants = UserStore::roles(m_db, u.id);
        if (!grants)
            return failure(grants.errorMessage());
        Account a;
        a.id = u.id;
        a.userName = u.userName;
        a.displayName = u.displayName;
        a.officerId = u.officerId;
        a.active = u.active;
        a.hasPassword = !u.passwordHash.isEmpty();
        a.mustChangePassword = u.mustChangePassword;
        a.lockedUntil = u.lockedUntil.isValid() && u.lockedUntil > now ? u.lockedUntil : QDateTime();
        a.lastSignInAt = u.lastSignInAt;
        a.roles = std::move(grants.value());
        accounts.push_back(std::move(a));
    }
    return accounts;
}

Result<QString> AccountRepository::insert(const QString &actorId, const QString &actorName, const NewAccount &account,
                                          const QString &password, bool mustChange, const QString &auditAction)
{
    if (!validUserName(account.userName))
        return failure(AccountTr::tr("\"%1\" is not a valid user name: use 2 to 32 letters, digits, '.', '_' or '-'.")
                           .arg(account.userName));
    if (account.roles.empty())
        return failure(AccountTr::tr("A user needs at least one role."));
    Result<AccountPolicy> policy = AccountPolicy::load(m_db);
    if (!policy)
        return failure(policy.errorMessage());
    const QString problem = policy->problemWith(account.userName, password);
    if (!problem.isEmpty())
        return failure(problem);

    QString newId = Database::newId();
    Status done = m_db.transaction([&]() -> Status {
        Result<std::optional<UserRecord>> existing = UserStore::find(m_db, account.userName);
        if (!existing)
            return failure(existing.errorMessage());
        if (existing.value())
            return failure(AccountTr::tr("The user name %1 is taken.").arg(account.userName));
        QVariant officerId;
        if (!account.officerBadge.isEmpty()) {
            QSqlQuery o(m_db.connection());
            o.prepare(QStringLiteral("SELECT id FROM officers WHERE badge_no = ?"));
            o.addBindValue(account.officerBadge);
            if (!o.exec())
                return sqlError(o);
            if (!o.next())
                return failure(AccountTr::tr("No officer with the badge number %1.").arg(account.officerBadge));
            officerId = o.value(0).toString();
        }
        const QString now = Database::timestamp(m_clock.now());
        QSqlQuery q(m_db.connection());
        q.prepare(
            QStringLiteral("INSERT INTO users (id, username, display_name, officer_id, active, updated_at, last_writer)"
                           " VALUES (?, ?, ?, ?, 1, ?, ?)"));
        q.addBindValue(newId);
        q.addBindValue(account.userName);
        q.addBindValue(account.displayName.isEmpty() ? account.userName : account.displayName);
        q.addBindValue(officerId);
        q.addBindValue(now);
        q.addBindValue(m_db.consoleId());
        if (!q.exec())
            return sqlError(q);
        UserRecord user;
        user.id = newId;
        user.userName = account.userName;
        Status pw = UserStore::setPassword(m_db, m_clock, policy.value(), user, password, mustChange);
        if (!pw)
            return pw;
        QJsonArray roles;
        for (RoleGrant g : account.roles) {
            if (Status scope = resolveGrantScope(m_db, g); !scope)
                return scope;
            Result<QString> role = UserStore::roleId(m_db, m_clock, g.role);
            if (!role)
                return failure(role.errorMessage());
            QSqlQuery r(m_db.connection());
            r.prepare(QStringLiteral("INSERT INTO user_roles (id, user_id, role_id, squad_id, updated_at, last_writer)"
                                     " VALUES (?, ?, ?, ?, ?, ?)"));
            r.addBindValue(Database::newId());
            r.addBindValue(newId);
            r.addBindValue(role.value());
            r.addBindValue(g.squadId.isEmpty() ? QVariant() : QVariant(g.squadId));
            r.addBindValue(now);
            r.addBindValue(m_db.consoleId());
            if (!r.exec())
                return sqlError(r);
            roles.append(grantDetail(g));
        }
        QJsonObject detail;
        detail.insert(QStringLiteral("user"), account.userName);
        detail.insert(QStringLiteral("roles"), roles);
        return AuditLog(m_db, m_clock).append(actorId, actorName, auditAction, QStringLiteral("users"), newId, detail);
    });
    if (!done)
        return failure(done.errorMessage());
    return newId;
}

Result<QString> AccountRepository::create(const Session &actor, const NewAccount &account,
                                          const QString &initialPassword)
{
    Status allowed = AccessControl(m_db, m_clock).require(actor, Action::ManageAccounts, Target::district());
    if (!allowed)
        return failure(allowed.errorMessage());
    return insert(actor.userId(), actor.userName(), account, initialPassword, true, QStringLiteral("account.create"));
}

Result<bool> AccountRepository::hasAdministrator() const
{
    return UserStore::hasAdministrator(m_db);
}

Result<QString> AccountRepository::createFirstAdministrator(const NewAccount &account, const QString &password)
{
    Result<bool> exists = UserStore::hasAdministrator(m_db);
    if (!exists)
        return failure(exists.errorMessage());
    if (exists.value())
        return failure(AccountTr::tr("A district administrator exists already; sign in as one to add users."));
    for (const RoleGrant &g : account.roles)
        if (g.role != Role::DistrictAdmin)
            return failure(AccountTr::tr("The first user must be a district administrator (--role district_admin)."));
    return insert(QString(), account.userName, account, password, false, QStringLiteral("account.create_first_admin"));
}

Status AccountRepository::resetPassword(const Session &actor, const QString &userName, const QString &newPassword)
{
    Status allowed = AccessControl(m_db, m_clock).require(actor, Action::ManageAccounts, Target::district());
    if (!allowed)
        return allowed;
    Result<AccountPolicy> policy = AccountPolicy::load(m_db);
    if (!policy)
        return failure(policy.errorMessage());
    return m_db.transaction([&]() -> Status {
        Result<UserRecord> found = existingUser(m_db, userName);
        if (!found)
            return failure(found.errorMessage());
        const UserRecord &u = found.value();
        // Resetting one's own password is a change, not a reset: no forced change afterwards.
        const bool own = u.id == actor.userId();
        Status set = UserStore::setPassword(m_db, m_clock, policy.value(), u, newPassword, !own);
        if (!set)
            return set;
        // A reset also lifts a lock: the administrator has just spoken to the user.
        Status state = UserStore::setSignInState(m_db, u.id, 0, QDateTime(), u.lastSignInAt);
        if (!state)
            return state;
        QJsonObject detail;
        detail.insert(QStringLiteral("user"), u.userName);
        return AuditLog(m_db, m_clock)
            .append(actor, QStringLiteral("account.password_reset"), QStringLiteral("users"), u.id, detail);
    });
}

Status AccountRepository::setActive(const Session &actor, const QString &userName, bool active)
{
    Status allowed = AccessControl(m_db, m_clock).require(actor, Action::ManageAccounts, Target::district());
    if (!allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        Result<UserRecord> found = existingUser(m_db, userName);
        if (!found)
            return failure(found.errorMessage());
        const UserRecord &u = found.value();
        if (!active && u.id == actor.userId())
            return failure(AccountTr::tr("You cannot disable your own account."));
        const QString now = Database::timestamp(m_clock.now());
        QSqlQuery q(m_db.connection());
        q.prepare(QStringLiteral("UPDATE users SET active = ?, updated_at = ?, last_writer = ? WHERE id = ?"));
        q.addBindValue(active ? 1 : 0);
        q.addBindValue(now);
        q.addBindValue(m_db.consoleId());
        q.addBindValue(u.id);
        if (!q.exec())
            return sqlError(q);
        QJsonObject detail;
        detail.insert(QStringLiteral("user"), u.userName);
        return AuditLog(m_db, m_clock)
            .append(actor, active ? QStringLiteral("account.enable") : QStringLiteral("account.disable"),
                    QStringLiteral("users"), u.id, detail);
    });
}

Status AccountRepository::changeRole(const Session &actor, const QString &userName, const RoleGrant &grantIn, bool add)
{
    Status allowed = AccessControl(m_db, m_clock).require(actor, Action::ManageAccounts, Target::district());
    if (!allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        Result<UserRecord> found = existingUser(m_db, userName);
        if (!found)
            return failure(found.errorMessage());
        const UserRecord &u = found.value();
        RoleGrant g = grantIn;
        if (Status scope = resolveGrantScope(m_db, g); !scope)
            return scope;
        if (!add && g.role == Role::DistrictAdmin && u.id == actor.userId())
            return failure(AccountTr::tr("You cannot take the administrator role from yourself."));
        Result<QString> role = UserStore::roleId(m_db, m_clock, g.role);
        if (!role)
            return failure(role.errorMessage());
        QSqlQuery q(m_db.connection());
        if (add) {
            const QString now = Database::timestamp(m_clock.now());
            q.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO user_roles (id, user_id, role_id, squad_id, updated_at, last_writer)"
                " VALUES (?, ?, ?, ?, ?, ?)"));
            q.addBindValue(Database::newId());
            q.addBindValue(u.id);
            q.addBindValue(role.value());
            q.addBindValue(g.squadId.isEmpty() ? QVariant() : QVariant(g.squadId));
            q.addBindValue(now);
            q.addBindValue(m_db.consoleId());
        } else {
            q.prepare(QStringLiteral(
                "DELETE FROM user_roles WHERE user_id = ? AND role_id = ? AND ifnull(squad_id, '') = ?"));
            q.addBindValue(u.id);
            q.addBindValue(role.value());
            q.addBindValue(g.squadId.isNull() ? QStringLiteral("") : g.squadId);
        }
        if (!q.exec())
            return sqlError(q);
        if (q.numRowsAffected() == 0)
            return failure(add ? AccountTr::tr("%1 holds this role already.").arg(u.userName)
                               : AccountTr::tr("%1 does not hold this role.").arg(u.userName));
        QJsonObject detail = grantDetail(g);
        detail.insert(QStringLiteral("user"), u.userName);
        return AuditLog(m_db, m_clock)
            .append(actor, add ? QStringLiteral("role.grant") : QStringLiteral("role.revoke"),
                    QStringLiteral("user_roles"), u.id, detail);
    });
}

Status AccountRepository::grantRole(const Session &actor, const QString &userName, const RoleGrant &grant)
{
    return changeRole(actor, userName, grant, true);
}

Status AccountRepository::revokeRole(const Session &actor, const QString &userName, const RoleGrant &grant)
{
    return changeRole(actor, userName, grant, false);
}

Status AccountRepository::unlock(const Session &actor, const QString &userName)
{
    Status allowed = AccessControl(m_db, m_clock).require(actor, Action::ManageAccounts, Target::district());
    if (!allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        Result<UserRecord> found = existingUser(m_db, userName);
        if (!found)
            return failure(found.errorMessage());
        const UserRecord &u = found.value();
        Status state = UserStore::setSignInState(m_db, u.id, 0, QDateTime(), u.lastSignInAt);
        if (!state)
            return state;
        QJsonObject detail;
        detail.insert(QStringLiteral("user"), u.userName);
        return AuditLog(m_db, m_clock)
            .append(actor, QStringLiteral("account.unlock"), QStringLiteral("users"), u.id, detail);
    });
}

Status AccountRepository::setPolicy(const Session &actor, const AccountPolicy &policy)
{
    Status allowed = AccessControl(m_db, m_clock).require(actor, Action::ManageAccounts, Target::district());
    if (!allowed)
        return allowed;
    if (policy.minLength < 8 || policy.history < 0 || policy.maxFailures < 1 || policy.lockMinutes < 1)
        return failure(AccountTr::tr("Password rules out of range: at least 8 characters, at least 1 failure and "
                                     "1 minute of lock."));
    return m_db.transaction([&]() -> Status {
        const std::pair<const char *, int> values[] = { { "min_length", policy.minLength },
                                                        { "history", policy.history },
                                                        { "max_failures", policy.maxFailures },
                                                        { "lock_minutes", policy.lockMinutes } };
        QJsonObject detail;
        for (const auto &[key, value] : values) {
            QSqlQuery q(m_db.connection());
            q.prepare(QStringLiteral("INSERT OR REPLACE INTO account_policy (key, value) VALUES (?, ?)"));
            q.addBindValue(QString::fromLatin1(key));
            q.addBindValue(value);
            if (!q.exec())
                return sqlError(q);
            detail.insert(QString::fromLatin1(key), value);
        }
        return AuditLog(m_db, m_clock)
            .append(actor, QStringLiteral("account.policy"), QStringLiteral("account_policy"), QString(), detail);
    });
}

} // namespace dd::data
