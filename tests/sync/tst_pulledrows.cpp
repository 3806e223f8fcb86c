// SPDX-License-Identifier: GPL-3.0-or-later
// Pulled rows stored one by one (PulledRows, no server): a row the store refuses is held in sync_held
// with SQLite's message while the rows around it store; a newer version supersedes or replaces the held
// one; retrying stores what now fits and counts the attempts of what does not.
#include "data/clock.h"
#include "data/database.h"
#include "data/sync/pulledrows.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::data;
using namespace dd::data::sync;

class TestPulledRows : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    ManualClock m_clock { QDateTime(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC) };

    static QJsonObject incident(const QString &id, qint64 seq, const QString &source, const QString &ticket = QString())
    {
        return QJsonObject {
            { QStringLiteral("table"), QStringLiteral("incidents") },
            { QStringLiteral("id"), id },
            { QStringLiteral("seq"), seq },
            { QStringLiteral("deleted"), false },
            { QStringLiteral("data"),
              QJsonObject { { QStringLiteral("id"), id },
                            { QStringLiteral("source"), source },
                            { QStringLiteral("ticket_no"), ticket },
                            { QStringLiteral("title"), QStringLiteral("占道经营 %1").arg(id) },
                            { QStringLiteral("squad_id"), QStringLiteral("s1") },
                            { QStringLiteral("reported_at"), QStringLiteral("2026-11-26T08:00:00.000Z") },
                            { QStringLiteral("updated_at"), QStringLiteral("2026-11-26T08:00:00.000Z") },
                            { QStringLiteral("last_writer"), QStringLiteral("centre") } } },
        };
    }
    // Stores rows as a pull does: one transaction, foreign keys off, the outbox triggers quiet.
    QList<PulledRows::Outcome> storeAll(const QList<QJsonObject> &rows)
    {
        QList<PulledRows::Outcome> out;
        const Status s = inPull([&](PulledRows &writer) -> Status {
            for (const QJsonObject &row : rows) {
                auto r = writer.store(row);
                if (!r)
                    return failure(r.errorMessage());
                out << *r;
            }
            return success();
        });
        if (!s)
            qWarning().noquote() << s.errorMessage();
        return out;
    }
    // Retries the held rows as a pull does; false (with a warning) when the retry itself failed.
    bool retryHeld(PulledRows::Retried &retried)
    {
        const Status s = inPull([&](PulledRows &w) -> Status {
            auto r = w.retryHeld();
            if (!r)
                return failure(r.errorMessage());
            retried = *r;
            return success();
        });
        if (!s)
            qWarning().noquote() << s.errorMessage();
        return bool(s);
    }
    Status inPull(const std::function<Status(PulledRows &)> &work)
    {
        exec(QStringLiteral("PRAGMA foreign_keys = OFF"));
        Status s = m_db->transaction([&]() -> Status {
            exec(QStringLiteral("UPDATE sync_clock SET applying = 1"));
            {
                PulledRows writer(*m_db, m_clock);
                Status w = work(writer);
                if (!w)
                    return w;
            }
            exec(QStringLiteral("UPDATE sync_clock SET applying = 0"));
            return success();
        });
        exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        return s;
    }
    QString value(const QString &sql) const
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql) || !q.next())
            return QStringLiteral("<%1>").arg(q.lastError().text());
        return q.value(0).toString();
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db->connection());
        if (!q.exec(sql))
            qWarning().noquote() << sql << q.lastError().text();
    }

