// SPDX-License-Identifier: GPL-3.0-or-later
// The Roster page on the offscreen platform over a demo district made by `dutydesk demo-db`, signed in
// as the demo squad leader: it lists only the squads the leader may see, plans a demo squad's week
// with the real solver from the page and finds no hard violation, keeps a locked cell through
// re-planning and a save, publishes (a roster with a hard violation only with the override, which the
// audit log records), prints the weekly roster as a PDF read back with pdftotext, and honours
// show("roster:<squad id>:<date>").
#include "data/auth/authenticator.h"
#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/districtrepository.h"
#include "data/roster/rosterrepository.h"
#include "data/settings.h"
#include "ui/roster/coveragemodel.h"
#include "ui/roster/demanddialog.h"
#include "ui/roster/leavedialog.h"
#include "ui/roster/rosterdocument.h"
#include "ui/roster/rostereditor.h"
#include "ui/roster/rosterpage.h"

#include <QAction>
#include <QApplication>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QComboBox>
#include <QProcess>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QUndoStack>
#include <QTest>

using namespace dd;
namespace sch = dd::scheduling;

class TestRosterPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void listsOnlyTheLeadersSquad();
    void plansADemoWeekWithoutHardViolation();
    void lockedCellSurvivesReplanAndSave();
    void publishAsksForTheOverrideAndRecordsIt();
    void printsTheWeeklyRosterAsPdf();
    void showNamesSquadAndDate();
    void leaveOverAPublishedRosterIsFlaggedAndReplanned();
    void anotherPagesChangeKeepsUnsavedEdits();
    void demandTemplateChangesTheCoverage();
    void cleanupTestCase();

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<data::Database> m_db;
    data::DistrictSummary m_summary;
    data::Session m_session;
    std::unique_ptr<data::ManualClock> m_clock;
    std::unique_ptr<data::Settings> m_settings;
    std::unique_ptr<ui::RosterPage> m_page;
};

void TestRosterPage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    QProcess demo;
    demo.start(QStringLiteral(DUTYDESK_EXECUTABLE), { QStringLiteral("demo-db"), m_path });
    QVERIFY2(demo.waitForFinished(180000), "demo-db did not finish");
    QVERIFY2(demo.exitCode() == 0, demo.readAllStandardError().constData());
    auto db = data::Database::open(m_path);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    m_db = std::move(db.value());
    auto summary = data::DistrictRepository(*m_db).summary();
    QVERIFY(summary);
    m_summary = summary.value();
    // The demo's rosters are around the real today; the page's "today" is the same.
    m_clock = std::make_unique<data::ManualClock>(QDateTime::currentDateTimeUtc());
    auto session = data::Authenticator(*m_db, *m_clock).signIn(QStringLiteral("leader.jd001"),
                                                                 QStringLiteral("demo-leader-2026"));
    QVERIFY2(session, qPrintable(session.errorMessage()));
    m_session = session.value();
    m_settings = std::make_unique<data::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
    m_page = std::make_unique<ui::RosterPage>();
    m_page->resize(1400, 900);
    m_page->QWidget::show();
    ui::PageContext context;
    context.db = m_db.get();
    context.summary = &m_summary;
    context.session = &m_session;
    context.clock = m_clock.get();
    context.settings = m_settings.get();
    m_page->setContext(context);
    m_page->editor()->setTimeLimit(8);
}

void TestRosterPage::listsOnlyTheLeadersSquad()
{
    auto *squads = m_page->findChild<QComboBox *>(QStringLiteral("rosterSquad"));
    QVERIFY(squads);
    QCOMPARE(squads->count(), 1);
    QCOMPARE(m_page->squadCode(), QStringLiteral("JD001"));
    QVERIFY(m_summary.squads.size() > 1);
}

