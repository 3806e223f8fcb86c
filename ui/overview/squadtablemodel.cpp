// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/overview/squadtablemodel.h"

#include <QLocale>
#include <numeric>

namespace dd::ui {

SquadTableModel::SquadTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SquadTableModel::setData(const data::DistrictSummary &summary)
{
    beginResetModel();
    m_squads = summary.squads;
    m_townNames.clear();
    for (const data::TownSummary &town : summary.towns)
        m_townNames.insert(town.code, town.name);
    endResetModel();
}

void SquadTableModel::clear()
{
    beginResetModel();
    m_squads.clear();
    m_townNames.clear();
    endResetModel();
}

int SquadTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_squads.size());
}

int SquadTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant SquadTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const data::SquadSummary &squad = m_squads[size_t(index.row())];
    if (role == Qt::TextAlignmentRole)
        return index.column() == OfficersColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role != Qt::DisplayRole && role != SortRole && role != Qt::ToolTipRole)
        return {};
    switch (Columns(index.column())) {
    case CodeColumn:
        return squad.code;
    case NameColumn:
        return squad.name;
    case TownColumn:
        if (squad.townCode.isEmpty())
            return tr("District bureau");
        return m_townNames.value(squad.townCode, squad.townCode);
    case OfficersColumn:
        return role == Qt::DisplayRole ? QVariant(QLocale().toString(squad.officerCount))
                                       : QVariant(squad.officerCount);
    case NUM_COLUMNS:
        break;
    }
    return {};
}

QVariant SquadTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Columns(section)) {
    case CodeColumn:
        return tr("Code");
    case NameColumn:
        return tr("Squad");
    case TownColumn:
        return tr("Town / street");
    case OfficersColumn:
        return tr("Officers");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

int SquadTableModel::totalOfficers() const
{
    return std::accumulate(m_squads.begin(), m_squads.end(), 0,
                           [](int sum, const data::SquadSummary &s) { return sum + s.officerCount; });
}

} // namespace dd::ui
