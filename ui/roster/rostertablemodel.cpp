// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/rostertablemodel.h"

#include "ui/roster/rosterdocument.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QMimeData>

namespace dd::ui {

namespace sch = dd::scheduling;

namespace {
qint64 cellKey(int officer, int day)
{
    return qint64(officer) * 10000 + day;
}
} // namespace

RosterTableModel::RosterTableModel(RosterDocument *document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &RosterDocument::reset, this, &RosterTableModel::resetFromDocument);
    connect(document, &RosterDocument::cellsChanged, this, &RosterTableModel::cellsChanged);
    connect(document, &RosterDocument::evaluationChanged, this, &RosterTableModel::evaluationChanged);
    evaluationChanged();
}

QString RosterTableModel::mimeType()
{
    return QStringLiteral("application/x-dutydesk-roster-cell");
}

int RosterTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_document->officerCount();
}

int RosterTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_document->officerCount() == 0 ? 0 : m_document->dayCount();
}

QVariant RosterTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int officer = index.row();
    const int day = index.column();
    const int shift = m_document->shift(officer, day);
    const RosterLabels &labels = m_document->labels();
    const QString absence = labels.absence[std::size_t(officer)][std::size_t(day)];
    const bool dayOff = m_document->isDayOff(officer, day);
    switch (role) {
    case Qt::DisplayRole:
        if (shift != sch::kOff)
            return m_document->cellText(officer, day);
        if (!absence.isEmpty())
            return absence;
        return dayOff ? tr("Off") : QString();
    case Qt::EditRole:
    case ShiftRole:
        return shift;
    case LockedRole:
        return m_document->isLocked(officer, day);
    case AbsenceRole:
        return absence;
    case HardViolationRole:
        return m_hardCells.contains(cellKey(officer, day));
    case Qt::BackgroundRole:
        if (shift != sch::kOff) {
            const QColor colour = labels.shifts[std::size_t(shift)].colour;
            return QBrush(colour.isValid() ? colour.lighter(165) : QColor(0xe3, 0xf2, 0xfd));
        }
        if (!absence.isEmpty() || dayOff)
            return QBrush(QColor(0xe0, 0xe0, 0xe0));
        if (m_document->problem().isWeekend(day) || m_document->problem().isHoliday(day))
            return QBrush(QColor(0xfa, 0xf7, 0xf0));
        return {};
    case Qt::ForegroundRole:
        return QBrush(m_hardCells.contains(cellKey(officer, day)) ? QColor(0xc6, 0x28, 0x28) : QColor(Qt::black));
    case Qt::FontRole:
        if (m_document->isLocked(officer, day)) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        QStringList lines;
        lines << labels.officers[std::size_t(officer)].name + QStringLiteral(", ")
                + QLocale().toString(labels.date(day), QLocale::LongFormat);
        if (shift != sch::kOff) {
            const RosterLabels::ShiftLabel &s = labels.shifts[std::size_t(shift)];
            const QTime start = QTime(0, 0).addSecs(s.startMinute * 60);
            const QTime end = start.addSecs(s.lengthMinutes * 60);
            lines << tr("%1 %2, %3–%4").arg(s.shiftCode, s.shiftName, start.toString(QStringLiteral("HH:mm")),
                                             end.toString(QStringLiteral("HH:mm")));
            if (!s.postName.isEmpty())
                lines << tr("Post: %1 (%2)").arg(s.postName, s.postCode);
        } else {
            lines << (absence.isEmpty() ? tr("Day off") : absence);
        }
        if (m_document->isLocked(officer, day))
            lines << tr("Locked: kept by re-planning");
        for (const RosterReview::Issue &v : m_document->review().issues)
            if (v.officer == officer && v.day == day)
                lines << (v.hard ? tr("Broken: %1") : tr("Soft: %1")).arg(v.rule);
        return lines.join(QLatin1Char('\n'));
    }
    default:
        return {};
    }
}

