// SPDX-License-Identifier: GPL-3.0-or-later
// The dispatch page on the offscreen platform with the demo district and its generated incidents:
// the queue in deadline order with the three countdown states, counts, filters, the detail with its
// history, keyboard actions that move an incident through the workflow, the recommendation panel
// with the direct-squad fallback, and the request to show an incident on the map.
#include "data/auth/role.h"
#include "data/settings.h"
#include "dispatchfixture.h"
#include "ui/dispatch/dispatchpage.h"
#include "ui/dispatch/incidentboardmodel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace dd::data;
using dd::ui::IncidentBoardModel;

class TestDispatchPage : public QObject
{
    Q_OBJECT

private:
    dispatchtest::Store store;
    QTemporaryDir settingsDir;
    std::unique_ptr<Settings> settings;
    Session centre;

    dd::ui::PageContext context()
    {
        dd::ui::PageContext c;
        c.db = store.db.get();
        c.session = &centre;
        c.clock = &store.clock;
        c.settings = settings.get();
        return c;
    }

private slots:
    void initTestCase()
    {
        // The demo's incidents end at the real now; the page's clock starts there too.
        store.clock.set(QDateTime::currentDateTimeUtc());
        QVERIFY(store.open());
        settings = std::make_unique<Settings>(settingsDir.filePath(QStringLiteral("s.ini")));
        centre = store.session(QStringLiteral("t.centre"), { { Role::CentreDispatcher, QString() } });
    }

