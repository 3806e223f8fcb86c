// SPDX-License-Identifier: GPL-3.0-or-later
// dutydesk sync [--db PATH] [--server URL] [--cert FILE --key FILE --ca FILE] [--status]
// One sync with the district server, for a systemd timer or cron (resources/systemd/). The server and
// certificate files given are remembered in the store, so later runs (and the console's nightly sync)
// need no options. Exit codes: 0 success, 5 partial (something moved, something did not, the server
// refused some changes, or rows from the server are held because this store cannot keep them:
// `held: N`), 1 failure (nothing moved), 3 database, 6 cancelled.
#include "app/commandline.h"
#include "app/commands.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/sync/syncengine.h"
#include "data/sync/syncstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>

namespace dd::app {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("dd::app", text);
}
} // namespace

int runSync(const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Synchronises this console's store with the district server: pushes the "
                                        "changes not yet sent, then pulls everything new. Exit codes: 0 done, 5 "
                                        "partial, 1 failed."));
    parser.addOption(databaseOption());
    const QCommandLineOption server(QStringList { QStringLiteral("server") },
                                    tr("The district server, https://host:port (remembered)."), QStringLiteral("URL"));
    const QCommandLineOption cert(QStringList { QStringLiteral("cert") },
                                  tr("This console's client certificate, PEM (remembered)."), QStringLiteral("FILE"));
    const QCommandLineOption key(QStringList { QStringLiteral("key") },
                                 tr("The certificate's private key, PEM (remembered)."), QStringLiteral("FILE"));
    const QCommandLineOption ca(QStringList { QStringLiteral("ca") },
                                tr("The district's certificate authority, PEM (remembered)."), QStringLiteral("FILE"));
    const QCommandLineOption status(QStringList { QStringLiteral("status") },
                                    tr("Only print the sync status (pending changes, last success, conflicts)."));
    parser.addOptions({ server, cert, key, ca, status });
    int exitCode = ExitOk;
    if (!parseOrExit(parser, args, &exitCode))
        return exitCode;
    if (!parser.positionalArguments().isEmpty()) {
        printErr(tr("sync: unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return ExitUsage;
    }

    auto opened = data::Database::open(databasePath(parser));
    if (!opened) {
        printErr(opened.errorMessage());
        return ExitDatabase;
    }
    data::Database &db = *opened.value();
    data::sync::SyncStore store(db);

    if (parser.isSet(status)) {
        auto s = store.status();
        if (!s) {
            printErr(s.errorMessage());
            return ExitDatabase;
        }
        printOut(tr("pending changes: %1\nrefused changes: %2\nheld: %3\nopen conflicts: %4\nlast success: %5\nlast "
                    "result: %6")
                     .arg(s->pendingChanges)
                     .arg(s->refusedChanges)
                     .arg(s->heldRows)
                     .arg(s->openConflicts)
                     .arg(s->lastSuccess.isValid() ? s->lastSuccess.toString(Qt::ISODate) : tr("never"),
                          s->lastResult.isEmpty() ? tr("none") : s->lastResult));
        return ExitOk;
    }

    auto saved = store.savedConfig();
    if (!saved) {
        printErr(saved.errorMessage());
        return ExitDatabase;
    }
    data::sync::ServerConfig config = saved.value();
    auto absolute = [](const QString &path) { return QFileInfo(path).absoluteFilePath(); };
    if (parser.isSet(server))
        config.url = QUrl(parser.value(server));
    if (parser.isSet(cert))
        config.certFile = absolute(parser.value(cert));
    if (parser.isSet(key))
        config.keyFile = absolute(parser.value(key));
    if (parser.isSet(ca))
        config.caFile = absolute(parser.value(ca));
    if (config.url.isEmpty()) {
        printErr(tr("sync: no district server configured for %1; give --server URL --cert FILE --key FILE --ca FILE "
                    "once.")
                     .arg(db.path()));
        return ExitUsage;
    }
    if (parser.isSet(server) || parser.isSet(cert) || parser.isSet(key) || parser.isSet(ca)) {
        data::Status s = store.saveConfig(config);
        if (!s) {
            printErr(s.errorMessage());
            return ExitDatabase;
        }
    }

    const data::sync::SyncReport report = data::sync::syncOnce(db, config, data::Clock::system());
    switch (report.outcome) {
    case data::sync::SyncReport::Outcome::Success:
        printOut(report.message);
        return ExitOk;
    case data::sync::SyncReport::Outcome::Partial:
        printErr(report.message);
        return ExitPartial;
    case data::sync::SyncReport::Outcome::Cancelled:
        printErr(report.message);
        return ExitCancelled;
    case data::sync::SyncReport::Outcome::Failure:
        break;
    }
    printErr(report.message);
    return ExitFailure;
}

} // namespace dd::app
