// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/placeholderpage.h"

namespace dd::data {
class Settings;
}

namespace dd::ui {

// Nightly sync with the district server (a later release runs it); for now this console's identity
// and the configured server and time, kept current when the settings change.
class SyncPage : public PlaceholderPage
{
    Q_OBJECT
public:
    // settings must outlive the page.
    explicit SyncPage(data::Settings &settings, QWidget *parent = nullptr);
    void setDistrict(const data::Database *db, const data::DistrictSummary *summary) override;
    void setConsoleId(const QString &consoleId);

    // "not configured", or the server's host and the nightly time: shared with the status bar.
    static QString syncStatusText(const data::Settings &settings);

private:
    void updateFromSettings();

    data::Settings &m_settings;
    QLabel *m_consoleId;
    QLabel *m_server;
    QLabel *m_time;
    QLabel *m_status;
};

} // namespace dd::ui
