// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/session.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace dd::data {
class Clock;
class Database;
} // namespace dd::data

namespace dd::ui {

// The user's own password change (forced after a reset, or chosen): current, new, repeated. The
// store checks the rules (length, reuse); its message is shown as it is.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    ChangePasswordDialog(data::Database &db, const QString &userName, const data::Clock &clock, bool forced,
                         QWidget *parent = nullptr);

    const data::Session &session() const { return m_session; }
    QString message() const;
    QLineEdit *currentEdit() const { return m_current; }
    QLineEdit *newEdit() const { return m_new; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    void submit();

private:
    data::Database &m_db;
    QString m_userName;
    const data::Clock &m_clock;
    data::Session m_session;
    QLineEdit *m_current = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace dd::ui
