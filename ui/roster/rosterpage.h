// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/placeholderpage.h"

namespace dd::ui {

// Duty rosters (排班) per squad (a later release plans them); for now who there is to plan for.
class RosterPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit RosterPage(QWidget *parent = nullptr);
    void setDistrict(const data::DistrictSummary *summary) override;

private:
    QLabel *m_squads;
    QLabel *m_officers;
    QLabel *m_average;
};

} // namespace dd::ui
