// SPDX-License-Identifier: GPL-3.0-or-later
// The Curtois & Qu reader: what it maps onto the model, line endings and comments, and an error with
// file, line and reason for every kind of bad input.
#include "scheduling/curtoisqureader.h"

#include <QtTest>

using namespace dd::scheduling;

namespace {

// A small valid instance; the error rows replace one line (1-based numbers in the comments).
const QStringList kBase = {
    QStringLiteral("# header comment"),                  // 1
    QStringLiteral("SECTION_HORIZON"),                   // 2
    QStringLiteral("# days"),                            // 3
    QStringLiteral("14"),                                // 4
    QString(),                                           // 5
    QStringLiteral("SECTION_SHIFTS"),                    // 6
    QStringLiteral("E,480,"),                            // 7
    QStringLiteral("L,600,E"),                           // 8
    QString(),                                           // 9
    QStringLiteral("SECTION_STAFF"),                     // 10
    QStringLiteral("A,E=14|L=0,4320,3360,5,2,2,1"),      // 11
    QStringLiteral("B,E=14|L=14,4320,3360,5,2,2,1"),     // 12
    QString(),                                           // 13
    QStringLiteral("SECTION_DAYS_OFF"),                  // 14
    QStringLiteral("A,0,13"),                            // 15
    QStringLiteral("B,5"),                               // 16
    QString(),                                           // 17
    QStringLiteral("SECTION_SHIFT_ON_REQUESTS"),         // 18
    QStringLiteral("A,2,E,2"),                           // 19
    QString(),                                           // 20
    QStringLiteral("SECTION_SHIFT_OFF_REQUESTS"),        // 21
    QStringLiteral("B,3,L,3"),                           // 22
    QString(),                                           // 23
    QStringLiteral("SECTION_COVER"),                     // 24
    QStringLiteral("# Day, ShiftID, Requirement, Weight for under, Weight for over"), // 25
    QStringLiteral("0,E,2,100,1"),                       // 26
    QStringLiteral("0,L,1,100,1"),                       // 27
};

std::string text(const QStringList &lines, const char *eol) { return lines.join(QLatin1String(eol)).toStdString(); }

} // namespace

class TestCurtoisQuReader : public QObject
{
    Q_OBJECT

private slots:
    void mapsOntoTheModel();
    void lineEndingsAndComments();
    void errors_data();
    void errors();
    void benchmarkCopy();
};

void TestCurtoisQuReader::mapsOntoTheModel()
{
    const ReadResult r = readCurtoisQu(text(kBase, "\n"), "dir/Small.txt");
    QVERIFY2(bool(r), r.error.c_str());
    const Problem &p = r.problem;
    QCOMPARE(p.name, std::string("Small"));
    QCOMPARE(p.days, 14);
    QCOMPARE(p.shifts.size(), std::size_t(2));
    QCOMPARE(p.shifts[1].lengthMinutes, 600);
    QCOMPARE(p.shifts[1].cannotFollow, std::vector<int>{0});
    QVERIFY(p.shifts[0].cannotFollow.empty());
    QVERIFY(!p.canFollow(1, 0));
    QVERIFY(p.canFollow(0, 1));
    QCOMPARE(p.officers.size(), std::size_t(2));
    const Officer &a = p.officers[0];
    QCOMPARE(a.maxShifts, (std::vector<int>{14, 0}));
    QCOMPARE(a.maxTotalMinutes, 4320);
    QCOMPARE(a.minTotalMinutes, 3360);
    QCOMPARE(a.maxConsecutiveShifts, 5);
    QCOMPARE(a.minConsecutiveShifts, 2);
    QCOMPARE(a.minConsecutiveDaysOff, 2);
    QCOMPARE(a.maxWeekends, 1);
    QCOMPARE(a.daysOff, (std::vector<int>{0, 13}));
    QVERIFY(!a.history.known);
    QCOMPARE(p.requests.size(), std::size_t(2));
    QVERIFY(p.requests[0].on);
    QCOMPARE(p.requests[0].weight, 2);
    QVERIFY(!p.requests[1].on);
    QCOMPARE(p.requests[1].officer, 1);
    QCOMPARE(p.requests[1].shift, 1);
    QCOMPARE(p.demands.size(), std::size_t(2));
    QCOMPARE(p.demands[0].minimum, 2);
    QCOMPARE(p.demands[0].target, 2);
    QCOMPARE(p.demands[0].maximum, kUnlimited);
    QCOMPARE(p.demands[0].weightUnder, 100);
    QCOMPARE(p.demands[0].weightOver, 1);
    QVERIFY(p.isWeekend(5) && p.isWeekend(6) && !p.isWeekend(4) && p.isWeekend(12));
    QCOMPARE(p.weekendIndex(12), 1);
}

