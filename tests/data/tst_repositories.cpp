// SPDX-License-Identifier: GPL-3.0-or-later
// Read paths over a small hand-made store: the district summary the main window shows, the table
// counts `dutydesk info` prints, and the reference-table reader.
#include "data/database.h"
#include "data/districtrepository.h"
#include "data/referencedata.h"
#include "data/storeinfo.h"

#include <QFile>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace dd::data;

namespace {

// Two towns inserted out of code order, a bureau squad, an inactive officer, a second smaller layer.
const char *const kSmallDistrict = R"SQL(
INSERT INTO district VALUES ('d', '310114', '嘉定区', 'T', 'c');
INSERT INTO towns (id, district_id, code, name, updated_at, last_writer) VALUES ('t2', 'd', '310114103', '安亭镇', 'T', 'c');
INSERT INTO towns (id, district_id, code, name, updated_at, last_writer) VALUES ('t1', 'd', '310114102', '南翔镇', 'T', 'c');
INSERT INTO communities (id, town_id, code, name, updated_at, last_writer) VALUES ('m1', 't1', '310114102001', 'a', 'T', 'c');
INSERT INTO communities (id, town_id, code, name, updated_at, last_writer) VALUES ('m2', 't1', '310114102002', 'b', 'T', 'c');
INSERT INTO communities (id, town_id, code, name, updated_at, last_writer) VALUES ('m3', 't2', '310114103001', 'c', 'T', 'c');
INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES ('s2', 'JD103', '安亭中队', 'town', 't2', 'T', 'c');
INSERT INTO squads (id, code, name, kind, town_id, updated_at, last_writer) VALUES ('s1', 'JD102', '南翔中队', 'town', 't1', 'T', 'c');
INSERT INTO squads (id, code, name, kind, updated_at, last_writer) VALUES ('s0', 'JD000', '直属中队', 'bureau', 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, updated_at, last_writer) VALUES ('o1', 'B1', '甲', 's1', 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, updated_at, last_writer) VALUES ('o2', 'B2', '乙', 's1', 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, active, updated_at, last_writer) VALUES ('o3', 'B3', '丙', 's1', 0, 'T', 'c');
INSERT INTO officers (id, badge_no, name, squad_id, updated_at, last_writer) VALUES ('o4', 'B4', '丁', 's0', 'T', 'c');
INSERT INTO grid_layers (id, name, crs, schematic, updated_at, last_writer) VALUES ('big', 'schematic', 'GCJ-02', 1, 'T', 'c');
INSERT INTO grid_layers (id, name, crs, schematic, updated_at, last_writer) VALUES ('small', 'trial', 'WGS84', 0, 'T', 'c');
INSERT INTO grid_cells (id, layer_id, code, town_id, geometry, min_x, min_y, max_x, max_y, centroid_x, centroid_y, updated_at, last_writer)
  VALUES ('c1', 'big', '310114102001001', 't1', '{}', 0, 0, 1, 1, 0.5, 0.5, 'T', 'c'),
         ('c2', 'big', '310114102001002', 't1', '{}', 1, 0, 2, 1, 1.5, 0.5, 'T', 'c'),
         ('c3', 'big', '310114103001001', 't2', '{}', 2, 0, 3, 1, 2.5, 0.5, 'T', 'c'),
         ('x1', 'small', '310114102001001', 't1', '{}', 0, 0, 1, 1, 0.5, 0.5, 'T', 'c');
)SQL";

} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStoreGivesEmptySummary();
    void summaryOfSmallDistrict();
    void storeInfoCountsOrdinaryTables();
    void csvReader_data();
    void csvReader();
    void jiadingReference();
    void eventCategories();
};

void TestRepositories::emptyStoreGivesEmptySummary()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("e.sqlite")), Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    auto s = DistrictRepository(*db.value()).summary();
    QVERIFY2(s, qPrintable(s.errorMessage()));
    QVERIFY(s->code.isEmpty());
    QVERIFY(s->towns.empty());
    QVERIFY(s->squads.empty());
    QCOMPARE(s->cellCount, 0);
}

void TestRepositories::summaryOfSmallDistrict()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    const auto loaded = db.value()->executeScript(kSmallDistrict);
    QVERIFY2(loaded, qPrintable(loaded.errorMessage()));

    auto s = DistrictRepository(*db.value()).summary();
    QVERIFY2(s, qPrintable(s.errorMessage()));
    QCOMPARE(s->code, QStringLiteral("310114"));
    QCOMPARE(s->name, QStringLiteral("嘉定区"));
    // The layer with most cells is the one described.
    QCOMPARE(s->crs, QStringLiteral("GCJ-02"));
    QVERIFY(s->schematicGeometry);
    QCOMPARE(s->cellCount, 3);
    QCOMPARE(s->officerCount, 3); // the inactive officer is not counted

    QCOMPARE(s->towns.size(), std::size_t(2));
    QCOMPARE(s->towns[0].code, QStringLiteral("310114102")); // ordered by code, not insertion
    QCOMPARE(s->towns[0].communityCount, 2);
    QCOMPARE(s->towns[0].cellCount, 2); // the other layer's cell is not counted
    QCOMPARE(s->towns[1].name, QStringLiteral("安亭镇"));
    QCOMPARE(s->towns[1].cellCount, 1);

    QCOMPARE(s->squads.size(), std::size_t(3));
    QCOMPARE(s->squads[0].code, QStringLiteral("JD000"));
    QVERIFY(s->squads[0].townCode.isEmpty());
    QCOMPARE(s->squads[0].officerCount, 1);
    QCOMPARE(s->squads[1].code, QStringLiteral("JD102"));
    QCOMPARE(s->squads[1].townCode, QStringLiteral("310114102"));
    QCOMPARE(s->squads[1].officerCount, 2);
    QCOMPARE(s->squads[2].officerCount, 0);
}

