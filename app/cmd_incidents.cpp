// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk import incidents FILE --mapping NAME|FILE.json`: bulk import of hotline work orders
// (docs/IMPORT.md, "Incidents"), the same importer as the import dialog.
#include "app/commandline.h"
#include "app/commands.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/incidents/incidentimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>

namespace dd::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::app", text);
}

} // namespace

int runImportIncidents(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import hotline work orders (CSV in UTF-8 or GB18030, or JSON) as incidents. Idempotent on (source, "
           "ticket number): rows imported before change nothing, changed rows update the incident and append to "
           "its history. Bad rows are listed with their line and reason and written to the rejects file; the good "
           "rows are written in one transaction. Prints imported: N, updated: N, rejected: N last."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The work orders (.csv or .json)."));
    parser.addOption(databaseOption());
    parser.addOption(credentialsOption());
    const QCommandLineOption mappingOption(QStringList { QStringLiteral("mapping") },
                                           tr("A saved mapping's name (e.g. hotline-12345) or a mapping .json file."),
                                           QStringLiteral("NAME|FILE.json"));
    const QCommandLineOption rejectsOption(QStringList { QStringLiteral("rejects") },
                                           tr("Where to write the rejected rows (default: FILE.rejects.csv when "
                                              "there are any)."),
                                           QStringLiteral("FILE"));
    parser.addOptions({ mappingOption, rejectsOption });
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, &exitCode))
        return exitCode;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1) {
        printErr(tr("import incidents: expected exactly one FILE."));
        return ExitUsage;
    }
    if (!parser.isSet(mappingOption)) {
        printErr(tr("import incidents: give --mapping NAME or --mapping FILE.json (saved: %1).")
                     .arg(data::ImportMapping::savedNames().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    const QString file = positional.front();
    auto mapping = data::ImportMapping::load(parser.value(mappingOption));
    if (!mapping) {
        printErr(mapping.errorMessage());
        return ExitInput;
    }
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        printErr(tr("import incidents: %1: %2").arg(file, input.errorString()));
        return ExitInput;
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
    data::IncidentImporter importer(*db.value(), data::Clock::system());
    auto report = importer.importData(session.value(), input.readAll(), mapping.value(), file);
    if (!report) {
        printErr(report.errorMessage());
        return ExitFailure;
    }
    for (const data::ImportRejection &r : report->rejections)
        printErr(tr("%1:%2: rejected%3: %4")
                     .arg(file)
                     .arg(r.line)
                     .arg(r.ticketNo.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.ticketNo), r.reason));
    if (!report->rejections.empty()) {
        const QString rejectsPath = parser.isSet(rejectsOption) ? parser.value(rejectsOption) : file + QStringLiteral(".rejects.csv");
        QFile out(rejectsPath);
        if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
            printErr(tr("import incidents: cannot write the rejects to %1: %2").arg(rejectsPath, out.errorString()));
        } else {
            const data::Status written = data::IncidentImporter::writeRejects(report.value(), out);
            if (!written)
                printErr(written.errorMessage());
            else
                printOut(tr("rejects written to %1").arg(rejectsPath));
        }
    }
    printOut(QStringLiteral("imported: %1").arg(report->imported));
    printOut(QStringLiteral("updated: %1").arg(report->updated));
    printOut(QStringLiteral("rejected: %1").arg(report->rejections.size()));
    return report->rejections.empty() ? ExitOk : ExitPartial;
}

} // namespace dd::app
