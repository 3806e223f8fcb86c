// SPDX-License-Identifier: GPL-3.0-or-later
// Printed rosters read back with pdftotext / pdfinfo: names, dates, shift codes, teams, page count,
// "page x of y", signature lines; 60 officers paginate with the header rows on every page; the change
// notice lists exactly the changed cells; and the command line plans, publishes and prints headless.
#include "rosterfixture.h"

#include "data/roster/rosterplanner.h"
#include "ui/print/rosterprint.h"

#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace dd::data;
namespace print = dd::ui::print;

namespace {

// Qt writes a PDF's ToUnicode map with the lowest code point of each glyph, and Noto Sans CJK shares
// glyphs between ideographs and radicals: 黄 comes back as ⻩ (U+2EE9), 长 as ⻓. NFKC folds the Kangxi
// radicals (U+2F00…); the CJK Radicals Supplement has no decomposition, so the common ones are mapped here.
QString unradical(QString s)
{
    static const std::pair<char16_t, char16_t> map[] = {
        { u'\u2EE9', u'黄' }, { u'\u2EE2', u'马' }, { u'\u2EDC', u'飞' }, { u'\u2ED3', u'长' }, { u'\u2EF0', u'龙' },
        { u'\u2ED4', u'门' }, { u'\u2EC5', u'见' }, { u'\u2EC9', u'贝' }, { u'\u2ECB', u'车' }, { u'\u2EEC', u'齐' },
        { u'\u2EE5', u'鱼' }, { u'\u2EDA', u'页' }, { u'\u2EDB', u'风' }, { u'\u2EC4', u'西' }, { u'\u2ED0', u'钅' },
        { u'\u2EA0', u'民' }, { u'\u2E8C', u'小' }, { u'\u2EBC', u'月' }, { u'\u2ECF', u'阝' }, { u'\u2EE3', u'骨' },
    };
    for (const auto &[from, to] : map)
        s.replace(QChar(from), QChar(to));
    return s;
}

// pdftotext output, NFKC-normalised and with radicals mapped back (see unradical()).
QString pdfText(const QString &path, bool layout = false)
{
    QProcess p;
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    args << path << QStringLiteral("-");
    p.start(QStringLiteral("pdftotext"), args);
    if (!p.waitForFinished(30000))
        return {};
    return unradical(QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC));
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), { path });
    if (!p.waitForFinished(30000))
        return -1;
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

} // namespace

class TstRosterPrint : public QObject
{
    Q_OBJECT

private:
    const QString squad = QStringLiteral("JD102");
    const RosterPeriod week = RosterPeriod::isoWeek(QDate(2026, 12, 7));
    rostertest::Store m_store;
    print::RosterPrintData m_data;
    QString m_v1, m_v2;
    std::vector<AssignmentChange> m_changes;

    QString write(const std::function<Result<int>(QPagedPaintDevice &)> &paint, const QString &name, int *pages)
    {
        const QString path = m_store.dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            return {};
        {
            auto writer = print::makeRosterPdfWriter(&file, name);
            Result<int> r = paint(*writer);
            if (!r) {
                qWarning() << r.errorMessage();
                return {};
            }
            *pages = r.value();
        }
        file.close();
        return path;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_store.openRoster());
        RosterRepository repo = m_store.repo();
        QVERIFY(repo.setTemplates(m_store.leader, squad, m_store.smallTemplate()));
        auto ctx = repo.context(m_store.leader, squad, week);
        QVERIFY(ctx);
        RosterPlanner planner(ctx.value());
        PlanOptions o;
        o.maxIterations = 300;
        o.timeLimitSeconds = 20;
        PlanResult r = planner.plan(o);
        QVERIFY(r.check.feasible());
        auto v1 = repo.saveDraft(m_store.leader, squad, week, r.assignments);
        QVERIFY(v1);
        QVERIFY(repo.publish(m_store.leader, v1.value()));
        m_v1 = v1.value();
        // Version 2: the first officer's Monday moves to the night shift at P1, one cell is removed.
        std::vector<Assignment> cells = r.assignments;
        cells.erase(cells.begin() + 1);
        auto v2 = repo.saveDraft(m_store.leader, squad, week, cells);
        QVERIFY(v2);
        QVERIFY(repo.publish(m_store.leader, v2.value(), PublishOptions { true, QString() }));
        m_v2 = v2.value();
        auto diff = repo.compare(m_store.leader, m_v1, m_v2);
        QVERIFY(diff);
        m_changes = diff.value();
        QCOMPARE(int(m_changes.size()), 1);

