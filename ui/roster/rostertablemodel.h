// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QSet>

namespace dd::ui {

class RosterDocument;
struct CellChange;

// Officers (rows) by days (columns) of a RosterDocument. Each cell shows the shift code and post
// ("D P01") in the shift's colour, or the leave kind on an absence. Editable: EditRole is the
// scheduler shift index (-1 = off); setData goes through the document, hence onto its undo stack.
// Dragging a cell onto another swaps the two (a move when the target is empty).
class RosterTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Roles {
        ShiftRole = Qt::UserRole + 1,  // int: scheduler shift index or -1
        LockedRole,                    // bool
        AbsenceRole,                   // QString: leave kind, empty when none
        HardViolationRole,             // bool: a hard rule broken by this officer on this day
    };

    explicit RosterTableModel(RosterDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

    static QString mimeType();

private:
    void cellsChanged(const std::vector<CellChange> &changes);
    void evaluationChanged();
    void resetFromDocument();

    RosterDocument *m_document;
    QSet<qint64> m_hardCells;  // officer * 10000 + day
};

} // namespace dd::ui
