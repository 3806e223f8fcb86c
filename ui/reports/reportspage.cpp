// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/reports/reportspage.h"

#include "data/clock.h"
#include "data/database.h"
#include "data/reports/rosterfigures.h"
#include "ui/print/reportdocument.h"
#include "ui/print/reportprint.h"
#include "ui/reports/chartpanel.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLoggingCategory>
#include <QPdfWriter>
#include <QPushButton>
#include <QSaveFile>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QThread>
#include <QTimeZone>
#include <QVBoxLayout>

Q_LOGGING_CATEGORY(lcReportsPage, "dutydesk.ui.reports", QtWarningMsg)

namespace dd::ui {

using data::IndicatorEngine;

struct ReportsPage::Snapshot
{
    QString error;
    data::IncidentSet set;
    data::Indicators total;
    std::vector<data::IndicatorRow> bySquad;
    std::vector<data::ChartData> charts; // in the order of kCharts, then hours and coverage
    QString rosterError;
    data::RosterFigures roster;
};

namespace {

struct ChartSpec
{
    const char *name;
    ChartKind kind;
    data::ChartData (*make)(const data::IncidentSet &);
};
const ChartSpec kCharts[] = {
    { "perDay", ChartKind::Lines, &IndicatorEngine::receivedPerDayBySource },
    { "byCategory", ChartKind::Bars,
      [](const data::IncidentSet &s) { return IndicatorEngine::receivedByCategory(s); } },
    { "onTime", ChartKind::StackedBars, &IndicatorEngine::onTimePerDay },
    { "arrival", ChartKind::Bars, &IndicatorEngine::arrivalDistribution },
    { "closing", ChartKind::Bars, &IndicatorEngine::closingDistribution },
    { "workload", ChartKind::Bars, [](const data::IncidentSet &s) { return IndicatorEngine::workloadPerOfficer(s); } },
};

QDate quarterStart(const QDate &d)
{
    return QDate(d.year(), 3 * ((d.month() - 1) / 3) + 1, 1);
}

} // namespace

ReportsPage::ReportsPage(QWidget *parent)
    : Page(parent)
{
    auto *title = new QLabel(tr("Reports"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    title->setFont(big);

    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("reportsPeriod"));
    m_preset->addItems({ tr("This quarter"), tr("Last quarter"), tr("This month"), tr("Last 30 days"), tr("Custom") });
    m_from = new QDateEdit;
    m_to = new QDateEdit;
    for (QDateEdit *e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_squad = new QComboBox;
    m_squad->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_squad->setMinimumContentsLength(8);
    m_squad->setObjectName(QStringLiteral("reportsSquad"));
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("reportsCategory"));
    m_category->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_category->setMinimumContentsLength(16);
    m_source = new QComboBox;
    m_source->setObjectName(QStringLiteral("reportsSource"));
    m_source->addItem(tr("All sources"), QString());
    for (const char *key :
         { "hotline_12345", "hotline_12319", "city_bureau", "department", "video", "patrol", "other" })
        m_source->addItem(IndicatorEngine::sourceLabel(QLatin1String(key)), QLatin1String(key));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Period:")));
    filters->addWidget(m_preset);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(QStringLiteral("–")));
    filters->addWidget(m_to);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Squad:")));
    filters->addWidget(m_squad);
    filters->addStretch();
    auto *filters2 = new QHBoxLayout;
    filters2->addWidget(new QLabel(tr("Category:")));
    filters2->addWidget(m_category);
    filters2->addWidget(new QLabel(tr("Source:")));
    filters2->addWidget(m_source);
    filters2->addStretch();

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("reportsStatus"));
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel"));
    m_cancel->setVisible(false);
    auto *quarterly = new QPushButton(tr("Quarterly evaluation (PDF)…"));
    quarterly->setObjectName(QStringLiteral("printQuarterly"));
    auto *daily = new QPushButton(tr("Daily summary (PDF)…"));
    daily->setObjectName(QStringLiteral("printDaily"));
    filters2->addWidget(quarterly);
    filters2->addWidget(daily);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_status, 1);
    actions->addWidget(m_cancel);

    m_kpis = new QGridLayout;
    m_kpis->setHorizontalSpacing(18);
    const QString kpiNames[] = { tr("Received"),
                                 tr("Due"),
                                 tr("Closing rate"),
                                 tr("On-time closing"),
                                 tr("Handling rate"),
                                 tr("On-time handling"),
                                 tr("Rework rate"),
                                 tr("Extension rate"),
                                 tr("Overdue open rate"),
                                 tr("Arrival rate"),
                                 tr("Time to arrival (median)"),
                                 tr("Time to close (median)") };
    int column = 0;
    for (const QString &name : kpiNames) {
        auto *label = new QLabel(name);
        label->setStyleSheet(QStringLiteral("color: palette(mid);"));
        auto *value = new QLabel(QStringLiteral("—"));
        value->setObjectName(QStringLiteral("kpi%1").arg(column));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        value->setFont(f);
        m_kpis->addWidget(label, (column / 6) * 2, column % 6);
        m_kpis->addWidget(value, (column / 6) * 2 + 1, column % 6);
        m_kpiValues.push_back(value);
        ++column;
    }

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("reportsTabs"));
    const QString tabNames[] = { tr("Per day by source"), tr("By category"),   tr("On time vs late"),
                                 tr("Time to arrival"),   tr("Time to close"), tr("Workload per officer") };
    for (size_t i = 0; i < std::size(kCharts); ++i) {
        auto *panel = new ChartPanel(kCharts[i].kind);
        panel->setObjectName(QLatin1String(kCharts[i].name));
        m_charts.push_back(panel);
        m_tabs->addTab(panel, tabNames[i]);
    }
    // From the published rosters (data/duty/onduty.h).
    auto *hours = new ChartPanel(ChartKind::Bars);
    hours->setObjectName(QStringLiteral("hours"));
    m_charts.push_back(hours);
    m_tabs->addTab(hours, tr("Hours per officer"));
    auto *coverage = new ChartPanel(ChartKind::Band);
    coverage->setObjectName(QStringLiteral("coverage"));
    m_charts.push_back(coverage);
    m_tabs->addTab(coverage, tr("Coverage over the day"));
    m_rosterLine = new QLabel;
    m_rosterLine->setObjectName(QStringLiteral("rosterLine"));
    m_rosterLine->setWordWrap(true);
    m_squadTable = new QTableWidget;
    m_squadTable->setObjectName(QStringLiteral("reportsSquadTable"));
    m_squadTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_tabs->addTab(m_squadTable, tr("By squad"));

    // In a scroll area: the page must not force the window above its smallest size (900 × 600).
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(title);
    layout->addLayout(filters);
    layout->addLayout(filters2);
    layout->addLayout(actions);
    layout->addLayout(m_kpis);
    layout->addWidget(m_rosterLine);
    layout->addWidget(m_tabs, 1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ReportsPage::applyPreset);
    for (QDateEdit *e : { m_from, m_to })
        connect(e, &QDateEdit::dateChanged, this, [this] {
            if (m_filling)
                return;
            m_filling = true;
            m_preset->setCurrentIndex(4);
            m_filling = false;
            refresh();
        });
    for (QComboBox *c : { m_squad, m_category, m_source })
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_filling)
                refresh();
        });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        ++m_job; // the running result will be dropped
        if (m_stop)
            *m_stop = true; // and the worker stops reading
        m_status->setText(tr("Cancelled."));
        m_cancel->setVisible(false);
    });
    connect(quarterly, &QPushButton::clicked, this, [this] { writeQuarterly(); });
    connect(daily, &QPushButton::clicked, this, [this] { writeDaily(); });
}

