// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/signin/accountsdialog.h"

#include "data/auth/accountrepository.h"
#include "data/clock.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace dd::ui {

namespace {

QString grantsText(const std::vector<data::RoleGrant> &grants)
{
    QStringList parts;
    for (const data::RoleGrant &g : grants)
        parts << (g.squadCode.isEmpty()
                      ? data::roleName(g.role)
                      : data::roleName(g.role) + QStringLiteral(" (") + g.squadCode + QLatin1Char(')'));
    return parts.join(QStringLiteral("; "));
}

} // namespace

AccountsDialog::AccountsDialog(data::Database &db, const data::Session &session, const data::Clock &clock,
                               QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_session(session)
    , m_clock(clock)
{
    setWindowTitle(tr("Accounts"));
    m_table = new QTableWidget(0, 5, this);
    m_table->setHorizontalHeaderLabels({ tr("User"), tr("Name"), tr("Roles"), tr("State"), tr("Last sign-in") });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();

    m_role = new QComboBox(this);
    for (int r = 0; r < data::kRoleCount; ++r)
        m_role->addItem(data::roleName(data::Role(r)), r);
    m_squad = new QLineEdit(this);
    m_squad->setPlaceholderText(tr("squad code, e.g. JD102 (squad roles only)"));

    auto *selectedBox = new QGroupBox(tr("Selected account"), this);
    auto *reset = new QPushButton(tr("&Reset password…"), selectedBox);
    auto *disable = new QPushButton(tr("&Disable"), selectedBox);
    auto *enable = new QPushButton(tr("&Enable"), selectedBox);
    auto *unlockButton = new QPushButton(tr("Un&lock"), selectedBox);
    auto *grant = new QPushButton(tr("&Grant role"), selectedBox);
    auto *revoke = new QPushButton(tr("Re&voke role"), selectedBox);
    auto *selectedLayout = new QHBoxLayout(selectedBox);
    for (QPushButton *b : { reset, disable, enable, unlockButton, grant, revoke })
        selectedLayout->addWidget(b);
    connect(reset, &QPushButton::clicked, this, [this] {
        const QString user = selectedUser();
        if (user.isEmpty())
            return;
        bool ok = false;
        const QString pw = QInputDialog::getText(
            this, tr("Reset password"), tr("New password for %1 (to be changed at the next sign-in):").arg(user),
            QLineEdit::Password, QString(), &ok);
        if (ok)
            resetPassword(user, pw);
    });
    connect(disable, &QPushButton::clicked, this, [this] { setActive(selectedUser(), false); });
    connect(enable, &QPushButton::clicked, this, [this] { setActive(selectedUser(), true); });
    connect(unlockButton, &QPushButton::clicked, this, [this] { unlock(selectedUser()); });
    connect(grant, &QPushButton::clicked, this,
            [this] { changeRole(selectedUser(), m_role->currentData().toInt(), m_squad->text().trimmed(), true); });
    connect(revoke, &QPushButton::clicked, this,
            [this] { changeRole(selectedUser(), m_role->currentData().toInt(), m_squad->text().trimmed(), false); });

    auto *newBox = new QGroupBox(tr("New account"), this);
    m_newName = new QLineEdit(newBox);
    m_newDisplay = new QLineEdit(newBox);
    m_password = new QLineEdit(newBox);
    m_password->setEchoMode(QLineEdit::Password);
    auto *create = new QPushButton(tr("&Create"), newBox);
    auto *newLayout = new QFormLayout(newBox);
    newLayout->addRow(tr("User name:"), m_newName);
    newLayout->addRow(tr("Name shown:"), m_newDisplay);
    newLayout->addRow(tr("Initial password:"), m_password);
    newLayout->addRow(QString(), create);
    connect(create, &QPushButton::clicked, this, [this] {
        if (createUser(m_newName->text().trimmed(), m_newDisplay->text().trimmed(), m_role->currentData().toInt(),
                       m_squad->text().trimmed(), m_password->text())) {
            m_newName->clear();
            m_newDisplay->clear();
        }
        m_password->clear();
    });

    auto *roleRow = new QFormLayout;
    roleRow->addRow(tr("Role:"), m_role);
    roleRow->addRow(tr("Squad:"), m_squad);

    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(roleRow);
    layout->addWidget(selectedBox);
    layout->addWidget(newBox);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    resize(820, 640);
    refresh();
}

QString AccountsDialog::status() const
{
    return m_status->text();
}

void AccountsDialog::refresh()
{
    data::Result<std::vector<data::Account>> accounts = data::AccountRepository(m_db, m_clock).list(m_session);
    m_table->setRowCount(0);
    if (!accounts) {
        m_status->setText(accounts.errorMessage());
        return;
    }
    m_table->setRowCount(int(accounts->size()));
    int row = 0;
    for (const data::Account &a : accounts.value()) {
        QStringList state;
        state << (a.active ? tr("active") : tr("disabled"));
        if (!a.hasPassword)
            state << tr("no password");
        if (a.mustChangePassword)
            state << tr("must change password");
        if (a.lockedUntil.isValid())
            state << tr("locked until %1").arg(a.lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        const QStringList cells
            = { a.userName, a.displayName, grantsText(a.roles), state.join(QStringLiteral(", ")),
                a.lastSignInAt.isValid() ? a.lastSignInAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                         : QString() };
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
        ++row;
    }
    m_table->resizeColumnsToContents();
}

QString AccountsDialog::selectedUser() const
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return QString();
    const QTableWidgetItem *first = m_table->item(items.first()->row(), 0);
    return first ? first->text() : QString();
}

bool AccountsDialog::report(bool ok, const QString &error, const QString &done)
{
    m_status->setText(ok ? done : error);
    if (ok)
        refresh();
    return ok;
}

bool AccountsDialog::createUser(const QString &userName, const QString &displayName, int role, const QString &squadCode,
                                const QString &password)
{
    data::NewAccount a;
    a.userName = userName;
    a.displayName = displayName;
    a.roles = { data::RoleGrant { data::Role(role), QString(),
                                  data::roleNeedsSquad(data::Role(role)) ? squadCode : QString() } };
    data::Result<QString> made = data::AccountRepository(m_db, m_clock).create(m_session, a, password);
    return report(bool(made), made.errorMessage(),
                  tr("Created %1; the password must be changed at the first sign-in.").arg(userName));
}

bool AccountsDialog::resetPassword(const QString &userName, const QString &password)
{
    data::Status s = data::AccountRepository(m_db, m_clock).resetPassword(m_session, userName, password);
    return report(bool(s), s.errorMessage(), tr("Password of %1 reset.").arg(userName));
}

bool AccountsDialog::setActive(const QString &userName, bool active)
{
    if (userName.isEmpty())
        return false;
    data::Status s = data::AccountRepository(m_db, m_clock).setActive(m_session, userName, active);
    return report(bool(s), s.errorMessage(),
                  active ? tr("%1 enabled.").arg(userName) : tr("%1 disabled.").arg(userName));
}

bool AccountsDialog::unlock(const QString &userName)
{
    if (userName.isEmpty())
        return false;
    data::Status s = data::AccountRepository(m_db, m_clock).unlock(m_session, userName);
    return report(bool(s), s.errorMessage(), tr("%1 unlocked.").arg(userName));
}

bool AccountsDialog::changeRole(const QString &userName, int role, const QString &squadCode, bool grant)
{
    if (userName.isEmpty())
        return false;
    const data::RoleGrant g { data::Role(role), QString(),
                              data::roleNeedsSquad(data::Role(role)) ? squadCode : QString() };
    data::AccountRepository repo(m_db, m_clock);
    data::Status s = grant ? repo.grantRole(m_session, userName, g) : repo.revokeRole(m_session, userName, g);
    return report(bool(s), s.errorMessage(),
                  grant ? tr("Role granted to %1.").arg(userName) : tr("Role revoked from %1.").arg(userName));
}

} // namespace dd::ui
