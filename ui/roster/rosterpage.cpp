// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/rosterpage.h"

#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/roster/rosterrepository.h"
#include "ui/roster/contextreviewer.h"
#include "ui/roster/demanddialog.h"
#include "ui/roster/leavedialog.h"
#include "ui/roster/rosterdocument.h"
#include "ui/roster/rostereditor.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QDir>
#include <QFileDialog>
#include <QListWidget>
#include <QMenu>
#include <QTableView>
#include <QLocale>
#include <QMessageBox>
#include <QScrollArea>
#include <QTimeZone>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace dd::ui {

namespace sch = dd::scheduling;

namespace {

QDate today(const PageContext &context)
{
    // Rosters are in Shanghai civil dates whatever the machine's zone.
    const QDateTime now = context.clock ? context.clock->now() : QDateTime::currentDateTimeUtc();
    return now.toTimeZone(QTimeZone(QByteArrayLiteral("Asia/Shanghai"))).date();
}

} // namespace

RosterPage::RosterPage(QWidget *parent)
    : Page(parent)
{
    buildUi();
    setContext({});
}

RosterPage::~RosterPage()
{
    // Clearing the undo stack while the children go emits indexChanged: not to this half-destroyed page.
    disconnect(m_editor->document()->undoStack(), nullptr, this, nullptr);
}

void RosterPage::buildUi()
{
    m_squad = new QComboBox(this);
    m_squad->setObjectName(QStringLiteral("rosterSquad"));
    m_squad->setMinimumContentsLength(10);
    m_periodKind = new QComboBox(this);
    m_periodKind->addItem(tr("Week"));
    m_periodKind->addItem(tr("Month"));
    m_date = new QDateEdit(this);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_previous = new QToolButton(this);
    m_previous->setArrowType(Qt::LeftArrow);
    m_previous->setToolTip(tr("Previous period"));
    m_next = new QToolButton(this);
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next period"));
    m_periodLabel = new QLabel(this);
    m_version = new QComboBox(this);
    m_version->setObjectName(QStringLiteral("rosterVersion"));
    m_version->setMinimumContentsLength(18);

    auto *pick = new QHBoxLayout;
    pick->addWidget(new QLabel(tr("Squad:"), this));
    pick->addWidget(m_squad);
    pick->addSpacing(12);
    pick->addWidget(new QLabel(tr("Period:"), this));
    pick->addWidget(m_periodKind);
    pick->addWidget(m_previous);
    pick->addWidget(m_date);
    pick->addWidget(m_next);
    pick->addWidget(m_periodLabel);
    pick->addSpacing(12);
    pick->addWidget(new QLabel(tr("Version:"), this));
    pick->addWidget(m_version);
    pick->addStretch(1);

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("rosterHeader"));
    m_header->setTextFormat(Qt::RichText);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("rosterMessage"));
    m_message->setWordWrap(true);

    m_editor = new RosterEditor(this);
    // The store's actions follow the editor's on its tool bar.
    QToolBar *actions = m_editor->toolBar();
    actions->addSeparator();
    m_save = actions->addAction(tr("Save draft"), this, &RosterPage::saveDraft);
    m_save->setShortcut(QKeySequence::Save);
    m_publish = actions->addAction(tr("Publish…"), this, [this] { publish(false); });
    m_compare = actions->addAction(tr("Compare versions…"), this, &RosterPage::compareVersions);
    actions->addSeparator();
    m_demand = actions->addAction(tr("Demand…"), this, &RosterPage::editDemand);
    m_demand->setToolTip(tr("Headcount per post and shift: weekday, weekend and holiday templates, major events"));
    m_leave = actions->addAction(tr("Leave…"), this, &RosterPage::editLeave);
    m_leave->setToolTip(tr("Leave, days off and officers' shift requests of the period"));
    auto *printMenu = new QMenu(this);
    QMenu *pdfMenu = new QMenu(tr("Export as PDF"), printMenu);
    for (RosterPrinting::Kind kind : { RosterPrinting::Kind::Weekly, RosterPrinting::Kind::Daily,
                                       RosterPrinting::Kind::Officer, RosterPrinting::Kind::Changes }) {
        printMenu->addAction(tr("%1…").arg(RosterPrinting::kindTitle(kind)), this, [this, kind] { printPreview(kind); });
        pdfMenu->addAction(tr("%1…").arg(RosterPrinting::kindTitle(kind)), this, [this, kind] { exportPdfAs(kind); });
    }
    printMenu->addSeparator();
    printMenu->addMenu(pdfMenu);
    m_print = actions->addAction(tr("Print"));
    m_print->setMenu(printMenu);
    m_print->setToolTip(tr("Print preview of the weekly roster, a daily duty sheet, an officer's schedule or the "
                           "change notice; or export them as PDF"));
    if (auto *button = qobject_cast<QToolButton *>(actions->widgetForAction(m_print)))
        button->setPopupMode(QToolButton::InstantPopup);

    auto *top = new QHBoxLayout;
    top->addWidget(m_header, 1);
    top->addWidget(m_message, 1);

    // Narrow windows (900 x 600) scroll the page rather than grow past the screen.
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addLayout(pick);
    layout->addLayout(top);
    layout->addWidget(m_editor, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_squad, &QComboBox::currentIndexChanged, this, &RosterPage::squadChanged);
    connect(m_periodKind, &QComboBox::currentIndexChanged, this, &RosterPage::periodKindChanged);
    connect(m_date, &QDateEdit::dateChanged, this, &RosterPage::dateChanged);
    connect(m_previous, &QToolButton::clicked, this, &RosterPage::previousPeriod);
    connect(m_next, &QToolButton::clicked, this, &RosterPage::nextPeriod);
    connect(m_version, &QComboBox::activated, this, &RosterPage::versionChosen);
    connect(m_editor->document()->undoStack(), &QUndoStack::indexChanged, this, [this] {
        if (!m_loading) {
            m_dirty = true;
            updateHeader();
            updateActions();
        }
    });
    connect(m_editor, &RosterEditor::planningChanged, this, &RosterPage::updateActions);
}

