// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dispatch/dispatchpage.h"

#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/incidents/deadlines.h"
#include "ui/dispatch/importdialog.h"
#include "ui/dispatch/incidentboardmodel.h"
#include "ui/dispatch/intakedialog.h"

#include <QAction>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcDispatchPage, "dutydesk.ui.dispatch", QtWarningMsg)

namespace dd::ui {

namespace {

QString localText(const QDateTime &utc)
{
    return utc.isValid() ? data::Deadlines::toLocal(utc).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QStringLiteral("—");
}

struct ActionSpec
{
    data::EventKind kind;
    const char *key;
};
// The workflow's actions on the page, with their keys (dispatch and reassign go through Assign).
const ActionSpec kActionSpecs[] = {
    { data::EventKind::Arrive, "A" },  { data::EventKind::Handle, "H" },  { data::EventKind::Feedback, "F" },
    { data::EventKind::Verify, "V" },  { data::EventKind::Close, "C" },   { data::EventKind::Rework, "W" },
    { data::EventKind::Extend, "E" },  { data::EventKind::Suspend, "S" }, { data::EventKind::Resume, "R" },
    { data::EventKind::Return, "U" },  { data::EventKind::File, "L" },    { data::EventKind::Cancel, "X" },
};

} // namespace

DispatchPage::DispatchPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("dispatchPage"));
    m_counts = new QLabel;
    m_counts->setObjectName(QStringLiteral("dispatchCounts"));
    m_counts->setTextFormat(Qt::RichText);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("dispatchMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #a50e0e"));
    m_squadFilter = new QComboBox;
    m_sourceFilter = new QComboBox;
    m_categoryFilter = new QComboBox;
    m_stateFilter = new QComboBox;
    m_squadFilter->setObjectName(QStringLiteral("dispatchSquadFilter"));
    m_stateFilter->setObjectName(QStringLiteral("dispatchStateFilter"));
    m_categoryFilter->setMaximumWidth(220);
    auto *newButton = new QToolButton;
    auto *importButton = new QToolButton;
    auto *top = new QHBoxLayout;
    top->addWidget(m_counts, 1);
    top->addWidget(new QLabel(tr("Squad:")));
    top->addWidget(m_squadFilter);
    top->addWidget(new QLabel(tr("Source:")));
    top->addWidget(m_sourceFilter);
    top->addWidget(new QLabel(tr("Category:")));
    top->addWidget(m_categoryFilter);
    top->addWidget(new QLabel(tr("Stage:")));
    top->addWidget(m_stateFilter);
    top->addWidget(newButton);
    top->addWidget(importButton);

    m_model = new IncidentBoardModel(this);
    m_board = new QTableView;
    m_board->setObjectName(QStringLiteral("dispatchBoard"));
    m_board->setModel(m_model);
    m_board->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_board->setSelectionMode(QAbstractItemView::SingleSelection);
    m_board->verticalHeader()->hide();
    m_board->verticalHeader()->setDefaultSectionSize(m_board->fontMetrics().height() + 8);
    m_board->horizontalHeader()->setStretchLastSection(true);
    m_board->setWordWrap(false);
    m_board->setColumnWidth(IncidentBoardModel::CountdownColumn, 110);
    m_board->setColumnWidth(IncidentBoardModel::TicketColumn, 120);
    m_board->setColumnWidth(IncidentBoardModel::CategoryColumn, 140);
    m_board->setColumnWidth(IncidentBoardModel::StatusColumn, 110);
    m_board->setColumnWidth(IncidentBoardModel::SquadColumn, 60);
    m_board->setColumnWidth(IncidentBoardModel::AssigneeColumn, 80);
    m_board->setColumnWidth(IncidentBoardModel::SourceColumn, 120);

    m_detail = new QTextBrowser;
    m_detail->setObjectName(QStringLiteral("dispatchDetail"));
    m_actionBar = new QWidget;
    auto *actionLayout = new QGridLayout(m_actionBar); // two rows, so that the pane stays narrow
    actionLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailPane = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_actionBar);
    detailLayout->addWidget(m_detail, 1);

    m_recommendationNote = new QLabel;
    m_recommendationNote->setWordWrap(true);
    m_recommendationNote->setObjectName(QStringLiteral("dispatchRecommendationNote"));
    m_candidates = new QTreeWidget;
    m_candidates->setObjectName(QStringLiteral("dispatchCandidates"));
    m_candidates->setRootIsDecorated(false);
    m_candidates->setWordWrap(true);
    m_candidates->setHeaderLabels({ tr("Rank"), tr("Officer or team"), tr("Travel"), tr("Why here") });
    m_candidates->setColumnWidth(0, 30);
    m_candidates->setColumnWidth(1, 150);
    m_candidates->setColumnWidth(2, 60);
    auto *assignButton = new QToolButton;
    auto *recommendPane = new QWidget;
    auto *recommendLayout = new QVBoxLayout(recommendPane);
    recommendLayout->setContentsMargins(0, 0, 0, 0);
    recommendLayout->addWidget(m_recommendationNote);
    recommendLayout->addWidget(m_candidates, 1);
    recommendLayout->addWidget(assignButton, 0, Qt::AlignRight);

    m_figuresTitle = new QLabel;
    m_figures = new QTableWidget;
    m_figures->setObjectName(QStringLiteral("dispatchFigures"));
    m_figures->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_figures->verticalHeader()->hide();
    auto *figuresPane = new QWidget;
    auto *figuresLayout = new QVBoxLayout(figuresPane);
    figuresLayout->addWidget(m_figuresTitle);
    figuresLayout->addWidget(m_figures, 1);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("dispatchTabs"));
    m_tabs->addTab(detailPane, tr("Incident"));
    m_tabs->addTab(recommendPane, tr("Who takes it"));
    m_tabs->addTab(figuresPane, tr("Today's figures"));

    auto *split = new QSplitter;
    split->addWidget(m_board);
    split->addWidget(m_tabs);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 780, 520 });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);

    buildActions();
    int slot = 0;
    for (auto &[kind, action] : m_actions) {
        auto *b = new QToolButton;
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        actionLayout->addWidget(b, slot / 7, slot % 7);
        ++slot;
    }
    auto *revealButton = new QToolButton;
    revealButton->setDefaultAction(m_revealAction);
    revealButton->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    actionLayout->addWidget(revealButton, slot / 7, slot % 7);
    assignButton->setDefaultAction(m_assignAction);
    auto *newAction = new QAction(tr("&New incident…"), this);
    newAction->setShortcut(QKeySequence(Qt::Key_N));
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newAction, &QAction::triggered, this, [this] { newIncident(); });
    addAction(newAction);
    newButton->setDefaultAction(newAction);
    auto *importAction = new QAction(tr("&Import…"), this);
    importAction->setShortcut(QKeySequence(Qt::Key_I));
    importAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(importAction, &QAction::triggered, this, &DispatchPage::openImport);
    addAction(importAction);
    importButton->setDefaultAction(importAction);
    auto *mapAction = new QAction(tr("Show on the &map"), this);
    mapAction->setShortcut(QKeySequence(Qt::Key_M));
    mapAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(mapAction, &QAction::triggered, this, [this] {
        if (!selectedIncident().isEmpty())
            emit showRequested(QStringLiteral("incident:") + selectedIncident());
    });
    addAction(mapAction);
    auto *reloadAction = new QAction(tr("Reload"), this);
    reloadAction->setShortcut(QKeySequence::Refresh);
    reloadAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(reloadAction, &QAction::triggered, this, &DispatchPage::reload);
    addAction(reloadAction);

    connect(m_board->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DispatchPage::selectionChanged);
    connect(m_board, &QTableView::doubleClicked, mapAction, &QAction::trigger);
    for (QComboBox *c : { m_squadFilter, m_sourceFilter, m_categoryFilter, m_stateFilter })
        connect(c, &QComboBox::currentIndexChanged, this, &DispatchPage::reload);
    m_timer = new QTimer(this);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &DispatchPage::tick);
}

