// SPDX-License-Identifier: GPL-3.0-or-later
// The Map page on the demo district, driven as a user would on the offscreen platform: a click on a
// known cell shows its code and town in the panel, the search finds cells, towns and communities, the
// page honours show("cell:<id>"), coverage colours and lists cells, and zooming changes the scale.
#include "data/auth/authenticator.h"
#include "data/auth/demoaccounts.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/demogenerator.h"
#include "data/settings.h"
#include "ui/map/mappage.h"
#include "ui/map/mapview.h"

#include <QComboBox>
#include <QListWidget>
#include <QPainter>
#include <QWheelEvent>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace dd;

class TestMapPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        auto db = data::Database::open(m_dir.filePath(QStringLiteral("demo.sqlite")), data::Database::Mode::CreateIfMissing);
        QVERIFY2(db, qPrintable(db.errorMessage()));
        m_db = std::move(db.value());
        QVERIFY(data::DemoGenerator().populate(*m_db));
        QVERIFY(data::DemoAccounts::install(*m_db, m_clock));
        auto session
            = data::Authenticator(*m_db, m_clock).signIn(QStringLiteral("leader.jd001"), QStringLiteral("demo-leader-2026"));
        QVERIFY2(session, qPrintable(session.errorMessage()));
        m_session = session.value();
        m_settings = std::make_unique<data::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));

        m_page = std::make_unique<ui::MapPage>();
        m_page->resize(1200, 800);
        ui::PageContext context;
        context.db = m_db.get();
        context.session = &m_session;
        context.clock = &m_clock;
        context.settings = m_settings.get();
        m_page->setContext(context);
        // Hidden, the page reads nothing yet (the console opens on the Overview); shown, it reads the map.
        QVERIFY(!m_page->mapData());
        static_cast<QWidget *>(m_page.get())->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
        QVERIFY(m_page->mapData());
        QVERIFY(m_page->mapData()->cells.size() > 7000);
    }

    void clickOnKnownCellShowsItsCode()
    {
        // A cell in the middle of 南翔镇 (the town's cell nearest its seat).
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.id, c.code, c.centroid_x, c.centroid_y FROM grid_cells c JOIN towns t ON t.id = c.town_id"
            " WHERE t.name = '南翔镇' ORDER BY (c.centroid_x - t.seat_lon) * (c.centroid_x - t.seat_lon)"
            " + (c.centroid_y - t.seat_lat) * (c.centroid_y - t.seat_lat) LIMIT 1")));
        QVERIFY(q.next());
        const QString code = q.value(1).toString();
        const grid::Point centroid(q.value(2).toDouble(), q.value(3).toDouble());

        ui::MapView *view = m_page->view();
        view->zoomToFit();
        QVERIFY(!m_page->panelText().contains(code));
        const QPointF at = view->toWidget(centroid);
        QVERIFY(view->rect().contains(at.toPoint()));
        QTest::mouseClick(view, Qt::LeftButton, {}, at.toPoint());
        QVERIFY2(m_page->panelText().contains(code), qPrintable(m_page->panelText()));
        QVERIFY(m_page->panelText().contains(QStringLiteral("南翔镇")));
        QCOMPARE(m_page->mapData()->cells[std::size_t(view->selectedCell())].code, code);
    }

    void dragPansAndWheelZooms()
    {
        ui::MapView *view = m_page->view();
        view->zoomToFit();
        const double before = view->metresPerPixel();
        const QPoint centre = view->rect().center();
        QWheelEvent wheel(centre, view->mapToGlobal(centre), QPoint(), QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QApplication::sendEvent(view, &wheel);
        QVERIFY(view->metresPerPixel() < before * 0.7);
        // The point under the cursor stays put while zooming: the cell there is the same.
        const grid::Point some = m_page->mapData()->cells[100].centroid;
        const QPointF p0 = view->toWidget(some);
        QTest::mousePress(view, Qt::LeftButton, {}, centre);
        QTest::mouseMove(view, centre + QPoint(60, 40));
        QTest::mouseMove(view, centre + QPoint(120, 80));
        QTest::mouseRelease(view, Qt::LeftButton, {}, centre + QPoint(120, 80));
        const QPointF p1 = view->toWidget(some);
        QVERIFY2(std::abs(p1.x() - p0.x() - 120) < 1.5 && std::abs(p1.y() - p0.y() - 80) < 1.5,
                 qPrintable(QStringLiteral("%1,%2 -> %3,%4").arg(p0.x()).arg(p0.y()).arg(p1.x()).arg(p1.y())));
        QTest::keyClick(view, Qt::Key_Home);
        QCOMPARE(view->metresPerPixel(), before);
    }

    void searchFindsCellsTownsAndCommunities()
    {
        const data::MapCell &cell = m_page->mapData()->cells[1234];
        QVERIFY(m_page->search(cell.code));
        QCOMPARE(m_page->view()->selectedCell(), 1234);
        QVERIFY(m_page->panelText().contains(cell.code));
        const double zoomed = m_page->view()->metresPerPixel();
        QVERIFY(m_page->search(QStringLiteral("安亭镇")));
        QVERIFY(m_page->view()->metresPerPixel() > zoomed); // a town is bigger than a cell
        const QString community = m_page->mapData()->communityNames.value(cell.communityCode);
        QVERIFY(m_page->search(community));
        QVERIFY(!m_page->search(QStringLiteral("不存在的地方")));
    }

    void showCellRequest()
    {
        const data::MapCell &cell = m_page->mapData()->cells[42];
        QVERIFY(m_page->show(QStringLiteral("cell:") + cell.id));
        QCOMPARE(m_page->view()->selectedCell(), 42);
        QVERIFY(m_page->panelText().contains(cell.code));
        QVERIFY(!m_page->show(QStringLiteral("cell:no-such-id")));
        QVERIFY(!m_page->show(QStringLiteral("roster:x")));
    }

    void coverageViewListsUncoveredCells()
    {
        auto *combo = m_page->findChild<QComboBox *>(QStringLiteral("mapColouring"));
        QVERIFY(combo);
        combo->setCurrentIndex(combo->findData(int(ui::MapView::Colouring::Coverage)));
        QVERIFY(m_page->coverage().has_value());
        auto *list = m_page->findChild<QListWidget *>(QStringLiteral("mapUncoveredList"));
        QVERIFY(list && list->isVisible());
        // No published roster in the demo store for the leader's squad: all of its cells are uncovered.
        QSqlQuery q(m_db->connection());
        QVERIFY(q.exec(QStringLiteral("SELECT count(*) FROM grid_cells c JOIN grid_layers l ON l.id = c.layer_id AND "
                                      "l.active = 1 WHERE c.squad_id = '%1'")
                           .arg(m_session.roles().front().squadId)));
        QVERIFY(q.next());
        const bool anyPublished = [&] {
            QSqlQuery r(m_db->connection());
            return r.exec(QStringLiteral("SELECT count(*) FROM rosters WHERE status = 'published'")) && r.next()
                && r.value(0).toInt() > 0;
        }();
        if (!anyPublished)
            QCOMPARE(list->count(), q.value(0).toInt());
        QCOMPARE(list->count(), int(m_page->coverage()->uncovered.size()));
        QVERIFY(!m_page->view()->legend().empty());
        combo->setCurrentIndex(combo->findData(int(ui::MapView::Colouring::Sectors)));
        QVERIFY(!list->isVisible());
    }

    void rendersWithoutData()
    {
        ui::MapView view;
        view.resize(300, 200);
        QImage image(300, 200, QImage::Format_RGB32);
        QPainter painter(&image);
        view.render(painter, image.size());
        QCOMPARE(view.cellAt(QPointF(10, 10)), -1);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<data::Database> m_db;
    data::ManualClock m_clock;
    data::Session m_session;
    std::unique_ptr<data::Settings> m_settings;
    std::unique_ptr<ui::MapPage> m_page;
};

QTEST_MAIN(TestMapPage)
#include "tst_mappage.moc"
