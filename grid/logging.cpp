// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/logging.h"

namespace dd::grid {
Q_LOGGING_CATEGORY(lcGrid, "dutydesk.grid")
} // namespace dd::grid