        m_data.context = ctx.value();
        auto loaded = repo.load(m_store.leader, m_v1);
        QVERIFY(loaded);
        m_data.header = loaded->header;
        m_data.assignments = loaded->assignments;
        m_data.printedAt = QDateTime(QDate(2026, 12, 4), QTime(2, 0), Qt::UTC);
    }

    void weeklyRoster()
    {
        int pages = 0;
        const QString path = write([&](QPagedPaintDevice &d) { return print::printWeeklyRoster(m_data, d); },
                                   QStringLiteral("weekly.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdfPages(path), pages);
        const QString text = pdfText(path);
        for (const RosterOfficer &o : m_data.context.officers) {
            QVERIFY2(text.contains(o.name), qPrintable(o.name));
            QVERIFY2(text.contains(o.badgeNo), qPrintable(o.badgeNo));
        }
        for (const char *s : { "12-07", "12-13", "2026-W50", "Version 1", "CD", "CN", "N1", "P01", "Daily totals per shift",
                               "07:00–15:00", "制表", "审核", "中队长", "南翔中队" })
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
        QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
        // Every cell of the roster is printed: count the team labels of Monday's night shift.
        const int nightTeams = int(std::count_if(m_data.assignments.begin(), m_data.assignments.end(), [&](const Assignment &a) {
            return a.date == week.start && a.team == QLatin1String("N1");
        }));
        QVERIFY(nightTeams >= 2);
    }

    void sixtyOfficersPaginate()
    {
        print::RosterPrintData big = m_data;
        big.context.officers.clear();
        big.assignments.clear();
        for (int i = 1; i <= 60; ++i) {
            RosterOfficer o;
            o.id = QStringLiteral("x%1").arg(i);
            o.badgeNo = QStringLiteral("JD9%1").arg(i, 4, 10, QLatin1Char('0'));
            o.name = QStringLiteral("队员%1号").arg(i);
            o.certified = true;
            big.context.officers.push_back(o);
            for (int d = 0; d < 7; ++d)
                if ((i + d) % 7 < 5)
                    big.assignments.push_back({ o.id, week.start.addDays(d), QStringLiteral("sD"), QStringLiteral("pP1"),
                                                QStringLiteral("D%1").arg((i + 1) / 2), false });
        }
        int pages = 0;
        const QString path = write([&](QPagedPaintDevice &d) { return print::printWeeklyRoster(big, d); },
                                   QStringLiteral("weekly60.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
        QCOMPARE(pdfPages(path), pages);
        const QString text = pdfText(path);
        for (int i = 1; i <= 60; ++i)
            QVERIFY2(text.contains(QStringLiteral("队员%1号").arg(i)), qPrintable(QString::number(i)));
        // Every page is numbered and carries the title block; every page with roster rows repeats the
        // table's header row; no officer row is split over two pages (each name appears exactly once).
        const QStringList perPage = text.split(QLatin1Char('\f'), Qt::SkipEmptyParts);
        QCOMPARE(int(perPage.size()), pages);
        int rowPages = 0;
        for (int p = 0; p < pages; ++p) {
            QVERIFY(perPage.at(p).contains(QStringLiteral("Page %1 of %2").arg(p + 1).arg(pages)));
            QVERIFY(perPage.at(p).contains(QStringLiteral("2026-W50")));
            if (perPage.at(p).contains(QStringLiteral("队员"))) {
                ++rowPages;
                QVERIFY2(perPage.at(p).contains(QStringLiteral("Officer (badge)")), qPrintable(QString::number(p + 1)));
            }
        }
        QVERIFY(rowPages >= 3);
        for (int i = 1; i <= 60; ++i)
            QCOMPARE(int(text.count(QStringLiteral("队员%1号\n").arg(i))), 1);
    }

    void dailySheet()
    {
        int pages = 0;
        const QDate wed = week.start.addDays(2);
        const QString path = write([&](QPagedPaintDevice &d) { return print::printDailySheet(m_data, wed, d); },
                                   QStringLiteral("daily.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdfPages(path), pages);
        const QString text = pdfText(path);
        QVERIFY(text.contains(QStringLiteral("2026-12-09")));
        QVERIFY(text.contains(QStringLiteral("南翔中队指挥室")));
        for (const Assignment &a : m_data.assignments)
            if (a.date == wed) {
                QVERIFY2(text.contains(m_data.context.officer(a.officerId)->name), qPrintable(a.officerId));
                if (!a.team.isEmpty())
                    QVERIFY2(text.contains(a.team), qPrintable(a.team));
            }
        // Phones masked unless allowed.
        QVERIFY(text.contains(QStringLiteral("****")));
        QVERIFY(!text.contains(QStringLiteral("13900000")));
        QVERIFY(text.contains(QStringLiteral("制表")));
        // A date outside the period is refused with the period named.
        QBuffer sink;
        QVERIFY(sink.open(QIODevice::WriteOnly));
        auto refused = print::printDailySheet(m_data, week.end.addDays(1), *print::makeRosterPdfWriter(&sink, QString()));
        QVERIFY(!refused);
        QVERIFY(refused.errorMessage().contains(QStringLiteral("2026-W50")));
    }

    void changeNotice()
    {
        int pages = 0;
        auto from = m_store.repo().load(m_store.leader, m_v1);
        auto to = m_store.repo().load(m_store.leader, m_v2);
        QVERIFY(from && to);
        const QString path = write(
            [&](QPagedPaintDevice &d) {
                return print::printChangeNotice(m_data.context, from->header, to->header, m_changes, m_data.printedAt, d);
            },
            QStringLiteral("changes.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        QCOMPARE(pdfPages(path), pages);
        const QString text = pdfText(path);
        const AssignmentChange &c = m_changes.front();
        QVERIFY(text.contains(QStringLiteral("1 change(s) from version 1 to version 2")));
        QVERIFY(text.contains(m_data.context.officer(c.officerId)->name));
        QVERIFY(text.contains(c.date.toString(Qt::ISODate)));
        QVERIFY(text.contains(m_data.context.shift(c.before.shiftTypeId)->code));
        for (const char *s : { "制表", "审核", "中队长", "Page 1 of" })
            QVERIFY2(text.contains(QString::fromUtf8(s)), s);
    }

    void officerMonth()
    {
        int pages = 0;
        const RosterOfficer &o = m_data.context.officers.front();
        const QString path = write([&](QPagedPaintDevice &d) { return print::printOfficerSchedule(m_data, o.id, d); },
                                   QStringLiteral("officer.pdf"), &pages);
        QVERIFY(!path.isEmpty());
        const QString text = pdfText(path);
        QVERIFY(text.contains(o.name));
        QVERIFY(text.contains(QStringLiteral("2026-12-13")));
        const int worked = int(std::count_if(m_data.assignments.begin(), m_data.assignments.end(),
                                             [&](const Assignment &a) { return a.officerId == o.id; }));
        QVERIFY2(text.contains(QStringLiteral("Total: %1 shift(s)").arg(worked)), qPrintable(text.right(400)));
    }

    void commandLinePlansPublishesAndPrints()
    {
        // A store on disk with a leader whose password is known, used by the dutydesk binary.
        const QString credentials = m_store.dir.filePath(QStringLiteral("leader.cred"));
        QFile cred(credentials);
        QVERIFY(cred.open(QIODevice::WriteOnly));
        cred.write("user=leader\npassword=changed-password-1\n");
        cred.close();
        QVERIFY(cred.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        const QString db = m_store.db->path();
        const RosterPeriod next = RosterPeriod::isoWeek(week.start.addDays(7));
        QProcess plan;
        plan.start(QStringLiteral(DUTYDESK_EXECUTABLE),
                   { QStringLiteral("roster"), QStringLiteral("plan"), QStringLiteral("--squad"), squad, QStringLiteral("--period"),
                     next.key(), QStringLiteral("--iterations"), QStringLiteral("200"), QStringLiteral("--publish"),
                     QStringLiteral("--quiet"), QStringLiteral("--db"), db, QStringLiteral("--credentials"), credentials });
        QVERIFY(plan.waitForFinished(60000));
        const QString out = QString::fromUtf8(plan.readAllStandardOutput()).trimmed();
        QVERIFY2(plan.exitCode() == 0, qPrintable(out + QString::fromUtf8(plan.readAllStandardError())));
        QVERIFY2(out.endsWith(QStringLiteral("hard_violations: 0")), qPrintable(out));
        QVERIFY(out.contains(QStringLiteral("published version 1")));

        const QString pdf = m_store.dir.filePath(QStringLiteral("cli-weekly.pdf"));
        QProcess printer;
        printer.start(QStringLiteral(DUTYDESK_EXECUTABLE),
                      { QStringLiteral("roster"), QStringLiteral("print"), QStringLiteral("--squad"), squad, QStringLiteral("--period"),
                        next.key(), QStringLiteral("--kind"), QStringLiteral("weekly"), QStringLiteral("-o"), pdf,
                        QStringLiteral("--db"), db });
        QVERIFY(printer.waitForFinished(60000));
        QVERIFY2(printer.exitCode() == 0, printer.readAllStandardError().constData());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(next.key()));
        QVERIFY(text.contains(QStringLiteral("王伟")));
        // Bad input: an unknown kind is a usage error naming the choices; an unknown squad is named.
        QProcess bad;
        bad.start(QStringLiteral(DUTYDESK_EXECUTABLE),
                  { QStringLiteral("roster"), QStringLiteral("print"), QStringLiteral("--squad"), QStringLiteral("JD999"),
                    QStringLiteral("--period"), next.key(), QStringLiteral("-o"), pdf, QStringLiteral("--db"), db });
        QVERIFY(bad.waitForFinished(60000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(QString::fromUtf8(bad.readAllStandardError()).contains(QStringLiteral("JD999")));
    }
};

QTEST_MAIN(TstRosterPrint)
#include "tst_rosterprint.moc"
