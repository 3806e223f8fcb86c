// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/placeholderpage.h"

namespace dd::ui {

// Printed rosters, duty sheets and indicators (a later release); for now the scope they will cover.
class ReportsPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);
    void setDistrict(const data::Database *db, const data::DistrictSummary *summary) override;

private:
    QLabel *m_scope;
    QLabel *m_officers;
};

} // namespace dd::ui
