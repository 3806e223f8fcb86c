// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/incidents/logging.h"

namespace dd::data {
Q_LOGGING_CATEGORY(lcIncidents, "dutydesk.incidents", QtWarningMsg)
} // namespace dd::data
