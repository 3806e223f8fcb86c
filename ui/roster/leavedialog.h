// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/roster/rosterplanner.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace dd::data {
class Clock;
class Database;
class Session;
} // namespace dd::data

namespace dd::ui {

// Leave (annual, sick, training, secondment, …) and officers' shift requests of the squad's period:
// lists, adds and removes them through data::RosterRepository. Leave overlapping a published roster is
// accepted and the roster flagged as needing re-planning (the dialog says which versions).
class LeaveDialog : public QDialog
{
    Q_OBJECT
public:
    LeaveDialog(data::Database &db, const data::Clock &clock, const data::Session &session,
                const data::RosterContext &context, QWidget *parent = nullptr);

    bool changed() const { return m_changed; }
    QString lastMessage() const;
    QTableWidget *leaveTable() const { return m_leaveTable; }
    QTableWidget *requestTable() const { return m_requestTable; }

    // From the forms (tests fill them through these).
    bool addLeave(const data::LeaveEntry &entry);
    bool addRequest(const data::ShiftRequestEntry &entry);

private:
    void reload();
    void addLeaveFromForm();
    void addRequestFromForm();
    void removeLeave();
    void removeRequest();
    void setMessage(const QString &text, bool error);
    QString officerName(const QString &id) const;

    data::Database &m_db;
    const data::Clock &m_clock;
    const data::Session &m_session;
    data::RosterContext m_context;
    std::vector<data::LeaveEntry> m_leave;
    std::vector<data::ShiftRequestEntry> m_requests;
    bool m_changed = false;

    QTableWidget *m_leaveTable;
    QComboBox *m_leaveOfficer;
    QDateEdit *m_leaveFrom;
    QDateEdit *m_leaveTo;
    QComboBox *m_leaveKind;
    QComboBox *m_leaveStatus;
    QLineEdit *m_leaveReason;
    QTableWidget *m_requestTable;
    QComboBox *m_requestOfficer;
    QDateEdit *m_requestDate;
    QComboBox *m_requestKind;
    QComboBox *m_requestShift;
    QSpinBox *m_requestWeight;
    QLabel *m_message;
};

} // namespace dd::ui
