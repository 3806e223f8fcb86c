// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/logging.h"

namespace dd::grid {
// Debug output only on request (QT_LOGGING_RULES="dutydesk.grid.debug=true"): the CLI prints stderr.
Q_LOGGING_CATEGORY(lcGrid, "dutydesk.grid", QtInfoMsg)
} // namespace dd::grid
