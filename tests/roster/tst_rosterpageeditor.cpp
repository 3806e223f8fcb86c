// SPDX-License-Identifier: GPL-3.0-or-later
// The Roster page's editor on the offscreen platform with the real solver on its worker thread: a
// plan fills the table without a hard violation and is one undo step; Cancel leaves the roster as it
// was; "keep best so far" takes the solver's best; locked cells and worked days survive re-planning;
// clicking a broken rule selects its cell.
#include "tests/roster/rosterpagefixture.h"
#include "ui/roster/rosterdocument.h"
#include "ui/roster/rostereditor.h"
#include "ui/roster/rostertablemodel.h"
#include "ui/roster/violationmodel.h"

#include <QAction>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

using namespace dd;
namespace sch = dd::scheduling;
using rosterpagetest::Fixture;

namespace {

bool allOff(const sch::Roster &roster)
{
    for (const auto &row : roster)
        for (int s : row)
            if (s != sch::kOff)
                return false;
    return true;
}

// A fortnight for six officers, so that a plan has room to choose (and a long run something to do).
Fixture biggerFixture()
{
    Fixture f;
    f.problem.days = 14;
    while (f.problem.officers.size() < 6) {
        sch::Officer o = f.problem.officers[0];
        o.id = "o" + std::to_string(f.problem.officers.size());
        f.problem.officers.push_back(o);
        f.labels.officers.push_back({ QString::fromStdString(o.id), QString(), QString::fromStdString(o.id), true });
    }
    f.problem.demands.clear();
    for (int day = 0; day < 14; ++day)
        for (int shift = 0; shift < 2; ++shift) {
            sch::Demand demand;
            demand.day = day;
            demand.shift = shift;
            demand.minimum = 1;
            demand.target = 2;
            demand.weightBelowTarget = 5;
            f.problem.demands.push_back(demand);
        }
    f.labels.absence.clear();
    return f;
}

} // namespace

class TestRosterPageEditor : public QObject
{
    Q_OBJECT
private slots:
    void planRunsOnAWorkerAndIsOneUndoStep();
    void cancelLeavesTheRosterAsItWas();
    void keepBestSoFarTakesTheSolversBest();
    void locksAndWorkedDaysSurviveReplanning();
    void clickingABrokenRuleSelectsItsCell();
    void readOnlyEditorOffersNoEdits();
    void deleteKeyClearsCellsOnlyInTheTable();
};

void TestRosterPageEditor::planRunsOnAWorkerAndIsOneUndoStep()
{
    Fixture f;
    ui::RosterEditor editor;
    editor.resize(1200, 700);
    editor.show();
    editor.document()->load(f.problem, f.labels);
    editor.setTimeLimit(2);
    editor.setStopAtZeroCost(true);
    QVERIFY(allOff(editor.document()->roster()));

    QSignalSpy planned(&editor, &ui::RosterEditor::planned);
    editor.planAction()->trigger();
    QVERIFY(editor.isPlanning());
    QVERIFY(!editor.planAction()->isEnabled());
    QVERIFY(editor.cancelAction()->isEnabled());
    QVERIFY(planned.wait(20000));
    QCOMPARE(planned.first().at(0).toBool(), true);
    QVERIFY(!editor.isPlanning());
    QCOMPARE(editor.document()->review().hardViolations, 0);
    QVERIFY(!allOff(editor.document()->roster()));
    // Every day's D is covered: the coverage band has no shortfall.
    for (int day = 0; day < 7; ++day) {
        int onD = 0;
        for (int o = 0; o < 3; ++o)
            onD += editor.document()->shift(o, day) == 0 ? 1 : 0;
        QVERIFY2(onD >= 1, qPrintable(QStringLiteral("day %1 uncovered").arg(day)));
    }
    QCOMPARE(editor.document()->undoStack()->count(), 1);
    editor.undoAction()->trigger();
    QVERIFY(allOff(editor.document()->roster()));
}

void TestRosterPageEditor::cancelLeavesTheRosterAsItWas()
{
    Fixture f = biggerFixture();
    ui::RosterEditor editor;
    editor.show();
    editor.document()->load(f.problem, f.labels);
    editor.setTimeLimit(60);
    QSignalSpy planned(&editor, &ui::RosterEditor::planned);
    editor.plan();
    QTest::qWait(300);
    editor.cancelAction()->trigger();
    QVERIFY(planned.wait(10000));
    QCOMPARE(planned.first().at(0).toBool(), false);
    QVERIFY(allOff(editor.document()->roster()));
    QCOMPARE(editor.document()->undoStack()->count(), 0);
    QVERIFY(editor.planAction()->isEnabled());
}

