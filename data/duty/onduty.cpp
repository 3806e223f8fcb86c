// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/duty/onduty.h"

#include "data/database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>

namespace dd::data {

namespace {

class OnDutyTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::OnDuty)
};

const QTimeZone &shanghai()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}

} // namespace

OnDuty::OnDuty(Database &db)
    : m_db(db)
{
}

Result<std::vector<DutySlot>> OnDuty::at(const QDateTime &at, const QString &squadId) const
{
    return overlapping(at, at.addMSecs(1), squadId);
}

Result<std::vector<DutySlot>> OnDuty::overlapping(const QDateTime &from, const QDateTime &to,
                                                  const QString &squadId) const
{
    if (!from.isValid() || !to.isValid() || to <= from)
        return failure(OnDutyTr::tr("On duty: the time window is empty or invalid."));
    // A shift lasts at most 24 h, so one starting the day before `from` may still run.
    const QDate first = from.toTimeZone(shanghai()).date().addDays(-1);
    const QDate last = to.toTimeZone(shanghai()).date();

    QSqlQuery q(m_db.connection());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral(
        "SELECT a.officer_id, o.name, r.squad_id, r.id, r.version, a.date, st.id, st.code, st.start_minute,"
        "  st.length_minutes, ifnull(p.id, ''), ifnull(p.code, ''), ifnull(p.kind, ''), a.team,"
        "  o.certified, o.legal_officer, o.driver, o.dispatcher"
        " FROM roster_assignments a"
        " JOIN rosters r ON r.id = a.roster_id"
        " JOIN officers o ON o.id = a.officer_id"
        " JOIN shift_types st ON st.id = a.shift_type_id"
        " LEFT JOIN posts p ON p.id = a.post_id"
        " WHERE a.date BETWEEN :first AND :last AND r.status = 'published'"
        "   AND (:squad = '' OR r.squad_id = :squad)"
        "   AND r.id = (SELECT r2.id FROM rosters r2 WHERE r2.squad_id = r.squad_id AND r2.status = 'published'"
        "               AND r2.period_start <= a.date AND r2.period_end >= a.date"
        "               ORDER BY r2.version DESC, r2.published_at DESC LIMIT 1)"));
    q.bindValue(QStringLiteral(":first"), first.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":last"), last.toString(Qt::ISODate));
    q.bindValue(QStringLiteral(":squad"), squadId.isNull() ? QString(QLatin1String("")) : squadId);
    if (!q.exec())
        return failure(OnDutyTr::tr("Cannot read who is on duty: %1").arg(q.lastError().text()));

    std::vector<DutySlot> found;
    while (q.next()) {
        DutySlot s;
        s.officerId = q.value(0).toString();
        s.officerName = q.value(1).toString();
        s.squadId = q.value(2).toString();
        s.rosterId = q.value(3).toString();
        s.rosterVersion = q.value(4).toInt();
        s.date = QDate::fromString(q.value(5).toString(), Qt::ISODate);
        s.shiftTypeId = q.value(6).toString();
        s.shiftCode = q.value(7).toString();
        const int startMinute = q.value(8).toInt();
        const int lengthMinutes = q.value(9).toInt();
        s.postId = q.value(10).toString();
        s.postCode = q.value(11).toString();
        s.postKind = q.value(12).toString();
        s.team = q.value(13).toString();
        s.certified = q.value(14).toBool();
        s.legalOfficer = q.value(15).toBool();
        s.driver = q.value(16).toBool();
        s.dispatcher = q.value(17).toBool();
        if (!s.date.isValid())
            return failure(OnDutyTr::tr("Roster %1 has an assignment with an invalid date \"%2\".")
                               .arg(s.rosterId, q.value(5).toString()));
        s.start = QDateTime(s.date, QTime(0, 0), shanghai()).addSecs(qint64(startMinute) * 60).toUTC();
        s.end = s.start.addSecs(qint64(lengthMinutes) * 60);
        if (s.start < to && s.end > from)
            found.push_back(std::move(s));
    }
    std::sort(found.begin(), found.end(), [](const DutySlot &a, const DutySlot &b) {
        if (a.start != b.start)
            return a.start < b.start;
        if (a.squadId != b.squadId)
            return a.squadId < b.squadId;
        return a.officerId < b.officerId;
    });
    return found;
}

} // namespace dd::data
