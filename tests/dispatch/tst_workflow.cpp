// SPDX-License-Identifier: GPL-3.0-or-later
// The incident workflow through the real repository on the demo district: every (stage, action)
// pair of the table, allowed or refused; who may do what; reasons, resume, history append-only,
// masking of the reporter, location and deadlines on filing, duplicates, the board's scope.
#include "data/auth/role.h"
#include "data/incidents/incidentrepository.h"
#include "data/incidents/workflow.h"
#include "dispatchfixture.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTest>

using namespace dd::data;

namespace {

// The expected table, written out independently of Workflow::table(): "stage: action>next …".
const char *const kExpected[] = {
    "filed: dispatch>dispatched return>returned extend>filed suspend>suspended cancel>cancelled update>filed",
    "dispatched: arrive>arrived reassign>dispatched return>returned extend>dispatched suspend>suspended "
    "cancel>cancelled update>dispatched",
    "arrived: handle>handled reassign>dispatched extend>arrived suspend>suspended cancel>cancelled update>arrived",
    "handled: feedback>feedback rework>dispatched extend>handled cancel>cancelled update>handled",
    "feedback: verify>verified rework>dispatched cancel>cancelled update>feedback",
    "verified: close>closed rework>dispatched update>verified",
    "closed: update>closed",
    "returned: file>filed cancel>cancelled update>returned",
    "suspended: resume>dispatched cancel>cancelled update>suspended",
    "cancelled: update>cancelled",
};

QString expectedNext(const QString &stage, const QString &kind)
{
    for (const char *line : kExpected) {
        const QString l = QString::fromLatin1(line);
        if (l.section(QLatin1Char(':'), 0, 0) != stage)
            continue;
        for (const QString &pair : l.section(QLatin1Char(':'), 1).split(QLatin1Char(' '), Qt::SkipEmptyParts))
            if (pair.section(QLatin1Char('>'), 0, 0) == kind)
                return pair.section(QLatin1Char('>'), 1);
    }
    return {};
}

} // namespace

class TestWorkflow : public QObject
{
    Q_OBJECT

private:
    dispatchtest::Store store;
    QString squad; // JD102
    QString officerA, officerB, otherSquadOfficer;
    Session leader; // squad leader and dispatcher of JD102: may do every transition
    std::unique_ptr<IncidentRepository> repository; // one, so that the grid is read once

    QString fileOne(const Session &s, const QString &ticket)
    {
        IncidentRepository &repo = *repository;
        NewIncident in;
        in.ticketNo = ticket;
        in.categoryCode = QStringLiteral("09006");
        in.squadId = squad;
        in.address = QStringLiteral("嘉定区测试路1号");
        in.reporterName = QStringLiteral("王小明");
        in.reporterPhone = QStringLiteral("13912345678");
        auto id = repo.file(s, in);
        if (!id)
            qWarning() << id.errorMessage();
        return id ? id.value() : QString();
    }

    // An incident in the given stage (the stage column set directly: only the transition under test
    // goes through the repository), assigned to officer A.
    QString incidentIn(const QString &stage, const QString &ticket)
    {
        const QString id = fileOne(leader, ticket);
        QSqlQuery q(store.db->connection());
        q.prepare(QStringLiteral("UPDATE incidents SET status = ?, officer_id = ? WHERE id = ?"));
        q.addBindValue(stage);
        q.addBindValue(officerA);
        q.addBindValue(id);
        if (!q.exec())
            qWarning() << q.lastError().text();
        if (stage == QLatin1String("suspended")) {
            q.prepare(QStringLiteral("INSERT INTO incident_events (id, incident_id, seq, at, kind, from_status, to_status, "
                                     "reason, updated_at, last_writer) VALUES (?, ?, 2, 'T', 'suspend', 'dispatched', "
                                     "'suspended', 'waiting', 'T', 'test')"));
            q.addBindValue(Database::newId());
            q.addBindValue(id);
            if (!q.exec())
                qWarning() << q.lastError().text();
        }
        return id;
    }

