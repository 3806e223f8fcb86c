// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/placeholderpage.h"

namespace dd::ui {

// Incident dispatch (a later release); for now where incidents can be located and who receives them.
class DispatchPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit DispatchPage(QWidget *parent = nullptr);
    void setDistrict(const data::DistrictSummary *summary) override;

private:
    QLabel *m_cells;
    QLabel *m_squads;
};

} // namespace dd::ui
