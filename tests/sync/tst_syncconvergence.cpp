// SPDX-License-Identifier: GPL-3.0-or-later
// Consoles against the real district server: the district's rows come down, a squad's rows go up and
// reach the squad's other consoles but never another squad; deletes travel as tombstones; a replayed
// batch is answered from the ledger and applied once; forged squad ids and writes to another squad's
// rows are refused and recorded; concurrent edits resolve per field (later clock wins, ties by console
// id) and the losing value reaches the losing console's Conflicts view, from where it can be re-applied;
// a console whose clock is far ahead or whose schema is too old is refused with a message.
#include "districtserver.h"

#include "data/auth/session.h"
#include "data/sync/syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace dd::data::sync;
using Outcome = SyncReport::Outcome;

class TestSyncConvergence : public QObject
{
    Q_OBJECT
private:
    synctest::DistrictServer m_server;
    QTemporaryDir m_tmp;
    std::unique_ptr<synctest::Console> m_centre, m_a1, m_a2, m_b;

    static QByteArray outcomeText(const SyncReport &r) { return r.message.toUtf8(); }

    std::unique_ptr<SyncTransport> transport(const ServerConfig &c, const QString &consoleId)
    {
        auto t = SyncTransport::create(c, consoleId, dd::data::Database::latestSchemaVersion());
        return t ? std::move(t.value()) : nullptr;
    }

private slots:
    void initTestCase()
    {
        const QString missing = synctest::missingTools();
        if (!missing.isEmpty()) {
            if (synctest::inCi())
                QFAIL(qPrintable(missing));
            QSKIP(qPrintable(missing));
        }
        QVERIFY(m_server.start());
        m_centre = synctest::openConsole(m_tmp, QStringLiteral("centre"),
                                         m_server.console(QStringLiteral("centre"), QStringLiteral("district")));
        m_a1 = synctest::openConsole(m_tmp, QStringLiteral("a1"), m_server.console(QStringLiteral("a1"), QStringLiteral("JD102")));
        m_a2 = synctest::openConsole(m_tmp, QStringLiteral("a2"), m_server.console(QStringLiteral("a2"), QStringLiteral("JD102")));
        m_b = synctest::openConsole(m_tmp, QStringLiteral("b"), m_server.console(QStringLiteral("b"), QStringLiteral("JD103")));
        QVERIFY(m_centre && m_a1 && m_a2 && m_b);
    }
    void cleanupTestCase() { m_server.stop(); }

    void districtRowsComeDown()
    {
        QVERIFY(m_centre->db->executeScript(synctest::kDistrictRows));
        // Captured in the outbox by the triggers, in the same transaction as the rows.
        QCOMPARE(m_centre->value(QStringLiteral("SELECT count(*) FROM sync_outbox")), QStringLiteral("8"));
        SyncReport r = m_centre->sync();
        QVERIFY2(r.outcome == Outcome::Success, outcomeText(r));
        QCOMPARE(r.pushed, 8);
        QCOMPARE(m_centre->value(QStringLiteral("SELECT count(*) FROM sync_outbox")), QStringLiteral("0"));
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_rows")), QStringLiteral("8"));

        for (auto *c : { m_a1.get(), m_a2.get(), m_b.get() }) {
            r = c->sync();
            QVERIFY2(r.outcome == Outcome::Success, outcomeText(r));
            QCOMPARE(c->value(QStringLiteral("SELECT name FROM squads WHERE id = 's1'")), QStringLiteral("南翔中队"));
            QCOMPARE(c->value(QStringLiteral("SELECT count(*) FROM officers")), QStringLiteral("3"));
            // Pulled rows are not captured again: nothing to push back.
            QCOMPARE(c->value(QStringLiteral("SELECT count(*) FROM sync_outbox")), QStringLiteral("0"));
        }
        // A second sync with nothing new moves nothing.
        r = m_a1->sync();
        QVERIFY2(r.outcome == Outcome::Success, outcomeText(r));
        QCOMPARE(r.pushed, 0);
        QCOMPARE(r.pulled, 0);
    }

