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

// The locked console: only the signed-in user's password opens it again (failures count towards the
// account's lock-out). It cannot be closed or escaped; "Quit" ends the program.
class LockDialog : public QDialog
{
    Q_OBJECT
public:
    LockDialog(data::Database &db, const data::Session &session, const data::Clock &clock, QWidget *parent = nullptr);

    QLineEdit *passwordEdit() const { return m_password; }
    QString message() const;
    void submit();

Q_SIGNALS:
    void unlocked(const dd::data::Session &session);
    void quitRequested();

protected:
    void reject() override { } // Esc does not unlock
    void closeEvent(QCloseEvent *event) override;

private:
    data::Database &m_db;
    data::Session m_session;
    const data::Clock &m_clock;
    QLineEdit *m_password = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace dd::ui
