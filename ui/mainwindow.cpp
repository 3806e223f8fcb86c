// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/settings.h"
#include "ui/aboutdialog.h"
#include "ui/databaseerrorview.h"
#include "ui/demodatabasecreator.h"
#include "ui/dispatch/dispatchpage.h"
#include "ui/map/mappage.h"
#include "ui/overview/overviewpage.h"
#include "ui/reports/reportspage.h"
#include "ui/roster/rosterpage.h"
#include "ui/settings/settingsdialog.h"
#include "ui/sync/syncpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>

namespace dd::ui {

namespace {

// The page icons are drawn in one dark stroke colour; on the highlighted (selected) row they would
// vanish into the highlight, so the selected state gets the same drawing in the highlighted text colour.
QIcon pageIcon(const QString &resource)
{
    QIcon icon(resource);
    for (const int size : { 24, 48 }) {
        QPixmap pixmap = icon.pixmap(size, size);
        QPainter painter(&pixmap);
        painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
        painter.fillRect(pixmap.rect(), QPalette().color(QPalette::HighlightedText));
        painter.end();
        icon.addPixmap(pixmap, QIcon::Selected);
    }
    return icon;
}

} // namespace

MainWindow::MainWindow(data::Settings &settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_demoCreator(new DemoDatabaseCreator(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_session = std::make_unique<data::Session>(); // nobody until setSession()
    m_clock = &data::Clock::system();
    createPages();
    createMenus();
    createStatusBar();
    connect(m_demoCreator, &DemoDatabaseCreator::finished, this, &MainWindow::demoDatabaseFinished);
    connect(&m_settings, &data::Settings::changed, this, &MainWindow::refresh);

    resize(1280, 800);
    restoreGeometry(m_settings.value(data::Settings::Key::MainWindowGeometry).toByteArray());
    restoreState(m_settings.value(data::Settings::Key::MainWindowState).toByteArray());
    refresh();
}

MainWindow::~MainWindow() = default;

void MainWindow::setSession(const data::Session &session)
{
    m_session = std::make_unique<data::Session>(session);
    refresh();
}

void MainWindow::setClock(const data::Clock &clock)
{
    m_clock = &clock;
    refresh();
}

ui::Page *MainWindow::page(Page index) const
{
    return index >= 0 && index < NUM_PAGES ? m_placeholders[size_t(index)] : nullptr;
}

void MainWindow::pageChangedStore(ui::Page *source)
{
    // The pages share one connection: the others reload what they show (the source already has).
    if (m_database) {
        if (auto summary = data::DistrictRepository(*m_database).summary())
            m_summary = std::move(summary).value();
    }
    refresh();
    Q_UNUSED(source);
}

void MainWindow::showOnPage(const QString &what)
{
    for (int i = 0; i < NUM_PAGES; ++i) {
        ui::Page *page = m_placeholders[size_t(i)];
        if (page && page->show(what)) {
            showPage(MainWindow::Page(i));
            return;
        }
    }
}

void MainWindow::createPages()
{
    m_overview = new OverviewPage;
    m_placeholders[MapPageIndex] = new MapPage;
    m_placeholders[RosterPageIndex] = new RosterPage;
    m_placeholders[DispatchPageIndex] = new DispatchPage;
    m_placeholders[ReportsPageIndex] = new ReportsPage;
    m_placeholders[SyncPageIndex] = m_syncPage = new SyncPage(m_settings);
    connect(m_syncPage, &SyncPage::statusTextChanged, this, [this](const QString &text) {
        if (m_syncLabel)
            m_syncLabel->setText(text);
    });
    for (ui::Page *page : m_placeholders) {
        if (!page)
            continue;
        connect(page, &ui::Page::storeChanged, this, [this, page] { pageChangedStore(page); });
        connect(page, &ui::Page::showRequested, this, &MainWindow::showOnPage);
    }

    const std::array<std::pair<QString, const char *>, NUM_PAGES> entries { {
        { tr("Overview"), ":/icons/overview.svg" },
        { tr("Map"), ":/icons/map.svg" },
        { tr("Roster"), ":/icons/roster.svg" },
        { tr("Dispatch"), ":/icons/dispatch.svg" },
        { tr("Reports"), ":/icons/reports.svg" },
        { tr("Sync"), ":/icons/sync.svg" },
    } };
    m_pages = new QStackedWidget;
    m_pageList = new QListWidget;
    m_pageList->setObjectName(QStringLiteral("pageList"));
    m_pageList->setIconSize(QSize(24, 24));
    m_pageList->setSpacing(3);
    m_pageList->setFrameShape(QFrame::NoFrame);
    for (int i = 0; i < NUM_PAGES; ++i) {
        m_pageList->addItem(
            new QListWidgetItem(pageIcon(QString::fromLatin1(entries[size_t(i)].second)), entries[size_t(i)].first));
        m_pages->addWidget(i == OverviewPageIndex ? static_cast<QWidget *>(m_overview) : m_placeholders[size_t(i)]);
    }
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 32);
    connect(m_pageList, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        m_pages->setCurrentIndex(row);
        if (QAction *action = m_pageActions[size_t(row)])
            action->setChecked(true);
    });

    m_pageArea = new QWidget;
    auto *layout = new QHBoxLayout(m_pageArea);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);