void RosterPage::setContext(const PageContext &context)
{
    // Another page changed the store (the window hands every page the context again): edits not yet
    // saved stay, with their undo history, as long as the store and the user are the same.
    const bool sameStore = context.db && context.db == m_context.db && context.session == m_context.session;
    m_context = context;
    if (sameStore && m_dirty && m_reviewer) {
        updateActions();
        return;
    }
    m_loading = true;
    const QDate day = today(context);
    m_date->setDate(m_period.isValid() ? m_period.start : day);
    m_loading = false;
    loadSquads();
}

QString RosterPage::squadCode() const
{
    return m_squad->currentData().toString();
}

QString RosterPage::lastMessage() const
{
    return m_message->text();
}

void RosterPage::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }") : QString());
}

bool RosterPage::mayEdit() const
{
    return m_context.session && m_reviewer
        && m_context.session->allows(data::Action::EditRoster, data::Target::squad(m_reviewer->context().squadId));
}

bool RosterPage::mayPublish() const
{
    return m_context.session && m_reviewer
        && m_context.session->allows(data::Action::PublishRoster, data::Target::squad(m_reviewer->context().squadId));
}

void RosterPage::loadSquads()
{
    const QString previous = squadCode();
    m_loading = true;
    m_squad->clear();
    if (m_context.db && m_context.session && m_context.clock) {
        data::RosterRepository repository(*m_context.db, *m_context.clock);
        const auto squads = repository.squads(*m_context.session);
        if (!squads)
            setMessage(squads.errorMessage(), true);
        else
            for (const auto &[code, name] : squads.value())
                m_squad->addItem(QStringLiteral("%1 %2").arg(name, code), code);
    }
    if (m_squad->count() > 0)
        setMessage(QString());
    const int again = m_squad->findData(previous);
    m_squad->setCurrentIndex(again >= 0 ? again : (m_squad->count() > 0 ? 0 : -1));
    m_loading = false;
    if (m_squad->count() == 0 && m_context.db)
        setMessage(tr("You may not see any squad's roster."), true);
    periodKindChanged();
}

