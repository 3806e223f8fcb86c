// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/audittablemodel.h"

#include <QJsonDocument>

namespace dd::ui {

void AuditTableModel::setEntries(std::vector<data::AuditEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= int(m_entries.size())
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QVariant();
    const data::AuditEntry &e = m_entries[std::size_t(index.row())];
    switch (index.column()) {
    case TimeColumn:
        return e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    case UserColumn:
        return e.userName;
    case ActionColumn:
        return e.action;
    case RecordColumn:
        return e.entityId.isEmpty() ? e.entity : e.entity + QLatin1Char('/') + e.entityId;
    case ConsoleColumn:
        return e.console.left(8);
    case DetailColumn:
        return e.detail.isEmpty() ? QString()
                                  : QString::fromUtf8(QJsonDocument(e.detail).toJson(QJsonDocument::Compact));
    default:
        return QVariant();
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case ConsoleColumn:
        return tr("Console");
    case DetailColumn:
        return tr("Detail");
    default:
        return QVariant();
    }
}

} // namespace dd::ui
