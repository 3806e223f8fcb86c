// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/rostereditor.h"

#include "ui/roster/coveragemodel.h"
#include "ui/roster/planrunner.h"
#include "ui/roster/rosterdocument.h"
#include "ui/roster/rostertablemodel.h"
#include "ui/roster/violationmodel.h"

#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QLoggingCategory>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QScrollBar>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcRosterUi, "dutydesk.ui.roster")

namespace dd::ui {

namespace sch = dd::scheduling;

namespace {

constexpr int kDayColumnWidth = 58;
constexpr int kNameColumnWidth = 96;

// Cells: a list of the shifts to pick from when editing; a corner mark on locked cells and a red frame
// on cells that break a hard rule.
class ShiftDelegate : public QStyledItemDelegate
{
public:
    ShiftDelegate(RosterDocument *document, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_document(document)
    {
    }

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &, const QModelIndex &) const override
    {
        auto *combo = new QComboBox(parent);
        combo->addItem(RosterEditor::tr("— (day off)"), sch::kOff);
        const RosterLabels &labels = m_document->labels();
        for (int s = 0; s < int(m_document->problem().shifts.size()); ++s) {
            const RosterLabels::ShiftLabel &label = labels.shifts[std::size_t(s)];
            combo->addItem(m_document->cellText(s) + QStringLiteral("  ") + label.shiftName
                               + (label.postName.isEmpty() ? QString() : QStringLiteral(" · ") + label.postName),
                           s);
        }
        return combo;
    }

