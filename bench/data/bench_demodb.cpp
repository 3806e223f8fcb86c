// SPDX-License-Identifier: GPL-3.0-or-later
// bench_demodb [RUNS] [SEED]: creates the demo district RUNS times in a temporary directory and prints
// the time of each phase (open + migrate, schematic geometry, writing in one transaction, closing with
// the WAL checkpoint) and their medians; then what a console pays at start on that file: opening it
// and reading the district summary the main window shows. Results go to docs/BENCHMARKS.md.
#include "data/database.h"
#include "data/demogenerator.h"
#include "data/districtrepository.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <vector>

namespace {

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int runs = args.size() > 1 ? std::max(1, args.at(1).toInt()) : 5;
    const uint seed = args.size() > 2 ? args.at(2).toUInt() : 1;

    std::vector<double> open, geometry, write, close, total, reopen, summary;
    std::printf("run  open+migrate  geometry  write  close  total (ms)  cells  file MiB\n");
    for (int i = 0; i < runs; ++i) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        QElapsedTimer timer;
        timer.start();
        auto db = dd::data::Database::open(path, dd::data::Database::Mode::CreateIfMissing);
        if (!db) {
            std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
            return 1;
        }
        const double opened = double(timer.nsecsElapsed()) / 1e6;
        dd::data::DemoOptions options;
        options.seed = seed;
        auto report = dd::data::DemoGenerator(options).populate(*db.value());
        if (!report) {
            std::fprintf(stderr, "%s\n", qPrintable(report.errorMessage()));
            return 1;
        }
        const double populated = double(timer.nsecsElapsed()) / 1e6;
        db.value().reset();
        const double closed = double(timer.nsecsElapsed()) / 1e6;

        // A console starting on the file: open (no migration) and the overview's summary.
        timer.restart();
        auto again = dd::data::Database::open(path);
        if (!again) {
            std::fprintf(stderr, "%s\n", qPrintable(again.errorMessage()));
            return 1;
        }
        const double reopened = double(timer.nsecsElapsed()) / 1e6;
        auto district = dd::data::DistrictRepository(*again.value()).summary();
        if (!district) {
            std::fprintf(stderr, "%s\n", qPrintable(district.errorMessage()));
            return 1;
        }
        reopen.push_back(reopened);
        summary.push_back(double(timer.nsecsElapsed()) / 1e6 - reopened);
        again.value().reset();

        open.push_back(opened);
        geometry.push_back(double(report->geometryMilliseconds));
        write.push_back(double(report->writeMilliseconds));
        close.push_back(closed - populated);
        total.push_back(closed);
        std::printf("%3d  %12.1f  %8.1f  %5.1f  %5.1f  %10.1f  %5d  %8.1f\n", i + 1, opened,
                    double(report->geometryMilliseconds), double(report->writeMilliseconds), closed - populated, closed,
                    report->cells, double(QFileInfo(path).size()) / (1024.0 * 1024.0));
    }
    std::printf("median  open+migrate %.1f  geometry %.1f  write %.1f  close %.1f  total %.1f ms\n", median(open),
                median(geometry), median(write), median(close), median(total));
    std::printf("start on the file: open %.1f ms, district summary %.1f ms (medians)\n", median(reopen),
                median(summary));
    return 0;
}
