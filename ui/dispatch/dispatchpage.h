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
    void setDistrict(const data::Database *db, const data::DistrictSummary *summary) override;

    // "97 (06–10): …" grouped by the clock their time limit counts in, or the store's error message.
    static QString categoriesText(const data::Database &db);

private:
    QLabel *m_cells;
    QLabel *m_squads;
    QLabel *m_categories;
};

} // namespace dd::ui
