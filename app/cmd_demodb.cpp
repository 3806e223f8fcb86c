// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/commandline.h"
#include "app/commands.h"

#include <QCoreApplication>

namespace dd::app {

int runDemoDb(const QStringList &args)
{
    printErr(QCoreApplication::translate("dd::app", "%1: not implemented yet").arg(args.value(0)));
    return ExitFailure;
}

} // namespace dd::app
