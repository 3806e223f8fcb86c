// SPDX-License-Identifier: GPL-3.0-or-later
// The rules schema v1 enforces by itself: append-only history and audit, frozen published rosters,
// foreign keys and consistency checks. Each refused statement has an allowed twin, so a row passes
// only because the rule (not a typo) refuses it.
#include "data/database.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using dd::data::Database;

namespace {

// A small store with one of everything the statements below refer to.
const char *const kFixture = R"SQL(
INSERT INTO district VALUES ('d', '310114', '嘉定区', 'T', 'c');
INSERT INTO towns (id, district_id, code, name, updated_at, last_writer) VALUES ('t', 'd', '310114102', '南翔镇', 'T', 'c');
INSERT INTO communities (id, town_id, code, name, updated_at, last_writer) VALUES ('m', 't', '310114102001', '社区', 'T', 'c');
INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES ('s', 'JD102', '南翔中队', 'town', 't', 'T', 'c');
INSERT INTO grid_layers (id, name, crs, schematic, updated_at, last_writer) VALUES ('l', 'schematic', 'GCJ-02', 1, 'T', 'c');
INSERT INTO grid_cells (id, layer_id, code, town_id, community_id, squad_id, geometry, min_x, min_y, max_x, max_y,
    centroid_x, centroid_y, updated_at, last_writer)
  VALUES ('cell', 'l', '310114102001001', 't', 'm', 's', '{}', 121.30, 31.29, 121.31, 31.30, 121.305, 31.295, 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, updated_at, last_writer) VALUES ('o', 'JD01001', '王伟', 's', 'T', 'c');
INSERT INTO users (id, username, display_name, updated_at, last_writer) VALUES ('u', 'leader', '王伟', 'T', 'c');
INSERT INTO shift_types (id, code, name, start_minute, length_minutes, crosses_midnight, updated_at, last_writer)
  VALUES ('sh', 'D', '白班', 510, 510, 0, 'T', 'c');
INSERT INTO rosters (id, squad_id, period_start, period_end, version, status, updated_at, last_writer)
  VALUES ('draft', 's', '2026-03-02', '2026-03-08', 1, 'draft', 'T', 'c');
INSERT INTO rosters (id, squad_id, period_start, period_end, version, status, updated_at, last_writer)
  VALUES ('pub', 's', '2026-03-02', '2026-03-08', 2, 'draft', 'T', 'c');
INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, updated_at, last_writer)
  VALUES ('a-draft', 'draft', 'o', '2026-03-02', 'sh', 'T', 'c');
INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, updated_at, last_writer)
  VALUES ('a-pub', 'pub', 'o', '2026-03-02', 'sh', 'T', 'c');
UPDATE rosters SET status = 'published', published_at = '2026-03-01T02:00:00.000Z', published_by = 'u' WHERE id = 'pub';
INSERT INTO incidents (id, source, reported_at, updated_at, last_writer) VALUES ('i', 'hotline_12345', 'T', 'T', 'c');
INSERT INTO incident_events (id, incident_id, seq, at, kind, to_status, updated_at, last_writer)
  VALUES ('e1', 'i', 1, 'T', 'collect', 'collected', 'T', 'c');
INSERT INTO audit_log (id, at, action, updated_at, last_writer) VALUES ('au', 'T', 'roster.publish', 'T', 'c');
)SQL";

} // namespace

class TestSchema : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void rule_data();
    void rule();
    void spatialIndexFollowsCells();
    void everyRecordTableSyncsOrIsLocal();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestSchema::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(m_dir->filePath(QStringLiteral("s.sqlite")), Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
    const auto loaded = m_db->executeScript(kFixture);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));
}