    void setEditorData(QWidget *editor, const QModelIndex &index) const override
    {
        auto *combo = static_cast<QComboBox *>(editor);
        combo->setCurrentIndex(std::max(0, combo->findData(index.data(RosterTableModel::ShiftRole).toInt())));
        combo->showPopup();
    }

    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override
    {
        model->setData(index, static_cast<QComboBox *>(editor)->currentData(), Qt::EditRole);
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        painter->save();
        if (index.data(RosterTableModel::LockedRole).toBool()) {
            const QRect r = option.rect;
            const int size = std::min(9, r.height() / 3);
            const QPoint corner = r.topRight();
            const QPolygon triangle({ corner, corner + QPoint(-size, 0), corner + QPoint(0, size) });
            painter->setPen(Qt::NoPen);
            painter->setBrush(QColor(0x37, 0x47, 0x4f));
            painter->drawPolygon(triangle);
        }
        if (index.data(RosterTableModel::HardViolationRole).toBool()) {
            painter->setPen(QPen(QColor(0xd3, 0x2f, 0x2f), 2));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(option.rect.adjusted(1, 1, -1, -1));
        }
        painter->restore();
    }

private:
    RosterDocument *m_document;
};

} // namespace

RosterEditor::RosterEditor(QWidget *parent)
    : QWidget(parent)
    , m_document(new RosterDocument(this))
    , m_table(new RosterTableModel(m_document, this))
    , m_coverage(new CoverageModel(m_document, this))
    , m_violations(new ViolationModel(m_document, this))
    , m_runner(new PlanRunner(this))
    , m_toolBar(new QToolBar(this))
    , m_timeLimit(new QSpinBox(this))
    , m_progress(new QProgressBar(this))
    , m_progressText(new QLabel(this))
    , m_warning(new QLabel(this))
    , m_summary(new QLabel(this))
    , m_tableView(new QTableView(this))
    , m_coverageView(new QTableView(this))
    , m_violationView(new QTableView(this))
    , m_changes(new QListWidget(this))
    , m_changesTitle(new QLabel(this))
    , m_ticker(new QTimer(this))
{
    m_plan = m_toolBar->addAction(tr("Plan"), this, &RosterEditor::plan);
    m_plan->setToolTip(tr("Plan the period with the scheduler; locked cells stay as they are"));
    m_replan = m_toolBar->addAction(tr("Re-plan"), this, &RosterEditor::replan);
    m_replan->setToolTip(tr("Re-plan after a change: locked and already worked days stay, and as few cells "
                            "of the published version as possible change"));
    m_cancel = m_toolBar->addAction(tr("Cancel"), this, &RosterEditor::cancelPlanning);
    m_keepBest = m_toolBar->addAction(tr("Keep best so far"), this, &RosterEditor::keepBestSoFar);
    m_toolBar->addSeparator();
    m_undo = m_document->undoStack()->createUndoAction(this, tr("Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = m_document->undoStack()->createRedoAction(this, tr("Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_toolBar->addAction(m_undo);
    m_toolBar->addAction(m_redo);
    m_toolBar->addSeparator();
    m_lock = m_toolBar->addAction(tr("Lock / unlock"), this, &RosterEditor::toggleLock);
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    m_lock->setToolTip(tr("Locked cells are kept by planning and re-planning"));
    m_swap = m_toolBar->addAction(tr("Swap"), this, &RosterEditor::swapSelectedCells);
    m_swap->setToolTip(tr("Exchange the two selected cells (two officers' days, or one officer's two days)"));
    m_clear = m_toolBar->addAction(tr("Clear"), this, &RosterEditor::clearSelectedCells);
    m_clear->setShortcut(QKeySequence::Delete);
    m_toolBar->addSeparator();
    m_toolBar->addWidget(new QLabel(tr("Time limit:"), this));
    m_timeLimit->setRange(1, 600);
    m_timeLimit->setValue(10);
    m_timeLimit->setSuffix(tr(" s"));
    m_toolBar->addWidget(m_timeLimit);
    // Delete, Ctrl+K act on the table's cells only, not in the time-limit box or the dialogs.
    for (QAction *action : { m_lock, m_swap, m_clear }) {
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_tableView->addAction(action);
    }

    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(240);
    m_progress->hide();
    m_progressText->hide();
    m_progressText->setObjectName(QStringLiteral("rosterProgressText"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("QLabel { background: #fff3cd; color: #5c4400; padding: 4px; }"));
    m_warning->setObjectName(QStringLiteral("rosterDemandWarning"));
    m_warning->hide();
    m_summary->setObjectName(QStringLiteral("rosterSummary"));

    m_tableView->setModel(m_table);
    m_tableView->setObjectName(QStringLiteral("rosterTable"));
    m_tableView->setItemDelegate(new ShiftDelegate(m_document, m_tableView));
    m_tableView->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_tableView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tableView->setDragDropMode(QAbstractItemView::DragDrop);
    m_tableView->setDefaultDropAction(Qt::CopyAction);
    m_tableView->setDragDropOverwriteMode(true);
    m_tableView->setContextMenuPolicy(Qt::CustomContextMenu);
    m_tableView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->horizontalHeader()->setDefaultSectionSize(kDayColumnWidth);
    m_tableView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tableView->verticalHeader()->setDefaultSectionSize(24);
    m_tableView->verticalHeader()->setFixedWidth(kNameColumnWidth);
    m_tableView->setWordWrap(false);
    connect(m_tableView, &QWidget::customContextMenuRequested, this, &RosterEditor::showContextMenu);
    m_tableView->viewport()->installEventFilter(this);

    m_coverageView->setModel(m_coverage);
    m_coverageView->setObjectName(QStringLiteral("rosterCoverage"));
    m_coverageView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_coverageView->setSelectionMode(QAbstractItemView::NoSelection);
    m_coverageView->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_coverageView->horizontalHeader()->setDefaultSectionSize(kDayColumnWidth);
    m_coverageView->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_coverageView->verticalHeader()->setDefaultSectionSize(20);
    m_coverageView->verticalHeader()->setFixedWidth(kNameColumnWidth);
    m_coverageView->horizontalHeader()->hide();
    m_coverageView->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Both show a vertical scroll bar so that their day columns have the same width and line up.
    m_tableView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    m_coverageView->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    // The band scrolls with the roster, column under column.
    connect(m_tableView->horizontalScrollBar(), &QScrollBar::valueChanged, m_coverageView->horizontalScrollBar(),
            &QScrollBar::setValue);

    m_violationView->setModel(m_violations);
    m_violationView->setObjectName(QStringLiteral("rosterViolations"));
    m_violationView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_violationView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_violationView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_violationView->verticalHeader()->hide();
    m_violationView->horizontalHeader()->setStretchLastSection(false);
    m_violationView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_violationView->horizontalHeader()->setSectionResizeMode(ViolationModel::RuleColumn, QHeaderView::Stretch);
    m_violationView->verticalHeader()->setDefaultSectionSize(22);
    m_violationView->setWordWrap(false);
    connect(m_violationView, &QAbstractItemView::clicked, this, &RosterEditor::violationActivated);
    connect(m_violationView, &QAbstractItemView::activated, this, &RosterEditor::violationActivated);

    auto *rosterSplit = new QSplitter(Qt::Vertical, this);
    rosterSplit->addWidget(m_tableView);
    rosterSplit->addWidget(m_coverageView);
    rosterSplit->setStretchFactor(0, 3);
    rosterSplit->setStretchFactor(1, 1);

    auto *side = new QWidget(this);
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    auto *violationsTitle = new QLabel(tr("<b>Broken rules</b> (click one to select its cell)"), side);
    sideLayout->addWidget(violationsTitle);
    sideLayout->addWidget(m_violationView, 3);
    sideLayout->addWidget(m_changesTitle);
    sideLayout->addWidget(m_changes, 1);
    m_changes->setObjectName(QStringLiteral("rosterChanges"));

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(rosterSplit);
    split->addWidget(side);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 800, 480 });

    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_progress);
    progressRow->addWidget(m_progressText, 1);
    progressRow->addWidget(m_summary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toolBar);
    layout->addLayout(progressRow);
    layout->addWidget(m_warning);
    layout->addWidget(split, 1);

    m_ticker->setInterval(100);
    connect(m_ticker, &QTimer::timeout, this, &RosterEditor::tick);
    connect(m_runner, &PlanRunner::progress, this, &RosterEditor::showProgress);
    connect(m_runner, &PlanRunner::finished, this, &RosterEditor::planningFinished);
    connect(m_document, &RosterDocument::evaluationChanged, this, [this] {
        updateSummary();
        updateChanges();
    });
    connect(m_document, &RosterDocument::reset, this, [this] {
        // The last run's outcome belongs to the roster it was made for.
        if (!m_runner->isRunning()) {
            m_progressText->clear();
            m_progressText->hide();
        }
        fitColumns();
        updateActions();
    });
    connect(m_tableView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RosterEditor::updateActions);
    updateSummary();
    updateChanges();
    updateActions();
}

RosterEditor::~RosterEditor()
{
    // The document (a child) goes after this object's members; its last signals must not reach them.
    m_runner->cancel();
    disconnect(m_document, nullptr, this, nullptr);
    disconnect(m_document->undoStack(), nullptr, this, nullptr);
}

bool RosterEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tableView->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void RosterEditor::fitColumns()
{
    // A week spreads over the width; a month keeps narrow columns and scrolls.
    const int days = m_document->dayCount();
    if (days <= 0)
        return;
    const int width = std::max(kDayColumnWidth, std::min(140, m_tableView->viewport()->width() / days));
    for (QTableView *view : { m_tableView, m_coverageView }) {
        view->horizontalHeader()->setDefaultSectionSize(width);
        for (int day = 0; day < days; ++day)
            view->horizontalHeader()->resizeSection(day, width);
    }
}

void RosterEditor::setEditable(bool editable)
{
    m_editable = editable;
    m_tableView->setEditTriggers(editable ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                          : QAbstractItemView::NoEditTriggers);
    m_tableView->setDragDropMode(editable ? QAbstractItemView::DragDrop : QAbstractItemView::NoDragDrop);
    updateActions();
}

bool RosterEditor::isPlanning() const
{
    return m_runner->isRunning();
}

void RosterEditor::setTimeLimit(double seconds)
{
    m_timeLimit->setValue(std::max(1, int(std::lround(seconds))));
}

double RosterEditor::timeLimit() const
{
    return m_timeLimit->value();
}

void RosterEditor::setDemandWarnings(const QStringList &warnings, const QStringList &notices)
{
    m_demandWarnings = warnings;
    m_notices = notices;
    if (warnings.isEmpty() && notices.isEmpty()) {
        m_warning->hide();
        m_warning->clear();
        return;
    }
    const int shown = 6;
    QStringList lines;
    for (const QString &n : notices)
        lines << n.toHtmlEscaped();
    if (!warnings.isEmpty()) {
        lines << tr("<b>The demand cannot be met whoever is planned</b> — the plan will mark the shortfall:");
        for (const QString &w : warnings.mid(0, shown))
            lines << w.toHtmlEscaped();
        if (warnings.size() > shown)
            lines << tr("… and %n more", nullptr, int(warnings.size() - shown));
    }
    m_warning->setText(lines.join(QStringLiteral("<br>")));
    m_warning->show();
}

void RosterEditor::selectCell(int officer, int day)
{
    const QModelIndex index = m_table->index(officer, day);
    if (!index.isValid())
        return;
    m_tableView->setCurrentIndex(index);
    m_tableView->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect);
    m_tableView->scrollTo(index);
}

