// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk import grid FILE.geojson` and `dutydesk export grid -o FILE.geojson`: grid layers as GeoJSON.
#include "app/commandline.h"
#include "app/commands.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/layers/layerimport.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QSaveFile>

namespace dd::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("dd::app", text);
}

bool parseLengths(const QString &text, std::vector<int> *lengths)
{
    lengths->clear();
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = part.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > 32)
            return false;
        lengths->push_back(n);
    }
    return !lengths->empty();
}

} // namespace

int runImportGrid(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Import a grid layer from a GeoJSON FeatureCollection of Polygon/MultiPolygon features with the properties "
           "code, parent (community or town code), name, and optionally level (cell, town, community, district) and "
           "kind (urban, suburban, rural). The layer becomes the active one. Nothing is imported when any feature has "
           "a fault, unless --valid-only. See docs/IMPORT.md."));
    parser.addPositionalArgument(QStringLiteral("FILE"), tr("The GeoJSON file."));
    parser.addOption(databaseOption());
    parser.addOption(credentialsOption());
    const QCommandLineOption validOnly(QStringList { QStringLiteral("valid-only") },
                                       tr("Import the valid features and skip the faulty ones (recorded in the audit "
                                          "log)."));
    const QCommandLineOption nameOption(QStringList { QStringLiteral("name") },
                                        tr("Name of the new layer (default: the file's name member, else official)."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption crsOption(QStringList { QStringLiteral("crs") },
                                       tr("The coordinate reference the file must declare (default: the district's "
                                          "current layer's)."),
                                       QStringLiteral("CRS"));
    const QCommandLineOption lengthsOption(QStringList { QStringLiteral("code-lengths") },
                                           tr("Accepted cell-code lengths, comma-separated (default 15)."),
                                           QStringLiteral("N,…"));
    parser.addOptions({ validOnly, nameOption, crsOption, lengthsOption });
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, &exitCode))
        return exitCode;
    if (parser.positionalArguments().size() != 1) {
        printErr(tr("import grid: expected exactly one FILE."));
        return ExitUsage;
    }
    data::LayerImportOptions options;
    options.validOnly = parser.isSet(validOnly);
    options.layerName = parser.value(nameOption);
    options.crs = parser.value(crsOption);
    if (parser.isSet(lengthsOption) && !parseLengths(parser.value(lengthsOption), &options.codeLengths)) {
        printErr(tr("import grid: --code-lengths wants numbers from 1 to 32, e.g. 15,20."));
        return ExitUsage;
    }

    auto db = data::Database::open(databasePath(parser), data::Database::Mode::OpenExisting);
    if (!db) {
        printErr(db.errorMessage());
        return ExitDatabase;
    }
    auto session = signInForCommand(*db.value(), parser);
    if (!session) {
        printErr(session.errorMessage());
        return ExitFailure;
    }
    const QString file = parser.positionalArguments().constFirst();
    auto report = data::LayerImporter(*db.value(), data::Clock::system()).importFile(session.value(), file, options);
    if (!report) {
        printErr(report.errorMessage());
        return ExitInput;
    }
    printOut(tr("import grid: layer \"%1\" (%2): %3 cells and %4 boundaries imported from %5 features; it is now the "
                "active layer.")
                 .arg(report->layerName, report->crs)
                 .arg(report->cells)
                 .arg(report->areas)
                 .arg(report->featureCount));
    printOut(tr("import grid: %1 cells of %2 posts carried over to the new layer; %3 new cells lie in no patrol "
                "sector.")
                 .arg(report->postCells)
                 .arg(report->postsCarried)
                 .arg(report->cellsOutsideSectors));
    if (!report->postsEmptied.isEmpty())
        printOut(tr("import grid: these posts have no cell on the new layer and must be redrawn: %1")
                     .arg(report->postsEmptied.join(QStringLiteral(", "))));
    if (!report->skipped.empty()) {
        printOut(tr("import grid: %1 faulty features were skipped (recorded in the audit log):")
                     .arg(report->skipped.size()));
        for (const grid::LayerFault &fault : report->skipped)
            printOut(QStringLiteral("  ") + fault.toString());
        return ExitPartial;
    }
    return ExitOk;
}

int runExportGrid(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Export the active grid layer (boundaries and cells) as GeoJSON."));
    parser.addOption(databaseOption());
    const QCommandLineOption outputOption(QStringList { QStringLiteral("o"), QStringLiteral("output") },
                                          tr("The GeoJSON file to write (- for stdout)."), QStringLiteral("FILE"));
    parser.addOption(outputOption);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, &exitCode))
        return exitCode;
    if (!parser.isSet(outputOption)) {
        printErr(tr("export grid: say where to write: -o FILE.geojson."));
        return ExitUsage;
    }
    auto db = data::Database::open(databasePath(parser), data::Database::Mode::ReadOnly);
    if (!db) {
        printErr(db.errorMessage());
        return ExitDatabase;
    }
    auto json = data::exportLayer(*db.value());
    if (!json) {
        printErr(json.errorMessage());
        return ExitFailure;
    }
    const QString path = parser.value(outputOption);
    if (path == QLatin1String("-")) {
        QFile out;
        if (!out.open(stdout, QIODevice::WriteOnly))
            return ExitFailure;
        out.write(json.value());
        return ExitOk;
    }
    QSaveFile out(path); // all or nothing: a failed export leaves no half-written file
    if (!out.open(QIODevice::WriteOnly) || out.write(json.value()) != json->size() || !out.commit()) {
        printErr(tr("export grid: %1 cannot be written: %2").arg(path, out.errorString()));
        return ExitFailure;
    }
    printOut(tr("export grid: %1 written (%2 bytes).").arg(path).arg(json->size()));
    return ExitOk;
}

} // namespace dd::app
