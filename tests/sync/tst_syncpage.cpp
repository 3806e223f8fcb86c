// SPDX-License-Identifier: GPL-3.0-or-later
// The Sync page driven like a user on the offscreen platform, against the real district server:
// the connection is saved, Sync now pushes and pulls on a worker thread and shows the result, the
// status and the log; Cancel stops a long push without losing a change; a conflict appears in the
// Conflicts view and "Re-apply as a new change" sends the lost value again; the nightly run starts at
// the configured time and not before; a row from the district this console cannot store shows in the
// Held rows view with its reason.
#include "data/auth/session.h"
#include "data/settings.h"
#include "districtserver.h"
#include "ui/sync/syncpage.h"

#include <QApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTimeZone>

using namespace dd::data::sync;
using Outcome = SyncReport::Outcome;

class TestSyncPage : public QObject
{
    Q_OBJECT
private:
    synctest::DistrictServer m_server;
    QTemporaryDir m_tmp;
    std::unique_ptr<synctest::Console> m_centre, m_a1, m_a2;
    std::unique_ptr<dd::data::Settings> m_settings;
    dd::data::Session m_leader { QStringLiteral("u1"), QStringLiteral("leader"), QStringLiteral("Leader"), QString(),
                                 QStringLiteral("s1"),
                                 { dd::data::RoleGrant { dd::data::Role::SquadLeader, QStringLiteral("s1"), {} } }, false };
    std::unique_ptr<dd::ui::SyncPage> m_page;

    template<typename T> T *find(const char *name) { return m_page->findChild<T *>(QString::fromLatin1(name)); }

    SyncReport clickSyncNow()
    {
        QSignalSpy finished(m_page.get(), &dd::ui::SyncPage::syncFinished);
        QTest::mouseClick(find<QPushButton>("syncNow"), Qt::LeftButton);
        if (!finished.wait(60000))
            return {};
        return finished.at(0).at(0).value<SyncReport>();
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
        m_centre = synctest::openConsole(m_tmp, QStringLiteral("centre"), m_server.console(QStringLiteral("centre"), QStringLiteral("district")));
        m_a1 = synctest::openConsole(m_tmp, QStringLiteral("a1"), m_server.console(QStringLiteral("a1"), QStringLiteral("JD102")));
        m_a2 = synctest::openConsole(m_tmp, QStringLiteral("a2"), m_server.console(QStringLiteral("a2"), QStringLiteral("JD102")));
        QVERIFY(m_centre && m_a1 && m_a2);
        QVERIFY(m_centre->db->executeScript(synctest::kDistrictRows));
        QVERIFY(m_centre->sync().outcome == Outcome::Success);
        QVERIFY(m_a1->sync().outcome == Outcome::Success); // yesterday's state
        QVERIFY(m_a2->sync().outcome == Outcome::Success);
        QVERIFY(m_a2->exec(QStringLiteral("INSERT INTO duty_logs (id, squad_id, date, at, text, updated_at, last_writer) "
                                          "VALUES ('log0', 's1', '2026-11-26', 'x', '另一台终端的记录', 'T', 'a2')")));
        QVERIFY(m_a2->sync().outcome == Outcome::Success);

        m_settings = std::make_unique<dd::data::Settings>(m_tmp.filePath(QStringLiteral("settings.ini")));
        m_page = std::make_unique<dd::ui::SyncPage>(*m_settings);
        dd::ui::PageContext context;
        context.db = m_a1->db.get();
        context.session = &m_leader;
        context.clock = &m_a1->clock;
        context.settings = m_settings.get();
        m_page->setContext(context);
        m_page->resize(1200, 800);
        static_cast<QWidget *>(m_page.get())->show();
    }
    void cleanupTestCase()
    {
        m_page.reset();
        m_server.stop();
    }

    void notConfiguredSaysSo()
    {
        QVERIFY(!find<QPushButton>("syncNow")->isEnabled());
        QVERIFY2(m_page->statusText().contains(QLatin1String("not configured")), qPrintable(m_page->statusText()));
    }