void RosterEditor::plan()
{
    startPlanning(false);
}

void RosterEditor::replan()
{
    startPlanning(true);
}

void RosterEditor::startPlanning(bool replan)
{
    if (m_runner->isRunning() || m_document->isEmpty() || !m_editable)
        return;
    sch::SolverOptions options;
    options.timeLimitSeconds = timeLimit();
    options.maxIterations = m_maxIterations;
    options.threads = 1;  // two cores shared with the GUI
    if (m_stopAtZero)
        options.stopAtObjective = 0;
    m_replanning = replan;
    m_discard = false;
    m_lastProgress = {};
    const sch::Problem problem = m_document->problemForPlanning(replan);
    // A re-plan starts from the current roster; a plan from the locks only.
    sch::Roster initial;
    if (replan)
        initial = m_document->roster();
    qCInfo(lcRosterUi) << "planning" << m_document->officerCount() << "officers," << m_document->dayCount()
                       << "days," << problem.pins.size() << "pins, replan" << replan;
    m_runner->start(problem, options, initial);
    m_progress->setValue(0);
    m_progress->show();
    m_progressText->show();
    m_ticker->start();
    tick();
    updateActions();
    emit planningChanged(true);
}

void RosterEditor::cancelPlanning()
{
    if (!m_runner->isRunning())
        return;
    m_discard = true;
    m_runner->cancel();
}

