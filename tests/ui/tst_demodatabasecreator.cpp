// SPDX-License-Identifier: GPL-3.0-or-later
// File → Create demo database… runs `dutydesk demo-db` as a child process: success is reported once
// with the new file, and every way of failing (no program, a generator error, a second start while one
// runs) comes back as a message instead of a hang or a crash.
#include "ui/demodatabasecreator.h"

#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using dd::ui::DemoDatabaseCreator;

class TestDemoDatabaseCreator : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void creates();
    void failures_data();
    void failures();
    void secondStartIsRefused();

private:
    QTemporaryDir m_dir;
};

void TestDemoDatabaseCreator::creates()
{
    DemoDatabaseCreator creator;
    creator.setProgram(QStringLiteral(DUTYDESK_EXECUTABLE));
    QSignalSpy finished(&creator, &DemoDatabaseCreator::finished);
    const QString path = m_dir.filePath(QStringLiteral("demo.sqlite"));
    creator.start(path);
    QVERIFY(creator.isRunning());
    QVERIFY(finished.wait(120000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), true);
    QCOMPARE(finished.at(0).at(1).toString(), path);
    QVERIFY(finished.at(0).at(2).toString().isEmpty());
    QVERIFY(QFileInfo(path).size() > 100000);
    QVERIFY(!creator.isRunning());
}

void TestDemoDatabaseCreator::failures_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("messageContains");
    QTest::newRow("program missing") << QStringLiteral("/nonexistent/dutydesk") << QStringLiteral("x.sqlite")
                                     << QStringLiteral("/nonexistent/dutydesk");
    QTest::newRow("directory missing") << QStringLiteral(DUTYDESK_EXECUTABLE) << QStringLiteral("no-such-dir/x.sqlite")
                                       << QStringLiteral("no-such-dir");
}

void TestDemoDatabaseCreator::failures()
{
    QFETCH(QString, program);
    QFETCH(QString, path);
    QFETCH(QString, messageContains);
    DemoDatabaseCreator creator;
    creator.setProgram(program);
    QSignalSpy finished(&creator, &DemoDatabaseCreator::finished);
    creator.start(m_dir.filePath(path));
    QVERIFY(finished.count() == 1 || finished.wait(60000));
    QTest::qWait(50); // a second, wrong finished() would arrive now
    QCOMPARE(finished.count(), 1);
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    const QString message = finished.at(0).at(2).toString();
    QVERIFY2(message.contains(messageContains), qPrintable(message));
    QVERIFY(!QFileInfo::exists(m_dir.filePath(path)));
    QVERIFY(!creator.isRunning());
}

void TestDemoDatabaseCreator::secondStartIsRefused()
{
    DemoDatabaseCreator creator;
    creator.setProgram(QStringLiteral(DUTYDESK_EXECUTABLE));
    QSignalSpy finished(&creator, &DemoDatabaseCreator::finished);
    creator.start(m_dir.filePath(QStringLiteral("first.sqlite")));
    creator.start(m_dir.filePath(QStringLiteral("second.sqlite")));
    QCOMPARE(finished.count(), 1); // the refusal, at once
    QCOMPARE(finished.at(0).at(0).toBool(), false);
    QCOMPARE(finished.at(0).at(1).toString(), m_dir.filePath(QStringLiteral("second.sqlite")));
    creator.cancel();
    QVERIFY(finished.wait(60000));
    QCOMPARE(finished.at(1).at(0).toBool(), false); // killed
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("second.sqlite"))));
}

QTEST_GUILESS_MAIN(TestDemoDatabaseCreator)
#include "tst_demodatabasecreator.moc"
