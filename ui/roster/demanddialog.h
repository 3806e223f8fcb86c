// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/roster/rosterplanner.h"

#include <QDialog>
#include <map>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTableWidget;

namespace dd::data {
class Clock;
class Database;
class Session;
} // namespace dd::data

namespace dd::ui {

// The squad's demand: per post and shift the minimum and wanted headcount and how many must hold a
// skill, in three templates (weekday, weekend, holiday; holidays and swapped working days come from the
// working calendar), and event overlays that add graded zones (core / key / general) for a date range
// on top. Reads and writes through data::RosterRepository; changed() says whether anything was stored.
class DemandDialog : public QDialog
{
    Q_OBJECT
public:
    DemandDialog(data::Database &db, const data::Clock &clock, const data::Session &session,
                 const data::RosterContext &context, QWidget *parent = nullptr);

    bool changed() const { return m_changed; }
    QTableWidget *templateTable() const { return m_table; }
    QComboBox *dayKindBox() const { return m_dayKind; }
    QString lastMessage() const;

    // Stores the three templates as edited; false (message shown) when the store refuses.
    bool saveTemplates();
    // Stores a new overlay from the overlay form; false when refused or empty.
    bool addOverlay();
    QLineEdit *overlayName() const { return m_overlayName; }
    QDateEdit *overlayFrom() const { return m_overlayFrom; }
    QDateEdit *overlayTo() const { return m_overlayTo; }
    QTableWidget *overlayTable() const { return m_overlayTable; }

private:
    void showDayKind();
    void keepDayKind();
    void loadOverlays();
    void removeOverlay();
    void setMessage(const QString &text, bool error);
    void fillRows(QTableWidget *table, const std::vector<std::pair<int, int>> &pairs,
                  const std::vector<data::DemandTemplateRow> &rows);
    std::vector<data::DemandTemplateRow> readRows(QTableWidget *table) const;

    data::Database &m_db;
    const data::Clock &m_clock;
    const data::Session &m_session;
    data::RosterContext m_context;
    std::vector<std::pair<int, int>> m_pairs;        // (post, shift) rows of the template table
    std::vector<std::pair<int, int>> m_zonePairs;    // the same for the overlay table
    std::map<data::DayKind, std::vector<data::DemandTemplateRow>> m_templates;
    data::DayKind m_shown = data::DayKind::Weekday;
    std::vector<data::EventOverlay> m_overlays;
    bool m_changed = false;

    QComboBox *m_dayKind;
    QTableWidget *m_table;
    QListWidget *m_overlayList;
    QLineEdit *m_overlayName;
    QDateEdit *m_overlayFrom;
    QDateEdit *m_overlayTo;
    QTableWidget *m_overlayTable;
    QLabel *m_message;
};

} // namespace dd::ui