    int events(const QString &id)
    {
        return store.scalar(QStringLiteral("SELECT COUNT(*) FROM incident_events WHERE incident_id = ?"), { id }).toInt();
    }
    QString status(const QString &id)
    {
        return store.scalar(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), { id }).toString();
    }
    TransitionRequest fullRequest(EventKind kind)
    {
        TransitionRequest r;
        r.kind = kind;
        r.reason = QStringLiteral("a reason");
        r.officerId = officerB;
        r.team = QStringLiteral("A");
        r.newDeadline = store.clock.now().addDays(30);
        return r;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(store.open());
        repository = std::make_unique<IncidentRepository>(*store.db, store.clock);
        squad = store.squadId(QStringLiteral("JD102"));
        QVERIFY(!squad.isEmpty());
        QSqlQuery q(store.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT o.id FROM officers o JOIN squads s ON s.id = o.squad_id "
                                      "WHERE s.code = 'JD102' ORDER BY badge_no LIMIT 2")));
        QVERIFY(q.next());
        officerA = q.value(0).toString();
        QVERIFY(q.next());
        officerB = q.value(0).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT o.id FROM officers o JOIN squads s ON s.id = o.squad_id "
                                      "WHERE s.code = 'JD103' LIMIT 1")));
        QVERIFY(q.next());
        otherSquadOfficer = q.value(0).toString();
        leader = store.session(QStringLiteral("test.leader"), { { Role::SquadLeader, QStringLiteral("JD102") },
                                                                 { Role::SquadDispatcher, QStringLiteral("JD102") } });
    }

    void tableMatchesTheDocumentedOne()
    {
        int allowed = 0;
        for (int s = 0; s < kIncidentStatusCount; ++s)
            for (int k = 0; k < kEventKindCount; ++k) {
                const Transition *t = Workflow::find(IncidentStatus(s), EventKind(k));
                const QString next = expectedNext(Workflow::statusKey(IncidentStatus(s)), Workflow::kindKey(EventKind(k)));
                QCOMPARE(t != nullptr, !next.isEmpty());
                allowed += t ? 1 : 0;
            }
        QCOMPARE(int(Workflow::table().size()), allowed);
    }

    // docs/WORKFLOW.md prints the table; it must be the code's.
    void documentedTableIsTheCodes()
    {
        QFile doc(QStringLiteral(DUTYDESK_SOURCE_DIR "/docs/WORKFLOW.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(doc.readAll());
        const qsizetype from = text.indexOf(QStringLiteral("<!-- workflow-table"));
        const qsizetype to = text.indexOf(QStringLiteral("<!-- end of workflow-table"));
        QVERIFY(from > 0 && to > from);
        QSet<QString> documented;
        for (const QString &line : text.mid(from, to - from).split(QLatin1Char('\n'))) {
            const QStringList cells = line.split(QLatin1Char('|'));
            if (cells.size() < 8 || cells[1].trimmed() == QLatin1String("from") || cells[1].trimmed().startsWith(QLatin1Char('-')))
                continue;
            QStringList key;
            for (int i = 1; i <= 5; ++i)
                key << cells[i].trimmed();
            documented.insert(key.join(QLatin1Char('/')));
        }
        QSet<QString> code;
        for (const Transition &t : Workflow::table())
            code.insert(QStringList { Workflow::statusKey(t.from), Workflow::kindKey(t.kind),
                                      t.to ? Workflow::statusKey(*t.to) : QStringLiteral("(stage before the suspension)"),
                                      Permissions::actionKey(t.permission), t.fieldStep ? QStringLiteral("yes") : QString() }
                            .join(QLatin1Char('/')));
        QCOMPARE(documented, code);
    }

    void everyTransition_data()
    {
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("kind");
        for (int s = 0; s < kIncidentStatusCount; ++s)
            for (int k = 0; k < kEventKindCount; ++k) {
                const QString stage = Workflow::statusKey(IncidentStatus(s));
                const QString kind = Workflow::kindKey(EventKind(k));
                QTest::addRow("%s-%s", qPrintable(stage), qPrintable(kind)) << stage << kind;
            }
    }

    void everyTransition()
    {
        QFETCH(QString, stage);
        QFETCH(QString, kind);
        static int serial = 0;
        const QString id = incidentIn(stage, QStringLiteral("T%1").arg(++serial));
        QVERIFY(!id.isEmpty());
        const int before = events(id);
        IncidentRepository &repo = *repository;
        const Status result = repo.transition(leader, id, fullRequest(*Workflow::kindFromKey(kind)));
        const QString next = expectedNext(stage, kind);
        if (next.isEmpty()) {
            QVERIFY2(!result, qPrintable(kind + QLatin1String(" from ") + stage));
            QVERIFY(result.errorMessage().contains(Workflow::kindName(*Workflow::kindFromKey(kind))));
            QCOMPARE(events(id), before);
            QCOMPARE(status(id), stage);
        } else {
            QVERIFY2(result, qPrintable(result.errorMessage()));
            QCOMPARE(events(id), before + 1);
            QCOMPARE(status(id), next);
            QCOMPARE(store.scalar(QStringLiteral("SELECT kind || ':' || from_status || '>' || to_status FROM incident_events "
                                                 "WHERE incident_id = ? ORDER BY seq DESC LIMIT 1"),
                                  { id })
                         .toString(),
                     kind + QLatin1Char(':') + stage + QLatin1Char('>') + next);
        }
    }

    void roles_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("stage");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("centre dispatcher dispatches") << "centre" << "filed" << "dispatch" << true;
        QTest::newRow("centre dispatcher closes") << "centre" << "verified" << "close" << true;
        QTest::newRow("squad dispatcher dispatches") << "dispatcher" << "filed" << "dispatch" << true;
        QTest::newRow("squad dispatcher records arrival") << "dispatcher" << "dispatched" << "arrive" << true;
        QTest::newRow("squad dispatcher may not close") << "dispatcher" << "verified" << "close" << false;
        QTest::newRow("squad dispatcher may not extend") << "dispatcher" << "dispatched" << "extend" << false;
        QTest::newRow("squad dispatcher may not cancel") << "dispatcher" << "filed" << "cancel" << false;
        QTest::newRow("other squad's dispatcher") << "otherdispatcher" << "filed" << "dispatch" << false;
        QTest::newRow("squad leader extends") << "leader" << "dispatched" << "extend" << true;
        QTest::newRow("squad leader cancels") << "leader" << "filed" << "cancel" << true;
        QTest::newRow("assigned officer arrives") << "officer" << "dispatched" << "arrive" << true;
        QTest::newRow("assigned officer handles") << "officer" << "arrived" << "handle" << true;
        QTest::newRow("assigned officer gives feedback") << "officer" << "handled" << "feedback" << true;
        QTest::newRow("officer may not dispatch") << "officer" << "filed" << "dispatch" << false;
        QTest::newRow("officer may not verify") << "officer" << "feedback" << "verify" << false;
        QTest::newRow("another officer may not arrive") << "otherofficer" << "dispatched" << "arrive" << false;
        QTest::newRow("supervisor reads only") << "supervisor" << "filed" << "dispatch" << false;
        QTest::newRow("supervisor may not extend") << "supervisor" << "dispatched" << "extend" << false;
        QTest::newRow("administrator does not dispatch") << "admin" << "filed" << "dispatch" << false;
    }

    void roles()
    {
        QFETCH(QString, who);
        QFETCH(QString, stage);
        QFETCH(QString, kind);
        QFETCH(bool, allowed);
        Session s;
        if (who == QLatin1String("centre"))
            s = store.session(QStringLiteral("t.centre"), { { Role::CentreDispatcher, QString() } });
        else if (who == QLatin1String("dispatcher"))
            s = store.session(QStringLiteral("t.dispatcher"), { { Role::SquadDispatcher, QStringLiteral("JD102") } });
        else if (who == QLatin1String("otherdispatcher"))
            s = store.session(QStringLiteral("t.other"), { { Role::SquadDispatcher, QStringLiteral("JD103") } });
        else if (who == QLatin1String("leader"))
            s = store.session(QStringLiteral("t.leader"), { { Role::SquadLeader, QStringLiteral("JD102") } });
        else if (who == QLatin1String("officer"))
            s = store.session(QStringLiteral("t.officer"), { { Role::Officer, QStringLiteral("JD102") } }, officerA);
        else if (who == QLatin1String("otherofficer"))
            s = store.session(QStringLiteral("t.officer2"), { { Role::Officer, QStringLiteral("JD102") } }, officerB);
        else if (who == QLatin1String("supervisor"))
            s = store.session(QStringLiteral("t.ducha"), { { Role::Supervisor, QString() } });
        else
            s = store.session(QStringLiteral("t.admin"), { { Role::DistrictAdmin, QString() } });
        static int serial = 0;
        const QString id = incidentIn(stage, QStringLiteral("R%1").arg(++serial));
        const int denied = store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'access.denied'")).toInt();
        TransitionRequest r = fullRequest(*Workflow::kindFromKey(kind));
        IncidentRepository &repo = *repository;
        const Status result = repo.transition(s, id, r);
        QCOMPARE(bool(result), allowed);
        const int deniedAfter
            = store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'access.denied'")).toInt();
        QCOMPARE(deniedAfter, denied + (allowed ? 0 : 1));
        QCOMPARE(status(id) == stage, !allowed || kind == QLatin1String("extend"));
    }

    void reasonsAssigneesAndDeadlinesAreRequired()
    {
        IncidentRepository &repo = *repository;
        const QString id = incidentIn(QStringLiteral("dispatched"), QStringLiteral("REQ1"));
        TransitionRequest r;
        r.kind = EventKind::Return;
        Status s = repo.transition(leader, id, r);
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(QStringLiteral("reason")));
        r.kind = EventKind::Reassign;
        QVERIFY(!repo.transition(leader, id, r));
        r.officerId = officerA; // already assigned to A
        QVERIFY(!repo.transition(leader, id, r));
        r.kind = EventKind::Extend;
        r.reason = QStringLiteral("waiting for the owner");
        r.newDeadline = store.clock.now().addSecs(-3600); // before the current deadline
        s = repo.transition(leader, id, r);
        QVERIFY(!s);
        QVERIFY(s.errorMessage().contains(QStringLiteral("deadline")));
        QCOMPARE(events(id), 1);
        r.newDeadline = store.clock.now().addDays(20);
        QVERIFY(repo.transition(leader, id, r));
        QCOMPARE(store.scalar(QStringLiteral("SELECT deadline_at FROM incidents WHERE id = ?"), { id }).toString(),
                 Database::timestamp(r.newDeadline));
        // first_deadline_at keeps the original deadline.
        QVERIFY(store.scalar(QStringLiteral("SELECT first_deadline_at < deadline_at FROM incidents WHERE id = ?"), { id }).toBool());
    }

    void fullLifeWithResumeReassignAndRework()
    {
        IncidentRepository &repo = *repository;
        const QString id = fileOne(leader, QStringLiteral("LIFE1"));
        auto step = [&](EventKind kind, const QString &officer = QString(), const QString &reason = QString()) {
            TransitionRequest r;
            r.kind = kind;
            r.officerId = officer;
            r.reason = reason;
            store.clock.advanceSeconds(600);
            const Status s = repo.transition(leader, id, r);
            if (!s)
                qWarning() << s.errorMessage();
            return bool(s);
        };
        QVERIFY(step(EventKind::Dispatch, officerA));
        QVERIFY(step(EventKind::Suspend, {}, QStringLiteral("owner abroad")));
        QVERIFY(step(EventKind::Resume));
        QCOMPARE(status(id), QStringLiteral("dispatched"));
        QVERIFY(step(EventKind::Reassign, officerB));
        QVERIFY(step(EventKind::Arrive));
        QVERIFY(step(EventKind::Handle));
        QVERIFY(step(EventKind::Rework, {}, QStringLiteral("stall back the next day")));
        QCOMPARE(store.scalar(QStringLiteral("SELECT officer_id FROM incidents WHERE id = ?"), { id }).toString(), officerB);
        QVERIFY(step(EventKind::Arrive));
        QVERIFY(step(EventKind::Handle));
        QVERIFY(step(EventKind::Feedback));
        QVERIFY(step(EventKind::Verify));
        QVERIFY(step(EventKind::Close));
        QCOMPARE(status(id), QStringLiteral("closed"));
        auto history = repo.history(leader, id);
        QVERIFY(history);
        QStringList kinds;
        for (const IncidentEvent &e : history.value())
            kinds << Workflow::kindKey(e.kind);
        QCOMPARE(kinds.join(QLatin1Char(' ')),
                 QStringLiteral("file dispatch suspend resume reassign arrive handle rework arrive handle feedback verify close"));
        QCOMPARE(history->at(1).officerId, officerA); // the first assignment stays in the history
        QCOMPARE(history->at(4).officerId, officerB);
        QCOMPARE(history->at(2).reason, QStringLiteral("owner abroad"));
        QVERIFY(!store.scalar(QStringLiteral("SELECT closed_at FROM incidents WHERE id = ?"), { id }).isNull());
        QVERIFY(!step(EventKind::Dispatch, officerA)); // closed is final
    }

    void historyIsAppendOnly()
    {
        const QString id = fileOne(leader, QStringLiteral("APPEND1"));
        QSqlQuery q(store.db->connection());
        QVERIFY(!q.exec(QStringLiteral("UPDATE incident_events SET reason = 'rewritten' WHERE incident_id = '%1'").arg(id)));
        QVERIFY(q.lastError().text().contains(QStringLiteral("append-only")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM incident_events WHERE incident_id = '%1'").arg(id)));
        QCOMPARE(events(id), 1);
        QCOMPARE(store.scalar(QStringLiteral("SELECT reason FROM incident_events WHERE incident_id = ?"), { id }).toString(), QString());
    }

    void filingLocatesAndSetsDeadlines()
    {
        IncidentRepository &repo = *repository;
        // The centre of a JD102 cell: the cell, its town and squad come from the grid.
        QSqlQuery q(store.db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT g.id, g.centroid_x, g.centroid_y FROM grid_cells g JOIN squads s ON s.id = g.squad_id "
                                      "WHERE s.code = 'JD102' ORDER BY g.code LIMIT 1")));
        QVERIFY(q.next());
        NewIncident in;
        in.ticketNo = QStringLiteral("LOC1");
        in.categoryCode = QStringLiteral("09006");
        in.lon = q.value(1).toDouble();
        in.lat = q.value(2).toDouble();
        in.urgent = true;
        const Session centre = store.session(QStringLiteral("t.centre"), { { Role::CentreDispatcher, QString() } });
        auto id = repo.file(centre, in);
        QVERIFY2(id, qPrintable(id.errorMessage()));
        auto incident = repo.incident(centre, id.value());
        QVERIFY(incident);
        QCOMPARE(incident->cellId, q.value(0).toString());
        QCOMPARE(incident->squadId, squad);
        QCOMPARE(incident->arriveDeadlineAt, store.clock.now().addSecs(30 * 60));
        auto expected = repo.deadlineFor(QStringLiteral("09006"), store.clock.now());
        QVERIFY(expected);
        QCOMPARE(incident->deadlineAt, expected.value());
        QVERIFY(incident->deadlineAt > store.clock.now());
        // Outside the district: refused, nothing written.
        const int before = store.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")).toInt();
        in.ticketNo = QStringLiteral("LOC2");
        in.lon = 120.5;
        in.lat = 30.1;
        auto outside = repo.file(centre, in);
        QVERIFY(!outside);
        QVERIFY(outside.errorMessage().contains(QStringLiteral("outside")));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents")).toInt(), before);
        // The same source and ticket twice: refused.
        in.ticketNo = QStringLiteral("LOC1");
        in.lon = q.value(1).toDouble();
        in.lat = q.value(2).toDouble();
        QVERIFY(!repo.file(centre, in));
        // Duplicates: same category, nearby, open, recent.
        in.ticketNo = QStringLiteral("LOC3");
        in.lon = *in.lon + 0.0005;
        auto dups = repo.duplicates(centre, in);
        QVERIFY(dups);
        QVERIFY(std::any_of(dups->begin(), dups->end(), [&](const DuplicateCandidate &d) { return d.id == id.value(); }));
        in.categoryCode = QStringLiteral("06001");
        dups = repo.duplicates(centre, in);
        QVERIFY(dups);
        QVERIFY(std::none_of(dups->begin(), dups->end(), [&](const DuplicateCandidate &d) { return d.id == id.value(); }));
    }

    void reporterIsMaskedUnlessRevealed()
    {
        IncidentRepository &repo = *repository;
        const QString id = fileOne(leader, QStringLiteral("MASK1"));
        auto incident = repo.incident(leader, id);
        QVERIFY(incident);
        QCOMPARE(incident->reporterPhone, QStringLiteral("139****5678"));
        QCOMPARE(incident->reporterName, QStringLiteral("王**"));
        const int audits = store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'personal.unmask'")).toInt();
        auto clear = repo.revealReporter(leader, id);
        QVERIFY2(clear, qPrintable(clear.errorMessage()));
        QCOMPARE(clear->second, QStringLiteral("13912345678"));
        QCOMPARE(store.scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'personal.unmask'")).toInt(), audits + 2);
        const Session officer = store.session(QStringLiteral("t.officer"), { { Role::Officer, QStringLiteral("JD102") } }, officerA);
        QVERIFY(!repo.revealReporter(officer, id));
    }

    void boardIsSortedAndScoped()
    {
        IncidentRepository &repo = *repository;
        const Session officer = store.session(QStringLiteral("t.officer"), { { Role::Officer, QStringLiteral("JD102") } }, officerA);
        auto mine = repo.board(officer, {});
        QVERIFY(mine);
        QVERIFY(!mine->empty());
        for (const BoardRow &r : mine.value())
            QVERIFY(store.scalar(QStringLiteral("SELECT officer_id FROM incidents WHERE id = ?"), { r.id }).toString() == officerA);
        const Session other = store.session(QStringLiteral("t.other"), { { Role::SquadDispatcher, QStringLiteral("JD103") } });
        auto theirs = repo.board(other, {});
        QVERIFY(theirs);
        for (const BoardRow &r : theirs.value())
            QVERIFY(r.squadId != squad);
        auto all = repo.board(leader, {});
        QVERIFY(all);
        auto handledStage = [](IncidentStatus s) {
            return s == IncidentStatus::Handled || s == IncidentStatus::Feedback || s == IncidentStatus::Verified;
        };
        for (size_t i = 1; i < all->size(); ++i) {
            const BoardRow &a = all->at(i - 1), &b = all->at(i);
            QVERIFY(handledStage(a.status) <= handledStage(b.status)); // work against the clock first
            if (handledStage(a.status) == handledStage(b.status) && b.deadlineAt.isValid())
                QVERIFY(a.deadlineAt <= b.deadlineAt);
        }
    }

    void dayFiguresCountArrivalsInTime()
    {
        IncidentRepository &repo = *repository;
        store.clock.set(QDateTime(QDate(2027, 3, 15), QTime(1, 0), Qt::UTC)); // Mon 09:00 local, away from the demo history
        const QString onTime = fileOne(leader, QStringLiteral("FIG1"));
        const QString late = fileOne(leader, QStringLiteral("FIG2"));
        auto go = [&](const QString &id, EventKind k, qint64 after) {
            store.clock.advanceSeconds(after);
            TransitionRequest r;
            r.kind = k;
            r.officerId = officerA;
            QVERIFY(repo.transition(leader, id, r));
        };
        go(onTime, EventKind::Dispatch, 60);
        go(onTime, EventKind::Arrive, 1800); // within 2 h
        go(late, EventKind::Dispatch, 60);
        go(late, EventKind::Arrive, 3 * 3600); // after 2 h
        auto figures = repo.dayFigures(leader, QDate(2027, 3, 15));
        QVERIFY2(figures, qPrintable(figures.errorMessage()));
        const auto it = std::find_if(figures->begin(), figures->end(), [&](const SquadDayFigures &f) { return f.squadId == squad; });
        QVERIFY(it != figures->end());
        QCOMPARE(it->received, 2);
        QCOMPARE(it->dispatched, 2);
        QCOMPARE(it->arrivalsDue, 2);
        QCOMPARE(it->arrivedInTime, 1);
    }
};

QTEST_GUILESS_MAIN(TestWorkflow)
#include "tst_workflow.moc"
