// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QDate>
#include <QString>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPdfWriter;

namespace dd::data {
class Clock;
class Database;
class Session;
} // namespace dd::data

namespace dd::ui::print {

struct QuarterlyReportOptions
{
    QString quarter; // "2026Q3"
    QString squadId; // empty: the district (or the user's squad for a squad-scoped user)
};

struct DailySummaryOptions
{
    QDate date;
    QString squadId;
};

// The quarterly complaint-handling efficiency evaluation (诉件处置效能评价): summary, the indicator
// table against the previous quarter, squads (or sources), the charts, the worst categories and
// cells, the overdue list. Needs a Gui application (fonts); runs on the thread that owns db. The
// session must be allowed ViewReports on the scope (checked by IndicatorEngine, refusals audited).
data::Status writeQuarterlyReport(data::Database &db, const data::Clock &clock, const data::Session &session,
                                  const QuarterlyReportOptions &options, QPagedPaintDevice *device);

// The command room's morning summary of one day: received, dispatched, arrived within the limit,
// closed, and the incidents overdue at the end of the day (or now, for today).
data::Status writeDailySummary(data::Database &db, const data::Clock &clock, const data::Session &session,
                               const DailySummaryOptions &options, QPagedPaintDevice *device);

// An A4 portrait PDF writer on `out` with 15 mm margins at 300 dpi, titled for the document viewer.
std::unique_ptr<QPdfWriter> makePdfWriter(QIODevice *out, const QString &title);

} // namespace dd::ui::print
