// SPDX-License-Identifier: GPL-3.0-or-later
// File → Settings…: the edited values persist through data::Settings (a temporary INI), invalid server
// addresses are refused, and Cancel writes nothing.
#include "data/settings.h"
#include "ui/settings/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using dd::data::Settings;
using dd::ui::SettingsDialog;

class TestSettingsDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void serverUrl_data();
    void serverUrl();
    void roundTrip_data();
    void roundTrip();
    void invalidAddressBlocksOk();
    void cancelWritesNothing();

private:
    template<typename T> static T *child(QWidget &dialog, const char *name)
    {
        T *widget = dialog.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_ini;
};

void TestSettingsDialog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_ini = m_dir->filePath(QStringLiteral("dutydesk.ini"));
}

void TestSettingsDialog::serverUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("acceptable");
    QTest::newRow("empty: not configured") << QString() << true;
    QTest::newRow("blank") << QStringLiteral("   ") << true;
    QTest::newRow("https host") << QStringLiteral("https://sync.jiading.example.gov.cn") << true;
    QTest::newRow("https ip port path") << QStringLiteral("https://10.20.0.5:8443/dutydesk/") << true;
    QTest::newRow("http") << QStringLiteral("http://sync.example.gov.cn") << false;
    QTest::newRow("no scheme") << QStringLiteral("sync.example.gov.cn") << false;
    QTest::newRow("ftp") << QStringLiteral("ftp://sync.example.gov.cn") << false;
    QTest::newRow("no host") << QStringLiteral("https://") << false;
    QTest::newRow("credentials") << QStringLiteral("https://admin:secret@sync.example.gov.cn") << false;
    QTest::newRow("spaces") << QStringLiteral("https://sync example") << false;
}

void TestSettingsDialog::serverUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, acceptable);
    QCOMPARE(SettingsDialog::serverUrlProblem(text).isEmpty(), acceptable);
}

void TestSettingsDialog::roundTrip_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("url");
    QTest::addColumn<QTime>("time");
    QTest::newRow("chinese, server, 03:30")
        << QStringLiteral("zh_CN") << QStringLiteral("https://sync.example.gov.cn:8443") << QTime(3, 30);
    QTest::newRow("english, no server, 23:15") << QStringLiteral("en") << QString() << QTime(23, 15);
    QTest::newRow("system, server, midnight") << QString() << QStringLiteral("https://10.0.0.9") << QTime(0, 0);
}

void TestSettingsDialog::roundTrip()
{
    QFETCH(QString, language);
    QFETCH(QString, url);
    QFETCH(QTime, time);
    const QString database = m_dir->filePath(QStringLiteral("squad-102.sqlite"));
    {
        Settings settings(m_ini);
        QSignalSpy changed(&settings, &Settings::changed);
        SettingsDialog dialog(settings);
        auto *combo = child<QComboBox>(dialog, "languageCombo");
        combo->setCurrentIndex(combo->findData(language));
        QVERIFY(combo->currentIndex() >= 0);
        child<QLineEdit>(dialog, "databasePathEdit")->setText(database);
        child<QLineEdit>(dialog, "serverUrlEdit")->setText(url);
        child<QTimeEdit>(dialog, "syncTimeEdit")->setTime(time);
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!changed.isEmpty()); // the window listens to changed(key)
    }
    // A fresh instance reads the file: the values really were persisted.
    Settings reread(m_ini);
    QCOMPARE(reread.language(), language);
    QCOMPARE(reread.databasePath(), database);
    QCOMPARE(reread.districtServerUrl(), QUrl(url));
    QCOMPARE(reread.nightlySyncTime(), time);

    // And the dialog shows what is stored.
    SettingsDialog again(reread);
    QCOMPARE(child<QComboBox>(again, "languageCombo")->currentData().toString(), language);
    QCOMPARE(child<QLineEdit>(again, "serverUrlEdit")->text(), url);
    QCOMPARE(child<QTimeEdit>(again, "syncTimeEdit")->time(), time);
}

void TestSettingsDialog::invalidAddressBlocksOk()
{
    Settings settings(m_ini);
    SettingsDialog dialog(settings);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *url = child<QLineEdit>(dialog, "serverUrlEdit");
    url->setText(QStringLiteral("http://sync.example.gov.cn"));
    QVERIFY(!ok->isEnabled());
    QVERIFY(!dialog.apply());
    QVERIFY(settings.districtServerUrl().isEmpty());
    url->setText(QStringLiteral("https://sync.example.gov.cn"));
    QVERIFY(ok->isEnabled());
    QVERIFY(dialog.apply());
    QCOMPARE(settings.districtServerUrl(), QUrl(QStringLiteral("https://sync.example.gov.cn")));
}

void TestSettingsDialog::cancelWritesNothing()
{
    Settings settings(m_ini);
    SettingsDialog dialog(settings);
    child<QLineEdit>(dialog, "serverUrlEdit")->setText(QStringLiteral("https://sync.example.gov.cn"));
    child<QTimeEdit>(dialog, "syncTimeEdit")->setTime(QTime(4, 45));
    dialog.reject();
    Settings reread(m_ini);
    QVERIFY(reread.districtServerUrl().isEmpty());
    QCOMPARE(reread.nightlySyncTime(), QTime(2, 0));
}

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
