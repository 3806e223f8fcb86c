// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/sync/syncengine.h"
#include "data/sync/synctransport.h"
#include "ui/page.h"

#include <QDateTime>
#include <QPointer>

#include <atomic>
#include <memory>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTabWidget;
class QThread;
class QTimer;

namespace dd::data {
class Settings;
}

namespace dd::ui {

// Sync with the district server (docs/SYNC.md): status (last success, pending changes, open
// conflicts, held rows), Sync now with progress and cancel on a worker thread, the sync log, the
// Conflicts view with "Re-apply as a new change", the Held rows view (rows of the district this
// console cannot store, with SQLite's reason: why data is missing here), the connection (server and
// certificate files, stored in the store), and the nightly run at the configured time
// (Settings::nightlySyncTime, default 02:00) while the console is open: when the last attempt is
// older than the latest scheduled time, it runs (so a console opened after a missed night catches up
// once).
class SyncPage : public Page
{
    Q_OBJECT
public:
    // settings must outlive the page.
    explicit SyncPage(data::Settings &settings, QWidget *parent = nullptr);
    ~SyncPage() override;
    void setContext(const PageContext &context) override;
    void setConsoleId(const QString &consoleId);

    // "sync: not configured" when no server is set; else the last success and the pending changes.
    QString statusText() const;
    // Before a store is open: "not configured", or the server's host and the nightly time.
    static QString syncStatusText(const data::Settings &settings);

    bool isRunning() const { return m_running; }

public slots:
    void syncNow();
    void cancelSync();
    // Runs the nightly sync when it is due (called every 30 s; public for the tests).
    void checkNightly();

signals:
    void statusTextChanged(const QString &text);
    // A run ended (the outcome for tests and the status bar).
    void syncFinished(const dd::data::sync::SyncReport &report);

private:
    void buildUi();
    void reload();
    void reloadLog();
    void reloadConflicts();
    void reloadHeld();
    void saveConnection();
    void reapplySelected();
    void dismissSelected();
    void onProgress(const dd::data::sync::SyncProgress &progress);
    void onFinished(const dd::data::sync::SyncReport &report);

    data::Settings &m_settings;
    PageContext m_context;
    QString m_consoleId;
    QString m_statusText;
    bool m_running = false;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QPointer<QThread> m_thread;

    QLabel *m_server = nullptr;
    QLabel *m_lastSuccess = nullptr;
    QLabel *m_pending = nullptr;
    QLabel *m_conflictCount = nullptr;
    QLabel *m_heldCount = nullptr;
    QLabel *m_nightly = nullptr;
    QLabel *m_console = nullptr;
    QLabel *m_lastResult = nullptr;
    QPushButton *m_syncButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_stage = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableWidget *m_log = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QPushButton *m_reapply = nullptr;
    QPushButton *m_dismiss = nullptr;
    QTableWidget *m_held = nullptr;
    int m_heldTab = -1;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_cert = nullptr;
    QLineEdit *m_key = nullptr;
    QLineEdit *m_ca = nullptr;
    QPushButton *m_saveConnection = nullptr;
    QLabel *m_connectionMessage = nullptr;
    QTimer *m_nightlyTimer = nullptr;
};

} // namespace dd::ui

Q_DECLARE_METATYPE(dd::data::sync::SyncReport)