    void syncNowPushesAndPullsAndShowsTheResult()
    {
        const ServerConfig c = m_a1->config;
        find<QLineEdit>("syncUrl")->setText(c.url.toString());
        find<QLineEdit>("syncCert")->setText(c.certFile);
        find<QLineEdit>("syncKey")->setText(c.keyFile);
        find<QLineEdit>("syncCa")->setText(c.caFile);
        QTest::mouseClick(find<QPushButton>("syncSaveConnection"), Qt::LeftButton);
        QVERIFY(find<QPushButton>("syncNow")->isEnabled());

        QVERIFY(m_a1->exec(QStringLiteral("INSERT INTO duty_logs (id, squad_id, date, at, text, updated_at, last_writer) "
                                          "VALUES ('log1', 's1', '2026-11-26', 'x', '交接班', 'T', 'a1')")));
        m_page->setContext({ m_a1->db.get(), nullptr, &m_leader, &m_a1->clock, m_settings.get() });
        QCOMPARE(find<QLabel>("syncPending")->text(), QStringLiteral("1"));
        QSignalSpy status(m_page.get(), &dd::ui::SyncPage::statusTextChanged);

        const SyncReport r = clickSyncNow();
        QVERIFY2(r.outcome == Outcome::Success, r.message.toUtf8());
        QCOMPARE(r.pushed, 1);
        QCOMPARE(r.pulled, 1); // a2's log
        QCOMPARE(find<QLabel>("syncPending")->text(), QStringLiteral("0"));
        QVERIFY(find<QLabel>("syncLastSuccess")->text() != QLatin1String("never"));
        QVERIFY(status.count() >= 1);
        QVERIFY2(m_page->statusText().contains(QLatin1String("0 pending")), qPrintable(m_page->statusText()));
        auto *log = find<QTableWidget>("syncLog");
        QVERIFY(log->rowCount() >= 1);
        QVERIFY2(log->item(0, 2)->text().contains(QLatin1String("sync done")), qPrintable(log->item(0, 2)->text()));
        QCOMPARE(m_a1->value(QStringLiteral("SELECT text FROM duty_logs WHERE id = 'log0'")), QStringLiteral("另一台终端的记录"));
    }

    void cancelStopsALongPushWithoutLosingAChange()
    {
        QVERIFY(m_a1->db->transaction([&]() -> dd::data::Status {
            QSqlQuery q(m_a1->db->connection());
            q.prepare(QStringLiteral("INSERT INTO duty_logs (id, squad_id, date, at, text, updated_at, last_writer) "
                                     "VALUES (?, 's1', '2026-11-26', 'x', '巡查', 'T', 'a1')"));
            for (int i = 0; i < 20000; ++i) {
                q.addBindValue(dd::data::Database::newId());
                if (!q.exec())
                    return dd::data::failure(q.lastError().text());
            }
            return dd::data::success();
        }));
        QSignalSpy finished(m_page.get(), &dd::ui::SyncPage::syncFinished);
        QTest::mouseClick(find<QPushButton>("syncNow"), Qt::LeftButton);
        QVERIFY(m_page->isRunning());
        QVERIFY(find<QPushButton>("syncCancel")->isEnabled());
        QTest::mouseClick(find<QPushButton>("syncCancel"), Qt::LeftButton);
        QVERIFY(finished.wait(60000));
        const SyncReport r = finished.at(0).at(0).value<SyncReport>();
        QVERIFY2(r.outcome == Outcome::Cancelled, r.message.toUtf8());
        const int pending = m_a1->value(QStringLiteral("SELECT count(*) FROM sync_outbox")).toInt();
        QVERIFY(pending > 0);
        // What the server acknowledged left the outbox; the rest goes with the next run.
        // (A batch applied at the server whose answer the cancel cut off is sent again and answered from the ledger.)
        QVERIFY(m_server.query(QStringLiteral("SELECT count(*) FROM dd_rows WHERE tbl = 'duty_logs'")).toInt() >= 2 + 20000 - pending);
        const SyncReport again = clickSyncNow();
        QVERIFY2(again.outcome == Outcome::Success, again.message.toUtf8());
        QCOMPARE(m_server.query(QStringLiteral("SELECT count(*) FROM dd_rows WHERE tbl = 'duty_logs'")), QStringLiteral("20002"));
    }