void RosterEditor::keepBestSoFar()
{
    if (!m_runner->isRunning())
        return;
    m_discard = false;
    m_runner->cancel();
}

void RosterEditor::showProgress(const sch::SolverProgress &progress)
{
    m_lastProgress = progress;
    tick();
}

void RosterEditor::tick()
{
    const double elapsed = m_runner->elapsedSeconds();
    m_progress->setValue(int(std::min(1000.0, 1000.0 * elapsed / std::max(1.0, timeLimit()))));
    const QLocale locale;
    QString text = tr("Planning… %1 s").arg(locale.toString(elapsed, 'f', 1));
    if (m_lastProgress.bestObjective >= 0)
        text += tr(" · best objective %1 · hard violations %2")
                    .arg(locale.toString(m_lastProgress.bestObjective))
                    .arg(m_lastProgress.bestHardViolations);
    m_progressText->setText(text);
}

void RosterEditor::planningFinished()
{
    m_ticker->stop();
    m_progress->hide();
    const sch::SolverResult &result = m_runner->result();
    const bool apply = !m_discard && !result.roster.empty();
    QElapsedTimer applying;
    applying.start();
    if (apply)
        m_document->replaceRoster(result.roster, m_replanning ? tr("Re-plan") : tr("Plan"));
    qCDebug(lcRosterUi) << "plan result applied in" << double(applying.nsecsElapsed()) / 1e6 << "ms";
    const QLocale locale;
    m_progressText->setText(apply ? tr("Planned in %1 s: objective %2, hard violations %3%4")
                                        .arg(locale.toString(result.elapsedSeconds, 'f', 1))
                                        .arg(locale.toString(result.evaluation.objective))
                                        .arg(result.evaluation.hardViolations)
                                        .arg(result.cancelled ? tr(" (stopped, best so far kept)") : QString())
                                  : tr("Planning cancelled; the roster is unchanged."));
    updateActions();
    emit planningChanged(false);
    emit planned(apply, m_replanning);
}

void RosterEditor::updateActions()
{
    const bool running = m_runner->isRunning();
    const bool loaded = !m_document->isEmpty();
    const bool edit = m_editable && loaded && !running;
    m_plan->setEnabled(edit);
    m_replan->setEnabled(edit);
    m_cancel->setEnabled(running);
    m_keepBest->setEnabled(running);
    m_timeLimit->setEnabled(!running);
    const int selected = int(selectedCells().size());
    m_lock->setEnabled(edit && selected > 0);
    m_clear->setEnabled(edit && selected > 0);
    m_swap->setEnabled(edit && selected == 2);
    m_tableView->setEnabled(!running);
    if (running) {
        m_undo->setEnabled(false);
        m_redo->setEnabled(false);
    } else {
        m_undo->setEnabled(m_editable && m_document->undoStack()->canUndo());
        m_redo->setEnabled(m_editable && m_document->undoStack()->canRedo());
    }
}

void RosterEditor::updateSummary()
{
    if (m_document->isEmpty()) {
        m_summary->clear();
        return;
    }
    const RosterReview &review = m_document->review();
    const int shortfall = m_coverage->totalShortfall();
    const QString hard = review.hardViolations > 0
        ? QStringLiteral("<span style='color:#c62828'><b>%1</b></span>").arg(tr("%n hard violation(s)", nullptr, review.hardViolations))
        : tr("no hard violation");
    const QString cover = shortfall > 0
        ? QStringLiteral("<span style='color:#c62828'>%1</span>").arg(tr("%n officer(s) short", nullptr, shortfall))
        : tr("every post covered");
    m_summary->setText(tr("%1 · %2 · objective %3").arg(hard, cover, QLocale().toString(review.objective)));
}

