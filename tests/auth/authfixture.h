// SPDX-License-Identifier: GPL-3.0-or-later
// A small store for the account tests: one district, two town squads with two officers each, and
// helpers that create users through the store's own API (first administrator, then the others).
#pragma once

#include "data/auth/accountrepository.h"
#include "data/auth/authenticator.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace authtest {

inline const char *const kFixture = R"SQL(
INSERT INTO district VALUES ('d', '310114', '嘉定区', 'T', 'c');
INSERT INTO towns (id, district_id, code, name, updated_at, last_writer) VALUES ('t1', 'd', '310114102', '南翔镇', 'T', 'c');
INSERT INTO towns (id, district_id, code, name, updated_at, last_writer) VALUES ('t2', 'd', '310114103', '安亭镇', 'T', 'c');
INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES ('s1', 'JD102', '南翔中队', 'town', 't1', 'T', 'c');
INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES ('s2', 'JD103', '安亭中队', 'town', 't2', 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, phone, updated_at, last_writer) VALUES ('o1', 'JD01001', '王伟', 's1', '13912345678', 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, phone, updated_at, last_writer) VALUES ('o2', 'JD01002', '李娜', 's1', '13800001111', 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, phone, updated_at, last_writer) VALUES ('o3', 'JD02001', '张强', 's2', '13700002222', 'T', 'c');
)SQL";

inline const QString kAdminPassword = QStringLiteral("admin-password-1");
inline const QString kUserPassword = QStringLiteral("initial-password-1");

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<dd::data::Database> db;
    dd::data::ManualClock clock;
    dd::data::Session admin;

    // Opens a fresh store with the fixture and a first administrator "root" signed in.
    bool open()
    {
        auto opened = dd::data::Database::open(dir.filePath(QStringLiteral("console.sqlite")),
                                               dd::data::Database::Mode::CreateIfMissing);
        if (!opened) {
            qWarning() << opened.errorMessage();
            return false;
        }
        db = std::move(opened.value());
        dd::data::Status fixture = db->executeScript(kFixture);
        if (!fixture) {
            qWarning() << fixture.errorMessage();
            return false;
        }
        dd::data::NewAccount root;
        root.userName = QStringLiteral("root");
        root.roles = { dd::data::RoleGrant { dd::data::Role::DistrictAdmin, {}, {} } };
        auto made = dd::data::AccountRepository(*db, clock).createFirstAdministrator(root, kAdminPassword);
        if (!made) {
            qWarning() << made.errorMessage();
            return false;
        }
        auto session = dd::data::Authenticator(*db, clock).signIn(QStringLiteral("root"), kAdminPassword);
        if (!session) {
            qWarning() << session.errorMessage();
            return false;
        }
        admin = session.value();
        return true;
    }

    // Creates a user with one role (squad by code, empty for district roles); the password must be
    // changed at first sign-in, as after any administrator-set password.
    bool addUser(const QString &name, dd::data::Role role, const QString &squadCode = QString(),
                 const QString &officerBadge = QString())
    {
        dd::data::NewAccount a;
        a.userName = name;
        a.officerBadge = officerBadge;
        a.roles = { dd::data::RoleGrant { role, {}, squadCode } };
        auto made = dd::data::AccountRepository(*db, clock).create(admin, a, kUserPassword);
        if (!made)
            qWarning() << made.errorMessage();
        return bool(made);
    }

    // A session for a user made by addUser, after the forced password change.
    dd::data::Session signInChanged(const QString &name,
                                    const QString &newPassword = QStringLiteral("changed-password-1"))
    {
        auto s = dd::data::Authenticator(*db, clock).changePassword(name, kUserPassword, newPassword);
        if (!s)
            qWarning() << s.errorMessage();
        return s ? s.value() : dd::data::Session();
    }

    int count(const QString &sql) const
    {
        QSqlQuery q(db->connection());
        if (!q.exec(sql) || !q.next()) {
            qWarning() << sql << q.lastError().text();
            return -1;
        }
        return q.value(0).toInt();
    }
};

} // namespace authtest
