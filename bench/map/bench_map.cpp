// SPDX-License-Identifier: GPL-3.0-or-later
// The grid map's figures (docs/BENCHMARKS.md, "Map"): a demo district with ~12,000 cells and 100,000
// incident markers; GeoJSON import of that layer, map data read, first full paint, frame times while
// panning and zooming (rendered to an offscreen QImage), point-to-cell lookups, resident memory; and
// the same scene as a QGraphicsScene for comparison.
//
//   bench_map [--cell-size METRES] [--incidents N] [--frames N] [--no-scene]
#include "data/auth/authenticator.h"
#include "data/auth/demoaccounts.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/demogenerator.h"
#include "data/layers/layerimport.h"
#include "data/layers/mapdata.h"
#include "grid/cellindex.h"
#include "ui/map/mapview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QGraphicsEllipseItem>
#include <QGraphicsPolygonItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace dd;

namespace {

long statusKb(const char *key)
{
    QFile f(QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(int(qstrlen(key))).trimmed().split(' ').front().toLong();
    }
    return -1;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[std::min(v.size() - 1, std::size_t(double(v.size()) * p))];
}

void say(const QString &text)
{
    std::printf("%s\n", text.toUtf8().constData());
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption cellSize(QStringLiteral("cell-size"), QStringLiteral("Cell size in metres (195 → ~12,000 cells)."),
                                      QStringLiteral("M"), QStringLiteral("195"));
    const QCommandLineOption incidents(QStringLiteral("incidents"), QStringLiteral("Incident markers."), QStringLiteral("N"),
                                       QStringLiteral("100000"));
    const QCommandLineOption frames(QStringLiteral("frames"), QStringLiteral("Frames per zoom level."), QStringLiteral("N"),
                                    QStringLiteral("60"));
    const QCommandLineOption noScene(QStringLiteral("no-scene"), QStringLiteral("Skip the QGraphicsScene comparison."));
    parser.addOptions({ cellSize, incidents, frames, noScene });
    parser.process(app);

    QTemporaryDir dir;
    QElapsedTimer timer;
    data::ManualClock clock(QDateTime(QDate(2026, 12, 1), QTime(2, 0), Qt::UTC));

    // A demo store with smaller cells: ~12,000 of them.
    timer.start();
    auto db = data::Database::open(dir.filePath(QStringLiteral("bench.sqlite")), data::Database::Mode::CreateIfMissing);
    if (!db) {
        say(db.errorMessage());
        return 1;
    }
    data::DemoOptions options;
    options.cellSizeMetres = parser.value(cellSize).toDouble();
    if (auto made = data::DemoGenerator(options).populate(*db.value()); !made) {
        say(made.errorMessage());
        return 1;
    }
    data::DemoAccounts::install(*db.value(), clock);
    auto admin = data::Authenticator(*db.value(), clock).signIn(QStringLiteral("admin"), QStringLiteral("demo-admin-2026"));
    if (!admin) {
        say(admin.errorMessage());
        return 1;
    }
    say(QStringLiteral("demo store: %1 ms").arg(timer.elapsed()));

    // GeoJSON import of the whole layer (export first, then import it as a new active layer).
    auto json = data::exportLayer(*db.value());
    if (!json) {
        say(json.errorMessage());
        return 1;
    }
    timer.restart();
    data::LayerImportOptions importOptions;
    importOptions.layerName = QStringLiteral("official");
    auto imported = data::LayerImporter(*db.value(), clock).importData(admin.value(), json.value(), QStringLiteral("bench.geojson"),
                                                                        importOptions);
    const qint64 importMs = timer.elapsed();
    if (!imported) {
        say(imported.errorMessage());
        return 1;
    }
    say(QStringLiteral("import GeoJSON: %1 cells + %2 boundaries (%3 MB) in %4 ms")
            .arg(imported->cells)
            .arg(imported->areas)
            .arg(double(json->size()) / 1e6, 0, 'f', 1)
            .arg(importMs));

    timer.restart();
    auto loaded = data::loadMapData(*db.value(), admin.value(), clock);
    if (!loaded) {
        say(loaded.errorMessage());
        return 1;
    }
    say(QStringLiteral("map data read: %1 cells in %2 ms").arg(loaded->cells.size()).arg(timer.elapsed()));

    // 100,000 incidents spread over the cells (in memory: the store's incidents are not what is measured).
    auto map = std::make_shared<data::MapData>(std::move(loaded).value());
    std::mt19937 rng(7);
    const QStringList states = { QStringLiteral("filed"), QStringLiteral("dispatched"), QStringLiteral("arrived"),
                                 QStringLiteral("closed"), QStringLiteral("closed"), QStringLiteral("closed") };
    const int n = parser.value(incidents).toInt();
    std::uniform_int_distribution<int> anyCell(0, int(map->cells.size()) - 1);
    std::uniform_real_distribution<double> jitter(-0.001, 0.001);
    map->incidents.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        data::MapIncident incident;
        incident.cell = anyCell(rng);
        const grid::Point c = map->cells[std::size_t(incident.cell)].centroid;
        incident.lonLat = grid::Point(c.x() + jitter(rng), c.y() + jitter(rng));
        incident.status = states[int(rng() % std::uint32_t(states.size()))];
        incident.open = incident.status != QLatin1String("closed");
        incident.urgency = rng() % 10 == 0 ? QStringLiteral("urgent") : QStringLiteral("normal");
        map->incidents.push_back(std::move(incident));
    }

