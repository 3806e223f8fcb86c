// SPDX-License-Identifier: GPL-3.0-or-later
// The console's window, offscreen, on a demo database made by `dutydesk demo-db`: the overview shows
// what DistrictRepository::summary() holds, the title and status bar name the file and schema, and a
// missing or corrupt database shows the error view (never a crash) and leaves the file untouched.
#include "data/categoryrepository.h"
#include "data/database.h"
#include "data/districtrepository.h"
#include "data/postrepository.h"
#include "data/settings.h"
#include "ui/databaseerrorview.h"
#include "ui/demodatabasecreator.h"
#include "ui/mainwindow.h"
#include "ui/overview/squadtablemodel.h"
#include "ui/overview/towntablemodel.h"
#include "ui/translations.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using dd::data::Database;
using dd::data::DistrictRepository;
using dd::data::DistrictSummary;
using dd::data::Settings;
using dd::ui::MainWindow;

class TestMainWindow : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void overviewShowsTheDemoDistrict();
    void titleAndStatusBar();
    void pagesAndShortcuts();
    void unusableDatabaseShowsError_data();
    void unusableDatabaseShowsError();
    void recoversFromError();
    void geometryPersists();
    void syncStatusFollowsSettings();
    void createsAndOpensDemoDatabase();
    void signedInWindowDefersSwitching();
    void newerSchemaIsRefused();
    void chineseWindow();

private:
    template<typename T> static T *child(const QWidget &window, const char *name)
    {
        T *widget = window.findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }

    QTemporaryDir m_dir;
    QString m_demo;
    QString m_ini;
    DistrictSummary m_expected;
    int m_expectedSchema = 0;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_demo = m_dir.filePath(QStringLiteral("demo-jiading.sqlite"));
    QProcess demo;
    demo.start(QStringLiteral(DUTYDESK_EXECUTABLE), { QStringLiteral("demo-db"), m_demo });
    QVERIFY2(demo.waitForFinished(180000), "demo-db did not finish");
    QVERIFY2(demo.exitStatus() == QProcess::NormalExit && demo.exitCode() == 0,
             demo.readAllStandardError().constData());

    // What the window must show comes from the store itself, on a separate connection.
    auto db = Database::open(m_demo);
    QVERIFY2(db, qPrintable(db.errorMessage()));
    auto summary = DistrictRepository(*db.value()).summary();
    QVERIFY2(summary, qPrintable(summary.errorMessage()));
    m_expected = summary.value();
    m_expectedSchema = db.value()->schemaVersion();
    QVERIFY(m_expectedSchema >= 1);
}

void TestMainWindow::init()
{
    m_ini = m_dir.filePath(QStringLiteral("settings-%1.ini").arg(QString::fromLatin1(QTest::currentTestFunction())));
    QFile::remove(m_ini);
}

