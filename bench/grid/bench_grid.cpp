// SPDX-License-Identifier: GPL-3.0-or-later
// Times the schematic district generator and the point-to-cell index on Jiading's 12 towns and
// 399 communities (the test data copied into tests/grid/data).
//
//   bench_grid [cell size in metres, default 250] [lookups, default 1000000]
#include "grid/cellindex.h"
#include "grid/schematicdistrict.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QStringList>
#include <algorithm>
#include <cstdio>
#include <random>

using namespace dd::grid;

namespace {

QList<QStringList> readCsv(const QString &name)
{
    QFile file(QStringLiteral(DUTYDESK_SOURCE_DIR "/tests/grid/data/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", qPrintable(file.fileName()));
        return {};
    }
    QList<QStringList> rows;
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (qsizetype i = 1; i < lines.size(); ++i)
        rows.push_back(lines[i].trimmed().split(QLatin1Char(',')));
    return rows;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("dutydesk.grid.debug=false"));
    const QStringList args = QCoreApplication::arguments();
    SchematicInput input;
    input.districtCode = QStringLiteral("310114");
    input.cellSizeMetres = args.size() > 1 ? args[1].toDouble() : 250.0;
    const int lookups = args.size() > 2 ? args[2].toInt() : 1000000;
    for (const QStringList &row : readCsv(QStringLiteral("town_seats_approx.csv")))
        input.towns.push_back({ row[0], row[1], Point(row[2].toDouble(), row[3].toDouble()) });
    for (const QStringList &row : readCsv(QStringLiteral("committees_2023.csv")))
        input.communities.push_back({ row[0], row[1], row[2] });
    if (input.towns.empty())
        return 1;

    // Generation: median of 7 runs with different seeds.
    std::vector<double> generation;
    SchematicDistrict district;
    for (std::uint32_t seed = 1; seed <= 7; ++seed) {
        input.seed = seed;
        QElapsedTimer timer;
        timer.start();
        district = generateSchematicDistrict(input);
        generation.push_back(timer.nsecsElapsed() / 1e6);
        if (!district) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(district.errorMessage));
            return 1;
        }
    }
    std::printf("cell size %.0f m: %zu cells, %zu towns, %zu communities\n", input.cellSizeMetres,
                district.cells.size(), district.towns.size(), district.communities.size());
    std::printf("generateSchematicDistrict: median %.1f ms (7 seeds, min %.1f, max %.1f)\n", median(generation),
                *std::min_element(generation.begin(), generation.end()),
                *std::max_element(generation.begin(), generation.end()));

    QElapsedTimer timer;
    timer.start();
    const CellIndex index(district.cells);
    std::printf("CellIndex build: %.1f ms\n", timer.nsecsElapsed() / 1e6);

    // Points spread over the box of the cell centres (about 60% fall in a cell), generated up front.
    double minX = 180, minY = 90, maxX = -180, maxY = -90;
    for (const auto &cell : district.cells) {
        minX = std::min(minX, cell.centroid.x());
        maxX = std::max(maxX, cell.centroid.x());
        minY = std::min(minY, cell.centroid.y());
        maxY = std::max(maxY, cell.centroid.y());
    }
    std::mt19937 random(42);
    std::uniform_real_distribution<double> x(minX, maxX);
    std::uniform_real_distribution<double> y(minY, maxY);
    std::vector<Point> points;
    points.reserve(static_cast<std::size_t>(lookups));
    for (int i = 0; i < lookups; ++i)
        points.emplace_back(x(random), y(random));

    timer.restart();
    long long hits = 0;
    for (const Point &p : points)
        hits += index.indexAt(p) >= 0;
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::printf("indexAt: %d lookups in %.3f s = %.0f lookups/s (%.1f%% in a cell)\n", lookups, seconds,
                lookups / seconds, 100.0 * hits / lookups);

    // Box queries about 1 km across (a patrol beat, a map tile at street zoom).
    const double dx = 0.0105;
    const double dy = 0.009;
    const int boxes = std::max(1, lookups / 100);
    timer.restart();
    long long found = 0;
    for (int i = 0; i < boxes; ++i) {
        const Point &p = points[static_cast<std::size_t>(i)];
        found += static_cast<long long>(index.cellsIn(Box(p, Point(p.x() + dx, p.y() + dy))).size());
    }
    const double boxSeconds = timer.nsecsElapsed() / 1e9;
    std::printf("cellsIn (1 km box): %d queries in %.3f s = %.0f queries/s (%.1f cells each)\n", boxes, boxSeconds,
                boxes / boxSeconds, double(found) / boxes);
    return 0;
}
