// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"

#include "app/commands.h"
#include "data/settings.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

namespace dd::app {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("db")},
                              QCoreApplication::translate("dd::app", "The SQLite database file (default: the configured one)."),
                              QStringLiteral("PATH"));
}

QString databasePath(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return parser.value(QStringLiteral("db"));
    return data::Settings().databasePath();
}

static void write(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputc('\n', stream);
    std::fflush(stream);
}

void printOut(const QString &text) { write(stdout, text); }
void printErr(const QString &text) { write(stderr, text); }

bool parseOrExit(QCommandLineParser &parser, const QStringList &args, int *exitCode)
{
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(args)) {
        printErr(parser.errorText());
        *exitCode = ExitUsage;
        return false;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // helpText()'s usage line names the binary as typed (argv[0]); show the subcommand instead.
        const QString binary = QCoreApplication::arguments().value(0);
        const QString usagePrefix = QStringLiteral("Usage: ");
        const qsizetype at = text.indexOf(binary);
        if (!binary.isEmpty() && at >= 0 && at <= usagePrefix.size() + 40)
            text.replace(at, binary.size(), args.value(0));
        printOut(text);
        *exitCode = ExitOk;
        return false;
    }
    return true;
}

} // namespace dd::app
