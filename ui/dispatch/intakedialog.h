// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/incidents/incidentrepository.h"

#include <QDialog>
#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace dd::data {
class Session;
}

namespace dd::ui {

// The intake form of a new incident: source, ticket, category (with its time limit), description,
// location by coordinates (or a map click, given to setLocation) or an address matched to a
// community, urgency, reporter. "Locate" shows the cell, town and squad; saving first lists the
// duplicates (same category, nearby, recent, open) and asks before filing another.
class IntakeDialog : public QDialog
{
    Q_OBJECT
public:
    IntakeDialog(data::IncidentRepository &repository, const data::Session &session,
                 const std::vector<data::IncidentCategory> &categories, QWidget *parent = nullptr);

    void setLocation(double lon, double lat);
    data::NewIncident incident() const;
    QString filedId() const { return m_filedId; }

private:
    void locate();
    void save();

    data::IncidentRepository &m_repository;
    const data::Session &m_session;
    QComboBox *m_source;
    QLineEdit *m_ticket;
    QComboBox *m_category;
    QLabel *m_limit;
    QPlainTextEdit *m_description;
    QLineEdit *m_address;
    QCheckBox *m_useCoordinates;
    QDoubleSpinBox *m_lon;
    QDoubleSpinBox *m_lat;
    QLabel *m_location;
    QCheckBox *m_urgent;
    QLineEdit *m_reporterName;
    QLineEdit *m_reporterPhone;
    QListWidget *m_duplicates;
    QLabel *m_error;
    bool m_duplicatesShown = false;
    QString m_filedId;
};

} // namespace dd::ui