void RosterEditor::updateChanges()
{
    m_changes->clear();
    if (m_document->published().empty()) {
        m_changesTitle->setText(tr("<b>Changes</b>: no published version to compare with"));
        return;
    }
    const std::vector<CellChange> changes = m_document->changesAgainstPublished();
    m_changesTitle->setText(tr("<b>Changes against the published version</b>: %n cell(s)", nullptr, int(changes.size())));
    const RosterLabels &labels = m_document->labels();
    const QLocale locale;
    for (const CellChange &c : changes) {
        const QString before = c.beforeShift == sch::kOff ? tr("off") : m_document->cellText(c.beforeShift);
        const QString after = c.afterShift == sch::kOff ? tr("off") : m_document->cellText(c.afterShift);
        auto *item = new QListWidgetItem(tr("%1, %2: %3 → %4")
                                             .arg(labels.officers[std::size_t(c.officer)].name,
                                                  locale.toString(labels.date(c.day), QStringLiteral("ddd M/d")), before,
                                                  after),
                                         m_changes);
        item->setData(Qt::UserRole, c.officer);
        item->setData(Qt::UserRole + 1, c.day);
    }
}

QList<QModelIndex> RosterEditor::selectedCells() const
{
    return m_tableView->selectionModel() ? m_tableView->selectionModel()->selectedIndexes() : QList<QModelIndex>();
}

void RosterEditor::toggleLock()
{
    const QList<QModelIndex> cells = selectedCells();
    if (cells.isEmpty() || !m_editable || isPlanning())
        return;
    // One step for the whole selection: lock all unless all are locked already.
    bool allLocked = true;
    for (const QModelIndex &i : cells)
        allLocked = allLocked && m_document->isLocked(i.row(), i.column());
    std::vector<CellChange> changes;
    for (const QModelIndex &i : cells) {
        const int s = m_document->shift(i.row(), i.column());
        const bool locked = m_document->isLocked(i.row(), i.column());
        if (locked != !allLocked)
            changes.push_back({ i.row(), i.column(), s, s, locked, !allLocked });
    }
    m_document->applyChanges(changes, allLocked ? tr("Unlock cells") : tr("Lock cells"));
}

void RosterEditor::clearSelectedCells()
{
    const QList<QModelIndex> cells = selectedCells();
    if (cells.isEmpty() || !m_editable || isPlanning())
        return;
    std::vector<CellChange> changes;
    for (const QModelIndex &i : cells) {
        const int s = m_document->shift(i.row(), i.column());
        const bool locked = m_document->isLocked(i.row(), i.column());
        if (s != sch::kOff)
            changes.push_back({ i.row(), i.column(), s, sch::kOff, locked, locked });
    }
    m_document->applyChanges(changes, tr("Clear cells"));
}

void RosterEditor::swapSelectedCells()
{
    const QList<QModelIndex> cells = selectedCells();
    if (cells.size() != 2 || !m_editable || isPlanning())
        return;
    m_document->swapCells(cells[0].row(), cells[0].column(), cells[1].row(), cells[1].column());
}

void RosterEditor::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_tableView->indexAt(pos);
    if (!index.isValid() || !m_editable || isPlanning())
        return;
    if (!m_tableView->selectionModel()->isSelected(index))
        selectCell(index.row(), index.column());
    QMenu menu(this);
    QMenu *set = menu.addMenu(tr("Set shift"));
    const int officer = index.row();
    const int day = index.column();
    set->addAction(tr("— (day off)"), this, [this, officer, day] { m_document->setShift(officer, day, sch::kOff); });
    for (int s = 0; s < int(m_document->problem().shifts.size()); ++s) {
        const RosterLabels::ShiftLabel &label = m_document->labels().shifts[std::size_t(s)];
        set->addAction(m_document->cellText(s) + QStringLiteral("  ") + label.shiftName, this,
                       [this, officer, day, s] { m_document->setShift(officer, day, s); });
    }
    menu.addAction(m_clear);
    menu.addAction(m_lock);
    menu.addAction(m_swap);
    menu.exec(m_tableView->viewport()->mapToGlobal(pos));
}

void RosterEditor::violationActivated(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const int officer = index.data(ViolationModel::OfficerRole).toInt();
    const int day = index.data(ViolationModel::DayRole).toInt();
    if (officer >= 0 && day >= 0)
        selectCell(officer, day);
    else if (day >= 0)
        m_tableView->scrollTo(m_table->index(0, day));
}

} // namespace dd::ui
