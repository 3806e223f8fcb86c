// SPDX-License-Identifier: GPL-3.0-or-later
// Roster figures (docs/BENCHMARKS.md, "Roster"), run on demand:
//   1. a demo squad's month planned from scratch: time to zero hard violations, and the result at the limit;
//   2. re-plan after one officer's sick week (published month, leave added, first week worked);
//   3. the largest gap of a 5 ms timer on the main thread while the planner runs on a worker thread
//      with progress posted to the main thread (what the Roster page does);
//   4. a 60-officer month roster as PDF (weekly layout, five weeks), median of 5.
// Usage: bench_roster [SQUAD [MONTH [SECONDS]]]   (defaults JD102 2026-12 10)
#include "data/database.h"
#include "data/demogenerator.h"
#include "data/roster/rosterplanner.h"
#include "data/roster/rosterstore.h"
#include "ui/print/rosterprint.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QGuiApplication>
#include <QPdfWriter>
#include <QTemporaryDir>
#include <QTimer>
#include <QTextStream>
#include <algorithm>
#include <atomic>
#include <thread>

using namespace dd::data;

namespace {

QTextStream out(stdout);

struct Run
{
    double toFeasible = -1; // seconds until the best roster had no hard violation
    PlanResult result;
};

Run plan(const RosterContext &c, double seconds, quint64 seed = 1)
{
    Run run;
    RosterPlanner planner(c);
    PlanOptions o;
    o.timeLimitSeconds = seconds;
    o.seed = seed;
    o.progressIntervalSeconds = 0.05;
    QElapsedTimer t;
    t.start();
    std::atomic<double> first { -1 };
    run.result = planner.plan(o, [&](const PlanProgress &p) {
        if (p.bestObjective >= 0 && p.bestHardViolations == 0 && first.load() < 0)
            first = t.nsecsElapsed() / 1e9;
    });
    run.toFeasible = first.load();
    if (run.toFeasible < 0 && run.result.check.hardViolations == 0)
        run.toFeasible = run.result.elapsedSeconds;
    return run;
}

void report(const char *what, const RosterContext &c, const Run &r)
{
    out << what << ": " << c.squadCode << ' ' << c.period.key() << ", " << c.officers.size() << " officers, "
        << c.dates.size() << " days, " << c.posts.size() << " posts, " << c.demand.size() << " demand rows\n"
        << "  zero hard violations after " << (r.toFeasible < 0 ? QStringLiteral("never") : QString::number(r.toFeasible, 'f', 2) + QStringLiteral(" s"))
        << "; at the limit (" << QString::number(r.result.elapsedSeconds, 'f', 2) << " s, " << r.result.iterations
        << " steps): hard " << r.result.check.hardViolations << ", objective " << r.result.check.objective
        << ", shortfalls " << std::count_if(r.result.check.coverage.begin(), r.result.check.coverage.end(),
                                            [](const CoverageCell &x) { return x.shortfall(); })
        << " of " << r.result.check.coverage.size() << " post/shift/day cells\n";
    out.flush();
}

} // namespace

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QGuiApplication app(argc, argv);
    const QString squad = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("JD102");
    const QString month = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("2026-12");
    const double seconds = argc > 3 ? QString::fromLocal8Bit(argv[3]).toDouble() : 10.0;

    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("bench.sqlite")), Database::Mode::CreateIfMissing);
    if (!db) {
        out << db.errorMessage() << '\n';
        return 1;
    }
    DemoOptions demo;
    demo.today = QDate(2026, 11, 26);
    demo.rosters = true;
    QElapsedTimer t;
    t.start();
    auto made = DemoGenerator(demo).populate(*db.value());
    if (!made) {
        out << made.errorMessage() << '\n';
        return 1;
    }
    out << "demo-db (today 2026-11-26): " << t.elapsed() << " ms, of which rosters " << made->rosterMilliseconds
        << " ms (" << made->rosters << " published weeks)\n";

    auto period = RosterPeriod::parse(month);
    auto ctx = rosterstore::context(*db.value(), squad, period.value());
    if (!ctx) {
        out << ctx.errorMessage() << '\n';
        return 1;
    }
    // 1. The month from scratch.
    const Run monthRun = plan(ctx.value(), seconds);
    report("month", ctx.value(), monthRun);

    // 2. Publish it, an officer falls sick for the second week; re-plan with the first week worked.
    auto squadRef = rosterstore::squad(*db.value(), squad);
    const QString now = Database::timestampNow();
    auto id = rosterstore::writeDraft(*db.value(), squadRef.value(), period.value(), monthRun.result.assignments, QString(), now);
    if (!id || !rosterstore::publish(*db.value(), id.value(), QString(), QDateTime::currentDateTimeUtc(), now)) {
        out << "could not publish the month\n";
        return 1;
    }
    QString sick;
    int most = 0;
    const QDate from = period->start.addDays(7), to = period->start.addDays(13);
    for (const RosterOfficer &o : ctx->officers) {
        const int n = int(std::count_if(monthRun.result.assignments.begin(), monthRun.result.assignments.end(),
                                        [&](const Assignment &a) { return a.officerId == o.id && a.date >= from && a.date <= to; }));
        if (n > most) {
            most = n;
            sick = o.id;
        }
    }
    rosterstore::writeLeave(*db.value(), LeaveEntry { QString(), sick, from, to, QStringLiteral("sick"), QStringLiteral("approved"), QString() }, now);
    auto re = rosterstore::context(*db.value(), squad, period.value(), from);
    const Run replan = plan(re.value(), 2.0, 3);
    report("re-plan after a sick week", re.value(), replan);
    out << "  the sick officer had " << most << " shifts that week; " << replan.result.changes.size()
        << " cells changed against the published version\n";

    // 3. Main-thread responsiveness while planning on a worker thread.
    {
        RosterPlanner planner(ctx.value());
        PlanOptions o;
        o.timeLimitSeconds = std::min(seconds, 5.0);
        o.progressIntervalSeconds = 0.1;
        QElapsedTimer gap;
        qint64 worst = 0;
        int ticks = 0, progress = 0;
        QTimer timer;
        timer.setInterval(5);
        QObject::connect(&timer, &QTimer::timeout, &app, [&] {
            if (gap.isValid())
                worst = std::max(worst, gap.nsecsElapsed());
            gap.restart();
            ++ticks;
        });
        std::atomic<bool> done { false };
        PlanResult result;
        std::thread worker([&] {
            result = planner.plan(o, [&](const PlanProgress &) {
                QMetaObject::invokeMethod(&app, [&] { ++progress; }, Qt::QueuedConnection);
            });
            done = true;
        });
        timer.start();
        while (!done)
            app.processEvents(QEventLoop::AllEvents, 5);
        worker.join();
        app.processEvents();
        out << "main thread while planning " << o.timeLimitSeconds << " s on a worker: " << ticks << " ticks of a 5 ms timer, "
            << progress << " progress updates, largest gap " << QString::number(worst / 1e6, 'f', 1) << " ms\n";
    }

    // 4. A 60-officer month as PDF.
    dd::ui::print::RosterPrintData data;
    data.context = ctx.value();
    data.context.officers.clear();
    data.printedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < 60; ++i) {
        const RosterOfficer &src = ctx->officers[std::size_t(i) % ctx->officers.size()];
        RosterOfficer o = src;
        o.id = QStringLiteral("bench-%1").arg(i);
        o.badgeNo = QStringLiteral("B%1").arg(i, 4, 10, QLatin1Char('0'));
        data.context.officers.push_back(o);
        for (const Assignment &a : monthRun.result.assignments)
            if (a.officerId == src.id) {
                Assignment b = a;
                b.officerId = o.id;
                data.assignments.push_back(b);
            }
    }
    std::vector<double> times;
    int pages = 0;
    qint64 bytes = 0;
    for (int r = 0; r < 5; ++r) {
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        QElapsedTimer pt;
        pt.start();
        {
            auto writer = dd::ui::print::makeRosterPdfWriter(&buffer, QStringLiteral("bench"));
            auto p = dd::ui::print::printWeeklyRoster(data, *writer);
            pages = p ? p.value() : -1;
        }
        times.push_back(pt.nsecsElapsed() / 1e6);
        bytes = buffer.size();
    }
    std::sort(times.begin(), times.end());
    out << "60-officer month roster PDF: " << pages << " pages, " << bytes / 1024 << " KiB, median "
        << QString::number(times[2], 'f', 0) << " ms (min " << QString::number(times.front(), 'f', 0) << ", max "
        << QString::number(times.back(), 'f', 0) << ")\n";
    return 0;
}
