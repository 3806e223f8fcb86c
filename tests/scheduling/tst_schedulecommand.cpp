// SPDX-License-Identifier: GPL-3.0-or-later
// `dutydesk schedule solve|check` end to end: the roster file format, the last two output lines,
// every violation listed by check, a proven optimum reported, exit codes and reader errors.
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

class TestScheduleCommand : public QObject
{
    Q_OBJECT

private slots:
    void solveThenCheck();
    void checkListsEveryViolation();
    void badInputs_data();
    void badInputs();

private:
    struct Run
    {
        int code = -1;
        QStringList out;
        QString err;
    };
    static Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(DUTYDESK_EXECUTABLE), QStringList{QStringLiteral("schedule")} + args);
        if (!p.waitForFinished(60000))
            return {};
        Run r;
        r.code = p.exitCode();
        r.out = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }
    static QString instance1() { return QStringLiteral(DUTYDESK_SOURCE_DIR "/tests/data/curtois-qu/Instance1.txt"); }
    QTemporaryDir m_dir;
};

void TestScheduleCommand::solveThenCheck()
{
    const QString solution = m_dir.filePath(QStringLiteral("solution.txt"));
    const Run solved = run({QStringLiteral("solve"), instance1(), QStringLiteral("--time-limit"), QStringLiteral("3"),
                            QStringLiteral("--seed"), QStringLiteral("3"), QStringLiteral("-o"), solution, QStringLiteral("--quiet")});
    QCOMPARE(solved.code, 0);
    QVERIFY(solved.out.size() >= 2);
    QVERIFY(solved.out.at(solved.out.size() - 2).startsWith(QLatin1String("objective: ")));
    QCOMPARE(solved.out.last(), QStringLiteral("hard_violations: 0"));
    const long long objective = solved.out.at(solved.out.size() - 2).mid(11).toLongLong();
    // Instance1 is small enough for the branch and price to prove its optimum within the 3 s.
    QCOMPARE(objective, 607LL);
    QVERIFY2(solved.out.contains(QStringLiteral("proven optimal: the branch and price searched its whole tree")),
             qPrintable(solved.out.join(QLatin1Char('\n'))));

    QFile file(solution);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 8);
    const QString ids = QStringLiteral("ABCDEFGH");
    for (int i = 0; i < lines.size(); ++i) {
        const QStringList fields = lines.at(i).split(QLatin1Char('\t'));
        QCOMPARE(fields.size(), 15);
        QCOMPARE(fields.first(), QString(ids.at(i)));
        for (int d = 1; d < fields.size(); ++d)
            QVERIFY(fields.at(d).isEmpty() || fields.at(d) == QLatin1String("D"));
    }
    // A's day 0 is a fixed day off in Instance1.
    QVERIFY(lines.at(0).split(QLatin1Char('\t')).at(1).isEmpty());

    const Run checked = run({QStringLiteral("check"), instance1(), solution});
    QCOMPARE(checked.code, 0);
    QCOMPARE(checked.out.at(checked.out.size() - 2), QStringLiteral("objective: %1").arg(objective));
    QCOMPARE(checked.out.last(), QStringLiteral("hard_violations: 0"));
}

void TestScheduleCommand::checkListsEveryViolation()
{
    // Everybody off except A on day 0, which is A's fixed day off.
    const QString path = m_dir.filePath(QStringLiteral("bad.txt"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("A\tD\r\nB\nC\nD\nE\nF\nG\nH\n");
    file.close();
    const Run r = run({QStringLiteral("check"), instance1(), path});
    QCOMPARE(r.code, 1);
    // 8 officers below their minimum minutes + A's day off. Cover: 71 officer-days wanted, A gives one,
    // 70 x 100; every on-request refused: A 2+2, B 5x3, C 5x1, D 2+2, F 2+2, H 5x1 = 37; no off-request hit.
    QCOMPARE(r.out.last(), QStringLiteral("hard_violations: 9"));
    QCOMPARE(r.out.at(r.out.size() - 2), QStringLiteral("objective: 7037"));
    QVERIFY(r.out.contains(QStringLiteral("day-off officer A day 0 shift D amount 1 (hard)")));
    QVERIFY(r.out.contains(QStringLiteral("min-total-minutes officer B amount 3360 (hard)")));
    QVERIFY(r.out.contains(QStringLiteral("cover-under day 1 shift D amount 7 cost 700")));
}

void TestScheduleCommand::badInputs_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("error");
    const QString missing = QStringLiteral("/nonexistent/Instance9.txt");
    QTest::newRow("unreadable instance") << QStringList{QStringLiteral("check"), missing, missing} << 4
                                         << QStringLiteral("/nonexistent/Instance9.txt: cannot open the file");
    QTest::newRow("no output option") << QStringList{QStringLiteral("solve"), instance1()} << 2 << QStringLiteral("usage:");
    QTest::newRow("bad time limit") << QStringList{QStringLiteral("solve"), instance1(), QStringLiteral("--time-limit"),
                                                   QStringLiteral("soon"), QStringLiteral("-o"), QStringLiteral("x")}
                                    << 2 << QStringLiteral("invalid number");
    QTest::newRow("unknown action") << QStringList{QStringLiteral("optimise")} << 2 << QStringLiteral("expected solve or check");
}

void TestScheduleCommand::badInputs()
{
    QFETCH(QStringList, args);
    QFETCH(int, code);
    QFETCH(QString, error);
    const Run r = run(args);
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(error), qPrintable(r.err));
}

QTEST_GUILESS_MAIN(TestScheduleCommand)
#include "tst_schedulecommand.moc"
