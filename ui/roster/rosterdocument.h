// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/evaluation.h"
#include "scheduling/problem.h"

#include <QColor>
#include <QDate>
#include <QObject>
#include <QString>
#include <functional>
#include <vector>

class QUndoStack;

namespace dd::ui {

// What the page shows for the scheduler's indices. The scheduler knows officers and shift types by
// index only; a scheduler shift type is one (post, shift) pair of the squad (docs/ARCHITECTURE.md,
// "posts in the scheduler are shift types").
struct RosterLabels
{
    struct OfficerLabel
    {
        QString id;       // officers.id
        QString badgeNo;
        QString name;
        bool certified = false;
    };
    struct ShiftLabel
    {
        QString shiftTypeId;  // shift_types.id
        QString shiftCode;    // "D", "N", "CD"
        QString shiftName;    // 白班
        QString postId;       // posts.id; empty when the shift is not tied to a post
        QString postCode;     // JD102-P01
        QString postShort;    // P01: what fits in a cell
        QString postName;
        QColor colour;
        int startMinute = 0;
        int lengthMinutes = 0;
    };
    QString squadId;
    QString squadCode;
    QString squadName;
    QDate firstDay;                              // day 0 of the problem
    std::vector<OfficerLabel> officers;          // one per Problem::officers
    std::vector<ShiftLabel> shifts;              // one per Problem::shifts
    std::vector<std::vector<QString>> absence;   // [officer][day]: leave kind in words, or empty

    QDate date(int day) const { return firstDay.addDays(day); }
};

// What the page shows about a roster, recomputed after every edit: the broken rules, the coverage band
// and each cell's post. The document makes it with a Reviewer: by default from the scheduler's own
// evaluator (rules of the scheduling::Problem, cover per scheduler shift); the page installs one made
// from the store's checks (post cover, post skills, patrol teams) when it plans a squad.
struct RosterReview
{
    struct Issue
    {
        bool hard = false;
        int officer = -1;   // -1 when about a day's cover rather than an officer
        int day = -1;       // -1 when about the whole period
        int shift = -1;     // scheduler shift, when known
        QString where;      // what the issue is about when not an officer: a post and shift
        QString rule;       // the rule in words
        QString text;       // one sentence: officer or post, day, rule, amount
        int amount = 0;
        long long cost = 0;
    };
    struct Cover
    {
        int planned = 0;
        int needed = 0;
        int shortfall = 0;  // missing officers (holders of the demand's skill included)
    };
    struct CoverageRow
    {
        QString label;      // "P01 D"
        QString toolTip;    // post name and shift
        std::vector<Cover> days;
    };
    int hardViolations = 0;
    long long objective = 0;
    std::vector<Issue> issues;              // hard ones first
    std::vector<CoverageRow> coverage;
    std::vector<std::vector<QString>> posts;  // [officer][day]: post (and team) of a worked cell, or empty
};

// One cell's change: what an undo step restores and a redo re-applies.
struct CellChange
{
    int officer = 0;
    int day = 0;
    int beforeShift = scheduling::kOff;
    int afterShift = scheduling::kOff;
    bool beforeLocked = false;
    bool afterLocked = false;
};

// The roster being edited in the Roster page: the problem (demand, officers, rules), the cells, the
// locked cells and the evaluation of the whole, kept current after every change. Every change made
// through the edit methods goes on the undo stack; setRoster() without undo is for loading.
//
// Lives on the GUI thread. The evaluation is recomputed synchronously after each edit (a month of 40
// officers evaluates in about a millisecond), so violations update live.
class RosterDocument : public QObject
{
    Q_OBJECT
public:
    explicit RosterDocument(QObject *parent = nullptr);
    ~RosterDocument() override;

    // Loads a problem and its labels with an empty roster (or `roster` when given) and clears the undo
    // history. Cells pinned in problem.pins become locked cells (the problem keeps no pins: locks are
    // the document's).
    void load(scheduling::Problem problem, RosterLabels labels, const scheduling::Roster &roster = {},
              const std::vector<std::vector<bool>> &locked = {});
    void clear();
    bool isEmpty() const { return m_problem.officers.empty() || m_problem.days == 0; }

