// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/lockdialog.h"

#include "data/auth/authenticator.h"

#include <QCloseEvent>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

LockDialog::LockDialog(data::Database &db, const data::Session &session, const data::Clock &clock, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_clock(clock)
{
    setWindowTitle(tr("DutyDesk — locked"));
    auto *intro = new QLabel(tr("The console is locked. %1 (%2) can unlock it with the password.")
                                 .arg(session.displayName(), session.userName()),
                             this);
    intro->setWordWrap(true);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();
    auto *form = new QFormLayout;
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *unlock = buttons->addButton(tr("&Unlock"), QDialogButtonBox::AcceptRole);
    unlock->setDefault(true);
    QPushButton *quit = buttons->addButton(tr("&Quit DutyDesk"), QDialogButtonBox::DestructiveRole);
    connect(unlock, &QPushButton::clicked, this, &LockDialog::submit);
    connect(quit, &QPushButton::clicked, this, &LockDialog::quitRequested);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    setMinimumWidth(380);
    m_password->setFocus();
}

QString LockDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void LockDialog::closeEvent(QCloseEvent *event)
{
    event->ignore();
}

void LockDialog::submit()
{
    const QString password = m_password->text();
    m_password->clear();
    data::Result<data::Session> back = data::Authenticator(m_db, m_clock).unlock(m_session, password);
    if (!back) {
        m_message->setText(back.errorMessage());
        m_message->show();
        return;
    }
    Q_EMIT unlocked(back.value());
    accept();
}

} // namespace dd::ui
