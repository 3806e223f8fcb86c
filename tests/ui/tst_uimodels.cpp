// SPDX-License-Identifier: GPL-3.0-or-later
// The overview's item models: Qt's model contract (QAbstractItemModelTester) and what each cell shows.
#include "ui/overview/squadtablemodel.h"
#include "ui/overview/towntablemodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using dd::data::DistrictSummary;
using dd::ui::SquadTableModel;
using dd::ui::TownTableModel;

namespace {

// Fixture text: towns "code name communities cells; …", squads "code name townCode|- officers; …".
DistrictSummary parse(const QString &towns, const QString &squads)
{
    DistrictSummary s;
    s.code = QStringLiteral("310114");
    s.name = QStringLiteral("嘉定区");
    for (const QString &row : towns.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        s.towns.push_back({ f.at(0), f.at(1), f.at(2).toInt(), f.at(3).toInt() });
        s.cellCount += f.at(3).toInt();
    }
    for (const QString &row : squads.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        const QStringList f = row.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const QString town = f.at(2) == QLatin1String("-") ? QString() : f.at(2);
        s.squads.push_back({ f.at(0), f.at(1), town, f.at(3).toInt() });
        s.officerCount += f.at(3).toInt();
    }
    return s;
}

} // namespace

class TestUiModels : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void squads_data();
    void squads();
    void towns_data();
    void towns();
    void resetAndClear();
    void headers();
};

void TestUiModels::squads_data()
{
    QTest::addColumn<QString>("towns");
    QTest::addColumn<QString>("squads");
    QTest::addColumn<QStringList>("expectedTownColumn");
    QTest::addColumn<int>("expectedTotal");

    QTest::newRow("empty") << QString() << QString() << QStringList() << 0;
    QTest::newRow("one town squad") << QStringLiteral("310114102 南翔镇 25 812")
                                    << QStringLiteral("Z102 南翔中队 310114102 41")
                                    << QStringList { QStringLiteral("南翔镇") } << 41;
    QTest::newRow("bureau squad and unknown town")
        << QStringLiteral("310114102 南翔镇 25 812; 310114103 安亭镇 30 1020")
        << QStringLiteral("Z000 直属中队 - 38; Z103 安亭中队 310114103 44; Z999 测试中队 310114999 1")
        << QStringList { QStringLiteral("District bureau"), QStringLiteral("安亭镇"), QStringLiteral("310114999") }
        << 83;
}

void TestUiModels::squads()
{
    QFETCH(QString, towns);
    QFETCH(QString, squads);
    QFETCH(QStringList, expectedTownColumn);
    QFETCH(int, expectedTotal);

    SquadTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DistrictSummary summary = parse(towns, squads);
    model.setData(summary);

    QCOMPARE(model.rowCount(), int(summary.squads.size()));
    QCOMPARE(model.columnCount(), int(SquadTableModel::NUM_COLUMNS));
    QCOMPARE(model.totalOfficers(), expectedTotal);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &squad = summary.squads[size_t(row)];
        QCOMPARE(model.index(row, SquadTableModel::CodeColumn).data().toString(), squad.code);
        QCOMPARE(model.index(row, SquadTableModel::NameColumn).data().toString(), squad.name);
        QCOMPARE(model.index(row, SquadTableModel::TownColumn).data().toString(), expectedTownColumn.at(row));
        const QModelIndex officers = model.index(row, SquadTableModel::OfficersColumn);
        QCOMPARE(officers.data(SquadTableModel::SortRole).toInt(), squad.officerCount);
        QCOMPARE(officers.data(SquadTableModel::SortRole).typeId(), QMetaType::Int); // sorts as a number
        QVERIFY(officers.data(Qt::TextAlignmentRole).value<Qt::Alignment>() & Qt::AlignRight);
    }
}

