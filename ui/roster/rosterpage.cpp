// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/rosterpage.h"

#include <QLabel>
#include <QLocale>

namespace dd::ui {

RosterPage::RosterPage(QWidget *parent)
    : PlaceholderPage(tr("Duty rosters"),
                      tr("Weekly and monthly duty rosters (排班) for each squad: shifts and posts, leave and "
                         "requests, every rule checked with an explanation, a solver that proposes a roster, "
                         "and publishing with a printed roster."),
                      parent)
{
    m_squads = addFact(tr("Squads:"), QStringLiteral("rosterSquadCount"));
    m_officers = addFact(tr("Active officers:"), QStringLiteral("rosterOfficerCount"));
    m_average = addFact(tr("Officers per squad (average):"), QStringLiteral("rosterAverage"));
}

void RosterPage::setDistrict(const data::DistrictSummary *summary)
{
    const QLocale locale;
    const int squads = summary ? int(summary->squads.size()) : 0;
    m_squads->setText(summary ? locale.toString(squads) : noValue());
    m_officers->setText(summary ? locale.toString(summary->officerCount) : noValue());
    m_average->setText(summary && squads > 0 ? locale.toString(double(summary->officerCount) / squads, 'f', 1)
                                             : noValue());
}

} // namespace dd::ui
