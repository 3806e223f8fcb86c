// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/districtrepository.h"

#include <QMainWindow>
#include <QPointer>
#include <array>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QListWidget;
class QProgressDialog;
class QStackedWidget;

namespace dd::data {
class Clock;
class Database;
class Session;
class Settings;
} // namespace dd::data

namespace dd::ui {

class DatabaseErrorView;
class DemoDatabaseCreator;
class OverviewPage;
class Page;
class SyncPage;

// The console's window: a page list on the left (Overview, Map, Roster, Dispatch, Reports, Sync),
// the pages, menus and a status bar. It owns the open database; when a file cannot be opened it shows
// DatabaseErrorView naming the file instead of the pages, and never exits on its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    enum Page {
        OverviewPageIndex,
        MapPageIndex,
        RosterPageIndex,
        DispatchPageIndex,
        ReportsPageIndex,
        SyncPageIndex,
        NUM_PAGES
    };

    // settings must outlive the window; geometry is restored from it now and saved on close.
    explicit MainWindow(data::Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens path (existing files only) and shows it; on failure shows the error view. Returns success.
    bool openDatabase(const QString &path);

    bool hasDatabase() const { return m_database != nullptr; }
    QString databasePath() const { return m_path; }
    const data::DistrictSummary *district() const { return m_summary ? &*m_summary : nullptr; }

    void showPage(Page page);
    Page currentPage() const;

    DemoDatabaseCreator *demoCreator() const { return m_demoCreator; }

    // With sign-in (ConsoleSession), a session belongs to one database: the window then never switches
    // to another file itself (File → Open, a new demo, Settings) but saves the choice for the next
    // start, where the user signs in to it. Off by default (tests, no sign-in).
    void setSwitchRequiresRestart(bool on) { m_switchRequiresRestart = on; }

    // The signed-in user (a copy); pages offer only what it allows. Without a call (tests) nobody is
    // signed in and the pages allow nothing that needs a permission.
    void setSession(const data::Session &session);
    // Where "now" comes from (tests inject a ManualClock); must outlive the window. Default: system.
    void setClock(const data::Clock &clock);
    // A page by index, for tests and for the command line's --page.
    ui::Page *page(Page index) const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createPages();
    void createMenus();
    void createStatusBar();
    void refresh();
    void pageChangedStore(ui::Page *source);
    void showOnPage(const QString &what);
    void showError(const QString &path, const QString &message);
    void chooseDatabase();
    void chooseDemoDatabase();
    void demoDatabaseFinished(bool ok, const QString &path, const QString &message);
    void editSettings();
    void openAtNextStart(const QString &path);
    void about();

    data::Settings &m_settings;
    std::unique_ptr<data::Database> m_database;
    std::optional<data::DistrictSummary> m_summary;
    QString m_path;
    QString m_error;
    bool m_switchRequiresRestart = false;
    std::unique_ptr<data::Session> m_session;
    const data::Clock *m_clock = nullptr;

    QStackedWidget *m_central = nullptr; // the page area or the error view
    QWidget *m_pageArea = nullptr;
    QListWidget *m_pageList = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    SyncPage *m_syncPage = nullptr;
    std::array<ui::Page *, NUM_PAGES> m_placeholders {}; // [OverviewPageIndex] stays null
    DatabaseErrorView *m_errorView = nullptr;
    std::array<QAction *, NUM_PAGES> m_pageActions {};
    DemoDatabaseCreator *m_demoCreator = nullptr;
    QPointer<QProgressDialog> m_demoProgress;

    QLabel *m_fileLabel = nullptr;
    QLabel *m_schemaLabel = nullptr;
    QLabel *m_consoleLabel = nullptr;
    QLabel *m_syncLabel = nullptr;
    QLabel *m_schematicLabel = nullptr;
};

} // namespace dd::ui
