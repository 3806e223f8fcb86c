// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/coveragemodel.h"

#include "ui/roster/rosterdocument.h"

#include <QBrush>
#include <QLocale>

namespace dd::ui {

CoverageModel::CoverageModel(RosterDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RosterDocument::reset, this, &CoverageModel::reviewChanged);
    connect(document, &RosterDocument::evaluationChanged, this, &CoverageModel::reviewChanged);
    reviewChanged();
}

int CoverageModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int CoverageModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

QVariant CoverageModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterReview::CoverageRow &row = m_document->review().coverage[std::size_t(index.row())];
    if (std::size_t(index.column()) >= row.days.size())
        return {};
    const RosterReview::Cover &cell = row.days[std::size_t(index.column())];
    switch (role) {
    case Qt::DisplayRole:
        return cell.needed == 0 && cell.planned == 0 ? QString()
                                                     : QStringLiteral("%1/%2").arg(cell.planned).arg(cell.needed);
    case PlannedRole:
        return cell.planned;
    case NeededRole:
        return cell.needed;
    case ShortfallRole:
        return cell.shortfall;
    case Qt::BackgroundRole:
        if (cell.shortfall > 0)
            return QBrush(QColor(0xff, 0xcd, 0xd2));
        return cell.needed > 0 ? QBrush(QColor(0xe8, 0xf5, 0xe9)) : QVariant();
    case Qt::ForegroundRole:
        return QBrush(cell.shortfall > 0 ? QColor(0xb7, 0x1c, 0x1c) : QColor(Qt::black));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole:
        return cell.shortfall > 0
            ? tr("%1: %2 planned, %3 needed, %4 missing").arg(row.toolTip).arg(cell.planned).arg(cell.needed).arg(cell.shortfall)
            : tr("%1: %2 planned, %3 needed").arg(row.toolTip).arg(cell.planned).arg(cell.needed);
    default:
        return {};
    }
}

QVariant CoverageModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_columns)
            return QLocale().toString(m_document->labels().date(section), QStringLiteral("M/d"));
        return {};
    }
    if (section < 0 || section >= m_rows)
        return {};
    const RosterReview::CoverageRow &row = m_document->review().coverage[std::size_t(section)];
    if (role == Qt::DisplayRole)
        return row.label;
    if (role == Qt::ToolTipRole)
        return row.toolTip;
    return {};
}

int CoverageModel::totalShortfall() const
{
    int total = 0;
    for (const RosterReview::CoverageRow &row : m_document->review().coverage)
        for (const RosterReview::Cover &cell : row.days)
            total += cell.shortfall;
    return total;
}

void CoverageModel::reviewChanged()
{
    const int rows = int(m_document->review().coverage.size());
    const int columns = rows == 0 ? 0 : m_document->dayCount();
    if (rows != m_rows || columns != m_columns) {
        beginResetModel();
        m_rows = rows;
        m_columns = columns;
        endResetModel();
        return;
    }
    if (m_rows > 0 && m_columns > 0) {
        emit dataChanged(index(0, 0), index(m_rows - 1, m_columns - 1));
        emit headerDataChanged(Qt::Vertical, 0, m_rows - 1);
    }
}

} // namespace dd::ui