DispatchPage::~DispatchPage() = default;

void DispatchPage::buildActions()
{
    for (const ActionSpec &spec : kActionSpecs) {
        QString label = spec.kind == data::EventKind::File ? tr("File again") : data::Workflow::kindName(spec.kind);
        auto *a = new QAction(label, this);
        a->setShortcut(QKeySequence(QString::fromLatin1(spec.key)));
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        a->setToolTip(tr("%1 (%2)").arg(label, QString::fromLatin1(spec.key)));
        const data::EventKind kind = spec.kind;
        connect(a, &QAction::triggered, this, [this, kind] {
            const data::Status s = takeTransition(kind);
            if (!s && !s.errorMessage().isEmpty())
                m_message->setText(s.errorMessage());
        });
        addAction(a);
        m_actions.emplace_back(spec.kind, a);
    }
    m_assignAction = new QAction(tr("Assign to the first (Enter)"), this);
    m_assignAction->setShortcuts({ QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) });
    m_assignAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_assignAction, &QAction::triggered, this, [this] {
        const int rank = m_candidates->currentItem() ? m_candidates->indexOfTopLevelItem(m_candidates->currentItem()) : 0;
        const data::Status s = assign(std::max(0, rank));
        if (!s)
            m_message->setText(s.errorMessage());
    });
    addAction(m_assignAction);
    m_revealAction = new QAction(tr("Show reporter"), this);
    connect(m_revealAction, &QAction::triggered, this, [this] {
        m_reporterRevealed = true;
        showDetail();
    });
}