bool RosterPage::selectSquad(const QString &code)
{
    const int index = m_squad->findData(code);
    if (index < 0)
        return false;
    if (index == m_squad->currentIndex())
        reload();
    else
        m_squad->setCurrentIndex(index);
    return true;
}

void RosterPage::setPeriod(PeriodKind kind, const QDate &anyDay)
{
    m_loading = true;
    m_periodKind->setCurrentIndex(kind == PeriodKind::Week ? 0 : 1);
    m_date->setDate(anyDay);
    m_loading = false;
    periodKindChanged();
}

void RosterPage::squadChanged()
{
    if (!m_loading)
        reload();
}

void RosterPage::periodKindChanged()
{
    m_kind = m_periodKind->currentIndex() == 1 ? PeriodKind::Month : PeriodKind::Week;
    dateChanged();
}

void RosterPage::dateChanged()
{
    if (m_loading)
        return;
    const QDate day = m_date->date();
    m_period = m_kind == PeriodKind::Week ? data::RosterPeriod::isoWeek(day)
                                          : data::RosterPeriod::month(day.year(), day.month());
    const QLocale locale;
    m_periodLabel->setText(QStringLiteral("%1 (%2 – %3)")
                               .arg(m_period.key(), locale.toString(m_period.start, QStringLiteral("M/d")),
                                    locale.toString(m_period.end, QStringLiteral("M/d"))));
    reload();
}

void RosterPage::previousPeriod()
{
    m_date->setDate(m_kind == PeriodKind::Week ? m_period.start.addDays(-7) : m_period.start.addMonths(-1));
}

void RosterPage::nextPeriod()
{
    m_date->setDate(m_kind == PeriodKind::Week ? m_period.start.addDays(7) : m_period.start.addMonths(1));
}

void RosterPage::reload()
{
    if (m_editor->isPlanning())
        m_editor->cancelPlanning();
    m_reviewer.reset();
    m_versions.clear();
    m_shown = {};
    m_flags.clear();
    m_loading = true;
    m_version->clear();
    m_editor->document()->setReviewer({});
    m_editor->document()->clear();
    m_editor->setDemandWarnings({});
    m_loading = false;
    m_dirty = false;
    if (!m_context.db || !m_context.session || !m_context.clock || squadCode().isEmpty() || !m_period.isValid()) {
        updateHeader();
        updateActions();
        return;
    }
    data::RosterRepository repository(*m_context.db, *m_context.clock);
    const auto versions = repository.versions(*m_context.session, squadCode(), m_period);
    if (!versions) {
        setMessage(versions.errorMessage(), true);
        updateHeader();
        updateActions();
        return;
    }
    m_versions = versions.value();
    // Show the draft if there is one, else the newest published version, else an empty roster.
    QString shown;
    for (const data::RosterHeader &h : m_versions)
        shown = h.id;
    loadVersion(shown);
}

