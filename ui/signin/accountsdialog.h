// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/session.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace dd::data {
class Clock;
class Database;
} // namespace dd::data

namespace dd::ui {

// The district administrator's accounts page: every account with its roles and state; create a user
// (the initial password must be changed at first sign-in), reset a password, disable or enable,
// unlock, grant or revoke a role. Each action goes through AccountRepository, which checks the
// session and audits; its messages are shown as they are.
class AccountsDialog : public QDialog
{
    Q_OBJECT
public:
    AccountsDialog(data::Database &db, const data::Session &session, const data::Clock &clock,
                   QWidget *parent = nullptr);

    void refresh();
    QString status() const;
    QTableWidget *table() const { return m_table; }

    // The actions, also for tests (no dialogs inside).
    bool createUser(const QString &userName, const QString &displayName, int role, const QString &squadCode,
                    const QString &password);
    bool resetPassword(const QString &userName, const QString &password);
    bool setActive(const QString &userName, bool active);
    bool unlock(const QString &userName);
    bool changeRole(const QString &userName, int role, const QString &squadCode, bool grant);

private:
    QString selectedUser() const;
    bool report(bool ok, const QString &error, const QString &done);

    data::Database &m_db;
    data::Session m_session;
    const data::Clock &m_clock;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_newName = nullptr;
    QLineEdit *m_newDisplay = nullptr;
    QComboBox *m_role = nullptr;
    QLineEdit *m_squad = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_status = nullptr;
};

} // namespace dd::ui
