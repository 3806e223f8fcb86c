// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/violationmodel.h"

#include "ui/roster/rosterdocument.h"

#include <QBrush>
#include <QLocale>

#include <algorithm>

namespace dd::ui {

ViolationModel::ViolationModel(RosterDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RosterDocument::reset, this, &ViolationModel::rebuild);
    connect(document, &RosterDocument::evaluationChanged, this, &ViolationModel::rebuild);
    rebuild();
}

int ViolationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int ViolationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : NUM_COLUMNS;
}

int ViolationModel::hardCount() const
{
    return m_document->review().hardViolations;
}

QVariant ViolationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RosterReview::Issue &v = m_document->review().issues[std::size_t(index.row())];
    const RosterLabels &labels = m_document->labels();
    switch (role) {
    case Qt::DisplayRole:
        switch (Columns(index.column())) {
        case SeverityColumn:
            return v.hard ? tr("Hard") : tr("Soft");
        case OfficerColumn:
            if (v.officer >= 0 && std::size_t(v.officer) < labels.officers.size())
                return labels.officers[std::size_t(v.officer)].name;
            return v.where;
        case DayColumn:
            return v.day >= 0 && labels.firstDay.isValid()
                ? QLocale().toString(labels.date(v.day), QStringLiteral("ddd M/d"))
                : QString();
        case RuleColumn:
            return v.rule;
        case AmountColumn:
            return v.hard || v.cost == 0 ? QString::number(v.amount)
                                         : QStringLiteral("%1 (%2)").arg(v.amount).arg(v.cost);
        case NUM_COLUMNS:
            break;
        }
        return {};
    case Qt::ToolTipRole:
        return v.text;
    case Qt::ForegroundRole:
        return v.hard ? QBrush(QColor(0xc6, 0x28, 0x28)) : QVariant();
    case OfficerRole:
        return v.officer;
    case DayRole:
        return v.day;
    case HardRole:
        return v.hard;
    default:
        return {};
    }
}

QVariant ViolationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Columns(section)) {
    case SeverityColumn:
        return tr("Kind");
    case OfficerColumn:
        return tr("Officer / post");
    case DayColumn:
        return tr("Day");
    case RuleColumn:
        return tr("Rule");
    case AmountColumn:
        return tr("Amount (cost)");
    case NUM_COLUMNS:
        break;
    }
    return {};
}

void ViolationModel::rebuild()
{
    beginResetModel();
    m_rows = int(m_document->review().issues.size());
    endResetModel();
}

} // namespace dd::ui