ReportsPage::~ReportsPage()
{
    ++m_job;
    if (m_stop)
        *m_stop = true;
    for (const QPointer<QThread> &t : m_threads)
        if (t)
            t->wait();
}

void ReportsPage::setContext(const PageContext &context)
{
    m_context = context;
    m_session = context.session ? *context.session : data::Session();
    const bool allowed = context.db && m_session.allows(data::Action::ViewReports);
    setEnabled(allowed);
    if (!context.db) {
        m_status->setText(tr("No database is open."));
        return;
    }
    if (!allowed) {
        m_status->setText(tr("%1 may not view reports.").arg(m_session.userName()));
        return;
    }
    if (!m_from->date().isValid() || m_from->date() == QDate(2000, 1, 1))
        applyPreset(m_preset->currentIndex());
    else
        refresh();
}

void ReportsPage::applyPreset(int index)
{
    if (m_filling || !m_context.clock)
        return;
    const QDate today = m_context.clock->now().toTimeZone(QTimeZone("Asia/Shanghai")).date();
    QDate from, to;
    switch (index) {
    case 0:
        from = quarterStart(today), to = from.addMonths(3).addDays(-1);
        break;
    case 1:
        from = quarterStart(today).addMonths(-3), to = quarterStart(today).addDays(-1);
        break;
    case 2:
        from = QDate(today.year(), today.month(), 1), to = from.addMonths(1).addDays(-1);
        break;
    case 3:
        from = today.addDays(-29), to = today;
        break;
    default:
        return; // custom: the date fields decide
    }
    m_filling = true;
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    refresh();
}