    const scheduling::Problem &problem() const { return m_problem; }
    const RosterLabels &labels() const { return m_labels; }
    const scheduling::Roster &roster() const { return m_roster; }
    const scheduling::Evaluation &evaluation() const { return m_evaluation; }
    const RosterReview &review() const { return m_review; }

    // Makes the review of a roster; called on the GUI thread after every change. Without one (or
    // after setting an empty function) the document reviews with defaultReview().
    using Reviewer = std::function<RosterReview(const RosterDocument &)>;
    void setReviewer(Reviewer reviewer);
    // The scheduler's evaluation in words, cover per scheduler shift with demand.
    RosterReview defaultReview() const;
    int officerCount() const { return int(m_problem.officers.size()); }
    int dayCount() const { return m_problem.days; }

    int shift(int officer, int day) const { return m_roster[std::size_t(officer)][std::size_t(day)]; }
    bool isLocked(int officer, int day) const { return m_locked[std::size_t(officer)][std::size_t(day)]; }
    bool isDayOff(int officer, int day) const;  // leave or a fixed day off (hard)
    const std::vector<std::vector<bool>> &lockedCells() const { return m_locked; }

    // Days before this index are already worked: re-planning keeps them. 0 = none.
    void setWorkedDays(int days) { m_workedDays = days; }
    int workedDays() const { return m_workedDays; }

    // The published version this roster is measured against (empty: none). Re-planning keeps as much
    // of it as it can; changes() lists the cells that differ.
    void setPublished(const scheduling::Roster &published) { m_published = published; }
    const scheduling::Roster &published() const { return m_published; }
    std::vector<CellChange> changesAgainstPublished() const;

    // Edits (each one undo step; refused silently outside the grid).
    void setShift(int officer, int day, int shift);
    void setLocked(int officer, int day, bool locked);
    // Exchanges two cells (drag a shift to another officer or day; swap two officers' days).
    void swapCells(int officerA, int dayA, int officerB, int dayB);
    // Replaces the whole roster (a plan result), keeping locks; one undo step named `text`.
    void replaceRoster(const scheduling::Roster &roster, const QString &text);
    // Applies changes as one undo step; the before values must match the current cells.
    void applyChanges(const std::vector<CellChange> &changes, const QString &text);

    QUndoStack *undoStack() const { return m_undo; }

    // The problem handed to the solver: locked cells and already-worked days pinned, the published
    // version and a stability weight when re-planning.
    scheduling::Problem problemForPlanning(bool replan) const;

    // Violations in words ("王伟, Tue 2 Dec: more than 6 consecutive shifts (7)").
    QString describe(const scheduling::Violation &violation) const;
    static QString ruleText(scheduling::Rule rule);
    // "Annual leave" for the store's leave kinds (annual, sick, training, secondment, …).
    static QString leaveKindText(const QString &kind);
    // "D P01" for a scheduler shift, empty for a day off.
    QString cellText(int shift) const;
    // The same for a cell, with the post the review gave it.
    QString cellText(int officer, int day) const;

signals:
    // Cells changed (each edit, undo and redo); the evaluation is already current.
    void cellsChanged(const std::vector<CellChange> &changes);
    // Everything changed (load, clear).
    void reset();
    void evaluationChanged();

private:
    friend class EditCellsCommand;
    void apply(const std::vector<CellChange> &changes, bool undo);
    void reevaluate();

    scheduling::Problem m_problem;
    RosterLabels m_labels;
    scheduling::Roster m_roster;
    std::vector<std::vector<bool>> m_locked;
    scheduling::Roster m_published;
    scheduling::Evaluation m_evaluation;
    RosterReview m_review;
    Reviewer m_reviewer;
    int m_workedDays = 0;
    QUndoStack *m_undo;
};

} // namespace dd::ui