QVariant RosterTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    const RosterLabels &labels = m_document->labels();
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_document->officerCount())
            return {};
        const RosterLabels::OfficerLabel &o = labels.officers[std::size_t(section)];
        if (role == Qt::DisplayRole)
            return o.name;
        if (role == Qt::ToolTipRole)
            return o.certified ? tr("%1 (%2), certified").arg(o.name, o.badgeNo) : tr("%1 (%2)").arg(o.name, o.badgeNo);
        return {};
    }
    if (section < 0 || section >= m_document->dayCount())
        return {};
    const QDate date = labels.date(section);
    const bool restDay = m_document->problem().isWeekend(section) || m_document->problem().isHoliday(section);
    switch (role) {
    case Qt::DisplayRole:
        return QString(QLocale().toString(date, QStringLiteral("ddd")) + QLatin1Char('\n')
                       + QLocale().toString(date, QStringLiteral("M/d")));
    case Qt::ToolTipRole:
        return QString(QLocale().toString(date, QLocale::LongFormat)
                       + (m_document->problem().isHoliday(section) ? tr(" (holiday)") : QString()));
    case Qt::ForegroundRole:
        return restDay ? QBrush(QColor(0xc6, 0x28, 0x28)) : QVariant();
    default:
        return {};
    }
}

Qt::ItemFlags RosterTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::ItemIsDropEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable | Qt::ItemIsDragEnabled
        | Qt::ItemIsDropEnabled;
}

bool RosterTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (role == LockedRole) {
        m_document->setLocked(index.row(), index.column(), value.toBool());
        return true;
    }
    if (role != Qt::EditRole && role != ShiftRole)
        return false;
    bool ok = false;
    const int shift = value.isValid() ? value.toInt(&ok) : sch::kOff;
    if (value.isValid() && !ok)
        return false;
    if (shift < sch::kOff || shift >= int(m_document->problem().shifts.size()))
        return false;
    m_document->setShift(index.row(), index.column(), shift);
    return true;
}

// Copy, never Move: a view finishing a MoveAction clears the source itself, but a drop here is an
// exchange the document already did as one undo step.
Qt::DropActions RosterTableModel::supportedDropActions() const
{
    return Qt::CopyAction;
}

Qt::DropActions RosterTableModel::supportedDragActions() const
{
    return Qt::CopyAction;
}

QStringList RosterTableModel::mimeTypes() const
{
    return { mimeType() };
}

QMimeData *RosterTableModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.size() != 1 || !indexes.first().isValid())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(mimeType(),
                  QByteArray::number(indexes.first().row()) + ',' + QByteArray::number(indexes.first().column()));
    return mime;
}

bool RosterTableModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                       const QModelIndex &parent) const
{
    Q_UNUSED(row);
    Q_UNUSED(column);
    return data && data->hasFormat(mimeType()) && action == Qt::CopyAction && parent.isValid();
}

bool RosterTableModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                                    const QModelIndex &parent)
{
    if (!canDropMimeData(data, action, row, column, parent))
        return false;
    const QList<QByteArray> parts = data->data(mimeType()).split(',');
    if (parts.size() != 2)
        return false;
    bool okRow = false, okColumn = false;
    const int fromOfficer = parts[0].toInt(&okRow);
    const int fromDay = parts[1].toInt(&okColumn);
    if (!okRow || !okColumn || fromOfficer < 0 || fromOfficer >= rowCount() || fromDay < 0 || fromDay >= columnCount())
        return false;
    m_document->swapCells(fromOfficer, fromDay, parent.row(), parent.column());
    return true;
}

void RosterTableModel::cellsChanged(const std::vector<CellChange> &changes)
{
    for (const CellChange &c : changes) {
        const QModelIndex i = index(c.officer, c.day);
        emit dataChanged(i, i);
    }
}

void RosterTableModel::evaluationChanged()
{
    m_hardCells.clear();
    for (const RosterReview::Issue &v : m_document->review().issues)
        if (v.hard && v.officer >= 0 && v.day >= 0)
            m_hardCells.insert(cellKey(v.officer, v.day));
    // Violations and posts come with the review: a re-assigned post or a rule broken by an edit
    // elsewhere changes cells the edit itself did not touch.
    if (rowCount() > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RosterTableModel::resetFromDocument()
{
    beginResetModel();
    m_hardCells.clear();
    endResetModel();
    evaluationChanged();
}

} // namespace dd::ui