    void queueIsSortedCountedAndColoured()
    {
        dd::ui::DispatchPage page;
        QAbstractItemModelTester tester(page.boardModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setContext(context());
        IncidentBoardModel *model = page.boardModel();
        const int open = store.scalar(QStringLiteral("SELECT COUNT(*) FROM incidents WHERE status NOT IN ('closed', 'cancelled')")).toInt();
        QVERIFY(open > 0);
        QCOMPARE(model->rowCount(), open);
        auto handledStage = [](IncidentStatus s) {
            return s == IncidentStatus::Handled || s == IncidentStatus::Feedback || s == IncidentStatus::Verified;
        };
        for (int r = 1; r < model->rowCount(); ++r) {
            const BoardRow &a = *model->row(r - 1), &b = *model->row(r);
            QVERIFY(handledStage(a.status) <= handledStage(b.status)); // work against the clock first
            if (handledStage(a.status) == handledStage(b.status) && b.deadlineAt.isValid())
                QVERIFY(a.deadlineAt <= b.deadlineAt);
        }
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("dispatchCounts"))->text().contains(QString::number(open)));
        // A fresh incident far from its deadline is on track (green); an old one past it is overdue (red).
        IncidentRepository repo(*store.db, store.clock);
        NewIncident in;
        in.ticketNo = QStringLiteral("PAGE1");
        in.categoryCode = QStringLiteral("06001"); // days
        in.squadId = store.squadId(QStringLiteral("JD102"));
        in.address = QStringLiteral("嘉定区某路");
        auto fresh = repo.file(centre, in);
        QVERIFY(fresh);
        in.ticketNo = QStringLiteral("PAGE2");
        in.reportedAt = store.clock.now().addDays(-30);
        auto old = repo.file(centre, in);
        QVERIFY(old);
        page.reload();
        const int freshRow = model->indexOf(fresh.value()), oldRow = model->indexOf(old.value());
        QVERIFY(freshRow >= 0 && oldRow >= 0);
        QVERIFY(oldRow < freshRow);
        QCOMPARE(model->index(freshRow, 0).data(IncidentBoardModel::UrgencyStateRole).toInt(), int(IncidentBoardModel::Urgency::OnTrack));
        QCOMPARE(model->index(oldRow, 0).data(IncidentBoardModel::UrgencyStateRole).toInt(), int(IncidentBoardModel::Urgency::Overdue));
        QVERIFY(model->index(oldRow, 0).data().toString().startsWith(QStringLiteral("−")));
        QVERIFY(model->index(freshRow, 0).data(Qt::BackgroundRole) != model->index(oldRow, 0).data(Qt::BackgroundRole));
        // Time passes: the countdown follows the clock without a reload.
        const QString before = model->index(freshRow, 0).data().toString();
        store.clock.advanceSeconds(3 * 3600);
        QTest::qWait(1200);
        QVERIFY(model->index(freshRow, 0).data().toString() != before);
        store.clock.advanceSeconds(-3 * 3600);
    }

    void filtersNarrowTheQueue()
    {
        dd::ui::DispatchPage page;
        page.setContext(context());
        auto *squad = page.findChild<QComboBox *>(QStringLiteral("dispatchSquadFilter"));
        const int jd102 = squad->findText(QStringLiteral("JD102"), Qt::MatchStartsWith);
        QVERIFY(jd102 > 0);
        squad->setCurrentIndex(jd102);
        const QString id = store.squadId(QStringLiteral("JD102"));
        QVERIFY(page.boardModel()->rowCount() > 0);
        for (int r = 0; r < page.boardModel()->rowCount(); ++r)
            QCOMPARE(page.boardModel()->row(r)->squadId, id);
        auto *stage = page.findChild<QComboBox *>(QStringLiteral("dispatchStateFilter"));
        stage->setCurrentIndex(stage->findData(QStringLiteral("filed")));
        for (int r = 0; r < page.boardModel()->rowCount(); ++r)
            QCOMPARE(page.boardModel()->row(r)->status, IncidentStatus::Filed);
    }

    void keyboardMovesTheSelectedIncident()
    {
        IncidentRepository repo(*store.db, store.clock);
        NewIncident in;
        in.ticketNo = QStringLiteral("KEYS1");
        in.categoryCode = QStringLiteral("09006");
        in.squadId = store.squadId(QStringLiteral("JD102"));
        in.address = QStringLiteral("嘉定区某路");
        auto id = repo.file(centre, in);
        QVERIFY(id);
        dd::ui::DispatchPage page;
        page.resize(1300, 800);
        page.setContext(context());
        page.QWidget::show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy changed(&page, &dd::ui::Page::storeChanged);
        QSignalSpy map(&page, &dd::ui::Page::showRequested);
        QVERIFY(page.show(QStringLiteral("dispatch:") + id.value()));
        QCOMPARE(page.selectedIncident(), id.value());
        auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("dispatchDetail"));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("KEYS1")));
        // Nobody of JD102 is on duty (the demo publishes no roster): the panel says so.
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("dispatchRecommendationNote"))->text().contains(QStringLiteral("Nobody")));
        // Dispatch through the repository (no roster to recommend from), then the keys.
        TransitionRequest r;
        r.kind = EventKind::Dispatch;
        r.officerId = store.scalar(QStringLiteral("SELECT id FROM officers WHERE squad_id = ? LIMIT 1"), { in.squadId }).toString();
        QVERIFY(repo.transition(centre, id.value(), r));
        page.reload();
        QCOMPARE(page.selectedIncident(), id.value());
        page.boardView()->setFocus();
        QTest::keyClick(page.boardView(), Qt::Key_A);
        QCOMPARE(store.scalar(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), { id.value() }).toString(), QStringLiteral("arrived"));
        QTest::keyClick(page.boardView(), Qt::Key_H);
        QCOMPARE(store.scalar(QStringLiteral("SELECT status FROM incidents WHERE id = ?"), { id.value() }).toString(), QStringLiteral("handled"));
        QCOMPARE(changed.count(), 2);
        QVERIFY(detail->toPlainText().contains(QStringLiteral("Arrive on scene")));
        // Close is not allowed from handled: the page refuses and the store stays.
        QVERIFY(!page.takeTransition(EventKind::Close, QStringLiteral("x")));
        QVERIFY(page.takeTransition(EventKind::Rework, QStringLiteral("not cleaned up")));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("not cleaned up")));
        QTest::keyClick(page.boardView(), Qt::Key_M);
        QCOMPARE(map.count(), 1);
        QCOMPARE(map.front().front().toString(), QStringLiteral("incident:") + id.value());
    }

    void reporterIsMaskedOnScreen()
    {
        IncidentRepository repo(*store.db, store.clock);
        NewIncident in;
        in.ticketNo = QStringLiteral("MASK2");
        in.categoryCode = QStringLiteral("09006");
        in.squadId = store.squadId(QStringLiteral("JD102"));
        in.address = QStringLiteral("嘉定区某路");
        in.reporterName = QStringLiteral("李小红");
        in.reporterPhone = QStringLiteral("13800138000");
        auto id = repo.file(centre, in);
        QVERIFY(id);
        dd::ui::DispatchPage page;
        page.setContext(context());
        QVERIFY(page.show(QStringLiteral("dispatch:") + id.value()));
        auto *detail = page.findChild<QTextBrowser *>(QStringLiteral("dispatchDetail"));
        QVERIFY(detail->toPlainText().contains(QStringLiteral("138****8000")));
        QVERIFY(!detail->toPlainText().contains(QStringLiteral("13800138000")));
    }
};

QTEST_MAIN(TestDispatchPage)
#include "tst_dispatchpage.moc"
