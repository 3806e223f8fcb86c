// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk schedule solve|check`: the duty scheduler on Curtois & Qu benchmark files. Wiring only:
// reading, solving and checking live in scheduling/.
#include "app/commandline.h"
#include "app/commands.h"

#include "scheduling/curtoisqureader.h"
#include "scheduling/evaluation.h"
#include "scheduling/rostertext.h"
#include "scheduling/solver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

#include <atomic>
#include <csignal>

namespace dd::app {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("dd::app", text); }

QString fromStd(const std::string &s) { return QString::fromStdString(s); }

// Ctrl+C stops the search; the best roster so far is still written.
std::atomic<scheduling::Solver *> g_running{nullptr};
extern "C" void onInterrupt(int)
{
    if (scheduling::Solver *s = g_running.load())
        s->cancel();
}

bool readInstance(const QString &path, scheduling::Problem *problem)
{
    scheduling::ReadResult read = scheduling::readCurtoisQuFile(path.toStdString());
    if (!read) {
        printErr(fromStd(read.error));
        return false;
    }
    *problem = std::move(read.problem);
    return true;
}

void printSummary(const scheduling::Problem &problem, const scheduling::Evaluation &e, bool everyViolation)
{
    QString text;
    if (everyViolation)
        for (const scheduling::Violation &v : e.violations)
            text += fromStd(scheduling::describe(problem, v)) + QLatin1Char('\n');
    for (int r = 0; r < scheduling::kRuleCount; ++r) {
        const auto rule = scheduling::Rule(r);
        if (e.countByRule[std::size_t(r)] == 0)
            continue;
        text += tr("rule %1: %2 violation(s), cost %3\n")
                    .arg(QString::fromLatin1(scheduling::ruleName(rule)))
                    .arg(e.countByRule[std::size_t(r)])
                    .arg(e.costByRule[std::size_t(r)]);
    }
    // The last two lines are fixed, untranslated, for scripts and the benchmark.
    text += QStringLiteral("objective: %1\nhard_violations: %2").arg(e.objective).arg(e.hardViolations);
    printOut(text);
}

