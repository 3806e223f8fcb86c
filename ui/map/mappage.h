// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/placeholderpage.h"

namespace dd::ui {

// The grid map (a later release draws it); for now the size and reference of the stored grid layer.
class MapPage : public PlaceholderPage
{
    Q_OBJECT
public:
    explicit MapPage(QWidget *parent = nullptr);
    void setDistrict(const data::Database *db, const data::DistrictSummary *summary) override;

private:
    QLabel *m_cells;
    QLabel *m_towns;
    QLabel *m_crs;
    QLabel *m_geometry;
};

} // namespace dd::ui
