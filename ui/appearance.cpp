// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/appearance.h"

#include <QApplication>
#include <QFont>
#include <QFontDatabase>

namespace dd::ui {

void applyApplicationFont()
{
    const QStringList cjk { QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC"),
                            QStringLiteral("WenQuanYi Micro Hei") };
    const QStringList installed = QFontDatabase::families();
    QFont font = QApplication::font();
    QStringList families { font.family() };
    for (const QString &family : cjk)
        if (installed.contains(family))
            families << family;
    if (families.size() == 1)
        return;
    font.setFamilies(families);
    QApplication::setFont(font);
}

} // namespace dd::ui