void RosterPage::loadVersion(const QString &rosterId)
{
    data::RosterRepository repository(*m_context.db, *m_context.clock);
    // Already worked days are kept by re-planning: the days before today.
    const auto context = repository.context(*m_context.session, squadCode(), m_period);
    if (!context) {
        setMessage(context.errorMessage(), true);
        updateHeader();
        updateActions();
        return;
    }
    std::vector<data::Assignment> shown;
    m_shown = {};
    if (!rosterId.isEmpty()) {
        const auto loaded = repository.load(*m_context.session, rosterId);
        if (!loaded) {
            setMessage(loaded.errorMessage(), true);
        } else {
            m_shown = loaded->header;
            shown = loaded->assignments;
        }
    }
    const auto flags = repository.replanFlags(*m_context.session, squadCode(), m_period);
    m_flags = flags ? flags.value() : std::vector<data::ReplanFlag>();

    const data::RosterContext &c = context.value();
    sch::Problem problem = data::buildProblem(c);
    problem.pins.clear();  // locks are the document's (below); worked days are pinned when re-planning
    const sch::Roster matrix = data::toMatrix(c, shown);
    std::vector<std::vector<bool>> locked(c.officers.size(), std::vector<bool>(c.dates.size(), false));
    for (const data::Assignment &a : shown) {
        const int o = c.officerIndex(a.officerId);
        const int d = c.dayIndex(a.date);
        if (o >= 0 && d >= 0 && a.locked)
            locked[std::size_t(o)][std::size_t(d)] = true;
    }
    m_reviewer = std::make_shared<ContextReviewer>(c, shown);

    m_loading = true;
    RosterDocument *document = m_editor->document();
    document->setReviewer({});
    document->load(problem, ContextReviewer::labels(c), matrix, locked);
    if (!c.published.empty())
        document->setPublished(data::toMatrix(c, c.published));
    const int worked = c.dayIndex(today(m_context));
    document->setWorkedDays(worked < 0 ? (today(m_context) > m_period.end ? c.dates.size() : 0) : worked);
    std::shared_ptr<ContextReviewer> reviewer = m_reviewer;
    document->setReviewer([reviewer](const RosterDocument &d) { return reviewer->review(d); });

    QStringList notices;
    for (const data::ReplanFlag &f : m_flags)
        notices << (tr("%1 version %2 needs re-planning: %3, %4 – %5 (%6)")
                             .arg(f.period.key())
                             .arg(f.rosterVersion)
                             .arg(f.officerName, QLocale().toString(f.start, QStringLiteral("M/d")),
                                  QLocale().toString(f.end, QStringLiteral("M/d")), f.reason));
    m_editor->setDemandWarnings(ContextReviewer::demandWarnings(c), notices);

    m_version->clear();
    int current = -1;
    const QLocale locale;
    for (const data::RosterHeader &h : m_versions) {
        m_version->addItem(h.published ? tr("v%1 published %2 by %3")
                                             .arg(h.version)
                                             .arg(locale.toString(h.publishedAt.toLocalTime(), QStringLiteral("M/d HH:mm")),
                                                  h.publishedByName)
                                       : tr("v%1 draft").arg(h.version),
                           h.id);
        if (h.id == m_shown.id)
            current = m_version->count() - 1;
    }
    if (m_versions.empty())
        m_version->addItem(tr("nothing stored yet"));
    m_version->setCurrentIndex(std::max(0, current));
    m_loading = false;
    m_dirty = false;
    updateHeader();
    updateActions();
}

void RosterPage::versionChosen(int index)
{
    const QString id = m_version->itemData(index).toString();
    if (id.isEmpty() || id == m_shown.id)
        return;
    if (m_dirty
        && QMessageBox::question(this, tr("Unsaved changes"),
                                 tr("The roster has changes that are not saved. Show another version and drop them?"))
            != QMessageBox::Yes) {
        m_version->setCurrentIndex(m_version->findData(m_shown.id));
        return;
    }
    loadVersion(id);
}

void RosterPage::updateHeader()
{
    const QString unsaved = m_dirty ? tr(" · changes not saved") : QString();
    if (!m_reviewer) {
        m_header->setText(m_context.db ? QString() : tr("No database open."));
        return;
    }
    const data::RosterContext &c = m_reviewer->context();
    QString state;
    if (m_shown.id.isEmpty())
        state = tr("no version stored yet");
    else if (m_shown.published)
        state = tr("version %1, published %2 by %3")
                    .arg(m_shown.version)
                    .arg(QLocale().toString(m_shown.publishedAt.toLocalTime(), QLocale::ShortFormat), m_shown.publishedByName);
    else
        state = tr("version %1, draft").arg(m_shown.version);
    m_header->setText(QStringLiteral("<b>%1</b> · %2 · %3 · %4")
                          .arg(c.squadName.toHtmlEscaped(), c.period.key(), tr("%n officer(s)", nullptr, int(c.officers.size())),
                               state.toHtmlEscaped())
                      + unsaved.toHtmlEscaped());
}

