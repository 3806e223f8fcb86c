// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/reports/logging.h"

namespace dd::data {
Q_LOGGING_CATEGORY(lcReports, "dutydesk.reports", QtWarningMsg)
}
