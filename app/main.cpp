// SPDX-License-Identifier: GPL-3.0-or-later
// dutydesk: the console and its command-line subcommands. Wiring only; the work lives in the libraries.
#include "app/commandline.h"
#include "app/commands.h"
#include "data/settings.h"
#include "ui/translations.h"

#include <QApplication>
#include <QCoreApplication>
#include <QGuiApplication>

#include <memory>

namespace {

enum class AppKind { Core, Gui, Widgets };

struct Subcommand
{
    const char *name;
    AppKind kind;
    int (*run)(const QStringList &);
    const char *summary;
};

// The one table of subcommands; `dutydesk --help` is generated from it.
constexpr Subcommand kSubcommands[] = {
    {"gui", AppKind::Widgets, &dd::app::runGui, QT_TRANSLATE_NOOP("dd::app", "Open the console (default).")},
    {"demo-db", AppKind::Core, &dd::app::runDemoDb, QT_TRANSLATE_NOOP("dd::app", "Create the demo district database: demo-db PATH [--seed N].")},
    {"info", AppKind::Core, &dd::app::runInfo, QT_TRANSLATE_NOOP("dd::app", "Summarise a database: counts, schema version, integrity [--json].")},
    {"user", AppKind::Core, &dd::app::runUser, QT_TRANSLATE_NOOP("dd::app", "Manage accounts: user add|passwd|disable|enable|unlock|list.")},
    {"schedule", AppKind::Core, &dd::app::runSchedule, QT_TRANSLATE_NOOP("dd::app", "Solve or check a rostering benchmark instance: schedule solve|check ….")},
    // PDF output needs fonts, hence a Gui application (offscreen without a display).
    {"roster", AppKind::Gui, &dd::app::runRoster, QT_TRANSLATE_NOOP("dd::app", "Plan, publish or print a squad's duty roster: roster plan|print ….")},
    {"import", AppKind::Core, &dd::app::runImport, QT_TRANSLATE_NOOP("dd::app", "Import a grid layer or hotline incidents: import grid|incidents FILE ….")},
    {"export", AppKind::Core, &dd::app::runExport, QT_TRANSLATE_NOOP("dd::app", "Export the grid layer as GeoJSON: export grid -o FILE.")},
    {"sync", AppKind::Core, &dd::app::runSync, QT_TRANSLATE_NOOP("dd::app", "Synchronise with the district server (for a timer or cron).")},
    {"report", AppKind::Gui, &dd::app::runReport, QT_TRANSLATE_NOOP("dd::app", "Write a report as PDF: report quarterly|daily ….")},
};

// Not named tr(): lupdate would then skip the QT_TRANSLATE_NOOP strings passed to it.
QString translated(const char *text) { return QCoreApplication::translate("dd::app", text); }

QString usage()
{
    QString text = translated(QT_TRANSLATE_NOOP("dd::app", "Usage: dutydesk [SUBCOMMAND] [OPTIONS]\n\nSubcommands:\n"));
    for (const Subcommand &c : kSubcommands)
        text += QStringLiteral("  %1  %2\n").arg(QString::fromLatin1(c.name).leftJustified(10), translated(c.summary));
    text += translated(QT_TRANSLATE_NOOP("dd::app", "\nRun `dutydesk SUBCOMMAND --help` for its options.\n\nExit codes:\n"
               "  0  success\n"
               "  1  failure: the work could not be done (stderr says why)\n"
               "  2  usage error: unknown subcommand, option or missing argument\n"
               "  3  database error: cannot open, migrate or write the database\n"
               "  4  input error: an input file is unreadable or malformed\n"
               "  5  partial: done in part\n"
               "  6  cancelled\n"));
    return text;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setOrganizationName(QStringLiteral("DutyDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("dutydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(DUTYDESK_VERSION));

    // Find the subcommand before creating the application object: only `gui` needs Widgets.
    QStringList raw;
    for (int i = 0; i < argc; ++i)
        raw << QString::fromLocal8Bit(argv[i]);
    const Subcommand *chosen = &kSubcommands[0];
    bool topLevelHelp = false, topLevelVersion = false;
    int commandIndex = -1;
    if (raw.size() > 1) {
        const QString first = raw.at(1);
        if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help"))
            topLevelHelp = true;
        else if (first == QLatin1String("--version") || first == QLatin1String("-v"))
            topLevelVersion = true;
        else if (!first.startsWith(QLatin1Char('-'))) {
            chosen = nullptr;
            for (const Subcommand &c : kSubcommands)
                if (first == QLatin1String(c.name))
                    chosen = &c;
            commandIndex = 1;
        }
    }

    // `dutydesk gui --help` must work without a display (a QApplication aborts without one).
    const bool subcommandHelp = raw.contains(QLatin1String("--help")) || raw.contains(QLatin1String("-h"));
    std::unique_ptr<QCoreApplication> app;
    if (chosen && chosen->kind == AppKind::Widgets && !topLevelHelp && !topLevelVersion && !subcommandHelp)
        app = std::make_unique<QApplication>(argc, argv);
    else if (chosen && chosen->kind == AppKind::Gui) {
        // These commands only paint into files (PDF): they must run on a server without a display.
        if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    }
    else
        app = std::make_unique<QCoreApplication>(argc, argv);

    dd::ui::installTranslators(dd::data::Settings().language());

    if (topLevelHelp) {
        dd::app::printOut(usage());
        return dd::app::ExitOk;
    }
    if (topLevelVersion) {
        dd::app::printOut(QStringLiteral("dutydesk " DUTYDESK_VERSION));
        return dd::app::ExitOk;
    }
    if (!chosen) {
        dd::app::printErr(translated(QT_TRANSLATE_NOOP("dd::app", "dutydesk: unknown subcommand '%1'\n")).arg(raw.at(1)) + usage());
        return dd::app::ExitUsage;
    }

    QStringList args{QStringLiteral("dutydesk ") + QString::fromLatin1(chosen->name)};
    args += raw.mid(commandIndex < 0 ? 1 : commandIndex + 1);
    return chosen->run(args);
}
