// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dispatch/dispatchpage.h"

#include <QLabel>
#include <QLocale>

namespace dd::ui {

DispatchPage::DispatchPage(QWidget *parent)
    : PlaceholderPage(tr("Incident dispatch"),
                      tr("Incidents (案件/诉件) from the 12345 and 12319 hotlines, transfers and patrol findings: "
                         "located in a grid cell, given to the responsible squad, dispatched (派遣) to an on-duty "
                         "team, and followed through every workflow step against its time limit."),
                      parent)
{
    m_cells = addFact(tr("Grid cells incidents can be located in:"), QStringLiteral("dispatchCellCount"));
    m_squads = addFact(tr("Squads that receive incidents:"), QStringLiteral("dispatchSquadCount"));
}

void DispatchPage::setDistrict(const data::DistrictSummary *summary)
{
    const QLocale locale;
    m_cells->setText(summary ? locale.toString(summary->cellCount) : noValue());
    m_squads->setText(summary ? locale.toString(int(summary->squads.size())) : noValue());
}

} // namespace dd::ui
