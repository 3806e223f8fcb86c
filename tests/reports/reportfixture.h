// SPDX-License-Identifier: GPL-3.0-or-later
// Hand-computed incidents for the indicator, chart and PDF tests: the authtest store (two town squads,
// three officers, an administrator) plus two categories and incidents written as readable lines,
// with their events (docs/INDICATORS.md explains every expected figure; tst_indicators spells them out).
#pragma once

#include "../auth/authfixture.h"
#include "data/database.h"

#include <QSqlQuery>
#include <QStringList>
#include <QTimeZone>

namespace reporttest {

// "07-01 09:00" in Asia/Shanghai, year 2026 unless the text has one ("2026-07-01 09:00").
inline QDateTime local(const QString &text)
{
    const QString full = text.size() <= 11 ? QStringLiteral("2026-") + text : text;
    return QDateTime(QDate::fromString(full.left(10), QStringLiteral("yyyy-MM-dd")),
                     QTime::fromString(full.mid(11, 5), QStringLiteral("HH:mm")), QTimeZone("Asia/Shanghai"));
}
inline QString utc(const QString &text)
{
    return dd::data::Database::timestamp(local(text));
}

inline const char *const kCategories = R"SQL(
INSERT INTO incident_categories (id, code, major_class_code, major_class, name, limit_amount, limit_unit, clock, updated_at, last_writer)
  VALUES ('c1', '06001', '06', '市容环境类', '暴露垃圾', 24, 'hour', 'emergency_hours', 'T', 'c');
INSERT INTO incident_categories (id, code, major_class_code, major_class, name, limit_amount, limit_unit, clock, updated_at, last_writer)
  VALUES ('c2', '09002', '09', '街面秩序类', '占道经营', 3, 'day', 'calendar_days', 'T', 'c');
)SQL";

struct Incident
{
    const char *id, *squad, *category, *source;
    const char *reported; // local "MM-dd HH:mm"
    const char *deadline; // first deadline, local; empty = none
    const char *arriveDeadline; // local; empty = none
    // "kind MM-dd HH:mm to_status [arg]; …": to_status '-' for none; arg = officer id (dispatch) or the
    // new deadline "MM-dd@HH:mm" (extend).
    const char *events;
};

// Writes the incident and its events; the incident's status, closed_at, deadline_at and officer_id
// caches are set from the events as the dispatch workflow would.
inline bool addIncident(dd::data::Database &db, const Incident &text)
{
    struct
    {
        QString id, squad, category, source, reported, deadline, arriveDeadline, events;
    } in { QString::fromUtf8(text.id),
           QString::fromUtf8(text.squad),
           QString::fromUtf8(text.category),
           QString::fromUtf8(text.source),
           QString::fromUtf8(text.reported),
           QString::fromUtf8(text.deadline),
           QString::fromUtf8(text.arriveDeadline),
           QString::fromUtf8(text.events) };
    QString status = QStringLiteral("filed"), closedAt,
            deadlineAt = in.deadline.isEmpty() ? QString() : utc(in.deadline), officer;
    struct Ev
    {
        QString kind, at, to, officer, deadline;
    };
    std::vector<Ev> events;
    for (const QString &raw : in.events.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList t = raw.trimmed().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (t.size() < 4) {
            qWarning() << "bad event" << raw;
            return false;
        }
        Ev e { t[0], utc(t[1] + QLatin1Char(' ') + t[2]), t[3] == QLatin1String("-") ? QString() : t[3], {}, {} };
        if (t.size() > 4 && (e.kind == QLatin1String("dispatch") || e.kind == QLatin1String("reassign")))
            e.officer = officer = t[4];
        if (t.size() > 4 && e.kind == QLatin1String("extend"))
            e.deadline = deadlineAt = utc(QString(t[4]).replace(QLatin1Char('@'), QLatin1Char(' ')));
        if (!e.to.isEmpty())
            status = e.to;
        if (e.kind == QLatin1String("close"))
            closedAt = e.at;
        events.push_back(e);
    }
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral(
        "INSERT INTO incidents (id, source, category_id, squad_id, status, reported_at, deadline_at, closed_at, "
        "first_deadline_at, arrive_deadline_at, officer_id, updated_at, last_writer) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'T', 'c')"));
    const auto orNull = [](const QString &s) { return s.isEmpty() ? QVariant() : QVariant(s); };
    q.addBindValue(in.id);
    q.addBindValue(in.source.isEmpty() ? QStringLiteral("hotline_12345") : in.source);
    q.addBindValue(orNull(in.category));
    q.addBindValue(in.squad);
    q.addBindValue(status);
    q.addBindValue(utc(in.reported));
    q.addBindValue(orNull(deadlineAt));
    q.addBindValue(orNull(closedAt));
    q.addBindValue(orNull(in.deadline.isEmpty() ? QString() : utc(in.deadline)));
    q.addBindValue(orNull(in.arriveDeadline.isEmpty() ? QString() : utc(in.arriveDeadline)));
    q.addBindValue(orNull(officer));
    if (!q.exec()) {
        qWarning() << in.id << q.lastError().text();
        return false;
    }
    int seq = 0;
    for (const Ev &e : events) {
        QSqlQuery ev(db.connection());
        ev.prepare(QStringLiteral(
            "INSERT INTO incident_events (id, incident_id, seq, at, kind, to_status, officer_id, deadline_at, "
            "updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'T', 'c')"));
        ev.addBindValue(dd::data::Database::newId());
        ev.addBindValue(in.id);
        ev.addBindValue(++seq);
        ev.addBindValue(e.at);
        ev.addBindValue(e.kind);
        ev.addBindValue(orNull(e.to));
        ev.addBindValue(orNull(e.officer));
        ev.addBindValue(orNull(e.deadline));
        if (!ev.exec()) {
            qWarning() << in.id << ev.lastError().text();
            return false;
        }
    }
    return true;
}

