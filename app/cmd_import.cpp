// SPDX-License-Identifier: GPL-3.0-or-later
// `import grid|incidents …` and `export grid …`: route to the command of the thing named.
#include "app/commandline.h"
#include "app/commands.h"

#include <QCoreApplication>

namespace dd::app {

namespace {

struct Route
{
    const char *what;
    int (*run)(const QStringList &);
};

int route(const QStringList &args, const char *verb, std::initializer_list<Route> routes)
{
    const QString name = args.value(0).section(QLatin1Char(' '), -1);
    QStringList known;
    for (const Route &r : routes)
        known << QString::fromLatin1(r.what);
    const QString what = args.value(1);
    for (const Route &r : routes) {
        if (what == QLatin1String(r.what)) {
            QStringList rest = args.mid(2);
            rest.prepend(args.value(0) + QLatin1Char(' ') + what);
            return r.run(rest);
        }
    }
    if (what == QLatin1String("--help") || what == QLatin1String("-h")) {
        printOut(QCoreApplication::translate("dd::app", "Usage: dutydesk %1 %2 …").arg(QString::fromLatin1(verb), known.join(QLatin1Char('|'))));
        return ExitOk;
    }
    printErr(QCoreApplication::translate("dd::app", "%1: say what to %1: %2 (not \"%3\").")
                 .arg(name, known.join(QLatin1Char('|')), what));
    return ExitUsage;
}

} // namespace

int runImport(const QStringList &args)
{
    return route(args, "import", {{"grid", &runImportGrid}, {"incidents", &runImportIncidents}});
}

int runExport(const QStringList &args)
{
    return route(args, "export", {{"grid", &runExportGrid}});
}

} // namespace dd::app
