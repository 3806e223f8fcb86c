// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace dd::ui {

// Installs the DutyDesk and Qt (qtbase_) translators on the running application, replacing any
// installed by an earlier call. language: "" follows the system locale (QLocale()); "zh_CN" or "en"
// force one (and become QLocale's default). DutyDesk's .qm files are embedded under ":/i18n".
// Returns the language in effect: "zh_CN" when a DutyDesk translation was loaded, else "en".
QString installTranslators(const QString &language);

} // namespace dd::ui