// The hand-computed quarter (docs/INDICATORS.md; expected figures in tst_indicators.cpp).
inline const std::vector<Incident> &quarterIncidents()
{
    static const std::vector<Incident> list = {
        // A: on time everywhere; filed 10 minutes after it was reported (times run from filing).
        { "A", "s1", "c1", "hotline_12345", "07-01 08:50", "07-02 09:00", "07-01 09:30",
          "file 07-01 09:00 filed; dispatch 07-01 09:05 dispatched o1; arrive 07-01 09:20 arrived; "
          "handle 07-01 15:00 handled; close 07-01 18:00 closed" },
        // B: late to arrive, late to handle, late to close.
        { "B", "s1", "c1", "hotline_12345", "07-10 10:00", "07-11 10:00", "07-10 10:30",
          "file 07-10 10:00 filed; dispatch 07-10 10:05 dispatched o2; arrive 07-10 11:00 arrived; "
          "handle 07-11 12:00 handled; close 07-12 09:00 closed" },
        // C: reworked once, then handled and closed on time.
        { "C", "s1", "c2", "patrol", "08-01 08:00", "08-03 08:00", "08-01 09:00",
          "file 08-01 08:00 filed; dispatch 08-01 08:05 dispatched o1; arrive 08-01 08:30 arrived; "
          "handle 08-01 12:00 handled; rework 08-01 14:00 dispatched; handle 08-02 10:00 handled; "
          "close 08-02 16:00 closed" },
        // D: extended from 08-11 09:00 to 08-14 09:00, closed on time against the extension.
        { "D", "s1", "c2", "hotline_12345", "08-10 09:00", "08-11 09:00", "",
          "file 08-10 09:00 filed; dispatch 08-10 09:10 dispatched o2; extend 08-11 08:00 - 08-14@09:00; "
          "handle 08-13 10:00 handled; close 08-13 17:00 closed" },
        // E: suspended before its deadline (挂账): outside the due set.
        { "E", "s1", "c1", "hotline_12345", "09-01 09:00", "09-02 09:00", "",
          "file 09-01 09:00 filed; dispatch 09-01 09:05 dispatched o1; suspend 09-01 12:00 suspended" },
        // F: cancelled.
        { "F", "s1", "c1", "hotline_12345", "09-05 09:00", "09-06 09:00", "",
          "file 09-05 09:00 filed; cancel 09-05 10:00 cancelled" },
        // G: never arrived, overdue and open at the end of the quarter.
        { "G", "s1", "c1", "video", "09-20 09:00", "09-21 09:00", "09-20 10:00",
          "file 09-20 09:00 filed; dispatch 09-20 09:05 dispatched o1" },
        // H: filed in Q3, closed in Q4 before its deadline: due in Q4.
        { "H", "s1", "c2", "hotline_12345", "09-29 09:00", "10-03 09:00", "",
          "file 09-29 09:00 filed; dispatch 09-29 09:05 dispatched o2; handle 10-01 11:00 handled; "
          "close 10-02 10:00 closed" },
        // I: filed in Q2, closed in Q3 on time: due in Q3, received in Q2.
        { "I", "s1", "c1", "hotline_12345", "06-29 09:00", "07-02 09:00", "",
          "file 06-29 09:00 filed; dispatch 06-29 09:05 dispatched o1; handle 06-30 16:00 handled; "
          "close 07-01 10:00 closed" },
        // J: all in Q2.
        { "J", "s1", "c1", "hotline_12345", "06-01 09:00", "06-02 09:00", "",
          "file 06-01 09:00 filed; handle 06-01 15:00 handled; close 06-02 08:00 closed" },
        // K: the other squad.
        { "K", "s2", "c1", "hotline_12319", "07-05 09:00", "07-06 09:00", "",
          "file 07-05 09:00 filed; dispatch 07-05 09:10 dispatched o3; handle 07-05 14:00 handled; "
          "close 07-05 15:00 closed" },
        // L: handled on time, feedback given, not yet closed when its deadline passed.
        { "L", "s1", "c2", "department", "09-25 09:00", "09-28 09:00", "",
          "file 09-25 09:00 filed; dispatch 09-25 09:30 dispatched o2; handle 09-26 10:00 handled; "
          "feedback 09-26 11:00 feedback" },
        // M: returned to the hotline (not ours).
        { "M", "s1", "c1", "hotline_12345", "07-20 09:00", "07-21 09:00", "",
          "file 07-20 09:00 filed; return 07-20 09:30 returned" },
    };
    return list;
}

struct Store : authtest::Store
{
    bool openWithIncidents()
    {
        if (!open() || !db->executeScript(kCategories))
            return false;
        for (const Incident &i : quarterIncidents())
            if (!addIncident(*db, i))
                return false;
        clock.set(local(QStringLiteral("11-26 08:00")));
        return true;
    }
};

} // namespace reporttest