void TestRosterPage::plansADemoWeekWithoutHardViolation()
{
    // The week after next: nothing published there by the demo, so this is a plan from scratch.
    m_page->setPeriod(ui::RosterPage::PeriodKind::Week, m_clock->now().date().addDays(14));
    QCOMPARE(m_page->period().days(), 7);
    QCOMPARE(m_page->period().start.dayOfWeek(), 1);
    ui::RosterDocument *document = m_page->editor()->document();
    QVERIFY(document->officerCount() >= 20);
    QCOMPARE(document->dayCount(), 7);

    QSignalSpy planned(m_page->editor(), &ui::RosterEditor::planned);
    QVERIFY(m_page->editor()->planAction()->isEnabled());
    m_page->editor()->planAction()->trigger();
    QVERIFY(m_page->editor()->isPlanning());
    QVERIFY(planned.wait(60000));
    QCOMPARE(planned.first().at(0).toBool(), true);
    const ui::RosterReview &review = document->review();
    QStringList hard;
    for (const ui::RosterReview::Issue &issue : review.issues)
        if (issue.hard)
            hard << issue.text;
    QVERIFY2(review.hardViolations == 0, qPrintable(hard.join(QLatin1Char('\n'))));
    // Worked cells have posts: the table shows "D P01"-like text.
    int withPost = 0;
    for (int o = 0; o < document->officerCount(); ++o)
        for (int d = 0; d < document->dayCount(); ++d)
            if (document->shift(o, d) != sch::kOff && document->cellText(o, d).contains(QLatin1Char(' ')))
                ++withPost;
    QVERIFY(withPost > 20);
}

void TestRosterPage::lockedCellSurvivesReplanAndSave()
{
    ui::RosterDocument *document = m_page->editor()->document();
    QVERIFY(!document->isEmpty());
    // Lock a worked Wednesday as it is; it must come back from re-planning and from the store.
    int officer = -1;
    for (int o = 0; o < document->officerCount() && officer < 0; ++o)
        if (document->shift(o, 2) != sch::kOff)
            officer = o;
    QVERIFY(officer >= 0);
    const int shift = document->shift(officer, 2);
    document->setLocked(officer, 2, true);
    QVERIFY(m_page->saveDraft());
    QVERIFY(m_page->showingDraft());

    QSignalSpy planned(m_page->editor(), &ui::RosterEditor::planned);
    m_page->editor()->setTimeLimit(4);
    m_page->editor()->replanAction()->trigger();
    QVERIFY(planned.wait(60000));
    QCOMPARE(document->shift(officer, 2), shift);
    QVERIFY(document->isLocked(officer, 2));
    QVERIFY(m_page->saveDraft());

    // From the store again: the lock and the cell are there.
    m_page->reload();
    QVERIFY(m_page->showingDraft());
    QCOMPARE(document->shift(officer, 2), shift);
    QVERIFY(document->isLocked(officer, 2));
}

