// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/accountpolicy.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {
class PolicyTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::AccountPolicy)
};
} // namespace

Result<AccountPolicy> AccountPolicy::load(const Database &db)
{
    AccountPolicy p;
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT key, value FROM account_policy")))
        return failure(PolicyTr::tr("Cannot read the password rules: %1").arg(q.lastError().text()));
    while (q.next()) {
        const QString key = q.value(0).toString();
        const int value = q.value(1).toInt();
        if (key == QLatin1String("min_length"))
            p.minLength = value;
        else if (key == QLatin1String("history"))
            p.history = value;
        else if (key == QLatin1String("max_failures"))
            p.maxFailures = value;
        else if (key == QLatin1String("lock_minutes"))
            p.lockMinutes = value;
    }
    return p;
}

QString AccountPolicy::problemWith(const QString &userName, const QString &password) const
{
    // Code points, so a Chinese pass phrase counts as many characters as it shows.
    const qsizetype length = password.toUcs4().size();
    if (length < minLength)
        return PolicyTr::tr("The password must have at least %1 characters.").arg(minLength);
    if (password.compare(userName, Qt::CaseInsensitive) == 0)
        return PolicyTr::tr("The password must not be the user name.");
    return QString();
}

} // namespace dd::data