    void squadRowsReachTheSquadOnly()
    {
        QVERIFY(m_a1->exec(QStringLiteral(
            "INSERT INTO duty_logs (id, squad_id, date, at, kind, text, updated_at, last_writer) VALUES "
            "('log1', 's1', '2026-11-26', '2026-11-26T08:00:00.000Z', 'note', '早班交接：南翔老街巡查', 'T', 'a1'),"
            "('log2', 's1', '2026-11-26', '2026-11-26T09:00:00.000Z', 'note', '第二条', 'T', 'a1')")));
        SyncReport r = m_a1->sync();
        QVERIFY2(r.outcome == Outcome::Success, outcomeText(r));
        QCOMPARE(r.pushed, 2);
        r = m_a2->sync();
        QVERIFY2(r.outcome == Outcome::Success, outcomeText(r));
        QCOMPARE(m_a2->value(QStringLiteral("SELECT text FROM duty_logs WHERE id = 'log1'")),
                 QStringLiteral("早班交接：南翔老街巡查"));
        r = m_b->sync();
        QVERIFY2(r.outcome == Outcome::Success, outcomeText(r));
        QCOMPARE(m_b->value(QStringLiteral("SELECT count(*) FROM duty_logs")), QStringLiteral("0"));
        // The district sees every squad.
        r = m_centre->sync();
        QCOMPARE(m_centre->value(QStringLiteral("SELECT count(*) FROM duty_logs")), QStringLiteral("2"));
    }

    void deletesTravelAsTombstones()
    {
        QVERIFY(m_a2->exec(QStringLiteral("DELETE FROM duty_logs WHERE id = 'log2'")));
        QCOMPARE(m_a2->value(QStringLiteral("SELECT op FROM sync_outbox")), QStringLiteral("delete"));
        QVERIFY(m_a2->sync().outcome == Outcome::Success);
        QVERIFY(m_a1->sync().outcome == Outcome::Success);
        QCOMPARE(m_a1->value(QStringLiteral("SELECT count(*) FROM duty_logs WHERE id = 'log2'")), QStringLiteral("0"));
        QCOMPARE(m_server.query(QStringLiteral("SELECT deleted FROM dd_rows WHERE id = 'log2'")), QStringLiteral("t"));
    }

