// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The complaint-handling indicators (结案率, 按期结案率, 处置率, …) computed in one place, for the
// Reports page, the printed reports and the benchmark. Definitions: docs/INDICATORS.md — keep the two
// in step.

#include "data/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>
#include <atomic>
#include <cstdint>
#include <functional>
#include <limits>
#include <vector>

namespace dd::data {

class Clock;
class Database;
class Session;

// What to compute over. Dates are local (Asia/Shanghai) civil dates, both inclusive.
struct ReportFilter
{
    QDate from, to;
    QString squadId; // empty: every squad the user may see
    QString townId; // the incident's cell's town (else its squad's town); empty: all
    QString categoryId; // empty: all
    QString source; // incidents.source key (hotline_12345, …); empty: all
    // The cut-off: the state of every incident is replayed from its events up to this instant.
    // Invalid: the end of the period, or now if that is earlier.
    QDateTime asOf;
};

// The stages the indicators distinguish (incidents.status vocabulary of schema v3).
enum class Stage : std::uint8_t {
    None, // no event before the cut-off
    Filed,
    Dispatched,
    Arrived,
    Handled,
    Feedback,
    Verified,
    Closed,
    Returned,
    Suspended,
    Cancelled,
    Other,
};

// One incident as the indicators see it at the cut-off. Instants are UTC seconds since the epoch;
// kNever where the event has not happened (before the cut-off) or the deadline is not set.
struct IncidentFacts
{
    static constexpr std::int64_t kNever = std::numeric_limits<std::int64_t>::max();
    std::int64_t filed = kNever; // the first `file` event, else incidents.reported_at
    std::int64_t dispatched = kNever; // first dispatch
    std::int64_t arrived = kNever; // first arrive
    std::int64_t handled = kNever; // last handle, if the incident is still handled (not reworked since)
    std::int64_t closed = kNever; // close event
    std::int64_t deadline = kNever; // the handling deadline in force at the cut-off (extensions applied)
    std::int64_t arriveDeadline = kNever;
    int squad = -1, town = -1, category = -1, source = -1, officer = -1, cell = -1; // indices into IncidentSet's lists
    int row = -1; // index into IncidentSet::ids
    std::uint16_t reworks = 0, extensions = 0;
    Stage stage = Stage::None;
};

// A list of the things incidents refer to: ids and what the user reads.
struct Dimension
{
    std::vector<QString> ids;
    std::vector<QString> labels;
    int indexOf(const QString &id) const;
};

// The incidents that matter for a period, replayed at its cut-off.
struct IncidentSet
{
    ReportFilter filter; // as asked, with asOf resolved
    std::int64_t from = 0, to = 0, asOf = 0; // period [from, to) and cut-off, UTC seconds
    std::vector<IncidentFacts> incidents;
    Dimension squads, towns, categories, sources, officers, cells;
    std::vector<QString> ids; // incident ids, by IncidentFacts::row
    QString scopeLabel; // "嘉定区" or the squad's name
};

// Wall-clock durations in minutes (mean; nearest-rank median and 90th percentile).
struct DurationStats
{
    int count = 0;
    double mean = 0, median = 0, p90 = 0;
};

// The evaluation of a group of incidents for one period. Denominators are explained in
// docs/INDICATORS.md; a rate with a zero denominator is NaN (shown "—").
struct Indicators
{
    int received = 0; // filed in the period
    int dispatched = 0; // first dispatched in the period
    int cancelled = 0, returned = 0; // of those, cancelled / returned by the cut-off
    int due = 0; // 应结案数 = 应处置数: due moment in the period, not suspended/cancelled/returned
    int closed = 0, closedOnTime = 0;
    int handled = 0, handledOnTime = 0;
    int reworked = 0, extended = 0;
    int overdueOpen = 0; // of the due: not handled at the cut-off and past the deadline
    int suspended = 0; // due moment in the period but suspended (挂账) at the cut-off: outside `due`
    int overdueBacklog = 0; // open at the cut-off past the deadline, whatever the period (the day's list)
    int arrivalRequired = 0, arrivedInTime = 0;
    DurationStats toArrival, toHandle, toClose; // measured from filing

    static double ratio(int numerator, int denominator);
    double closeRate() const { return ratio(closed, due); } // 结案率
    double closeOnTimeRate() const { return ratio(closedOnTime, due); } // 按期结案率
    double handleRate() const { return ratio(handled, due); } // 处置率
    double handleOnTimeRate() const { return ratio(handledOnTime, due); } // 按期处置率
    double reworkRate() const { return ratio(reworked, due); } // 返工率
    double extensionRate() const { return ratio(extended, due); } // 延期率
    double overdueOpenRate() const { return ratio(overdueOpen, due); } // 超期待处置率
    double arrivalRate() const { return ratio(arrivedInTime, arrivalRequired); } // 到场率
};

enum class GroupBy { Squad, Town, Category, Source, Officer, Cell };

struct IndicatorRow
{
    QString id, label;
    Indicators values;
};

// One chart's numbers: x labels and one or more series of the same length.
struct ChartSeries
{
    QString key, label;
    std::vector<double> values;
};
struct ChartData
{
    QString title, xLabel, yLabel;
    std::vector<QString> categories; // one per x position (a day, a bin, an officer, …)
    std::vector<ChartSeries> series;
    bool stacked = false;
};

struct OverdueIncident
{
    QString id, ticketNo, title, address, squad, category, status;
    QDateTime filed, deadline;
    double daysOverdue = 0; // at the cut-off
};

// Loads and computes. Every call checks ViewReports: a district-scoped user sees every squad, a
// squad-scoped user only the squads of their grants (asking for another squad is refused and audited).
// Works on the thread that owns db (open a second Database in a worker thread).
class IndicatorEngine
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::IndicatorEngine)

public:
    IndicatorEngine(Database &db, const Clock &clock);

    // cancel (optional): checked while the incidents and events are read; once it is set, load()
    // stops within a few thousand rows and fails with "cancelled" (the Reports page's Cancel).
    Result<IncidentSet> load(const Session &session, const ReportFilter &filter,
                             const std::atomic<bool> *cancel = nullptr) const;
    // The squads a report for `squadId` (empty: all the user may see) covers, after the ViewReports
    // check: empty = every squad (district scope). Refusals are audited.
    Result<std::vector<QString>> squadScope(const Session &session, const QString &squadId) const;

    // Pure computations over a loaded set (any thread).
    static Indicators compute(const IncidentSet &set, const std::function<bool(const IncidentFacts &)> &include = {});
    static std::vector<IndicatorRow> group(const IncidentSet &set, GroupBy by);

    // The chart series (docs/INDICATORS.md, "Charts").
    static ChartData receivedPerDayBySource(const IncidentSet &set);
    static ChartData receivedByCategory(const IncidentSet &set, int top = 12);
    static ChartData onTimePerDay(const IncidentSet &set);
    static ChartData arrivalDistribution(const IncidentSet &set);
    static ChartData closingDistribution(const IncidentSet &set);
    static ChartData workloadPerOfficer(const IncidentSet &set, int top = 30);

    // The open incidents past their deadline at the cut-off (the backlog), most overdue first.
    Result<std::vector<OverdueIncident>> overdueList(const IncidentSet &set, int limit) const;

    // Helpers shared with the printed reports.
    static QString sourceLabel(const QString &key); // translated
    static std::int64_t parseInstant(const QString &text); // UTC text → seconds; kNever if invalid
    static std::int64_t localDayStart(const QDate &date); // Asia/Shanghai midnight → UTC seconds
    static QDate localDate(std::int64_t utcSeconds);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dd::data