    void aConflictShowsAndCanBeReapplied()
    {
        QVERIFY(m_a2->sync().outcome == Outcome::Success);
        QVERIFY(m_a1->exec(QStringLiteral("UPDATE duty_logs SET text = '甲的版本' WHERE id = 'log1'")));
        QTest::qWait(5);
        QVERIFY(m_a2->exec(QStringLiteral("UPDATE duty_logs SET text = '乙的版本' WHERE id = 'log1'")));
        QVERIFY(m_a2->sync().outcome == Outcome::Success);
        const SyncReport r = clickSyncNow();
        QVERIFY2(r.outcome == Outcome::Success, r.message.toUtf8());
        auto *table = find<QTableWidget>("syncConflicts");
        QCOMPARE(table->rowCount(), 1);
        QCOMPARE(table->item(0, 3)->text(), QStringLiteral("text"));
        QCOMPARE(table->item(0, 4)->text(), QStringLiteral("\"甲的版本\""));
        QCOMPARE(find<QLabel>("syncConflictCount")->text(), QStringLiteral("1"));
        QCOMPARE(m_a1->value(QStringLiteral("SELECT text FROM duty_logs WHERE id = 'log1'")), QStringLiteral("乙的版本"));

        table->selectRow(0);
        QTest::mouseClick(find<QPushButton>("syncReapply"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 0);
        QCOMPARE(m_a1->value(QStringLiteral("SELECT text FROM duty_logs WHERE id = 'log1'")), QStringLiteral("甲的版本"));
        QCOMPARE(find<QLabel>("syncPending")->text(), QStringLiteral("1"));
        QVERIFY(clickSyncNow().outcome == Outcome::Success);
        QVERIFY(m_a2->sync().outcome == Outcome::Success);
        QCOMPARE(m_a2->value(QStringLiteral("SELECT text FROM duty_logs WHERE id = 'log1'")), QStringLiteral("甲的版本"));
    }

    void nightlyRunStartsAtTheConfiguredTime()
    {
        m_settings->setValue(dd::data::Settings::Key::NightlySyncTime, QTime(2, 0));
        const QTimeZone shanghai("Asia/Shanghai");
        // The last attempt was at the console's clock (about now). One minute before the first 02:00
        // after it: not yet. That night is tomorrow's only when the attempt was after 02:00 Shanghai
        // time; between midnight and 02:00 (16:00-18:00 UTC) it is tonight's.
        const QDateTime last = m_a1->clock.now().toTimeZone(shanghai);
        const QDate tomorrow = last.time() < QTime(2, 0) ? last.date() : last.date().addDays(1);
        m_a1->clock.set(QDateTime(tomorrow, QTime(1, 59), shanghai));
        m_page->checkNightly();
        QVERIFY(!m_page->isRunning());
        QSignalSpy finished(m_page.get(), &dd::ui::SyncPage::syncFinished);
        m_a1->clock.set(QDateTime(tomorrow, QTime(2, 1), shanghai));
        m_page->checkNightly();
        QVERIFY(m_page->isRunning());
        QVERIFY(finished.wait(60000));
        QVERIFY(finished.at(0).at(0).value<SyncReport>().outcome == Outcome::Success);
        // Done for this night: a second check does not run again.
        m_a1->clock.set(QDateTime(tomorrow, QTime(3, 0), shanghai));
        m_page->checkNightly();
        QVERIFY(!m_page->isRunning());
    }
    void aHeldRowShowsWithItsReason()
    {
        QCOMPARE(find<QLabel>("syncHeldCount")->text(), QStringLiteral("0"));
        QCOMPARE(find<QTableWidget>("syncHeld")->rowCount(), 0);
        // A newer district console's incident source this console's schema does not know.
        const qint64 hlc = m_centre->value(QStringLiteral("SELECT hlc FROM sync_clock")).toLongLong() + 1;
        const QJsonObject fields { { QStringLiteral("id"), QStringLiteral("inc-drone") },
                                   { QStringLiteral("source"), QStringLiteral("drone") },
                                   { QStringLiteral("squad_id"), QStringLiteral("s1") },
                                   { QStringLiteral("reported_at"), QStringLiteral("2026-11-26T08:00:00.000Z") },
                                   { QStringLiteral("updated_at"), QStringLiteral("2026-11-26T08:00:00.000Z") },
                                   { QStringLiteral("last_writer"), QStringLiteral("centre") } };
        const QJsonArray batch { QJsonObject { { QStringLiteral("change_id"), QStringLiteral("page-held-1") },
                                               { QStringLiteral("table"), QStringLiteral("incidents") },
                                               { QStringLiteral("row_id"), QStringLiteral("inc-drone") },
                                               { QStringLiteral("op"), QStringLiteral("upsert") },
                                               { QStringLiteral("hlc"), double(hlc) },
                                               { QStringLiteral("fields"), fields } } };
        auto t = SyncTransport::create(m_centre->config, m_centre->db->consoleId(), m_centre->db->schemaVersion());
        QVERIFY(t);
        const HttpReply pushed
            = (*t)->post(QStringLiteral("/v1/push"), QJsonDocument(batch).toJson(QJsonDocument::Compact));
        QVERIFY2(pushed.ok() && pushed.body.contains("applied"), pushed.body.constData());

        const SyncReport r = clickSyncNow();
        QVERIFY2(r.outcome == Outcome::Partial, r.message.toUtf8());
        QCOMPARE(r.held, 1);
        QCOMPARE(find<QLabel>("syncHeldCount")->text(), QStringLiteral("1 (see Held rows)"));
        auto *held = find<QTableWidget>("syncHeld");
        QCOMPARE(held->rowCount(), 1);
        QCOMPARE(held->item(0, 1)->text(), QStringLiteral("incidents"));
        QCOMPARE(held->item(0, 2)->text(), QStringLiteral("inc-drone"));
        QVERIFY2(held->item(0, 3)->text().contains(QLatin1String("CHECK constraint failed")),
                 qPrintable(held->item(0, 3)->text()));
        QCOMPARE(held->item(0, 4)->text(), QStringLiteral("1"));
        QVERIFY(!held->item(0, 0)->text().isEmpty());
        QVERIFY2(m_page->statusText().contains(QLatin1String("1 rows held")), qPrintable(m_page->statusText()));
        auto *log = find<QTableWidget>("syncLog");
        QVERIFY2(log->item(0, 2)->text().contains(QLatin1String("held: 1")), qPrintable(log->item(0, 2)->text()));

        // Tried again at the next run.
        QVERIFY(clickSyncNow().outcome == Outcome::Partial);
        QCOMPARE(find<QTableWidget>("syncHeld")->item(0, 4)->text(), QStringLiteral("2"));
    }
};

QTEST_MAIN(TestSyncPage)
#include "tst_syncpage.moc"