void TestSchema::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestSchema::rule_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("allowed");
    QTest::addColumn<QString>("message"); // part of the refusal, when refused

    QTest::newRow("event: append") << QStringLiteral(
        "INSERT INTO incident_events (id, incident_id, seq, at, kind, updated_at, last_writer) VALUES ('e2', 'i', 2, "
        "'T', 'file', 'T', 'c')") << true
                                   << QString();
    QTest::newRow("event: update refused")
        << QStringLiteral("UPDATE incident_events SET note = 'rewritten' WHERE id = 'e1'") << false
        << QStringLiteral("append-only");
    QTest::newRow("event: delete refused")
        << QStringLiteral("DELETE FROM incident_events WHERE id = 'e1'") << false << QStringLiteral("append-only");
    QTest::newRow("incident with history: delete refused")
        << QStringLiteral("DELETE FROM incidents WHERE id = 'i'") << false << QString();
    QTest::newRow("incident: status cache update")
        << QStringLiteral("UPDATE incidents SET status = 'filed' WHERE id = 'i'") << true << QString();
    QTest::newRow("audit: append") << QStringLiteral(
        "INSERT INTO audit_log (id, at, action, updated_at, last_writer) VALUES ('au2', 'T', 'x', 'T', 'c')")
                                   << true << QString();
    QTest::newRow("audit: update refused") << QStringLiteral("UPDATE audit_log SET action = 'nothing' WHERE id = 'au'")
                                           << false << QStringLiteral("append-only");
    QTest::newRow("audit: delete refused")
        << QStringLiteral("DELETE FROM audit_log") << false << QStringLiteral("append-only");

    QTest::newRow("draft roster: edit assignment")
        << QStringLiteral("UPDATE roster_assignments SET locked = 1 WHERE id = 'a-draft'") << true << QString();
    QTest::newRow("published roster: edit assignment refused")
        << QStringLiteral("UPDATE roster_assignments SET locked = 1 WHERE id = 'a-pub'") << false
        << QStringLiteral("published");
    QTest::newRow("published roster: delete assignment refused")
        << QStringLiteral("DELETE FROM roster_assignments WHERE id = 'a-pub'") << false << QStringLiteral("published");
    QTest::newRow("published roster: add assignment refused") << QStringLiteral(
        "INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, updated_at, last_writer)"
        " VALUES ('a2', 'pub', 'o', '2026-03-03', 'sh', 'T', 'c')")
                                                              << false << QStringLiteral("published");
    QTest::newRow("published roster: unpublish refused")
        << QStringLiteral("UPDATE rosters SET note = 'x' WHERE id = 'pub'") << false << QStringLiteral("published");
    QTest::newRow("draft roster: publish")
        << QStringLiteral("UPDATE rosters SET status = 'published', published_at = 'T' WHERE id = 'draft'") << true
        << QString();
    QTest::newRow("published without time refused")
        << QStringLiteral("UPDATE rosters SET status = 'published' WHERE id = 'draft'") << false
        << QStringLiteral("CHECK");
    QTest::newRow("second shift the same day refused") << QStringLiteral(
        "INSERT INTO roster_assignments (id, roster_id, officer_id, date, shift_type_id, updated_at, last_writer)"
        " VALUES ('a3', 'draft', 'o', '2026-03-02', 'sh', 'T', 'c')")
                                                       << false << QStringLiteral("UNIQUE");

    QTest::newRow("night shift crossing midnight")
        << QStringLiteral("INSERT INTO shift_types (id, code, name, start_minute, length_minutes, crosses_midnight, "
                          "updated_at, last_writer)"
                          " VALUES ('n', 'N', '夜班', 1200, 720, 1, 'T', 'c')")
        << true << QString();
    QTest::newRow("night shift claiming not to cross refused")
        << QStringLiteral("INSERT INTO shift_types (id, code, name, start_minute, length_minutes, crosses_midnight, "
                          "updated_at, last_writer)"
                          " VALUES ('n', 'N', '夜班', 1200, 720, 0, 'T', 'c')")
        << false << QStringLiteral("CHECK");

    QTest::newRow("event zone with grade")
        << QStringLiteral("INSERT INTO posts (id, squad_id, code, name, kind, grade, updated_at, last_writer)"
                          " VALUES ('p', 's', 'E1', '核心区', 'event_zone', 'core', 'T', 'c')")
        << true << QString();
    QTest::newRow("event zone without grade refused")
        << QStringLiteral("INSERT INTO posts (id, squad_id, code, name, kind, updated_at, last_writer)"
                          " VALUES ('p', 's', 'E1', '核心区', 'event_zone', 'T', 'c')")
        << false << QStringLiteral("CHECK");
    QTest::newRow("patrol sector with grade refused")
        << QStringLiteral("INSERT INTO posts (id, squad_id, code, name, kind, grade, updated_at, last_writer)"
                          " VALUES ('p', 's', 'P1', '责任区', 'patrol_sector', 'core', 'T', 'c')")
        << false << QStringLiteral("CHECK");

    QTest::newRow("category in working days")
        << QStringLiteral("INSERT INTO incident_categories (id, code, major_class_code, major_class, name, "
                          "limit_amount, limit_unit, clock,"
                          " updated_at, last_writer) VALUES ('k', '06001', '06', '市容环境类', '私搭乱建', 2, 'day', "
                          "'working_days', 'T', 'c')")
        << true << QString();
    QTest::newRow("category: working days counted in hours refused")
        << QStringLiteral("INSERT INTO incident_categories (id, code, major_class_code, major_class, name, "
                          "limit_amount, limit_unit, clock,"
                          " updated_at, last_writer) VALUES ('k', '06001', '06', '市容环境类', '私搭乱建', 2, 'hour', "
                          "'working_days', 'T', 'c')")
        << false << QStringLiteral("CHECK");
    QTest::newRow("category: unknown clock refused")
        << QStringLiteral("INSERT INTO incident_categories (id, code, major_class_code, major_class, name, "
                          "limit_amount, limit_unit, clock,"
                          " updated_at, last_writer) VALUES ('k', '06001', '06', '市容环境类', '私搭乱建', 2, 'hour', "
                          "'office_hours', 'T', 'c')")
        << false << QStringLiteral("CHECK");

    QTest::newRow("cell in a known town") << QStringLiteral(
        "INSERT INTO grid_cells (id, layer_id, code, town_id, geometry, min_x, min_y, max_x, max_y, centroid_x, "
        "centroid_y,"
        " updated_at, last_writer) VALUES ('c2', 'l', '310114102001002', 't', '{}', 0, 0, 1, 1, 0.5, 0.5, 'T', 'c')")
                                          << true << QString();
    QTest::newRow("cell in an unknown town refused")
        << QStringLiteral("INSERT INTO grid_cells (id, layer_id, code, town_id, geometry, min_x, min_y, max_x, max_y, "
                          "centroid_x, centroid_y,"
                          " updated_at, last_writer) VALUES ('c2', 'l', '310114102001002', 'nowhere', '{}', 0, 0, 1, "
                          "1, 0.5, 0.5, 'T', 'c')")
        << false << QStringLiteral("FOREIGN KEY");
    QTest::newRow("duplicate cell code in a layer refused") << QStringLiteral(
        "INSERT INTO grid_cells (id, layer_id, code, town_id, geometry, min_x, min_y, max_x, max_y, centroid_x, "
        "centroid_y,"
        " updated_at, last_writer) VALUES ('c2', 'l', '310114102001001', 't', '{}', 0, 0, 1, 1, 0.5, 0.5, 'T', 'c')")
                                                            << false << QStringLiteral("UNIQUE");
    QTest::newRow("town squad without town refused")
        << QStringLiteral("INSERT INTO squads (id, code, name, kind, updated_at, last_writer) VALUES ('s2', 'JD999', "
                          "'x', 'town', 'T', 'c')")
        << false << QStringLiteral("CHECK");
    QTest::newRow("bureau squad without town")
        << QStringLiteral("INSERT INTO squads (id, code, name, kind, updated_at, last_writer) VALUES ('s2', 'JD000', "
                          "'直属中队', 'bureau', 'T', 'c')")
        << true << QString();
}

