// SPDX-License-Identifier: GPL-3.0-or-later
// The demo district (seed 1) as the dispatch tests' store,
// and sessions for its demo users built directly (no Argon2 sign-in per test: the roles are what
// matters here; the sign-in itself is tested in tests/auth).
#pragma once

#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/demogenerator.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace dispatchtest {

struct Store
{
    QTemporaryDir dir;
    std::unique_ptr<dd::data::Database> db;
    dd::data::ManualClock clock { QDateTime(QDate(2026, 11, 26), QTime(2, 0), Qt::UTC) }; // Thu 10:00 Shanghai

    bool open()
    {
        auto opened = dd::data::Database::open(dir.filePath(QStringLiteral("dispatch.sqlite")),
                                               dd::data::Database::Mode::CreateIfMissing);
        if (!opened) {
            qWarning() << opened.errorMessage();
            return false;
        }
        db = std::move(opened.value());
        auto report = dd::data::DemoGenerator().populate(*db);
        if (!report) {
            qWarning() << report.errorMessage();
            return false;
        }
        return true;
    }

    QVariant scalar(const QString &sql, const QVariantList &values = {}) const
    {
        QSqlQuery q(db->connection());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            qWarning() << sql << q.lastError().text();
            return {};
        }
        return q.next() ? q.value(0) : QVariant();
    }

    QString squadId(const QString &code) const
    {
        return scalar(QStringLiteral("SELECT id FROM squads WHERE code = ?"), { code }).toString();
    }

    // A session of an existing or new user holding the given roles (squad roles by squad code).
    dd::data::Session session(const QString &userName, std::vector<std::pair<dd::data::Role, QString>> roles,
                              const QString &officerId = QString())
    {
        QString userId = scalar(QStringLiteral("SELECT id FROM users WHERE username = ?"), { userName }).toString();
        if (userId.isEmpty()) {
            userId = dd::data::Database::newId();
            QSqlQuery q(db->connection());
            q.prepare(QStringLiteral("INSERT INTO users (id, username, display_name, officer_id, updated_at, last_writer) "
                                     "VALUES (?, ?, ?, ?, 'T', 'test')"));
            q.addBindValue(userId);
            q.addBindValue(userName);
            q.addBindValue(userName);
            q.addBindValue(officerId.isEmpty() ? QVariant() : QVariant(officerId));
            if (!q.exec())
                qWarning() << q.lastError().text();
        }
        std::vector<dd::data::RoleGrant> grants;
        QString officerSquad;
        for (const auto &[role, squadCode] : roles) {
            const QString sid = squadCode.isEmpty() ? QString() : squadId(squadCode);
            grants.push_back(dd::data::RoleGrant { role, sid, squadCode });
            if (officerSquad.isEmpty())
                officerSquad = sid;
        }
        return dd::data::Session(userId, userName, userName, officerId, officerSquad, grants, false);
    }
};

} // namespace dispatchtest
