// SPDX-License-Identifier: GPL-3.0-or-later
// The recommendation on a fixture roster published in the demo district: who is on duty comes from
// OnDuty (published rosters only), the officer on the incident cell's sector comes first, a patrol
// team is one candidate, the desk is left out, and with nobody on duty in the squad the district's
// direct squad is offered.
#include "data/auth/role.h"
#include "data/incidents/incidentrepository.h"
#include "data/incidents/recommender.h"
#include "dispatchfixture.h"

#include <QSqlQuery>
#include <QTest>

using namespace dd::data;

class TestRecommender : public QObject
{
    Q_OBJECT

private:
    dispatchtest::Store store;
    QString squad;
    QStringList officers; // JD102, by badge
    QString sectorPost, otherPost, deskPost, dayShift;
    QString sectorCell; // a cell of sectorPost

    QString one(const QString &sql, const QVariantList &v = {}) { return store.scalar(sql, v).toString(); }

    void publish(const QString &squadId, const QDate &date, const std::vector<std::tuple<QString, QString, QString>> &rows,
                 const QString &status = QStringLiteral("published"))
    {
        const QString roster = Database::newId();
        QSqlQuery q(store.db->connection());
        q.prepare(QStringLiteral("INSERT INTO rosters (id, squad_id, period_start, period_end, version, status, published_at, "
                                 "updated_at, last_writer) VALUES (?, ?, ?, ?, 1, ?, ?, 'T', 'test')"));
        // Written as a draft, published once its assignments are in (a published version is frozen).
        for (const QVariant &v : { QVariant(roster), QVariant(squadId), QVariant(date.toString(Qt::ISODate)),
                                   QVariant(date.toString(Qt::ISODate)), QVariant(QStringLiteral("draft")), QVariant() })
            q.addBindValue(v);
        QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        for (const auto &[officer, post, team] : rows) {
            q.prepare(QStringLiteral("INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, post_id, "
                                     "team, updated_at, last_writer) VALUES (?, ?, ?, ?, ?, ?, ?, 'T', 'test')"));
            for (const QVariant &v : { QVariant(Database::newId()), QVariant(roster), QVariant(officer),
                                       QVariant(date.toString(Qt::ISODate)), QVariant(dayShift),
                                       post.isEmpty() ? QVariant() : QVariant(post), QVariant(team.isNull() ? QStringLiteral("") : team) })
                q.addBindValue(v);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
        if (status == QLatin1String("published")) {
            q.prepare(QStringLiteral("UPDATE rosters SET status = 'published', published_at = '2026-11-01T00:00:00.000Z' WHERE id = ?"));
            q.addBindValue(roster);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(store.open());
        squad = store.squadId(QStringLiteral("JD102"));
        QSqlQuery q(store.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT o.id FROM officers o WHERE o.squad_id = '%1' AND o.certified = 1 "
                                      "AND o.legal_officer = 0 ORDER BY badge_no LIMIT 5").arg(squad)));
        while (q.next())
            officers << q.value(0).toString();
        QCOMPARE(officers.size(), 5);
        sectorPost = one(QStringLiteral("SELECT id FROM posts WHERE code = 'JD102-P01'"));
        otherPost = one(QStringLiteral("SELECT id FROM posts WHERE code = 'JD102-P03'"));
        deskPost = one(QStringLiteral("SELECT id FROM posts WHERE code = 'JD102-CMD'"));
        dayShift = one(QStringLiteral("SELECT id FROM shift_types WHERE code = 'D'")); // 08:30–17:00
        sectorCell = one(QStringLiteral("SELECT cell_id FROM post_cells WHERE post_id = ? ORDER BY cell_id LIMIT 1"), { sectorPost });
        QVERIFY(!sectorCell.isEmpty());
        // Thursday 2027-03-18, 10:00 Shanghai.
        store.clock.set(QDateTime(QDate(2027, 3, 18), QTime(2, 0), Qt::UTC));
        publish(squad, QDate(2027, 3, 18),
                { { officers[0], otherPost, QString() }, // another sector, alone
                  { officers[1], sectorPost, QString() }, // the incident's sector
                  { officers[2], otherPost, QStringLiteral("A") }, // team A: two officers
                  { officers[3], otherPost, QStringLiteral("A") },
                  { officers[4], deskPost, QString() } }); // at the desk: never sent out
    }