void DispatchPage::setContext(const PageContext &context)
{
    const QString selected = selectedIncident();
    const bool sameStore = m_context.db == context.db && m_repository;
    m_context = context;
    if (!context.db) {
        m_repository.reset();
        m_recommender.reset();
        m_model->setRows({});
        m_message->setText(tr("No database is open."));
        m_timer->stop();
        return;
    }
    if (!sameStore) {
        m_repository = std::make_unique<data::IncidentRepository>(*context.db, *context.clock);
        m_recommender = std::make_unique<data::Recommender>(*context.db, *context.clock);
        auto categories = data::CategoryRepository(*context.db).all();
        m_categories = categories ? categories.value() : std::vector<data::IncidentCategory>();
        fillFilters();
    }
    reload();
    if (!selected.isEmpty())
        selectIncident(selected);
    m_timer->start();
}

void DispatchPage::fillFilters()
{
    for (QComboBox *c : { m_squadFilter, m_sourceFilter, m_categoryFilter, m_stateFilter }) {
        const QSignalBlocker block(c);
        c->clear();
        c->addItem(tr("all"), QString());
    }
    {
        const QSignalBlocker block(m_squadFilter);
        QSqlQuery q(m_context.db->connection());
        if (q.exec(QStringLiteral("SELECT id, code, name FROM squads ORDER BY code")))
            while (q.next())
                if (m_context.session->allows(data::Action::ViewIncidents, data::Target::squad(q.value(0).toString()))
                    || m_context.session->widestScope(data::Action::ViewIncidents) == data::Scope::District)
                    m_squadFilter->addItem(QStringLiteral("%1 %2").arg(q.value(1).toString(), q.value(2).toString()),
                                           q.value(0).toString());
    }
    {
        const QSignalBlocker block(m_sourceFilter);
        for (const QString &key : data::incidentSourceKeys())
            m_sourceFilter->addItem(data::incidentSourceName(key), key);
    }
    {
        const QSignalBlocker block(m_categoryFilter);
        for (const data::IncidentCategory &c : m_categories)
            m_categoryFilter->addItem(QStringLiteral("%1 %2").arg(c.code, c.name), c.id);
    }
    {
        const QSignalBlocker block(m_stateFilter);
        for (int s = 0; s < data::kIncidentStatusCount; ++s)
            if (data::Workflow::isOpen(data::IncidentStatus(s)))
                m_stateFilter->addItem(data::Workflow::statusName(data::IncidentStatus(s)), data::Workflow::statusKey(data::IncidentStatus(s)));
    }
}