void TestMainWindow::overviewShowsTheDemoDistrict()
{
    Settings settings(m_ini);
    MainWindow window(settings);
    QVERIFY(window.openDatabase(m_demo));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QCOMPARE(child<QLabel>(window, "districtNameLabel")->text(), QStringLiteral("嘉定区"));
    QVERIFY(child<QLabel>(window, "districtCodeLabel")->text().contains(QStringLiteral("310114")));
    QCOMPARE(child<QLabel>(window, "schematicLabel")->isVisible(), m_expected.schematicGeometry);
    QVERIFY(child<QLabel>(window, "schematicLabel")->text().contains(QStringLiteral("示意")));

    auto *squads = child<dd::ui::SquadTableModel>(window, "squadModel");
    QAbstractItemModelTester squadTester(squads, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(squads->rowCount(), 13);
    QCOMPARE(squads->rowCount(), int(m_expected.squads.size()));
    for (int row = 0; row < squads->rowCount(); ++row) {
        const auto &squad = m_expected.squads[size_t(row)];
        QCOMPARE(squads->index(row, dd::ui::SquadTableModel::CodeColumn).data().toString(), squad.code);
        QCOMPARE(
            squads->index(row, dd::ui::SquadTableModel::OfficersColumn).data(dd::ui::SquadTableModel::SortRole).toInt(),
            squad.officerCount);
        QVERIFY(squad.officerCount > 0);
    }
    QCOMPARE(squads->totalOfficers(), m_expected.officerCount);

    auto *towns = child<dd::ui::TownTableModel>(window, "townModel");
    QCOMPARE(towns->rowCount(), 12);
    for (int row = 0; row < towns->rowCount(); ++row) {
        const auto &town = m_expected.towns[size_t(row)];
        QCOMPARE(towns->index(row, dd::ui::TownTableModel::NameColumn).data().toString(), town.name);
        QCOMPARE(towns->index(row, dd::ui::TownTableModel::CellsColumn).data(dd::ui::TownTableModel::SortRole).toInt(),
                 town.cellCount);
        QCOMPARE(
            towns->index(row, dd::ui::TownTableModel::CommunitiesColumn).data(dd::ui::TownTableModel::SortRole).toInt(),
            town.communityCount);
        QVERIFY(town.cellCount > 0);
    }
    QCOMPARE(towns->totalCells(), m_expected.cellCount);
    QCOMPARE(towns->totalCommunities(), 399);

    // Sorting by a count sorts by number ("1,492" after "769" as text), through the view's proxy.
    auto *townView = child<QTableView>(window, "townTable");
    townView->sortByColumn(dd::ui::TownTableModel::CellsColumn, Qt::DescendingOrder);
    int most = 0;
    for (const auto &town : m_expected.towns)
        most = std::max(most, town.cellCount);
    QCOMPARE(
        townView->model()->index(0, dd::ui::TownTableModel::CellsColumn).data(dd::ui::TownTableModel::SortRole).toInt(),
        most);
    QCOMPARE(townView->model()->index(0, dd::ui::TownTableModel::CellsColumn).data().toString(),
             QLocale().toString(most));

    // The views really show the models (through their sorting proxies), and the totals line the sums.
    QCOMPARE(child<QTableView>(window, "squadTable")->model()->rowCount(), 13);
    QCOMPARE(child<QTableView>(window, "townTable")->model()->rowCount(), 12);
    const QString totals = child<QLabel>(window, "totalsLabel")->text();
    QVERIFY2(totals.contains(QLocale().toString(m_expected.cellCount)), qPrintable(totals));
    QVERIFY2(totals.contains(QLocale().toString(m_expected.officerCount)), qPrintable(totals));
}

void TestMainWindow::titleAndStatusBar()
{
    Settings settings(m_ini);
    MainWindow window(settings);
    QVERIFY(window.openDatabase(m_demo));
    const QString fileName = QFileInfo(m_demo).fileName();
    QCOMPARE(window.windowTitle(), QStringLiteral("DutyDesk 勤务调度台 — 嘉定区 — ") + fileName);
    QVERIFY(child<QLabel>(window, "statusFile")->text().contains(fileName));
    QCOMPARE(child<QLabel>(window, "statusSchema")->text(), QStringLiteral("Schema version %1").arg(m_expectedSchema));
    QVERIFY(!child<QLabel>(window, "statusConsole")->text().isEmpty());
    QCOMPARE(child<QLabel>(window, "statusSync")->text(), QStringLiteral("sync: not configured"));
    QVERIFY(child<QLabel>(window, "statusSchematic")->text().contains(QStringLiteral("示意")));
    QCOMPARE(child<QLabel>(window, "statusSchematic")->isVisibleTo(&window), m_expected.schematicGeometry);
}

void TestMainWindow::pagesAndShortcuts()
{
    Settings settings(m_ini);
    MainWindow window(settings);
    QVERIFY(window.openDatabase(m_demo));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();

    QCOMPARE(window.currentPage(), MainWindow::OverviewPageIndex);
    QCOMPARE(child<QListWidget>(window, "pageList")->count(), int(MainWindow::NUM_PAGES));
    const std::pair<Qt::Key, MainWindow::Page> keys[] = {
        { Qt::Key_2, MainWindow::MapPageIndex },      { Qt::Key_3, MainWindow::RosterPageIndex },
        { Qt::Key_4, MainWindow::DispatchPageIndex }, { Qt::Key_5, MainWindow::ReportsPageIndex },
        { Qt::Key_6, MainWindow::SyncPageIndex },     { Qt::Key_1, MainWindow::OverviewPageIndex },
    };
    for (const auto &[key, page] : keys) {
        QTest::keyClick(&window, key, Qt::ControlModifier);
        QCOMPARE(window.currentPage(), page);
    }
    // The placeholder pages already carry the real figures.
    // The map page (no longer a placeholder) names its layer's cells and reference in its status line.
    const QString mapStatus = child<QLabel>(window, "mapStatus")->text();
    QVERIFY2(mapStatus.contains(QLocale().toString(m_expected.cellCount)) && mapStatus.contains(m_expected.crs),
             qPrintable(mapStatus));
    // The roster page (no longer a placeholder) offers its squad picker (empty: nobody is signed in).
    QVERIFY(window.findChild<QComboBox *>(QStringLiteral("rosterSquad")));
    // Posts and categories come from their repositories, not from the summary.
    auto db = Database::open(m_demo);
    QVERIFY(db);
    int posts = 0;
    for (const auto &squad : m_expected.squads)
        posts += int(dd::data::PostRepository(*db.value()).bySquad(squad.code)->size());
    QVERIFY(posts > 0);
    // The dispatch page (no longer a placeholder) counts the open incidents it may show.
    QVERIFY(child<QLabel>(window, "dispatchCounts")->text().contains(QStringLiteral("open")));
    QVERIFY(!child<QLabel>(window, "syncConsoleId")->text().isEmpty());
    QVERIFY(child<QLabel>(window, "syncConsoleId")->text() != QStringLiteral("—"));
}

void TestMainWindow::unusableDatabaseShowsError_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<QByteArray>("content"); // null: the file does not exist
    QTest::newRow("missing file") << QStringLiteral("nothing-here.sqlite") << QByteArray();
    QTest::newRow("missing directory") << QStringLiteral("no-such-dir/squad.sqlite") << QByteArray();
    QTest::newRow("corrupt file") << QStringLiteral("corrupt.sqlite")
                                  << QByteArray("this is not a database\n").repeated(300);
    QTest::newRow("damaged header") << QStringLiteral("damaged.sqlite")
                                    << QByteArray("SQLite format 3").append('\0').append(QByteArray(4080, '\x5a'));
}

