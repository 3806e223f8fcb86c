// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/settings.h"

#include <QDir>
#include <QMetaEnum>
#include <QSettings>
#include <QStandardPaths>

namespace dd::data {

namespace {

struct KeySpec
{
    Settings::Key key;
    const char *name;
};

// The one table of keys and their names in the settings file.
constexpr KeySpec kKeys[] = {
    {Settings::Key::Language, "ui/language"},
    {Settings::Key::DatabasePath, "store/databasePath"},
    {Settings::Key::DistrictServerUrl, "sync/districtServerUrl"},
    {Settings::Key::NightlySyncTime, "sync/nightlyTime"},
    {Settings::Key::LastUserName, "session/lastUserName"},
    {Settings::Key::IdleLockMinutes, "session/idleLockMinutes"},
    {Settings::Key::MainWindowGeometry, "ui/mainWindowGeometry"},
    {Settings::Key::MainWindowState, "ui/mainWindowState"},
};

} // namespace

Settings::Settings(QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &iniFile, QObject *parent)
    : QObject(parent), m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QString Settings::keyName(Key key)
{
    for (const KeySpec &spec : kKeys)
        if (spec.key == key)
            return QString::fromLatin1(spec.name);
    Q_UNREACHABLE();
    return QString();
}

QVariant Settings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language:
        return QString();
    case Key::DatabasePath:
        return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
            .filePath(QStringLiteral("dutydesk.sqlite"));
    case Key::DistrictServerUrl:
        return QString();
    case Key::NightlySyncTime:
        return QTime(2, 0);
    case Key::IdleLockMinutes:
        return 10;
    case Key::LastUserName:
    case Key::MainWindowGeometry:
    case Key::MainWindowState:
        return QVariant();
    }
    return QVariant();
}

QVariant Settings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void Settings::setValue(Key key, const QVariant &value)
{
    if (m_settings->value(keyName(key), defaultValue(key)) == value)
        return;
    if (value == defaultValue(key))
        m_settings->remove(keyName(key));
    else
        m_settings->setValue(keyName(key), value);
    Q_EMIT changed(key);
}

QString Settings::language() const { return value(Key::Language).toString(); }
QString Settings::databasePath() const { return value(Key::DatabasePath).toString(); }
QUrl Settings::districtServerUrl() const { return QUrl(value(Key::DistrictServerUrl).toString()); }

QTime Settings::nightlySyncTime() const
{
    const QTime t = value(Key::NightlySyncTime).toTime();
    return t.isValid() ? t : defaultValue(Key::NightlySyncTime).toTime();
}

void Settings::sync() { m_settings->sync(); }

} // namespace dd::data
