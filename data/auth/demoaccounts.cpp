// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/demoaccounts.h"

#include "data/auth/auditlog.h"
#include "data/auth/userstore.h"
#include "data/clock.h"
#include "data/database.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class DemoTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::DemoAccounts)
};

Error sqlError(const QSqlQuery &q)
{
    return failure(DemoTr::tr("Cannot write the demo accounts: %1").arg(q.lastError().text()));
}

struct Spec
{
    const char *prefix; // user name, or prefix before the squad code
    Role role;
    const char *password;
    const char *displayName;
};

const Spec kSpecs[] = {
    { "admin", Role::DistrictAdmin, "demo-admin-2026", "区局管理员" },
    { "ducha", Role::Supervisor, "demo-ducha-2026", "区局督查" },
    { "centre", Role::CentreDispatcher, "demo-centre-2026", "区局指挥中心调度员" },
    { "leader.", Role::SquadLeader, "demo-leader-2026", "中队长" },
    { "dispatch.", Role::SquadDispatcher, "demo-dispatch-2026", "中队调度员" },
    { "officer.", Role::Officer, "demo-officer-2026", "执法队员" },
};

} // namespace

Result<std::vector<DemoAccount>> DemoAccounts::install(Database &db, const Clock &clock)
{
    std::vector<DemoAccount> made;
    Status done = db.transaction([&]() -> Status {
        QSqlQuery squad(db.connection());
        if (!squad.exec(QStringLiteral("SELECT id, code FROM squads WHERE kind = 'town' ORDER BY code LIMIT 1")))
            return sqlError(squad);
        if (!squad.next())
            return failure(DemoTr::tr("The demo accounts need a district with at least one town squad."));
        const QString squadId = squad.value(0).toString();
        const QString squadCode = squad.value(1).toString();
        const QString now = Database::timestamp(clock.now());
        AccountPolicy demoPolicy;
        demoPolicy.history = 0;

        for (const Spec &s : kSpecs) {
            const bool squadRole = roleNeedsSquad(s.role);
            const QString name
                = squadRole ? QString::fromLatin1(s.prefix) + squadCode.toLower() : QString::fromLatin1(s.prefix);
            Result<std::optional<UserRecord>> found = UserStore::find(db, name);
            if (!found)
                return failure(found.errorMessage());
            UserRecord user;
            if (found.value()) {
                user = *found.value();
            } else {
                QVariant officerId;
                if (s.role == Role::Officer) {
                    QSqlQuery o(db.connection());
                    o.prepare(QStringLiteral("SELECT id FROM officers WHERE squad_id = ? AND active = 1 AND id NOT IN"
                                             " (SELECT officer_id FROM users WHERE officer_id IS NOT NULL)"
                                             " ORDER BY badge_no LIMIT 1"));
                    o.addBindValue(squadId);
                    if (!o.exec())
                        return sqlError(o);
                    if (o.next())
                        officerId = o.value(0).toString();
                }
                user.id = Database::newId();
                user.userName = name;
                QSqlQuery u(db.connection());
                u.prepare(
                    QStringLiteral("INSERT INTO users (id, username, display_name, officer_id, updated_at, last_writer)"
                                   " VALUES (?, ?, ?, ?, ?, ?)"));
                u.addBindValue(user.id);
                u.addBindValue(name);
                u.addBindValue(QString::fromUtf8(s.displayName));
                u.addBindValue(officerId);
                u.addBindValue(now);
                u.addBindValue(db.consoleId());
                if (!u.exec())
                    return sqlError(u);
            }
            Result<QString> roleId = UserStore::roleId(db, clock, s.role);
            if (!roleId)
                return failure(roleId.errorMessage());
            QSqlQuery r(db.connection());
            r.prepare(QStringLiteral(
                "INSERT OR IGNORE INTO user_roles (id, user_id, role_id, squad_id, updated_at, last_writer)"
                " VALUES (?, ?, ?, ?, ?, ?)"));
            r.addBindValue(Database::newId());
            r.addBindValue(user.id);
            r.addBindValue(roleId.value());
            r.addBindValue(squadRole ? QVariant(squadId) : QVariant());
            r.addBindValue(now);
            r.addBindValue(db.consoleId());
            if (!r.exec())
                return sqlError(r);
            const QString password = QString::fromLatin1(s.password);
            Status set = UserStore::setPassword(db, clock, demoPolicy, user, password, false);
            if (!set)
                return set;
            made.push_back(DemoAccount { name, s.role, squadRole ? squadCode : QString(), password });
        }
        QJsonArray names;
        for (const DemoAccount &a : made)
            names.append(a.userName);
        QJsonObject detail;
        detail.insert(QStringLiteral("users"), names);
        return AuditLog(db, clock).append(QString(), QString(), QStringLiteral("account.demo_install"),
                                          QStringLiteral("users"), QString(), detail);
    });
    if (!done)
        return failure(done.errorMessage());
    return made;
}

} // namespace dd::data
