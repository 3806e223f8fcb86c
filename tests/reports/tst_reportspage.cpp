// SPDX-License-Identifier: GPL-3.0-or-later
// The Reports page on the offscreen platform with real widgets: it computes on its worker thread, shows
// the hand-computed quarter's indicators, draws every chart to an image of the requested size that is
// not blank, shows values on hover, saves PNG and vector PDF, writes the quarterly PDF, and keeps a
// squad leader to their squad.
// clang-format off
#undef QT_NO_FOREACH
#include <qcustomplot.h>
// clang-format on

#include "data/settings.h"
#include "reportfixture.h"
#include "ui/reports/chartpanel.h"
#include "ui/reports/reportspage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace dd;

namespace {
// pdftotext of a written file (poppler-utils, installed by scripts/install-deps.sh).
QString pdfText(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!p.waitForFinished(30000))
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int nonWhitePixels(const QImage &image)
{
    int n = 0;
    for (int y = 0; y < image.height(); y += 2)
        for (int x = 0; x < image.width(); x += 2)
            n += image.pixelColor(x, y) != QColor(Qt::white);
    return n;
}
} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void showsTheQuarter();
    void chartsRenderOffscreen();
    void hoverAndSave();
    void writesTheQuarterlyPdf();
    void squadLeaderIsKeptToTheSquad();

private:
    void open(ui::ReportsPage &page, const data::Session &session);
    reporttest::Store m_store;
    data::Session m_leader;
    std::unique_ptr<data::Settings> m_settings;
    QTemporaryDir m_dir;
};

void TestReportsPage::initTestCase()
{
    QVERIFY(m_store.openWithIncidents());
    QVERIFY(m_store.addUser(QStringLiteral("leader1"), data::Role::SquadLeader, QStringLiteral("JD102")));
    m_leader = m_store.signInChanged(QStringLiteral("leader1"));
    QVERIFY(m_leader.isValid());
    m_settings = std::make_unique<data::Settings>(m_dir.filePath(QStringLiteral("settings.ini")));
}

void TestReportsPage::open(ui::ReportsPage &page, const data::Session &session)
{
    QSignalSpy computed(&page, &ui::ReportsPage::computed);
    ui::PageContext context;
    context.db = m_store.db.get();
    context.session = &session;
    context.clock = &m_store.clock;
    context.settings = m_settings.get();
    const bool hidden = !page.isVisible();
    page.setContext(context); // this quarter (Q4) first
    if (hidden) {
        // A hidden page computes nothing (the console opens on the Overview); shown, it does.
        QVERIFY(!page.isComputing());
        QTest::qWait(50);
        QCOMPARE(computed.count(), 0);
        page.QWidget::show();
    }
    QVERIFY(computed.wait(20000));
    computed.clear();
    page.setPeriod(QDate(2026, 7, 1), QDate(2026, 9, 30));
    QVERIFY(computed.wait(20000));
    QVERIFY(!page.isComputing() || computed.count() >= 1);
}

void TestReportsPage::showsTheQuarter()
{
    ui::ReportsPage page;
    page.resize(1400, 900);
    page.QWidget::show();
    open(page, m_store.admin);
    const auto kpi = [&page](int i) { return page.findChild<QLabel *>(QStringLiteral("kpi%1").arg(i))->text(); };
    QCOMPARE(kpi(0), QStringLiteral("11")); // received, district
    QCOMPARE(kpi(1), QStringLiteral("8")); // due
    QCOMPARE(kpi(2), QStringLiteral("75.00%")); // 6 of 8 closed
    QCOMPARE(kpi(3), QStringLiteral("62.50%")); // 5 of 8 on time
    auto *table = page.findChild<QTableWidget *>(QStringLiteral("reportsSquadTable"));
    QCOMPARE(table->rowCount(), 2);
    QCOMPARE(table->item(0, 0)->text(), QStringLiteral("南翔中队"));
    QCOMPARE(table->item(0, 2)->text(), QStringLiteral("7"));

    // The squad filter narrows to s1.
    QSignalSpy computed(&page, &ui::ReportsPage::computed);
    auto *squad = page.findChild<QComboBox *>(QStringLiteral("reportsSquad"));
    QCOMPARE(squad->count(), 3); // whole district + two squads
    squad->setCurrentIndex(squad->findText(QStringLiteral("南翔中队")));
    QVERIFY(computed.wait(20000));
    QCOMPARE(kpi(1), QStringLiteral("7"));
    QCOMPARE(kpi(9), QStringLiteral("50.00%")); // arrival rate
}

