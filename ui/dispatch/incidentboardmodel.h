// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/incidents/incidentrepository.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <vector>

namespace dd::ui {

// The dispatcher's queue: open incidents by time to deadline, with a countdown in three colours.
// setRows() resets (a reload); setNow() only repaints the countdown column (the one-second tick).
class IncidentBoardModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { CountdownColumn, TicketColumn, CategoryColumn, StatusColumn, SquadColumn, AssigneeColumn,
                  SourceColumn, AddressColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole + 1, UrgencyStateRole };
    // On track, due soon (less than a quarter of the limit or two hours left), overdue; the handling
    // deadline no longer runs once the incident is handled (feedback, verification, closing remain).
    enum class Urgency { OnTrack, DueSoon, Overdue, NoDeadline, Handled };

    explicit IncidentBoardModel(QObject *parent = nullptr);

    void setRows(std::vector<data::BoardRow> rows);
    void setNow(const QDateTime &now);
    const data::BoardRow *row(int index) const;
    int indexOf(const QString &incidentId) const;

    static Urgency urgency(const data::BoardRow &row, const QDateTime &now);
    // "2 h 05 min", "−1 d 3 h" (overdue), translated.
    static QString countdownText(qint64 seconds);

    struct Counts
    {
        int open = 0, overdue = 0, dueSoon = 0, unassigned = 0;
    };
    Counts counts() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<data::BoardRow> m_rows;
    QDateTime m_now;
};

} // namespace dd::ui
