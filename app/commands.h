// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QCommandLineOption>
#include <QStringList>

class QCommandLineParser;

namespace dd::data {
class Database;
class Session;
} // namespace dd::data

namespace dd::app {

// Exit codes of every subcommand; listed in `dutydesk --help`.
enum ExitCode : int {
    ExitOk = 0,
    ExitFailure = 1,       // the work could not be done (a message on stderr says why)
    ExitUsage = 2,         // unknown subcommand, option or missing argument
    ExitDatabase = 3,      // the database could not be opened, migrated or written
    ExitInput = 4,         // an input file is unreadable or malformed
    ExitPartial = 5,       // done in part (e.g. a sync that pushed but could not pull)
    ExitCancelled = 6,
};

// Each subcommand receives its arguments with args[0] = "dutydesk <name>" (the program name as
// QCommandLineParser::parse() expects it), followed by everything after the subcommand name.
// A subcommand prints results to stdout, errors to stderr, and returns an ExitCode.
int runGui(const QStringList &args);        // app/cmd_gui.cpp    (needs a QApplication)
int runDemoDb(const QStringList &args);     // app/cmd_demodb.cpp
int runInfo(const QStringList &args);       // app/cmd_info.cpp
int runSchedule(const QStringList &args);   // app/cmd_schedule.cpp: schedule solve|check
int runUser(const QStringList &args);       // app/cmd_user.cpp: user add|passwd|disable|enable|unlock|list
int runRoster(const QStringList &args);     // app/cmd_roster.cpp: roster plan|print
int runImport(const QStringList &args);     // app/cmd_import.cpp: routes import grid|incidents
int runExport(const QStringList &args);     // app/cmd_import.cpp: routes export grid
int runImportGrid(const QStringList &args);     // app/cmd_grid.cpp
int runExportGrid(const QStringList &args);     // app/cmd_grid.cpp
int runImportIncidents(const QStringList &args); // app/cmd_incidents.cpp
int runSync(const QStringList &args);       // app/cmd_sync.cpp
int runReport(const QStringList &args);     // app/cmd_report.cpp: report quarterly|daily

// For every subcommand that changes data (app/cmd_user.cpp): add credentialsOption() to the parser,
// then signInForCommand() gives the acting user from --credentials FILE (user=, password=; refused when
// readable by others) or from a prompt without echo when stdin is a terminal; fails otherwise.
QCommandLineOption credentialsOption();
data::Result<data::Session> signInForCommand(data::Database &db, const QCommandLineParser &parser);

} // namespace dd::app
