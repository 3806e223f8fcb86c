// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/sync/syncpage.h"

#include "data/settings.h"

#include <QLabel>

namespace dd::ui {

SyncPage::SyncPage(data::Settings &settings, QWidget *parent)
    : PlaceholderPage(tr("Nightly sync"),
                      tr("This console works on its own database, also when the district network is down, and "
                         "exchanges its changes with the district server every night and on demand; conflicting "
                         "edits are resolved per field and the losing values are kept and shown."),
                      parent)
    , m_settings(settings)
{
    m_consoleId = addFact(tr("This console's id:"), QStringLiteral("syncConsoleId"));
    m_server = addFact(tr("District server:"), QStringLiteral("syncServer"));
    m_time = addFact(tr("Nightly sync time:"), QStringLiteral("syncTime"));
    m_status = addFact(tr("Status:"), QStringLiteral("syncStatus"));
    connect(&m_settings, &data::Settings::changed, this, &SyncPage::updateFromSettings);
    updateFromSettings();
}

void SyncPage::setDistrict(const data::Database *, const data::DistrictSummary *) { }

void SyncPage::setConsoleId(const QString &consoleId)
{
    m_consoleId->setText(consoleId.isEmpty() ? noValue() : consoleId);
}

QString SyncPage::syncStatusText(const data::Settings &settings)
{
    const QUrl url = settings.districtServerUrl();
    if (url.isEmpty())
        return tr("sync: not configured");
    return tr("sync: %1 nightly at %2 (not active in this release)")
        .arg(url.host(), settings.nightlySyncTime().toString(QStringLiteral("HH:mm")));
}

void SyncPage::updateFromSettings()
{
    const QUrl url = m_settings.districtServerUrl();
    m_server->setText(url.isEmpty() ? tr("not configured (File → Settings…)") : url.toDisplayString());
    m_time->setText(m_settings.nightlySyncTime().toString(QStringLiteral("HH:mm")));
    m_status->setText(syncStatusText(m_settings));
}

} // namespace dd::ui