    void sectorFirstTeamsTogetherDeskLeftOut()
    {
        IncidentRepository repo(*store.db, store.clock);
        const Session dispatcher = store.session(QStringLiteral("t.dispatcher"), { { Role::SquadDispatcher, QStringLiteral("JD102") } });
        NewIncident in;
        in.ticketNo = QStringLiteral("REC1");
        in.categoryCode = QStringLiteral("09006");
        const QString cellQuery = QStringLiteral("SELECT centroid_x, centroid_y FROM grid_cells WHERE id = ?");
        in.lon = store.scalar(cellQuery, { sectorCell }).toDouble();
        QSqlQuery q(store.db->connection());
        q.prepare(cellQuery);
        q.addBindValue(sectorCell);
        QVERIFY(q.exec() && q.next());
        in.lat = q.value(1).toDouble();
        auto id = repo.file(dispatcher, in);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        Recommender recommender(*store.db, store.clock);
        auto rec = recommender.recommend(dispatcher, id.value());
        QVERIFY2(rec, qPrintable(rec.errorMessage()));
        QVERIFY(!rec->directSquad);
        QCOMPARE(int(rec->ranked.size()), 3); // officer 0, officer 1, team A; not the desk
        QCOMPARE(rec->ranked[0].candidate.officerIds, QStringList { officers[1] });
        QVERIFY(rec->ranked[0].candidate.responsible);
        QVERIFY(rec->ranked[0].reasons.join(QLatin1Char('|')).contains(QStringLiteral("responsible")));
        // The team of two certified officers meets the two-certificate need; the lone officer does not.
        QCOMPARE(rec->ranked[1].candidate.officerIds, (QStringList { officers[2], officers[3] }));
        QVERIFY(rec->ranked[1].skillsMet);
        QCOMPARE(rec->ranked[2].candidate.officerIds, QStringList { officers[0] });
        QVERIFY(!rec->ranked[2].skillsMet);

        // Assign with one action: the first candidate; reassign keeps the history.
        const int openBefore = rec->ranked[0].candidate.openIncidents; // the demo's own open work of officer 1
        TransitionRequest r;
        r.kind = EventKind::Dispatch;
        r.officerId = rec->ranked[0].candidate.officerIds.front();
        QVERIFY(repo.transition(dispatcher, id.value(), r));
        // With one more open incident, officer 1's workload counts (20 minutes), still first as responsible.
        auto again = recommender.recommend(dispatcher, id.value());
        QVERIFY(again);
        QCOMPARE(again->ranked[0].candidate.officerIds, QStringList { officers[1] });
        QCOMPARE(again->ranked[0].candidate.openIncidents, openBefore + 1);
    }

    void nobodyOnDutyOffersTheDirectSquad()
    {
        // JD103 has no roster for that day; the direct squad has one published, and a draft that must not count.
        const QString jd103 = store.squadId(QStringLiteral("JD103"));
        const QString direct = store.squadId(QStringLiteral("JD000"));
        const QString directOfficer = one(QStringLiteral("SELECT id FROM officers WHERE squad_id = ? ORDER BY badge_no LIMIT 1"), { direct });
        publish(direct, QDate(2027, 3, 18), { { directOfficer, QString(), QString() } });
        const QString draftOfficer = one(QStringLiteral("SELECT id FROM officers WHERE squad_id = ? ORDER BY badge_no LIMIT 1"), { jd103 });
        publish(jd103, QDate(2027, 3, 18), { { draftOfficer, QString(), QString() } }, QStringLiteral("draft"));
        const Session centre = store.session(QStringLiteral("t.centre"), { { Role::CentreDispatcher, QString() } });
        IncidentRepository repo(*store.db, store.clock);
        NewIncident in;
        in.ticketNo = QStringLiteral("REC2");
        in.categoryCode = QStringLiteral("08005");
        in.squadId = jd103;
        in.address = QStringLiteral("嘉定区某路1号");
        auto id = repo.file(centre, in);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        Recommender recommender(*store.db, store.clock);
        auto rec = recommender.recommend(centre, id.value());
        QVERIFY2(rec, qPrintable(rec.errorMessage()));
        QVERIFY(rec->directSquad);
        QCOMPARE(rec->squadId, direct);
        QVERIFY(rec->note.contains(QStringLiteral("direct squad")));
        QCOMPARE(int(rec->ranked.size()), 1);
        QCOMPARE(rec->ranked[0].candidate.officerIds, QStringList { directOfficer });
        // 08 (construction) needs a legal officer: the lone officer lacks it, and says so.
        QVERIFY(!rec->ranked[0].skillsMet);
        // A squad dispatcher of another squad may not ask.
        const Session other = store.session(QStringLiteral("t.other"), { { Role::SquadDispatcher, QStringLiteral("JD102") } });
        QVERIFY(!recommender.recommend(other, id.value()));
    }
};

QTEST_GUILESS_MAIN(TestRecommender)
#include "tst_recommender.moc"
