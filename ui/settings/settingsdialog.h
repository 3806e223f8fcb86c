// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTimeEdit;

namespace dd::data {
class Settings;
}

namespace dd::ui {

// File → Settings…: edits the typed settings (language, database file, district server address,
// nightly sync time). Nothing is written until OK; OK stays disabled while the address is invalid.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    // settings must outlive the dialog.
    explicit SettingsDialog(data::Settings &settings, QWidget *parent = nullptr);

    // Why text is not an acceptable district server address; empty when it is (an empty text is
    // acceptable: sync not configured). Only https:// with a host is accepted: the console talks to
    // the district server over mutual TLS.
    static QString serverUrlProblem(const QString &text);

    // Writes the edited values to the settings; returns false (writing nothing) if they are invalid.
    bool apply();

    void accept() override;

private:
    void validate();
    void chooseDatabase();

    data::Settings &m_settings;
    QComboBox *m_language;
    QLineEdit *m_databasePath;
    QLineEdit *m_serverUrl;
    QLabel *m_serverProblem;
    QTimeEdit *m_syncTime;
    QDialogButtonBox *m_buttons;
};

} // namespace dd::ui
