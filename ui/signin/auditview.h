// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/auditlog.h"
#include "data/auth/session.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace dd::data {
class Clock;
class Database;
} // namespace dd::data

namespace dd::ui {

class AuditTableModel;

// The supervisor's audit view: filters (dates, user, action, text), the matching entries newest
// first, and CSV export. Reading goes through AuditLog, so a user without ViewAudit sees the store's
// refusal instead of entries.
class AuditView : public QWidget
{
    Q_OBJECT
public:
    AuditView(data::Database &db, const data::Session &session, const data::Clock &clock, QWidget *parent = nullptr);

    data::AuditFilter filter() const;
    void setFilter(const data::AuditFilter &filter);
    void refresh();
    // Writes the current filter's entries to path; returns an error message, empty on success.
    QString exportCsv(const QString &path);

    AuditTableModel *model() const { return m_model; }
    QString status() const;

private:
    void chooseExportFile();

    data::Database &m_db;
    data::Session m_session;
    const data::Clock &m_clock;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_action = nullptr;
    QLineEdit *m_text = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    AuditTableModel *m_model = nullptr;
};

} // namespace dd::ui
