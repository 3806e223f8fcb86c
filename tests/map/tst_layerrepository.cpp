// SPDX-License-Identifier: GPL-3.0-or-later
// The stored layer as the map and dispatch read it: the demo district's cells, kinds and travel graph.
#include "data/database.h"
#include "data/demogenerator.h"
#include "data/layers/layerrepository.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

using namespace dd::data;
using dd::grid::CellKind;
using dd::grid::TravelGraph;
using dd::grid::TravelMode;

class TestLayerRepository : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")), Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        auto made = DemoGenerator().populate(*m_db);
        QVERIFY2(made, qPrintable(made.errorMessage()));
    }

    void activeLayerIsTheSchematicOne()
    {
        auto layer = LayerRepository(*m_db).activeLayer();
        QVERIFY2(layer, qPrintable(layer.errorMessage()));
        QVERIFY(layer->schematic);
        QVERIFY(layer->active);
        QCOMPARE(layer->crs, QStringLiteral("GCJ-02"));
        QVERIFY(layer->cellCount > 7000);
    }

    void demoCellsHaveKinds()
    {
        // Streets (街道, town code 0xx) are urban, villages (community 2xx) rural: both occur.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT kind, count(*) FROM grid_cells GROUP BY kind ORDER BY kind")));
        QMap<QString, int> counts;
        while (q.next())
            counts[q.value(0).toString()] = q.value(1).toInt();
        QVERIFY2(counts.value(QStringLiteral("urban")) > 0, "no urban cell");
        QVERIFY2(counts.value(QStringLiteral("rural")) > 0, "no rural cell");
        QVERIFY2(counts.value(QStringLiteral("suburban")) > 0, "no suburban cell");
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM grid_cells c JOIN towns t ON t.id = c.town_id"
                                      " WHERE substr(t.code, 7, 1) = '0' AND c.kind <> 'urban'")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void travelGraphOverTheDistrict()
    {
        auto graph = LayerRepository(*m_db).travelGraph(TravelMode::Walking);
        QVERIFY2(graph, qPrintable(graph.errorMessage()));
        const TravelGraph &g = graph.value();
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM grid_cells")));
        QVERIFY(q.next());
        QCOMPARE(int(g.size()), q.value(0).toInt());
        // Square lattice cells: at most 8 neighbours each, and the district is one piece.
        std::size_t eight = 0;
        for (std::size_t i = 0; i < g.size(); ++i) {
            const std::size_t n = g.neighbours(int(i)).size();
            QVERIFY(n >= 1 && n <= 8);
            eight += n == 8;
        }
        QVERIFY(eight > g.size() / 2);
        const std::vector<double> all = g.minutesFrom(0);
        double worst = 0;
        for (double m : all) {
            QVERIFY(std::isfinite(m));
            worst = std::max(worst, m);
        }
        // Jiading is ~30 km across: walking it takes hours, not minutes and not days.
        QVERIFY2(worst > 120 && worst < 1200, qPrintable(QString::number(worst)));
        // A 250 m orthogonal step on foot: 250 × 1.25 / 75 m/min ≈ 4.2 min.
        const int some = int(g.size() / 2);
        const double step = g.minutes(some, g.neighbours(some).front());
        QVERIFY2(step > 3.5 && step < 6.5, qPrintable(QString::number(step)));
        // Driving is faster everywhere.
        auto driving = LayerRepository(*m_db).travelGraph(TravelMode::Driving);
        QVERIFY(driving);
        QVERIFY(driving->minutes(0, int(g.size()) - 1) < g.minutes(0, int(g.size()) - 1) / 3);
    }

    void unusableSpeedsAreRefused()
    {
        dd::grid::TravelSpeeds speeds;
        speeds.walkingKmh[0] = -1;
        auto graph = LayerRepository(*m_db).travelGraph(TravelMode::Walking, speeds);
        QVERIFY(!graph);
        QVERIFY(graph.errorMessage().contains(QStringLiteral("urban")));
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

QTEST_GUILESS_MAIN(TestLayerRepository)
#include "tst_layerrepository.moc"
