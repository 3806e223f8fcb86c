// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/districtrepository.h"

#include <QAbstractTableModel>
#include <vector>

namespace dd::ui {

// The district's towns and streets with their community (committee) and unit-grid-cell counts.
class TownTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { CodeColumn, NameColumn, CommunitiesColumn, CellsColumn, NUM_COLUMNS };
    enum Roles { SortRole = Qt::UserRole };

    explicit TownTableModel(QObject *parent = nullptr);
    using QAbstractTableModel::setData;

    // Replaces the whole content (model reset) with summary.towns.
    void setData(const data::DistrictSummary &summary);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int totalCommunities() const;
    int totalCells() const;

private:
    std::vector<data::TownSummary> m_towns;
};

} // namespace dd::ui
