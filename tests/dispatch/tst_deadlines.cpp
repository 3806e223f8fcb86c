// SPDX-License-Identifier: GPL-3.0-or-later
// Deadline arithmetic of the four clocks across nights, weekends, holidays and swapped working days,
// and the arrival limit. Times are written in Shanghai local time; the code works in UTC.
#include "data/incidents/deadlines.h"

#include <QTest>

using namespace dd::data;

namespace {

// 2026 National Day as announced: 1–7 October off (Thu–Wed), Saturday 10 October worked (调休).
// Plus Friday 2 January off and Sunday 4 January worked, for a swap right after a weekend.
WorkingCalendar calendar()
{
    QSet<QDate> holidays;
    for (int d = 1; d <= 7; ++d)
        holidays.insert(QDate(2026, 10, d));
    holidays.insert(QDate(2026, 1, 2));
    return WorkingCalendar(holidays, { QDate(2026, 10, 10), QDate(2026, 1, 4) });
}

QDateTime local(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, QStringLiteral("yyyy-MM-dd HH:mm"));
    return Deadlines::fromLocal(t.date(), t.time());
}

} // namespace

class TestDeadlines : public QObject
{
    Q_OBJECT

private slots:
    void calendarDays()
    {
        const WorkingCalendar c = calendar();
        QVERIFY(c.isWorkingDay(QDate(2026, 9, 30)));
        QVERIFY(!c.isWorkingDay(QDate(2026, 10, 1)));
        QVERIFY(!c.isWorkingDay(QDate(2026, 10, 11))); // a plain Sunday
        QVERIFY(c.isWorkingDay(QDate(2026, 10, 10))); // the swapped Saturday
        QCOMPARE(c.addWorkingDays(QDate(2026, 9, 30), 1), QDate(2026, 10, 8));
        QCOMPARE(c.addWorkingDays(QDate(2026, 9, 30), 3), QDate(2026, 10, 10));
        QCOMPARE(c.addWorkingDays(QDate(2026, 10, 9), 0), QDate(2026, 10, 9));
    }

    void deadline_data()
    {
        QTest::addColumn<QString>("reported");
        QTest::addColumn<int>("amount");
        QTest::addColumn<int>("unit");
        QTest::addColumn<int>("clock");
        QTest::addColumn<QString>("expected");
        const int minute = int(LimitUnit::Minute), hour = int(LimitUnit::Hour), day = int(LimitUnit::Day);
        const int emergency = int(LimitClock::EmergencyHours), working = int(LimitClock::WorkingHours),
                  workdays = int(LimitClock::WorkingDays), calendarDays = int(LimitClock::CalendarDays);
        QTest::newRow("emergency hours run through the night") << "2026-11-26 22:00" << 4 << hour << emergency << "2026-11-27 02:00";
        QTest::newRow("emergency minutes on a holiday") << "2026-10-01 12:10" << 30 << minute << emergency << "2026-10-01 12:40";
        QTest::newRow("working hours inside the morning") << "2026-11-26 09:00" << 2 << hour << working << "2026-11-26 11:00";
        QTest::newRow("working hours skip lunch") << "2026-11-26 11:00" << 2 << hour << working << "2026-11-26 15:00";
        QTest::newRow("working hours reported at lunch") << "2026-11-26 12:30" << 2 << hour << working << "2026-11-26 16:00";
        QTest::newRow("working hours reported at night") << "2026-11-26 23:00" << 1 << hour << working << "2026-11-27 09:00";
        QTest::newRow("working hours over the weekend") << "2026-11-27 16:00" << 4 << hour << working << "2026-11-30 10:00";
        QTest::newRow("working hours over national day") << "2026-09-30 17:00" << 2 << hour << working << "2026-10-08 09:00";
        QTest::newRow("working hours end exactly at noon") << "2026-11-26 08:00" << 4 << hour << working << "2026-11-26 12:00";
        QTest::newRow("working hours reach the swapped Sunday") << "2026-01-01 17:00" << 2 << hour << working << "2026-01-04 09:00";
        QTest::newRow("working minutes on a Saturday") << "2026-11-28 10:00" << 30 << minute << working << "2026-11-30 08:30";
        QTest::newRow("working days: next working day's end") << "2026-11-26 10:00" << 1 << day << workdays << "2026-11-27 18:00";
        QTest::newRow("working days over the weekend") << "2026-11-27 20:00" << 1 << day << workdays << "2026-11-30 18:00";
        QTest::newRow("working days over national day") << "2026-09-30 10:00" << 1 << day << workdays << "2026-10-08 18:00";
        QTest::newRow("working days onto the swapped Saturday") << "2026-10-09 10:00" << 1 << day << workdays << "2026-10-10 18:00";
        QTest::newRow("working days reported on a holiday") << "2026-10-03 10:00" << 2 << day << workdays << "2026-10-09 18:00";
        QTest::newRow("calendar days end at midnight") << "2026-11-26 23:30" << 2 << day << calendarDays << "2026-11-29 00:00";
        QTest::newRow("calendar days ignore holidays") << "2026-09-30 08:00" << 3 << day << calendarDays << "2026-10-04 00:00";
        QTest::newRow("local date, not UTC date") << "2026-11-27 07:00" << 1 << day << calendarDays << "2026-11-29 00:00";
    }

    void deadline()
    {
        QFETCH(QString, reported);
        QFETCH(int, amount);
        QFETCH(int, unit);
        QFETCH(int, clock);
        QFETCH(QString, expected);
        const TimeLimit limit { amount, LimitUnit(unit), LimitClock(clock) };
        const QDateTime got = Deadlines::deadline(local(reported), limit, calendar());
        QCOMPARE(Deadlines::toLocal(got).toString(QStringLiteral("yyyy-MM-dd HH:mm")), expected);
        QCOMPARE(got.timeSpec(), Qt::UTC);
    }

    void arrival()
    {
        const QDateTime at = local(QStringLiteral("2026-11-26 23:50"));
        QCOMPARE(Deadlines::arrivalDeadline(at, true), at.addSecs(30 * 60));
        QCOMPARE(Deadlines::arrivalDeadline(at, false), at.addSecs(2 * 3600));
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
