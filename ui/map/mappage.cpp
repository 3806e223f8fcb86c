// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/map/mappage.h"

#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "ui/map/mapview.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QTimeZone>
#include <QToolButton>
#include <QVBoxLayout>

namespace dd::ui {

namespace {

const QTimeZone &shanghai()
{
    static const QTimeZone zone(QByteArrayLiteral("Asia/Shanghai"));
    return zone;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

MapPage::MapPage(QWidget *parent)
    : Page(parent)
{
    setObjectName(QStringLiteral("mapPage"));
    m_view = new MapView;

    m_search = new QLineEdit;
    m_search->setObjectName(QStringLiteral("mapSearch"));
    m_search->setPlaceholderText(tr("Cell code, community or town, incident number…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(260);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (!search(m_search->text()))
            m_status->setText(tr("Nothing found for “%1”.").arg(m_search->text()));
    });

    auto *fit = new QPushButton(tr("Zoom to &fit"));
    connect(fit, &QPushButton::clicked, m_view, &MapView::zoomToFit);
    auto *toSelection = new QPushButton(tr("Zoom to &selection"));
    connect(toSelection, &QPushButton::clicked, this, [this] { m_view->zoomToCell(m_view->selectedCell()); });

    m_layersButton = new QToolButton;
    m_layersButton->setText(tr("&Layers"));
    m_layersButton->setPopupMode(QToolButton::InstantPopup);
    auto *layersMenu = new QMenu(m_layersButton);
    const std::pair<QString, bool MapView::Layers::*> layerEntries[] = {
        { tr("District outline"), &MapView::Layers::outline },
        { tr("Towns and communities"), &MapView::Layers::towns },
        { tr("Unit grid cells"), &MapView::Layers::cells },
        { tr("Patrol sectors"), &MapView::Layers::sectors },
        { tr("Incidents"), &MapView::Layers::incidents },
        { tr("Teams on duty"), &MapView::Layers::teams },
    };
    for (const auto &[label, member] : layerEntries) {
        QAction *action = layersMenu->addAction(label);
        action->setCheckable(true);
        action->setChecked(m_view->layers().*member);
        connect(action, &QAction::toggled, this, [this, member = member](bool on) {
            MapView::Layers layers = m_view->layers();
            layers.*member = on;
            m_view->setLayers(layers);
        });
    }
    m_layersButton->setMenu(layersMenu);

    m_colouring = new QComboBox;
    m_colouring->setObjectName(QStringLiteral("mapColouring"));
    m_colouring->addItem(tr("Patrol sectors"), int(MapView::Colouring::Sectors));
    m_colouring->addItem(tr("Towns"), int(MapView::Colouring::Plain));
    m_colouring->addItem(tr("Coverage (处处不留死角)"), int(MapView::Colouring::Coverage));
    m_colouring->addItem(tr("Incident density"), int(MapView::Colouring::Density));
    connect(m_colouring, &QComboBox::currentIndexChanged, this, &MapPage::colouringChanged);

    // Options of the coloured views.
    m_options = new QStackedWidget;
    m_options->addWidget(new QWidget);
    auto *coverageBox = new QWidget;
    auto *coverageRow = new QHBoxLayout(coverageBox);
    coverageRow->setContentsMargins(0, 0, 0, 0);
    m_coverageDate = new QDateEdit;
    m_coverageDate->setObjectName(QStringLiteral("mapCoverageDate"));
    m_coverageDate->setCalendarPopup(true);
    m_coverageFrom = new QTimeEdit(QTime(8, 0));
    m_coverageTo = new QTimeEdit(QTime(20, 0));
    m_coverageFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_coverageTo->setDisplayFormat(QStringLiteral("HH:mm"));
    m_exportButton = new QPushButton(tr("&Export uncovered cells…"));
    m_exportButton->setObjectName(QStringLiteral("mapExportUncovered"));
    coverageRow->addWidget(new QLabel(tr("Date:")));
    coverageRow->addWidget(m_coverageDate);
    coverageRow->addWidget(new QLabel(tr("from")));
    coverageRow->addWidget(m_coverageFrom);
    coverageRow->addWidget(new QLabel(tr("to")));
    coverageRow->addWidget(m_coverageTo);
    coverageRow->addWidget(m_exportButton);
    coverageRow->addStretch();
    m_options->addWidget(coverageBox);
    auto *densityBox = new QWidget;
    auto *densityRow = new QHBoxLayout(densityBox);
    densityRow->setContentsMargins(0, 0, 0, 0);
    m_densityFrom = new QDateEdit;
    m_densityTo = new QDateEdit;
    m_densityFrom->setCalendarPopup(true);
    m_densityTo->setCalendarPopup(true);
    densityRow->addWidget(new QLabel(tr("Reported from")));
    densityRow->addWidget(m_densityFrom);
    densityRow->addWidget(new QLabel(tr("to")));
    densityRow->addWidget(m_densityTo);
    densityRow->addStretch();
    m_options->addWidget(densityBox);
    for (QDateEdit *edit : { m_coverageDate })
        connect(edit, &QDateEdit::dateChanged, this, &MapPage::recomputeCoverage);
    for (QTimeEdit *edit : { m_coverageFrom, m_coverageTo })
        connect(edit, &QTimeEdit::timeChanged, this, &MapPage::recomputeCoverage);
    for (QDateEdit *edit : { m_densityFrom, m_densityTo })
        connect(edit, &QDateEdit::dateChanged, this, &MapPage::recomputeDensity);
    connect(m_exportButton, &QPushButton::clicked, this, &MapPage::exportUncovered);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_search, 1);
    toolbar->addWidget(fit);
    toolbar->addWidget(toSelection);
    toolbar->addWidget(m_layersButton);
    toolbar->addWidget(new QLabel(tr("Colour by:")));
    toolbar->addWidget(m_colouring);

    m_panel = new QTextBrowser;
    m_panel->setObjectName(QStringLiteral("mapCellPanel"));
    m_panel->setOpenLinks(false);
    m_panel->setPlaceholderText(tr("Click a cell to see its squad, posts, the team on duty and open incidents."));
    connect(m_panel, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        const QString what = url.toString();
        if (what.startsWith(QLatin1String("incident:")))
            emit showRequested(QStringLiteral("dispatch:") + what.mid(9));
    });
    m_listTitle = new QLabel(tr("Cells without planned patrol"));
    m_uncovered = new QListWidget;
    m_uncovered->setObjectName(QStringLiteral("mapUncoveredList"));
    connect(m_uncovered, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || !m_coverage || std::size_t(row) >= m_coverage->uncovered.size())
            return;
        selectCell(m_coverage->uncovered[std::size_t(row)]);
        m_view->zoomToCell(m_view->selectedCell());
    });
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(m_panel, 3);
    sideLayout->addWidget(m_listTitle);
    sideLayout->addWidget(m_uncovered, 2);
    m_listTitle->hide();
    m_uncovered->hide();

    auto *splitter = new QSplitter;
    splitter->addWidget(m_view);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({ 1000, 320 });

    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("mapStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_options);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);
    m_options->setVisible(false);

    connect(m_view, &MapView::cellClicked, this, &MapPage::selectCell);
    connect(m_view, &MapView::incidentClicked, this, &MapPage::showIncident);
}

