// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/userstore.h"

#include "data/auth/passwordhasher.h"
#include "data/clock.h"
#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class UserTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::UserStore)
};

Error sqlError(const QSqlQuery &q)
{
    return failure(UserTr::tr("Cannot read or write the accounts: %1").arg(q.lastError().text()));
}

QDateTime instant(const QVariant &v)
{
    return v.isNull() ? QDateTime() : QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
}

QVariant instantValue(const QDateTime &t)
{
    return t.isValid() ? QVariant(Database::timestamp(t)) : QVariant();
}

} // namespace

Result<std::optional<UserRecord>> UserStore::find(const Database &db, const QString &userName)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "SELECT u.id, u.username, u.display_name, ifnull(u.officer_id, ''), ifnull(o.squad_id, ''),"
        " ifnull(u.password_hash, ''), u.active, u.must_change_password, ifnull(s.failed_attempts, 0),"
        " s.locked_until, s.last_sign_in_at"
        " FROM users u LEFT JOIN officers o ON o.id = u.officer_id LEFT JOIN sign_in_state s ON s.user_id = u.id"
        " WHERE u.username = ?"));
    q.addBindValue(userName);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return std::optional<UserRecord>();
    UserRecord u;
    u.id = q.value(0).toString();
    u.userName = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.officerId = q.value(3).toString();
    u.officerSquadId = q.value(4).toString();
    u.passwordHash = q.value(5).toString();
    u.active = q.value(6).toInt() != 0;
    u.mustChangePassword = q.value(7).toInt() != 0;
    u.failedAttempts = q.value(8).toInt();
    u.lockedUntil = instant(q.value(9));
    u.lastSignInAt = instant(q.value(10));
    return std::optional<UserRecord>(std::move(u));
}

Result<std::vector<RoleGrant>> UserStore::roles(const Database &db, const QString &userId)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT r.code, ifnull(ur.squad_id, ''), ifnull(s.code, '') FROM user_roles ur"
                             " JOIN roles r ON r.id = ur.role_id LEFT JOIN squads s ON s.id = ur.squad_id"
                             " WHERE ur.user_id = ? ORDER BY r.code, s.code"));
    q.addBindValue(userId);
    if (!q.exec())
        return sqlError(q);
    std::vector<RoleGrant> grants;
    while (q.next()) {
        const QString squad = q.value(1).toString();
        const std::optional<Role> role = roleFromStore(q.value(0).toString(), !squad.isEmpty());
        if (role) // a role held with the wrong scope grants nothing
            grants.push_back(RoleGrant { *role, squad, q.value(2).toString() });
    }
    return grants;
}

Result<Session> UserStore::session(const Database &db, const UserRecord &user)
{
    Result<std::vector<RoleGrant>> grants = roles(db, user.id);
    if (!grants)
        return failure(grants.errorMessage());
    return Session(user.id, user.userName, user.displayName, user.officerId, user.officerSquadId,
                   std::move(grants.value()), user.mustChangePassword);
}

Status UserStore::setPassword(Database &db, const Clock &clock, const AccountPolicy &policy, const UserRecord &user,
                              const QString &password, bool mustChange)
{
    const QString problem = policy.problemWith(user.userName, password);
    if (!problem.isEmpty())
        return failure(problem);
    if (policy.history > 0) {
        QSqlQuery old(db.connection());
        old.prepare(QStringLiteral("SELECT password_hash FROM password_history WHERE user_id = ?"
                                   " ORDER BY created_at DESC, rowid DESC LIMIT ?"));
        old.addBindValue(user.id);
        old.addBindValue(policy.history);
        if (!old.exec())
            return sqlError(old);
        QStringList hashes;
        while (old.next())
            hashes << old.value(0).toString();
        if (!user.passwordHash.isEmpty() && !hashes.contains(user.passwordHash))
            hashes << user.passwordHash;
        for (const QString &h : std::as_const(hashes))
            if (PasswordHasher::verify(h, password))
                return failure(UserTr::tr("The password must differ from the last %1 passwords.").arg(policy.history));
    }
    Result<QString> hash = PasswordHasher::hash(password);
    if (!hash)
        return failure(hash.errorMessage());
    const QString now = Database::timestamp(clock.now());
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("UPDATE users SET password_hash = ?, must_change_password = ?, password_changed_at = ?,"
                             " updated_at = ?, last_writer = ? WHERE id = ?"));
    q.addBindValue(hash.value());
    q.addBindValue(mustChange ? 1 : 0);
    q.addBindValue(now);
    q.addBindValue(now);
    q.addBindValue(db.consoleId());
    q.addBindValue(user.id);
    if (!q.exec())
        return sqlError(q);
    QSqlQuery h(db.connection());
    h.prepare(
        QStringLiteral("INSERT INTO password_history (id, user_id, password_hash, created_at, updated_at, last_writer)"
                       " VALUES (?, ?, ?, ?, ?, ?)"));
    h.addBindValue(Database::newId());
    h.addBindValue(user.id);
    h.addBindValue(hash.value());
    h.addBindValue(now);
    h.addBindValue(now);
    h.addBindValue(db.consoleId());
    if (!h.exec())
        return sqlError(h);
    return success();
}

Status UserStore::setSignInState(Database &db, const QString &userId, int failedAttempts, const QDateTime &lockedUntil,
                                 const QDateTime &lastSignInAt)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("INSERT INTO sign_in_state (user_id, failed_attempts, locked_until, last_sign_in_at)"
                             " VALUES (?, ?, ?, ?) ON CONFLICT (user_id) DO UPDATE SET"
                             " failed_attempts = excluded.failed_attempts, locked_until = excluded.locked_until,"
                             " last_sign_in_at = excluded.last_sign_in_at"));
    q.addBindValue(userId);
    q.addBindValue(failedAttempts);
    q.addBindValue(instantValue(lockedUntil));
    q.addBindValue(instantValue(lastSignInAt));
    if (!q.exec())
        return sqlError(q);
    return success();
}

Result<QString> UserStore::roleId(Database &db, const Clock &clock, Role role)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM roles WHERE code = ?"));
    q.addBindValue(roleCode(role));
    if (!q.exec())
        return sqlError(q);
    if (q.next())
        return q.value(0).toString();
    const QString id = Database::newId();
    const QString now = Database::timestamp(clock.now());
    QSqlQuery add(db.connection());
    add.prepare(QStringLiteral("INSERT INTO roles (id, code, name, updated_at, last_writer) VALUES (?, ?, ?, ?, ?)"));
    add.addBindValue(id);
    add.addBindValue(roleCode(role));
    add.addBindValue(roleName(role));
    add.addBindValue(now);
    add.addBindValue(db.consoleId());
    if (!add.exec())
        return sqlError(add);
    return id;
}

Result<QString> UserStore::squadId(const Database &db, const QString &squadCode)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM squads WHERE code = ?"));
    q.addBindValue(squadCode);
    if (!q.exec())
        return sqlError(q);
    if (!q.next())
        return failure(UserTr::tr("No squad with the code %1.").arg(squadCode));
    return q.value(0).toString();
}

Result<bool> UserStore::hasAdministrator(const Database &db)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM users u JOIN user_roles ur ON ur.user_id = u.id"
                               " JOIN roles r ON r.id = ur.role_id"
                               " WHERE r.code = 'district_admin' AND ur.squad_id IS NULL AND u.active = 1"
                               " AND u.password_hash IS NOT NULL"))
        || !q.next())
        return sqlError(q);
    return q.value(0).toInt() > 0;
}

} // namespace dd::data
