// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd::ui {

// Installs the DutyDesk and Qt translators on the running application.
// language: "" follows the system locale; "zh_CN" or "en" force one. Returns the language in effect.
QString installTranslators(const QString &language);

} // namespace dd::ui
