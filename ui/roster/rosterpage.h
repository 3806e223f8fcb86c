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
    void setDistrict(const data::Database *db, const data::DistrictSummary *summary) override;

    // "96: 54 patrol sectors, …" over every squad of the summary, or the store's error message.
    static QString postsText(const data::Database &db, const data::DistrictSummary &summary);

private:
    QLabel *m_squads;
    QLabel *m_officers;
    QLabel *m_average;
    QLabel *m_posts;
};

} // namespace dd::ui