void TestMainWindow::unusableDatabaseShowsError()
{
    QFETCH(QString, fileName);
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(fileName);
    if (!content.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    }

    Settings settings(m_ini);
    MainWindow window(settings);
    window.show();
    QVERIFY(!window.openDatabase(path));
    QVERIFY(!window.hasDatabase());

    auto *error = window.findChild<dd::ui::DatabaseErrorView *>();
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(!child<QTableView>(window, "squadTable")->isVisible());
    QVERIFY(child<QLabel>(window, "errorFileLabel")->text().contains(fileName.section(QLatin1Char('/'), -1)));
    QVERIFY(!error->message().isEmpty());
    QVERIFY(window.windowTitle().contains(QFileInfo(path).fileName()));
    QVERIFY(child<QLabel>(window, "statusFile")->text().contains(QFileInfo(path).fileName()));
    QVERIFY(!child<QLabel>(window, "statusSchema")->isVisibleTo(&window));

    // Nothing was created or changed.
    if (content.isNull()) {
        QVERIFY(!QFile::exists(path));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content);
    }
}

void TestMainWindow::recoversFromError()
{
    Settings settings(m_ini);
    MainWindow window(settings);
    window.show();
    QVERIFY(!window.openDatabase(m_dir.filePath(QStringLiteral("missing.sqlite"))));
    QVERIFY(window.openDatabase(m_demo));
    QVERIFY(!window.findChild<dd::ui::DatabaseErrorView *>()->isVisible());
    QVERIFY(child<QTableView>(window, "squadTable")->isVisible());
    QCOMPARE(child<dd::ui::SquadTableModel>(window, "squadModel")->rowCount(), 13);
    // And back: a failed open clears the pages rather than leaving stale figures next to the error.
    QVERIFY(!window.openDatabase(m_dir.filePath(QStringLiteral("missing-again.sqlite"))));
    QCOMPARE(child<dd::ui::SquadTableModel>(window, "squadModel")->rowCount(), 0);
}

void TestMainWindow::geometryPersists()
{
    {
        Settings settings(m_ini);
        MainWindow window(settings);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        window.resize(1031, 707);
        QTRY_COMPARE(window.size(), QSize(1031, 707));
        window.close();
    }
    Settings settings(m_ini);
    QVERIFY(!settings.value(Settings::Key::MainWindowGeometry).toByteArray().isEmpty());
    MainWindow again(settings);
    QCOMPARE(again.size(), QSize(1031, 707));
}

void TestMainWindow::syncStatusFollowsSettings()
{
    Settings settings(m_ini);
    MainWindow window(settings);
    QVERIFY(window.openDatabase(m_demo));
    settings.setValue(Settings::Key::DistrictServerUrl, QStringLiteral("https://sync.jiading.example.gov.cn"));
    settings.setValue(Settings::Key::NightlySyncTime, QTime(3, 15));
    const QString status = child<QLabel>(window, "statusSync")->text();
    QVERIFY2(status.contains(QStringLiteral("sync.jiading.example.gov.cn")), qPrintable(status));
    QVERIFY2(status.contains(QStringLiteral("03:15")), qPrintable(status));
}

