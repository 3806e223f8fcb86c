// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLoggingCategory>

namespace dd::data {
Q_DECLARE_LOGGING_CATEGORY(lcReports) // "dutydesk.reports"
}
