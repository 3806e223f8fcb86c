// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>

namespace dd::ui {

class RosterDocument;

// Every broken rule of the document's review, hard ones first: severity, officer, day, the rule in
// words, amount. OfficerRole and DayRole give the roster cell to select (-1 when the rule is about a
// day's cover or the whole period).
class ViolationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Columns { SeverityColumn, OfficerColumn, DayColumn, RuleColumn, AmountColumn, NUM_COLUMNS };
    enum Roles {
        OfficerRole = Qt::UserRole + 1,
        DayRole,
        HardRole,
    };

    explicit ViolationModel(RosterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    int hardCount() const;

private:
    void rebuild();

    RosterDocument *m_document;
    int m_rows = 0;
};

} // namespace dd::ui
