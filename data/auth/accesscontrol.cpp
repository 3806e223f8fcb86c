// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/accesscontrol.h"

#include "data/auth/auditlog.h"
#include "data/auth/session.h"

#include <QCoreApplication>

namespace dd::data {

namespace {
class AccessTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::AccessControl)
};
} // namespace

AccessControl::AccessControl(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString AccessControl::refusal(const Session &session, Action action)
{
    if (!session.isValid())
        return AccessTr::tr("Sign in first: \"%1\" needs a signed-in user.").arg(Permissions::actionName(action));
    if (session.mustChangePassword())
        return AccessTr::tr("%1 must change the password before doing anything else.").arg(session.userName());
    return AccessTr::tr("%1 may not do this: %2.").arg(session.userName(), Permissions::actionName(action));
}

Status AccessControl::require(const Session &session, Action action, const Target &target)
{
    if (session.allows(action, target))
        return success();
    QJsonObject detail;
    detail.insert(QStringLiteral("permission"), Permissions::actionKey(action));
    if (!target.squadId.isEmpty())
        detail.insert(QStringLiteral("squad_id"), target.squadId);
    if (!target.officerId.isEmpty())
        detail.insert(QStringLiteral("officer_id"), target.officerId);
    // The refusal is the answer even when the audit cannot be written (a read-only file).
    AuditLog(m_db, m_clock)
        .append(session.userId(), session.userName(), QStringLiteral("access.denied"), QString(), QString(), detail);
    return failure(refusal(session, action));
}

} // namespace dd::data
