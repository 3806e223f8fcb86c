// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/commands.h"
#include "data/auth/demoaccounts.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/demogenerator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace dd::app {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::app", text);
}

void removeStore(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}
} // namespace

int runDemoDb(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "dd::app", "Creates the demo district (Jiading, schematic geometry) in a new database file."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QCoreApplication::translate("dd::app", "The database file to create."));
    const QCommandLineOption seedOption(
        QStringList { QStringLiteral("seed") },
        QCoreApplication::translate(
            "dd::app", "Seed of the generated content (default 1); the same seed gives the same district."),
        QStringLiteral("N"), QStringLiteral("1"));
    const QCommandLineOption forceOption(QStringList { QStringLiteral("force") },
                                         QCoreApplication::translate("dd::app", "Replace PATH if it exists."));
    parser.addOption(seedOption);
    parser.addOption(forceOption);
    // Every subcommand that writes a database accepts --db; here it is another way to give PATH.
    parser.addOption(QCommandLineOption(QStringList { QStringLiteral("db") },
                                        QCoreApplication::translate("dd::app", "Another way to give PATH."),
                                        QStringLiteral("PATH")));
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, &exitCode))
        return exitCode;

    QStringList positional = parser.positionalArguments();
    if (parser.isSet(QStringLiteral("db")))
        positional << parser.value(QStringLiteral("db"));
    if (positional.size() != 1) {
        printErr(
            tr("demo-db: expected exactly one PATH, given as an argument or with --db (see dutydesk demo-db --help)."));
        return ExitUsage;
    }
    bool seedOk = false;
    const uint seed = parser.value(seedOption).toUInt(&seedOk);
    if (!seedOk) {
        printErr(
            tr("demo-db: --seed needs a whole number from 0 to 4294967295, not \"%1\".").arg(parser.value(seedOption)));
        return ExitUsage;
    }
    const QString path = positional.first();
    const QFileInfo target(path);
    if (target.exists() && !parser.isSet(forceOption)) {
        printErr(tr("demo-db: %1 already exists; it was left untouched (use --force to replace it).").arg(path));
        return ExitFailure;
    }
    if (target.exists() && !target.isFile()) {
        printErr(tr("demo-db: %1 is not a regular file.").arg(path));
        return ExitFailure;
    }

    // Built under a temporary name and renamed at the end, so a failure never leaves half a district
    // and --force replaces the old file only with a complete one.
    const QString building = path + QStringLiteral(".creating-%1").arg(QCoreApplication::applicationPid());
    removeStore(building);
    data::DemoReport report;
    std::vector<data::DemoAccount> demoAccounts;
    {
        auto db = data::Database::open(building, data::Database::Mode::CreateIfMissing);
        if (!db) {
            printErr(QString(db.errorMessage()).replace(building, path));
            return ExitDatabase;
        }
        data::DemoOptions options;
        options.seed = seed;
        options.rosters = true; // published rosters of the weeks around today (data/demo/demorosters.h)
        auto populated = data::DemoGenerator(options).populate(*db.value());
        if (!populated) {
            db.value().reset();
            removeStore(building);
            printErr(QString(populated.errorMessage()).replace(building, path));
            return ExitFailure;
        }
        report = populated.value();
        // One account per role with the passwords documented in docs/SECURITY.md.
        auto accounts = data::DemoAccounts::install(*db.value(), data::Clock::system());
        if (!accounts) {
            db.value().reset();
            removeStore(building);
            printErr(QString(accounts.errorMessage()).replace(building, path));
            return ExitFailure;
        }
        demoAccounts = accounts.value();
    }
    if (target.exists())
        removeStore(path);
    if (!QFile::rename(building, path)) {
        removeStore(building);
        printErr(tr("demo-db: cannot move the new database to %1.").arg(path));
        return ExitDatabase;
    }
    printOut(tr("%1: demo district written (seed %2): %3 towns/streets, %4 committees, %5 squads, %6 officers, "
                "%7 schematic grid cells, %8 posts (%9 patrol sectors), %10 incident categories, %11 calendar days; "
                "geometry %12 ms, writing %13 ms.")
                 .arg(path)
                 .arg(seed)
                 .arg(report.towns)
                 .arg(report.communities)
                 .arg(report.squads)
                 .arg(report.officers)
                 .arg(report.cells)
                 .arg(report.posts)
                 .arg(report.patrolSectors)
                 .arg(report.categories)
                 .arg(report.calendarDays)
                 .arg(report.geometryMilliseconds)
                 .arg(report.writeMilliseconds));
    QString accountsText = tr("Demo accounts (user / password; public, for demonstrations only):");
    for (const data::DemoAccount &a : demoAccounts)
        accountsText += QStringLiteral("\n  %1 / %2  (%3)").arg(a.userName, a.password, data::roleName(a.role));
    printOut(accountsText);
    return ExitOk;
}

} // namespace dd::app
