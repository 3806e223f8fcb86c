// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/rosterdocument.h"

#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

Q_LOGGING_CATEGORY(lcRosterDocument, "dutydesk.ui.roster.document", QtInfoMsg)

namespace dd::ui {

namespace sch = dd::scheduling;

// One undo step: a list of cell changes, applied forwards on redo and backwards on undo.
class EditCellsCommand : public QUndoCommand
{
public:
    EditCellsCommand(RosterDocument *document, std::vector<CellChange> changes, const QString &text)
        : QUndoCommand(text)
        , m_document(document)
        , m_changes(std::move(changes))
    {
    }
    void redo() override { m_document->apply(m_changes, false); }
    void undo() override { m_document->apply(m_changes, true); }

private:
    RosterDocument *m_document;
    std::vector<CellChange> m_changes;
};

RosterDocument::RosterDocument(QObject *parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
{
}

RosterDocument::~RosterDocument() = default;

void RosterDocument::load(sch::Problem problem, RosterLabels labels, const sch::Roster &roster,
                          const std::vector<std::vector<bool>> &locked)
{
    m_undo->clear();
    m_problem = std::move(problem);
    m_labels = std::move(labels);
    const std::size_t officers = m_problem.officers.size();
    const std::size_t days = std::size_t(std::max(0, m_problem.days));
    m_labels.officers.resize(officers);
    m_labels.shifts.resize(m_problem.shifts.size());
    m_labels.absence.resize(officers);
    for (auto &row : m_labels.absence)
        row.resize(days);
    m_roster.assign(officers, std::vector<int>(days, sch::kOff));
    m_locked.assign(officers, std::vector<bool>(days, false));
    for (std::size_t o = 0; o < officers && o < roster.size(); ++o)
        for (std::size_t d = 0; d < days && d < roster[o].size(); ++d)
            m_roster[o][d] = roster[o][d];
    for (std::size_t o = 0; o < officers && o < locked.size(); ++o)
        for (std::size_t d = 0; d < days && d < locked[o].size(); ++d)
            m_locked[o][d] = locked[o][d];
    for (const sch::Pin &pin : m_problem.pins) {
        if (pin.officer < 0 || std::size_t(pin.officer) >= officers || pin.day < 0 || std::size_t(pin.day) >= days)
            continue;
        m_locked[std::size_t(pin.officer)][std::size_t(pin.day)] = true;
        if (roster.empty())
            m_roster[std::size_t(pin.officer)][std::size_t(pin.day)] = pin.shift;
    }
    m_problem.pins.clear();
    m_published.clear();
    m_workedDays = 0;
    reevaluate();
    emit reset();
    emit evaluationChanged();
}

void RosterDocument::clear()
{
    load({}, {});
}

bool RosterDocument::isDayOff(int officer, int day) const
{
    const auto &off = m_problem.officers[std::size_t(officer)].daysOff;
    return std::find(off.begin(), off.end(), day) != off.end();
}

std::vector<CellChange> RosterDocument::changesAgainstPublished() const
{
    std::vector<CellChange> changes;
    if (m_published.size() != m_roster.size())
        return changes;
    for (std::size_t o = 0; o < m_roster.size(); ++o)
        for (std::size_t d = 0; d < m_roster[o].size() && d < m_published[o].size(); ++d)
            if (m_roster[o][d] != m_published[o][d])
                changes.push_back({ int(o), int(d), m_published[o][d], m_roster[o][d], m_locked[o][d], m_locked[o][d] });
    return changes;
}

void RosterDocument::setShift(int officer, int day, int shift)
{
    if (officer < 0 || officer >= officerCount() || day < 0 || day >= dayCount())
        return;
    if (shift < sch::kOff || shift >= int(m_problem.shifts.size()))
        return;
    const int before = this->shift(officer, day);
    if (before == shift)
        return;
    const bool locked = isLocked(officer, day);
    const QString text = shift == sch::kOff ? tr("Clear %1, %2").arg(m_labels.officers[std::size_t(officer)].name,
                                                                      QLocale().toString(m_labels.date(day), QLocale::ShortFormat))
                                            : tr("Set %1 for %2, %3")
                                                  .arg(cellText(shift), m_labels.officers[std::size_t(officer)].name,
                                                       QLocale().toString(m_labels.date(day), QLocale::ShortFormat));
    applyChanges({ { officer, day, before, shift, locked, locked } }, text);
}

void RosterDocument::setLocked(int officer, int day, bool locked)
{
    if (officer < 0 || officer >= officerCount() || day < 0 || day >= dayCount() || isLocked(officer, day) == locked)
        return;
    const int s = shift(officer, day);
    applyChanges({ { officer, day, s, s, !locked, locked } }, locked ? tr("Lock cell") : tr("Unlock cell"));
}

void RosterDocument::swapCells(int officerA, int dayA, int officerB, int dayB)
{
    auto inside = [this](int o, int d) { return o >= 0 && o < officerCount() && d >= 0 && d < dayCount(); };
    if (!inside(officerA, dayA) || !inside(officerB, dayB) || (officerA == officerB && dayA == dayB))
        return;
    const int a = shift(officerA, dayA);
    const int b = shift(officerB, dayB);
    if (a == b)
        return;
    const bool lockA = isLocked(officerA, dayA);
    const bool lockB = isLocked(officerB, dayB);
    applyChanges({ { officerA, dayA, a, b, lockA, lockA }, { officerB, dayB, b, a, lockB, lockB } },
                 officerA == officerB ? tr("Move shift to another day") : tr("Swap shifts of two officers"));
}

void RosterDocument::replaceRoster(const sch::Roster &roster, const QString &text)
{
    std::vector<CellChange> changes;
    for (int o = 0; o < officerCount() && std::size_t(o) < roster.size(); ++o)
        for (int d = 0; d < dayCount() && std::size_t(d) < roster[std::size_t(o)].size(); ++d) {
            const int after = roster[std::size_t(o)][std::size_t(d)];
            if (after != shift(o, d))
                changes.push_back({ o, d, shift(o, d), after, isLocked(o, d), isLocked(o, d) });
        }
    if (!changes.empty())
        applyChanges(changes, text);
}

void RosterDocument::applyChanges(const std::vector<CellChange> &changes, const QString &text)
{
    if (changes.empty())
        return;
    m_undo->push(new EditCellsCommand(this, changes, text));
}

void RosterDocument::apply(const std::vector<CellChange> &changes, bool undo)
{
    if (undo) {
        for (auto it = changes.rbegin(); it != changes.rend(); ++it) {
            m_roster[std::size_t(it->officer)][std::size_t(it->day)] = it->beforeShift;
            m_locked[std::size_t(it->officer)][std::size_t(it->day)] = it->beforeLocked;
        }
    } else {
        for (const CellChange &c : changes) {
            m_roster[std::size_t(c.officer)][std::size_t(c.day)] = c.afterShift;
            m_locked[std::size_t(c.officer)][std::size_t(c.day)] = c.afterLocked;
        }
    }
    reevaluate();
    emit cellsChanged(changes);
    emit evaluationChanged();
}

void RosterDocument::reevaluate()
{
    if (isEmpty()) {
        m_evaluation = {};
        m_review = {};
        return;
    }
    // Locks are the squad leader's own decisions, not rules: the evaluation shows the rules only.
    QElapsedTimer timer;
    timer.start();
    m_evaluation = sch::evaluate(m_problem, m_roster, true);
    const qint64 evaluated = timer.nsecsElapsed();
    m_review = m_reviewer ? m_reviewer(*this) : defaultReview();
    qCDebug(lcRosterDocument) << "evaluated in" << double(evaluated) / 1e6 << "ms, reviewed in"
                              << double(timer.nsecsElapsed() - evaluated) / 1e6 << "ms";
    m_review.posts.resize(m_roster.size());
    for (std::size_t o = 0; o < m_roster.size(); ++o)
        m_review.posts[o].resize(m_roster[o].size());
}

void RosterDocument::setReviewer(Reviewer reviewer)
{
    m_reviewer = std::move(reviewer);
    reevaluate();
    emit evaluationChanged();
}

RosterReview RosterDocument::defaultReview() const
{
    RosterReview review;
    review.hardViolations = m_evaluation.hardViolations;
    review.objective = m_evaluation.objective;
    for (const sch::Violation &v : m_evaluation.violations) {
        RosterReview::Issue issue;
        issue.hard = sch::isHard(v.rule);
        issue.officer = v.officer;
        issue.day = v.day;
        issue.shift = v.shift;
        if (v.officer < 0 && v.shift >= 0)
            issue.where = cellText(v.shift);
        issue.rule = ruleText(v.rule);
        issue.text = describe(v);
        issue.amount = v.amount;
        issue.cost = v.cost;
        review.issues.push_back(issue);
    }
    std::stable_sort(review.issues.begin(), review.issues.end(),
                     [](const RosterReview::Issue &a, const RosterReview::Issue &b) { return a.hard && !b.hard; });

    // Cover per scheduler shift with demand: planned officers, the largest minimum, and the largest
    // shortfall over the cell's demands (holders of each demand's skills counted).
    const std::size_t days = std::size_t(m_problem.days);
    std::vector<int> rowOf(m_problem.shifts.size(), -1);
    for (const sch::Demand &d : m_problem.demands)
        if (d.shift >= 0 && std::size_t(d.shift) < rowOf.size() && (d.minimum > 0 || d.target > 0))
            rowOf[std::size_t(d.shift)] = 0;
    std::vector<int> shiftOfRow;
    for (std::size_t s = 0; s < rowOf.size(); ++s)
        if (rowOf[s] == 0) {
            rowOf[s] = int(shiftOfRow.size());
            shiftOfRow.push_back(int(s));
            RosterReview::CoverageRow row;
            row.label = cellText(int(s));
            const RosterLabels::ShiftLabel &label = m_labels.shifts[s];
            row.toolTip = label.postName.isEmpty() ? label.shiftName : label.postName + QStringLiteral(", ") + label.shiftName;
            row.days.resize(days);
            review.coverage.push_back(row);
        }
    for (std::size_t o = 0; o < m_roster.size(); ++o)
        for (std::size_t d = 0; d < days; ++d) {
            const int s = m_roster[o][d];
            if (s >= 0 && rowOf[std::size_t(s)] >= 0)
                ++review.coverage[std::size_t(rowOf[std::size_t(s)])].days[d].planned;
        }
    for (const sch::Demand &demand : m_problem.demands) {
        if (demand.shift < 0 || std::size_t(demand.shift) >= rowOf.size() || rowOf[std::size_t(demand.shift)] < 0
            || demand.day < 0 || std::size_t(demand.day) >= days)
            continue;
        RosterReview::Cover &cell = review.coverage[std::size_t(rowOf[std::size_t(demand.shift)])].days[std::size_t(demand.day)];
        cell.needed = std::max(cell.needed, demand.minimum);
        int holding = 0;
        for (std::size_t o = 0; o < m_roster.size(); ++o)
            if (m_roster[o][std::size_t(demand.day)] == demand.shift
                && (m_problem.officers[o].skills & demand.skills) == demand.skills)
                ++holding;
        cell.shortfall = std::max(cell.shortfall, demand.minimum - holding);
    }
    return review;
}

sch::Problem RosterDocument::problemForPlanning(bool replan) const
{
    sch::Problem problem = m_problem;
    problem.pins.clear();
    for (int o = 0; o < officerCount(); ++o)
        for (int d = 0; d < dayCount(); ++d)
            if (isLocked(o, d) || (replan && d < m_workedDays))
                problem.pins.push_back({ o, d, shift(o, d) });
    if (replan) {
        problem.published = m_published.size() == m_roster.size() ? m_published : m_roster;
        if (problem.stabilityWeight <= 0)
            problem.stabilityWeight = 20;
    }
    return problem;
}

QString RosterDocument::cellText(int officer, int day) const
{
    const int s = shift(officer, day);
    if (s == sch::kOff)
        return QString();
    const QString &post = m_review.posts[std::size_t(officer)][std::size_t(day)];
    if (post.isEmpty())
        return cellText(s);
    const RosterLabels::ShiftLabel &label = m_labels.shifts[std::size_t(s)];
    return (label.shiftCode.isEmpty() ? QString::fromStdString(m_problem.shifts[std::size_t(s)].id) : label.shiftCode)
        + QLatin1Char(' ') + post;
}

QString RosterDocument::cellText(int shift) const
{
    if (shift < 0 || std::size_t(shift) >= m_labels.shifts.size())
        return QString();
    const RosterLabels::ShiftLabel &label = m_labels.shifts[std::size_t(shift)];
    const QString code = label.shiftCode.isEmpty() ? QString::fromStdString(m_problem.shifts[std::size_t(shift)].id)
                                                   : label.shiftCode;
    return label.postShort.isEmpty() ? code : code + QLatin1Char(' ') + label.postShort;
}

QString RosterDocument::ruleText(sch::Rule rule)
{
    switch (rule) {
    case sch::Rule::Succession:
        return tr("shift may not follow the previous day's shift");
    case sch::Rule::MinRest:
        return tr("too little rest between two shifts");
    case sch::Rule::MaxShiftsOfType:
        return tr("too many shifts of this type");
    case sch::Rule::MaxTotalMinutes:
        return tr("too many hours in the period");
    case sch::Rule::MinTotalMinutes:
        return tr("too few hours in the period");
    case sch::Rule::MaxWeeklyMinutes:
        return tr("too many hours in the week");
    case sch::Rule::MaxConsecutiveShifts:
        return tr("too many consecutive shifts");
    case sch::Rule::MinConsecutiveShifts:
        return tr("too few consecutive shifts");
    case sch::Rule::MinConsecutiveDaysOff:
        return tr("too few consecutive days off");
    case sch::Rule::MaxWeekends:
        return tr("too many weekends worked");
    case sch::Rule::DayOff:
        return tr("works on a day of leave or a fixed day off");
    case sch::Rule::Skill:
        return tr("lacks a skill the shift requires");
    case sch::Rule::Pin:
        return tr("differs from a locked cell");
    case sch::Rule::CoverAboveMaximum:
        return tr("more officers than the post's maximum");
    case sch::Rule::CoverUnder:
        return tr("fewer officers than the minimum");
    case sch::Rule::CoverBelowTarget:
        return tr("fewer officers than wanted");
    case sch::Rule::CoverOver:
        return tr("more officers than wanted");
    case sch::Rule::ShiftOnRequest:
        return tr("shift request not granted");
    case sch::Rule::ShiftOffRequest:
        return tr("day-off request not granted");
    case sch::Rule::NightFairness:
        return tr("nights unevenly shared");
    case sch::Rule::WeekendFairness:
        return tr("weekends unevenly shared");
    case sch::Rule::HolidayFairness:
        return tr("holidays unevenly shared");
    case sch::Rule::Stability:
        return tr("changed against the published version");
    case sch::Rule::PatrolTeam:
        return tr("patrol team without two certified officers");
    case sch::Rule::Count:
        break;
    }
    return QString();
}

QString RosterDocument::leaveKindText(const QString &kind)
{
    if (kind == QLatin1String("annual"))
        return tr("Annual");
    if (kind == QLatin1String("sick"))
        return tr("Sick");
    if (kind == QLatin1String("training"))
        return tr("Training");
    if (kind == QLatin1String("secondment"))
        return tr("Seconded");
    if (kind == QLatin1String("personal"))
        return tr("Personal");
    if (kind == QLatin1String("compensatory"))
        return tr("Time off");
    return tr("Leave");
}

QString RosterDocument::describe(const sch::Violation &v) const
{
    QStringList where;
    if (v.officer >= 0 && std::size_t(v.officer) < m_labels.officers.size())
        where << m_labels.officers[std::size_t(v.officer)].name;
    if (v.day >= 0 && m_labels.firstDay.isValid())
        where << QLocale().toString(m_labels.date(v.day), QStringLiteral("ddd d MMM"));
    if (v.shift >= 0 && v.officer < 0 && std::size_t(v.shift) < m_labels.shifts.size()) {
        const RosterLabels::ShiftLabel &label = m_labels.shifts[std::size_t(v.shift)];
        where << (label.postName.isEmpty() ? cellText(v.shift) : label.postName + QLatin1Char(' ') + label.shiftCode);
    }
    QString text = where.join(QStringLiteral(", "));
    if (!text.isEmpty())
        text += QStringLiteral(": ");
    text += ruleText(v.rule);
    if (v.amount != 0)
        text += QStringLiteral(" (%1)").arg(v.amount);
    return text;
}

} // namespace dd::ui
