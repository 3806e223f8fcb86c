// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/personaldata.h"

#include "data/auth/accesscontrol.h"
#include "data/auth/auditlog.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {
class PersonalTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::PersonalData)
};
} // namespace

PersonalData::PersonalData(Database &db)
    : PersonalData(db, Clock::system())
{
}

PersonalData::PersonalData(Database &db, const Clock &clock)
    : m_db(db)
    , m_clock(clock)
{
}

QString PersonalData::maskPhone(const QString &phone)
{
    QString masked = phone.trimmed();
    if (masked.isEmpty())
        return masked;
    const qsizetype n = masked.size();
    // Mobile numbers keep the carrier prefix and the last four digits, the form people recognise.
    const qsizetype keepFront = n >= 11 ? 3 : 0;
    const qsizetype keepBack = n >= 8 ? 4 : std::min<qsizetype>(2, n / 2);
    for (qsizetype i = keepFront; i < n - keepBack; ++i)
        if (masked.at(i).isLetterOrNumber())
            masked[i] = QLatin1Char('*');
    return masked;
}

QString PersonalData::maskName(const QString &name)
{
    const QList<uint> chars = name.trimmed().toUcs4();
    if (chars.isEmpty())
        return QString();
    if (chars.size() == 1)
        return QStringLiteral("*");
    QString masked = QString::fromUcs4(reinterpret_cast<const char32_t *>(chars.constData()), 1);
    masked += QString(chars.size() - 1, QLatin1Char('*'));
    return masked;
}

Result<QString> PersonalData::reveal(const Session &session, const Target &target, const QString &entity,
                                     const QString &entityId, const QString &field, const QString &clearValue)
{
    Status allowed = AccessControl(m_db, m_clock).require(session, Action::ViewPersonalData, target);
    if (!allowed)
        return failure(allowed.errorMessage());
    QJsonObject detail;
    detail.insert(QStringLiteral("field"), field);
    // No reveal without its trace: when the audit cannot be written, the value stays hidden.
    Status logged
        = AuditLog(m_db, m_clock).append(session, QStringLiteral("personal.unmask"), entity, entityId, detail);
    if (!logged)
        return failure(logged.errorMessage());
    return clearValue;
}

Result<QString> PersonalData::officerPhone(const Session &session, const QString &officerId, bool revealIt)
{
    QSqlQuery q(m_db.connection());
    q.prepare(QStringLiteral("SELECT phone, squad_id FROM officers WHERE id = ?"));
    q.addBindValue(officerId);
    if (!q.exec())
        return failure(PersonalTr::tr("Cannot read the officer: %1").arg(q.lastError().text()));
    if (!q.next())
        return failure(PersonalTr::tr("No such officer."));
    const QString phone = q.value(0).toString();
    const QString squad = q.value(1).toString();
    if (!revealIt)
        return maskPhone(phone);
    return reveal(session, Target::officer(squad, QString()), QStringLiteral("officers"), officerId,
                  QStringLiteral("phone"), phone);
}

} // namespace dd::data
