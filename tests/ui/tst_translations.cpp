// SPDX-License-Identifier: GPL-3.0-or-later
// The zh_CN translation is compiled, embedded in dutydesk_ui under :/i18n, chosen by installTranslators(),
// and complete: no unfinished entry, and every translation keeps its placeholders and accelerator.
#include "ui/translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>
#include <set>

using dd::ui::installTranslators;

class TestTranslations : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void embedded();
    void chinese_data();
    void chinese();
    void englishForced();
    void switching();
    void tsComplete();
};

namespace {

QString translate(const char *context, const char *text)
{
    return QCoreApplication::translate(context, text);
}

} // namespace

void TestTranslations::cleanup()
{
    installTranslators(QStringLiteral("en"));
}

void TestTranslations::embedded()
{
    // Resources of a static library are only there when its initializer is linked in: check the file.
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/dutydesk_zh_CN.qm")));
}

void TestTranslations::chinese_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("expected");
    QTest::newRow("menu") << QStringLiteral("dd::ui::MainWindow") << QStringLiteral("&File")
                          << QStringLiteral("文件(&F)");
    QTest::newRow("squads") << QStringLiteral("dd::ui::OverviewPage") << QStringLiteral("Squads")
                            << QStringLiteral("中队");
    QTest::newRow("officers") << QStringLiteral("dd::ui::SquadTableModel") << QStringLiteral("Officers")
                              << QStringLiteral("执法队员");
    QTest::newRow("grid cells") << QStringLiteral("dd::ui::TownTableModel") << QStringLiteral("Grid cells")
                                << QStringLiteral("网格数");
    QTest::newRow("qtbase") << QStringLiteral("QPlatformTheme") << QStringLiteral("Cancel") << QStringLiteral("取消");
}

void TestTranslations::chinese()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, expected);
    QCOMPARE(installTranslators(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    QCOMPARE(translate(context.toUtf8().constData(), source.toUtf8().constData()), expected);
}

void TestTranslations::englishForced()
{
    QCOMPARE(installTranslators(QStringLiteral("en")), QStringLiteral("en"));
    QCOMPARE(translate("dd::ui::MainWindow", "&File"), QStringLiteral("&File"));
}

void TestTranslations::switching()
{
    installTranslators(QStringLiteral("zh_CN"));
    installTranslators(QStringLiteral("zh_CN")); // a second call replaces, it does not stack
    QCOMPARE(QCoreApplication::instance()->findChildren<QTranslator *>().size(), 2);
    installTranslators(QStringLiteral("en"));
    QCOMPARE(translate("dd::ui::MainWindow", "&File"), QStringLiteral("&File"));
    QVERIFY(QCoreApplication::instance()->findChildren<QTranslator *>().isEmpty());
}

void TestTranslations::tsComplete()
{
    QFile file(QStringLiteral(DUTYDESK_SOURCE_DIR "/resources/i18n/dutydesk_zh_CN.ts"));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString context, source;
    int messages = 0;
    QStringList problems;
    static const QRegularExpression placeholder(QStringLiteral("%\\d"));
    const auto placeholders = [](const QString &text) {
        std::multiset<QString> found;
        auto it = placeholder.globalMatch(text);
        while (it.hasNext())
            found.insert(it.next().captured());
        return found;
    };
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1String("translation")) {
            const QString type = xml.attributes().value(QStringLiteral("type")).toString();
            if (type == QLatin1String("vanished") || type == QLatin1String("obsolete"))
                continue;
            const QString translation = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            ++messages;
            const QString where = context + QLatin1String(": ") + source;
            if (type == QLatin1String("unfinished") || translation.isEmpty())
                problems << QLatin1String("unfinished: ") + where;
            else if (placeholders(source) != placeholders(translation))
                problems << QLatin1String("placeholders differ: ") + where;
            else if (source.contains(QRegularExpression(QStringLiteral("&[A-Za-z]")))
                     != translation.contains(QRegularExpression(QStringLiteral("&[A-Za-z]"))))
                problems << QLatin1String("accelerator lost: ") + where;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
