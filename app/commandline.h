// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QString>

class QCommandLineParser;

namespace dd::app {

// The --db PATH option shared by every subcommand that reads or writes a database.
QCommandLineOption databaseOption();

// The database the user named with --db, else the configured one (Settings::databasePath()).
QString databasePath(const QCommandLineParser &parser);

// stdout / stderr as UTF-8 text, so Chinese names survive any locale.
void printOut(const QString &text);
void printErr(const QString &text);

// Parses args (args[0] is the program name) and handles --help; returns false and sets *exitCode
// when the caller must return at once (help shown, or a usage error already printed).
bool parseOrExit(QCommandLineParser &parser, const QStringList &args, int *exitCode);

} // namespace dd::app