void TestCurtoisQuReader::lineEndingsAndComments()
{
    const ReadResult lf = readCurtoisQu(text(kBase, "\n"), "lf.txt");
    const ReadResult crlf = readCurtoisQu(text(kBase, "\r\n"), "crlf.txt");
    QStringList commented = kBase;
    commented.insert(7, QStringLiteral("# a comment between two shifts"));
    commented.insert(2, QStringLiteral("   "));
    const ReadResult withComments = readCurtoisQu(text(commented, "\r\n"), "c.txt");
    QVERIFY2(bool(crlf), crlf.error.c_str());
    QVERIFY2(bool(withComments), withComments.error.c_str());
    for (const ReadResult *r : {&crlf, &withComments}) {
        QCOMPARE(r->problem.shifts.size(), lf.problem.shifts.size());
        QCOMPARE(r->problem.shifts[1].id, std::string("L"));
        QCOMPARE(r->problem.officers.size(), lf.problem.officers.size());
        QCOMPARE(r->problem.demands.size(), lf.problem.demands.size());
        QCOMPARE(r->problem.officers[1].id, std::string("B"));
    }
}

void TestCurtoisQuReader::errors_data()
{
    QTest::addColumn<int>("line");           // 1-based line to replace; 0: drop the cover section
    QTest::addColumn<QString>("replacement");
    QTest::addColumn<QString>("error");      // the whole expected message

    QTest::newRow("unknown shift in cover") << 27 << QStringLiteral("0,X,1,100,1") << QStringLiteral("f.txt:27: unknown shift id 'X'");
    QTest::newRow("unknown employee in days off") << 16 << QStringLiteral("Z,5") << QStringLiteral("f.txt:16: unknown employee id 'Z'");
    QTest::newRow("unknown employee in a request") << 19 << QStringLiteral("Q,2,E,2") << QStringLiteral("f.txt:19: unknown employee id 'Q'");
    QTest::newRow("unknown shift in CannotFollow") << 8 << QStringLiteral("L,600,E|M") << QStringLiteral("f.txt:8: unknown shift id 'M'");
    QTest::newRow("unknown shift in MaxShifts") << 11 << QStringLiteral("A,E=14|N=0,4320,3360,5,2,2,1") << QStringLiteral("f.txt:11: unknown shift id 'N'");
    QTest::newRow("duplicate cover row") << 27 << QStringLiteral("0,E,3,100,1")
                                         << QStringLiteral("f.txt:27: duplicate cover row for day 0 shift E (first on line 26)");
    QTest::newRow("malformed horizon") << 4 << QStringLiteral("fourteen") << QStringLiteral("f.txt:4: malformed number 'fourteen' for horizon");
    QTest::newRow("malformed minutes") << 12 << QStringLiteral("B,E=14|L=14,43x0,3360,5,2,2,1")
                                       << QStringLiteral("f.txt:12: malformed number '43x0' for MaxTotalMinutes");
    QTest::newRow("malformed weight") << 22 << QStringLiteral("B,3,L,3.5") << QStringLiteral("f.txt:22: malformed number '3.5' for weight");
    QTest::newRow("malformed MaxShifts item") << 11 << QStringLiteral("A,E14,4320,3360,5,2,2,1")
                                              << QStringLiteral("f.txt:11: malformed MaxShifts item 'E14' (expected ShiftID=max)");
    QTest::newRow("day outside the horizon") << 26 << QStringLiteral("14,E,2,100,1")
                                             << QStringLiteral("f.txt:26: day 14 outside the horizon 0..13");
    QTest::newRow("too few fields") << 7 << QStringLiteral("E,480") << QStringLiteral("f.txt:7: expected 3 fields (ShiftID, Length, CannotFollow), found 2");
    QTest::newRow("duplicate employee") << 12 << QStringLiteral("A,E=14|L=14,4320,3360,5,2,2,1") << QStringLiteral("f.txt:12: duplicate employee id 'A'");
    QTest::newRow("unknown section") << 21 << QStringLiteral("SECTION_SHIFT_OF_REQUESTS") << QStringLiteral("f.txt:21: unknown section 'SECTION_SHIFT_OF_REQUESTS'");
    QTest::newRow("missing section") << 0 << QString() << QStringLiteral("f.txt: missing section SECTION_COVER");
}

void TestCurtoisQuReader::errors()
{
    QFETCH(int, line);
    QFETCH(QString, replacement);
    QFETCH(QString, error);
    QStringList lines = kBase;
    if (line == 0)
        lines = lines.mid(0, 23);
    else
        lines[line - 1] = replacement;
    const ReadResult r = readCurtoisQu(text(lines, "\r\n"), "f.txt");
    QVERIFY(!r);
    QCOMPARE(QString::fromStdString(r.error), error);
    QCOMPARE(r.line, line);
    QVERIFY(r.problem.officers.empty());
}

void TestCurtoisQuReader::benchmarkCopy()
{
    const ReadResult r = readCurtoisQuFile(DUTYDESK_SOURCE_DIR "/tests/data/curtois-qu/Instance2.txt");
    QVERIFY2(bool(r), r.error.c_str());
    QCOMPARE(r.problem.days, 14);
    QCOMPARE(r.problem.shifts.size(), std::size_t(2));
    QCOMPARE(r.problem.officers.size(), std::size_t(14));
    QCOMPARE(r.problem.demands.size(), std::size_t(28));
    QCOMPARE(r.problem.shifts[1].cannotFollow, std::vector<int>{0});
    const ReadResult missing = readCurtoisQuFile("/nonexistent/Instance99.txt");
    QCOMPARE(QString::fromStdString(missing.error), QStringLiteral("/nonexistent/Instance99.txt: cannot open the file"));
}

QTEST_GUILESS_MAIN(TestCurtoisQuReader)
#include "tst_curtoisqureader.moc"