data::BoardFilter DispatchPage::filter() const
{
    data::BoardFilter f;
    f.squadId = m_squadFilter->currentData().toString();
    f.source = m_sourceFilter->currentData().toString();
    f.categoryId = m_categoryFilter->currentData().toString();
    if (!m_stateFilter->currentData().toString().isEmpty())
        f.status = data::Workflow::statusFromKey(m_stateFilter->currentData().toString());
    return f;
}

void DispatchPage::reload()
{
    if (!m_repository)
        return;
    const QString selected = selectedIncident();
    auto rows = m_repository->board(*m_context.session, filter());
    if (!rows) {
        m_message->setText(rows.errorMessage());
        return;
    }
    m_message->clear();
    m_model->setNow(m_context.clock->now());
    m_model->setRows(std::move(rows.value()));
    tick();
    // Keep the selection; else the most urgent incident, so that the detail is never empty for nothing.
    if (selected.isEmpty() || !selectIncident(selected)) {
        if (m_model->rowCount() > 0)
            m_board->selectionModel()->setCurrentIndex(m_model->index(0, 0),
                                                       QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            selectionChanged();
    }
    showFigures();
}

void DispatchPage::tick()
{
    if (!m_context.clock)
        return;
    m_model->setNow(m_context.clock->now());
    m_counts->setText(countsText());
}

QString DispatchPage::countsText() const
{
    const IncidentBoardModel::Counts c = m_model->counts();
    return tr("<b>%1</b> open · <span style='color:#a50e0e'><b>%2</b> overdue</span> · "
              "<span style='color:#8a6100'><b>%3</b> due soon</span> · <b>%4</b> to dispatch")
        .arg(c.open)
        .arg(c.overdue)
        .arg(c.dueSoon)
        .arg(c.unassigned);
}

QString DispatchPage::selectedIncident() const
{
    const QModelIndex current = m_board->selectionModel()->currentIndex();
    return current.isValid() ? current.data(IncidentBoardModel::IdRole).toString() : QString();
}

bool DispatchPage::selectIncident(const QString &incidentId)
{
    const int row = m_model->indexOf(incidentId);
    if (row < 0)
        return false;
    m_board->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                               QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_board->scrollTo(m_model->index(row, 0));
    return true;
}

bool DispatchPage::show(const QString &what)
{
    if (!what.startsWith(QLatin1String("dispatch:")))
        return false;
    const QString rest = what.mid(9);
    if (rest.startsWith(QLatin1String("new:"))) {
        const QStringList xy = rest.mid(4).split(QLatin1Char(','));
        bool okX = false, okY = false;
        const double lon = xy.value(0).toDouble(&okX), lat = xy.value(1).toDouble(&okY);
        // After the window has switched to this page.
        QTimer::singleShot(0, this, [this, lon, lat, ok = okX && okY] {
            newIncident(ok ? std::optional(std::make_pair(lon, lat)) : std::nullopt);
        });
        return true;
    }
    if (!selectIncident(rest)) {
        // Perhaps hidden by a filter: show everything.
        for (QComboBox *c : { m_squadFilter, m_sourceFilter, m_categoryFilter, m_stateFilter }) {
            const QSignalBlocker block(c);
            c->setCurrentIndex(0);
        }
        reload();
        selectIncident(rest);
    }
    return true;
}

void DispatchPage::selectionChanged()
{
    m_reporterRevealed = false;
    m_message->clear();
    m_incident.reset();
    m_recommendation.reset();
    const QString id = selectedIncident();
    if (!id.isEmpty() && m_repository) {
        auto incident = m_repository->incident(*m_context.session, id);
        if (incident)
            m_incident = incident.value();
        else
            m_message->setText(incident.errorMessage());
    }
    showDetail();
    showRecommendation();
    updateActions();
}

void DispatchPage::showDetail()
{
    if (!m_incident) {
        m_detail->setHtml(tr("<p>Select an incident in the queue.</p>"));
        return;
    }
    const data::Incident &i = *m_incident;
    QString reporterName = i.reporterName, reporterPhone = i.reporterPhone;
    if (m_reporterRevealed) {
        auto clear = m_repository->revealReporter(*m_context.session, i.id);
        if (clear) {
            reporterName = clear->first;
            reporterPhone = clear->second;
        } else {
            m_message->setText(clear.errorMessage());
        }
    }
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1 %2</h3><table cellspacing='2'>").arg(esc(i.categoryCode), esc(i.categoryName));
    auto row = [&](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>").arg(esc(label), value);
    };
    row(tr("Ticket"), esc(i.ticketNo.isEmpty() ? tr("(no ticket)") : i.ticketNo) + QStringLiteral(" · ") + esc(data::incidentSourceName(i.source)));
    row(tr("Stage"), QStringLiteral("<b>%1</b>%2").arg(esc(data::Workflow::statusName(i.status)), i.urgent ? esc(tr(" · urgent")) : QString()));
    row(tr("Reported"), esc(localText(i.reportedAt)));
    const qint64 left = m_context.clock->now().secsTo(i.deadlineAt);
    row(tr("Deadline"), esc(localText(i.deadlineAt)) + (i.deadlineAt.isValid() ? QStringLiteral(" (%1)").arg(esc(IncidentBoardModel::countdownText(left))) : QString())
            + (i.firstDeadlineAt.isValid() && i.firstDeadlineAt != i.deadlineAt ? esc(tr(", first %1").arg(localText(i.firstDeadlineAt))) : QString()));
    row(tr("Arrive by"), esc(localText(i.arriveDeadlineAt)));
    row(tr("Squad"), esc(QStringLiteral("%1 %2").arg(i.squadCode, i.squadName)));
    row(tr("Cell"), esc(i.cellCode.isEmpty() ? tr("not located") : i.cellCode));
    row(tr("Address"), esc(i.address));
    row(tr("Assigned to"), esc(i.team.isEmpty() ? i.officerName : tr("Team %1 (%2)").arg(i.team, i.officerName)));
    row(tr("Reporter"), esc(QStringLiteral("%1 %2").arg(reporterName, reporterPhone)));
    html += QStringLiteral("</table><p>%1</p>").arg(esc(i.description).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    auto history = m_repository->history(*m_context.session, i.id);
    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("History")));
    if (!history) {
        html += esc(history.errorMessage());
    } else {
        html += QStringLiteral("<table cellspacing='0' cellpadding='3' width='100%'>");
        for (const data::IncidentEvent &e : history.value()) {
            QStringList what;
            if (!e.officerName.isEmpty())
                what << e.officerName;
            if (!e.team.isEmpty())
                what << tr("team %1").arg(e.team);
            if (e.deadlineAt.isValid())
                what << tr("new deadline %1").arg(localText(e.deadlineAt));
            if (!e.reason.isEmpty())
                what << tr("reason: %1").arg(e.reason);
            if (e.kind == data::EventKind::Update || e.note.startsWith(QLatin1String("import:")))
                what << tr("from %1").arg(e.note.section(QLatin1Char(' '), 1));
            else if (!e.note.isEmpty())
                what << e.note;
            html += QStringLiteral("<tr><td style='color:#555;white-space:nowrap'>%1</td><td>● <b>%2</b> %3</td></tr>")
                        .arg(esc(localText(e.at)), esc(data::Workflow::kindName(e.kind)),
                             esc(e.userName.isEmpty() ? QString() : QStringLiteral("· ") + e.userName));
            if (!what.isEmpty()) // a second line only when there is something to say (no blank rows)
                html += QStringLiteral("<tr><td></td><td style='color:#333'>%1</td></tr>").arg(esc(what.join(QStringLiteral(" · "))));
        }
        html += QStringLiteral("</table>");
    }
    m_detail->setHtml(html);
}