void TestSchema::rule()
{
    QFETCH(QString, sql);
    QFETCH(bool, allowed);
    QFETCH(QString, message);
    QSqlQuery q(m_db->connection());
    const bool ok = q.exec(sql);
    QVERIFY2(ok == allowed, qPrintable(q.lastError().text()));
    if (!allowed) {
        QVERIFY2(q.lastError().text().contains(message), qPrintable(q.lastError().text()));
    }
    // Refusals must leave the protected rows as they were.
    QSqlQuery check(m_db->connection());
    QVERIFY(check.exec(QStringLiteral("SELECT (SELECT count(*) FROM incident_events WHERE id = 'e1' AND note = ''),"
                                      " (SELECT count(*) FROM audit_log WHERE id = 'au' AND action = 'roster.publish'),"
                                      " (SELECT count(*) FROM roster_assignments WHERE id = 'a-pub' AND locked = 0)")));
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toInt(), 1);
    QCOMPARE(check.value(1).toInt(), 1);
    QCOMPARE(check.value(2).toInt(), 1);
}

void TestSchema::spatialIndexFollowsCells()
{
    QSqlQuery q(m_db->connection());
    auto hits = [&](double x, double y) -> QString {
        QSqlQuery r(m_db->connection());
        r.prepare(QStringLiteral("SELECT group_concat(cell_id) FROM grid_cells_rtree WHERE min_x <= ? AND max_x >= ? "
                                 "AND min_y <= ? AND max_y >= ?"));
        r.addBindValue(x);
        r.addBindValue(x);
        r.addBindValue(y);
        r.addBindValue(y);
        if (!r.exec() || !r.next())
            return QStringLiteral("error: ") + r.lastError().text();
        return r.value(0).toString();
    };
    QCOMPARE(hits(121.305, 31.295), QStringLiteral("cell"));
    QVERIFY(
        q.exec(QStringLiteral("UPDATE grid_cells SET min_x = 0, max_x = 1, min_y = 0, max_y = 1 WHERE id = 'cell'")));
    QCOMPARE(hits(121.305, 31.295), QString());
    QCOMPARE(hits(0.5, 0.5), QStringLiteral("cell"));
    QVERIFY(q.exec(QStringLiteral("DELETE FROM grid_cells WHERE id = 'cell'")));
    QCOMPARE(hits(0.5, 0.5), QString());
}

