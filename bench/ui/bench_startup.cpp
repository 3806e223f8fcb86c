// SPDX-License-Identifier: GPL-3.0-or-later
// bench_ui_startup [--runs N] [--db PATH] [--language zh_CN|en]
//
// Wall time from starting `dutydesk gui` to its exit right after the first paint of the main window
// (`--quit-after-paint`), on the demo database (created in a temporary directory unless --db names
// one). One warm-up run is not counted (it fills the page cache, as a second start by a user would).
// The platform is whatever QT_QPA_PLATFORM says: run under xvfb-run for a real X server.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>
#include <numeric>
#include <vector>

namespace {

void print(const QString &text)
{
    std::fputs(text.toUtf8().constData(), stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Timed runs (default 10)."),
                                        QStringLiteral("N"), QStringLiteral("10"));
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("Database (default: a fresh demo-db)."),
                                      QStringLiteral("PATH"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QStringLiteral("zh_CN or en (default zh_CN)."),
                                            QStringLiteral("LANG"), QStringLiteral("zh_CN"));
    parser.addOptions({ runsOption, dbOption, languageOption });
    parser.process(app);

    const QString exe = QStringLiteral(DUTYDESK_EXECUTABLE);
    QTemporaryDir dir;
    if (!dir.isValid()) {
        print(QStringLiteral("cannot create a temporary directory\n"));
        return 1;
    }
    QString db = parser.value(dbOption);
    if (db.isEmpty()) {
        db = dir.filePath(QStringLiteral("demo.sqlite"));
        QProcess demo;
        demo.start(exe, { QStringLiteral("demo-db"), db });
        if (!demo.waitForFinished(120000) || demo.exitCode() != 0) {
            print(QStringLiteral("demo-db failed: %1\n").arg(QString::fromUtf8(demo.readAllStandardError())));
            return 1;
        }
    }
    const QStringList args { QStringLiteral("gui"),
                             QStringLiteral("--db"),
                             db,
                             QStringLiteral("--settings"),
                             dir.filePath(QStringLiteral("bench.ini")),
                             QStringLiteral("--language"),
                             parser.value(languageOption),
                             QStringLiteral("--quit-after-paint") };

    const int runs = std::max(1, parser.value(runsOption).toInt());
    std::vector<double> ms;
    for (int i = 0; i <= runs; ++i) {
        QProcess gui;
        gui.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer timer;
        timer.start();
        gui.start(exe, args);
        if (!gui.waitForFinished(30000) || gui.exitStatus() != QProcess::NormalExit || gui.exitCode() != 0) {
            print(QStringLiteral("run %1: dutydesk gui did not exit cleanly after its first paint\n").arg(i));
            return 1;
        }
        const double elapsed = double(timer.nsecsElapsed()) / 1e6;
        if (i > 0) // run 0 is the warm-up
            ms.push_back(elapsed);
    }
    std::sort(ms.begin(), ms.end());
    const double mean = std::accumulate(ms.begin(), ms.end(), 0.0) / double(ms.size());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    print(QStringLiteral("startup to first paint (%1, QT_QPA_PLATFORM=%2), %3 runs: min %4 ms, median %5 ms, mean %6 "
                         "ms, max %7 ms\n")
              .arg(parser.value(languageOption), qEnvironmentVariable("QT_QPA_PLATFORM", QStringLiteral("(default)")))
              .arg(ms.size())
              .arg(ms.front(), 0, 'f', 0)
              .arg(median, 0, 'f', 0)
              .arg(mean, 0, 'f', 0)
              .arg(ms.back(), 0, 'f', 0));
    return mean < 1000.0 ? 0 : 2; // the budget: under 1 s
}