    m_errorView = new DatabaseErrorView;
    connect(m_errorView, &DatabaseErrorView::openRequested, this, &MainWindow::chooseDatabase);
    connect(m_errorView, &DatabaseErrorView::createDemoRequested, this, &MainWindow::chooseDemoDatabase);
    m_errorView->setError(QString(), tr("No database is open yet."));

    m_central = new QStackedWidget(this);
    m_central->addWidget(m_pageArea);
    m_central->addWidget(m_errorView);
    setCentralWidget(m_central);
    m_pageList->setCurrentRow(OverviewPageIndex);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(style()->standardIcon(QStyle::SP_DialogOpenButton), tr("&Open database…"), QKeySequence::Open, this,
                    &MainWindow::chooseDatabase);
    file->addAction(tr("Create &demo database…"), this, &MainWindow::chooseDemoDatabase);
    file->addSeparator();
    file->addAction(tr("&Settings…"), QKeySequence::Preferences, this, &MainWindow::editSettings)
        ->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close)->setMenuRole(QAction::QuitRole);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    auto *group = new QActionGroup(this);
    for (int i = 0; i < NUM_PAGES; ++i) {
        QAction *action = view->addAction(m_pageList->item(i)->icon(), m_pageList->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setCheckable(true);
        action->setChecked(i == currentPage());
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, i] { showPage(Page(i)); });
        m_pageActions[size_t(i)] = action;
    }
    view->addSeparator();
    QAction *fullScreen = view->addAction(tr("&Full screen"));
    fullScreen->setShortcut(QKeySequence::FullScreen);
    fullScreen->setCheckable(true);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) { on ? showFullScreen() : showNormal(); });

    // Tools a later release fills: listed now so the menu's shape does not move under the users.
    QMenu *tools = menuBar()->addMenu(tr("&Tools"));
    tools->setToolTipsVisible(true);
    const std::pair<QString, QString> later[] = {
        { tr("Plan roster…"), tr("Rostering comes with the roster release.") },
        { tr("Import hotline work orders…"), tr("Hotline import comes with the dispatch release.") },
        { tr("Print duty sheet…"), tr("Printing comes with the reports release.") },
    };
    for (const auto &[text, why] : later) {
        QAction *action = tools->addAction(text);
        action->setEnabled(false);
        action->setToolTip(why);
        action->setStatusTip(why);
    }
    tools->addAction(tr("Sync now"), m_syncPage, &SyncPage::syncNow);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About DutyDesk"), this, &MainWindow::about)->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::createStatusBar()
{
    const auto add = [this](const QString &objectName) {
        auto *label = new QLabel(this);
        label->setObjectName(objectName);
        label->setContentsMargins(8, 0, 8, 0);
        statusBar()->addPermanentWidget(label);
        return label;
    };
    // A thin rule between the permanent fields; without it the five read as one sentence.
    statusBar()->setStyleSheet(
        QStringLiteral("QStatusBar::item { border: none; border-left: 1px solid palette(mid); }"));
    m_fileLabel = add(QStringLiteral("statusFile"));
    m_schemaLabel = add(QStringLiteral("statusSchema"));
    m_consoleLabel = add(QStringLiteral("statusConsole"));
    m_syncLabel = add(QStringLiteral("statusSync"));
    m_schematicLabel = add(QStringLiteral("statusSchematic"));
}

bool MainWindow::openDatabase(const QString &path)
{
    const QString absolute = path.isEmpty() ? path : QFileInfo(path).absoluteFilePath();
    auto opened = data::Database::open(absolute, data::Database::Mode::OpenExisting);
    if (!opened) {
        showError(absolute, opened.errorMessage());
        return false;
    }
    auto summary = data::DistrictRepository(*opened.value()).summary();
    if (!summary) {
        showError(absolute, summary.errorMessage());
        return false;
    }
    m_summary = std::move(summary).value();
    m_database = std::move(opened).value();
    m_path = absolute;
    m_error.clear();
    refresh();
    return true;
}

void MainWindow::showError(const QString &path, const QString &message)
{
    m_summary.reset();
    m_database.reset();
    m_path = path;
    m_error = message;
    m_errorView->setError(path, message);
    refresh();
}

