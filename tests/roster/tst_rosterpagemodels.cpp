// SPDX-License-Identifier: GPL-3.0-or-later
// The Roster page's document and item models: every model under QAbstractItemModelTester while the
// roster is edited, undone and redone; violations and the coverage band follow each edit; a drop
// exchanges two cells; locks become pins for the planner.
#include "tests/roster/rosterpagefixture.h"
#include "ui/roster/coveragemodel.h"
#include "ui/roster/rosterdocument.h"
#include "ui/roster/rostertablemodel.h"
#include "ui/roster/violationmodel.h"

#include <QAbstractItemModelTester>
#include <QMimeData>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <memory>

using namespace dd;
namespace sch = dd::scheduling;
using rosterpagetest::Fixture;


class TestRosterPageModels : public QObject
{
    Q_OBJECT
private slots:
    void modelsPassTheTesterThroughEditsUndoAndReload();
    void tableShowsShiftPostLeaveAndLocks();
    void editUndoRestoresExactlyAndRedoReapplies();
    void violationsFollowEachEdit();
    void coverageBandMarksShortfallsInRed();
    void dropExchangesTwoCellsInOneUndoStep();
    void locksBecomePinsForPlanning();
    void changesAgainstPublishedAreListed();
};

void TestRosterPageModels::modelsPassTheTesterThroughEditsUndoAndReload()
{
    Fixture f;
    ui::RosterDocument document;
    ui::RosterTableModel table(&document);
    ui::CoverageModel coverage(&document);
    ui::ViolationModel violations(&document);
    QAbstractItemModelTester t1(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(&coverage, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(&violations, QAbstractItemModelTester::FailureReportingMode::QtTest);

    QCOMPARE(table.rowCount(), 0);
    document.load(f.problem, f.labels, Fixture::goodRoster());
    QCOMPARE(table.rowCount(), 3);
    QCOMPARE(table.columnCount(), 7);
    QCOMPARE(coverage.rowCount(), 1);
    QCOMPARE(coverage.columnCount(), 7);
    QVERIFY(table.setData(table.index(1, 0), 1));
    QVERIFY(table.setData(table.index(1, 1), 0));
    QVERIFY(table.setData(table.index(2, 3), QVariant()));
    QVERIFY(table.setData(table.index(0, 4), true, ui::RosterTableModel::LockedRole));
    document.swapCells(0, 0, 2, 0);
    while (document.undoStack()->canUndo())
        document.undoStack()->undo();
    while (document.undoStack()->canRedo())
        document.undoStack()->redo();
    document.load(f.problem, f.labels);
    QCOMPARE(table.rowCount(), 3);
    document.clear();
    QCOMPARE(table.rowCount(), 0);
    QCOMPARE(coverage.rowCount(), 0);
    QCOMPARE(violations.rowCount(), 0);
}

void TestRosterPageModels::tableShowsShiftPostLeaveAndLocks()
{
    Fixture f;
    ui::RosterDocument document;
    ui::RosterTableModel table(&document);
    document.load(f.problem, f.labels, Fixture::goodRoster());

    QCOMPARE(table.data(table.index(0, 0)).toString(), QStringLiteral("D P01"));
    QCOMPARE(table.data(table.index(0, 0), Qt::BackgroundRole).value<QBrush>().color(),
             QColor(QStringLiteral("#2196f3")).lighter(165));
    QCOMPARE(table.data(table.index(2, 2)).toString(), QStringLiteral("Annual"));
    QCOMPARE(table.data(table.index(1, 0)).toString(), QString());
    QCOMPARE(table.headerData(0, Qt::Vertical).toString(), QStringLiteral("王伟"));
    QVERIFY(table.headerData(0, Qt::Horizontal).toString().contains(QStringLiteral("12/7")));
    QCOMPARE(table.data(table.index(0, 0), Qt::EditRole).toInt(), 0);
    QCOMPARE(table.data(table.index(1, 0), Qt::EditRole).toInt(), sch::kOff);

    QVERIFY(!table.data(table.index(0, 3), ui::RosterTableModel::LockedRole).toBool());
    QVERIFY(table.setData(table.index(0, 3), true, ui::RosterTableModel::LockedRole));
    QVERIFY(table.data(table.index(0, 3), ui::RosterTableModel::LockedRole).toBool());
    QVERIFY(table.data(table.index(0, 3), Qt::FontRole).value<QFont>().bold());
    QVERIFY(table.data(table.index(0, 3), Qt::ToolTipRole).toString().contains(QStringLiteral("Locked")));
    // A shift index outside the problem is refused, not stored.
    QVERIFY(!table.setData(table.index(1, 1), 7));
    QCOMPARE(document.shift(1, 1), sch::kOff);
}

void TestRosterPageModels::editUndoRestoresExactlyAndRedoReapplies()
{
    Fixture f;
    ui::RosterDocument document;
    ui::RosterTableModel table(&document);
    document.load(f.problem, f.labels, Fixture::goodRoster());
    const sch::Roster before = document.roster();
    const long long objectiveBefore = document.evaluation().objective;
    QCOMPARE(document.undoStack()->count(), 0);

    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    QVERIFY(table.setData(table.index(0, 2), sch::kOff));  // clear Wednesday: D uncovered
    QVERIFY(table.setData(table.index(1, 2), 1));           // Li Na on N
    QVERIFY(changed.count() >= 2);
    QCOMPARE(document.shift(0, 2), sch::kOff);
    QCOMPARE(document.shift(1, 2), 1);
    QVERIFY(document.evaluation().objective > objectiveBefore);  // the uncovered day costs
    QCOMPARE(document.undoStack()->count(), 2);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.roster(), before);
    QCOMPARE(document.evaluation().objective, objectiveBefore);
    QCOMPARE(table.data(table.index(0, 2)).toString(), QStringLiteral("D P01"));

    document.undoStack()->redo();
    QCOMPARE(document.shift(0, 2), sch::kOff);
    QCOMPARE(document.shift(1, 2), sch::kOff);
    document.undoStack()->redo();
    QCOMPARE(document.shift(1, 2), 1);
    QCOMPARE(table.data(table.index(1, 2)).toString(), QStringLiteral("N P01"));

    // A no-op edit makes no undo step.
    QVERIFY(table.setData(table.index(1, 2), 1));
    QCOMPARE(document.undoStack()->count(), 2);
}

void TestRosterPageModels::violationsFollowEachEdit()
{
    Fixture f;
    ui::RosterDocument document;
    ui::RosterTableModel table(&document);
    ui::ViolationModel violations(&document);
    document.load(f.problem, f.labels, Fixture::goodRoster());
    QCOMPARE(violations.hardCount(), 0);

    // Night on Monday, then Tuesday's day shift: a night may not be followed by a day.
    document.setShift(0, 0, 1);
    QCOMPARE(violations.hardCount(), 1);
    int row = -1;
    for (int r = 0; r < violations.rowCount(); ++r)
        if (violations.data(violations.index(r, 0), ui::ViolationModel::HardRole).toBool())
            row = r;
    QVERIFY(row >= 0);
    QCOMPARE(violations.data(violations.index(row, 0), ui::ViolationModel::OfficerRole).toInt(), 0);
    QCOMPARE(violations.data(violations.index(row, 0), ui::ViolationModel::DayRole).toInt(), 1);
    QCOMPARE(violations.data(violations.index(row, ui::ViolationModel::OfficerColumn)).toString(), QStringLiteral("王伟"));
    QCOMPARE(violations.data(violations.index(row, ui::ViolationModel::RuleColumn)).toString(),
             ui::RosterDocument::ruleText(sch::Rule::Succession));
    QVERIFY(table.data(table.index(0, 1), ui::RosterTableModel::HardViolationRole).toBool());
    QVERIFY(!table.data(table.index(0, 2), ui::RosterTableModel::HardViolationRole).toBool());

    // Working on a day of leave is hard too.
    document.setShift(2, 2, 0);
    QCOMPARE(violations.hardCount(), 2);
    QVERIFY(table.data(table.index(2, 2), ui::RosterTableModel::HardViolationRole).toBool());

    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(violations.hardCount(), 0);
    QVERIFY(!table.data(table.index(0, 1), ui::RosterTableModel::HardViolationRole).toBool());
    for (int r = 0; r < violations.rowCount(); ++r)
        QVERIFY(!violations.data(violations.index(r, 0), ui::ViolationModel::HardRole).toBool());
}

void TestRosterPageModels::coverageBandMarksShortfallsInRed()
{
    Fixture f;
    ui::RosterDocument document;
    ui::CoverageModel coverage(&document);
    document.load(f.problem, f.labels, Fixture::goodRoster());
    QCOMPARE(coverage.totalShortfall(), 0);
    QCOMPARE(coverage.data(coverage.index(0, 3)).toString(), QStringLiteral("1/1"));
    QCOMPARE(coverage.headerData(0, Qt::Vertical).toString(), QStringLiteral("D P01"));

    document.setShift(0, 3, sch::kOff);
    QCOMPARE(coverage.totalShortfall(), 1);
    QCOMPARE(coverage.data(coverage.index(0, 3)).toString(), QStringLiteral("0/1"));
    QCOMPARE(coverage.data(coverage.index(0, 3), ui::CoverageModel::ShortfallRole).toInt(), 1);
    QCOMPARE(coverage.data(coverage.index(0, 3), Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb7, 0x1c, 0x1c));
    QCOMPARE(coverage.data(coverage.index(0, 2), ui::CoverageModel::ShortfallRole).toInt(), 0);

    document.setShift(2, 3, 0);  // someone else covers Thursday
    QCOMPARE(coverage.totalShortfall(), 0);
    QCOMPARE(coverage.data(coverage.index(0, 3)).toString(), QStringLiteral("1/1"));
}

void TestRosterPageModels::dropExchangesTwoCellsInOneUndoStep()
{
    Fixture f;
    ui::RosterDocument document;
    ui::RosterTableModel table(&document);
    document.load(f.problem, f.labels, Fixture::goodRoster());

    // Drag Wang Wei's Monday onto Li Na's Monday (empty): a move.
    std::unique_ptr<QMimeData> mime(table.mimeData({ table.index(0, 0) }));
    QVERIFY(mime);
    QVERIFY(table.canDropMimeData(mime.get(), Qt::CopyAction, -1, -1, table.index(1, 0)));
    QVERIFY(table.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, table.index(1, 0)));
    QCOMPARE(document.shift(0, 0), sch::kOff);
    QCOMPARE(document.shift(1, 0), 0);
    QCOMPARE(document.undoStack()->count(), 1);

    // Swap two officers' days: Li Na's Saturday (D) with Wang Wei's Saturday (off) then back.
    document.setShift(0, 5, 1);
    std::unique_ptr<QMimeData> second(table.mimeData({ table.index(0, 5) }));
    QVERIFY(table.dropMimeData(second.get(), Qt::CopyAction, -1, -1, table.index(1, 5)));
    QCOMPARE(document.shift(0, 5), 0);
    QCOMPARE(document.shift(1, 5), 1);

    document.undoStack()->undo();
    QCOMPARE(document.shift(0, 5), 1);
    QCOMPARE(document.shift(1, 5), 0);
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.roster(), Fixture::goodRoster());

    // Foreign data or a drop beside the cells is refused.
    QMimeData text;
    text.setText(QStringLiteral("0,0"));
    QVERIFY(!table.canDropMimeData(&text, Qt::CopyAction, -1, -1, table.index(1, 0)));
    QVERIFY(!table.dropMimeData(mime.get(), Qt::CopyAction, -1, -1, QModelIndex()));
}

