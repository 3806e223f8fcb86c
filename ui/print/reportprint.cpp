// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/reportprint.h"

#include "data/auth/session.h"
#include "data/clock.h"
#include "data/database.h"
#include "data/reports/indicators.h"
#include "data/reports/rosterfigures.h"
#include "ui/print/reportdocument.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QTimeZone>
#include <algorithm>
#include <cmath>

namespace dd::ui::print {

using data::ChartData;
using data::GroupBy;
using data::IncidentSet;
using data::IndicatorEngine;
using data::IndicatorRow;
using data::Indicators;

namespace {

QString localTime(const QDateTime &utc, const QString &format = QStringLiteral("yyyy-MM-dd HH:mm"))
{
    return utc.toTimeZone(QTimeZone("Asia/Shanghai")).toString(format);
}

QString number(int n)
{
    return QLocale().toString(n);
}

QString signedNumber(double v, int decimals, const QString &unit = {})
{
    if (std::isnan(v))
        return QStringLiteral("—");
    const QString text = QLocale::c().toString(std::abs(v), 'f', decimals);
    return (v > 0 ? QStringLiteral("+") : v < 0 ? QStringLiteral("−") : QString()) + text + unit;
}

// Days into weeks for print: a quarter's 92 daily points do not read on paper.
ChartData weekly(const ChartData &daily)
{
    ChartData w = daily;
    w.categories.clear();
    for (auto &s : w.series)
        s.values.clear();
    for (size_t i = 0; i < daily.categories.size(); i += 7) {
        w.categories.push_back(daily.categories[i]);
        for (size_t s = 0; s < daily.series.size(); ++s) {
            double sum = 0;
            for (size_t k = i; k < std::min(i + 7, daily.series[s].values.size()); ++k)
                sum += daily.series[s].values[k];
            w.series[s].values.push_back(sum);
        }
    }
    w.xLabel = QCoreApplication::translate("dd::ui::print::Reports", "Week from");
    w.title = QCoreApplication::translate("dd::ui::print::Reports", "%1 (weekly sums)").arg(daily.title);
    return w;
}

QStringList indicatorRow(const QString &name, const QString &current, const QString &previous, const QString &change)
{
    return { name, current, previous, change };
}

// The indicator table: this period against another (the previous quarter).
ReportTable comparisonTable(const Indicators &c, const Indicators &p, const QString &currentName,
                            const QString &previousName)
{
    ReportTable t;
    t.headers = { QCoreApplication::translate("dd::ui::print::Reports", "Indicator"), currentName, previousName,
                  QCoreApplication::translate("dd::ui::print::Reports", "Change") };
    t.widths = { 3.2, 1.4, 1.4, 1.4 };
    const auto count = [&](const QString &name, int Indicators::*m) {
        t.rows.push_back(indicatorRow(name, number(c.*m), number(p.*m), signedNumber(c.*m - p.*m, 0)));
    };
    const auto rate = [&](const QString &name, double (Indicators::*f)() const) {
        const double a = (c.*f)(), b = (p.*f)();
        t.rows.push_back(indicatorRow(
            name, percent(a), percent(b),
            signedNumber((a - b) * 100.0, 2, QCoreApplication::translate("dd::ui::print::Reports", " pp"))));
    };
    const auto duration = [&](const QString &name, data::DurationStats Indicators::*s, double data::DurationStats::*f) {
        const double delta = (c.*s).count && (p.*s).count ? ((c.*s).*f - (p.*s).*f) / 60.0 : std::nan("");
        t.rows.push_back(
            indicatorRow(name, minutes(c.*s, f), minutes(p.*s, f),
                         signedNumber(delta, 1, QCoreApplication::translate("dd::ui::print::Reports", " h"))));
    };
    count(QCoreApplication::translate("dd::ui::print::Reports", "Received"), &Indicators::received);
    count(QCoreApplication::translate("dd::ui::print::Reports", "Due to close (denominator)"), &Indicators::due);
    rate(QCoreApplication::translate("dd::ui::print::Reports", "Closing rate (closed / due)"), &Indicators::closeRate);
    rate(QCoreApplication::translate("dd::ui::print::Reports", "On-time closing rate"), &Indicators::closeOnTimeRate);
    rate(QCoreApplication::translate("dd::ui::print::Reports", "Handling rate (handled / due)"),
         &Indicators::handleRate);
    rate(QCoreApplication::translate("dd::ui::print::Reports", "On-time handling rate"), &Indicators::handleOnTimeRate);
    rate(QCoreApplication::translate("dd::ui::print::Reports", "Rework rate"), &Indicators::reworkRate);
    rate(QCoreApplication::translate("dd::ui::print::Reports", "Extension rate"), &Indicators::extensionRate);
    rate(QCoreApplication::translate("dd::ui::print::Reports", "Overdue open rate"), &Indicators::overdueOpenRate);
    rate(QCoreApplication::translate("dd::ui::print::Reports", "Arrival rate (arrived in time / required)"),
         &Indicators::arrivalRate);
    duration(QCoreApplication::translate("dd::ui::print::Reports", "Time to arrival, mean"), &Indicators::toArrival,
             &data::DurationStats::mean);
    duration(QCoreApplication::translate("dd::ui::print::Reports", "Time to arrival, 90th percentile"),
             &Indicators::toArrival, &data::DurationStats::p90);
    duration(QCoreApplication::translate("dd::ui::print::Reports", "Time to handling, mean"), &Indicators::toHandle,
             &data::DurationStats::mean);
    duration(QCoreApplication::translate("dd::ui::print::Reports", "Time to handling, median"), &Indicators::toHandle,
             &data::DurationStats::median);
    duration(QCoreApplication::translate("dd::ui::print::Reports", "Time to closing, mean"), &Indicators::toClose,
             &data::DurationStats::mean);
    duration(QCoreApplication::translate("dd::ui::print::Reports", "Time to closing, 90th percentile"),
             &Indicators::toClose, &data::DurationStats::p90);
    count(QCoreApplication::translate("dd::ui::print::Reports", "Suspended at the cut-off (outside the denominator)"),
          &Indicators::suspended);
    count(QCoreApplication::translate("dd::ui::print::Reports", "Cancelled"), &Indicators::cancelled);
    count(QCoreApplication::translate("dd::ui::print::Reports", "Returned (not ours)"), &Indicators::returned);
    return t;
}

ReportTable groupTable(const std::vector<IndicatorRow> &rows, const QString &firstHeader)
{
    ReportTable t;
    t.headers = { firstHeader,
                  QCoreApplication::translate("dd::ui::print::Reports", "Received"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Due"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Closing rate"),
                  QCoreApplication::translate("dd::ui::print::Reports", "On-time closing"),
                  QCoreApplication::translate("dd::ui::print::Reports", "On-time handling"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Arrival rate"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Overdue open") };
    t.widths = { 2.4, 1, 1, 1.2, 1.2, 1.2, 1.2, 1 };
    for (const IndicatorRow &r : rows)
        t.rows.push_back({ r.label, number(r.values.received), number(r.values.due), percent(r.values.closeRate()),
                           percent(r.values.closeOnTimeRate()), percent(r.values.handleOnTimeRate()),
                           percent(r.values.arrivalRate()), number(r.values.overdueOpen) });
    return t;
}

// The worst rows: lowest on-time closing first, then most overdue; only rows with something due.
std::vector<IndicatorRow> worst(std::vector<IndicatorRow> rows, size_t top)
{
    rows.erase(std::remove_if(rows.begin(), rows.end(), [](const IndicatorRow &r) { return r.values.due == 0; }),
               rows.end());
    // A cell with one late incident is not the worst of the district: rows with at least three due
    // incidents rank first.
    std::stable_sort(rows.begin(), rows.end(), [](const IndicatorRow &a, const IndicatorRow &b) {
        const bool sa = a.values.due >= 3, sb = b.values.due >= 3;
        if (sa != sb)
            return sa;
        const double ra = a.values.closeOnTimeRate(), rb = b.values.closeOnTimeRate();
        if (ra != rb)
            return ra < rb;
        return a.values.overdueOpen > b.values.overdueOpen;
    });
    if (rows.size() > top)
        rows.resize(top);
    return rows;
}

data::Status overdueSection(ReportDocument &doc, const IndicatorEngine &engine, const IncidentSet &set, int limit)
{
    auto list = engine.overdueList(set, limit);
    if (!list)
        return data::failure(list.errorMessage());
    if (list->empty()) {
        doc.paragraph(QCoreApplication::translate("dd::ui::print::Reports",
                                                  "No incident was open past its deadline at the cut-off."));
        return data::success();
    }
    ReportTable t;
    t.headers = { QCoreApplication::translate("dd::ui::print::Reports", "Ticket"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Category"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Squad"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Filed"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Deadline"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Days overdue"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Stage"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Address") };
    t.widths = { 1.5, 1.8, 1.2, 1.2, 1.2, 0.9, 0.9, 2.2 };
    t.numeric = { false, false, false, false, false, true, false, false };
    for (const data::OverdueIncident &o : *list)
        t.rows.push_back({ o.ticketNo.isEmpty() ? o.id.left(8) : o.ticketNo, o.category, o.squad,
                           localTime(o.filed, QStringLiteral("MM-dd HH:mm")),
                           localTime(o.deadline, QStringLiteral("MM-dd HH:mm")),
                           QLocale::c().toString(o.daysOverdue, 'f', 1), o.status, o.address });
    doc.table(t);
    return data::success();
}

// Duty from the published rosters: the fairness figures, and per officer for a squad's report.
void rosterSection(ReportDocument &d, const data::RosterFigures &r, bool perOfficer)
{
    d.heading(QCoreApplication::translate("dd::ui::print::Reports", "7. Duty and coverage (published rosters)"));
    if (r.shiftCount == 0) {
        d.paragraph(QCoreApplication::translate("dd::ui::print::Reports", "No published roster covers this quarter."));
        return;
    }
    double overtime = 0, coverage = 0;
    for (const data::OfficerDuty &o : r.officers)
        overtime += o.overtimeHours;
    for (double c : r.coverageMean)
        coverage += c / 24.0;
    const QLocale c = QLocale::c();
    ReportTable t;
    t.headers = { QCoreApplication::translate("dd::ui::print::Reports", "Figure"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Value") };
    t.widths = { 3, 1.5 };
    t.rows = {
        { QCoreApplication::translate("dd::ui::print::Reports", "Officers (active)"), number(int(r.officers.size())) },
        { QCoreApplication::translate("dd::ui::print::Reports", "Shifts worked"), number(r.shiftCount) },
        { QCoreApplication::translate("dd::ui::print::Reports", "Hours per officer, mean"),
          c.toString(r.meanHours, 'f', 1) },
        { QCoreApplication::translate("dd::ui::print::Reports",
                                      "Fairness: hours between the most and the least loaded"),
          c.toString(r.hoursSpread, 'f', 1) },
        { QCoreApplication::translate("dd::ui::print::Reports", "Fairness: nights spread"), number(r.nightsSpread) },
        { QCoreApplication::translate("dd::ui::print::Reports", "Fairness: weekends spread"),
          number(r.weekendsSpread) },
        { QCoreApplication::translate("dd::ui::print::Reports", "Fairness: holidays spread"),
          number(r.holidaysSpread) },
        { QCoreApplication::translate("dd::ui::print::Reports", "Hours above the contracts"),
          c.toString(overtime, 'f', 1) },
        { QCoreApplication::translate("dd::ui::print::Reports",
                                      "Grid cells covered by a patrol on duty, average over the day"),
          percent(coverage) },
    };
    d.table(t);
    d.chart(data::RosterFigureEngine::coverageOverDay(r), ChartStyle::Lines, 55);
    if (!perOfficer) {
        d.chart(data::RosterFigureEngine::hoursPerOfficer(r, 30), ChartStyle::Bars, 70);
        return;
    }
    ReportTable o;
    o.headers = { QCoreApplication::translate("dd::ui::print::Reports", "Officer"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Shifts"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Hours"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Nights"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Weekends"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Holidays"),
                  QCoreApplication::translate("dd::ui::print::Reports", "Overtime (h)") };
    o.widths = { 2, 1, 1, 1, 1, 1, 1.2 };
    for (const data::OfficerDuty &x : r.officers)
        o.rows.push_back({ x.name, number(x.shifts), c.toString(x.hours, 'f', 1), number(x.nights), number(x.weekends),
                           number(x.holidays), c.toString(x.overtimeHours, 'f', 1) });
    d.table(o);
}

} // namespace

std::unique_ptr<QPdfWriter> makePdfWriter(QIODevice *out, const QString &title)
{
    auto writer = std::make_unique<QPdfWriter>(out);
    writer->setResolution(300);
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(15, 15, 15, 12),
                                      QPageLayout::Millimeter));
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("DutyDesk"));
    return writer;
}

data::Status writeQuarterlyReport(data::Database &db, const data::Clock &clock, const data::Session &session,
                                  const QuarterlyReportOptions &options, QPagedPaintDevice *device)
{
    const auto [from, to] = quarterDates(options.quarter);
    if (!from.isValid())
        return data::failure(
            QCoreApplication::translate("dd::ui::print::Reports",
                                        "report quarterly: \"%1\" is not a quarter (write it as 2026Q3).")
                .arg(options.quarter));
    IndicatorEngine engine(db, clock);
    data::ReportFilter filter;
    filter.from = from;
    filter.to = to;
    filter.squadId = options.squadId;
    auto current = engine.load(session, filter);
    if (!current)
        return data::failure(current.errorMessage());
    data::ReportFilter before = filter;
    before.from = from.addMonths(-3);
    before.to = from.addDays(-1);
    auto previous = engine.load(session, before);
    if (!previous)
        return data::failure(previous.errorMessage());

    const IncidentSet &set = *current;
    const Indicators now = IndicatorEngine::compute(set);
    const Indicators then = IndicatorEngine::compute(*previous);
    const QString quarter = quarterName(from), previousQuarter = quarterName(before.from);
    const bool district
        = options.squadId.isEmpty() && session.widestScope(data::Action::ViewReports) == data::Scope::District;
    const auto squads = IndicatorEngine::group(set, district ? GroupBy::Squad : GroupBy::Source);
    const auto categories = worst(IndicatorEngine::group(set, GroupBy::Category), 10);
    const auto cells = worst(IndicatorEngine::group(set, GroupBy::Cell), 10);
    const ChartData perDay = weekly(IndicatorEngine::receivedPerDayBySource(set));
    const ChartData onTime = weekly(IndicatorEngine::onTimePerDay(set));
    const ChartData arrival = IndicatorEngine::arrivalDistribution(set);
    const ChartData closing = IndicatorEngine::closingDistribution(set);
    const ChartData byCategory = IndicatorEngine::receivedByCategory(set, 10);
    auto overdue = engine.overdueList(set, 300);
    if (!overdue)
        return data::failure(overdue.errorMessage());
    auto roster = data::RosterFigureEngine(db, clock).compute(session, filter);
    if (!roster)
        return data::failure(roster.errorMessage());

    const QString title
        = QCoreApplication::translate("dd::ui::print::Reports", "Quarterly complaint-handling efficiency evaluation");
    ReportDocument doc(
        device,
        QCoreApplication::translate("dd::ui::print::Reports", "%1 · %2 · %3").arg(title, set.scopeLabel, quarter));
    data::Status failed = data::success();
    const bool painted = doc.render([&](ReportDocument &d) {
        d.title(title,
                QCoreApplication::translate("dd::ui::print::Reports", "%1 · %2 (%3 to %4)")
                    .arg(set.scopeLabel, quarter, from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
        d.note(QCoreApplication::translate(
                   "dd::ui::print::Reports",
                   "State of every incident replayed from its history up to %1 (cut-off); printed %2 by %3. "
                   "Definitions of every figure: docs/INDICATORS.md.")
                   .arg(localTime(set.filter.asOf), localTime(clock.now()), session.displayName()));

        d.heading(QCoreApplication::translate("dd::ui::print::Reports", "1. Summary"));
        d.paragraph(QCoreApplication::translate(
                        "dd::ui::print::Reports",
                        "In %1, %2 incidents were received and %3 were due to be closed. Of those, %4 were closed "
                        "(closing rate %5; %6 against %7) and %8 on time (on-time closing rate %9). %10 of %11 "
                        "incidents with an arrival limit were reached in time (arrival rate %12). %13 due incidents "
                        "were still waiting for handling past their deadline at the cut-off.")
                        .arg(quarter, number(now.received), number(now.due), number(now.closed),
                             percent(now.closeRate()),
                             signedNumber((now.closeRate() - then.closeRate()) * 100.0, 2,
                                          QCoreApplication::translate("dd::ui::print::Reports", " pp")),
                             previousQuarter, number(now.closedOnTime), percent(now.closeOnTimeRate()))
                        .arg(number(now.arrivedInTime), number(now.arrivalRequired), percent(now.arrivalRate()),
                             number(now.overdueOpen)));

        d.heading(QCoreApplication::translate("dd::ui::print::Reports", "2. Indicators against the previous quarter"));
        d.table(comparisonTable(now, then, quarter, previousQuarter));

        d.heading(district ? QCoreApplication::translate("dd::ui::print::Reports", "3. By squad")
                           : QCoreApplication::translate("dd::ui::print::Reports", "3. By source"));
        d.table(groupTable(squads,
                           district ? QCoreApplication::translate("dd::ui::print::Reports", "Squad")
                                    : QCoreApplication::translate("dd::ui::print::Reports", "Source")));

        d.heading(QCoreApplication::translate("dd::ui::print::Reports", "4. Charts"));
        d.chart(perDay, ChartStyle::Lines, 62);
        d.chart(onTime, ChartStyle::StackedBars, 62);
        d.chart(arrival, ChartStyle::Bars, 55);
        d.chart(closing, ChartStyle::Bars, 55);
        d.chart(byCategory, ChartStyle::Bars, 75);

        d.heading(QCoreApplication::translate("dd::ui::print::Reports", "5. Worst categories"));
        if (categories.empty())
            d.paragraph(QCoreApplication::translate("dd::ui::print::Reports", "Nothing was due in this quarter."));
        else
            d.table(groupTable(categories, QCoreApplication::translate("dd::ui::print::Reports", "Category")));

        d.heading(QCoreApplication::translate("dd::ui::print::Reports", "6. Worst grid cells"));
        if (cells.empty() || (cells.size() == 1 && cells.front().id.isEmpty()))
            d.paragraph(
                QCoreApplication::translate("dd::ui::print::Reports", "No due incident is located in a grid cell."));
        else
            d.table(groupTable(cells, QCoreApplication::translate("dd::ui::print::Reports", "Cell")));

        rosterSection(d, *roster, !district);

        d.heading(QCoreApplication::translate("dd::ui::print::Reports", "8. Overdue list"));
        d.note(QCoreApplication::translate(
            "dd::ui::print::Reports",
            "Open incidents past their deadline at the cut-off, most overdue first (at most 300)."));
        if (data::Status s = overdueSection(d, engine, set, 300); !s)
            failed = s;
    });
    if (!painted)
        return data::failure(
            QCoreApplication::translate("dd::ui::print::Reports", "report quarterly: the PDF could not be written."));
    return failed;
}

data::Status writeDailySummary(data::Database &db, const data::Clock &clock, const data::Session &session,
                               const DailySummaryOptions &options, QPagedPaintDevice *device)
{
    if (!options.date.isValid())
        return data::failure(QCoreApplication::translate(
            "dd::ui::print::Reports", "report daily: the date is not valid (write it as 2026-09-30)."));
    IndicatorEngine engine(db, clock);
    data::ReportFilter filter;
    filter.from = filter.to = options.date;
    filter.squadId = options.squadId;
    auto loaded = engine.load(session, filter);
    if (!loaded)
        return data::failure(loaded.errorMessage());
    const IncidentSet &set = *loaded;
    const Indicators day = IndicatorEngine::compute(set);
    const bool district
        = options.squadId.isEmpty() && session.widestScope(data::Action::ViewReports) == data::Scope::District;
    const auto rows = IndicatorEngine::group(set, district ? GroupBy::Squad : GroupBy::Source);

    const QString title = QCoreApplication::translate("dd::ui::print::Reports", "Command-room daily summary");
    ReportDocument doc(device,
                       QCoreApplication::translate("dd::ui::print::Reports", "%1 · %2 · %3")
                           .arg(title, set.scopeLabel, options.date.toString(Qt::ISODate)));
    data::Status failed = data::success();
    const bool painted = doc.render([&](ReportDocument &d) {
        d.title(title,
                QCoreApplication::translate("dd::ui::print::Reports", "%1 · %2")
                    .arg(set.scopeLabel, QLocale().toString(options.date, QLocale::LongFormat)));
        d.note(QCoreApplication::translate("dd::ui::print::Reports", "Figures of the day up to %1; printed %2 by %3.")
                   .arg(localTime(set.filter.asOf), localTime(clock.now()), session.displayName()));
        ReportTable headline;
        headline.headers = { QCoreApplication::translate("dd::ui::print::Reports", "Figure"),
                             QCoreApplication::translate("dd::ui::print::Reports", "Value") };
        headline.widths = { 3, 1.5 };
        headline.rows = {
            { QCoreApplication::translate("dd::ui::print::Reports", "Received"), number(day.received) },
            { QCoreApplication::translate("dd::ui::print::Reports", "Dispatched"), number(day.dispatched) },
            { QCoreApplication::translate("dd::ui::print::Reports", "Arrived within the limit"),
              QCoreApplication::translate("dd::ui::print::Reports", "%1 of %2 (%3)")
                  .arg(number(day.arrivedInTime), number(day.arrivalRequired), percent(day.arrivalRate())) },
            { QCoreApplication::translate("dd::ui::print::Reports", "Closed (due today)"),
              QCoreApplication::translate("dd::ui::print::Reports", "%1 of %2")
                  .arg(number(day.closed), number(day.due)) },
            { QCoreApplication::translate("dd::ui::print::Reports", "Overdue and open at the cut-off"),
              number(day.overdueBacklog) },
        };
        d.table(headline);

        ReportTable t;
        t.headers = { district ? QCoreApplication::translate("dd::ui::print::Reports", "Squad")
                               : QCoreApplication::translate("dd::ui::print::Reports", "Source"),
                      QCoreApplication::translate("dd::ui::print::Reports", "Received"),
                      QCoreApplication::translate("dd::ui::print::Reports", "Dispatched"),
                      QCoreApplication::translate("dd::ui::print::Reports", "Arrived in time"),
                      QCoreApplication::translate("dd::ui::print::Reports", "Closed"),
                      QCoreApplication::translate("dd::ui::print::Reports", "Overdue open") };
        t.widths = { 2.4, 1, 1, 1.4, 1, 1 };
        for (const IndicatorRow &r : rows)
            t.rows.push_back({ r.label, number(r.values.received), number(r.values.dispatched),
                               QCoreApplication::translate("dd::ui::print::Reports", "%1 / %2")
                                   .arg(number(r.values.arrivedInTime), number(r.values.arrivalRequired)),
                               number(r.values.closed), number(r.values.overdueBacklog) });
        d.heading(district ? QCoreApplication::translate("dd::ui::print::Reports", "By squad")
                           : QCoreApplication::translate("dd::ui::print::Reports", "By source"));
        d.table(t);

        d.heading(QCoreApplication::translate("dd::ui::print::Reports", "Overdue incidents"));
        if (data::Status s = overdueSection(d, engine, set, 60); !s)
            failed = s;
    });
    if (!painted)
        return data::failure(
            QCoreApplication::translate("dd::ui::print::Reports", "report daily: the PDF could not be written."));
    return failed;
}

} // namespace dd::ui::print
