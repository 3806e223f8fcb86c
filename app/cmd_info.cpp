// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/commands.h"
#include "data/database.h"
#include "data/districtrepository.h"
#include "data/storeinfo.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace dd::app {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::app", text);
}
} // namespace

int runInfo(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dd::app", "Summarises a database: counts per table, schema version, integrity check, squads."));
    parser.addOption(databaseOption());
    const QCommandLineOption jsonOption(QStringList { QStringLiteral("json") },
                                        QCoreApplication::translate("dd::app", "Print one JSON object (for scripts)."));
    parser.addOption(jsonOption);
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("info: unexpected argument \"%1\" (the database is given with --db PATH).")
                     .arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    const QString path = databasePath(parser);
    // Read-only: looking at a file never migrates or otherwise changes it.
    auto db = data::Database::open(path, data::Database::Mode::ReadOnly);
    if (!db) {
        printErr(db.errorMessage());
        return ExitDatabase;
    }
    auto info = data::inspectStore(*db.value());
    if (!info) {
        printErr(info.errorMessage());
        return ExitDatabase;
    }
    auto summary = data::DistrictRepository(*db.value()).summary();
    if (!summary) {
        printErr(summary.errorMessage());
        return ExitDatabase;
    }

    if (parser.isSet(jsonOption)) {
        QJsonObject counts;
        for (const data::TableCount &c : info->counts)
            counts.insert(c.table, c.rows);
        QJsonArray squads;
        for (const data::SquadSummary &s : summary->squads)
            squads.append(QJsonObject { { QStringLiteral("code"), s.code },
                                        { QStringLiteral("name"), s.name },
                                        { QStringLiteral("town_code"), s.townCode },
                                        { QStringLiteral("officers"), s.officerCount } });
        QJsonArray towns;
        for (const data::TownSummary &t : summary->towns)
            towns.append(QJsonObject { { QStringLiteral("code"), t.code },
                                       { QStringLiteral("name"), t.name },
                                       { QStringLiteral("communities"), t.communityCount },
                                       { QStringLiteral("cells"), t.cellCount } });
        const QJsonObject district { { QStringLiteral("code"), summary->code },
                                     { QStringLiteral("name"), summary->name },
                                     { QStringLiteral("crs"), summary->crs },
                                     { QStringLiteral("schematic"), summary->schematicGeometry },
                                     { QStringLiteral("cells"), summary->cellCount },
                                     { QStringLiteral("officers"), summary->officerCount } };
        const QJsonObject root { { QStringLiteral("path"), info->path },
                                 { QStringLiteral("schema_version"), info->schemaVersion },
                                 { QStringLiteral("latest_schema_version"), data::Database::latestSchemaVersion() },
                                 { QStringLiteral("console_id"), info->consoleId },
                                 { QStringLiteral("integrity"), info->integrity },
                                 { QStringLiteral("counts"), counts },
                                 { QStringLiteral("district"), district },
                                 { QStringLiteral("towns"), towns },
                                 { QStringLiteral("squads"), squads } };
        printOut(QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented)));
    } else {
        QString text;
        text += tr("Database:        %1\n").arg(info->path);
        text += tr("Schema version:  %1 (this build: %2)\n")
                    .arg(info->schemaVersion)
                    .arg(data::Database::latestSchemaVersion());
        text += tr("Console id:      %1\n").arg(info->consoleId);
        text += tr("Integrity:       %1\n").arg(info->integrity);
        if (!summary->code.isEmpty()) {
            text += tr("District:        %1 %2, %3 grid cells (%4%5), %6 active officers\n")
                        .arg(summary->code, summary->name)
                        .arg(summary->cellCount)
                        .arg(summary->crs, summary->schematicGeometry ? tr(", schematic 示意") : QString())
                        .arg(summary->officerCount);
            text += tr("\nTowns/streets (code, name, committees, cells):\n");
            for (const data::TownSummary &t : summary->towns)
                text += QStringLiteral("  %1  %2  %3  %4\n").arg(t.code, t.name).arg(t.communityCount).arg(t.cellCount);
            text += tr("\nSquads (code, name, active officers):\n");
            for (const data::SquadSummary &s : summary->squads)
                text += QStringLiteral("  %1  %2  %3\n").arg(s.code, s.name).arg(s.officerCount);
        }
        text += tr("\nRows per table:\n");
        for (const data::TableCount &c : info->counts)
            text += QStringLiteral("  %1 %2\n").arg(c.table.leftJustified(22)).arg(c.rows, 8);
        printOut(text);
    }
    if (info->integrity != QLatin1String("ok")) {
        printErr(tr("%1: the integrity check found problems:\n%2").arg(info->path, info->integrity));
        return ExitDatabase;
    }
    return ExitOk;
}

} // namespace dd::app