// A table whose rows carry last_writer is a district record: it must be in sync_tables (so its
// changes reach the district server) or be one of the tables that stay on the console on purpose.
// A migration that adds a record table without joining sync fails here, not silently in the field.
void TestSchema::everyRecordTableSyncsOrIsLocal()
{
    const QStringList local {
        // accounts and sign-in state stay on each console (docs/SECURITY.md, docs/SYNC.md)
        QStringLiteral("users"), QStringLiteral("roles"), QStringLiteral("user_roles"),
        QStringLiteral("password_history"), QStringLiteral("sign_in_state"), QStringLiteral("account_policy"),
        // rows from the district this console cannot store, kept until they store (docs/SYNC.md)
        QStringLiteral("sync_held"),
    };
    QSqlQuery q(m_db->connection());
    QVERIFY2(q.exec(QStringLiteral("SELECT m.name, (SELECT count(*) FROM sync_tables s WHERE s.name = m.name)"
                                   " FROM sqlite_master m WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%'"
                                   " AND EXISTS (SELECT 1 FROM pragma_table_info(m.name) c WHERE c.name = 'last_writer')"
                                   " ORDER BY m.name")),
             qPrintable(q.lastError().text()));
    QStringList missing;
    int synced = 0;
    while (q.next()) {
        const QString table = q.value(0).toString();
        if (q.value(1).toInt() > 0)
            ++synced;
        else if (!local.contains(table))
            missing << table;
    }
    QVERIFY2(missing.isEmpty(), qPrintable(QLatin1String("not in sync_tables: ") + missing.join(QLatin1String(", "))));
    QVERIFY(synced >= 25); // the core tables, incidents, rosters and the roster-planning tables
    // The local bookkeeping tables carry no last_writer; the held rows must never travel either.
    QVERIFY(q.exec(QStringLiteral("SELECT (SELECT count(*) FROM sqlite_master WHERE name = 'sync_held'),"
                                  " (SELECT count(*) FROM sync_tables WHERE name = 'sync_held')")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toInt(), 1);
    QCOMPARE(q.value(1).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestSchema)
#include "tst_schema.moc"
