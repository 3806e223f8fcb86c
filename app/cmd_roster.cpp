// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk roster plan|print`: the roster engine from the command line. Wiring only: planning lives in
// data/roster/, printing in ui/print/rosterprint.h.
#include "app/commandline.h"
#include "app/commands.h"

#include "data/auth/permissions.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/roster/rosterplanner.h"
#include "data/roster/rosterrepository.h"
#include "data/roster/rosterstore.h"
#include "ui/print/rosterprint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTimeZone>

#include <atomic>
#include <csignal>

namespace dd::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::app", text);
}

std::atomic<data::RosterPlanner *> g_planner { nullptr };
extern "C" void onRosterInterrupt(int)
{
    if (data::RosterPlanner *p = g_planner.load())
        p->cancel();
}

QCommandLineOption squadOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("squad") }, tr("Squad code (e.g. JD102)."), QStringLiteral("CODE"));
}
QCommandLineOption periodOption()
{
    return QCommandLineOption(QStringList { QStringLiteral("period") },
                              tr("A week (2026-W49), a month (2026-12) or a range (2026-12-01..2026-12-14)."),
                              QStringLiteral("PERIOD"));
}

QDate todayInShanghai(const data::Clock &clock)
{
    return clock.now().toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
}

int plan(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Plan a squad's roster for a period and save it as the period's draft "
                                        "(optionally publish it). Prints hard_violations: N last."));
    const QCommandLineOption timeLimit(QStringList { QStringLiteral("time-limit") }, tr("Seconds to search (default 10)."),
                                       QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption iterations(QStringList { QStringLiteral("iterations") },
                                        tr("Stop after N search steps (reproducible runs)."), QStringLiteral("N"));
    const QCommandLineOption seed(QStringList { QStringLiteral("seed") }, tr("Random seed (default 1)."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption replanFrom(QStringList { QStringLiteral("replan-from") },
                                        tr("Keep the published cells before this date (default: today when a version is "
                                           "published, else nothing)."),
                                        QStringLiteral("DATE"));
    const QCommandLineOption publish(QStringList { QStringLiteral("publish") }, tr("Publish the planned roster."));
    const QCommandLineOption confirm(QStringList { QStringLiteral("confirm-override") },
                                     tr("Publish even with hard violations (recorded in the audit log)."));
    const QCommandLineOption quiet(QStringList { QStringLiteral("quiet") }, tr("No progress on stderr."));
    parser.addOptions({ squadOption(), periodOption(), timeLimit, iterations, seed, replanFrom, publish, confirm, quiet,
                        databaseOption(), credentialsOption() });
    int code = ExitOk;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (!parser.isSet(squadOption()) || !parser.isSet(periodOption())) {
        printErr(tr("usage: %1 --squad CODE --period PERIOD [--time-limit S] [--publish] [--db PATH]").arg(args.value(0)));
        return ExitUsage;
    }
    auto period = data::RosterPeriod::parse(parser.value(periodOption()));
    if (!period) {
        printErr(period.errorMessage());
        return ExitUsage;
    }
    data::PlanOptions options;
    bool ok1 = true, ok2 = true, ok3 = true;
    options.timeLimitSeconds = parser.value(timeLimit).toDouble(&ok1);
    options.seed = parser.value(seed).toULongLong(&ok2);
    if (parser.isSet(iterations)) {
        options.maxIterations = parser.value(iterations).toLongLong(&ok3);
        if (!parser.isSet(timeLimit))
            options.timeLimitSeconds = 3600;
    }
    if (!ok1 || !ok2 || !ok3 || options.timeLimitSeconds < 0) {
        printErr(tr("invalid number in --time-limit, --seed or --iterations"));
        return ExitUsage;
    }
    auto db = data::Database::open(databasePath(parser));
    if (!db) {
        printErr(db.errorMessage());
        return ExitDatabase;
    }
    auto session = signInForCommand(*db.value(), parser);
    if (!session) {
        printErr(session.errorMessage());
        return ExitFailure;
    }
    const data::Clock &clock = data::Clock::system();
    data::RosterRepository repo(*db.value(), clock);
    const QString squad = parser.value(squadOption());
    QDate frozen;
    if (parser.isSet(replanFrom)) {
        frozen = QDate::fromString(parser.value(replanFrom), Qt::ISODate);
        if (!frozen.isValid()) {
            printErr(tr("--replan-from: \"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(replanFrom)));
            return ExitUsage;
        }
    } else {
        frozen = todayInShanghai(clock);
    }
    auto context = repo.context(session.value(), squad, period.value(), frozen);
    if (!context) {
        printErr(context.errorMessage());
        return ExitFailure;
    }
    if (context->published.empty())
        context->frozenBefore = QDate();
    for (const data::DemandProblem &p : data::checkDemand(context.value()))
        printErr(tr("demand: %1").arg(p.text));

    data::RosterPlanner planner(context.value());
    g_planner = &planner;
    auto previous = std::signal(SIGINT, onRosterInterrupt);
    const bool showProgress = !parser.isSet(quiet);
    const data::PlanResult result = planner.plan(options, [showProgress](const data::PlanProgress &p) {
        if (showProgress)
            printErr(tr("%1 s, %2 steps, best objective %3, hard violations %4")
                         .arg(p.elapsedSeconds, 0, 'f', 1)
                         .arg(p.iterations)
                         .arg(p.bestObjective)
                         .arg(p.bestHardViolations));
    });
    std::signal(SIGINT, previous);
    g_planner = nullptr;

    auto draft = repo.saveDraft(session.value(), squad, period.value(), result.assignments);
    if (!draft) {
        printErr(draft.errorMessage());
        return ExitDatabase;
    }
    QString text;
    for (const data::RosterViolation &v : result.check.violations)
        text += (v.hard ? tr("hard: %1\n") : tr("soft: %1\n")).arg(v.text);
    text += tr("planned %1 %2: %3 officer(s), %4 shift(s), %5 steps in %6 s; draft %7\n")
                .arg(squad, period->key())
                .arg(context->officers.size())
                .arg(result.assignments.size())
                .arg(result.iterations)
                .arg(result.elapsedSeconds, 0, 'f', 2)
                .arg(draft.value());
    if (!context->published.empty())
        text += tr("changes against published version %1: %2\n").arg(context->publishedVersion).arg(result.changes.size());
    int exit = result.cancelled ? ExitCancelled : ExitOk;
    if (parser.isSet(publish)) {
        auto published = repo.publish(session.value(), draft.value(),
                                      data::PublishOptions { parser.isSet(confirm), QString() });
        if (!published) {
            printErr(published.errorMessage());
            exit = ExitFailure;
        } else {
            text += tr("published version %1\n").arg(published->version);
        }
    }
    // The last two lines are fixed, untranslated, for scripts and the benchmark.
    text += QStringLiteral("objective: %1\nhard_violations: %2").arg(result.check.objective).arg(result.check.hardViolations);
    printOut(text);
    return exit;
}

int print(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Print a roster as PDF: the weekly squad roster, the daily duty sheet, one "
                                        "officer's schedule or the change notice between two versions."));
    const QCommandLineOption kind(QStringList { QStringLiteral("kind") }, tr("weekly, daily, officer or changes."),
                                  QStringLiteral("KIND"), QStringLiteral("weekly"));
    const QCommandLineOption officer(QStringList { QStringLiteral("officer") }, tr("Badge number (kind officer)."),
                                     QStringLiteral("BADGE"));
    const QCommandLineOption date(QStringList { QStringLiteral("date") }, tr("Day of the duty sheet (kind daily; default: "
                                                                            "the period's first day)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption version(QStringList { QStringLiteral("version") },
                                     tr("Version to print (default: the newest published, else the draft)."), QStringLiteral("N"));
    const QCommandLineOption fromVersion(QStringList { QStringLiteral("from-version") }, tr("Change notice: older version."),
                                         QStringLiteral("A"));
    const QCommandLineOption toVersion(QStringList { QStringLiteral("to-version") }, tr("Change notice: newer version."),
                                       QStringLiteral("B"));
    const QCommandLineOption output(QStringList { QStringLiteral("o"), QStringLiteral("output") }, tr("The PDF file to write."),
                                    QStringLiteral("FILE"));
    parser.addOptions({ squadOption(), periodOption(), kind, officer, date, version, fromVersion, toVersion, output,
                        databaseOption() });
    int code = ExitOk;
    if (!parseOrExit(parser, args, &code))
        return code;
    const QString k = parser.value(kind);
    if (!parser.isSet(squadOption()) || !parser.isSet(periodOption()) || !parser.isSet(output)
        || !QStringList { QStringLiteral("weekly"), QStringLiteral("daily"), QStringLiteral("officer"), QStringLiteral("changes") }
                .contains(k)) {
        printErr(tr("usage: %1 --squad CODE --period PERIOD --kind weekly|daily|officer|changes [--officer BADGE] [--date D] "
                    "[--from-version A --to-version B] -o FILE [--db PATH]")
                     .arg(args.value(0)));
        return ExitUsage;
    }
    auto period = data::RosterPeriod::parse(parser.value(periodOption()));
    if (!period) {
        printErr(period.errorMessage());
        return ExitUsage;
    }
    auto db = data::Database::open(databasePath(parser), data::Database::Mode::OpenExisting);
    if (!db) {
        printErr(db.errorMessage());
        return ExitDatabase;
    }
    data::Database &store = *db.value();
    const QString squadCode = parser.value(squadOption());
    auto squad = data::rosterstore::squad(store, squadCode);
    if (!squad) {
        printErr(squad.errorMessage());
        return ExitFailure;
    }
    auto context = data::rosterstore::context(store, squadCode, period.value());
    if (!context) {
        printErr(context.errorMessage());
        return ExitFailure;
    }
    auto versions = data::rosterstore::versions(store, squad.value(), period.value());
    if (!versions) {
        printErr(versions.errorMessage());
        return ExitFailure;
    }
    auto byVersion = [&](const QString &text, data::RosterHeader *out) {
        bool ok = false;
        const int n = text.toInt(&ok);
        for (const data::RosterHeader &h : versions.value())
            if (ok && h.version == n) {
                *out = h;
                return true;
            }
        printErr(tr("%1 %2 has no version %3.").arg(squadCode, period->key(), text));
        return false;
    };

    ui::print::RosterPrintData data;
    data.context = context.value();
    data.printedAt = data::Clock::system().now();
    data.postAreas = ui::print::postAreas(store, squad->id);
    // Which cells: a chosen version; else the newest published version of exactly this period; else the
    // draft; else (a month over weekly rosters, say) the published cells in force over the period.
    bool found = false;
    if (parser.isSet(version)) {
        if (!byVersion(parser.value(version), &data.header))
            return ExitFailure;
        found = true;
    } else {
        for (const data::RosterHeader &h : versions.value())
            if (h.published || !found) {
                data.header = h;
                found = true;
            }
    }
    if (found) {
        auto cells = data::rosterstore::assignments(store, data.header.id);
        if (!cells) {
            printErr(cells.errorMessage());
            return ExitFailure;
        }
        data.assignments = cells.value();
    } else {
        auto cells = data::rosterstore::effectiveAssignments(store, squad->id, period->start, period->end);
        if (!cells) {
            printErr(cells.errorMessage());
            return ExitFailure;
        }
        data.assignments = cells.value();
        data.header.squadCode = squadCode;
        data.header.period = period.value();
        data.header.published = true;
        data.header.version = 0;
    }
    if (k != QLatin1String("changes") && data.assignments.empty()) {
        printErr(tr("%1 %2: no roster to print (plan and publish one first).").arg(squadCode, period->key()));
        return ExitFailure;
    }

    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly)) {
        printErr(tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
        return ExitFailure;
    }
    data::Result<int> pages = 0;
    {
        auto writer = ui::print::makeRosterPdfWriter(&file, QStringLiteral("%1 %2").arg(squadCode, period->key()));
        if (k == QLatin1String("weekly")) {
            pages = ui::print::printWeeklyRoster(data, *writer);
        } else if (k == QLatin1String("daily")) {
            const QDate day = parser.isSet(date) ? QDate::fromString(parser.value(date), Qt::ISODate) : period->start;
            if (!day.isValid()) {
                printErr(tr("--date: \"%1\" is not a date (YYYY-MM-DD).").arg(parser.value(date)));
                return ExitUsage;
            }
            pages = ui::print::printDailySheet(data, day, *writer);
        } else if (k == QLatin1String("officer")) {
            const data::RosterOfficer *o = nullptr;
            for (const data::RosterOfficer &x : data.context.officers)
                if (x.badgeNo == parser.value(officer))
                    o = &x;
            if (!o) {
                printErr(tr("--officer: no active officer with badge \"%1\" in %2.").arg(parser.value(officer), squadCode));
                return ExitUsage;
            }
            pages = ui::print::printOfficerSchedule(data, o->id, *writer);
        } else {
            data::RosterHeader a, b;
            std::vector<data::RosterHeader> published;
            for (const data::RosterHeader &h : versions.value())
                if (h.published)
                    published.push_back(h);
            if (parser.isSet(fromVersion) || parser.isSet(toVersion)) {
                if (!byVersion(parser.value(fromVersion), &a) || !byVersion(parser.value(toVersion), &b))
                    return ExitUsage;
            } else if (published.size() >= 2) {
                a = published[published.size() - 2];
                b = published.back();
            } else {
                printErr(tr("%1 %2: a change notice needs two versions (--from-version A --to-version B).")
                             .arg(squadCode, period->key()));
                return ExitUsage;
            }
            auto ca = data::rosterstore::assignments(store, a.id);
            auto cb = data::rosterstore::assignments(store, b.id);
            if (!ca || !cb) {
                printErr(!ca ? ca.errorMessage() : cb.errorMessage());
                return ExitFailure;
            }
            pages = ui::print::printChangeNotice(data.context, a, b, data::compareAssignments(ca.value(), cb.value()),
                                                 data.printedAt, *writer);
        }
    }
    if (!pages) {
        printErr(pages.errorMessage());
        return ExitFailure;
    }
    if (!file.commit()) {
        printErr(tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
        return ExitFailure;
    }
    printOut(tr("wrote %1 (%2 page(s))").arg(parser.value(output)).arg(pages.value()));
    return ExitOk;
}

} // namespace

int runRoster(const QStringList &args)
{
    const QString action = args.value(1);
    QStringList rest = args.mid(2);
    rest.prepend(args.value(0) + QLatin1Char(' ') + action);
    if (action == QLatin1String("plan"))
        return plan(rest);
    if (action == QLatin1String("print"))
        return print(rest);
    printErr(tr("usage: %1 plan|print … (see %1 plan --help, %1 print --help)").arg(args.value(0)));
    return action == QLatin1String("--help") || action == QLatin1String("-h") ? ExitOk : ExitUsage;
}

} // namespace dd::app
