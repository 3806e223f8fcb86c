// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/auditlog.h"

#include <QAbstractTableModel>
#include <vector>

namespace dd::ui {

// Audit entries for a table: time (local), user, action, record, console, detail.
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { TimeColumn, UserColumn, ActionColumn, RecordColumn, ConsoleColumn, DetailColumn, NUM_COLUMNS };

    using QAbstractTableModel::QAbstractTableModel;

    void setEntries(std::vector<data::AuditEntry> entries);
    const std::vector<data::AuditEntry> &entries() const { return m_entries; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<data::AuditEntry> m_entries;
};

} // namespace dd::ui