void DispatchPage::showEvent(QShowEvent *event)
{
    if (m_recommendationPending)
        showRecommendation();
    QWidget::showEvent(event);
}

void DispatchPage::showRecommendation()
{
    m_candidates->clear();
    m_recommendationNote->clear();
    m_recommendation.reset();
    m_recommendationPending = !isVisible();
    if (!m_recommendationPending)
        computeRecommendation();
}

void DispatchPage::computeRecommendation()
{
    m_recommendationPending = false;
    if (!m_incident || !m_recommender)
        return;
    const bool canAssign = m_incident->status == data::IncidentStatus::Filed || m_incident->status == data::IncidentStatus::Dispatched
        || m_incident->status == data::IncidentStatus::Arrived;
    if (!canAssign) {
        m_recommendationNote->setText(tr("Only filed, dispatched or on-scene incidents are (re)assigned."));
        return;
    }
    if (!m_context.session->allows(data::Action::DispatchIncident, data::Target::squad(m_incident->squadId))) {
        m_recommendationNote->setText(tr("Your role does not dispatch this squad's incidents."));
        return;
    }
    auto rec = m_recommender->recommend(*m_context.session, m_incident->id);
    if (!rec) {
        m_recommendationNote->setText(rec.errorMessage());
        return;
    }
    m_recommendation = rec.value();
    m_recommendationNote->setText(rec->note.isEmpty() ? tr("%n on duty now, best first.", nullptr, int(rec->ranked.size())) : rec->note);
    int rank = 0;
    for (const grid::RankedCandidate &r : rec->ranked) {
        auto *item = new QTreeWidgetItem(m_candidates, { QString::number(++rank), r.candidate.name,
                                                         tr("%1 min").arg(qRound(r.travelMinutes)), r.reasons.join(QStringLiteral("; ")) });
        item->setToolTip(3, r.reasons.join(QLatin1Char('\n')));
        if (!r.skillsMet)
            item->setForeground(1, QColor(0x8a, 0x61, 0x00));
    }
    if (m_candidates->topLevelItemCount() > 0)
        m_candidates->setCurrentItem(m_candidates->topLevelItem(0));
}

