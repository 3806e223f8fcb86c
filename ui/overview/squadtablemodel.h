// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/districtrepository.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace dd::ui {

// The district's squads with their active-officer counts, one row per squad in the summary's order.
class SquadTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { CodeColumn, NameColumn, TownColumn, OfficersColumn, NUM_COLUMNS };
    enum Roles { SortRole = Qt::UserRole }; // numbers as numbers, text as text

    explicit SquadTableModel(QObject *parent = nullptr);
    using QAbstractTableModel::setData;

    // Replaces the whole content (model reset); the town names come from summary.towns.
    void setData(const data::DistrictSummary &summary);
    void clear();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int totalOfficers() const;

private:
    std::vector<data::SquadSummary> m_squads;
    QHash<QString, QString> m_townNames; // town code → name
};

} // namespace dd::ui
