// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/sessionmenu.h"

#include "ui/signin/accountsdialog.h"
#include "ui/signin/auditview.h"
#include "ui/signin/changepassworddialog.h"
#include "ui/signin/sessionguard.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QVBoxLayout>

namespace dd::ui {

SessionMenu::SessionMenu(QMainWindow *window, data::Database &db, SessionGuard &guard, const data::Clock &clock)
    : QObject(window)
    , m_window(window)
    , m_db(db)
    , m_guard(guard)
    , m_clock(clock)
{
    const data::Session &session = guard.session();
    QMenu *menu = window->menuBar()->addMenu(tr("&Session"));
    // Ctrl+L itself is SessionGuard's shortcut; the action only shows it.
    m_lock = menu->addAction(tr("&Lock the console"), this, [this] { m_guard.lock(QStringLiteral("menu")); });
    m_lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_lock->setShortcutContext(Qt::WidgetShortcut); // the guard's ApplicationShortcut handles the key
    m_password = menu->addAction(tr("&Change password…"), this, [this] {
        ChangePasswordDialog dialog(m_db, m_guard.session().userName(), m_clock, false, m_window);
        dialog.exec();
    });
    menu->addSeparator();
    m_accounts = menu->addAction(tr("&Accounts…"), this, [this] {
        AccountsDialog dialog(m_db, m_guard.session(), m_clock, m_window);
        dialog.exec();
    });
    m_audit = menu->addAction(tr("Audit &log…"), this, [this] {
        QDialog dialog(m_window);
        dialog.setWindowTitle(tr("Audit log"));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new AuditView(m_db, m_guard.session(), m_clock, &dialog));
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        dialog.resize(1000, 600);
        dialog.exec();
    });
    m_accounts->setVisible(session.allows(data::Action::ManageAccounts));
    m_audit->setVisible(session.allows(data::Action::ViewAudit));

    auto *who = new QLabel(tr("Signed in: %1 (%2)").arg(session.displayName(), session.userName()), window);
    who->setObjectName(QStringLiteral("signedInUser"));
    window->statusBar()->addPermanentWidget(who);
}

} // namespace dd::ui
