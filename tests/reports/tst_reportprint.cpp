// SPDX-License-Identifier: GPL-3.0-or-later
// The printed reports: the quarterly evaluation and the daily summary rendered to real PDFs and read
// back with pdftotext — the indicator values computed from the hand-computed quarter must be in them,
// with the page numbers; and `dutydesk report` writes the same headless, refusing bad input.
#include "data/reports/indicators.h"
#include "reportfixture.h"
#include "ui/print/reportdocument.h"
#include "ui/print/reportprint.h"

#include <QBuffer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>
#include <QTest>

using namespace dd::data;
namespace print = dd::ui::print;

namespace {

// pdftotext -layout of a PDF in memory.
QString pdfText(const QByteArray &pdf, QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(pdf) != pdf.size())
        return {};
    f.close();
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), path, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        return {};
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &text)
{
    return int(text.count(QLatin1Char('\f')));
}

} // namespace

class TestReportPrint : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void quarterlySquadReportCarriesTheComputedValues();
    void quarterlyDistrictReportListsSquads();
    void dailySummary();
    void badQuarterIsRefused();
    void chartPaintsSomething();
    void commandLineWritesThePdf();
    void commandLineRefusesBadInput();

private:
    reporttest::Store m_store;
    QTemporaryDir m_dir;
};

void TestReportPrint::initTestCase()
{
    QVERIFY(m_store.openWithIncidents());
    QVERIFY(QFile::exists(QStringLiteral("/usr/bin/pdftotext")));
}

void TestReportPrint::quarterlySquadReportCarriesTheComputedValues()
{
    // The values, computed here by the engine (tst_indicators checks them against the hand count).
    IndicatorEngine engine(*m_store.db, m_store.clock);
    ReportFilter f;
    f.from = QDate(2026, 7, 1);
    f.to = QDate(2026, 9, 30);
    f.squadId = QStringLiteral("s1");
    const Indicators r = IndicatorEngine::compute(*engine.load(m_store.admin, f));

    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        auto writer = print::makePdfWriter(&buffer, QStringLiteral("test"));
        const Status s = print::writeQuarterlyReport(*m_store.db, m_store.clock, m_store.admin,
                                                     { QStringLiteral("2026Q3"), QStringLiteral("s1") }, writer.get());
        QVERIFY2(s, qPrintable(s.errorMessage()));
    }
    QVERIFY(buffer.data().startsWith("%PDF"));
    const QString text = pdfText(buffer.data(), m_dir, QStringLiteral("q3.pdf"));
    QVERIFY(!text.isEmpty());
    QVERIFY(text.contains(QStringLiteral("Quarterly complaint-handling efficiency evaluation")));
    QVERIFY(text.contains(QStringLiteral("南翔中队"))); // Chinese embedded and extractable
    QVERIFY(text.contains(QStringLiteral("2026Q3")));
    QVERIFY(text.contains(QStringLiteral("2026Q2")));
    for (const QString &value :
         { print::percent(r.closeRate()), print::percent(r.closeOnTimeRate()), print::percent(r.handleRate()),
           print::percent(r.handleOnTimeRate()), print::percent(r.reworkRate()), print::percent(r.arrivalRate()) })
        QVERIFY2(text.contains(value), qPrintable(value));
    QCOMPARE(print::percent(r.closeRate()), QStringLiteral("71.43%"));
    QCOMPARE(print::percent(r.closeOnTimeRate()), QStringLiteral("57.14%"));
    QCOMPARE(print::percent(r.arrivalRate()), QStringLiteral("50.00%"));
    // Durations as printed: the closing mean 2604 min = 43.4 h, arrival P90 60 min.
    QVERIFY(text.contains(QStringLiteral("43.4 h")));
    QVERIFY(text.contains(QStringLiteral("60 min")));
    // The overdue list holds G (no ticket number: its id), and the worst categories table both categories.
    QVERIFY(text.contains(QStringLiteral("暴露垃圾")));
    QVERIFY(text.contains(QStringLiteral("占道经营")));
    QVERIFY(text.contains(QStringLiteral("9.6"))); // G's days overdue
    const int pages = pdfPages(text);
    QVERIFY2(pages >= 2, qPrintable(QString::number(pages)));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1").arg(pages)));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1").arg(pages)));
}

void TestReportPrint::quarterlyDistrictReportListsSquads()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        auto writer = print::makePdfWriter(&buffer, QStringLiteral("test"));
        const Status s = print::writeQuarterlyReport(*m_store.db, m_store.clock, m_store.admin,
                                                     { QStringLiteral("2026q3"), QString() }, writer.get());
        QVERIFY2(s, qPrintable(s.errorMessage()));
    }
    const QString text = pdfText(buffer.data(), m_dir, QStringLiteral("district.pdf"));
    QVERIFY(text.contains(QStringLiteral("嘉定区")));
    QVERIFY(text.contains(QStringLiteral("By squad")));
    QVERIFY(text.contains(QStringLiteral("安亭中队")));
    QVERIFY(text.contains(QStringLiteral("75.00%"))); // district closing rate 6 / 8
}