void TestRosterPageEditor::keepBestSoFarTakesTheSolversBest()
{
    Fixture f = biggerFixture();
    ui::RosterEditor editor;
    editor.show();
    editor.document()->load(f.problem, f.labels);
    editor.setTimeLimit(60);
    QSignalSpy planned(&editor, &ui::RosterEditor::planned);
    editor.plan();
    QTest::qWait(500);
    editor.keepBestAction()->trigger();
    QVERIFY(planned.wait(10000));
    QCOMPARE(planned.first().at(0).toBool(), true);
    QVERIFY(!allOff(editor.document()->roster()));
    QCOMPARE(editor.document()->undoStack()->count(), 1);
}

void TestRosterPageEditor::locksAndWorkedDaysSurviveReplanning()
{
    Fixture f = biggerFixture();
    ui::RosterEditor editor;
    editor.show();
    editor.document()->load(f.problem, f.labels);
    editor.setTimeLimit(2);
    QSignalSpy planned(&editor, &ui::RosterEditor::planned);
    editor.plan();
    QVERIFY(planned.wait(20000));
    const sch::Roster first = editor.document()->roster();
    editor.document()->setPublished(first);
    editor.document()->setWorkedDays(3);

    // Lock a cell the plan did not choose: officer 5 off where it worked, or on N where it was off.
    const int day = 9;
    const int lockedShift = first[5][std::size_t(day)] == sch::kOff ? 1 : sch::kOff;
    editor.document()->setShift(5, day, lockedShift);
    editor.document()->setLocked(5, day, true);

    planned.clear();
    editor.replanAction()->trigger();
    QVERIFY(planned.wait(20000));
    QCOMPARE(planned.first().at(1).toBool(), true);
    const sch::Roster &after = editor.document()->roster();
    QCOMPARE(after[5][std::size_t(day)], lockedShift);
    QVERIFY(editor.document()->isLocked(5, day));
    for (int o = 0; o < 6; ++o)
        for (int d = 0; d < 3; ++d)
            QCOMPARE(after[std::size_t(o)][std::size_t(d)], first[std::size_t(o)][std::size_t(d)]);
    // The changes against the published version are listed; the locked cell is among them.
    bool listed = false;
    for (const ui::CellChange &c : editor.document()->changesAgainstPublished())
        listed = listed || (c.officer == 5 && c.day == day);
    QVERIFY(listed);
}

void TestRosterPageEditor::clickingABrokenRuleSelectsItsCell()
{
    Fixture f;
    ui::RosterEditor editor;
    editor.resize(1200, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.document()->load(f.problem, f.labels, Fixture::goodRoster());
    editor.document()->setShift(1, 3, 1);  // night on Thursday
    editor.document()->setShift(1, 4, 0);  // then a day shift on Friday: succession broken
    ui::ViolationModel *violations = editor.violationModel();
    int row = -1;
    for (int r = 0; r < violations->rowCount(); ++r)
        if (violations->data(violations->index(r, 0), ui::ViolationModel::HardRole).toBool())
            row = r;
    QVERIFY(row >= 0);
    QTableView *view = editor.violationView();
    const QRect rect = view->visualRect(violations->index(row, ui::ViolationModel::RuleColumn));
    QVERIFY(rect.isValid());
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    const QModelIndex current = editor.tableView()->currentIndex();
    QCOMPARE(current.row(), 1);
    QCOMPARE(current.column(), 4);
    QVERIFY(editor.tableView()->selectionModel()->isSelected(current));
}

void TestRosterPageEditor::readOnlyEditorOffersNoEdits()
{
    Fixture f;
    ui::RosterEditor editor;
    editor.document()->load(f.problem, f.labels, Fixture::goodRoster());
    editor.setEditable(false);
    QVERIFY(!editor.planAction()->isEnabled());
    QVERIFY(!editor.replanAction()->isEnabled());
    QCOMPARE(editor.tableView()->editTriggers(), QAbstractItemView::NoEditTriggers);
    editor.plan();
    QVERIFY(!editor.isPlanning());
}

void TestRosterPageEditor::deleteKeyClearsCellsOnlyInTheTable()
{
    Fixture f;
    ui::RosterEditor editor;
    editor.resize(1200, 700);
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    editor.document()->load(f.problem, f.labels, Fixture::goodRoster());
    editor.selectCell(0, 1);
    editor.tableView()->setFocus();
    QTest::keyClick(editor.tableView(), Qt::Key_Delete);
    QCOMPARE(editor.document()->shift(0, 1), sch::kOff);
    QCOMPARE(editor.document()->undoStack()->count(), 1);

    auto *limit = editor.findChild<QSpinBox *>();
    QVERIFY(limit);
    editor.selectCell(0, 2);
    limit->setFocus();
    QTest::keyClick(limit, Qt::Key_Delete);
    QCOMPARE(editor.document()->shift(0, 2), 0);
    QCOMPARE(editor.document()->undoStack()->count(), 1);
}

QTEST_MAIN(TestRosterPageEditor)
#include "tst_rosterpageeditor.moc"
