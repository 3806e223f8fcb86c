// SPDX-License-Identifier: GPL-3.0-or-later
// Faults against the real district server stack. After each: every console and the server hold the
// same rows, no acknowledged change is lost, and no change is applied twice (the ledger holds each
// change id once and the server row count equals the rows written).
#include "cuttingproxy.h"
#include "districtserver.h"

#include "data/sync/syncstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <csignal>
#include <thread>

using namespace dd::data::sync;
using Outcome = SyncReport::Outcome;

class TestSyncFaults : public QObject
{
    Q_OBJECT
private:
    synctest::DistrictServer m_server;
    QTemporaryDir m_tmp;
    std::unique_ptr<synctest::Console> m_centre, m_a1, m_a2, m_b1;
    int m_written = 0; // duty logs written by squad s1's consoles

    static QByteArray text(const SyncReport &r) { return r.message.toUtf8(); }

    void writeLogs(synctest::Console &c, const QString &squad, int n)
    {
        QVERIFY(c.db->transaction([&]() -> dd::data::Status {
            QSqlQuery q(c.db->connection());
            q.prepare(QStringLiteral("INSERT INTO duty_logs (id, squad_id, date, at, kind, text, updated_at, last_writer) "
                                     "VALUES (?, ?, '2026-11-26', '2026-11-26T08:00:00.000Z', 'patrol', ?, 'T', ?)"));
            for (int i = 0; i < n; ++i) {
                q.addBindValue(dd::data::Database::newId());
                q.addBindValue(squad);
                q.addBindValue(QStringLiteral("巡查记录 %1 嘉定区南翔镇人民街").arg(i));
                q.addBindValue(c.db->consoleId());
                if (!q.exec())
                    return dd::data::failure(q.lastError().text());
            }
            return dd::data::success();
        }));
        if (squad == QLatin1String("s1"))
            m_written += n;
    }
    static QString localDump(synctest::Console &c, const QString &squad)
    {
        return c.value(QStringLiteral("SELECT count(*) || '/' || ifnull(sum(length(text) * unicode(substr(id, 1, 1))), 0) "
                                      "|| '/' || ifnull(group_concat(h), '') FROM (SELECT text, id, "
                                      "CASE WHEN id LIKE 'shared%' THEN id || '=' || text END AS h FROM duty_logs "
                                      "WHERE squad_id = '%1' ORDER BY id)")
                           .arg(squad));
    }
    QString serverDump(const QString &squad) const
    {
        return m_server.query(QStringLiteral(
            "SELECT count(*) || '/' || coalesce(sum(length(data->>'text') * ascii(substr(id, 1, 1))), 0) || '/' || "
            "coalesce(string_agg(CASE WHEN id LIKE 'shared%%' THEN id || '=' || (data->>'text') END, ',' ORDER BY id), '') "
            "FROM dd_rows WHERE tbl = 'duty_logs' AND owner_squad = '%1' AND NOT deleted").arg(squad));
    }
    QString serverCount(const QString &where) const
    {
        return m_server.query(QStringLiteral("SELECT count(*) FROM dd_rows WHERE tbl = 'duty_logs' AND %1").arg(where));
    }
    // Nothing lost, nothing twice: the server holds exactly the rows written, and each console of the
    // squad holds what the server holds.
    void verifyConverged()
    {
        for (auto *c : { m_a1.get(), m_a2.get(), m_b1.get() }) {
            const SyncReport r = c->sync();
            QVERIFY2(r.outcome == Outcome::Success, text(r));
            QCOMPARE(c->value(QStringLiteral("SELECT count(*) FROM sync_outbox")), QStringLiteral("0"));
        }
        QVERIFY(m_a1->sync().outcome == Outcome::Success); // b1/a2 changes made after a1's sync
        QCOMPARE(serverCount(QStringLiteral("owner_squad = 's1'")).toInt(), m_written);
        const QString server = serverDump(QStringLiteral("s1"));
        QCOMPARE(localDump(*m_a1, QStringLiteral("s1")).section(QLatin1Char('/'), 0, 0), server.section(QLatin1Char('/'), 0, 0));
        QCOMPARE(localDump(*m_a1, QStringLiteral("s1")), localDump(*m_a2, QStringLiteral("s1")));
        QCOMPARE(m_b1->value(QStringLiteral("SELECT count(*) FROM duty_logs WHERE squad_id = 's1'")), QStringLiteral("0"));
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_ledger")),
                 m_server.query(QStringLiteral("SELECT count(DISTINCT change_id) FROM dd_ledger")));
    }
    // The district pushes incident rows the way a newer district console would: straight to the server,
    // past this version's CHECK constraints. fields per row: {id: {column: value}}; all are applied.
    void districtPushes(const QList<QJsonObject> &rows)
    {
        static int n = 0;
        qint64 hlc = m_centre->value(QStringLiteral("SELECT hlc FROM sync_clock")).toLongLong() + 1;
        QJsonArray batch;
        for (const QJsonObject &fields : rows) {
            const QString id = fields.value(QStringLiteral("id")).toString();
            batch.append(QJsonObject { { QStringLiteral("change_id"), QStringLiteral("held-%1").arg(++n) },
                                       { QStringLiteral("table"), QStringLiteral("incidents") },
                                       { QStringLiteral("row_id"), id },
                                       { QStringLiteral("op"), QStringLiteral("upsert") },
                                       { QStringLiteral("hlc"), double(hlc++) },
                                       { QStringLiteral("fields"), fields } });
        }
        QVERIFY(m_centre->exec(QStringLiteral("UPDATE sync_clock SET hlc = %1").arg(hlc)));
        auto t = SyncTransport::create(m_centre->config, m_centre->db->consoleId(), m_centre->db->schemaVersion());
        QVERIFY(t);
        const HttpReply r = (*t)->post(QStringLiteral("/v1/push"), QJsonDocument(batch).toJson(QJsonDocument::Compact));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const QJsonArray results = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(results.size(), rows.size());
        for (const QJsonValue &v : results)
            QVERIFY2(v.toObject().value(QStringLiteral("status")).toString() == QLatin1String("applied"),
                     r.body.constData());
    }
    static QJsonObject incident(const QString &id, const QString &source, const QString &ticket = QString())
    {
        return QJsonObject { { QStringLiteral("id"), id },
                             { QStringLiteral("source"), source },
                             { QStringLiteral("ticket_no"), ticket },
                             { QStringLiteral("title"), QStringLiteral("跨门营业 %1").arg(id) },
                             { QStringLiteral("squad_id"), QStringLiteral("s1") },
                             { QStringLiteral("status"), QStringLiteral("collected") },
                             { QStringLiteral("reported_at"), QStringLiteral("2026-11-26T08:00:00.000Z") },
                             { QStringLiteral("updated_at"), QStringLiteral("2026-11-26T08:00:00.000Z") },
                             { QStringLiteral("last_writer"), QStringLiteral("centre") } };
    }
    QString serverSeq(const QString &id) const
    {
        return m_server.query(QStringLiteral("SELECT seq FROM dd_rows WHERE tbl = 'incidents' AND id = '%1'").arg(id));
    }

    QProcess *startSyncProcess(synctest::Console &c)
    {
        auto *p = new QProcess(this);
        p->setProcessChannelMode(QProcess::MergedChannels);
        p->start(QStringLiteral(DUTYDESK_EXECUTABLE), { QStringLiteral("sync"), QStringLiteral("--db"), c.db->path() });
        return p;
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
        m_b1 = synctest::openConsole(m_tmp, QStringLiteral("b1"), m_server.console(QStringLiteral("b1"), QStringLiteral("JD103")));
        QVERIFY(m_centre && m_a1 && m_a2 && m_b1);
        QVERIFY(m_centre->db->executeScript(synctest::kDistrictRows));
        QVERIFY(m_centre->sync().outcome == Outcome::Success);
        for (auto *c : { m_a1.get(), m_a2.get(), m_b1.get() }) {
            QVERIFY(c->sync().outcome == Outcome::Success);
            QVERIFY(SyncStore(*c->db).saveConfig(c->config)); // for the `dutydesk sync` child processes
        }
    }
    void cleanupTestCase() { m_server.stop(); }

    void twelveConsolesAtOnceWithOverlappingEdits()
    {
        // One shared row per squad that every console of the squad edits, plus rows of their own.
        QVERIFY(m_a1->exec(QStringLiteral("INSERT INTO duty_logs (id, squad_id, date, at, text, updated_at, last_writer) "
                                          "VALUES ('shared-s1', 's1', '2026-11-26', 'x', 'start', 'T', 'a1')")));
        QVERIFY(m_b1->exec(QStringLiteral("INSERT INTO duty_logs (id, squad_id, date, at, text, updated_at, last_writer) "
                                          "VALUES ('shared-s2', 's2', '2026-11-26', 'x', 'start', 'T', 'b1')")));
        m_written += 1;
        QVERIFY(m_a1->sync().outcome == Outcome::Success);
        QVERIFY(m_b1->sync().outcome == Outcome::Success);

        std::vector<std::unique_ptr<synctest::Console>> consoles;
        for (int i = 0; i < 12; ++i) {
            const QString squadCode = i % 2 ? QStringLiteral("JD103") : QStringLiteral("JD102");
            const QString name = QStringLiteral("c%1").arg(i);
            auto c = synctest::openConsole(m_tmp, name, m_server.console(name, squadCode));
            QVERIFY(c);
            const SyncReport r = c->sync();
            QVERIFY2(r.outcome == Outcome::Success, text(r));
            QVERIFY(SyncStore(*c->db).saveConfig(c->config));
            const QString squad = i % 2 ? QStringLiteral("s2") : QStringLiteral("s1");
            QVERIFY(c->exec(QStringLiteral("UPDATE duty_logs SET text = 'edited by %1' WHERE id = 'shared-%2'").arg(name, squad)));
            writeLogs(*c, squad, 50);
            consoles.push_back(std::move(c));
        }
        std::vector<QProcess *> children;
        for (auto &c : consoles)
            children.push_back(startSyncProcess(*c));
        for (QProcess *p : children) {
            QVERIFY(p->waitForFinished(90000));
            QVERIFY2(p->exitCode() == 0, p->readAll().constData());
        }
        for (int round = 0; round < 2; ++round)
            for (auto &c : consoles)
                QVERIFY(c->sync().outcome == Outcome::Success);
        for (const QString &squad : { QStringLiteral("s1"), QStringLiteral("s2") }) {
            const QString first = localDump(*consoles[squad == QLatin1String("s1") ? 0 : 1], squad);
            for (size_t i = squad == QLatin1String("s1") ? 0 : 1; i < consoles.size(); i += 2)
                QCOMPARE(localDump(*consoles[i], squad), first);
            QCOMPARE(first.section(QLatin1Char('/'), 0, 0), serverDump(squad).section(QLatin1Char('/'), 0, 0));
            QVERIFY2(first.section(QLatin1Char('/'), 2).contains(QLatin1String("edited by c")), qPrintable(first));
            // Six edits of the shared row, one winner: the five losing values each reached their console.
            int conflicts = 0;
            for (size_t i = squad == QLatin1String("s1") ? 0 : 1; i < consoles.size(); i += 2)
                conflicts += consoles[i]->value(QStringLiteral("SELECT count(*) FROM sync_conflicts WHERE row_id = 'shared-%1'").arg(squad)).toInt();
            QCOMPARE(conflicts, 5);
        }
        QCOMPARE(serverCount(QStringLiteral("owner_squad = 's1'")).toInt(), m_written);
    }

    void connectionCutMidPushUpload()
    {
        const QString before = serverCount(QStringLiteral("owner_squad = 's1'"));
        writeLogs(*m_a1, QStringLiteral("s1"), 3000);
        synctest::CuttingProxy proxy(quint16(m_server.env(QStringLiteral("DD_HTTPS_PORT")).toUInt()));
        proxy.setLimits(100 * 1024, -1); // the first batch (~700 KB) is cut while it goes up
        synctest::Console &c = *m_a1;
        const ServerConfig direct = c.config;
        c.config.url.setPort(proxy.port());
        const SyncReport r = c.sync();
        c.config = direct;
        QVERIFY2(r.outcome == Outcome::Failure, text(r));
        QVERIFY(proxy.cuts() >= 1);
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")), QStringLiteral("3000"));
        QCOMPARE(serverCount(QStringLiteral("owner_squad = 's1'")), before); // nothing half-applied
        verifyConverged();
    }

    void connectionCutMidPushAnswer()
    {
        const int ledgerBefore = m_server.query(QStringLiteral("SELECT count(*) FROM dd_ledger")).toInt();
        writeLogs(*m_a1, QStringLiteral("s1"), 3000);
        synctest::CuttingProxy proxy(quint16(m_server.env(QStringLiteral("DD_HTTPS_PORT")).toUInt()));
        proxy.setLimits(-1, 60 * 1024); // the server applies the first batch; its answer (~130 KB) is cut
        synctest::Console &c = *m_a1;
        const ServerConfig direct = c.config;
        c.config.url.setPort(proxy.port());
        const SyncReport r = c.sync();
        c.config = direct;
        QVERIFY2(r.outcome == Outcome::Failure, text(r));
        // Applied at the server, not acknowledged here: the changes stay in the outbox.
        QCOMPARE(serverCount(QStringLiteral("owner_squad = 's1'")).toInt(), m_written - 1000);
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM sync_outbox WHERE state = 'pending'")), QStringLiteral("3000"));
        verifyConverged();
        // Sent twice, applied once: one ledger entry per change.
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_ledger")).toInt(), ledgerBefore + 3000);
    }

    void connectionCutMidPull()
    {
        auto fresh = synctest::openConsole(m_tmp, QStringLiteral("a3"), m_server.console(QStringLiteral("a3"), QStringLiteral("JD102")));
        QVERIFY(fresh);
        synctest::CuttingProxy proxy(quint16(m_server.env(QStringLiteral("DD_HTTPS_PORT")).toUInt()));
        proxy.setLimits(-1, 500 * 1024); // one page of 1000 rows (~330 KB) arrives, the second is cut
        const ServerConfig direct = fresh->config;
        fresh->config.url.setPort(proxy.port());
        const SyncReport r = fresh->sync(2000, 1000);
        fresh->config = direct;
        QVERIFY2(r.outcome != Outcome::Success, text(r));
        QVERIFY(proxy.cuts() >= 1);
        // The cursor never runs ahead of the stored rows: exactly the rows up to it are here.
        const qint64 cursor = SyncStore(*fresh->db).stateValue(QStringLiteral("cursor"))->toLongLong();
        QVERIFY(cursor > 0);
        QCOMPARE(fresh->value(QStringLiteral("SELECT count(*) FROM duty_logs")),
                 serverCount(QStringLiteral("owner_squad = 's1' AND seq <= %1").arg(cursor)));
        QVERIFY(fresh->value(QStringLiteral("SELECT count(*) FROM duty_logs")).toInt() < m_written);
        const SyncReport resumed = fresh->sync(2000, 1000);
        QVERIFY2(resumed.outcome == Outcome::Success, text(resumed));
        QCOMPARE(localDump(*fresh, QStringLiteral("s1")), localDump(*m_a1, QStringLiteral("s1")));
    }

    void syncdStoppedMidSyncThenBack()
    {
        writeLogs(*m_a2, QStringLiteral("s1"), 500);
        QString out;
        QVERIFY(m_server.run({ QStringLiteral("stop-syncd"), m_server.path() }, &out));
        const SyncReport r = m_a2->sync();
        QVERIFY2(r.outcome == Outcome::Failure, text(r)); // nginx answers 502: nothing moved
        QCOMPARE(m_a2->value(QStringLiteral("SELECT count(*) FROM sync_outbox")), QStringLiteral("500"));
        QVERIFY(m_server.run({ QStringLiteral("start-syncd"), m_server.path() }, &out));
        verifyConverged();
    }

    void serverRestartedMidSync()
    {
        writeLogs(*m_a1, QStringLiteral("s1"), 4000);
        QProcess *child = startSyncProcess(*m_a1);
        QVERIFY(child->waitForStarted());
        QTest::qWait(400);
        QString out;
        QVERIFY(m_server.run({ QStringLiteral("restart-postgres"), m_server.path() }, &out));
        QVERIFY(child->waitForFinished(60000));
        QVERIFY2(QList<int>({ 0, 1, 5 }).contains(child->exitCode()), child->readAll().constData());
        verifyConverged();
    }

    void consoleKilledMidSyncAndRestarted()
    {
        writeLogs(*m_a2, QStringLiteral("s1"), 5000);
        QProcess *child = startSyncProcess(*m_a2);
        QVERIFY(child->waitForStarted());
        QTest::qWait(700);
        ::kill(pid_t(child->processId()), SIGKILL);
        QVERIFY(child->waitForFinished(10000));
        // Killed before it finished: changes were still waiting.
        QVERIFY(m_a2->value(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt() > 0);
        // The store survives the kill (SQLite transactions) and the restarted sync completes.
        QCOMPARE(m_a2->value(QStringLiteral("PRAGMA integrity_check")), QStringLiteral("ok"));
        QProcess *again = startSyncProcess(*m_a2);
        QVERIFY(again->waitForFinished(60000));
        QVERIFY2(again->exitCode() == 0, again->readAll().constData());
        verifyConverged();
    }

    void sameBatchSentConcurrently()
    {
        const qint64 hlc = m_b1->value(QStringLiteral("SELECT hlc FROM sync_clock")).toLongLong() + 1;
        QByteArray batch = "[";
        for (int i = 0; i < 300; ++i)
            batch += QStringLiteral("%1{\"change_id\":\"twice-%2\",\"table\":\"duty_logs\",\"row_id\":\"twice-%2\",\"op\":"
                                    "\"upsert\",\"hlc\":%3,\"fields\":{\"id\":\"twice-%2\",\"squad_id\":\"s2\",\"date\":"
                                    "\"2026-11-26\",\"at\":\"x\",\"kind\":\"note\",\"text\":\"t\",\"updated_at\":\"T\","
                                    "\"last_writer\":\"b1\"}}")
                         .arg(i ? QStringLiteral(",") : QString())
                         .arg(i)
                         .arg(hlc + i)
                         .toUtf8();
        batch += "]";
        QByteArray answers[2];
        auto send = [&](int k) {
            auto t = SyncTransport::create(m_b1->config, m_b1->db->consoleId(), m_b1->db->schemaVersion());
            if (t) {
                const HttpReply r = (*t)->post(QStringLiteral("/v1/push"), batch);
                answers[k] = r.ok() ? r.body : QByteArray("error: ") + r.error.toUtf8();
            }
        };
        std::thread first(send, 0), second(send, 1);
        first.join();
        second.join();
        const QJsonArray r0 = QJsonDocument::fromJson(answers[0]).object().value(QStringLiteral("results")).toArray();
        const QJsonArray r1 = QJsonDocument::fromJson(answers[1]).object().value(QStringLiteral("results")).toArray();
        QCOMPARE(r0.size(), 300);
        QCOMPARE(r0, r1);
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_ledger WHERE change_id LIKE 'twice-%'")), QStringLiteral("300"));
        QCOMPARE(serverCount(QStringLiteral("id LIKE 'twice-%'")), QStringLiteral("300"));
        const SyncReport r = m_b1->sync();
        QVERIFY2(r.outcome == Outcome::Success, text(r));
        QCOMPARE(m_b1->value(QStringLiteral("SELECT count(*) FROM duty_logs WHERE id LIKE 'twice-%'")), QStringLiteral("300"));
    }

    // Last: it leaves incidents on the squad's consoles. A row this console's schema refuses (a source a
    // newer district console knows) is held, not the sync: the rows around it store, the cursor moves on,
    // later rows arrive, and the district's corrected version replaces the held row.
    void aRowThisConsoleCannotStoreIsHeldNotTheSync()
    {
        districtPushes({ incident(QStringLiteral("inc-good-1"), QStringLiteral("patrol")),
                         incident(QStringLiteral("inc-radio"), QStringLiteral("radio")),
                         incident(QStringLiteral("inc-good-2"), QStringLiteral("video")) });
        synctest::Console &c = *m_a1;
        SyncReport r = c.sync();
        QVERIFY2(r.outcome == Outcome::Partial, text(r));
        QCOMPARE(r.held, 1);
        QVERIFY2(r.message.contains(QLatin1String("held: 1"))
                     && r.message.contains(QLatin1String("incidents inc-radio"))
                     && r.message.contains(QLatin1String("CHECK constraint failed")),
                 text(r));
        QCOMPARE(c.value(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM incidents ORDER BY id)")),
                 QStringLiteral("inc-good-1,inc-good-2"));
        QCOMPARE(c.value(QStringLiteral("SELECT tbl || ' ' || row_id || ' ' || seq || ' ' || attempts FROM sync_held")),
                 QStringLiteral("incidents inc-radio %1 1").arg(serverSeq(QStringLiteral("inc-radio"))));
        QVERIFY2(
            c.value(QStringLiteral("SELECT message FROM sync_held")).contains(QLatin1String("CHECK constraint failed")),
            qPrintable(c.value(QStringLiteral("SELECT message FROM sync_held"))));
        QCOMPARE(c.value(QStringLiteral("SELECT json_extract(row_json, '$.data.source') FROM sync_held")),
                 QStringLiteral("radio"));
        // The cursor moved past the held row and the row after it.
        QVERIFY(SyncStore(*c.db).stateValue(QStringLiteral("cursor"))->toLongLong()
                >= serverSeq(QStringLiteral("inc-good-2")).toLongLong());
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM sync_outbox")), QStringLiteral("0"));

        // Not stalled: a later row arrives; the held row is tried again (at the start of the pull).
        districtPushes({ incident(QStringLiteral("inc-good-3"), QStringLiteral("patrol")) });
        r = c.sync();
        QVERIFY2(r.outcome == Outcome::Partial, text(r));
        QCOMPARE(r.pulled, 1);
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM incidents WHERE id = 'inc-good-3'")),
                 QStringLiteral("1"));
        QCOMPARE(c.value(QStringLiteral("SELECT attempts FROM sync_held WHERE row_id = 'inc-radio'")),
                 QStringLiteral("2"));

        // `dutydesk sync` says so and exits partial (5); --status counts the held row.
        QProcess *child = startSyncProcess(c);
        QVERIFY(child->waitForFinished(60000));
        const QByteArray out = child->readAll();
        QCOMPARE(child->exitCode(), 5);
        QVERIFY2(out.contains("held: 1"), out.constData());
        QProcess status;
        status.setProcessChannelMode(QProcess::MergedChannels);
        status.start(QStringLiteral(DUTYDESK_EXECUTABLE),
                     { QStringLiteral("sync"), QStringLiteral("--status"), QStringLiteral("--db"), c.db->path() });
        QVERIFY(status.waitForFinished(30000));
        QVERIFY2(status.readAll().contains("held: 1"), "dutydesk sync --status");

        // The district corrects the row: the newer version stores and the held one is gone.
        districtPushes({ QJsonObject { { QStringLiteral("id"), QStringLiteral("inc-radio") },
                                       { QStringLiteral("source"), QStringLiteral("other") } } });
        r = c.sync();
        QVERIFY2(r.outcome == Outcome::Success, text(r));
        QCOMPARE(r.held, 0);
        QCOMPARE(c.value(QStringLiteral("SELECT source FROM incidents WHERE id = 'inc-radio'")),
                 QStringLiteral("other"));
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM sync_held")), QStringLiteral("0"));
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM incidents")), QStringLiteral("4"));
    }

    // A held row that nothing new from the server touches stores once the local reason is gone, because
    // every pull first tries the held rows again.
    void aHeldRowIsRetriedAtTheStartOfEveryPull()
    {
        synctest::Console &c = *m_a2;
        QVERIFY(c.sync().outcome == Outcome::Success); // the rows of the test before
        QVERIFY(
            c.exec(QStringLiteral("INSERT INTO incidents (id, source, ticket_no, squad_id, reported_at, updated_at, "
                                  "last_writer) VALUES ('inc-local', 'hotline_12345', 'T-77', 's1', 'T', 'T', 'a2')")));
        districtPushes(
            { incident(QStringLiteral("inc-dup"), QStringLiteral("hotline_12345"), QStringLiteral("T-77")) });
        SyncReport r = c.sync();
        QVERIFY2(r.outcome == Outcome::Partial, text(r));
        QVERIFY2(c.value(QStringLiteral("SELECT message FROM sync_held WHERE row_id = 'inc-dup'"))
                     .contains(QLatin1String("UNIQUE")),
                 qPrintable(c.value(QStringLiteral("SELECT message FROM sync_held"))));
        const qint64 cursor = SyncStore(*c.db).stateValue(QStringLiteral("cursor"))->toLongLong();

        QVERIFY(c.exec(QStringLiteral("UPDATE incidents SET ticket_no = 'T-77a' WHERE id = 'inc-local'")));
        r = c.sync();
        QVERIFY2(r.outcome == Outcome::Success, text(r));
        QCOMPARE(c.value(QStringLiteral("SELECT ticket_no FROM incidents WHERE id = 'inc-dup'")),
                 QStringLiteral("T-77"));
        QCOMPARE(c.value(QStringLiteral("SELECT count(*) FROM sync_held")), QStringLiteral("0"));
        // Nothing of inc-dup came again from the server: the row stored from sync_held.
        QCOMPARE(m_server.query(
                     QStringLiteral("SELECT count(*) FROM dd_rows WHERE id = 'inc-dup' AND seq > %1").arg(cursor)),
                 QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TestSyncFaults)
#include "tst_syncfaults.moc"