void TestRosterPage::publishAsksForTheOverrideAndRecordsIt()
{
    ui::RosterDocument *document = m_page->editor()->document();
    // Break a hard rule: a command-room desk shift for an officer who is not a dispatcher.
    int desk = -1;
    for (int s = 0; s < int(document->labels().shifts.size()); ++s)
        if (document->labels().shifts[std::size_t(s)].shiftCode == QLatin1String("CD"))
            desk = s;
    QVERIFY(desk >= 0);
    int officer = -1;
    for (int o = 0; o < document->officerCount() && officer < 0; ++o)
        if ((document->problem().officers[std::size_t(o)].skills & data::SkillDispatcher) == 0 && !document->isDayOff(o, 5)
            && !document->isLocked(o, 5))
            officer = o;
    QVERIFY(officer >= 0);
    document->setShift(officer, 5, desk);
    QVERIFY(document->review().hardViolations > 0);

    // Without the leader's confirmation nothing is published: the question is answered "Cancel".
    QTimer::singleShot(300, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::Cancel)->click();
    });
    QSignalSpy changed(m_page.get(), &ui::Page::storeChanged);
    QVERIFY(!m_page->publish(false));
    QCOMPARE(changed.count(), 0);
    QVERIFY(!m_page->versions().back().published);

    // Confirmed: published with the override, recorded in the audit log.
    QVERIFY2(m_page->publish(true), qPrintable(m_page->lastMessage()));
    QCOMPARE(changed.count(), 1);
    QVERIFY(m_page->versions().back().published);
    QVERIFY(!m_page->showingDraft());
    const int version = m_page->shownVersion();
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT detail FROM audit_log WHERE action = 'roster.publish' ORDER BY at DESC, rowid DESC LIMIT 1")));
    QVERIFY(q.next());
    const QString detail = q.value(0).toString();
    QVERIFY2(detail.contains(QStringLiteral("\"override\":true")), qPrintable(detail));
    QVERIFY2(detail.contains(QStringLiteral("\"version\":%1").arg(version)), qPrintable(detail));

    // The published version is what the page shows, and a later edit makes a new draft version.
    QCOMPARE(document->shift(officer, 5), desk);
    document->setShift(officer, 5, sch::kOff);
    QVERIFY(m_page->saveDraft());
    QCOMPARE(m_page->shownVersion(), version + 1);
    QVERIFY(m_page->showingDraft());
}

