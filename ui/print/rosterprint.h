// SPDX-License-Identifier: GPL-3.0-or-later
// The printed rosters of issue 4, painted on any QPagedPaintDevice (QPdfWriter for files and the
// command line, QPrinter behind the print preview). Each function sets A4 (landscape for the squad
// documents, portrait for one officer's month), repeats the title block and the table header rows on
// every page, writes "第 x 页 共 y 页", and returns the number of pages. Needs a QGuiApplication (fonts).
//
// Personal data: phones are printed masked unless RosterPrintData::showPhones (the caller decides,
// after PersonalData's check for the signed-in user).
#pragma once

#include "data/result.h"
#include "data/roster/rosterplanner.h"
#include "data/roster/rostertypes.h"

#include <QDateTime>
#include <QHash>
#include <memory>

class QIODevice;
class QPagedPaintDevice;
class QPdfWriter;

namespace dd::data {
class Database;
}

namespace dd::ui::print {

struct RosterPrintData
{
    data::RosterContext context; // names, shifts, posts, dates, leave
    data::RosterHeader header; // version, publication
    std::vector<data::Assignment> assignments;
    QDateTime printedAt; // shown in the footer
    bool showPhones = false;
    // Per post id, its grid area in words ("148 cells, 310114102001001 … 310114102012007"): daily sheet.
    QHash<QString, QString> postAreas;
};

// The weekly squad roster: officers by days (shift code, post, team), leave marked, daily totals per
// shift, legend of shift codes with times and of posts, signature lines 制表 / 审核 / 中队长. A period
// longer than a week is printed week by week.
data::Result<int> printWeeklyRoster(const RosterPrintData &data, QPagedPaintDevice &device);
// The daily duty sheet (勤务表) of one date: per shift, the teams with post, grid area, members, team
// leader and phone; the command-room desk; signature lines.
data::Result<int> printDailySheet(const RosterPrintData &data, const QDate &date, QPagedPaintDevice &device);
// One officer's schedule over the data's period (a month, usually): day by day, with totals.
data::Result<int> printOfficerSchedule(const RosterPrintData &data, const QString &officerId, QPagedPaintDevice &device);
// The change notice between two versions of one period (`from` → `to`).
data::Result<int> printChangeNotice(const data::RosterContext &context, const data::RosterHeader &from,
                                    const data::RosterHeader &to, const std::vector<data::AssignmentChange> &changes,
                                    const QDateTime &printedAt, QPagedPaintDevice &device);

// A PDF writer on `out` (A4, 10 mm margins, 300 dpi) titled for the document viewer.
std::unique_ptr<QPdfWriter> makeRosterPdfWriter(QIODevice *out, const QString &title);

// Grid areas of the squad's posts for the daily sheet (count and first/last cell code), read from the store.
QHash<QString, QString> postAreas(data::Database &db, const QString &squadId);

} // namespace dd::ui::print
