// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/solver.h"

#include <QWidget>

class QAction;
class QLabel;
class QListWidget;
class QProgressBar;
class QSpinBox;
class QTableView;
class QTimer;
class QToolBar;

namespace dd::ui {

class CoverageModel;
class PlanRunner;
class RosterDocument;
class RosterTableModel;
class ViolationModel;

// The roster itself in the Roster page: the officers × days table (edit through a shift list in each
// cell, the context menu, or by dragging a cell onto another; lock and unlock), the coverage band under
// it, the violations panel (clicking a row selects its cell), the changes against the published version,
// and planning on a worker thread with progress, best objective, elapsed time, Cancel and "keep best".
//
// Knows nothing of the store: the page loads the document and reacts to planned().
class RosterEditor : public QWidget
{
    Q_OBJECT
public:
    explicit RosterEditor(QWidget *parent = nullptr);
    ~RosterEditor() override;

    RosterDocument *document() const { return m_document; }
    RosterTableModel *tableModel() const { return m_table; }
    ViolationModel *violationModel() const { return m_violations; }
    CoverageModel *coverageModel() const { return m_coverage; }
    QTableView *tableView() const { return m_tableView; }
    QTableView *violationView() const { return m_violationView; }
    QToolBar *toolBar() const { return m_toolBar; }

    // Editing and planning allowed (the session may edit this squad's roster).
    void setEditable(bool editable);
    bool isEditable() const { return m_editable; }
    bool isPlanning() const;

    // Solver time limit (seconds) and, for reproducible tests, an iteration limit (-1: none).
    void setTimeLimit(double seconds);
    double timeLimit() const;
    void setMaxIterations(long long iterations) { m_maxIterations = iterations; }
    void setStopAtZeroCost(bool on) { m_stopAtZero = on; }

    // Problems with the demand found before planning (each names the post, day and skill), and other
    // notices (a published version that leave made stale); shown above the table until the next load.
    void setDemandWarnings(const QStringList &warnings, const QStringList &notices = {});
    QStringList demandWarnings() const { return m_demandWarnings; }
    QStringList notices() const { return m_notices; }

    QAction *planAction() const { return m_plan; }
    QAction *replanAction() const { return m_replan; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *keepBestAction() const { return m_keepBest; }
    QAction *undoAction() const { return m_undo; }
    QAction *redoAction() const { return m_redo; }
    QAction *lockAction() const { return m_lock; }
    QAction *swapAction() const { return m_swap; }
    QAction *clearAction() const { return m_clear; }

    // The solver's last progress report of the current or last run (best objective, hard violations).
    const scheduling::SolverProgress &lastProgress() const { return m_lastProgress; }

    // Selects a cell (the violations panel does it on click).
    void selectCell(int officer, int day);

public slots:
    // Plans from scratch (locked cells kept) or re-plans (locked and worked days kept, as few changes
    // against the published version as possible). Returns at once; planned() follows.
    void plan();
    void replan();
    // Stops planning and forgets its result.
    void cancelPlanning();
    // Stops planning and takes the best roster found so far.
    void keepBestSoFar();
    void toggleLock();
    void clearSelectedCells();
    void swapSelectedCells();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    // A plan run ended: its roster is in the document (one undo step) unless it was cancelled.
    void planned(bool applied, bool replan);
    void planningChanged(bool running);

private:
    void startPlanning(bool replan);
    void fitColumns();
    void planningFinished();
    void showProgress(const scheduling::SolverProgress &progress);
    void tick();
    void updateActions();
    void updateSummary();
    void updateChanges();
    void showContextMenu(const QPoint &pos);
    void violationActivated(const QModelIndex &index);
    QList<QModelIndex> selectedCells() const;

    RosterDocument *m_document;
    RosterTableModel *m_table;
    CoverageModel *m_coverage;
    ViolationModel *m_violations;
    PlanRunner *m_runner;

    QToolBar *m_toolBar;
    QAction *m_plan;
    QAction *m_replan;
    QAction *m_cancel;
    QAction *m_keepBest;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_lock;
    QAction *m_swap;
    QAction *m_clear;
    QSpinBox *m_timeLimit;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QLabel *m_warning;
    QLabel *m_summary;
    QTableView *m_tableView;
    QTableView *m_coverageView;
    QTableView *m_violationView;
    QListWidget *m_changes;
    QLabel *m_changesTitle;
    QTimer *m_ticker;

    QStringList m_demandWarnings;
    QStringList m_notices;
    scheduling::SolverProgress m_lastProgress;
    bool m_editable = true;
    bool m_replanning = false;
    bool m_discard = false;
    long long m_maxIterations = -1;
    bool m_stopAtZero = false;
};

} // namespace dd::ui
