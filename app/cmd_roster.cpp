// SPDX-License-Identifier: GPL-3.0-or-later
// Placeholder until the roster issue lands: says so and fails, so the subcommand table can list it already.
#include "app/commandline.h"
#include "app/commands.h"

#include <QCoreApplication>

namespace dd::app {

int runRoster(const QStringList &)
{
    printErr(QCoreApplication::translate("dd::app", "roster: not available in this build yet."));
    return ExitFailure;
}

} // namespace dd::app
