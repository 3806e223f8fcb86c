// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/session.h"

#include <QString>
#include <memory>

class QMainWindow;

namespace dd::data {
class Database;
class Settings;
} // namespace dd::data

namespace dd::ui {

class SessionGuard;

// The console's sign-in as `dutydesk gui` runs it: before the main window shows anything, the store at
// path is opened and a user signs in — from a credentials file (screenshots, benchmarks) or through
// SignInDialog. A file that cannot be opened has nothing to protect: there is no session, and the main
// window shows why. attach() adds the lock (Ctrl+L, idle) and the Session menu to the window; the
// session's own connection to the store lives as long as this object, which must outlive the window
// it is attached to (sign-out is audited when it ends).
class ConsoleSession
{
public:
    enum class Outcome {
        SignedIn, // a session: attach it to the window
        NoDatabase, // the file does not open: no session, the window explains
        Cancelled, // the user closed the sign-in dialog: quit
        Refused, // the credentials file was refused or unusable (errorMessage)
    };

    // interactive = false refuses instead of showing a dialog (a screenshot run without a file).
    static std::unique_ptr<ConsoleSession> begin(const QString &path, data::Settings &settings,
                                                 const QString &credentialsFile, bool interactive, Outcome *outcome,
                                                 QString *errorMessage);
    ~ConsoleSession();

    const data::Session &session() const;
    data::Database &database() const { return *m_db; }
    void attach(QMainWindow *window);
    SessionGuard *guard() const { return m_guard.get(); }

private:
    ConsoleSession() = default;

    std::unique_ptr<data::Database> m_db;
    data::Session m_session;
    data::Settings *m_settings = nullptr;
    std::unique_ptr<SessionGuard> m_guard;
};

} // namespace dd::ui