MapPage::~MapPage() = default;

void MapPage::setContext(const PageContext &context)
{
    m_context = context;
    if (m_context.clock) {
        const QDate today = m_context.clock->now().toTimeZone(shanghai()).date();
        const QSignalBlocker b1(m_coverageDate), b2(m_densityFrom), b3(m_densityTo);
        if (m_coverageDate->date() == QDate(2000, 1, 1))
            m_coverageDate->setDate(today);
        if (m_densityTo->date() == QDate(2000, 1, 1)) {
            m_densityTo->setDate(today);
            m_densityFrom->setDate(today.addDays(-29));
        }
    }
    m_stale = true;
    if (isVisible())
        ensureLoaded();
}

void MapPage::ensureLoaded()
{
    if (!m_stale)
        return;
    m_stale = false;
    reload();
}

void MapPage::showEvent(QShowEvent *event)
{
    ensureLoaded();
    QWidget::showEvent(event);
}

void MapPage::reload()
{
    const int selected = m_view->selectedCell();
    const QString selectedId = m_data && selected >= 0 ? m_data->cells[std::size_t(selected)].id : QString();
    m_coverage.reset();
    if (!m_context.db || !m_context.session || !m_context.clock) {
        m_data.reset();
        m_view->setData(nullptr);
        m_panel->clear();
        m_status->setText(tr("No database is open."));
        return;
    }
    QElapsedTimer timer;
    timer.start();
    auto loaded = data::loadMapData(*m_context.db, *m_context.session, *m_context.clock);
    if (!loaded) {
        m_data.reset();
        m_view->setData(nullptr);
        m_status->setText(loaded.errorMessage());
        return;
    }
    m_data = std::make_shared<const data::MapData>(std::move(loaded).value());
    m_view->setData(m_data);
    std::vector<MapView::Team> teams;
    if (auto onDuty = data::teamsOnDuty(*m_context.db, *m_context.session, *m_context.clock, *m_data)) {
        for (const data::TeamOnDuty &t : onDuty.value())
            teams.push_back({ t.lonLat, tr("%1 (%n officers)", nullptr, t.officers).arg(t.label) });
    }
    m_view->setTeams(std::move(teams));
    colouringChanged();
    if (!selectedId.isEmpty())
        selectCell(m_data->cellById.value(selectedId, -1));
    updateStatus();
    m_status->setText(m_status->text() + tr(" · read in %1 ms").arg(timer.elapsed()));
}

