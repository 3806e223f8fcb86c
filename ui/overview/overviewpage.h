// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/districtrepository.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace dd::ui {

class SquadTableModel;
class TownTableModel;

// The first page: the district as stored in the open database — name and code, the schematic note,
// squads with officer counts, towns with community and grid-cell counts, and totals.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // nullptr clears the page (no database open).
    void setDistrict(const data::DistrictSummary *summary);

    const SquadTableModel *squadModel() const { return m_squadModel; }
    const TownTableModel *townModel() const { return m_townModel; }

private:
    QLabel *m_nameLabel;
    QLabel *m_codeLabel;
    QLabel *m_schematicLabel;
    QLabel *m_totalsLabel;
    SquadTableModel *m_squadModel;
    TownTableModel *m_townModel;
    QTableView *m_squadView;
    QTableView *m_townView;
};

} // namespace dd::ui