void RosterPage::updateActions()
{
    const bool newest = m_shown.id.isEmpty() || (!m_versions.empty() && m_versions.back().id == m_shown.id);
    const bool editable = mayEdit() && newest;
    m_editor->setEditable(editable);
    const bool idle = !m_editor->isPlanning();
    m_save->setEnabled(editable && idle && !m_editor->document()->isEmpty());
    m_publish->setEnabled(mayPublish() && newest && idle && !m_editor->document()->isEmpty()
                          && (m_dirty || !m_shown.published));
    m_compare->setEnabled(m_versions.size() >= 2 && idle);
    m_print->setEnabled(idle && m_reviewer != nullptr);
    m_demand->setEnabled(idle && mayEdit());
    m_leave->setEnabled(idle && mayEdit());
    m_squad->setEnabled(idle);
    m_periodKind->setEnabled(idle);
    m_date->setEnabled(idle);
    m_previous->setEnabled(idle);
    m_next->setEnabled(idle);
    m_version->setEnabled(idle);
}

bool RosterPage::saveDraft()
{
    if (!m_reviewer || !m_context.db || m_editor->isPlanning())
        return false;
    data::RosterRepository repository(*m_context.db, *m_context.clock);
    const auto saved = repository.saveDraft(*m_context.session, squadCode(), m_period, m_reviewer->assignments());
    if (!saved) {
        setMessage(saved.errorMessage(), true);
        return false;
    }
    const int keepUndo = m_editor->document()->undoStack()->index();
    Q_UNUSED(keepUndo);
    const auto versions = repository.versions(*m_context.session, squadCode(), m_period);
    if (versions)
        m_versions = versions.value();
    // The draft is what is shown now; the document (and its undo history) stays as it is.
    for (const data::RosterHeader &h : m_versions)
        if (h.id == saved.value())
            m_shown = h;
    m_loading = true;
    m_version->clear();
    const QLocale locale;
    for (const data::RosterHeader &h : m_versions)
        m_version->addItem(h.published ? tr("v%1 published %2 by %3")
                                             .arg(h.version)
                                             .arg(locale.toString(h.publishedAt.toLocalTime(), QStringLiteral("M/d HH:mm")),
                                                  h.publishedByName)
                                       : tr("v%1 draft").arg(h.version),
                           h.id);
    m_version->setCurrentIndex(std::max(0, m_version->findData(m_shown.id)));
    m_loading = false;
    m_dirty = false;
    setMessage(tr("Draft saved as version %1.").arg(m_shown.version));
    updateHeader();
    updateActions();
    return true;
}

