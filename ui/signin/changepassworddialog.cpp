// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/changepassworddialog.h"

#include "data/auth/authenticator.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

ChangePasswordDialog::ChangePasswordDialog(data::Database &db, const QString &userName, const data::Clock &clock,
                                           bool forced, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_userName(userName)
    , m_clock(clock)
{
    setWindowTitle(tr("Change password — %1").arg(userName));
    auto *intro
        = new QLabel(forced ? tr("Your password was set by an administrator. Choose your own before you continue.")
                            : tr("Choose a new password."),
                     this);
    intro->setWordWrap(true);
    auto makeEdit = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setEchoMode(QLineEdit::Password);
        return e;
    };
    m_current = makeEdit("current");
    m_new = makeEdit("new");
    m_repeat = makeEdit("repeat");
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020"));
    m_message->hide();

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_current);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat:"), m_repeat);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    m_current->setFocus();
}

QString ChangePasswordDialog::message() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ChangePasswordDialog::submit()
{
    if (m_new->text() != m_repeat->text()) {
        m_message->setText(tr("The new password and its repetition differ."));
        m_message->show();
        return;
    }
    data::Result<data::Session> changed
        = data::Authenticator(m_db, m_clock).changePassword(m_userName, m_current->text(), m_new->text());
    if (!changed) {
        m_message->setText(changed.errorMessage());
        m_message->show();
        return;
    }
    m_session = changed.value();
    accept();
}

} // namespace dd::ui