void MapPage::updateStatus()
{
    if (!m_data)
        return;
    const QLocale locale;
    int open = 0;
    for (const data::MapIncident &i : m_data->incidents)
        open += i.open;
    m_status->setText(tr("Layer %1 (%2%3): %4 cells, %5 patrol sectors and zones, %6 open incidents")
                          .arg(m_data->layer.name, m_data->layer.crs,
                               m_data->layer.schematic ? tr(", schematic 示意") : QString())
                          .arg(locale.toString(qlonglong(m_data->cells.size())))
                          .arg(locale.toString(qlonglong(m_data->sectors.size())))
                          .arg(locale.toString(open)));
}

void MapPage::colouringChanged()
{
    const auto colouring = MapView::Colouring(m_colouring->currentData().toInt());
    m_options->setVisible(colouring == MapView::Colouring::Coverage || colouring == MapView::Colouring::Density);
    m_options->setCurrentIndex(colouring == MapView::Colouring::Coverage ? 1
                                   : colouring == MapView::Colouring::Density ? 2
                                                                              : 0);
    m_listTitle->setVisible(colouring == MapView::Colouring::Coverage);
    m_uncovered->setVisible(colouring == MapView::Colouring::Coverage);
    if (colouring != MapView::Colouring::Coverage)
        m_coverage.reset();
    if (colouring == MapView::Colouring::Coverage) {
        recomputeCoverage();
    } else if (colouring == MapView::Colouring::Density) {
        recomputeDensity();
    } else {
        m_view->setColouring(colouring);
        updateStatus();
    }
}

void MapPage::recomputeCoverage()
{
    if (!m_data || MapView::Colouring(m_colouring->currentData().toInt()) != MapView::Colouring::Coverage)
        return;
    const QDate date = m_coverageDate->date();
    const QDateTime from(date, m_coverageFrom->time(), shanghai());
    // A window ending at or before its start runs into the next day (a night watch 20:00–08:00).
    QDateTime to(date, m_coverageTo->time(), shanghai());
    if (to <= from)
        to = to.addDays(1);
    m_uncovered->clear();
    auto coverage
        = data::computeCoverage(*m_context.db, *m_context.session, *m_context.clock, *m_data, from.toUTC(), to.toUTC());
    if (!coverage) {
        m_coverage.reset();
        m_view->setColouring(MapView::Colouring::Coverage);
        m_status->setText(coverage.errorMessage());
        m_exportButton->setEnabled(false);
        return;
    }
    m_coverage = std::move(coverage).value();
    const double minutes = double(from.secsTo(to)) / 60.0;
    // Cells of squads whose rosters the user may not see are left uncoloured (-1), not shown as gaps.
    const QSet<QString> counted(m_coverage->squads.cbegin(), m_coverage->squads.cend());
    std::vector<double> values(m_data->cells.size());
    for (std::size_t i = 0; i < values.size(); ++i)
        values[i] = counted.isEmpty() || counted.contains(m_data->cells[i].squadId)
            ? m_coverage->cells[i].officerMinutes / minutes
            : -1.0;
    m_view->setColouring(MapView::Colouring::Coverage, std::move(values));
    for (int i : m_coverage->uncovered) {
        const data::MapCell &c = m_data->cells[std::size_t(i)];
        m_uncovered->addItem(QStringLiteral("%1  %2").arg(c.code, m_data->communityNames.value(c.communityCode)));
    }
    m_listTitle->setText(tr("%n cell(s) without planned patrol", nullptr, int(m_coverage->uncovered.size())));
    m_exportButton->setEnabled(!m_coverage->uncovered.empty());
}

