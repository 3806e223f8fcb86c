// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the dispatch issue lands: says so and fails, so the subcommand table can list it already.
#include "app/commandline.h"
#include "app/commands.h"

#include <QCoreApplication>

namespace dd::app {

int runImportIncidents(const QStringList &)
{
    printErr(QCoreApplication::translate("dd::app", "import incidents: not available in this build yet."));
    return ExitFailure;
}

} // namespace dd::app
