// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dispatch/incidentboardmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace dd::ui {

IncidentBoardModel::IncidentBoardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void IncidentBoardModel::setRows(std::vector<data::BoardRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

void IncidentBoardModel::setNow(const QDateTime &now)
{
    m_now = now;
    if (!m_rows.empty())
        emit dataChanged(index(0, CountdownColumn), index(int(m_rows.size()) - 1, CountdownColumn));
}

const data::BoardRow *IncidentBoardModel::row(int i) const
{
    return i >= 0 && i < int(m_rows.size()) ? &m_rows[size_t(i)] : nullptr;
}

int IncidentBoardModel::indexOf(const QString &incidentId) const
{
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == incidentId)
            return int(i);
    return -1;
}

IncidentBoardModel::Urgency IncidentBoardModel::urgency(const data::BoardRow &row, const QDateTime &now)
{
    if (row.status == data::IncidentStatus::Handled || row.status == data::IncidentStatus::Feedback
        || row.status == data::IncidentStatus::Verified)
        return Urgency::Handled;
    if (!row.deadlineAt.isValid() || row.status == data::IncidentStatus::Suspended)
        return Urgency::NoDeadline;
    const qint64 left = now.secsTo(row.deadlineAt);
    if (left < 0)
        return Urgency::Overdue;
    const qint64 limit = row.reportedAt.isValid() ? row.reportedAt.secsTo(row.deadlineAt) : 0;
    if (left < 2 * 3600 || (limit > 0 && left * 4 < limit))
        return Urgency::DueSoon;
    return Urgency::OnTrack;
}

QString IncidentBoardModel::countdownText(qint64 seconds)
{
    const bool late = seconds < 0;
    qint64 s = std::abs(seconds);
    const qint64 days = s / 86400, hours = (s % 86400) / 3600, minutes = (s % 3600) / 60;
    QString text;
    if (days > 0)
        text = tr("%1 d %2 h").arg(days).arg(hours);
    else if (hours > 0)
        text = tr("%1 h %2 min").arg(hours).arg(minutes, 2, 10, QLatin1Char('0'));
    else
        text = tr("%1 min").arg(minutes);
    // Overdue counts up with a minus sign (the colour and bold weight say it too).
    return late ? QStringLiteral("−") + text : text;
}

IncidentBoardModel::Counts IncidentBoardModel::counts() const
{
    Counts c;
    for (const data::BoardRow &r : m_rows) {
        ++c.open;
        const Urgency u = urgency(r, m_now);
        c.overdue += u == Urgency::Overdue ? 1 : 0;
        c.dueSoon += u == Urgency::DueSoon ? 1 : 0;
        c.unassigned += r.status == data::IncidentStatus::Filed || r.status == data::IncidentStatus::Returned ? 1 : 0;
    }
    return c;
}

int IncidentBoardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentBoardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentBoardModel::data(const QModelIndex &index, int role) const
{
    const data::BoardRow *r = row(index.row());
    if (!r || index.column() < 0 || index.column() >= ColumnCount)
        return {};
    if (role == IdRole)
        return r->id;
    const Urgency u = urgency(*r, m_now);
    if (role == UrgencyStateRole)
        return int(u);
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (Column(index.column())) {
        case CountdownColumn:
            if (u == Urgency::Handled)
                return tr("handled");
            if (r->status == data::IncidentStatus::Suspended)
                return tr("suspended");
            return r->deadlineAt.isValid() ? countdownText(m_now.secsTo(r->deadlineAt)) : tr("no deadline");
        case TicketColumn:
            return r->ticketNo.isEmpty() ? tr("(no ticket)") : r->ticketNo;
        case CategoryColumn:
            return QStringLiteral("%1 %2").arg(r->categoryCode, r->categoryName);
        case StatusColumn:
            return QString(data::Workflow::statusName(r->status) + (r->urgent ? tr(" · urgent") : QString()));
        case SquadColumn:
            return r->squadCode;
        case AssigneeColumn:
            return r->team.isEmpty() ? r->officerName : tr("Team %1").arg(r->team);
        case SourceColumn:
            return data::incidentSourceName(r->source);
        case AddressColumn:
            return r->address;
        case ColumnCount:
            break;
        }
        return {};
    }
    if (index.column() == CountdownColumn) {
        // Colour and weight, so that the three states differ also for colour-blind users.
        if (role == Qt::BackgroundRole) {
            switch (u) {
            case Urgency::Overdue:
                return QBrush(QColor(0xf4, 0xc7, 0xc3));
            case Urgency::DueSoon:
                return QBrush(QColor(0xfc, 0xe8, 0xb2));
            case Urgency::OnTrack:
                return QBrush(QColor(0xd4, 0xed, 0xda));
            case Urgency::NoDeadline:
            case Urgency::Handled:
                break;
            }
        }
        if (role == Qt::ForegroundRole)
            return QBrush(u == Urgency::Overdue ? QColor(0xa5, 0x0e, 0x0e)
                              : u == Urgency::Handled ? QColor(0x70, 0x70, 0x70)
                                                      : QColor(0x20, 0x20, 0x20));
        if (role == Qt::FontRole && u == Urgency::Overdue) {
            QFont f;
            f.setBold(true);
            return f;
        }
    }
    if (role == Qt::FontRole && index.column() == StatusColumn && r->urgent) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return {};
}

QVariant IncidentBoardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CountdownColumn:
        return tr("Time left");
    case TicketColumn:
        return tr("Ticket");
    case CategoryColumn:
        return tr("Category");
    case StatusColumn:
        return tr("Stage");
    case SquadColumn:
        return tr("Squad");
    case AssigneeColumn:
        return tr("Assigned to");
    case SourceColumn:
        return tr("Source");
    case AddressColumn:
        return tr("Address");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace dd::ui
