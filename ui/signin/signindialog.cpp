// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/signindialog.h"

#include "data/auth/accountrepository.h"
#include "data/auth/authenticator.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/settings.h"
#include "ui/signin/changepassworddialog.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

SignInDialog::SignInDialog(data::Database &db, data::Settings &settings, QWidget *parent)
    : SignInDialog(db, settings, data::Clock::system(), parent)
{
}

SignInDialog::SignInDialog(data::Database &db, data::Settings &settings, const data::Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_settings(settings)
    , m_clock(clock)
{
    setWindowTitle(tr("DutyDesk — sign in"));
    auto *title = new QLabel(tr("<b>DutyDesk</b> duty and dispatch console"), this);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("userName"));
    m_user->setText(m_settings.value(data::Settings::Key::LastUserName).toString());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("&Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &SignInDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);

    // A store without an administrator (a fresh install, an old demo file) has no one to sign in yet.
    data::Result<bool> hasAdmin = data::AccountRepository(m_db, m_clock).hasAdministrator();
    if (hasAdmin && !hasAdmin.value()) {
        m_message->setText(tr("This database has no administrator yet. Create one on the command line:\n"
                              "dutydesk user add --role district_admin NAME --db %1")
                               .arg(QDir::toNativeSeparators(m_db.path())));
        m_message->show();
    }

    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

QString SignInDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void SignInDialog::signIn()
{
    const QString user = m_user->text().trimmed();
    const QString password = m_password->text();
    m_password->clear();
    data::Result<data::Session> result = data::Authenticator(m_db, m_clock).signIn(user, password);
    if (!result) {
        m_message->setText(result.errorMessage());
        m_message->show();
        m_password->setFocus();
        return;
    }
    m_settings.setValue(data::Settings::Key::LastUserName, user);
    data::Session session = result.value();
    if (session.mustChangePassword()) {
        ChangePasswordDialog change(m_db, user, m_clock, true, this);
        Q_EMIT passwordChangeRequired(&change);
        if (change.exec() != QDialog::Accepted) {
            m_message->setText(tr("The password must be changed before you can work."));
            m_message->show();
            return;
        }
        session = change.session();
    }
    m_session = session;
    accept();
}

} // namespace dd::ui
