// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace dd::grid {
Q_DECLARE_LOGGING_CATEGORY(lcGrid)
} // namespace dd::grid