void DispatchPage::showFigures()
{
    if (!m_repository)
        return;
    const QDate today = data::Deadlines::toLocal(m_context.clock->now()).date();
    m_figuresTitle->setText(tr("Figures of %1 (arrival limit: urgent 30 min, normal 2 h)").arg(today.toString(Qt::ISODate)));
    auto figures = m_repository->dayFigures(*m_context.session, today);
    m_figures->clear();
    const QStringList headers = { tr("Squad"), tr("Received"), tr("Dispatched"), tr("Arrived in time"), tr("Arrival rate"),
                                  tr("Handled on time"), tr("Overdue now") };
    m_figures->setColumnCount(int(headers.size()));
    m_figures->setHorizontalHeaderLabels(headers);
    if (!figures) {
        m_figures->setRowCount(0);
        m_figuresTitle->setText(figures.errorMessage());
        return;
    }
    m_figures->setRowCount(int(figures->size()));
    int r = 0;
    for (const data::SquadDayFigures &f : figures.value()) {
        const QStringList cells = {
            QStringLiteral("%1 %2").arg(f.squadCode, f.squadName),
            QString::number(f.received),
            QString::number(f.dispatched),
            QStringLiteral("%1 / %2").arg(f.arrivedInTime).arg(f.arrivalsDue),
            f.arrivalsDue > 0 ? QStringLiteral("%1 %").arg(100.0 * f.arrivedInTime / f.arrivalsDue, 0, 'f', 1) : QStringLiteral("—"),
            QStringLiteral("%1 / %2").arg(f.handledOnTime).arg(f.handled),
            QString::number(f.overdueNow),
        };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_figures->setItem(r, c, item);
        }
        ++r;
    }
    m_figures->resizeColumnsToContents();
}

