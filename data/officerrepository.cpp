// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/officerrepository.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace dd::data {

namespace {

class OfficerTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::OfficerRepository)
};

const QString kSelect = QStringLiteral(
    "SELECT o.id, o.badge_no, o.name, s.code, o.certified, o.legal_officer, o.driver, o.dispatcher,"
    " o.contract_minutes_per_week, o.phone, o.active FROM officers o JOIN squads s ON s.id = o.squad_id ");

Officer read(const QSqlQuery &q)
{
    return Officer { q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),   q.value(3).toString(),
                     q.value(4).toInt() != 0, q.value(5).toInt() != 0, q.value(6).toInt() != 0, q.value(7).toInt() != 0,
                     q.value(8).toInt(),      q.value(9).toString(),   q.value(10).toInt() != 0 };
}

} // namespace

OfficerRepository::OfficerRepository(const Database &db)
    : m_db(db)
{
}

Result<std::vector<Officer>> OfficerRepository::bySquad(const QString &squadCode, bool activeOnly) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE s.code = ? AND (o.active = 1 OR ? = 0) ORDER BY o.badge_no"));
    q.addBindValue(squadCode);
    q.addBindValue(int(activeOnly));
    if (!q.exec())
        return failure(OfficerTr::tr("Cannot read the officers of squad %1: %2").arg(squadCode, q.lastError().text()));
    std::vector<Officer> list;
    while (q.next())
        list.push_back(read(q));
    return list;
}

Result<Officer> OfficerRepository::byBadge(const QString &badgeNo) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(kSelect + QStringLiteral("WHERE o.badge_no = ?"));
    q.addBindValue(badgeNo);
    if (!q.exec())
        return failure(OfficerTr::tr("Cannot read officer %1: %2").arg(badgeNo, q.lastError().text()));
    if (!q.next())
        return failure(OfficerTr::tr("No officer with badge number %1.").arg(badgeNo));
    return read(q);
}

Status OfficerRepository::update(const Officer &o) const
{
    QSqlQuery q(m_db.connection());
    q.prepare(
        QStringLiteral("UPDATE officers SET name = ?, certified = ?, legal_officer = ?, driver = ?, dispatcher = ?,"
                       " contract_minutes_per_week = ?, phone = ?, active = ?, updated_at = ?, last_writer = ?"
                       " WHERE id = ?"));
    q.addBindValue(o.name);
    q.addBindValue(int(o.certified));
    q.addBindValue(int(o.legalOfficer));
    q.addBindValue(int(o.driver));
    q.addBindValue(int(o.dispatcher));
    q.addBindValue(o.contractMinutesPerWeek);
    q.addBindValue(o.phone.isNull() ? QStringLiteral("") : o.phone);
    q.addBindValue(int(o.active));
    q.addBindValue(Database::timestampNow());
    q.addBindValue(m_db.consoleId());
    q.addBindValue(o.id);
    if (!q.exec())
        return failure(OfficerTr::tr("Cannot save officer %1 (%2): %3").arg(o.badgeNo, o.name, q.lastError().text()));
    if (q.numRowsAffected() != 1)
        return failure(OfficerTr::tr("Officer %1 (%2) is not in the database.").arg(o.badgeNo, o.name));
    return success();
}

} // namespace dd::data
