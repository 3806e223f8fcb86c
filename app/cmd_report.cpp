// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk report quarterly|daily`: the printed reports written headless as PDF, the same generators
// the Reports page uses (ui/print/reportprint.h).
#include "app/commandline.h"
#include "app/commands.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "ui/print/reportprint.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QPdfWriter>
#include <QSaveFile>
#include <QSqlQuery>

namespace dd::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::app", text);
}

// The squad's id for its code (JD102); empty and an error printed when there is none.
QString squadIdForCode(data::Database &db, const QString &code)
{
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT id FROM squads WHERE code = ?"));
    q.addBindValue(code);
    if (q.exec() && q.next())
        return q.value(0).toString();
    printErr(tr("report: --squad %1: no squad has this code (see dutydesk info).").arg(code));
    return {};
}

} // namespace

int runReport(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Write a report as PDF.\n"
           "  report quarterly --quarter 2026Q3 [--squad CODE] -o report.pdf\n"
           "      the quarterly complaint-handling efficiency evaluation (district, or one squad)\n"
           "  report daily --date 2026-09-30 [--squad CODE] -o summary.pdf\n"
           "      the command room's summary of one day"));
    parser.addPositionalArgument(QStringLiteral("kind"), tr("quarterly or daily"));
    const QCommandLineOption quarterOption(QStringLiteral("quarter"), tr("The quarter, e.g. 2026Q3."), tr("QUARTER"));
    const QCommandLineOption dateOption(QStringLiteral("date"), tr("The day, e.g. 2026-09-30."), tr("DATE"));
    const QCommandLineOption squadOption(QStringLiteral("squad"), tr("One squad by its code (JD102)."), tr("CODE"));
    const QCommandLineOption outputOption(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                          tr("The PDF file to write."), tr("FILE"));
    parser.addOptions({ quarterOption, dateOption, squadOption, outputOption, databaseOption(), credentialsOption() });
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, &exitCode))
        return exitCode;

    const QStringList positional = parser.positionalArguments();
    const QString kind = positional.value(0);
    if (positional.size() != 1 || (kind != QLatin1String("quarterly") && kind != QLatin1String("daily"))) {
        printErr(tr("report: say which report: quarterly or daily (dutydesk report --help)."));
        return ExitUsage;
    }
    const bool quarterly = kind == QLatin1String("quarterly");
    if (!parser.isSet(outputOption)) {
        printErr(tr("report: -o FILE is missing: where should the PDF go?"));
        return ExitUsage;
    }
    if (quarterly && !parser.isSet(quarterOption)) {
        printErr(tr("report quarterly: --quarter is missing (e.g. --quarter 2026Q3)."));
        return ExitUsage;
    }
    QDate date;
    if (!quarterly) {
        date = QDate::fromString(parser.value(dateOption), Qt::ISODate);
        if (!date.isValid()) {
            printErr(tr("report daily: --date \"%1\" is not a date (write it as 2026-09-30).")
                         .arg(parser.value(dateOption)));
            return ExitUsage;
        }
    }

    auto opened = data::Database::open(databasePath(parser), data::Database::Mode::OpenExisting);
    if (!opened) {
        printErr(opened.errorMessage());
        return ExitDatabase;
    }
    data::Database &db = *opened.value();
    auto session = signInForCommand(db, parser);
    if (!session) {
        printErr(session.errorMessage());
        return ExitFailure;
    }
    QString squadId;
    if (parser.isSet(squadOption)) {
        squadId = squadIdForCode(db, parser.value(squadOption));
        if (squadId.isEmpty())
            return ExitUsage;
    }

    // QSaveFile: the PDF appears whole or not at all; an older file of that name survives a failure.
    const QString path = parser.value(outputOption);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly)) {
        printErr(tr("report: %1 cannot be written: %2").arg(path, out.errorString()));
        return ExitFailure;
    }
    data::Status written = data::success();
    {
        auto writer = ui::print::makePdfWriter(&out,
                                               quarterly ? tr("Quarterly complaint-handling efficiency evaluation")
                                                         : tr("Command-room daily summary"));
        if (quarterly)
            written = ui::print::writeQuarterlyReport(db, data::Clock::system(), *session,
                                                      { parser.value(quarterOption), squadId }, writer.get());
        else
            written
                = ui::print::writeDailySummary(db, data::Clock::system(), *session, { date, squadId }, writer.get());
    }
    if (!written) {
        out.cancelWriting();
        printErr(written.errorMessage());
        return ExitFailure;
    }
    if (!out.commit()) {
        printErr(tr("report: %1 cannot be written: %2").arg(path, out.errorString()));
        return ExitFailure;
    }
    printOut(tr("report: wrote %1").arg(path));
    return ExitOk;
}

} // namespace dd::app
