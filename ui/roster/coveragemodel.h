// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace dd::ui {

class RosterDocument;

// The coverage band under the roster: one row per post and shift with demand (the document's review),
// one column per day; each cell "planned/needed", red where officers (or holders of the demand's
// skill) are missing.
class CoverageModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        PlannedRole = Qt::UserRole + 1,  // int
        NeededRole,                      // int
        ShortfallRole,                   // int: missing officers (0 = covered)
    };

    explicit CoverageModel(RosterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int totalShortfall() const;

private:
    void reviewChanged();

    RosterDocument *m_document;
    int m_rows = 0;
    int m_columns = 0;
};

} // namespace dd::ui
