// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/session.h"

#include <QObject>
#include <QPointer>

class QTimer;
class QWidget;

namespace dd::data {
class Clock;
class Database;
class Settings;
} // namespace dd::data

namespace dd::ui {

class LockDialog;

// Keeps the signed-in session of one console window: locks on Ctrl+L and after
// Settings::IdleLockMinutes without keyboard or mouse input (0 = never). Locking hides the window
// (nothing of it stays readable) and shows LockDialog; the right password shows the window again.
// Locks and unlocks are audited. The window and the database must outlive the guard.
class SessionGuard : public QObject
{
    Q_OBJECT
public:
    SessionGuard(data::Database &db, data::Settings &settings, const data::Session &session, QWidget *window,
                 const data::Clock &clock, QObject *parent = nullptr);
    ~SessionGuard() override;

    const data::Session &session() const { return m_session; }
    bool isLocked() const;
    LockDialog *lockDialog() const;
    // Overrides the idle time from the settings (tests use milliseconds).
    void setIdleIntervalMs(int ms);
    int idleIntervalMs() const;

    void lock(const QString &reason);

Q_SIGNALS:
    void locked();
    void unlocked();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applySettings();

    data::Database &m_db;
    data::Settings &m_settings;
    data::Session m_session;
    QPointer<QWidget> m_window;
    const data::Clock &m_clock;
    QTimer *m_idle = nullptr;
    QPointer<LockDialog> m_lockDialog;
};

} // namespace dd::ui