    void replayedBatchIsAppliedOnce()
    {
        auto t = transport(m_a1->config, m_a1->db->consoleId());
        QVERIFY(t);
        const qint64 hlc = m_a1->value(QStringLiteral("SELECT hlc FROM sync_clock")).toLongLong() + 10;
        const QByteArray batch = QStringLiteral(
            "[{\"change_id\":\"replay-1\",\"table\":\"duty_logs\",\"row_id\":\"log3\",\"op\":\"upsert\",\"hlc\":%1,"
            "\"fields\":{\"id\":\"log3\",\"squad_id\":\"s1\",\"date\":\"2026-11-26\",\"at\":\"x\",\"kind\":\"note\","
            "\"text\":\"once\",\"updated_at\":\"T\",\"last_writer\":\"a1\"}}]").arg(hlc).toUtf8();
        const HttpReply first = t->post(QStringLiteral("/v1/push"), batch);
        QVERIFY2(first.ok(), qPrintable(first.error));
        const QString seqAfterFirst = m_server.query(QStringLiteral("SELECT seq FROM dd_rows WHERE id = 'log3'"));
        const HttpReply second = t->post(QStringLiteral("/v1/push"), batch);
        QVERIFY2(second.ok(), qPrintable(second.error));
        QCOMPARE(QJsonDocument::fromJson(second.body).object().value(QStringLiteral("results")),
                 QJsonDocument::fromJson(first.body).object().value(QStringLiteral("results")));
        // Not applied again: the row kept its sequence number, the ledger has one entry.
        QCOMPARE(m_server.query(QStringLiteral("SELECT seq FROM dd_rows WHERE id = 'log3'")), seqAfterFirst);
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_ledger WHERE change_id = 'replay-1'")),
                 QStringLiteral("1"));
    }

    void forgedSquadAndForeignRowsAreRefusedAndRecorded()
    {
        auto t = transport(m_b->config, m_b->db->consoleId());
        QVERIFY(t);
        const qint64 hlc = m_b->value(QStringLiteral("SELECT hlc FROM sync_clock")).toLongLong() + 10;
        // 1. A duty log claiming squad s1 from a JD103 certificate. 2. Overwriting s1's log1.
        // 3. Changing the district's officer directory. 4. A table that is not synced at all.
        const QByteArray batch = QStringLiteral(
            "[{\"change_id\":\"forge-1\",\"table\":\"duty_logs\",\"row_id\":\"logX\",\"op\":\"upsert\",\"hlc\":%1,"
            "\"fields\":{\"id\":\"logX\",\"squad_id\":\"s1\",\"text\":\"forged\"}},"
            "{\"change_id\":\"forge-2\",\"table\":\"duty_logs\",\"row_id\":\"log1\",\"op\":\"upsert\",\"hlc\":%1,"
            "\"fields\":{\"text\":\"overwritten\"}},"
            "{\"change_id\":\"forge-3\",\"table\":\"officers\",\"row_id\":\"o1\",\"op\":\"delete\",\"hlc\":%1},"
            "{\"change_id\":\"forge-4\",\"table\":\"users\",\"row_id\":\"u1\",\"op\":\"upsert\",\"hlc\":%1,\"fields\":{}}]")
                                     .arg(hlc)
                                     .toUtf8();
        const HttpReply r = t->post(QStringLiteral("/v1/push"), batch);
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QJsonArray results = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), 4);
        for (const QJsonValue &v : results)
            QCOMPARE(v.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("refused"));
        QVERIFY(results[0].toObject().value(QStringLiteral("message")).toString().contains(QLatin1String("squad_id")));
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_audit WHERE action = 'push.refused' AND squad = 'JD103'")),
                 QStringLiteral("4"));
        QCOMPARE(m_server.query(QStringLiteral("SELECT data->>'text' FROM dd_rows WHERE id = 'log1'")),
                 QStringLiteral("早班交接：南翔老街巡查"));
        QCOMPARE(m_server.query(QStringLiteral("SELECT deleted FROM dd_rows WHERE id = 'o1'")), QStringLiteral("f"));
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_rows WHERE id = 'logX'")), QStringLiteral("0"));
        // The audit table cannot be rewritten, even by the server's owner.
        QVERIFY(m_server.query(QStringLiteral("DELETE FROM dd_audit")).contains(QLatin1String("append-only")));
        QVERIFY(m_server.query(QStringLiteral("SELECT count(*) FROM dd_audit")).toInt() >= 4);

        // Through the engine, a refused local change stays in the outbox as refused, and the run is partial.
        QVERIFY(m_b->exec(QStringLiteral("UPDATE officers SET phone = '110' WHERE id = 'o3'")));
        SyncReport report = m_b->sync();
        QVERIFY2(report.outcome == Outcome::Partial, outcomeText(report));
        QCOMPARE(report.refused, 1);
        QCOMPARE(m_b->value(QStringLiteral("SELECT state FROM sync_outbox")), QStringLiteral("refused"));
    }

    void laterClockWinsPerFieldAndTheLoserIsKept()
    {
        // Both consoles of squad s1 start from the same row.
        QVERIFY(m_a1->sync().outcome == Outcome::Success);
        QVERIFY(m_a2->sync().outcome == Outcome::Success);
        // a1 edits text, a2 edits text and kind a moment later (its clock stamps are later).
        QVERIFY(m_a1->exec(QStringLiteral("UPDATE duty_logs SET text = 'a1 version' WHERE id = 'log1'")));
        QTest::qWait(5);
        QVERIFY(m_a2->exec(QStringLiteral("UPDATE duty_logs SET text = 'a2 version', kind = 'handover' WHERE id = 'log1'")));
        QTest::qWait(5);
        QVERIFY(m_a1->exec(QStringLiteral("UPDATE duty_logs SET date = '2026-11-27' WHERE id = 'log1'")));
        // a2 syncs first, a1 second: a1's text is older, so it loses although it arrives last.
        QVERIFY(m_a2->sync().outcome == Outcome::Success);
        SyncReport r = m_a1->sync();
        QVERIFY2(r.outcome == Outcome::Success, outcomeText(r));
        QCOMPARE(r.lost, 1);
        QVERIFY(m_a2->sync().outcome == Outcome::Success);
        for (auto *c : { m_a1.get(), m_a2.get() }) {
            // Per field: a2's text and kind, a1's later date; nobody lost a field they won.
            QCOMPARE(c->value(QStringLiteral("SELECT text || '|' || kind || '|' || date FROM duty_logs WHERE id = 'log1'")),
                     QStringLiteral("a2 version|handover|2026-11-27"));
        }
        QCOMPARE(m_server.query(QStringLiteral("SELECT data->>'text' || '|' || (data->>'kind') || '|' || (data->>'date') "
                                               "FROM dd_rows WHERE id = 'log1'")),
                 QStringLiteral("a2 version|handover|2026-11-27"));
        // The losing value is in a1's Conflicts view, not in a2's.
        SyncStore a1Store(*m_a1->db);
        auto conflicts = a1Store.conflicts();
        QVERIFY(conflicts);
        QCOMPARE(int(conflicts->size()), 1);
        QCOMPARE(conflicts->front().field, QStringLiteral("text"));
        QCOMPARE(conflicts->front().lostValue, QStringLiteral("\"a1 version\""));
        QCOMPARE(conflicts->front().wonValue, QStringLiteral("\"a2 version\""));
        QCOMPARE(SyncStore(*m_a2->db).conflicts()->size(), size_t(0));
    }

    void aConflictCanBeReappliedAsANewChange()
    {
        SyncStore a1Store(*m_a1->db);
        const QString id = a1Store.conflicts()->front().id;
        dd::data::Session leader(QStringLiteral("u1"), QStringLiteral("leader"), QStringLiteral("Leader"), QString(),
                                 QStringLiteral("s1"),
                                 { dd::data::RoleGrant { dd::data::Role::SquadLeader, QStringLiteral("s1"), {} } }, false);
        dd::data::Session nobody;
        QVERIFY(!a1Store.reapply(nobody, m_a1->clock, id)); // refused without the permission
        const dd::data::Status s = a1Store.reapply(leader, m_a1->clock, id);
        QVERIFY2(s, qPrintable(s.errorMessage()));
        QCOMPARE(a1Store.conflicts()->size(), size_t(0));
        QVERIFY(m_a1->sync().outcome == Outcome::Success);
        QVERIFY(m_a2->sync().outcome == Outcome::Success);
        QCOMPARE(m_a2->value(QStringLiteral("SELECT text FROM duty_logs WHERE id = 'log1'")), QStringLiteral("a1 version"));
    }

    void equalClocksAreBrokenByConsoleId()
    {
        auto low = transport(m_a1->config, QStringLiteral("console-aaa"));
        auto high = transport(m_a2->config, QStringLiteral("console-zzz"));
        QVERIFY(low && high);
        const qint64 hlc = m_a1->value(QStringLiteral("SELECT hlc FROM sync_clock")).toLongLong() + 1000;
        auto change = [&](const QString &changeId, const QString &text) {
            return QStringLiteral("[{\"change_id\":\"%1\",\"table\":\"duty_logs\",\"row_id\":\"log1\",\"op\":\"upsert\","
                                  "\"hlc\":%2,\"fields\":{\"text\":\"%3\"}}]")
                .arg(changeId)
                .arg(hlc)
                .arg(text)
                .toUtf8();
        };
        // The higher console id wins whichever arrives first.
        QVERIFY(high->post(QStringLiteral("/v1/push"), change(QStringLiteral("tie-z"), QStringLiteral("from zzz"))).ok());
        QVERIFY(low->post(QStringLiteral("/v1/push"), change(QStringLiteral("tie-a"), QStringLiteral("from aaa"))).ok());
        QCOMPARE(m_server.query(QStringLiteral("SELECT data->>'text' FROM dd_rows WHERE id = 'log1'")), QStringLiteral("from zzz"));
        QCOMPARE(m_server.query(QStringLiteral("SELECT result->'lost'->>0 FROM dd_ledger WHERE change_id = 'tie-a'")),
                 QStringLiteral("text"));
    }

    void clockFarAheadIsRefusedWithAMessage()
    {
        const qint64 before = m_server.query(QStringLiteral("SELECT count(*) FROM dd_ledger")).toLongLong();
        // The console's clock jumps a day ahead: its stamps would win every conflict.
        const qint64 ahead = (QDateTime::currentMSecsSinceEpoch() + 24LL * 3600 * 1000) * 1000;
        QVERIFY(m_a1->exec(QStringLiteral("UPDATE sync_clock SET hlc = %1").arg(ahead)));
        QVERIFY(m_a1->exec(QStringLiteral("UPDATE duty_logs SET text = 'from the future' WHERE id = 'log1'")));
        SyncReport r = m_a1->sync();
        QVERIFY2(r.outcome == Outcome::Failure, outcomeText(r));
        QVERIFY2(r.message.contains(QLatin1String("ahead")), outcomeText(r));
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_ledger")).toLongLong(), before);
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_audit WHERE action = 'push.clock_skew'")),
                 QStringLiteral("1"));
        QCOMPARE(m_a1->value(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")), QStringLiteral("1"));
        QVERIFY(m_a1->exec(QStringLiteral("DELETE FROM sync_outbox")));
    }

    void consoleTooOldIsRefusedBeforeAnythingMoves()
    {
        auto t = SyncTransport::create(m_a2->config, m_a2->db->consoleId(), 3);
        QVERIFY(t);
        QVERIFY(m_a2->exec(QStringLiteral("UPDATE duty_logs SET text = 'old console' WHERE id = 'log1'")));
        SyncEngine engine(*m_a2->db, **t, m_a2->clock);
        SyncReport r = engine.run();
        QVERIFY2(r.outcome == Outcome::Failure, outcomeText(r));
        QVERIFY2(r.message.contains(QLatin1String("Update DutyDesk")), outcomeText(r));
        QCOMPARE(m_a2->value(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")), QStringLiteral("1"));
        QVERIFY(m_server.query(QStringLiteral("SELECT data->>'text' FROM dd_rows WHERE id = 'log1'")) != QLatin1String("old console"));
    }
};

QTEST_GUILESS_MAIN(TestSyncConvergence)
#include "tst_syncconvergence.moc"
