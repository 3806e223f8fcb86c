// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportspage.h"

#include <QLabel>
#include <QLocale>

namespace dd::ui {

ReportsPage::ReportsPage(QWidget *parent)
    : PlaceholderPage(tr("Reports"),
                      tr("Printed weekly squad rosters, daily duty sheets (勤务表) and change notices; the arrival "
                         "rate (到场率), closing and handling rates, and the quarterly complaint-handling "
                         "efficiency evaluation (诉件处置效能评价)."),
                      parent)
{
    m_scope = addFact(tr("District:"), QStringLiteral("reportsScope"));
    m_officers = addFact(tr("Squads and officers covered:"), QStringLiteral("reportsOfficers"));
}

void ReportsPage::setDistrict(const data::Database *, const data::DistrictSummary *summary)
{
    if (!summary) {
        m_scope->setText(noValue());
        m_officers->setText(noValue());
        return;
    }
    const QLocale locale;
    m_scope->setText(tr("%1 (%2)").arg(summary->name, summary->code));
    m_officers->setText(tr("%1 squads, %2 officers")
                            .arg(locale.toString(int(summary->squads.size())), locale.toString(summary->officerCount)));
}

} // namespace dd::ui