void TestRosterPage::printsTheWeeklyRosterAsPdf()
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (pdftotext.isEmpty())
        QSKIP("pdftotext (poppler-utils) is not installed");
    const QString pdf = m_dir.filePath(QStringLiteral("weekly.pdf"));
    QVERIFY2(m_page->exportPdf(ui::RosterPrinting::Kind::Weekly, pdf), qPrintable(m_page->lastMessage()));
    QProcess text;
    text.start(pdftotext, { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    // NFKC: pdftotext gives some Han characters as their Kangxi-radical twins (⽅ for 方), which the
    // CJK font maps to the same glyph.
    const QString out = QString::fromUtf8(text.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    const ui::RosterLabels &labels = m_page->editor()->document()->labels();
    QVERIFY2(out.contains(labels.officers.front().name), qPrintable(out.left(2000)));
    QVERIFY(out.contains(labels.officers.front().badgeNo));
    QVERIFY(out.contains(QStringLiteral("Squad leader")) || out.contains(QStringLiteral("中队长")));
    QVERIFY(out.contains(m_page->period().start.toString(QStringLiteral("M/d")))
            || out.contains(m_page->period().start.toString(QStringLiteral("MM-dd")))
            || out.contains(m_page->period().start.toString(Qt::ISODate)));
    // A change notice between the published version and the draft after it.
    m_page->reload();
    const QString notice = m_dir.filePath(QStringLiteral("changes.pdf"));
    QVERIFY2(m_page->exportPdf(ui::RosterPrinting::Kind::Changes, notice), qPrintable(m_page->lastMessage()));
    QVERIFY(QFileInfo(notice).size() > 1000);
}

void TestRosterPage::showNamesSquadAndDate()
{
    QSqlQuery q(m_db->connection());
    QVERIFY(q.exec(QStringLiteral("SELECT id FROM squads WHERE code = 'JD001'")));
    QVERIFY(q.next());
    const QString squadId = q.value(0).toString();
    const QDate date = m_clock->now().date().addDays(-7);
    QVERIFY(m_page->show(QStringLiteral("roster:%1:%2").arg(squadId, date.toString(Qt::ISODate))));
    QVERIFY(m_page->period().contains(date));
    QCOMPARE(m_page->squadCode(), QStringLiteral("JD001"));
    // The demo published last week's roster: it is shown, read-only history or not, with its cells.
    QVERIFY(m_page->shownVersion() >= 1);
    // Another page's thing, another squad, or a malformed date are not this page's.
    QVERIFY(!m_page->show(QStringLiteral("incident:42")));
    QVERIFY(!m_page->show(QStringLiteral("roster:nobody:2026-01-01")));
    QVERIFY(!m_page->show(QStringLiteral("roster:%1:not-a-date").arg(squadId)));
}

namespace {
int totalNeeded(const ui::RosterReview &review)
{
    int needed = 0;
    for (const ui::RosterReview::CoverageRow &row : review.coverage)
        for (const ui::RosterReview::Cover &cell : row.days)
            needed += cell.needed;
    return needed;
}
} // namespace

void TestRosterPage::leaveOverAPublishedRosterIsFlaggedAndReplanned()
{
    // Next week: published by the demo, nothing worked yet.
    m_page->setPeriod(ui::RosterPage::PeriodKind::Week, m_clock->now().date().addDays(7));
    QVERIFY(m_page->shownVersion() >= 1);
    QVERIFY(!m_page->showingDraft());
    ui::RosterDocument *document = m_page->editor()->document();
    QCOMPARE(document->review().hardViolations, 0);
    int officer = -1;
    for (int o = 0; o < document->officerCount() && officer < 0; ++o)
        if (document->shift(o, 3) != sch::kOff)
            officer = o;
    QVERIFY(officer >= 0);

    data::RosterRepository repository(*m_db, *m_clock);
    const auto context = repository.context(m_session, m_page->squadCode(), m_page->period());
    QVERIFY(context);
    ui::LeaveDialog dialog(*m_db, *m_clock, m_session, context.value());
    data::LeaveEntry sick;
    sick.officerId = document->labels().officers[std::size_t(officer)].id;
    sick.start = m_page->period().start.addDays(3);
    sick.end = sick.start;
    sick.kind = QStringLiteral("sick");
    QVERIFY2(dialog.addLeave(sick), qPrintable(dialog.lastMessage()));
    QVERIFY2(dialog.lastMessage().contains(QStringLiteral("re-planning")), qPrintable(dialog.lastMessage()));
    QCOMPARE(dialog.leaveTable()->rowCount() >= 1, true);

    m_page->reload();
    QCOMPARE(document->labels().absence[std::size_t(officer)][3], ui::RosterDocument::leaveKindText(QStringLiteral("sick")));
    QVERIFY(document->review().hardViolations > 0);  // works on a day of leave
    QVERIFY(m_page->editor()->notices().join(QLatin1Char('\n')).contains(QStringLiteral("re-planning")));

    QSignalSpy planned(m_page->editor(), &ui::RosterEditor::planned);
    m_page->editor()->setTimeLimit(4);
    m_page->editor()->replanAction()->trigger();
    QVERIFY(planned.wait(60000));
    QCOMPARE(document->review().hardViolations, 0);
    QCOMPARE(document->shift(officer, 3), sch::kOff);
    // Few cells change against the published version: the sick day and what covers it.
    const std::size_t changes = document->changesAgainstPublished().size();
    QVERIFY2(changes >= 1 && changes <= 12, qPrintable(QString::number(changes)));
}

void TestRosterPage::anotherPagesChangeKeepsUnsavedEdits()
{
    ui::RosterDocument *document = m_page->editor()->document();
    const int before = document->shift(0, 0);
    document->setShift(0, 0, before == sch::kOff ? 0 : sch::kOff);
    const int undoSteps = document->undoStack()->count();
    // The window hands the same context again after another page's change (MainWindow::refresh).
    ui::PageContext context;
    context.db = m_db.get();
    context.summary = &m_summary;
    context.session = &m_session;
    context.clock = m_clock.get();
    context.settings = m_settings.get();
    m_page->setContext(context);
    QCOMPARE(document->shift(0, 0), before == sch::kOff ? 0 : sch::kOff);
    QCOMPARE(document->undoStack()->count(), undoSteps);
    document->undoStack()->undo();
    QCOMPARE(document->shift(0, 0), before);
}

void TestRosterPage::demandTemplateChangesTheCoverage()
{
    ui::RosterDocument *document = m_page->editor()->document();
    const int before = totalNeeded(document->review());
    data::RosterRepository repository(*m_db, *m_clock);
    const auto context = repository.context(m_session, m_page->squadCode(), m_page->period());
    QVERIFY(context);
    ui::DemandDialog dialog(*m_db, *m_clock, m_session, context.value());
    QTableWidget *table = dialog.templateTable();
    QVERIFY(table->rowCount() > 0);
    // Weekday template, first row: one more officer needed, on every weekday of the week.
    QCOMPARE(dialog.dayKindBox()->currentIndex(), 0);
    auto *minimum = qobject_cast<QSpinBox *>(table->cellWidget(0, 2));
    auto *wanted = qobject_cast<QSpinBox *>(table->cellWidget(0, 3));
    QVERIFY(minimum && wanted);
    minimum->setValue(minimum->value() + 1);
    wanted->setValue(std::max(wanted->value(), minimum->value()));
    QVERIFY2(dialog.saveTemplates(), qPrintable(dialog.lastMessage()));
    QVERIFY(dialog.changed());

    m_page->reload();
    int weekdays = 0;
    for (int d = 0; d < document->dayCount(); ++d)
        weekdays += document->problem().isWeekend(d) || document->problem().isHoliday(d) ? 0 : 1;
    QCOMPARE(totalNeeded(document->review()), before + weekdays);

    // Wanted below the minimum is refused with the post named, and nothing is stored.
    wanted->setValue(0);
    minimum->setValue(3);
    QVERIFY(!dialog.saveTemplates());
    const QString postCode = table->item(0, 0)->text().section(QLatin1Char(' '), 0, 0);
    QVERIFY2(dialog.lastMessage().contains(postCode), qPrintable(dialog.lastMessage()));
    m_page->reload();
    QCOMPARE(totalNeeded(document->review()), before + weekdays);

    // An impossible demand (more dispatchers at the command-room desk than the squad has) is shown
    // before planning, naming the post; planning still gives its best roster, with the shortfall marked
    // in the coverage band.
    int desk = -1;
    for (int r = 0; r < table->rowCount() && desk < 0; ++r)
        if (table->item(r, 0)->text().contains(QStringLiteral("-CMD")) && table->item(r, 1)->text().startsWith(QStringLiteral("CD")))
            desk = r;
    QVERIFY(desk >= 0);
    const QString deskCode = table->item(desk, 0)->text().section(QLatin1Char(' '), 0, 0);
    qobject_cast<QSpinBox *>(table->cellWidget(desk, 3))->setValue(8);
    qobject_cast<QSpinBox *>(table->cellWidget(desk, 2))->setValue(8);
    auto *skill = qobject_cast<QComboBox *>(table->cellWidget(desk, 4));
    skill->setCurrentIndex(skill->findData(QStringLiteral("dispatcher")));
    qobject_cast<QSpinBox *>(table->cellWidget(desk, 5))->setValue(8);
    wanted->setValue(minimum->value());
    QVERIFY2(dialog.saveTemplates(), qPrintable(dialog.lastMessage()));
    m_page->reload();
    const QString warnings = m_page->editor()->demandWarnings().join(QLatin1Char('\n'));
    QVERIFY2(warnings.contains(deskCode), qPrintable(warnings));
    QSignalSpy planned(m_page->editor(), &ui::RosterEditor::planned);
    m_page->editor()->setTimeLimit(2);
    m_page->editor()->planAction()->trigger();
    QVERIFY(planned.wait(60000));
    QCOMPARE(planned.first().at(0).toBool(), true);
    QVERIFY(m_page->editor()->coverageModel()->totalShortfall() > 0);
}

void TestRosterPage::cleanupTestCase()
{
    m_page.reset();
    m_db.reset();
}

QTEST_MAIN(TestRosterPage)
#include "tst_rosterpage.moc"