void ReportsPage::setPeriod(const QDate &from, const QDate &to)
{
    m_filling = true;
    m_preset->setCurrentIndex(4);
    m_from->setDate(from);
    m_to->setDate(to);
    m_filling = false;
    refresh();
}

data::ReportFilter ReportsPage::currentFilter() const
{
    data::ReportFilter f;
    f.from = m_from->date();
    f.to = m_to->date();
    f.squadId = m_squad->currentData().toString();
    f.categoryId = m_category->currentData().toString();
    f.source = m_source->currentData().toString();
    return f;
}

ChartPanel *ReportsPage::chart(const QString &name) const
{
    for (ChartPanel *p : m_charts)
        if (p->objectName() == name)
            return p;
    return nullptr;
}

void ReportsPage::runInThread(std::function<void()> work)
{
    QThread *thread = QThread::create(std::move(work));
    ++m_running;
    connect(thread, &QThread::finished, this, [this] { --m_running; });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    m_threads.erase(std::remove_if(m_threads.begin(), m_threads.end(), [](const QPointer<QThread> &t) { return !t; }),
                    m_threads.end());
    m_threads.emplace_back(thread);
    thread->start();
}

void ReportsPage::showEvent(QShowEvent *event)
{
    if (m_refreshPending)
        refresh();
    QWidget::showEvent(event);
}

void ReportsPage::refresh()
{
    if (!m_context.db || !m_context.clock || !m_session.allows(data::Action::ViewReports))
        return;
    // The year's indicators and the roster figures are the console's heaviest read; a page nobody
    // looks at (the console opens on the Overview) waits until it is shown.
    m_refreshPending = !isVisible();
    if (m_refreshPending)
        return;
    const quint64 job = ++m_job;
    if (m_stop)
        *m_stop = true; // a newer filter supersedes the running computation
    auto stop = m_stop = std::make_shared<std::atomic<bool>>(false);
    const QString path = m_context.db->path();
    const data::Session session = m_session;
    const data::Clock *clock = m_context.clock;
    const data::ReportFilter filter = currentFilter();
    m_status->setText(tr("Computing the indicators for %1 – %2…")
                          .arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate)));
    m_cancel->setVisible(true);
    QPointer<ReportsPage> self(this);
    runInThread([self, job, path, session, clock, filter, stop] {
        auto snapshot = std::make_shared<Snapshot>();
        {
            // The worker's own connection: a Database belongs to the thread that opened it.
            auto db = data::Database::open(path, data::Database::Mode::OpenExisting);
            if (!db) {
                snapshot->error = db.errorMessage();
            } else {
                auto set = IndicatorEngine(*db.value(), *clock).load(session, filter, stop.get());
                if (!set) {
                    snapshot->error = set.errorMessage();
                } else {
                    snapshot->set = std::move(set.value());
                    snapshot->total = IndicatorEngine::compute(snapshot->set);
                    snapshot->bySquad = IndicatorEngine::group(snapshot->set, data::GroupBy::Squad);
                    for (const ChartSpec &spec : kCharts)
                        snapshot->charts.push_back(spec.make(snapshot->set));
                    auto roster = data::RosterFigureEngine(*db.value(), *clock).compute(session, filter);
                    if (roster) {
                        snapshot->roster = std::move(roster.value());
                        snapshot->charts.push_back(data::RosterFigureEngine::hoursPerOfficer(snapshot->roster));
                        snapshot->charts.push_back(data::RosterFigureEngine::coverageOverDay(snapshot->roster));
                    } else {
                        snapshot->rosterError = roster.errorMessage();
                    }
                }
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, job, snapshot] {
                if (self && self->m_job == job)
                    self->showSnapshot(snapshot);
            },
            Qt::QueuedConnection);
    });
}

