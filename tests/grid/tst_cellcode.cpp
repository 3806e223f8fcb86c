// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/cellcode.h"

#include <QTest>

using dd::grid::CellCodeParts;
using dd::grid::CellCodeRule;

class TestCellCode : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void lengthsAreNormalised();
    void split_data();
    void split();
};

void TestCellCode::validate_data()
{
    QTest::addColumn<QString>("lengths"); // comma-separated; empty = default rule
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("reasonContains"); // empty = valid

    const QString standard;
    QTest::newRow("standard 15") << standard << QStringLiteral("310114102201001") << QString();
    QTest::newRow("empty") << standard << QString() << QStringLiteral("empty");
    QTest::newRow("14 by default") << standard << QStringLiteral("31011410220100")
                                   << QStringLiteral("has 14 digits; 15 are expected");
    QTest::newRow("16 by default") << standard << QStringLiteral("3101141022010011")
                                   << QStringLiteral("has 16 digits; 15 are expected");
    QTest::newRow("letter") << standard << QStringLiteral("3101141022010A1") << QStringLiteral("character 14 is \"A\"");
    QTest::newRow("space") << standard << QStringLiteral(" 31011410220100") << QStringLiteral("character 1 is \" \"");
    QTest::newRow("full-width digit") << standard << QStringLiteral("31011410220100\uFF11")
                                      << QStringLiteral("only the digits 0-9");
    QTest::newRow("other district") << standard << QStringLiteral("310115102201001")
                                    << QStringLiteral("start with the district code 310114");
    QTest::newRow("14 configured") << QStringLiteral("14,15") << QStringLiteral("31011410220101") << QString();
    QTest::newRow("15 with 14,15") << QStringLiteral("14,15") << QStringLiteral("310114102201001") << QString();
    QTest::newRow("16 not in 14,15") << QStringLiteral("14,15") << QStringLiteral("3101141022010011")
                                     << QStringLiteral("14 or 15 are expected");
    QTest::newRow("20 configured") << QStringLiteral("15,16,20") << QStringLiteral("31011410220100100001") << QString();
    QTest::newRow("14 not in 15,16,20") << QStringLiteral("15,16,20") << QStringLiteral("31011410220101")
                                        << QStringLiteral("15, 16 or 20 are expected");
    QTest::newRow("only 20: 15 rejected")
        << QStringLiteral("20") << QStringLiteral("310114102201001") << QStringLiteral("20 are expected");
    QTest::newRow("prefix checked for 16 too")
        << QStringLiteral("16") << QStringLiteral("3201141022010011") << QStringLiteral("district code 310114");
}

void TestCellCode::validate()
{
    QFETCH(QString, lengths);
    QFETCH(QString, code);
    QFETCH(QString, reasonContains);

    CellCodeRule rule(QStringLiteral("310114"));
    if (!lengths.isEmpty()) {
        std::vector<int> list;
        const QStringList parts = lengths.split(QLatin1Char(','));
        for (const QString &part : parts)
            list.push_back(part.toInt());
        rule.setAllowedLengths(list);
    }
    const QString reason = rule.validate(code);
    if (reasonContains.isEmpty()) {
        QVERIFY2(reason.isEmpty(), qPrintable(reason));
        QVERIFY(rule.isValid(code));
    } else {
        QVERIFY2(reason.contains(reasonContains), qPrintable(reason));
        QVERIFY(!rule.isValid(code));
    }
}

void TestCellCode::lengthsAreNormalised()
{
    CellCodeRule rule;
    QCOMPARE(rule.allowedLengths(), std::vector<int> { 15 });
    QVERIFY(rule.isValid(QStringLiteral("999999999999999"))); // no prefix configured
    rule.setAllowedLengths({ 20, 14, 0, 14, 99 });
    QCOMPARE(rule.allowedLengths(), (std::vector<int> { 14, 20 }));
    rule.setAllowedLengths({});
    QCOMPARE(rule.allowedLengths(), std::vector<int> { 15 });
}

void TestCellCode::split_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("district");
    QTest::addColumn<QString>("town");
    QTest::addColumn<QString>("community");
    QTest::addColumn<QString>("serial");
    QTest::newRow("nanxiang") << QStringLiteral("310114102201037") << true << QStringLiteral("310114")
                              << QStringLiteral("102") << QStringLiteral("201") << QStringLiteral("037");
    QTest::newRow("zhenxin") << QStringLiteral("310114002012999") << true << QStringLiteral("310114")
                             << QStringLiteral("002") << QStringLiteral("012") << QStringLiteral("999");
    QTest::newRow("14 digits") << QStringLiteral("31011410220103") << false << QString() << QString() << QString()
                               << QString();
    QTest::newRow("letter") << QStringLiteral("31011410220103X") << false << QString() << QString() << QString()
                            << QString();
}

void TestCellCode::split()
{
    QFETCH(QString, code);
    QFETCH(bool, ok);
    CellCodeParts parts;
    QCOMPARE(dd::grid::splitCellCode(code, &parts), ok);
    if (!ok)
        return;
    QFETCH(QString, district);
    QFETCH(QString, town);
    QFETCH(QString, community);
    QFETCH(QString, serial);
    QCOMPARE(parts.district, district);
    QCOMPARE(parts.town, town);
    QCOMPARE(parts.community, community);
    QCOMPARE(parts.serial, serial);
    QCOMPARE(parts.townCode(), code.left(9));
    QCOMPARE(parts.communityCode(), code.left(12));
}

QTEST_GUILESS_MAIN(TestCellCode)
#include "tst_cellcode.moc"
