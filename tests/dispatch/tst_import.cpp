// SPDX-License-Identifier: GPL-3.0-or-later
// Bulk import of hotline work orders into the demo district: the messy 12345 sample in UTF-8 and
// GB18030, idempotent re-import, an updated ticket appending history, every kind of bad row
// rejected with its line and exported, nothing written when the import is cancelled, JSON input.
#include "data/auth/role.h"
#include "data/incidents/incidentimport.h"
#include "data/incidents/incidentrepository.h"
#include "dispatchfixture.h"

#include <QBuffer>
#include <QFile>
#include <QTest>

using namespace dd::data;

namespace {

QString dataFile(const char *name)
{
    return QStringLiteral(DUTYDESK_SOURCE_DIR "/tests/dispatch/data/") + QLatin1String(name);
}

QString reasons(const ImportReport &r)
{
    QStringList out;
    for (const ImportRejection &x : r.rejections)
        out << QStringLiteral("%1: %2").arg(x.line).arg(x.reason);
    return out.join(QLatin1Char('\n'));
}

} // namespace

class TestImport : public QObject
{
    Q_OBJECT

private:
    dispatchtest::Store store;
    Session centre;
    ImportMapping mapping;

    int count(const QString &sql, const QVariantList &v = {}) { return store.scalar(sql, v).toInt(); }

private slots:
    void initTestCase()
    {
        QVERIFY(store.open());
        centre = store.session(QStringLiteral("t.centre"), { { Role::CentreDispatcher, QString() } });
        auto m = ImportMapping::load(QStringLiteral("hotline-12345"));
        QVERIFY2(m, qPrintable(m.errorMessage()));
        mapping = m.value();
    }