int solve(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Solve a Curtois & Qu instance and write the roster."));
    parser.addPositionalArgument(QStringLiteral("INSTANCE"), tr("The instance file (InstanceN.txt)."));
    const QCommandLineOption timeLimit(QStringList{QStringLiteral("time-limit")}, tr("Seconds to search (default 10)."),
                                       QStringLiteral("SECONDS"), QStringLiteral("10"));
    const QCommandLineOption threads(QStringList{QStringLiteral("threads")}, tr("Search threads (default 1)."),
                                     QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption seed(QStringList{QStringLiteral("seed")}, tr("Random seed (default 1)."),
                                  QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption iterations(QStringList{QStringLiteral("iterations")},
                                        tr("Stop after N search steps (reproducible runs)."), QStringLiteral("N"));
    const QCommandLineOption output(QStringList{QStringLiteral("o"), QStringLiteral("output")},
                                    tr("Where to write the roster."), QStringLiteral("SOLUTION"));
    const QCommandLineOption quiet(QStringList{QStringLiteral("quiet")}, tr("No progress on stderr."));
    parser.addOptions({timeLimit, threads, seed, iterations, output, quiet});
    int code = ExitOk;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(output)) {
        printErr(tr("usage: %1 INSTANCE --time-limit SECONDS [--threads N] [--seed N] -o SOLUTION").arg(args.value(0)));
        return ExitUsage;
    }
    bool ok1 = false, ok2 = false, ok3 = false, ok4 = true;
    scheduling::SolverOptions options;
    options.timeLimitSeconds = parser.value(timeLimit).toDouble(&ok1);
    options.threads = parser.value(threads).toInt(&ok2);
    options.seed = parser.value(seed).toULongLong(&ok3);
    if (parser.isSet(iterations)) {
        options.maxIterations = parser.value(iterations).toLongLong(&ok4);
        if (!parser.isSet(timeLimit))
            options.timeLimitSeconds = 0;
    }
    if (!ok1 || !ok2 || !ok3 || !ok4 || options.timeLimitSeconds < 0 || options.threads < 1) {
        printErr(tr("invalid number in --time-limit, --threads, --seed or --iterations"));
        return ExitUsage;
    }
    scheduling::Problem problem;
    if (!readInstance(parser.positionalArguments().constFirst(), &problem))
        return ExitInput;

    scheduling::Solver solver(problem);
    if (!parser.isSet(quiet))
        solver.setProgressCallback([](const scheduling::SolverProgress &p) {
            printErr(tr("%1 s, %2 steps, best objective %3, hard violations %4")
                         .arg(p.elapsedSeconds, 0, 'f', 1)
                         .arg(p.iterations)
                         .arg(p.bestObjective)
                         .arg(p.bestHardViolations));
        }, 1.0);
    g_running = &solver;
    auto previous = std::signal(SIGINT, onInterrupt);
    const scheduling::SolverResult result = solver.solve(options);
    std::signal(SIGINT, previous);
    g_running = nullptr;

    QSaveFile file(parser.value(output));
    if (!file.open(QIODevice::WriteOnly)) {
        printErr(tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
        return ExitFailure;
    }
    file.write(QByteArray::fromStdString(scheduling::writeRosterText(problem, result.roster)));
    if (!file.commit()) {
        printErr(tr("cannot write %1: %2").arg(parser.value(output), file.errorString()));
        return ExitFailure;
    }
    printOut(tr("steps: %1, seconds: %2, time to best: %3")
                 .arg(result.iterations)
                 .arg(result.elapsedSeconds, 0, 'f', 1)
                 .arg(result.timeToBestSeconds, 0, 'f', 1));
    QStringList phases;
    for (const scheduling::SolverPhase &ph : result.phases)
        phases << tr("%1 from %2 s").arg(QString::fromStdString(ph.name)).arg(ph.startSeconds, 0, 'f', 1);
    printOut(tr("phases: %1").arg(phases.join(QStringLiteral(", "))));
    if (result.provenOptimal)
        printOut(tr("proven optimal: the branch and price searched its whole tree"));
    else if (result.lowerBound >= 0)
        printOut(tr("lower bound: %1 (no roster can cost less)").arg(result.lowerBound));
    printSummary(problem, result.evaluation, false);
    return result.cancelled ? ExitCancelled : ExitOk;
}

int check(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Check a roster against a Curtois & Qu instance: every violation, "
                                        "then the objective and the number of hard violations. "
                                        "Exit code 1 when a hard rule is broken."));
    parser.addPositionalArgument(QStringLiteral("INSTANCE"), tr("The instance file (InstanceN.txt)."));
    parser.addPositionalArgument(QStringLiteral("SOLUTION"), tr("The roster written by schedule solve."));
    int code = ExitOk;
    if (!parseOrExit(parser, args, &code))
        return code;
    if (parser.positionalArguments().size() != 2) {
        printErr(tr("usage: %1 INSTANCE SOLUTION").arg(args.value(0)));
        return ExitUsage;
    }
    scheduling::Problem problem;
    if (!readInstance(parser.positionalArguments().at(0), &problem))
        return ExitInput;
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        printErr(tr("cannot read %1: %2").arg(path, file.errorString()));
        return ExitInput;
    }
    const scheduling::RosterReadResult roster = scheduling::readRosterText(problem, file.readAll().toStdString(), path.toStdString());
    if (!roster) {
        printErr(fromStd(roster.error));
        return ExitInput;
    }
    const scheduling::Evaluation e = scheduling::evaluate(problem, roster.roster, true);
    printSummary(problem, e, true);
    return e.feasible() ? ExitOk : ExitFailure;
}

} // namespace

int runSchedule(const QStringList &args)
{
    const QString action = args.value(1);
    const QStringList rest = QStringList{args.value(0) + QLatin1Char(' ') + action} + args.mid(2);
    if (action == QLatin1String("solve"))
        return solve(rest);
    if (action == QLatin1String("check"))
        return check(rest);
    if (action == QLatin1String("--help") || action == QLatin1String("-h")) {
        printOut(tr("Usage: %1 solve INSTANCE --time-limit SECONDS [--threads N] [--seed N] -o SOLUTION\n"
                    "       %1 check INSTANCE SOLUTION").arg(args.value(0)));
        return ExitOk;
    }
    printErr(tr("%1: expected solve or check").arg(args.value(0)));
    return ExitUsage;
}

} // namespace dd::app