    // The view: data preparation, then the first full paint at 1400 × 900.
    const QSize size(1400, 900);
    ui::MapView view;
    view.resize(size);
    timer.restart();
    view.setData(map);
    const qint64 prepareMs = timer.elapsed();
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    timer.restart();
    {
        QPainter p(&image);
        view.render(p, size);
    }
    const qint64 firstPaintMs = timer.elapsed();
    image.save(dir.filePath(QStringLiteral("first.png")));
    say(QStringLiteral("view: prepare %1 ms, first full paint %2 ms (%3 cells, %4 markers, 1400x900)")
            .arg(prepareMs)
            .arg(firstPaintMs)
            .arg(map->cells.size())
            .arg(map->incidents.size()));
    say(QStringLiteral("memory after building the scene: VmRSS %1 MB").arg(double(statusKb("VmRSS:")) / 1024.0, 0, 'f', 0));

    // Frames while panning and zooming, at three levels of detail.
    const int perLevel = parser.value(frames).toInt();
    std::vector<double> all;
    const struct
    {
        const char *name;
        double zoom;
    } levels[] = { { "whole district", 1.0 }, { "community level", 6.0 }, { "cell codes", 40.0 } };
    for (const auto &level : levels) {
        view.zoomToFit();
        view.zoomBy(level.zoom, QPointF(size.width() / 2.0, size.height() / 2.0));
        std::vector<double> times;
        for (int f = 0; f < perLevel; ++f) {
            if (f % 10 == 9)
                view.zoomBy(f % 20 == 9 ? 1.25 : 0.8, QPointF(700, 450)); // a wheel step in, then out
            else
                view.panByPixels(QPointF(f % 40 < 20 ? 17 : -17, f % 30 < 15 ? 9 : -9));
            QElapsedTimer frame;
            frame.start();
            QPainter p(&image);
            view.render(p, size);
            p.end();
            times.push_back(double(frame.nsecsElapsed()) / 1e6);
        }
        all.insert(all.end(), times.begin(), times.end());
        say(QStringLiteral("frames at %1: median %2 ms, 95th percentile %3 ms, max %4 ms")
                .arg(QLatin1String(level.name))
                .arg(median(times), 0, 'f', 1)
                .arg(percentile(times, 0.95), 0, 'f', 1)
                .arg(*std::max_element(times.begin(), times.end()), 0, 'f', 1));
    }
    say(QStringLiteral("frames overall (%1): median %2 ms, 95th percentile %3 ms")
            .arg(all.size())
            .arg(median(all), 0, 'f', 1)
            .arg(percentile(all, 0.95), 0, 'f', 1));

    // Point-to-cell over the imported layer's cells.
    {
        std::vector<QString> codes;
        std::vector<grid::Polygon> shapes;
        double minX = 1e9, minY = 1e9, maxX = -1e9, maxY = -1e9;
        for (const data::MapCell &c : map->cells) {
            codes.push_back(c.code);
            shapes.push_back(c.shape);
            minX = std::min(minX, c.centroid.x());
            maxX = std::max(maxX, c.centroid.x());
            minY = std::min(minY, c.centroid.y());
            maxY = std::max(maxY, c.centroid.y());
        }
        const grid::CellIndex index(std::move(codes), std::move(shapes));
        std::uniform_real_distribution<double> x(minX, maxX), y(minY, maxY);
        std::vector<grid::Point> points(2'000'000);
        for (auto &p : points)
            p = grid::Point(x(rng), y(rng));
        timer.restart();
        long found = 0;
        for (const auto &p : points)
            found += index.indexAt(p) >= 0;
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        say(QStringLiteral("point-to-cell: %1 lookups in %2 s = %3 M/s (%4% inside a cell)")
                .arg(points.size())
                .arg(seconds, 0, 'f', 2)
                .arg(double(points.size()) / seconds / 1e6, 0, 'f', 2)
                .arg(100.0 * double(found) / double(points.size()), 0, 'f', 0));
    }
    say(QStringLiteral("peak resident memory (VmHWM): %1 MB").arg(double(statusKb("VmHWM:")) / 1024.0, 0, 'f', 0));

    if (!parser.isSet(noScene)) {
        // The same scene as QGraphicsScene items, for the choice of a custom painted view.
        grid::LocalProjection projection(map->cells.front().centroid);
        QGraphicsScene scene;
        timer.restart();
        for (const data::MapCell &c : map->cells) {
            QPolygonF poly;
            for (const grid::Point &p : c.shape.outer()) {
                const grid::Point m = projection.toMetres(p);
                poly << QPointF(m.x(), -m.y());
            }
            scene.addPolygon(poly, QPen(Qt::gray, 0), QBrush(QColor(0xa6, 0xce, 0xe3)));
        }
        for (const data::MapIncident &i : map->incidents) {
            const grid::Point m = projection.toMetres(i.lonLat);
            scene.addEllipse(m.x() - 20, -m.y() - 20, 40, 40, QPen(Qt::white, 0), QBrush(Qt::red));
        }
        const qint64 buildMs = timer.elapsed();
        QImage sceneImage(size, QImage::Format_ARGB32_Premultiplied);
        timer.restart();
        {
            QPainter p(&sceneImage);
            scene.render(&p, QRectF(QPointF(0, 0), QSizeF(size)), scene.itemsBoundingRect());
        }
        const qint64 scenePaint = timer.elapsed();
        say(QStringLiteral("QGraphicsScene comparison: %1 items built in %2 ms, one full paint %3 ms; VmHWM now %4 MB")
                .arg(scene.items().size())
                .arg(buildMs)
                .arg(scenePaint)
                .arg(double(statusKb("VmHWM:")) / 1024.0, 0, 'f', 0));
    }
    return 0;
}