void ReportsPage::fillFilters(const Snapshot &s)
{
    m_filling = true;
    const QString squad = m_squad->currentData().toString();
    const QString category = m_category->currentData().toString();
    m_squad->clear();
    const bool district = m_session.widestScope(data::Action::ViewReports) == data::Scope::District;
    const std::vector<QString> own = m_session.squadsFor(data::Action::ViewReports);
    m_squad->addItem(district ? tr("Whole district") : tr("My squads"), QString());
    for (size_t i = 0; i < s.set.squads.ids.size(); ++i)
        if (district || std::find(own.begin(), own.end(), s.set.squads.ids[i]) != own.end())
            m_squad->addItem(s.set.squads.labels[i], s.set.squads.ids[i]);
    m_squad->setCurrentIndex(std::max(0, m_squad->findData(squad)));
    m_category->clear();
    m_category->addItem(tr("All categories"), QString());
    for (size_t i = 0; i < s.set.categories.ids.size(); ++i)
        m_category->addItem(s.set.categories.labels[i], s.set.categories.ids[i]);
    m_category->setCurrentIndex(std::max(0, m_category->findData(category)));
    m_filling = false;
}

void ReportsPage::showSnapshot(const std::shared_ptr<Snapshot> &s)
{
    m_cancel->setVisible(false);
    if (!s->error.isEmpty()) {
        m_status->setText(s->error);
        qCWarning(lcReportsPage) << s->error;
        emit computed();
        return;
    }
    if (m_squad->count() == 0 || m_category->count() <= 1)
        fillFilters(*s);
    const data::Indicators &r = s->total;
    const QLocale locale;
    const QString values[] = { locale.toString(r.received),
                               locale.toString(r.due),
                               print::percent(r.closeRate()),
                               print::percent(r.closeOnTimeRate()),
                               print::percent(r.handleRate()),
                               print::percent(r.handleOnTimeRate()),
                               print::percent(r.reworkRate()),
                               print::percent(r.extensionRate()),
                               print::percent(r.overdueOpenRate()),
                               print::percent(r.arrivalRate()),
                               print::minutes(r.toArrival, &data::DurationStats::median),
                               print::minutes(r.toClose, &data::DurationStats::median) };
    for (size_t i = 0; i < m_kpiValues.size(); ++i)
        m_kpiValues[i]->setText(values[i]);
    for (size_t i = 0; i < m_charts.size() && i < s->charts.size(); ++i)
        m_charts[i]->setData(s->charts[i]);
    const data::RosterFigures &roster = s->roster;
    double overtime = 0;
    for (const data::OfficerDuty &o : roster.officers)
        overtime += o.overtimeHours;
    double coverage = 0;
    for (double c : roster.coverageMean)
        coverage += c / 24.0;
    m_rosterLine->setText(
        !s->rosterError.isEmpty() ? s->rosterError
            : roster.shiftCount == 0
            ? tr("No published roster covers this period: no hours, fairness or coverage figures.")
            : tr("Published rosters: %1 shifts of %2 officers; %3 h on average, spread %4 h between the most and "
                 "the least loaded; nights spread %5, weekends spread %6, holidays spread %7; %8 h above contracts; "
                 "%9 of %10 grid cells covered on average over the day.")
                  .arg(locale.toString(roster.shiftCount), locale.toString(int(roster.officers.size())),
                       locale.toString(roster.meanHours, 'f', 1), locale.toString(roster.hoursSpread, 'f', 1),
                       locale.toString(roster.nightsSpread), locale.toString(roster.weekendsSpread),
                       locale.toString(roster.holidaysSpread), locale.toString(overtime, 'f', 1),
                       print::percent(coverage))
                  .arg(locale.toString(roster.cells)));

    const QStringList headers { tr("Squad"),           tr("Received"),         tr("Due"),         tr("Closing rate"),
                                tr("On-time closing"), tr("On-time handling"), tr("Rework rate"), tr("Extension rate"),
                                tr("Overdue open"),    tr("Arrival rate") };
    m_squadTable->clear();
    m_squadTable->setColumnCount(int(headers.size()));
    m_squadTable->setHorizontalHeaderLabels(headers);
    m_squadTable->setRowCount(int(s->bySquad.size()));
    for (size_t i = 0; i < s->bySquad.size(); ++i) {
        const data::Indicators &v = s->bySquad[i].values;
        const QStringList cells { s->bySquad[i].label,
                                  locale.toString(v.received),
                                  locale.toString(v.due),
                                  print::percent(v.closeRate()),
                                  print::percent(v.closeOnTimeRate()),
                                  print::percent(v.handleOnTimeRate()),
                                  print::percent(v.reworkRate()),
                                  print::percent(v.extensionRate()),
                                  locale.toString(v.overdueOpen),
                                  print::percent(v.arrivalRate()) };
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_squadTable->setItem(int(i), c, item);
        }
    }
    m_squadTable->resizeColumnsToContents();
    m_status->setText(tr("%1: %2 incidents considered, state at %3.")
                          .arg(s->set.scopeLabel, locale.toString(int(s->set.incidents.size())),
                               s->set.filter.asOf.toTimeZone(QTimeZone("Asia/Shanghai"))
                                   .toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    emit computed();
}

QString ReportsPage::askPdfPath(const QString &suggested)
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save report as PDF"), suggested, tr("PDF (*.pdf)"));
    if (!path.isEmpty() && !path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    return path;
}

void ReportsPage::writeQuarterly(const QString &chosen)
{
    if (!m_context.db || !m_context.clock)
        return;
    const QString quarter = print::quarterName(quarterStart(m_from->date()));
    const QString path = chosen.isEmpty() ? askPdfPath(tr("evaluation-%1.pdf").arg(quarter)) : chosen;
    const QString squad = m_squad->currentData().toString();
    const data::Session session = m_session;
    const data::Clock *clock = m_context.clock;
    writePdf(path, quarter, [session, clock, quarter, squad](data::Database &db, QPdfWriter *writer) {
        return print::writeQuarterlyReport(db, *clock, session, { quarter, squad }, writer);
    });
}

void ReportsPage::writeDaily(const QString &chosen)
{
    if (!m_context.db || !m_context.clock)
        return;
    const QDate day = std::min(m_to->date(), m_context.clock->now().toTimeZone(QTimeZone("Asia/Shanghai")).date());
    const QString path = chosen.isEmpty() ? askPdfPath(tr("daily-%1.pdf").arg(day.toString(Qt::ISODate))) : chosen;
    const QString squad = m_squad->currentData().toString();
    const data::Session session = m_session;
    const data::Clock *clock = m_context.clock;
    writePdf(path, day.toString(Qt::ISODate), [session, clock, day, squad](data::Database &db, QPdfWriter *writer) {
        return print::writeDailySummary(db, *clock, session, { day, squad }, writer);
    });
}

void ReportsPage::writePdf(const QString &path, const QString &title,
                           std::function<data::Status(data::Database &, QPdfWriter *)> render)
{
    if (path.isEmpty())
        return;
    const QString dbPath = m_context.db->path();
    m_status->setText(tr("Writing %1…").arg(path));
    QPointer<ReportsPage> self(this);
    runInThread([self, dbPath, path, title, render = std::move(render)] {
        QString error;
        {
            // The worker's own connection; the file replaces the old one only when complete.
            auto db = data::Database::open(dbPath, data::Database::Mode::OpenExisting);
            QSaveFile out(path);
            if (!db)
                error = db.errorMessage();
            else if (!out.open(QIODevice::WriteOnly))
                error = out.errorString();
            else {
                data::Status s = data::success();
                {
                    auto writer = print::makePdfWriter(&out, title);
                    s = render(*db.value(), writer.get());
                }
                if (!s)
                    error = s.errorMessage(), out.cancelWriting();
                else if (!out.commit())
                    error = out.errorString();
            }
        }
        QMetaObject::invokeMethod(
            qApp,
            [self, path, error] {
                if (!self)
                    return;
                self->m_status->setText(error.isEmpty() ? tr("Wrote %1.").arg(path) : error);
                emit self->reportWritten(path, error);
            },
            Qt::QueuedConnection);
    });
}

} // namespace dd::ui
