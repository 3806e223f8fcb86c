// SPDX-License-Identifier: GPL-3.0-or-later
// Chinese text renders with a Simplified Chinese font: after applyApplicationFont() the Han glyphs of a
// label come from Noto Sans CJK SC (installed by scripts/install-deps.sh), not from whatever CJK face
// fontconfig picks for the locale (under LANG=C.UTF-8 that is not the SC face).
#include "ui/appearance.h"

#include <QApplication>
#include <QFontDatabase>
#include <QGlyphRun>
#include <QRawFont>
#include <QTest>
#include <QTextLayout>

class TestAppearance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void hanGlyphsComeFromTheScFace_data();
    void hanGlyphsComeFromTheScFace();
    void latinKeepsThePlatformFont();
};

namespace {

// The font families that draw text, in order of the glyph runs.
QStringList runFamilies(const QString &text, const QFont &font)
{
    QTextLayout layout(text, font);
    layout.beginLayout();
    layout.createLine();
    layout.endLayout();
    QStringList families;
    for (const QGlyphRun &run : layout.glyphRuns())
        families << run.rawFont().familyName();
    return families;
}

} // namespace

void TestAppearance::hanGlyphsComeFromTheScFace_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("district") << QStringLiteral("嘉定区");
    QTest::newRow("mixed") << QStringLiteral("JD102 南翔中队");
    // 骨 and 直 are drawn differently in Japanese and Chinese typography.
    QTest::newRow("jp/sc variant glyphs") << QStringLiteral("直属中队 骨干");
}

void TestAppearance::hanGlyphsComeFromTheScFace()
{
    QFETCH(QString, text);
    QVERIFY2(QFontDatabase::families().contains(QStringLiteral("Noto Sans CJK SC")),
             "fonts-noto-cjk is missing: run scripts/install-deps.sh");
    const QFont before = QApplication::font();
    dd::ui::applyApplicationFont();
    const QString han = text.section(QLatin1Char(' '), -1);
    const QStringList families = runFamilies(han, QApplication::font());
    QVERIFY(!families.isEmpty());
    for (const QString &family : families)
        QCOMPARE(family, QStringLiteral("Noto Sans CJK SC"));
    QApplication::setFont(before);
}

void TestAppearance::latinKeepsThePlatformFont()
{
    const QString platformFamily = QApplication::font().family();
    dd::ui::applyApplicationFont();
    QCOMPARE(QApplication::font().family(), platformFamily);
    QCOMPARE(QApplication::font().families().value(1), QStringLiteral("Noto Sans CJK SC"));
}

QTEST_MAIN(TestAppearance)
#include "tst_appearance.moc"