void TestUiModels::towns_data()
{
    QTest::addColumn<QString>("towns");
    QTest::addColumn<int>("expectedCommunities");
    QTest::addColumn<int>("expectedCells");

    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("one") << QStringLiteral("310114001 新成路街道 18 96") << 18 << 96;
    QTest::newRow("three") << QStringLiteral(
        "310114001 新成路街道 18 96; 310114102 南翔镇 25 812; 310114103 安亭镇 30 1020")
                           << 73 << 1928;
}

void TestUiModels::towns()
{
    QFETCH(QString, towns);
    QFETCH(int, expectedCommunities);
    QFETCH(int, expectedCells);

    TownTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const DistrictSummary summary = parse(towns, QString());
    model.setData(summary);

    QCOMPARE(model.rowCount(), int(summary.towns.size()));
    QCOMPARE(model.totalCommunities(), expectedCommunities);
    QCOMPARE(model.totalCells(), expectedCells);
    for (int row = 0; row < model.rowCount(); ++row) {
        const auto &town = summary.towns[size_t(row)];
        QCOMPARE(model.index(row, TownTableModel::CodeColumn).data().toString(), town.code);
        QCOMPARE(model.index(row, TownTableModel::NameColumn).data().toString(), town.name);
        QCOMPARE(model.index(row, TownTableModel::CommunitiesColumn).data(TownTableModel::SortRole).toInt(),
                 town.communityCount);
        QCOMPARE(model.index(row, TownTableModel::CellsColumn).data(TownTableModel::SortRole).toInt(), town.cellCount);
        QCOMPARE(model.index(row, TownTableModel::CellsColumn).data().toString(), QLocale().toString(town.cellCount));
    }
}

void TestUiModels::resetAndClear()
{
    SquadTableModel squads;
    TownTableModel towns;
    QAbstractItemModelTester squadTester(&squads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester townTester(&towns, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy squadResets(&squads, &QAbstractItemModel::modelReset);
    QSignalSpy townResets(&towns, &QAbstractItemModel::modelReset);

    const DistrictSummary first = parse(QStringLiteral("310114102 南翔镇 25 812; 310114103 安亭镇 30 1020"),
                                        QStringLiteral("Z102 南翔中队 310114102 41; Z103 安亭中队 310114103 44"));
    squads.setData(first);
    towns.setData(first);
    QCOMPARE(squads.rowCount(), 2);
    QCOMPARE(towns.rowCount(), 2);

    const DistrictSummary second
        = parse(QStringLiteral("310114001 新成路街道 18 96"), QStringLiteral("Z001 新成路中队 310114001 30"));
    squads.setData(second);
    towns.setData(second);
    QCOMPARE(squads.rowCount(), 1);
    QCOMPARE(squads.index(0, SquadTableModel::TownColumn).data().toString(), QStringLiteral("新成路街道"));
    QCOMPARE(towns.index(0, TownTableModel::CellsColumn).data(TownTableModel::SortRole).toInt(), 96);

    squads.clear();
    towns.clear();
    QCOMPARE(squads.rowCount(), 0);
    QCOMPARE(towns.rowCount(), 0);
    QCOMPARE(squadResets.count(), 3);
    QCOMPARE(townResets.count(), 3);
}

void TestUiModels::headers()
{
    SquadTableModel squads;
    TownTableModel towns;
    for (int c = 0; c < SquadTableModel::NUM_COLUMNS; ++c)
        QVERIFY(!squads.headerData(c, Qt::Horizontal).toString().isEmpty());
    for (int c = 0; c < TownTableModel::NUM_COLUMNS; ++c)
        QVERIFY(!towns.headerData(c, Qt::Horizontal).toString().isEmpty());
    QCOMPARE(squads.headerData(SquadTableModel::OfficersColumn, Qt::Horizontal).toString(), QStringLiteral("Officers"));
    QCOMPARE(towns.headerData(TownTableModel::CellsColumn, Qt::Horizontal).toString(), QStringLiteral("Grid cells"));
}

QTEST_GUILESS_MAIN(TestUiModels)
#include "tst_uimodels.moc"
