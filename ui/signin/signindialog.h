// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace dd::data {
class Clock;
class Database;
class Settings;
} // namespace dd::data

namespace dd::ui {

// The console's first screen: user name (the last one remembered in Settings::LastUserName) and
// password. A refusal shows Authenticator's one message and clears the password. When the password
// must be changed (after an administrator's reset), ChangePasswordDialog follows before the dialog
// accepts. Accepted = session() is a signed-in user who may work.
class SignInDialog : public QDialog
{
    Q_OBJECT
public:
    SignInDialog(data::Database &db, data::Settings &settings, QWidget *parent = nullptr);
    SignInDialog(data::Database &db, data::Settings &settings, const data::Clock &clock, QWidget *parent = nullptr);

    const data::Session &session() const { return m_session; }
    QString message() const;

    // For tests: the widgets by role.
    QLineEdit *userNameEdit() const { return m_user; }
    QLineEdit *passwordEdit() const { return m_password; }
    QPushButton *signInButton() const { return m_signIn; }

Q_SIGNALS:
    // A forced change is about to be asked (tests answer the dialog through this).
    void passwordChangeRequired(QDialog *dialog);

private:
    void signIn();

    data::Database &m_db;
    data::Settings &m_settings;
    const data::Clock &m_clock;
    data::Session m_session;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_signIn = nullptr;
};

} // namespace dd::ui
