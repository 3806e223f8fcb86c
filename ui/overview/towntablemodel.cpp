// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/towntablemodel.h"

#include <QLocale>
#include <numeric>

namespace dd::ui {

TownTableModel::TownTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void TownTableModel::setData(const data::DistrictSummary &summary)
{
    beginResetModel();
    m_towns = summary.towns;
    endResetModel();
}

void TownTableModel::clear()
{
    beginResetModel();
    m_towns.clear();
    endResetModel();
}

int TownTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_towns.size());
}

int TownTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant TownTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const data::TownSummary &town = m_towns[size_t(index.row())];
    const bool numeric = index.column() == CommunitiesColumn || index.column() == CellsColumn;
    if (role == Qt::TextAlignmentRole)
        return numeric ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    int number = 0;
    switch (Columns(index.column())) {
    case CodeColumn:
        return town.code;
    case NameColumn:
        return town.name;
    case CommunitiesColumn:
        number = town.communityCount;
        break;
    case CellsColumn:
        number = town.cellCount;
        break;
    case NUM_COLUMNS:
        return {};
    }
    return role == Qt::DisplayRole ? QVariant(QLocale().toString(number)) : QVariant(number);
}

QVariant TownTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Columns(section)) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Town / street");
    case CommunitiesColumn:
        return tr("Communities");
    case CellsColumn:
        return tr("Grid cells");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

int TownTableModel::totalCommunities() const
{
    return std::accumulate(m_towns.begin(), m_towns.end(), 0,
                           [](int sum, const data::TownSummary &t) { return sum + t.communityCount; });
}

int TownTableModel::totalCells() const
{
    return std::accumulate(m_towns.begin(), m_towns.end(), 0,
                           [](int sum, const data::TownSummary &t) { return sum + t.cellCount; });
}

} // namespace dd::ui