void TestReportsPage::chartsRenderOffscreen()
{
    ui::ReportsPage page;
    page.resize(1400, 900);
    page.QWidget::show();
    open(page, m_store.admin);
    for (const char *name : { "perDay", "byCategory", "onTime", "arrival", "closing", "workload" }) {
        ui::ChartPanel *panel = page.chart(QLatin1String(name));
        QVERIFY(panel);
        QVERIFY2(!panel->data().series.empty(), name);
        const QPixmap pixmap = panel->plot()->toPixmap(800, 400);
        QCOMPARE(pixmap.size(), QSize(800, 400));
        const QImage image = pixmap.toImage();
        // Axes, labels and data: far more than a blank plot's few hundred frame pixels.
        QVERIFY2(nonWhitePixels(image) > 2000, name);
        QVERIFY(panel->table()->rowCount() == int(panel->data().categories.size()));
    }
    // The on-time chart's data: stacked bars whose bar at 07-01 holds A and I.
    ui::ChartPanel *onTime = page.chart(QStringLiteral("onTime"));
    QCOMPARE(onTime->plot()->plottableCount(), 3);
    auto *bars = qobject_cast<QCPBars *>(onTime->plot()->plottable(0));
    QVERIFY(bars);
    QCOMPARE(bars->data()->at(0)->value, 2.0);
}

void TestReportsPage::hoverAndSave()
{
    ui::ReportsPage page;
    page.resize(1400, 900);
    page.QWidget::show();
    open(page, m_store.admin);
    ui::ChartPanel *arrival = page.chart(QStringLiteral("arrival"));
    const QString hover = arrival->valuesAt(2.1); // the 20–30 min bin: C
    QVERIFY2(hover.contains(QStringLiteral("20–30 min")), qPrintable(hover));
    QVERIFY(hover.contains(QStringLiteral(": 1")));
    QVERIFY(arrival->valuesAt(-3).isEmpty());

    // Wheel zoom and drag move the horizontal range only.
    QCustomPlot *plot = arrival->plot();
    QVERIFY(plot->interactions().testFlag(QCP::iRangeDrag));
    QVERIFY(plot->interactions().testFlag(QCP::iRangeZoom));

    const QString png = m_dir.filePath(QStringLiteral("arrival.png"));
    const QString pdf = m_dir.filePath(QStringLiteral("arrival.pdf"));
    QVERIFY(arrival->savePng(png, 640, 320));
    QCOMPARE(QImage(png).size(), QSize(640, 320));
    QVERIFY(arrival->savePdf(pdf));
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("%PDF"));
    QVERIFY(!bytes.contains("/Subtype /Image")); // vector, not a picture of the chart
}

void TestReportsPage::writesTheQuarterlyPdf()
{
    ui::ReportsPage page;
    open(page, m_store.admin);
    QSignalSpy written(&page, &ui::ReportsPage::reportWritten);
    const QString path = m_dir.filePath(QStringLiteral("page-q3.pdf"));
    page.writeQuarterly(path);
    QVERIFY(written.wait(30000));
    QCOMPARE(written.at(0).at(1).toString(), QString());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().startsWith("%PDF"));
    QCOMPARE(pdfText(path).contains(QStringLiteral("Quarterly complaint-handling efficiency evaluation")), true);

    // The page's other PDF button goes through the same worker: the command-room daily summary.
    written.clear();
    const QString daily = m_dir.filePath(QStringLiteral("page-daily.pdf"));
    page.writeDaily(daily);
    QVERIFY(written.wait(30000));
    QCOMPARE(written.at(0).at(0).toString(), daily);
    QCOMPARE(written.at(0).at(1).toString(), QString());
    QCOMPARE(pdfText(daily).contains(QStringLiteral("Command-room daily summary")), true);
}

void TestReportsPage::squadLeaderIsKeptToTheSquad()
{
    ui::ReportsPage page;
    open(page, m_leader);
    const auto kpi = [&page](int i) { return page.findChild<QLabel *>(QStringLiteral("kpi%1").arg(i))->text(); };
    QCOMPARE(kpi(1), QStringLiteral("7")); // s1 only
    auto *squad = page.findChild<QComboBox *>(QStringLiteral("reportsSquad"));
    QCOMPARE(squad->count(), 2); // "my squads" and 南翔中队
    QCOMPARE(squad->itemText(1), QStringLiteral("南翔中队"));
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
