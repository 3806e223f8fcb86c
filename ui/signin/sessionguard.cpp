// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/sessionguard.h"

#include "data/auth/authenticator.h"
#include "data/settings.h"
#include "ui/signin/lockdialog.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeySequence>
#include <QShortcut>
#include <QTimer>
#include <QWidget>

namespace dd::ui {

SessionGuard::SessionGuard(data::Database &db, data::Settings &settings, const data::Session &session, QWidget *window,
                           const data::Clock &clock, QObject *parent)
    : QObject(parent)
    , m_db(db)
    , m_settings(settings)
    , m_session(session)
    , m_window(window)
    , m_clock(clock)
{
    m_idle = new QTimer(this);
    m_idle->setSingleShot(true);
    connect(m_idle, &QTimer::timeout, this, [this] { lock(QStringLiteral("idle")); });
    auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_L), window);
    shortcut->setContext(Qt::ApplicationShortcut);
    connect(shortcut, &QShortcut::activated, this, [this] { lock(QStringLiteral("shortcut")); });
    connect(&m_settings, &data::Settings::changed, this, [this](data::Settings::Key key) {
        if (key == data::Settings::Key::IdleLockMinutes)
            applySettings();
    });
    qApp->installEventFilter(this);
    applySettings();
}

SessionGuard::~SessionGuard()
{
    qApp->removeEventFilter(this);
    delete m_lockDialog;
}

void SessionGuard::applySettings()
{
    const int minutes = m_settings.value(data::Settings::Key::IdleLockMinutes).toInt();
    setIdleIntervalMs(minutes > 0 ? minutes * 60 * 1000 : 0);
}

void SessionGuard::setIdleIntervalMs(int ms)
{
    m_idle->stop();
    m_idle->setInterval(ms);
    if (ms > 0 && !isLocked())
        m_idle->start();
}

bool SessionGuard::isLocked() const
{
    return m_lockDialog != nullptr;
}

LockDialog *SessionGuard::lockDialog() const
{
    return m_lockDialog;
}

int SessionGuard::idleIntervalMs() const
{
    return m_idle->interval();
}

bool SessionGuard::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        if (!isLocked() && m_idle->interval() > 0)
            m_idle->start();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void SessionGuard::lock(const QString &reason)
{
    if (isLocked())
        return;
    m_idle->stop();
    data::Authenticator(m_db, m_clock).recordLock(m_session, reason);
    if (m_window)
        m_window->hide();
    m_lockDialog = new LockDialog(m_db, m_session, m_clock);
    m_lockDialog->setAttribute(Qt::WA_DeleteOnClose, false);
    connect(m_lockDialog, &LockDialog::unlocked, this, [this](const data::Session &session) {
        m_session = session;
        m_lockDialog->deleteLater();
        m_lockDialog = nullptr;
        if (m_window)
            m_window->show();
        if (m_idle->interval() > 0)
            m_idle->start();
        Q_EMIT unlocked();
    });
    connect(m_lockDialog, &LockDialog::quitRequested, qApp, &QCoreApplication::quit);
    m_lockDialog->show();
    Q_EMIT locked();
}

} // namespace dd::ui