    void sampleImportsAndReimportsIdempotently()
    {
        IncidentImporter importer(*store.db, store.clock);
        const int before = count(QStringLiteral("SELECT COUNT(*) FROM incidents"));
        const QString outboxCount = QStringLiteral("SELECT COUNT(*) FROM sync_outbox WHERE tbl = ?");
        const int outboxIncidents = count(outboxCount, { QStringLiteral("incidents") });
        const int outboxEvents = count(outboxCount, { QStringLiteral("incident_events") });
        auto first = importer.importFile(centre, dataFile("sample_12345_utf8.csv"), mapping);
        QVERIFY2(first, qPrintable(first.errorMessage()));
        QVERIFY2(first->rejections.size() == 4, qPrintable(reasons(first.value())));
        // 31 rows: 4 bad, one ticket sent twice (the second time with a new description).
        QCOMPARE(first->imported, 26);
        QCOMPARE(first->updated, 1);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incidents")), before + 26);
        // Line numbers count the multi-line description of line 13 (lines 13–15).
        QCOMPARE(first->rejections[0].line, 19);
        QVERIFY(first->rejections[0].reason.contains(QStringLiteral("99999")));
        QCOMPARE(first->rejections[1].line, 23);
        QVERIFY(first->rejections[1].reason.contains(QStringLiteral("date")));
        QCOMPARE(first->rejections[2].line, 26);
        QVERIFY(first->rejections[2].reason.contains(QStringLiteral("outside")));
        QCOMPARE(first->rejections[3].line, 30);
        QVERIFY(first->rejections[3].reason.contains(QStringLiteral("ticket")));
        // The update appended to the history and changed the description.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incident_events e JOIN incidents i ON i.id = e.incident_id "
                                      "WHERE i.ticket_no = '26110805300006' AND e.kind = 'update'")),
                 1);
        QVERIFY(store.scalar(QStringLiteral("SELECT description FROM incidents WHERE ticket_no = '26110805300006'"))
                    .toString()
                    .contains(QStringLiteral("再次来电")));
        // New tickets are written in bulk, the update after them: the history is in order, …
        QCOMPARE(store.scalar(QStringLiteral("SELECT group_concat(seq || ' ' || kind, ', ') FROM (SELECT e.seq, e.kind "
                                             "FROM incident_events e JOIN incidents i ON i.id = e.incident_id "
                                             "WHERE i.ticket_no = '26110805300006' ORDER BY e.seq)"))
                     .toString(),
                 QStringLiteral("1 file, 2 update"));
        // … every written row reached the sync outbox (26 new incidents and one update; 27 events), …
        QCOMPARE(count(outboxCount, { QStringLiteral("incidents") }), outboxIncidents + 27);
        QCOMPARE(count(outboxCount, { QStringLiteral("incident_events") }), outboxEvents + 27);
        // … and the staging table is gone.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM temp.sqlite_master WHERE name = 'import_stage'")), 0);
        // The row without coordinates was located by its town.
        QVERIFY(!store.scalar(QStringLiteral("SELECT cell_id FROM incidents WHERE ticket_no = '26110208560004'")).isNull());
        // Urgency, reporter and the 12319 source came through the mapping.
        QCOMPARE(store.scalar(QStringLiteral("SELECT source || ' ' || urgency FROM incidents WHERE ticket_no = '26110507170002'"))
                     .toString(),
                 QStringLiteral("hotline_12319 urgent"));
        // The other date format (2026/11/05 9:07) was read as Shanghai time.
        QCOMPARE(store.scalar(QStringLiteral("SELECT reported_at FROM incidents WHERE ticket_no = '26110418480008'")).toString(),
                 QStringLiteral("2026-11-05T01:07:00.000Z"));

        const int events = count(QStringLiteral("SELECT COUNT(*) FROM incident_events"));
        auto second = importer.importFile(centre, dataFile("sample_12345_utf8.csv"), mapping);
        QVERIFY(second);
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->updated, 0);
        QCOMPARE(second->unchanged, 27);
        QCOMPARE(int(second->rejections.size()), 4);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incidents")), before + 26);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incident_events")), events);

        // The GB18030 copy holds the same rows: recognised as GB18030, nothing new.
        auto gb = importer.importFile(centre, dataFile("sample_12345_gb18030.csv"), mapping);
        QVERIFY2(gb, qPrintable(gb.errorMessage()));
        QCOMPARE(gb->imported, 0);
        QCOMPARE(gb->updated, 0);
        QCOMPARE(gb->unchanged, 27);
        auto table = IncidentImporter::readTable(
            [] {
                QFile f(dataFile("sample_12345_gb18030.csv"));
                return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            }(),
            mapping, QStringLiteral("gb"));
        QVERIFY(table);
        QCOMPARE(table->encoding, QStringLiteral("GB18030"));
        QCOMPARE(table->header.value(0), QStringLiteral("工单编号"));
        QCOMPARE(table->rows[0].value(6), QStringLiteral("徐行镇"));
    }

    void gb18030ImportsIntoAnEmptyStore()
    {
        dispatchtest::Store other;
        QVERIFY(other.open());
        IncidentImporter importer(*other.db, other.clock);
        const Session s = other.session(QStringLiteral("t.centre"), { { Role::CentreDispatcher, QString() } });
        auto r = importer.importFile(s, dataFile("sample_12345_gb18030.csv"), mapping);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, 26);
        QCOMPARE(r->updated, 1);
        QCOMPARE(int(r->rejections.size()), 4);
        QVERIFY(other.scalar(QStringLiteral("SELECT description FROM incidents WHERE ticket_no = '26110611280009'"))
                    .toString() == QStringLiteral("工地施工废料倾倒在河道边"));
    }

    void everyKindOfBadRowIsRejectedWithItsLine()
    {
        IncidentImporter importer(*store.db, store.clock);
        auto r = importer.importFile(centre, dataFile("bad_rows.csv"), mapping);
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, 3);
        const QStringList expected = {
            QStringLiteral("3: missing ticket number"),
            QStringLiteral("4: unparseable date “2026-02-30 10:00:00”"),
            QStringLiteral("5: unparseable date “yesterday”"),
            QStringLiteral("6: unknown category “12345”"),
            QStringLiteral("7: coordinates 121.900000, 31.900000 outside the district"),
            QStringLiteral("8: coordinates “abc, 31.4” are not numbers"),
            QStringLiteral("9: unknown source “微博” (add it to the mapping's sources)"),
            QStringLiteral("10: no location: no coordinates, and the address names no known town or community"),
            QStringLiteral("11: coordinates in WGS84, expected GCJ-02"),
        };
        QCOMPARE(reasons(r.value()), expected.join(QLatin1Char('\n')));
        QCOMPARE(store.scalar(QStringLiteral("SELECT description FROM incidents WHERE ticket_no = '90000000000011'")).toString(),
                 QStringLiteral("多行\n描述"));
        QBuffer rejects;
        QVERIFY(rejects.open(QIODevice::WriteOnly));
        QVERIFY(IncidentImporter::writeRejects(r.value(), rejects));
        QVERIFY(rejects.data().startsWith("\xEF\xBB\xBF")); // a BOM, so that spreadsheet programs read UTF-8
        const QString text = QString::fromUtf8(rejects.data().mid(3));
        QVERIFY(text.startsWith(QStringLiteral("line,reason,工单编号")));
        QCOMPARE(text.count(QLatin1Char('\n')), 1 + 9);
        QVERIFY(text.contains(QStringLiteral("\n7,\"coordinates 121.900000, 31.900000 outside the district\",")));
        QVERIFY(text.contains(QStringLiteral("90000000000008,微博")));
    }

    void cancelledImportWritesNothing()
    {
        IncidentImporter importer(*store.db, store.clock);
        // Many rows, so that progress is reported while writing; cancel in the write phase.
        QFile f(dataFile("bad_rows.csv"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QByteArray data = f.readLine();
        const QByteArray goodRow = f.readLine();
        for (int i = 0; i < 5000; ++i)
            data += QByteArray(goodRow).replace("90000000000001", QByteArray::number(80000000000000LL + i));
        const int before = count(QStringLiteral("SELECT COUNT(*) FROM incidents"));
        int calls = 0;
        auto r = importer.importData(centre, data, mapping, QStringLiteral("big.csv"), [&](int done, int total) {
            ++calls;
            return done < total / 2 + 1000;
        });
        QVERIFY(!r);
        QVERIFY(r.errorMessage().contains(QStringLiteral("cancelled")));
        QVERIFY(calls > 2);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM incidents")), before);
    }

    void jsonRecords()
    {
        ImportMapping m = mapping;
        m.format = QStringLiteral("json");
        m.name = QStringLiteral("json-test");
        const QByteArray json = R"([
            {"工单编号": "J1", "工单来源": "12345市民热线", "受理时间": "2026-11-20 09:15:00", "问题分类编码": "09006",
             "诉求内容": "占道", "诉求地址": "嘉定区徐行镇曹安公路580号", "经度": 121.283008, "纬度": 31.423959, "坐标系": "GCJ-02",
             "问题分类": "", "所属街镇": "徐行镇", "诉求人": "", "联系电话": "", "紧急程度": "紧急"},
            {"工单编号": "J2", "工单来源": "12345市民热线", "受理时间": "no date", "问题分类编码": "09006",
             "诉求内容": "占道", "诉求地址": "", "经度": 121.283008, "纬度": 31.423959, "坐标系": "GCJ-02",
             "问题分类": "", "所属街镇": "", "诉求人": "", "联系电话": "", "紧急程度": ""}
        ])";
        IncidentImporter importer(*store.db, store.clock);
        auto r = importer.importData(centre, json, m, QStringLiteral("records.json"));
        QVERIFY2(r, qPrintable(r.errorMessage()));
        QCOMPARE(r->imported, 1);
        QCOMPARE(int(r->rejections.size()), 1);
        QCOMPARE(r->rejections[0].line, 2);
        // The mapping round-trips through its JSON file format.
        auto back = ImportMapping::fromJson(m.toJson(), QStringLiteral("x.json"));
        QVERIFY(back);
        QCOMPARE(back->columns, m.columns);
        QCOMPARE(back->dateFormats, m.dateFormats);
        QCOMPARE(back->format, QStringLiteral("json"));
        // A mapping naming a column the file lacks is refused before anything is read.
        m.format = QStringLiteral("csv");
        m.columns.insert(QStringLiteral("lon"), QStringLiteral("X坐标"));
        auto wrong = importer.importFile(centre, dataFile("sample_12345_utf8.csv"), m);
        QVERIFY(!wrong);
        QVERIFY(wrong.errorMessage().contains(QStringLiteral("X坐标")));
    }

    void officersCannotImportOtherSquads()
    {
        const Session admin = store.session(QStringLiteral("t.admin"), { { Role::DistrictAdmin, QString() } });
        IncidentImporter importer(*store.db, store.clock);
        auto r = importer.importFile(admin, dataFile("sample_12345_utf8.csv"), mapping);
        QVERIFY(!r);
        const Session squad = store.session(QStringLiteral("t.jd002"), { { Role::SquadDispatcher, QStringLiteral("JD102") } });
        auto s = importer.importFile(squad, dataFile("bad_rows.csv"), mapping);
        QVERIFY(s);
        QCOMPARE(s->imported + s->updated + s->unchanged, 0); // every good row belongs to another squad
        QVERIFY(std::any_of(s->rejections.begin(), s->rejections.end(),
                            [](const ImportRejection &x) { return x.reason.contains(QStringLiteral("outside the squads")); }));
    }
};

QTEST_GUILESS_MAIN(TestImport)
#include "tst_import.moc"