void TestReportPrint::dailySummary()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        auto writer = print::makePdfWriter(&buffer, QStringLiteral("test"));
        const Status s = print::writeDailySummary(*m_store.db, m_store.clock, m_store.admin,
                                                  { QDate(2026, 7, 10), QStringLiteral("s1") }, writer.get());
        QVERIFY2(s, qPrintable(s.errorMessage()));
    }
    const QString text = pdfText(buffer.data(), m_dir, QStringLiteral("daily.pdf"));
    QVERIFY(text.contains(QStringLiteral("Command-room daily summary")));
    // 07-10: B received and dispatched, arrived late (0 of 1); nothing overdue at the end of that day.
    QVERIFY(text.contains(QStringLiteral("0 of 1 (0.00%)")));
    QVERIFY(text.contains(QStringLiteral("No incident was open past its deadline")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of 1")));
}

void TestReportPrint::badQuarterIsRefused()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    auto writer = print::makePdfWriter(&buffer, QStringLiteral("test"));
    const Status s = print::writeQuarterlyReport(*m_store.db, m_store.clock, m_store.admin,
                                                 { QStringLiteral("2026Q5"), QString() }, writer.get());
    QVERIFY(!s);
    QVERIFY(s.errorMessage().contains(QStringLiteral("2026Q5")));
}

void TestReportPrint::chartPaintsSomething()
{
    ChartData c;
    c.title = QStringLiteral("t");
    c.categories = { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c") };
    c.series.push_back({ QStringLiteral("x"), QStringLiteral("x"), { 1, 5, 2 } });
    QImage image(600, 300, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    print::ReportDocument::paintChart(p, QRectF(0, 0, 600, 300), c, print::ChartStyle::Bars, QFont());
    p.end();
    // The tallest bar (b) is coloured in the middle third, near the bottom.
    int coloured = 0;
    for (int x = 200; x < 400; ++x) {
        const QColor pixel = image.pixelColor(x, 260);
        coloured += pixel.blue() > 150 && pixel.red() < 100;
    }
    QVERIFY2(coloured > 20, qPrintable(QString::number(coloured)));
}

void TestReportPrint::commandLineWritesThePdf()
{
    const QString credentials = m_dir.filePath(QStringLiteral("cred"));
    QFile c(credentials);
    QVERIFY(c.open(QIODevice::WriteOnly));
    c.write("user=root\npassword=" + authtest::kAdminPassword.toUtf8() + "\n");
    c.close();
    QVERIFY(c.setPermissions(QFile::ReadOwner | QFile::WriteOwner));
    const QString out = m_dir.filePath(QStringLiteral("cli.pdf"));
    QProcess p;
    p.start(QStringLiteral(DUTYDESK_EXECUTABLE),
            { QStringLiteral("report"), QStringLiteral("quarterly"), QStringLiteral("--quarter"),
              QStringLiteral("2026Q3"), QStringLiteral("--squad"), QStringLiteral("JD102"), QStringLiteral("-o"), out,
              QStringLiteral("--db"), m_store.db->path(), QStringLiteral("--credentials"), credentials });
    QVERIFY(p.waitForFinished(50000));
    QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
    QFile pdf(out);
    QVERIFY(pdf.open(QIODevice::ReadOnly));
    const QString text = pdfText(pdf.readAll(), m_dir, QStringLiteral("cli-copy.pdf"));
    QVERIFY(text.contains(QStringLiteral("71.43%")));
    QVERIFY(text.contains(QStringLiteral("南翔中队")));
}

void TestReportPrint::commandLineRefusesBadInput()
{
    const QString credentials = m_dir.filePath(QStringLiteral("cred"));
    const QString out = m_dir.filePath(QStringLiteral("bad.pdf"));
    const auto run = [&](const QStringList &extra) {
        QProcess p;
        p.start(QStringLiteral(DUTYDESK_EXECUTABLE),
                QStringList { QStringLiteral("report") } + extra
                    + QStringList { QStringLiteral("-o"), out, QStringLiteral("--db"), m_store.db->path(),
                                    QStringLiteral("--credentials"), credentials });
        p.waitForFinished(50000);
        return std::make_pair(p.exitCode(), QString::fromUtf8(p.readAllStandardError()));
    };
    auto [code, err] = run({ QStringLiteral("quarterly"), QStringLiteral("--quarter"), QStringLiteral("2026Q9") });
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("2026Q9")), qPrintable(err));
    QVERIFY(!QFile::exists(out)); // nothing half-written
    std::tie(code, err) = run({ QStringLiteral("quarterly"), QStringLiteral("--quarter"), QStringLiteral("2026Q3"),
                                QStringLiteral("--squad"), QStringLiteral("JD999") });
    QCOMPARE(code, 2);
    QVERIFY(err.contains(QStringLiteral("JD999")));
    std::tie(code, err) = run({ QStringLiteral("daily"), QStringLiteral("--date"), QStringLiteral("2026-13-01") });
    QCOMPARE(code, 2);
    QVERIFY(err.contains(QStringLiteral("2026-13-01")));
    std::tie(code, err) = run({ QStringLiteral("weekly") });
    QCOMPARE(code, 2);
    QVERIFY(!QFile::exists(out));
}

QTEST_MAIN(TestReportPrint)
#include "tst_reportprint.moc"