void DispatchPage::updateActions()
{
    for (auto &[kind, action] : m_actions) {
        bool enabled = false;
        if (m_incident) {
            const data::Transition *t = data::Workflow::find(m_incident->status, kind);
            enabled = t && data::Workflow::mayTake(*m_context.session, *t, m_incident->squadId, m_incident->officerId);
        }
        action->setEnabled(enabled);
    }
    m_assignAction->setEnabled(m_recommendation && !m_recommendation->ranked.empty());
    m_revealAction->setEnabled(m_incident && m_context.session->allows(data::Action::ViewPersonalData, data::Target::squad(m_incident->squadId)));
}

data::Status DispatchPage::takeTransition(data::EventKind kind, const QString &reasonIn, const QDateTime &deadlineIn)
{
    if (!m_incident || !m_repository)
        return data::failure(tr("Select an incident first."));
    const data::Transition *t = data::Workflow::find(m_incident->status, kind);
    if (!t)
        return data::failure(data::Workflow::refusalForStage(m_incident->status, kind));
    data::TransitionRequest request;
    request.kind = kind;
    request.reason = reasonIn;
    request.newDeadline = deadlineIn;
    if (t->needsDeadline && !request.newDeadline.isValid()) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Extend the deadline"));
        auto *form = new QFormLayout(&dialog);
        const QDateTime proposed = data::Deadlines::toLocal(m_incident->deadlineAt.addDays(3));
        auto *when = new QDateTimeEdit(QDateTime(proposed.date(), proposed.time()));
        when->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm"));
        auto *reason = new QPlainTextEdit;
        form->addRow(tr("New deadline:"), when);
        form->addRow(tr("Reason:"), reason);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() != QDialog::Accepted)
            return data::failure(QString());
        request.newDeadline = data::Deadlines::fromLocal(when->date(), when->time());
        request.reason = reason->toPlainText().trimmed();
    } else if (t->reasonRequired && request.reason.trimmed().isEmpty()) {
        bool ok = false;
        request.reason = QInputDialog::getMultiLineText(this, data::Workflow::kindName(kind),
                                                        tr("Reason (kept in the incident's history):"), QString(), &ok);
        if (!ok)
            return data::failure(QString());
    }
    const QString id = m_incident->id;
    const data::Status done = m_repository->transition(*m_context.session, id, request);
    if (!done)
        return done;
    qCInfo(lcDispatchPage) << data::Workflow::kindKey(kind) << id;
    reload();
    selectIncident(id);
    emit storeChanged();
    return done;
}

data::Status DispatchPage::assign(int rank)
{
    if (m_recommendationPending)
        computeRecommendation(); // asked for before the page was shown
    if (!m_incident || !m_recommendation || rank < 0 || rank >= int(m_recommendation->ranked.size()))
        return data::failure(tr("Nobody to assign: select an incident with officers on duty."));
    const grid::DispatchCandidate &c = m_recommendation->ranked[size_t(rank)].candidate;
    data::TransitionRequest request;
    request.kind = m_incident->status == data::IncidentStatus::Filed ? data::EventKind::Dispatch : data::EventKind::Reassign;
    request.officerId = c.officerIds.value(0);
    if (c.id.startsWith(QLatin1String("team:")))
        request.team = c.id.section(QLatin1Char(':'), 2);
    request.note = m_recommendation->directSquad ? tr("offered from the district's direct squad") : QString();
    const QString id = m_incident->id;
    const data::Status done = m_repository->transition(*m_context.session, id, request);
    if (!done)
        return done;
    reload();
    selectIncident(id);
    emit storeChanged();
    return done;
}

void DispatchPage::newIncident(std::optional<std::pair<double, double>> at)
{
    if (!m_repository)
        return;
    IntakeDialog dialog(*m_repository, *m_context.session, m_categories, this);
    if (at)
        dialog.setLocation(at->first, at->second);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    selectIncident(dialog.filedId());
    emit storeChanged();
}

void DispatchPage::openImport()
{
    if (!m_context.db)
        return;
    auto *dialog = new ImportDialog(m_context.db->path(), *m_context.session, *m_context.clock, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ImportDialog::imported, this, [this] {
        reload();
        emit storeChanged();
    });
    dialog->show();
}

} // namespace dd::ui