private slots:
    void init()
    {
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("p.sqlite")));
        auto db = Database::open(m_dir.filePath(QStringLiteral("p.sqlite")), Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
    }

    void aRefusedRowIsHeldAndItsNeighboursStore()
    {
        using O = PulledRows::Outcome;
        const auto outcomes = storeAll({ incident(QStringLiteral("i1"), 10, QStringLiteral("patrol")),
                                         incident(QStringLiteral("i2"), 11, QStringLiteral("radio")),
                                         incident(QStringLiteral("i3"), 12, QStringLiteral("video")) });
        QCOMPARE(outcomes, (QList<O> { O::Stored, O::Held, O::Stored }));
        QCOMPARE(value(QStringLiteral("SELECT group_concat(id) FROM (SELECT id FROM incidents ORDER BY id)")),
                 QStringLiteral("i1,i3"));
        QCOMPARE(value(QStringLiteral("SELECT tbl || ' ' || row_id || ' ' || seq || ' ' || attempts FROM sync_held")),
                 QStringLiteral("incidents i2 11 1"));
        QVERIFY2(
            value(QStringLiteral("SELECT message FROM sync_held")).contains(QLatin1String("CHECK constraint failed")),
            qPrintable(value(QStringLiteral("SELECT message FROM sync_held"))));
        QCOMPARE(value(QStringLiteral("SELECT json_extract(row_json, '$.data.source') FROM sync_held")),
                 QStringLiteral("radio"));
        QCOMPARE(value(QStringLiteral("SELECT first_seen FROM sync_held")), Database::timestamp(m_clock.now()));
        // Stored from the server: nothing to send back.
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM sync_outbox")), QStringLiteral("0"));
    }

    void theAppendOnlyTriggerAndAMissingValueAreHeldToo()
    {
        QVERIFY(
            m_db->executeScript("INSERT INTO incidents (id, source, reported_at, updated_at, last_writer) VALUES ('i', "
                                "'patrol', 'T', 'T', 'c');"
                                "INSERT INTO incident_events (id, incident_id, seq, at, kind, updated_at, last_writer)"
                                " VALUES ('e1', 'i', 1, 'T', 'file', 'T', 'c');"));
        exec(QStringLiteral("DELETE FROM sync_outbox"));
        const QJsonObject changed { { QStringLiteral("table"), QStringLiteral("incident_events") },
                                    { QStringLiteral("id"), QStringLiteral("e1") },
                                    { QStringLiteral("seq"), 20 },
                                    { QStringLiteral("deleted"), false },
                                    { QStringLiteral("data"),
                                      QJsonObject { { QStringLiteral("id"), QStringLiteral("e1") },
                                                    { QStringLiteral("note"), QStringLiteral("rewritten") } } } };
        QJsonObject tombstone { { QStringLiteral("table"), QStringLiteral("incident_events") },
                                { QStringLiteral("id"), QStringLiteral("e9") },
                                { QStringLiteral("seq"), 21 },
                                { QStringLiteral("deleted"), true } };
        QJsonObject noReportedAt = incident(QStringLiteral("i4"), 22, QStringLiteral("patrol"));
        QJsonObject data = noReportedAt.value(QStringLiteral("data")).toObject();
        data.remove(QStringLiteral("reported_at"));
        noReportedAt.insert(QStringLiteral("data"), data);
        // e9 does not exist here: deleting nothing is no refusal. e1 does: its tombstone is refused.
        QJsonObject e1Gone = tombstone;
        e1Gone.insert(QStringLiteral("id"), QStringLiteral("e1"));
        e1Gone.insert(QStringLiteral("seq"), 23);

        using O = PulledRows::Outcome;
        QCOMPARE(storeAll({ changed, tombstone, noReportedAt }), (QList<O> { O::Held, O::Stored, O::Held }));
        QVERIFY(value(QStringLiteral("SELECT message FROM sync_held WHERE row_id = 'e1'"))
                    .contains(QLatin1String("append-only")));
        QVERIFY(value(QStringLiteral("SELECT message FROM sync_held WHERE row_id = 'i4'"))
                    .contains(QLatin1String("NOT NULL constraint failed: incidents.reported_at")));
        QCOMPARE(value(QStringLiteral("SELECT note FROM incident_events WHERE id = 'e1'")), QString());

        // The newer version (a tombstone) fails too: it replaces the held one, first seen stays.
        const QString firstSeen = value(QStringLiteral("SELECT first_seen FROM sync_held WHERE row_id = 'e1'"));
        m_clock.advanceSeconds(3600);
        QCOMPARE(storeAll({ e1Gone }), (QList<O> { O::Held }));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM sync_held WHERE row_id = 'e1'")), QStringLiteral("1"));
        QCOMPARE(value(QStringLiteral("SELECT seq || ' ' || attempts || ' ' || json_extract(row_json, '$.deleted') "
                                      "FROM sync_held WHERE row_id = 'e1'")),
                 QStringLiteral("23 1 1"));
        QCOMPARE(value(QStringLiteral("SELECT first_seen FROM sync_held WHERE row_id = 'e1'")), firstSeen);
        QCOMPARE(value(QStringLiteral("SELECT last_tried FROM sync_held WHERE row_id = 'e1'")),
                 Database::timestamp(m_clock.now()));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM incident_events WHERE id = 'e1'")), QStringLiteral("1"));
    }

    void aNewerVersionThatStoresSupersedesTheHeldOne()
    {
        using O = PulledRows::Outcome;
        QCOMPARE(storeAll({ incident(QStringLiteral("i2"), 11, QStringLiteral("radio")) }), (QList<O> { O::Held }));
        QCOMPARE(storeAll({ incident(QStringLiteral("i2"), 15, QStringLiteral("patrol")) }), (QList<O> { O::Stored }));
        QCOMPARE(value(QStringLiteral("SELECT count(*) FROM sync_held")), QStringLiteral("0"));
        QCOMPARE(value(QStringLiteral("SELECT source FROM incidents WHERE id = 'i2'")), QStringLiteral("patrol"));
    }

    void retryStoresWhatNowFitsAndCountsTheRest()
    {
        // A local incident holds the ticket number the district's new one uses (a unique index here).
        QVERIFY(
            m_db->executeScript("INSERT INTO incidents (id, source, ticket_no, reported_at, updated_at, last_writer)"
                                " VALUES ('local', 'hotline_12345', 'T-77', 'T', 'T', 'a1');"));
        using O = PulledRows::Outcome;
        QCOMPARE(
            storeAll({ incident(QStringLiteral("dup"), 30, QStringLiteral("hotline_12345"), QStringLiteral("T-77")),
                       incident(QStringLiteral("bad"), 31, QStringLiteral("radio")) }),
            (QList<O> { O::Held, O::Held }));
        QVERIFY(value(QStringLiteral("SELECT message FROM sync_held WHERE row_id = 'dup'"))
                    .contains(QLatin1String("UNIQUE")));

        m_clock.advanceSeconds(60);
        PulledRows::Retried retried;
        QVERIFY(retryHeld(retried));
        QCOMPARE(retried.stored, 0);
        QCOMPARE(retried.stillHeld, 2);
        QCOMPARE(value(QStringLiteral("SELECT group_concat(attempts) FROM sync_held")), QStringLiteral("2,2"));
        QCOMPARE(value(QStringLiteral("SELECT last_tried FROM sync_held WHERE row_id = 'dup'")),
                 Database::timestamp(m_clock.now()));

        // The local ticket is corrected: the held row now stores and leaves sync_held; the other stays.
        exec(QStringLiteral("UPDATE incidents SET ticket_no = 'T-77a' WHERE id = 'local'"));
        QVERIFY(retryHeld(retried));
        QCOMPARE(retried.stored, 1);
        QCOMPARE(retried.stillHeld, 1);
        QCOMPARE(value(QStringLiteral("SELECT ticket_no FROM incidents WHERE id = 'dup'")), QStringLiteral("T-77"));
        QCOMPARE(value(QStringLiteral("SELECT row_id || ' ' || attempts FROM sync_held")), QStringLiteral("bad 3"));
    }
};

QTEST_GUILESS_MAIN(TestPulledRows)
#include "tst_pulledrows.moc"
