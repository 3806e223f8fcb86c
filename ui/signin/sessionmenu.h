// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QMainWindow;

namespace dd::data {
class Clock;
class Database;
} // namespace dd::data

namespace dd::ui {

class SessionGuard;

// The signed-in user's menu on a main window: the user's name in the status bar, "Lock" (Ctrl+L),
// "Change password…", and — only when the user's roles allow them — "Accounts…" and "Audit log…".
// The menu follows the permission table; the store checks again whatever the menu shows.
class SessionMenu : public QObject
{
    Q_OBJECT
public:
    SessionMenu(QMainWindow *window, data::Database &db, SessionGuard &guard, const data::Clock &clock);

    QAction *lockAction() const { return m_lock; }
    QAction *accountsAction() const { return m_accounts; }
    QAction *auditAction() const { return m_audit; }

private:
    QMainWindow *m_window;
    data::Database &m_db;
    SessionGuard &m_guard;
    const data::Clock &m_clock;
    QAction *m_lock = nullptr;
    QAction *m_password = nullptr;
    QAction *m_accounts = nullptr;
    QAction *m_audit = nullptr;
};

} // namespace dd::ui
