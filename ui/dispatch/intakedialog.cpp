// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dispatch/intakedialog.h"

#include "data/categoryrepository.h"
#include "data/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace dd::ui {

IntakeDialog::IntakeDialog(data::IncidentRepository &repository, const data::Session &session,
                           const std::vector<data::IncidentCategory> &categories, QWidget *parent)
    : QDialog(parent)
    , m_repository(repository)
    , m_session(session)
{
    setWindowTitle(tr("New incident"));
    auto *form = new QFormLayout;
    m_source = new QComboBox;
    for (const QString &key : data::incidentSourceKeys())
        m_source->addItem(data::incidentSourceName(key), key);
    m_source->setObjectName(QStringLiteral("intakeSource"));
    form->addRow(tr("&Source:"), m_source);
    m_ticket = new QLineEdit;
    m_ticket->setObjectName(QStringLiteral("intakeTicket"));
    m_ticket->setPlaceholderText(tr("the hotline's work-order number"));
    form->addRow(tr("&Ticket number:"), m_ticket);
    m_category = new QComboBox;
    m_category->setObjectName(QStringLiteral("intakeCategory"));
    m_limit = new QLabel;
    for (const data::IncidentCategory &c : categories) {
        m_category->addItem(QStringLiteral("%1 %2 · %3").arg(c.code, c.majorClass, c.name), c.code);
        const QString unit = c.limit.unit == data::LimitUnit::Minute ? tr("min")
            : c.limit.unit == data::LimitUnit::Hour                   ? tr("h")
                                                                      : tr("d");
        m_category->setItemData(m_category->count() - 1,
                                tr("%1 %2, counted in %3").arg(c.limit.amount).arg(unit, data::CategoryRepository::clockLabel(c.limit.clock)),
                                Qt::ToolTipRole);
    }
    form->addRow(tr("&Category:"), m_category);
    form->addRow(tr("Time limit:"), m_limit);
    m_description = new QPlainTextEdit;
    m_description->setObjectName(QStringLiteral("intakeDescription"));
    m_description->setMaximumHeight(80);
    form->addRow(tr("&Description:"), m_description);
    m_address = new QLineEdit;
    m_address->setObjectName(QStringLiteral("intakeAddress"));
    m_address->setPlaceholderText(tr("e.g. 嘉定区南翔镇…路…号: the town or community is matched"));
    form->addRow(tr("&Address:"), m_address);
    m_useCoordinates = new QCheckBox(tr("Coordinates (GCJ-02), or click on the map:"));
    m_lon = new QDoubleSpinBox;
    m_lat = new QDoubleSpinBox;
    for (QDoubleSpinBox *b : { m_lon, m_lat }) {
        b->setDecimals(6);
        b->setRange(-180, 180);
        b->setEnabled(false);
    }
    m_lon->setValue(121.25);
    m_lat->setValue(31.37);
    auto *coords = new QHBoxLayout;
    coords->addWidget(m_lon);
    coords->addWidget(m_lat);
    auto *locateButton = new QPushButton(tr("&Locate"));
    coords->addWidget(locateButton);
    form->addRow(m_useCoordinates, coords);
    m_location = new QLabel(tr("not located yet"));
    m_location->setObjectName(QStringLiteral("intakeLocation"));
    m_location->setWordWrap(true);
    form->addRow(tr("Cell / squad:"), m_location);
    m_urgent = new QCheckBox(tr("&Urgent (arrival within 30 minutes instead of 2 hours)"));
    form->addRow(QString(), m_urgent);
    m_reporterName = new QLineEdit;
    m_reporterPhone = new QLineEdit;
    form->addRow(tr("Reporter's &name:"), m_reporterName);
    form->addRow(tr("Reporter's &phone:"), m_reporterPhone);
    m_duplicates = new QListWidget;
    m_duplicates->setObjectName(QStringLiteral("intakeDuplicates"));
    m_duplicates->setMaximumHeight(90);
    m_duplicates->hide();
    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #a50e0e"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_duplicates);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_useCoordinates, &QCheckBox::toggled, m_lon, &QWidget::setEnabled);
    connect(m_useCoordinates, &QCheckBox::toggled, m_lat, &QWidget::setEnabled);
    connect(locateButton, &QPushButton::clicked, this, &IntakeDialog::locate);
    connect(buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        m_limit->setText(m_category->currentData(Qt::ToolTipRole).toString());
        m_duplicatesShown = false;
    });
    m_limit->setText(m_category->currentData(Qt::ToolTipRole).toString());
}

void IntakeDialog::setLocation(double lon, double lat)
{
    m_useCoordinates->setChecked(true);
    m_lon->setValue(lon);
    m_lat->setValue(lat);
    locate();
}

data::NewIncident IntakeDialog::incident() const
{
    data::NewIncident in;
    in.source = m_source->currentData().toString();
    in.ticketNo = m_ticket->text().trimmed();
    in.categoryCode = m_category->currentData().toString();
    in.description = m_description->toPlainText().trimmed();
    in.address = m_address->text().trimmed();
    if (m_useCoordinates->isChecked()) {
        in.lon = m_lon->value();
        in.lat = m_lat->value();
    }
    in.urgent = m_urgent->isChecked();
    in.reporterName = m_reporterName->text().trimmed();
    in.reporterPhone = m_reporterPhone->text().trimmed();
    return in;
}

void IntakeDialog::locate()
{
    const data::NewIncident in = incident();
    const data::CellLocator &locator = m_repository.locator();
    const data::LocatedCell *cell = nullptr;
    QString how;
    if (in.lon && in.lat) {
        cell = locator.at(*in.lon, *in.lat);
        how = tr("at the coordinates");
    } else if (auto match = locator.matchAddress(in.address)) {
        cell = match->cell;
        how = match->community ? tr("middle of community %1").arg(match->matchedName)
                               : tr("middle of town %1 (no community recognised)").arg(match->matchedName);
    }
    m_location->setText(cell ? tr("cell %1, %2").arg(cell->code, how)
                             : tr("not in the district's grid: give coordinates inside it, or an address naming a town or community"));
}

void IntakeDialog::save()
{
    const data::NewIncident in = incident();
    m_error->clear();
    if (!m_duplicatesShown) {
        auto dups = m_repository.duplicates(m_session, in);
        if (dups && !dups->empty()) {
            m_duplicates->clear();
            for (const data::DuplicateCandidate &d : dups.value())
                m_duplicates->addItem(tr("%1 · %2 · %3 · %4 m away").arg(d.ticketNo.isEmpty() ? tr("(no ticket)") : d.ticketNo, d.title,
                                                                       data::Workflow::statusName(d.status))
                                          .arg(qRound(d.metres)));
            m_duplicates->show();
            m_error->setText(tr("Possible duplicates (same category, nearby, open in the last 7 days) are listed above. "
                                "Save again to file a new incident anyway."));
            m_duplicatesShown = true;
            return;
        }
    }
    auto filed = m_repository.file(m_session, in);
    if (!filed) {
        m_error->setText(filed.errorMessage());
        return;
    }
    m_filedId = filed.value();
    accept();
}

} // namespace dd::ui