bool RosterPage::publish(bool confirmed)
{
    if (!m_reviewer || !m_context.db || m_editor->isPlanning())
        return false;
    const int hard = m_editor->document()->review().hardViolations;
    bool override = false;
    if (hard > 0) {
        if (!confirmed
            && QMessageBox::warning(this, tr("Publish with broken rules?"),
                                    tr("This roster breaks %n hard rule(s) (see the list of broken rules). Publish it "
                                       "anyway? The override is recorded in the audit log with your name.",
                                       nullptr, hard),
                                    QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
                != QMessageBox::Yes)
            return false;
        override = true;
    }
    if ((m_dirty || m_shown.id.isEmpty() || m_shown.published) && !saveDraft())
        return false;
    data::RosterRepository repository(*m_context.db, *m_context.clock);
    data::PublishOptions options;
    options.overrideHardViolations = override;
    const auto published = repository.publish(*m_context.session, m_shown.id, options);
    if (!published) {
        setMessage(published.errorMessage(), true);
        return false;
    }
    const int version = published->version;
    reload();
    setMessage(override ? tr("Published version %1 with %n hard violation(s) (recorded).", nullptr, hard).arg(version)
                        : tr("Published version %1.").arg(version));
    emit storeChanged();
    return true;
}

void RosterPage::compareVersions()
{
    if (m_versions.size() < 2 || !m_context.db)
        return;
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Compare roster versions"));
    auto *from = new QComboBox(&dialog);
    auto *to = new QComboBox(&dialog);
    for (const data::RosterHeader &h : m_versions) {
        const QString text = h.published ? tr("v%1 (published)").arg(h.version) : tr("v%1 (draft)").arg(h.version);
        from->addItem(text, h.id);
        to->addItem(text, h.id);
    }
    from->setCurrentIndex(int(m_versions.size()) - 2);
    to->setCurrentIndex(int(m_versions.size()) - 1);
    auto *list = new QListWidget(&dialog);
    list->setObjectName(QStringLiteral("rosterCompareList"));
    auto *summary = new QLabel(&dialog);
    const data::RosterContext *c = m_reviewer ? &m_reviewer->context() : nullptr;
    auto refresh = [this, from, to, list, summary, c] {
        list->clear();
        data::RosterRepository repository(*m_context.db, *m_context.clock);
        const auto changes = repository.compare(*m_context.session, from->currentData().toString(),
                                                to->currentData().toString());
        if (!changes) {
            summary->setText(changes.errorMessage());
            return;
        }
        const QLocale locale;
        auto cell = [c](const data::Assignment &a) -> QString {
            if (a.officerId.isEmpty())
                return tr("off");
            const data::RosterShift *s = c ? c->shift(a.shiftTypeId) : nullptr;
            const data::RosterPost *p = c && !a.postId.isEmpty() ? c->post(a.postId) : nullptr;
            return (s ? s->code : a.shiftTypeId) + (p ? QString(QLatin1Char(' ') + p->code) : QString());
        };
        for (const data::AssignmentChange &change : changes.value()) {
            const data::RosterOfficer *o = c ? c->officer(change.officerId) : nullptr;
            list->addItem(tr("%1, %2: %3 → %4")
                              .arg(o ? o->name : change.officerId, locale.toString(change.date, QStringLiteral("ddd M/d")),
                                   cell(change.before), cell(change.after)));
        }
        summary->setText(tr("%n change(s)", nullptr, int(changes->size())));
    };
    connect(from, &QComboBox::currentIndexChanged, &dialog, refresh);
    connect(to, &QComboBox::currentIndexChanged, &dialog, refresh);
    auto *form = new QFormLayout;
    form->addRow(tr("From:"), from);
    form->addRow(tr("To:"), to);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(summary);
    layout->addWidget(list, 1);
    layout->addWidget(buttons);
    dialog.resize(520, 480);
    refresh();
    dialog.exec();
}

data::Result<RosterPrinting::Job> RosterPage::printJob(RosterPrinting::Kind kind) const
{
    if (!m_reviewer || !m_context.db || !m_context.session || !m_context.clock)
        return data::failure(tr("Roster page: no roster loaded to print"));
    const data::RosterContext &c = m_reviewer->context();
    RosterPrinting::Job job;
    job.kind = kind;
    job.data.context = c;
    job.data.header = m_shown;
    if (job.data.header.id.isEmpty() || m_dirty) {
        // Not stored (or edited since): printed as a draft of the next version.
        job.data.header.squadId = c.squadId;
        job.data.header.squadCode = c.squadCode;
        job.data.header.squadName = c.squadName;
        job.data.header.period = c.period;
        job.data.header.version = m_versions.empty() ? 1 : m_versions.back().version + (m_shown.published ? 1 : 0);
        job.data.header.published = false;
    }
    job.data.assignments = m_reviewer->assignments();
    job.data.printedAt = m_context.clock->now();
    job.data.showPhones
        = m_context.session->allows(data::Action::ViewPersonalData, data::Target::squad(c.squadId));
    job.data.postAreas = print::postAreas(*m_context.db, c.squadId);
    const QModelIndex current = m_editor->tableView()->currentIndex();
    job.date = current.isValid() ? c.period.start.addDays(current.column()) : c.period.start;
    const int officer = current.isValid() ? current.row() : 0;
    if (officer >= 0 && std::size_t(officer) < c.officers.size())
        job.officerId = c.officers[std::size_t(officer)].id;
    if (kind == RosterPrinting::Kind::Changes) {
        const data::RosterHeader *from = nullptr;
        for (const data::RosterHeader &h : m_versions)
            if (h.version < m_shown.version && h.published)
                from = &h;
        if (!from || m_shown.id.isEmpty())
            return data::failure(tr("Change notice: version %1 has no earlier published version to compare with")
                                     .arg(m_shown.version));
        job.from = *from;
        job.data.header = m_shown;  // the stored version the notice is about
        data::RosterRepository repository(*m_context.db, *m_context.clock);
        const auto changes = repository.compare(*m_context.session, from->id, m_shown.id);
        if (!changes)
            return data::failure(changes.errorMessage());
        job.changes = changes.value();
    }
    return job;
}

void RosterPage::printPreview(RosterPrinting::Kind kind)
{
    const auto job = printJob(kind);
    if (!job) {
        setMessage(job.errorMessage(), true);
        return;
    }
    RosterPrinting::preview(job.value(), this);
}

bool RosterPage::exportPdf(RosterPrinting::Kind kind, const QString &path)
{
    const auto job = printJob(kind);
    if (!job) {
        setMessage(job.errorMessage(), true);
        return false;
    }
    const data::Status written = RosterPrinting::exportPdf(job.value(), path);
    if (!written) {
        setMessage(written.errorMessage(), true);
        return false;
    }
    setMessage(tr("Written %1.").arg(QDir::toNativeSeparators(path)));
    return true;
}

void RosterPage::exportPdfAs(RosterPrinting::Kind kind)
{
    const QString suggested = QStringLiteral("%1-%2.pdf").arg(squadCode(), m_period.key());
    const QString path = QFileDialog::getSaveFileName(this, RosterPrinting::kindTitle(kind), suggested,
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        exportPdf(kind, path);
}

void RosterPage::editDemand()
{
    if (!m_reviewer || !m_context.db)
        return;
    DemandDialog dialog(*m_context.db, *m_context.clock, *m_context.session, m_reviewer->context(), this);
    dialog.exec();
    if (dialog.changed())
        reloadKeepingRoster();
}

void RosterPage::editLeave()
{
    if (!m_reviewer || !m_context.db)
        return;
    LeaveDialog dialog(*m_context.db, *m_context.clock, *m_context.session, m_reviewer->context(), this);
    dialog.exec();
    if (dialog.changed())
        reloadKeepingRoster();
}

void RosterPage::reloadKeepingRoster()
{
    // New demand or leave changes the rules, not the cells: keep the cells being edited (as one undo
    // step over the reloaded version) so the violations show what the change broke.
    const std::vector<data::Assignment> cells = m_reviewer ? m_reviewer->assignments() : std::vector<data::Assignment>();
    const bool dirty = m_dirty;
    reload();
    if (!m_reviewer || !dirty)
        return;
    m_editor->document()->replaceRoster(data::toMatrix(m_reviewer->context(), cells), tr("Keep edits"));
}

bool RosterPage::show(const QString &what)
{
    const QStringList parts = what.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[0] != QLatin1String("roster"))
        return false;
    const QDate date = QDate::fromString(parts[2], Qt::ISODate);
    if (!date.isValid() || !m_context.db || !m_context.session || !m_context.clock)
        return false;
    QString code;
    if (m_squad->findData(parts[1]) >= 0) {
        code = parts[1];
    } else {
        // A squad id: the context of each visible squad names its id (a rare request, a few queries).
        data::RosterRepository repository(*m_context.db, *m_context.clock);
        const data::RosterPeriod day { date, date };
        for (int i = 0; i < m_squad->count() && code.isEmpty(); ++i) {
            const auto context = repository.context(*m_context.session, m_squad->itemData(i).toString(), day);
            if (context && context->squadId == parts[1])
                code = m_squad->itemData(i).toString();
        }
    }
    if (code.isEmpty())
        return false;
    m_loading = true;
    m_squad->setCurrentIndex(m_squad->findData(code));
    m_loading = false;
    setPeriod(m_kind, date);
    return true;
}

} // namespace dd::ui