void MapPage::recomputeDensity()
{
    if (!m_data || MapView::Colouring(m_colouring->currentData().toInt()) != MapView::Colouring::Density)
        return;
    const QDateTime from(m_densityFrom->date(), QTime(0, 0), shanghai());
    const QDateTime to(m_densityTo->date().addDays(1), QTime(0, 0), shanghai());
    const std::vector<int> counts = data::incidentDensity(*m_data, from.toUTC(), to.toUTC());
    m_view->setColouring(MapView::Colouring::Density, std::vector<double>(counts.begin(), counts.end()));
    int total = 0;
    for (int n : counts)
        total += n;
    m_status->setText(tr("%n incident(s) reported in the period", nullptr, total));
}

void MapPage::exportUncovered()
{
    if (!m_data || !m_coverage)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export uncovered cells"),
        QStringLiteral("uncovered-%1.csv").arg(m_coverageDate->date().toString(Qt::ISODate)), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        data::writeUncoveredCsv(*m_data, *m_coverage, file);
        if (file.commit()) {
            m_status->setText(tr("%1 written.").arg(path));
            return;
        }
    }
    QMessageBox::warning(this, tr("Export uncovered cells"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
}

bool MapPage::search(const QString &input)
{
    ensureLoaded();
    const QString text = input.trimmed();
    if (!m_data || text.isEmpty())
        return false;
    if (const int cell = m_data->cellByCode.value(text, -1); cell >= 0) {
        selectCell(cell);
        m_view->zoomToCell(cell);
        return true;
    }
    for (std::size_t i = 0; i < m_data->incidents.size(); ++i) {
        if (!m_data->incidents[i].ticketNo.isEmpty() && m_data->incidents[i].ticketNo == text) {
            showIncident(int(i));
            return true;
        }
    }
    // Towns first (fewer, bigger), then communities: exact code or name, then a name containing the text.
    for (bool exact : { true, false }) {
        for (auto it = m_data->townNames.cbegin(); it != m_data->townNames.cend(); ++it) {
            if (it.key() == text || (exact ? it.value() == text : it.value().contains(text))) {
                m_view->zoomToTown(it.key());
                m_status->setText(tr("Town %1").arg(it.value()));
                return true;
            }
        }
        for (auto it = m_data->communityNames.cbegin(); it != m_data->communityNames.cend(); ++it) {
            if (it.key() == text || (exact ? it.value() == text : it.value().contains(text))) {
                m_view->zoomToCommunity(it.key());
                m_status->setText(tr("Community %1 (%2)").arg(it.value(), m_data->townNames.value(it.key().left(9))));
                return true;
            }
        }
    }
    // A cell code typed in part: the first cell starting with it.
    if (text.size() >= 6) {
        for (std::size_t i = 0; i < m_data->cells.size(); ++i) {
            if (m_data->cells[i].code.startsWith(text)) {
                selectCell(int(i));
                m_view->zoomToCell(int(i));
                return true;
            }
        }
    }
    return false;
}

void MapPage::selectCell(int cell)
{
    m_view->setSelectedCell(cell);
    if (!m_data || cell < 0 || std::size_t(cell) >= m_data->cells.size()) {
        m_panel->clear();
        return;
    }
    const data::MapCell &c = m_data->cells[std::size_t(cell)];
    QString html = QStringLiteral("<h3>%1</h3><table cellspacing=3>").arg(escaped(c.code));
    auto row = [&html](const QString &label, const QString &value) {
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td></tr>").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    row(tr("Town"), m_data->townNames.value(c.townCode, c.townCode));
    row(tr("Community"), c.communityCode.isEmpty() ? tr("—") : m_data->communityNames.value(c.communityCode, c.communityCode));
    row(tr("Responsible squad"), m_data->squadNames.value(c.squadId, tr("—")));
    row(tr("Kind"), c.kind == QLatin1String("urban") ? tr("urban") : c.kind == QLatin1String("rural") ? tr("rural") : tr("suburban"));
    if (m_coverage && std::size_t(cell) < m_coverage->cells.size()) {
        const data::CellCoverage &cov = m_coverage->cells[std::size_t(cell)];
        row(tr("Planned patrol"), cov.officerMinutes > 0
                                      ? tr("%1 officer-hours, %n officer(s)", nullptr, cov.officers)
                                            .arg(cov.officerMinutes / 60.0, 0, 'f', 1)
                                      : tr("none in the window"));
    }
    html += QStringLiteral("</table>");

    auto details = data::cellDetails(*m_context.db, *m_context.session, *m_context.clock, *m_data, cell);
    if (!details) {
        html += QStringLiteral("<p>%1</p>").arg(escaped(details.errorMessage()));
    } else {
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Posts covering it"));
        if (details->sectors.empty())
            html += QStringLiteral("<p>%1</p>").arg(tr("No patrol sector or zone covers this cell."));
        for (int s : details->sectors) {
            const data::MapSector &sector = m_data->sectors[std::size_t(s)];
            html += QStringLiteral("<div>%1 %2</div>").arg(escaped(sector.code), escaped(sector.name));
        }
        html += QStringLiteral("<h4>%1</h4>").arg(tr("On duty here now"));
        if (!details->rosterVisible)
            html += QStringLiteral("<p>%1</p>").arg(tr("You may not view this squad's roster."));
        else if (details->onDutyNow.empty())
            html += QStringLiteral("<p>%1</p>").arg(tr("Nobody from a published roster."));
        for (const data::CellDuty &d : details->onDutyNow) {
            const QString until = d.end.toTimeZone(shanghai()).toString(QStringLiteral("HH:mm"));
            html += QStringLiteral("<div>%1</div>")
                        .arg(escaped(tr("%1 — %2 %3, until %4").arg(d.officerName, d.team.isEmpty() ? d.postCode : d.team,
                                                                     d.shiftCode, until)));
        }
        html += QStringLiteral("<h4>%1</h4>").arg(tr("Open incidents"));
        if (details->openIncidents.empty())
            html += QStringLiteral("<p>%1</p>").arg(tr("None."));
        int shown = 0;
        for (int i : details->openIncidents) {
            if (++shown > 12) {
                html += QStringLiteral("<p>%1</p>").arg(tr("… and %1 more").arg(details->openIncidents.size() - 12));
                break;
            }
            const data::MapIncident &incident = m_data->incidents[std::size_t(i)];
            html += QStringLiteral("<div><a href=\"incident:%1\">%2</a> %3 (%4)</div>")
                        .arg(escaped(incident.id), escaped(incident.ticketNo.isEmpty() ? tr("(no number)") : incident.ticketNo),
                             escaped(incident.title), escaped(incident.status));
        }
    }
    m_panel->setHtml(html);
}

QString MapPage::panelText() const
{
    return m_panel->toPlainText();
}

void MapPage::showIncident(int incident)
{
    if (!m_data || incident < 0 || std::size_t(incident) >= m_data->incidents.size())
        return;
    const data::MapIncident &i = m_data->incidents[std::size_t(incident)];
    m_view->setHighlightedIncident(incident);
    m_view->zoomToIncident(incident);
    if (i.cell >= 0)
        selectCell(i.cell);
    m_status->setText(tr("Incident %1: %2 (%3)").arg(i.ticketNo, i.title, i.status));
}

bool MapPage::show(const QString &what)
{
    ensureLoaded();
    if (!m_data)
        return false;
    if (what.startsWith(QLatin1String("cell:"))) {
        const int cell = m_data->cellById.value(what.mid(5), -1);
        if (cell < 0)
            return false;
        selectCell(cell);
        m_view->zoomToCell(cell);
        return true;
    }
    if (what.startsWith(QLatin1String("incident:"))) {
        const QString id = what.mid(9);
        for (std::size_t i = 0; i < m_data->incidents.size(); ++i) {
            if (m_data->incidents[i].id == id) {
                showIncident(int(i));
                return true;
            }
        }
    }
    return false;
}

} // namespace dd::ui
