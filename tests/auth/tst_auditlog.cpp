// SPDX-License-Identifier: GPL-3.0-or-later
// The audit log: append-only in the file itself, filters, CSV export (quoted, formula-safe, with a
// BOM) that is itself audited.
#include "authfixture.h"
#include "data/auth/auditlog.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace dd::data;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void appendOnly();
    void filters_data();
    void filters();
    void csvExport();

private:
    std::unique_ptr<authtest::Store> m_store;
};

void TestAuditLog::init()
{
    m_store = std::make_unique<authtest::Store>();
    QVERIFY(m_store->open());
    // Events at known times, by names without accounts (audit entries outlive users).
    AuditLog log(*m_store->db, m_store->clock);
    m_store->clock.set(QDateTime(QDate(2026, 3, 1), QTime(1, 0), Qt::UTC));
    QVERIFY(log.append(QString(), QStringLiteral("alice"), QStringLiteral("roster.publish"), QStringLiteral("rosters"),
                       QStringLiteral("r-1"), QJsonObject { { QStringLiteral("squad"), QStringLiteral("JD102") } }));
    m_store->clock.set(QDateTime(QDate(2026, 3, 1), QTime(2, 0), Qt::UTC));
    QVERIFY(log.append(QString(), QStringLiteral("mallory"), QStringLiteral("signin.failure"), QStringLiteral("users"),
                       QString(), QJsonObject { { QStringLiteral("reason"), QStringLiteral("unknown_user") } }));
    m_store->clock.set(QDateTime(QDate(2026, 3, 2), QTime(3, 0), Qt::UTC));
    QVERIFY(log.append(QString(), QStringLiteral("alice"), QStringLiteral("signin.success"), QStringLiteral("users"),
                       QString(), QJsonObject()));
    QVERIFY(log.append(QString(), QStringLiteral("=cmd|' /C calc'!A0"), QStringLiteral("incident.dispatch"),
                       QStringLiteral("incidents"), QStringLiteral("i-9"),
                       QJsonObject { { QStringLiteral("note"), QStringLiteral("line one, \"quoted\"\n王伟") } }));
}

void TestAuditLog::cleanup()
{
    m_store.reset();
}

void TestAuditLog::appendOnly()
{
    QSqlQuery q(m_store->db->connection());
    QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET action = 'nothing' WHERE user_name = 'alice'")));
    QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE user_name = 'mallory'")));
    QCOMPARE(m_store->count(QStringLiteral("SELECT count(*) FROM audit_log WHERE user_name = 'mallory'")), 1);
}

void TestAuditLog::filters_data()
{
    QTest::addColumn<QDateTime>("from");
    QTest::addColumn<QDateTime>("to");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // actions, newest first

    const QDateTime march1(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    const QDateTime march2(QDate(2026, 3, 2), QTime(0, 0), Qt::UTC);
    QTest::newRow("one day") << march1 << march2 << QString() << QString() << QString()
                             << QStringList { QStringLiteral("signin.failure"), QStringLiteral("roster.publish") };
    QTest::newRow("user") << QDateTime() << QDateTime() << QStringLiteral("alice") << QString() << QString()
                          << QStringList { QStringLiteral("signin.success"), QStringLiteral("roster.publish") };
    QTest::newRow("action prefix") << march1 << QDateTime() << QString() << QStringLiteral("signin.") << QString()
                                   << QStringList { QStringLiteral("signin.success"),
                                                    QStringLiteral("signin.failure") };
    QTest::newRow("exact action") << march1 << QDateTime() << QString() << QStringLiteral("signin.failure") << QString()
                                  << QStringList { QStringLiteral("signin.failure") };
    QTest::newRow("text in detail") << QDateTime() << QDateTime() << QString() << QString() << QStringLiteral("JD102")
                                    << QStringList { QStringLiteral("roster.publish") };
    QTest::newRow("text in entity id") << QDateTime() << QDateTime() << QString() << QString() << QStringLiteral("i-9")
                                       << QStringList { QStringLiteral("incident.dispatch") };
}

void TestAuditLog::filters()
{
    QFETCH(QDateTime, from);
    QFETCH(QDateTime, to);
    QFETCH(QString, user);
    QFETCH(QString, action);
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    AuditFilter f;
    f.from = from;
    f.to = to;
    f.userName = user;
    f.action = action;
    f.text = text;
    auto entries = AuditLog(*m_store->db, m_store->clock).query(m_store->admin, f);
    QVERIFY2(entries, qPrintable(entries.errorMessage()));
    QStringList actions;
    for (const AuditEntry &e : entries.value())
        actions << e.action;
    QCOMPARE(actions, expected);
}

void TestAuditLog::csvExport()
{
    AuditFilter f;
    f.from = QDateTime(QDate(2026, 3, 1), QTime(0, 0), Qt::UTC);
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    auto rows = AuditLog(*m_store->db, m_store->clock).exportCsv(m_store->admin, f, buffer);
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QCOMPARE(rows.value(), 4);
    const QByteArray bytes = buffer.data();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // UTF-8 BOM
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QCOMPARE(lines.first(), QStringLiteral("time,user,action,entity,entity_id,console,detail"));
    // Local (Asia/Shanghai) time, newest first; the formula-like user name is defused; quotes doubled.
    QVERIFY2(lines.at(1).startsWith(
                 QStringLiteral("2026-03-02 11:00:00,'=cmd|' /C calc'!A0,incident.dispatch,incidents,i-9,")),
             qPrintable(lines.at(1)));
    QVERIFY2(text.contains(QStringLiteral("\"{\"\"note\"\":\"\"line one, \\\"\"quoted\\\"\"\\n王伟\"\"}\"")),
             qPrintable(text));
    QVERIFY(lines.at(4).startsWith(QStringLiteral("2026-03-01 09:00:00,alice,roster.publish,rosters,r-1,")));
    // The export is on record with its filter.
    QCOMPARE(m_store->count(
                 QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'audit.export' AND user_name = 'root'"
                                " AND detail LIKE '%\"rows\":4%'")),
             1);
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