void TestMainWindow::createsAndOpensDemoDatabase()
{
    // File → Create demo database… after the file dialog: from the error view to the new district.
    Settings settings(m_ini);
    MainWindow window(settings);
    window.show();
    QVERIFY(!window.openDatabase(m_dir.filePath(QStringLiteral("first-start.sqlite"))));
    const QString path = m_dir.filePath(QStringLiteral("from-menu.sqlite"));
    window.demoCreator()->setProgram(QStringLiteral(DUTYDESK_EXECUTABLE));
    window.demoCreator()->start(path);
    QTRY_VERIFY_WITH_TIMEOUT(window.hasDatabase(), 120000);
    QCOMPARE(window.databasePath(), QFileInfo(path).absoluteFilePath());
    QCOMPARE(child<dd::ui::SquadTableModel>(window, "squadModel")->rowCount(), 13);
    QVERIFY(!window.findChild<dd::ui::DatabaseErrorView *>()->isVisible());
    QCOMPARE(settings.databasePath(), window.databasePath()); // the next start opens it again
}

void TestMainWindow::signedInWindowDefersSwitching()
{
    // With sign-in a session belongs to one file: a new demo database is saved for the next start
    // (where its sign-in happens) instead of being opened under the current user.
    Settings settings(m_ini);
    MainWindow window(settings);
    window.setSwitchRequiresRestart(true);
    QVERIFY(window.openDatabase(m_demo));
    window.show();
    QTimer answerNo;
    connect(&answerNo, &QTimer::timeout, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            box->button(QMessageBox::No)->click();
    });
    answerNo.start(50);
    const QString path = m_dir.filePath(QStringLiteral("next-start.sqlite"));
    window.demoCreator()->setProgram(QStringLiteral(DUTYDESK_EXECUTABLE));
    window.demoCreator()->start(path);
    QTRY_COMPARE_WITH_TIMEOUT(settings.databasePath(), QFileInfo(path).absoluteFilePath(), 120000);
    QVERIFY(QFileInfo::exists(path));
    QCOMPARE(window.databasePath(), QFileInfo(m_demo).absoluteFilePath()); // still the signed-in file
    QVERIFY(window.isVisible()); // "No": the console stays open
}

void TestMainWindow::newerSchemaIsRefused()
{
    // A file written by a newer DutyDesk: the window names both versions and leaves it alone.
    const QString path = m_dir.filePath(QStringLiteral("from-the-future.sqlite"));
    QVERIFY(QFile::copy(m_demo, path));
    const int future = Database::latestSchemaVersion() + 7;
    {
        QSqlDatabase sql = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("future"));
        sql.setDatabaseName(path);
        QVERIFY(sql.open());
        QSqlQuery insert(sql);
        QVERIFY(
            insert.exec(QStringLiteral("INSERT INTO schema_version VALUES (%1, 'future', '2030-01-01T00:00:00.000Z')")
                            .arg(future)));
        QSqlQuery checkpoint(sql);
        checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        sql.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("future"));
    QFile before(path);
    QVERIFY(before.open(QIODevice::ReadOnly));
    const QByteArray hash = QCryptographicHash::hash(before.readAll(), QCryptographicHash::Sha256);
    before.close();

    Settings settings(m_ini);
    MainWindow window(settings);
    window.show();
    QVERIFY(!window.openDatabase(path));
    const QString message = window.findChild<dd::ui::DatabaseErrorView *>()->message();
    QVERIFY2(message.contains(QString::number(future)), qPrintable(message));
    QVERIFY2(message.contains(QString::number(Database::latestSchemaVersion())), qPrintable(message));
    QVERIFY(child<QLabel>(window, "errorMessageLabel")->text().contains(QString::number(future)));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(QCryptographicHash::hash(after.readAll(), QCryptographicHash::Sha256), hash);
}

void TestMainWindow::chineseWindow()
{
    // The contexts lupdate wrote (dd::ui::…) must match the classes at run time, or officers see English.
    QCOMPARE(dd::ui::installTranslators(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
    {
        Settings settings(m_ini);
        MainWindow window(settings);
        QVERIFY(window.openDatabase(m_demo));
        QCOMPARE(window.windowTitle(),
                 QStringLiteral("勤务调度台 DutyDesk — 嘉定区 — ") + QFileInfo(m_demo).fileName());
        QCOMPARE(child<QLabel>(window, "statusSync")->text(), QStringLiteral("同步：未配置"));
        QCOMPARE(child<dd::ui::SquadTableModel>(window, "squadModel")
                     ->headerData(dd::ui::SquadTableModel::OfficersColumn, Qt::Horizontal)
                     .toString(),
                 QStringLiteral("执法队员"));
        QCOMPARE(child<QListWidget>(window, "pageList")->item(MainWindow::RosterPageIndex)->text(),
                 QStringLiteral("排班"));
        QCOMPARE(window.menuBar()->actions().constFirst()->text(), QStringLiteral("文件(&F)"));
    }
    dd::ui::installTranslators(QStringLiteral("en"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
