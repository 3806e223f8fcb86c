// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/settings/settingsdialog.h"

#include "data/settings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimeEdit>
#include <QUrl>
#include <QVBoxLayout>

namespace dd::ui {

SettingsDialog::SettingsDialog(data::Settings &settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_databasePath(new QLineEdit(this))
    , m_serverUrl(new QLineEdit(this))
    , m_serverProblem(new QLabel(this))
    , m_syncTime(new QTimeEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Settings"));

    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Language names are written in their own language so a user who cannot read the current one
    // still finds theirs.
    m_language->addItem(tr("System language"), QString());
    m_language->addItem(QStringLiteral("简体中文"), QStringLiteral("zh_CN"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    const int languageIndex = m_language->findData(m_settings.language());
    m_language->setCurrentIndex(languageIndex < 0 ? 0 : languageIndex);
    auto *languageNote = new QLabel(tr("Applies after DutyDesk is restarted."), this);
    languageNote->setEnabled(false);

    m_databasePath->setObjectName(QStringLiteral("databasePathEdit"));
    m_databasePath->setText(QDir::toNativeSeparators(m_settings.databasePath()));
    auto *browse = new QPushButton(tr("Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &SettingsDialog::chooseDatabase);
    auto *databaseRow = new QHBoxLayout;
    databaseRow->addWidget(m_databasePath, 1);
    databaseRow->addWidget(browse);

    m_serverUrl->setObjectName(QStringLiteral("serverUrlEdit"));
    m_serverUrl->setPlaceholderText(tr("https://sync.example.gov.cn (empty: sync not configured)"));
    m_serverUrl->setText(m_settings.districtServerUrl().toString());
    m_serverProblem->setObjectName(QStringLiteral("serverUrlProblem"));
    m_serverProblem->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_serverProblem->setWordWrap(true);

    m_syncTime->setObjectName(QStringLiteral("syncTimeEdit"));
    m_syncTime->setDisplayFormat(QStringLiteral("HH:mm"));
    m_syncTime->setTime(m_settings.nightlySyncTime());

    auto *form = new QFormLayout;
    form->addRow(tr("Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Database file:"), databaseRow);
    form->addRow(tr("District server address:"), m_serverUrl);
    form->addRow(QString(), m_serverProblem);
    form->addRow(tr("Nightly sync time:"), m_syncTime);

    connect(m_serverUrl, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_databasePath, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    resize(640, sizeHint().height());
    validate();
}

QString SettingsDialog::serverUrlProblem(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return tr("This is not a valid address.");
    if (url.scheme() != QLatin1String("https"))
        return tr("The address must start with https:// (the district server only accepts TLS).");
    if (url.host().isEmpty())
        return tr("The address names no server.");
    if (!url.userInfo().isEmpty())
        return tr("Do not put a user name or password in the address; consoles sign in with their certificate.");
    return QString();
}

void SettingsDialog::validate()
{
    const QString problem = serverUrlProblem(m_serverUrl->text());
    m_serverProblem->setText(problem);
    m_serverProblem->setVisible(!problem.isEmpty());
    const bool databaseOk = !m_databasePath->text().trimmed().isEmpty();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty() && databaseOk);
}

void SettingsDialog::chooseDatabase()
{
    // A save dialog (without the overwrite question) lets the user name a file that does not exist yet.
    const QString path = QFileDialog::getSaveFileName(this, tr("Database file"), m_databasePath->text(),
                                                      tr("DutyDesk database (*.sqlite *.db);;All files (*)"), nullptr,
                                                      QFileDialog::DontConfirmOverwrite);
    if (!path.isEmpty())
        m_databasePath->setText(QDir::toNativeSeparators(path));
}

bool SettingsDialog::apply()
{
    const QString databasePath = QDir::fromNativeSeparators(m_databasePath->text().trimmed());
    if (!serverUrlProblem(m_serverUrl->text()).isEmpty() || databasePath.isEmpty())
        return false;
    m_settings.setValue(data::Settings::Key::Language, m_language->currentData().toString());
    m_settings.setValue(data::Settings::Key::DatabasePath, databasePath);
    m_settings.setValue(data::Settings::Key::DistrictServerUrl, m_serverUrl->text().trimmed());
    m_settings.setValue(data::Settings::Key::NightlySyncTime, m_syncTime->time());
    m_settings.sync();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace dd::ui