void MainWindow::refresh()
{
    const data::DistrictSummary *summary = district();
    m_overview->setDistrict(summary);
    PageContext context;
    context.db = summary ? m_database.get() : nullptr;
    context.summary = context.db ? summary : nullptr;
    context.session = m_session.get();
    context.clock = m_clock;
    context.settings = &m_settings;
    for (ui::Page *page : m_placeholders)
        if (page)
            page->setContext(context);
    m_syncPage->setConsoleId(m_database ? m_database->consoleId() : QString());
    m_central->setCurrentWidget(m_database ? m_pageArea : static_cast<QWidget *>(m_errorView));

    const QString fileName = QFileInfo(m_path).fileName();
    if (m_database && summary)
        setWindowTitle(tr("DutyDesk 勤务调度台 — %1 — %2").arg(summary->name, fileName));
    else if (!m_path.isEmpty())
        setWindowTitle(tr("DutyDesk 勤务调度台 — %1 (not opened)").arg(fileName));
    else
        setWindowTitle(tr("DutyDesk 勤务调度台"));

    m_fileLabel->setText(m_path.isEmpty() ? tr("No database") : tr("Database: %1").arg(fileName));
    m_fileLabel->setToolTip(QDir::toNativeSeparators(m_path));
    m_schemaLabel->setText(m_database ? tr("Schema version %1").arg(m_database->schemaVersion()) : QString());
    m_schemaLabel->setVisible(m_database != nullptr);
    const QString consoleId = m_database ? m_database->consoleId() : QString();
    m_consoleLabel->setText(tr("Console %1").arg(consoleId.left(8)));
    m_consoleLabel->setToolTip(consoleId);
    m_consoleLabel->setVisible(!consoleId.isEmpty());
    m_syncLabel->setText(m_syncPage->statusText());
    m_schematicLabel->setText(tr("Geometry: 示意 / schematic"));
    m_schematicLabel->setVisible(summary && summary->schematicGeometry);
}

void MainWindow::showPage(Page page)
{
    if (page >= 0 && page < NUM_PAGES)
        m_pageList->setCurrentRow(page);
}

MainWindow::Page MainWindow::currentPage() const
{
    return Page(m_pages->currentIndex());
}

void MainWindow::chooseDatabase()
{
    const QString dir = m_path.isEmpty() ? QDir::homePath() : QFileInfo(m_path).absolutePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open database"), dir,
                                                      tr("DutyDesk database (*.sqlite *.db);;All files (*)"));
    if (path.isEmpty())
        return;
    if (m_switchRequiresRestart)
        openAtNextStart(path);
    else if (openDatabase(path))
        m_settings.setValue(data::Settings::Key::DatabasePath, m_path); // remembered for the next start
}

void MainWindow::openAtNextStart(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_settings.setValue(data::Settings::Key::DatabasePath, absolute);
    const auto answer = QMessageBox::question(
        this, tr("Open database"),
        tr("DutyDesk signs in to each database separately, so %1 opens at the next start, after its "
           "sign-in.\n\nQuit DutyDesk now?")
            .arg(QDir::toNativeSeparators(absolute)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer == QMessageBox::Yes)
        close();
}

void MainWindow::chooseDemoDatabase()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    const QString path = QFileDialog::getSaveFileName(this, tr("Create demo database"),
                                                      QDir(dir).filePath(QStringLiteral("demo-jiading.sqlite")),
                                                      tr("DutyDesk database (*.sqlite *.db)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).absoluteFilePath() == m_path) {
        QMessageBox::warning(this, tr("Create demo database"),
                             tr("%1 is the database open now; choose another file.").arg(path));
        return;
    }
    // The file dialog already asked whether to replace an existing file.
    if (QFileInfo::exists(path) && !QFile::remove(path)) {
        QMessageBox::warning(this, tr("Create demo database"), tr("%1 cannot be replaced.").arg(path));
        return;
    }
    m_demoProgress = new QProgressDialog(tr("Creating the demo district (Jiading)…"), tr("Cancel"), 0, 0, this);
    m_demoProgress->setWindowModality(Qt::WindowModal);
    m_demoProgress->setMinimumDuration(0);
    connect(m_demoProgress, &QProgressDialog::canceled, m_demoCreator, &DemoDatabaseCreator::cancel);
    m_demoCreator->start(path);
}

void MainWindow::demoDatabaseFinished(bool ok, const QString &path, const QString &message)
{
    const bool cancelled = m_demoProgress && m_demoProgress->wasCanceled();
    if (m_demoProgress)
        m_demoProgress->deleteLater();
    if (!ok) {
        QFile::remove(path); // a half-written file would only fail to open later
        if (cancelled)
            return; // the user asked for it: no error to report
        QMessageBox::warning(this, tr("Create demo database"),
                             tr("The demo database %1 could not be created.\n\n%2").arg(path, message));
        return;
    }
    if (m_switchRequiresRestart)
        openAtNextStart(path);
    else if (openDatabase(path))
        m_settings.setValue(data::Settings::Key::DatabasePath, m_path);
}

void MainWindow::editSettings()
{
    const QString before = m_settings.databasePath();
    SettingsDialog dialog(m_settings, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString after = m_settings.databasePath();
    if (after == before || QFileInfo(after).absoluteFilePath() == m_path)
        return;
    if (m_switchRequiresRestart)
        openAtNextStart(after);
    else
        openDatabase(after);
}

void MainWindow::about()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_demoCreator->cancel();
    m_settings.setValue(data::Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(data::Settings::Key::MainWindowState, saveState());
    m_settings.sync();
    QMainWindow::closeEvent(event);
}

} // namespace dd::ui
