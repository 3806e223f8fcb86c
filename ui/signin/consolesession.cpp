// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/consolesession.h"

#include "data/auth/authenticator.h"
#include "data/auth/credentialsfile.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/settings.h"
#include "ui/signin/sessionguard.h"
#include "ui/signin/sessionmenu.h"
#include "ui/signin/signindialog.h"

#include <QCoreApplication>
#include <QMainWindow>

namespace dd::ui {

namespace {
class ConsoleTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::ui::ConsoleSession)
};
} // namespace

std::unique_ptr<ConsoleSession> ConsoleSession::begin(const QString &path, data::Settings &settings,
                                                      const QString &credentialsFile, bool interactive,
                                                      Outcome *outcome, QString *errorMessage)
{
    auto fail = [&](Outcome o, const QString &message) -> std::unique_ptr<ConsoleSession> {
        *outcome = o;
        if (errorMessage)
            *errorMessage = message;
        return nullptr;
    };
    data::Result<std::unique_ptr<data::Database>> db = data::Database::open(path);
    if (!db)
        return fail(Outcome::NoDatabase, db.errorMessage());

    std::unique_ptr<ConsoleSession> console(new ConsoleSession);
    console->m_db = std::move(db.value());
    console->m_settings = &settings;
    if (!credentialsFile.isEmpty()) {
        data::Result<data::Credentials> c = data::CredentialsFile::read(credentialsFile);
        if (!c)
            return fail(Outcome::Refused, c.errorMessage());
        data::Result<data::Session> s = data::Authenticator(*console->m_db).signIn(c->userName, c->password);
        if (!s)
            return fail(Outcome::Refused, s.errorMessage());
        if (s->mustChangePassword())
            return fail(
                Outcome::Refused,
                ConsoleTr::tr("%1 must change the password first (sign in without --credentials).").arg(c->userName));
        console->m_session = s.value();
    } else if (!interactive) {
        return fail(Outcome::Refused, ConsoleTr::tr("%1 holds a district: sign in with --credentials FILE.").arg(path));
    } else {
        SignInDialog dialog(*console->m_db, settings);
        if (dialog.exec() != QDialog::Accepted)
            return fail(Outcome::Cancelled, QString());
        console->m_session = dialog.session();
    }
    *outcome = Outcome::SignedIn;
    return console;
}

ConsoleSession::~ConsoleSession()
{
    if (m_session.isValid() && m_db)
        data::Authenticator(*m_db).recordSignOut(m_guard ? m_guard->session() : m_session);
    m_guard.reset();
}

const data::Session &ConsoleSession::session() const
{
    return m_guard ? m_guard->session() : m_session;
}

void ConsoleSession::attach(QMainWindow *window)
{
    m_guard = std::make_unique<SessionGuard>(*m_db, *m_settings, m_session, window, data::Clock::system());
    new SessionMenu(window, *m_db, *m_guard, data::Clock::system()); // owned by the window
}

} // namespace dd::ui
