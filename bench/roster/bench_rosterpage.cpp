// SPDX-License-Identifier: GPL-3.0-or-later
// Roster page benchmark (docs/BENCHMARKS.md, "Roster page"): on a demo database, signed in as the
// squad leader, the page plans a month from scratch with the real solver on its worker thread while a
// 5 ms timer on the GUI thread records every gap between its ticks (the longest gap is how long the
// GUI thread was blocked); then one officer falls sick for a week (leave stored through the
// repository, the published roster flagged), the page reloads and re-plans; then the month's roster is
// written as a PDF.
//
//   bench_rosterpage DEMO.sqlite [--user leader.jd001 --password demo-leader-2026] [--time-limit 10]
//                    [--replan-limit 2] [--month 2026-12]
#include "data/auth/authenticator.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/districtrepository.h"
#include "data/roster/rosterrepository.h"
#include "data/settings.h"
#include "ui/roster/rosterdocument.h"
#include "ui/roster/rostereditor.h"
#include "ui/roster/rosterpage.h"
#include "ui/roster/violationmodel.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QTableView>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <cstdio>

using namespace dd;

namespace {

// Gaps between the ticks of a 5 ms timer on the GUI thread while something runs.
class GuiWatch : public QObject
{
public:
    GuiWatch()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_gaps.push_back(double(now - m_last) / 1e6);
            m_last = now;
        });
    }
    void start()
    {
        m_gaps.clear();
        m_clock.start();
        m_last = 0;
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double maxGap() const { return m_gaps.empty() ? 0 : *std::max_element(m_gaps.begin(), m_gaps.end()); }
    double percentile(double p) const
    {
        if (m_gaps.empty())
            return 0;
        std::vector<double> g = m_gaps;
        std::sort(g.begin(), g.end());
        return g[std::min(g.size() - 1, std::size_t(p * double(g.size())))];
    }
    std::size_t ticks() const { return m_gaps.size(); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    std::vector<double> m_gaps;
};

struct PlanRun
{
    double wallSeconds = 0;
    double firstFeasibleSeconds = -1;  // from the solver's progress: best roster without hard violation
    int hardAfter = -1;                // the store's check of the page's roster
    double maxGapMs = 0;
    double p99GapMs = 0;
    std::size_t ticks = 0;
    std::size_t changes = 0;
};

PlanRun plan(ui::RosterPage &page, bool replan)
{
    PlanRun run;
    GuiWatch watch;
    QEventLoop loop;
    QElapsedTimer wall;
    ui::RosterEditor *editor = page.editor();
    const auto done = QObject::connect(editor, &ui::RosterEditor::planned, &loop, &QEventLoop::quit);
    watch.start();
    wall.start();
    (replan ? editor->replanAction() : editor->planAction())->trigger();
    // Poll the solver's best so far from the GUI thread, as the progress label does.
    QTimer poll;
    poll.setInterval(50);
    QObject::connect(&poll, &QTimer::timeout, [&] {
        if (run.firstFeasibleSeconds < 0 && editor->lastProgress().bestObjective >= 0
            && editor->lastProgress().bestHardViolations == 0)
            run.firstFeasibleSeconds = editor->lastProgress().elapsedSeconds;
    });
    poll.start();
    loop.exec();
    run.wallSeconds = double(wall.nsecsElapsed()) / 1e9;
    watch.stop();
    QObject::disconnect(done);
    run.hardAfter = editor->document()->review().hardViolations;
    run.maxGapMs = watch.maxGap();
    run.p99GapMs = watch.percentile(0.99);
    run.ticks = watch.ticks();
    run.changes = editor->document()->changesAgainstPublished().size();
    return run;
}

void printRun(const char *what, const PlanRun &r)
{
    std::printf("%s: wall %.2f s, first roster without hard violation at %.2f s (solver progress), hard violations "
                "after %d, changed cells against published %zu; GUI thread: longest gap %.1f ms, 99th percentile "
                "%.1f ms over %zu ticks of a 5 ms timer\n",
                what, r.wallSeconds, r.firstFeasibleSeconds, r.hardAfter, r.changes, r.maxGapMs, r.p99GapMs, r.ticks);
}

} // namespace

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("db"), QStringLiteral("demo database (dutydesk demo-db)"));
    parser.addOption({ QStringLiteral("user"), QStringLiteral("user"), QStringLiteral("name"), QStringLiteral("leader.jd001") });
    parser.addOption({ QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("text"),
                       QStringLiteral("demo-leader-2026") });
    parser.addOption({ QStringLiteral("time-limit"), QStringLiteral("plan time limit"), QStringLiteral("s"), QStringLiteral("10") });
    parser.addOption({ QStringLiteral("replan-limit"), QStringLiteral("re-plan time limit"), QStringLiteral("s"), QStringLiteral("2") });
    parser.addOption({ QStringLiteral("month"), QStringLiteral("month to plan"), QStringLiteral("yyyy-MM") });
    parser.addOption({ QStringLiteral("week"), QStringLiteral("plan the month's second week instead of the month") });
    parser.addOption({ QStringLiteral("screenshots"), QStringLiteral("write roster-*.png of the page into DIR"),
                       QStringLiteral("DIR") });
    parser.addHelpOption();
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);

    auto db = data::Database::open(parser.positionalArguments().first());
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.errorMessage()));
        return 1;
    }
    const data::Clock &clock = data::Clock::system();
    auto session = data::Authenticator(*db.value(), clock).signIn(parser.value(QStringLiteral("user")),
                                                                    parser.value(QStringLiteral("password")));
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(session.errorMessage()));
        return 1;
    }
    auto summary = data::DistrictRepository(*db.value()).summary();
    QTemporaryDir dir;
    data::Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    ui::RosterPage page;
    page.resize(1400, 900);
    page.QWidget::show();
    ui::PageContext context;
    context.db = db.value().get();
    context.summary = &summary.value();
    context.session = &session.value();
    context.clock = &clock;
    context.settings = &settings;
    page.setContext(context);

    QDate month = QDate::fromString(parser.value(QStringLiteral("month")) + QStringLiteral("-01"), Qt::ISODate);
    if (!month.isValid())
        month = QDate::currentDate().addMonths(1);
    const bool week = parser.isSet(QStringLiteral("week"));
    page.setPeriod(week ? ui::RosterPage::PeriodKind::Week : ui::RosterPage::PeriodKind::Month,
                   QDate(month.year(), month.month(), 1).addDays(week ? 21 : 0));
    const QString shots = parser.value(QStringLiteral("screenshots"));
    auto shoot = [&](const char *name) {
        if (shots.isEmpty())
            return;
        QApplication::processEvents();
        page.grab().save(QDir(shots).filePath(QString::fromLatin1(name)));
    };
    ui::RosterDocument *document = page.editor()->document();
    std::printf("machine: %s, %s, %d cores (QThread::idealThreadCount)\n", qPrintable(QSysInfo::prettyProductName()),
                qPrintable(QSysInfo::currentCpuArchitecture()), QThread::idealThreadCount());
    std::printf("squad %s, period %s: %d officers, %d days, %zu demand rows in the scheduler\n",
                qPrintable(page.squadCode()), qPrintable(page.period().key()), document->officerCount(),
                document->dayCount(), document->problem().demands.size());

    page.editor()->setTimeLimit(parser.value(QStringLiteral("time-limit")).toDouble());
    const PlanRun first = plan(page, false);
    printRun("plan", first);
    shoot("roster-plan.png");
    if (!page.publish(true)) {
        std::fprintf(stderr, "publish: %s\n", qPrintable(page.lastMessage()));
        return 1;
    }

    // One officer, working in the plan's second week, falls sick for that week.
    data::RosterRepository repository(*db.value(), clock);
    const int sickDay = week ? 2 : 7;
    const QDate sickFrom = page.period().start.addDays(sickDay);
    int officer = 0;
    for (int o = 0; o < document->officerCount(); ++o)
        if (document->shift(o, sickDay) != scheduling::kOff) {
            officer = o;
            break;
        }
    data::LeaveEntry sick;
    sick.officerId = document->labels().officers[std::size_t(officer)].id;
    sick.start = sickFrom;
    sick.end = sickFrom.addDays(week ? 4 : 6);
    sick.kind = QStringLiteral("sick");
    sick.status = QStringLiteral("approved");
    const auto added = repository.addLeave(session.value(), sick);
    if (!added) {
        std::fprintf(stderr, "leave: %s\n", qPrintable(added.errorMessage()));
        return 1;
    }
    page.reload();
    std::printf("sick week for %s from %s: %zu published roster(s) flagged, %d hard violation(s) before re-planning\n",
                qPrintable(sick.officerId), qPrintable(sickFrom.toString(Qt::ISODate)), added->flags.size(),
                document->review().hardViolations);
    if (!shots.isEmpty()) {
        // The broken rule of the sick week selected, as a leader clicking it would see it.
        page.editor()->violationView()->selectRow(0);
        for (int r = 0; r < page.editor()->violationModel()->rowCount(); ++r)
            if (page.editor()->violationModel()->index(r, 0).data(ui::ViolationModel::OfficerRole).toInt() == officer) {
                page.editor()->violationView()->selectRow(r);
                page.editor()->selectCell(officer, sickDay);
                break;
            }
    }
    shoot("roster-violations.png");
    page.editor()->setTimeLimit(parser.value(QStringLiteral("replan-limit")).toDouble());
    const PlanRun second = plan(page, true);
    printRun("re-plan", second);
    shoot("roster-replan.png");

    QElapsedTimer pdf;
    pdf.start();
    const bool written = page.exportPdf(ui::RosterPrinting::Kind::Weekly, dir.filePath(QStringLiteral("month.pdf")));
    std::printf("weekly roster PDF of the month (%d officers): %s in %.3f s\n", document->officerCount(),
                written ? "written" : qPrintable(page.lastMessage()), double(pdf.nsecsElapsed()) / 1e9);
    return first.hardAfter == 0 && second.hardAfter == 0 && written ? 0 : 3;
}