void TestRosterPageModels::locksBecomePinsForPlanning()
{
    Fixture f;
    ui::RosterDocument document;
    document.load(f.problem, f.labels, Fixture::goodRoster());
    document.setLocked(0, 1, true);
    document.setLocked(1, 4, true);  // a locked day off
    sch::Problem planning = document.problemForPlanning(false);
    QCOMPARE(planning.pins.size(), std::size_t(2));
    QCOMPARE(planning.pins[0].officer, 0);
    QCOMPARE(planning.pins[0].day, 1);
    QCOMPARE(planning.pins[0].shift, 0);
    QCOMPARE(planning.pins[1].shift, sch::kOff);
    QVERIFY(planning.published.empty());

    // Re-planning also keeps the worked days and measures changes against the current roster.
    document.setWorkedDays(2);
    planning = document.problemForPlanning(true);
    QCOMPARE(planning.pins.size(), std::size_t(2 + 3 * 2 - 1));  // (0,1) is both locked and worked
    QCOMPARE(planning.published, document.roster());
    QVERIFY(planning.stabilityWeight > 0);

    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(!document.isLocked(0, 1));
    QCOMPARE(document.problemForPlanning(false).pins.size(), std::size_t(0));
}

void TestRosterPageModels::changesAgainstPublishedAreListed()
{
    Fixture f;
    ui::RosterDocument document;
    document.load(f.problem, f.labels, Fixture::goodRoster());
    document.setPublished(Fixture::goodRoster());
    QVERIFY(document.changesAgainstPublished().empty());
    document.swapCells(0, 3, 2, 3);
    const auto changes = document.changesAgainstPublished();
    QCOMPARE(changes.size(), std::size_t(2));
    QCOMPARE(changes[0].officer, 0);
    QCOMPARE(changes[0].beforeShift, 0);
    QCOMPARE(changes[0].afterShift, sch::kOff);
    QCOMPARE(changes[1].officer, 2);
    QCOMPARE(changes[1].afterShift, 0);
}

QTEST_MAIN(TestRosterPageModels)
#include "tst_rosterpagemodels.moc"
