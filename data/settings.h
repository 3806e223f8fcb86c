// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QString>
#include <QTime>
#include <QUrl>
#include <QVariant>

#include <memory>

class QSettings;

namespace dd::data {

// Typed, persistent console settings: one enum of keys, one table of defaults, a changed(key) signal.
// Construct with an explicit file for tests (a temporary INI); the default constructor uses the
// per-user configuration (organisation "DutyDesk", application "dutydesk").
class Settings : public QObject
{
    Q_OBJECT
public:
    enum class Key {
        Language,          // "" = follow the system locale, "zh_CN", "en"
        DatabasePath,      // the console's SQLite file
        DistrictServerUrl, // https://… of the district sync endpoint; empty = not configured
        NightlySyncTime,   // local time of the nightly sync, default 02:00
        LastUserName,      // remembered at sign-in
        IdleLockMinutes,   // lock the console after this many minutes without input; 0 = never
        MainWindowGeometry,
        MainWindowState,
    };
    Q_ENUM(Key)

    explicit Settings(QObject *parent = nullptr);
    explicit Settings(const QString &iniFile, QObject *parent = nullptr);
    ~Settings() override;

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant &value);
    static QVariant defaultValue(Key key);
    static QString keyName(Key key);

    QString language() const;
    QString databasePath() const;
    QUrl districtServerUrl() const;
    QTime nightlySyncTime() const;

    void sync();

Q_SIGNALS:
    void changed(dd::data::Settings::Key key);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace dd::data