void TestRepositories::storeInfoCountsOrdinaryTables()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("s.sqlite")), Database::Mode::CreateIfMissing);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    QVERIFY(db.value()->executeScript(kSmallDistrict));

    auto info = inspectStore(*db.value());
    QVERIFY2(info, qPrintable(info.errorMessage()));
    QCOMPARE(info->integrity, QStringLiteral("ok"));
    QCOMPARE(info->schemaVersion, Database::latestSchemaVersion());
    QCOMPARE(info->consoleId, db.value()->consoleId());
    QHash<QString, qint64> counts;
    QStringList names;
    for (const TableCount &c : info->counts) {
        counts.insert(c.table, c.rows);
        names << c.table;
    }
    QStringList sorted = names;
    sorted.sort();
    QCOMPARE(names, sorted);
    QCOMPARE(counts.value(QStringLiteral("grid_cells")), 4);
    QCOMPARE(counts.value(QStringLiteral("officers")), 4);
    QCOMPARE(counts.value(QStringLiteral("towns")), 2);
    QCOMPARE(counts.value(QStringLiteral("schema_version")), Database::latestSchemaVersion());
    QVERIFY(counts.contains(QStringLiteral("incident_events")));
    QVERIFY(counts.contains(QStringLiteral("audit_log")));
    // The R*Tree and its shadow tables are an index, not data.
    for (const QString &name : names)
        QVERIFY2(!name.startsWith(QStringLiteral("grid_cells_rtree")) && !name.startsWith(QStringLiteral("sqlite_")),
                 qPrintable(name));
}

void TestRepositories::csvReader_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QStringList>("columns");
    QTest::addColumn<QString>("expected"); // rows joined by '|', fields by '/'; or "error: part of message"

    QTest::newRow("plain, columns reordered")
        << QByteArray("code,name,kind\n1,南翔镇,镇\n2,真新街道,街道\n")
        << QStringList { QStringLiteral("name"), QStringLiteral("code") } << QStringLiteral("南翔镇/1|真新街道/2");
    QTest::newRow("CR LF, BOM, blank line")
        << QByteArray("\xEF\xBB\xBF"
                      "code,name\r\n1,a\r\n\r\n2,b\r\n")
        << QStringList { QStringLiteral("code"), QStringLiteral("name") } << QStringLiteral("1/a|2/b");
    QTest::newRow("quoted comma and quote")
        << QByteArray("code,name\n1,\"道路遗撒,洒\"\n2,\"say \"\"hi\"\"\"\n") << QStringList { QStringLiteral("name") }
        << QStringLiteral("道路遗撒,洒|say \"hi\"");
    QTest::newRow("missing column") << QByteArray("code,name\n1,a\n") << QStringList { QStringLiteral("lon") }
                                    << QStringLiteral("error: line 1: no column \"lon\"");
    QTest::newRow("short row") << QByteArray("code,name\n1,a\n2\n") << QStringList { QStringLiteral("name") }
                               << QStringLiteral("error: line 3: no value for column \"name\"");
}

void TestRepositories::csvReader()
{
    QFETCH(QByteArray, content);
    QFETCH(QStringList, columns);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.csv"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
    }
    auto rows = ReferenceData::readCsv(path, columns);
    if (expected.startsWith(QStringLiteral("error: "))) {
        QVERIFY(!rows);
        QVERIFY2(rows.errorMessage().contains(expected.mid(7)), qPrintable(rows.errorMessage()));
        QVERIFY2(rows.errorMessage().contains(path), qPrintable(rows.errorMessage()));
        return;
    }
    QVERIFY2(rows, qPrintable(rows.errorMessage()));
    QStringList joined;
    for (const QStringList &r : rows.value())
        joined << r.join(QLatin1Char('/'));
    QCOMPARE(joined.join(QLatin1Char('|')), expected);
}

void TestRepositories::jiadingReference()
{
    auto ref = ReferenceData::jiading();
    QVERIFY2(ref, qPrintable(ref.errorMessage()));
    QCOMPARE(ref->code, QStringLiteral("310114"));
    QCOMPARE(ref->towns.size(), std::size_t(12));
    QCOMPARE(ref->communities.size(), std::size_t(399));
    QSet<QString> towns;
    for (const TownRecord &t : ref->towns) {
        towns.insert(t.code);
        // Every seat inside Jiading's rough bounding box (the seats are approximate, ~1 km).
        QVERIFY2(t.seatLon > 121.0 && t.seatLon < 121.45 && t.seatLat > 31.2 && t.seatLat < 31.55, qPrintable(t.code));
    }
    QVERIFY(towns.contains(QStringLiteral("310114102")));
    QSet<QString> codes;
    for (const CommunityRecord &c : ref->communities) {
        QVERIFY(towns.contains(c.townCode));
        QVERIFY(c.code.startsWith(c.townCode));
        codes.insert(c.code);
    }
    QCOMPARE(codes.size(), 399);
}

void TestRepositories::eventCategories()
{
    auto list = ReferenceData::eventCategories();
    QVERIFY2(list, qPrintable(list.errorMessage()));
    QCOMPARE(list->size(), std::size_t(97));
    QSet<QString> majors;
    for (const CategoryRecord &c : list.value()) {
        QCOMPARE(c.code.size(), 5);
        QVERIFY(c.code.startsWith(c.majorClassCode));
        majors.insert(c.majorClassCode);
    }
    QCOMPARE(majors,
             (QSet<QString> { QStringLiteral("06"), QStringLiteral("07"), QStringLiteral("08"), QStringLiteral("09"),
                              QStringLiteral("10") }));
}

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
