// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/print/rosterprint.h"

#include "data/auth/personaldata.h"
#include "data/database.h"
#include "ui/print/pagelayout.h"

#include <QCoreApplication>
#include <QLocale>
#include <QPageLayout>
#include <QPdfWriter>
#include <QSqlQuery>
#include <QTimeZone>
#include <algorithm>
#include <map>

namespace dd::ui::print {

using data::Assignment;
using data::RosterContext;
using data::RosterOfficer;
using data::RosterPost;
using data::RosterShift;

namespace {

class RosterPrintTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::ui::print::RosterPrint)
};

const QTimeZone kShanghai(QByteArrayLiteral("Asia/Shanghai"));

QString weekdayShort(const QDate &d)
{
    static const char *const names[] = { QT_TRANSLATE_NOOP("dd::ui::print::RosterPrint", "Mon"),
                                         QT_TRANSLATE_NOOP("dd::ui::print::RosterPrint", "Tue"),
                                         QT_TRANSLATE_NOOP("dd::ui::print::RosterPrint", "Wed"),
                                         QT_TRANSLATE_NOOP("dd::ui::print::RosterPrint", "Thu"),
                                         QT_TRANSLATE_NOOP("dd::ui::print::RosterPrint", "Fri"),
                                         QT_TRANSLATE_NOOP("dd::ui::print::RosterPrint", "Sat"),
                                         QT_TRANSLATE_NOOP("dd::ui::print::RosterPrint", "Sun") };
    return QCoreApplication::translate("dd::ui::print::RosterPrint", names[d.dayOfWeek() - 1]);
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toTimeZone(kShanghai).toString(QStringLiteral("yyyy-MM-dd HH:mm")) : QString();
}

// "JD102-P01" → "P01": the squad prefix is on every page already.
QString shortPost(const RosterPost *p)
{
    if (!p)
        return QString();
    const qsizetype dash = p->code.lastIndexOf(QLatin1Char('-'));
    return dash >= 0 ? p->code.mid(dash + 1) : p->code;
}

QString leaveKindName(const QString &kind)
{
    if (kind == QLatin1String("annual"))
        return RosterPrintTr::tr("annual leave");
    if (kind == QLatin1String("sick"))
        return RosterPrintTr::tr("sick");
    if (kind == QLatin1String("training"))
        return RosterPrintTr::tr("training");
    if (kind == QLatin1String("secondment"))
        return RosterPrintTr::tr("seconded");
    if (kind == QLatin1String("personal"))
        return RosterPrintTr::tr("personal leave");
    if (kind == QLatin1String("compensatory"))
        return RosterPrintTr::tr("time off in lieu");
    return RosterPrintTr::tr("leave");
}

const data::LeaveEntry *leaveOn(const RosterContext &c, const QString &officerId, const QDate &d)
{
    for (const data::LeaveEntry &l : c.leave)
        if (l.officerId == officerId && l.status == QLatin1String("approved") && d >= l.start && d <= l.end)
            return &l;
    return nullptr;
}

QColor tint(const QString &hex, int alpha = 60)
{
    QColor c(hex);
    if (!c.isValid())
        c = Qt::gray;
    c.setAlpha(alpha);
    return c;
}

QString versionLine(const data::RosterHeader &h)
{
    if (h.version <= 0)
        return h.published ? RosterPrintTr::tr("The published versions in force") : RosterPrintTr::tr("Not saved");
    if (!h.published)
        return RosterPrintTr::tr("Version %1 (draft, not published)").arg(h.version);
    return RosterPrintTr::tr("Version %1, published %2 by %3")
        .arg(h.version)
        .arg(localTime(h.publishedAt), h.publishedByName.isEmpty() ? RosterPrintTr::tr("the squad leader") : h.publishedByName);
}

QString periodLine(const data::RosterPeriod &p)
{
    return RosterPrintTr::tr("Period: %1 – %2 (%3)").arg(p.start.toString(Qt::ISODate), p.end.toString(Qt::ISODate), p.key());
}

void grid(PageLayout &page, const QRectF &r)
{
    if (!page.painting())
        return;
    page.painter()->save();
    page.painter()->setPen(QPen(Qt::black, page.mm(0.15)));
    page.painter()->setBrush(Qt::NoBrush);
    page.painter()->drawRect(r);
    page.painter()->restore();
}

void fill(PageLayout &page, const QRectF &r, const QColor &c)
{
    if (page.painting())
        page.painter()->fillRect(r, c);
}

// Signature lines 制表 / 审核 / 中队长 with a date.
void signatures(PageLayout &page)
{
    const double h = page.mm(14);
    page.ensure(h);
    const QRectF area(page.content().left(), page.y() + page.mm(4), page.content().width(), page.mm(8));
    const QStringList labels { RosterPrintTr::tr("Prepared by (制表):"), RosterPrintTr::tr("Checked by (审核):"),
                               RosterPrintTr::tr("Squad leader (中队长):"), RosterPrintTr::tr("Date:") };
    const double w = area.width() / labels.size();
    for (int i = 0; i < labels.size(); ++i) {
        const QRectF cell(area.left() + i * w, area.top(), w, area.height());
        const double labelW = w * (i == labels.size() - 1 ? 0.3 : 0.62);
        page.text(QRectF(cell.left(), cell.top(), labelW, cell.height()), labels.at(i), printFont(9),
                  Qt::AlignLeft | Qt::AlignBottom);
        if (page.painting()) {
            page.painter()->setPen(QPen(Qt::black, page.mm(0.2)));
            page.painter()->drawLine(QPointF(cell.left() + labelW, cell.bottom()), QPointF(cell.right() - page.mm(4), cell.bottom()));
        }
    }
    page.advance(h);
}

PageHeader squadHeader(const RosterContext &c, const data::RosterHeader &h, const QString &document,
                       const QDateTime &printedAt)
{
    PageHeader header;
    // Squad names carry the district already (嘉定区城管执法局南翔中队).
    header.title = RosterPrintTr::tr("%1 — %2").arg(c.squadName.contains(c.districtName) ? c.squadName : c.districtName + c.squadName, document);
    header.lines << RosterPrintTr::tr("District: %1   Squad: %2 (%3)").arg(c.districtName, c.squadName, c.squadCode)
                 << periodLine(c.period) << versionLine(h)
                 << RosterPrintTr::tr("Printed %1").arg(localTime(printedAt));
    header.footerLeft = RosterPrintTr::tr("DutyDesk · %1 · %2 %3").arg(document, c.squadCode, c.period.key());
    return header;
}

void setLandscape(QPagedPaintDevice &device, bool landscape)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                                     QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter));
}

} // namespace

// ------------------------------------------------------------------ weekly roster

data::Result<int> printWeeklyRoster(const RosterPrintData &d, QPagedPaintDevice &device)
{
    const RosterContext &c = d.context;
    if (c.dates.empty())
        return data::failure(RosterPrintTr::tr("weekly roster of %1: the period has no days.").arg(c.squadCode));
    setLandscape(device, true);
    std::map<std::pair<QString, QDate>, const Assignment *> cell;
    for (const Assignment &a : d.assignments)
        cell[{ a.officerId, a.date }] = &a;

    const int pages = PageLayout::run(device, squadHeader(c, d.header, RosterPrintTr::tr("Duty roster"), d.printedAt),
                                      [&](PageLayout &page) {
        const double width = page.content().width();
        const double noW = page.mm(8), nameW = page.mm(36);
        const double headH = page.mm(9), rowH = page.mm(9);
        // Week by week.
        for (std::size_t w0 = 0; w0 < c.dates.size(); w0 += 7) {
            const std::size_t w1 = std::min(c.dates.size(), w0 + 7);
            const int n = int(w1 - w0);
            const double dayW = (width - noW - nameW) / 7.0;
            auto tableHeader = [&]() {
                const double y = page.y();
                const double x0 = page.content().left();
                fill(page, QRectF(x0, y, width - (7 - n) * dayW, headH), QColor(230, 230, 230));
                page.text(QRectF(x0, y, noW, headH), RosterPrintTr::tr("No."), printFont(8, true));
                page.text(QRectF(x0 + noW, y, nameW, headH), RosterPrintTr::tr("Officer (badge)"), printFont(8, true));
                grid(page, QRectF(x0, y, noW, headH));
                grid(page, QRectF(x0 + noW, y, nameW, headH));
                for (int i = 0; i < n; ++i) {
                    const QDate day = c.dates[w0 + std::size_t(i)];
                    const QRectF r(x0 + noW + nameW + i * dayW, y, dayW, headH);
                    const QString holiday = c.holidayNames[w0 + std::size_t(i)];
                    if (day.dayOfWeek() >= 6 || !holiday.isEmpty())
                        fill(page, r, QColor(255, 235, 220));
                    page.text(QRectF(r.left(), r.top(), r.width(), r.height() / 2), day.toString(QStringLiteral("MM-dd")) + QLatin1Char(' ') + weekdayShort(day),
                              printFont(8, true));
                    page.text(QRectF(r.left(), r.top() + r.height() / 2, r.width(), r.height() / 2), holiday, printFont(7));
                    grid(page, r);
                }
                page.advance(headH);
            };
            if (w0 > 0)
                page.newPage();
            page.onNewPage = tableHeader;
            page.ensure(headH + rowH);
            tableHeader();
            int no = 0;
            for (const RosterOfficer &o : c.officers) {
                page.ensure(rowH);
                const double y = page.y();
                const double x0 = page.content().left();
                page.text(QRectF(x0, y, noW, rowH), QString::number(++no), printFont(8));
                grid(page, QRectF(x0, y, noW, rowH));
                page.text(QRectF(x0 + noW, y, nameW, rowH / 2 + page.mm(0.5)), o.name, printFont(9), Qt::AlignLeft | Qt::AlignVCenter);
                page.text(QRectF(x0 + noW, y + rowH / 2, nameW, rowH / 2), o.badgeNo, printFont(7), Qt::AlignLeft | Qt::AlignVCenter,
                          QColor(80, 80, 80));
                grid(page, QRectF(x0 + noW, y, nameW, rowH));
                for (int i = 0; i < n; ++i) {
                    const QDate day = c.dates[w0 + std::size_t(i)];
                    const QRectF r(x0 + noW + nameW + i * dayW, y, dayW, rowH);
                    auto it = cell.find({ o.id, day });
                    if (it != cell.end()) {
                        const Assignment &a = *it->second;
                        const RosterShift *sh = c.shift(a.shiftTypeId);
                        fill(page, r, tint(sh ? sh->colour : QString()));
                        page.text(QRectF(r.left(), r.top(), r.width(), r.height() * 0.55), sh ? sh->code : a.shiftTypeId,
                                  printFont(9, true));
                        QStringList small;
                        if (const RosterPost *p = c.post(a.postId))
                            small << shortPost(p);
                        if (!a.team.isEmpty())
                            small << a.team;
                        page.text(QRectF(r.left(), r.top() + r.height() * 0.5, r.width(), r.height() * 0.5),
                                  small.join(QStringLiteral(" · ")), printFont(7));
                    } else if (const data::LeaveEntry *l = leaveOn(c, o.id, day)) {
                        fill(page, r, QColor(235, 235, 235));
                        page.text(r, leaveKindName(l->kind), printFont(8), Qt::AlignCenter, QColor(90, 90, 90));
                    }
                    grid(page, r);
                }
                page.advance(rowH);
            }
            page.onNewPage = nullptr;

            // Daily totals per shift.
            const double totH = page.mm(6);
            const int shiftsUsed = int(c.shifts.size());
            page.ensure(page.mm(8) + totH * (shiftsUsed + 1));
            page.advance(page.mm(3));
            page.text(QRectF(page.content().left(), page.y(), width, page.mm(5)), RosterPrintTr::tr("Daily totals per shift"),
                      printFont(9, true), Qt::AlignLeft | Qt::AlignVCenter);
            page.advance(page.mm(5));
            for (const RosterShift &sh : c.shifts) {
                page.ensure(totH);
                const double y = page.y();
                const double x0 = page.content().left();
                fill(page, QRectF(x0, y, noW + nameW, totH), tint(sh.colour));
                page.text(QRectF(x0, y, noW + nameW, totH), sh.code + QLatin1Char(' ') + sh.name, printFont(8),
                          Qt::AlignLeft | Qt::AlignVCenter);
                grid(page, QRectF(x0, y, noW + nameW, totH));
                for (int i = 0; i < n; ++i) {
                    const QDate day = c.dates[w0 + std::size_t(i)];
                    const int count = int(std::count_if(d.assignments.begin(), d.assignments.end(), [&](const Assignment &a) {
                        return a.date == day && a.shiftTypeId == sh.id;
                    }));
                    const QRectF r(x0 + noW + nameW + i * dayW, y, dayW, totH);
                    page.text(r, QString::number(count), printFont(8));
                    grid(page, r);
                }
                page.advance(totH);
            }
        }

        // Legend: shift codes with times, and posts.
        const double lineH = page.mm(5);
        page.ensure(lineH * 3);
        page.advance(page.mm(3));
        page.text(QRectF(page.content().left(), page.y(), width, lineH), RosterPrintTr::tr("Shift codes"), printFont(9, true),
                  Qt::AlignLeft | Qt::AlignVCenter);
        page.advance(lineH);
        const int perRow = 3;
        const double itemW = width / perRow;
        for (std::size_t i = 0; i < c.shifts.size(); i += perRow) {
            page.ensure(lineH);
            for (std::size_t j = i; j < std::min(c.shifts.size(), i + perRow); ++j) {
                const RosterShift &sh = c.shifts[j];
                const double x = page.content().left() + double(j - i) * itemW;
                fill(page, QRectF(x, page.y() + page.mm(1), page.mm(6), lineH - page.mm(2)), tint(sh.colour, 140));
                page.text(QRectF(x + page.mm(7), page.y(), itemW - page.mm(7), lineH),
                          QStringLiteral("%1  %2  %3").arg(sh.code, sh.name, sh.timeText()), printFont(8),
                          Qt::AlignLeft | Qt::AlignVCenter);
            }
            page.advance(lineH);
        }
        page.ensure(lineH * 2);
        page.advance(page.mm(1));
        page.text(QRectF(page.content().left(), page.y(), width, lineH), RosterPrintTr::tr("Posts"), printFont(9, true),
                  Qt::AlignLeft | Qt::AlignVCenter);
        page.advance(lineH);
        for (std::size_t i = 0; i < c.posts.size(); i += perRow) {
            page.ensure(lineH);
            for (std::size_t j = i; j < std::min(c.posts.size(), i + perRow); ++j) {
                const double x = page.content().left() + double(j - i) * itemW;
                page.text(QRectF(x, page.y(), itemW, lineH), QStringLiteral("%1  %2").arg(shortPost(&c.posts[j]), c.posts[j].name),
                          printFont(8), Qt::AlignLeft | Qt::AlignVCenter);
            }
            page.advance(lineH);
        }
        page.text(QRectF(page.content().left(), page.y(), width, lineH),
                  RosterPrintTr::tr("Cell: shift code, post · patrol team (a team is two or more officers, two of them certified)."),
                  printFont(7), Qt::AlignLeft | Qt::AlignVCenter, QColor(80, 80, 80));
        page.advance(lineH);
        signatures(page);
    });
    if (pages <= 0)
        return data::failure(RosterPrintTr::tr("weekly roster of %1 %2: the printer or PDF file could not be painted on.")
                                 .arg(c.squadCode, c.period.key()));
    return pages;
}

// ------------------------------------------------------------------ daily duty sheet

data::Result<int> printDailySheet(const RosterPrintData &d, const QDate &date, QPagedPaintDevice &device)
{
    const RosterContext &c = d.context;
    if (c.dayIndex(date) < 0)
        return data::failure(RosterPrintTr::tr("daily duty sheet of %1: %2 is outside the roster's period %3.")
                                 .arg(c.squadCode, date.toString(Qt::ISODate), c.period.key()));
    setLandscape(device, true);
    PageHeader header = squadHeader(c, d.header, RosterPrintTr::tr("Daily duty sheet"), d.printedAt);
    header.lines[1] = RosterPrintTr::tr("Date: %1 %2").arg(date.toString(Qt::ISODate), weekdayShort(date))
        + (c.holidayNames[std::size_t(c.dayIndex(date))].isEmpty() ? QString()
                                                                   : QStringLiteral(" · ") + c.holidayNames[std::size_t(c.dayIndex(date))]);
    auto phone = [&](const RosterOfficer *o) {
        if (!o)
            return QString();
        return d.showPhones ? o->phone : data::PersonalData::maskPhone(o->phone);
    };
    const int pages = PageLayout::run(device, header, [&](PageLayout &page) {
        const double width = page.content().width();
        // Columns: team, post, grid area, members, team leader, phone.
        const double cols[] = { 0.07, 0.20, 0.25, 0.26, 0.10, 0.12 };
        const QStringList titles { RosterPrintTr::tr("Team"), RosterPrintTr::tr("Post"), RosterPrintTr::tr("Grid area"),
                                   RosterPrintTr::tr("Members"), RosterPrintTr::tr("Team leader"), RosterPrintTr::tr("Phone") };
        const double headH = page.mm(7), rowH = page.mm(8);
        auto row = [&](const QStringList &values, bool head, const QColor &bg) {
            double x = page.content().left();
            const double h = head ? headH : rowH;
            const double y = page.y();
            for (int i = 0; i < values.size(); ++i) {
                const QRectF r(x, y, cols[i] * width, h);
                if (bg.isValid())
                    fill(page, r, bg);
                page.text(r, values.at(i), printFont(head ? 8 : 8.5, head), i == 0 ? int(Qt::AlignCenter) : int(Qt::AlignLeft | Qt::AlignVCenter));
                grid(page, r);
                x += cols[i] * width;
            }
            page.advance(h);
        };
        for (const RosterShift &sh : c.shifts) {
            std::vector<const Assignment *> on;
            for (const Assignment &a : d.assignments)
                if (a.date == date && a.shiftTypeId == sh.id)
                    on.push_back(&a);
            if (on.empty())
                continue;
            // Group by team (desk shifts: by officer).
            std::map<QString, std::vector<const Assignment *>> groups;
            for (const Assignment *a : on)
                groups[sh.desk || a->team.isEmpty() ? a->postId + QLatin1Char('|') + a->officerId : a->team].push_back(a);
            auto sectionTitle = [&]() {
                page.text(QRectF(page.content().left(), page.y(), width, page.mm(7)),
                          QStringLiteral("%1 %2  %3  ").arg(sh.code, sh.name, sh.timeText())
                              + RosterPrintTr::tr("(%1 officer(s))").arg(on.size()),
                          printFont(10, true), Qt::AlignLeft | Qt::AlignVCenter);
                page.advance(page.mm(7));
                row(titles, true, QColor(230, 230, 230));
            };
            page.ensure(page.mm(9) + headH + rowH);
            page.advance(page.mm(2));
            sectionTitle();
            page.onNewPage = sectionTitle;
            // Teams in label order (D1, D2, …, D10).
            std::vector<std::pair<QString, std::vector<const Assignment *>>> ordered(groups.begin(), groups.end());
            std::sort(ordered.begin(), ordered.end(), [](const auto &a, const auto &b) {
                return a.first.size() != b.first.size() ? a.first.size() < b.first.size() : a.first < b.first;
            });
            for (const auto &[team, members] : ordered) {
                page.ensure(rowH);
                const RosterPost *p = c.post(members.front()->postId);
                QStringList names;
                const RosterOfficer *leader = nullptr;
                for (const Assignment *a : members) {
                    const RosterOfficer *o = c.officer(a->officerId);
                    if (!o)
                        continue;
                    names << o->name;
                    if (!leader || (o->certified && !leader->certified))
                        leader = o;
                }
                const QString area = p ? (p->kind == QLatin1String("command_desk") ? RosterPrintTr::tr("command room")
                                                                                   : d.postAreas.value(p->id))
                                       : QString();
                row({ sh.desk ? RosterPrintTr::tr("desk") : (members.front()->team.isEmpty() ? QStringLiteral("—") : team),
                      p ? QStringLiteral("%1 %2").arg(shortPost(p), p->name) : RosterPrintTr::tr("(no post)"), area,
                      names.join(QStringLiteral("、")), leader ? leader->name : QString(), phone(leader) },
                    false, sh.desk ? tint(sh.colour, 40) : QColor());
            }
            page.onNewPage = nullptr;
        }
        // Who is off or on leave today.
        QStringList leave;
        for (const RosterOfficer &o : c.officers)
            if (const data::LeaveEntry *l = leaveOn(c, o.id, date))
                leave << QStringLiteral("%1（%2）").arg(o.name, leaveKindName(l->kind));
        page.ensure(page.mm(8));
        page.advance(page.mm(2));
        page.text(QRectF(page.content().left(), page.y(), width, page.mm(6)),
                  RosterPrintTr::tr("On leave: %1").arg(leave.isEmpty() ? RosterPrintTr::tr("nobody") : leave.join(QStringLiteral("、"))),
                  printFont(8.5), Qt::AlignLeft | Qt::AlignVCenter);
        page.advance(page.mm(6));
        signatures(page);
    });
    if (pages <= 0)
        return data::failure(RosterPrintTr::tr("daily duty sheet of %1: the printer or PDF file could not be painted on.").arg(c.squadCode));
    return pages;
}

// ------------------------------------------------------------------ one officer's schedule

data::Result<int> printOfficerSchedule(const RosterPrintData &d, const QString &officerId, QPagedPaintDevice &device)
{
    const RosterContext &c = d.context;
    const RosterOfficer *o = c.officer(officerId);
    if (!o)
        return data::failure(RosterPrintTr::tr("officer schedule: %1 is not an active officer of %2.").arg(officerId, c.squadCode));
    setLandscape(device, false);
    PageHeader header = squadHeader(c, d.header, RosterPrintTr::tr("Officer's schedule"), d.printedAt);
    header.lines[0] = RosterPrintTr::tr("Officer: %1 (%2), %3").arg(o->name, o->badgeNo, c.squadName);
    std::map<QDate, const Assignment *> mine;
    for (const Assignment &a : d.assignments)
        if (a.officerId == officerId)
            mine[a.date] = &a;
    const int pages = PageLayout::run(device, header, [&](PageLayout &page) {
        const double width = page.content().width();
        const double cols[] = { 0.16, 0.08, 0.26, 0.34, 0.16 };
        const QStringList titles { RosterPrintTr::tr("Date"), RosterPrintTr::tr("Day"), RosterPrintTr::tr("Shift"),
                                   RosterPrintTr::tr("Post"), RosterPrintTr::tr("Team") };
        const double rowH = page.mm(6.5);
        auto row = [&](const QStringList &values, bool head, const QColor &bg) {
            double x = page.content().left();
            for (int i = 0; i < values.size(); ++i) {
                const QRectF r(x, page.y(), cols[i] * width, rowH);
                if (bg.isValid())
                    fill(page, r, bg);
                page.text(r, values.at(i), printFont(8.5, head), Qt::AlignLeft | Qt::AlignVCenter);
                grid(page, r);
                x += cols[i] * width;
            }
            page.advance(rowH);
        };
        auto head = [&]() { row(titles, true, QColor(230, 230, 230)); };
        head();
        page.onNewPage = head;
        int minutes = 0, nights = 0, shifts = 0;
        for (const QDate &day : c.dates) {
            page.ensure(rowH);
            auto it = mine.find(day);
            const QString dayText = day.toString(Qt::ISODate);
            if (it != mine.end()) {
                const RosterShift *sh = c.shift(it->second->shiftTypeId);
                const RosterPost *p = c.post(it->second->postId);
                ++shifts;
                minutes += sh ? sh->lengthMinutes : 0;
                nights += sh && sh->night() ? 1 : 0;
                row({ dayText, weekdayShort(day), sh ? QStringLiteral("%1 %2 %3").arg(sh->code, sh->name, sh->timeText()) : QString(),
                      p ? QStringLiteral("%1 %2").arg(shortPost(p), p->name) : QString(), it->second->team },
                    false, tint(sh ? sh->colour : QString(), 45));
            } else if (const data::LeaveEntry *l = leaveOn(c, officerId, day)) {
                row({ dayText, weekdayShort(day), leaveKindName(l->kind), QString(), QString() }, false, QColor(235, 235, 235));
            } else {
                row({ dayText, weekdayShort(day), RosterPrintTr::tr("off"), c.holidayNames[std::size_t(c.dayIndex(day))], QString() },
                    false, QColor());
            }
        }
        page.onNewPage = nullptr;
        page.ensure(page.mm(8));
        page.advance(page.mm(2));
        page.text(QRectF(page.content().left(), page.y(), width, page.mm(6)),
                  RosterPrintTr::tr("Total: %1 shift(s), %2 h, %3 night(s)").arg(shifts).arg(minutes / 60.0, 0, 'f', 1).arg(nights),
                  printFont(9, true), Qt::AlignLeft | Qt::AlignVCenter);
        page.advance(page.mm(6));
        signatures(page);
    });
    if (pages <= 0)
        return data::failure(RosterPrintTr::tr("officer schedule: the printer or PDF file could not be painted on."));
    return pages;
}

// ------------------------------------------------------------------ change notice

data::Result<int> printChangeNotice(const RosterContext &c, const data::RosterHeader &from, const data::RosterHeader &to,
                                    const std::vector<data::AssignmentChange> &changes, const QDateTime &printedAt,
                                    QPagedPaintDevice &device)
{
    setLandscape(device, true);
    PageHeader header = squadHeader(c, to, RosterPrintTr::tr("Roster change notice"), printedAt);
    header.lines[2] = RosterPrintTr::tr("From %1").arg(versionLine(from));
    header.lines[3] = RosterPrintTr::tr("To %1").arg(versionLine(to));
    auto describe = [&](const Assignment &a) {
        if (a.officerId.isEmpty())
            return RosterPrintTr::tr("off");
        const RosterShift *sh = c.shift(a.shiftTypeId);
        const RosterPost *p = c.post(a.postId);
        QString s = sh ? QStringLiteral("%1 %2 %3").arg(sh->code, sh->name, sh->timeText()) : a.shiftTypeId;
        if (p)
            s += QStringLiteral(" · ") + shortPost(p) + QLatin1Char(' ') + p->name;
        if (!a.team.isEmpty())
            s += QStringLiteral(" · ") + a.team;
        return s;
    };
    const int pages = PageLayout::run(device, header, [&](PageLayout &page) {
        const double width = page.content().width();
        const double cols[] = { 0.13, 0.17, 0.33, 0.33, 0.04 };
        const QStringList titles { RosterPrintTr::tr("Date"), RosterPrintTr::tr("Officer"), RosterPrintTr::tr("Before"),
                                   RosterPrintTr::tr("After"), QString() };
        const double rowH = page.mm(7);
        auto row = [&](const QStringList &values, bool head, const QColor &bg) {
            double x = page.content().left();
            for (int i = 0; i < values.size(); ++i) {
                const QRectF r(x, page.y(), cols[i] * width, rowH);
                if (bg.isValid())
                    fill(page, r, bg);
                page.text(r, values.at(i), printFont(8.5, head), Qt::AlignLeft | Qt::AlignVCenter);
                grid(page, r);
                x += cols[i] * width;
            }
            page.advance(rowH);
        };
        page.text(QRectF(page.content().left(), page.y(), width, page.mm(7)),
                  RosterPrintTr::tr("%1 change(s) from version %2 to version %3.").arg(changes.size()).arg(from.version).arg(to.version),
                  printFont(10, true), Qt::AlignLeft | Qt::AlignVCenter);
        page.advance(page.mm(8));
        auto head = [&]() { row(titles, true, QColor(230, 230, 230)); };
        head();
        page.onNewPage = head;
        for (const data::AssignmentChange &ch : changes) {
            page.ensure(rowH);
            const RosterOfficer *o = c.officer(ch.officerId);
            const QString mark = ch.kind == data::AssignmentChange::Kind::Added ? QStringLiteral("+")
                : ch.kind == data::AssignmentChange::Kind::Removed            ? QStringLiteral("−")
                                                                               : QStringLiteral("~");
            row({ ch.date.toString(Qt::ISODate) + QLatin1Char(' ') + weekdayShort(ch.date),
                  o ? QStringLiteral("%1 %2").arg(o->name, o->badgeNo) : ch.officerId, describe(ch.before), describe(ch.after), mark },
                false, QColor());
        }
        page.onNewPage = nullptr;
        if (changes.empty()) {
            page.text(QRectF(page.content().left(), page.y(), width, rowH), RosterPrintTr::tr("No changes."), printFont(9));
            page.advance(rowH);
        }
        signatures(page);
    });
    if (pages <= 0)
        return data::failure(RosterPrintTr::tr("change notice: the printer or PDF file could not be painted on."));
    return pages;
}

std::unique_ptr<QPdfWriter> makeRosterPdfWriter(QIODevice *out, const QString &title)
{
    auto writer = std::make_unique<QPdfWriter>(out);
    writer->setResolution(300);
    writer->setTitle(title);
    writer->setCreator(QStringLiteral("DutyDesk"));
    writer->setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(10, 10, 10, 10),
                                      QPageLayout::Millimeter));
    return writer;
}

QHash<QString, QString> postAreas(data::Database &db, const QString &squadId)
{
    QHash<QString, QString> out;
    QSqlQuery q(db.connection());
    q.prepare(QStringLiteral("SELECT p.id, count(g.id), min(g.code), max(g.code) FROM posts p JOIN post_cells pc ON "
                             "pc.post_id = p.id JOIN grid_cells g ON g.id = pc.cell_id WHERE p.squad_id = ? GROUP BY p.id"));
    q.addBindValue(squadId);
    if (!q.exec())
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), RosterPrintTr::tr("%1 cells, %2 … %3")
                                              .arg(q.value(1).toInt())
                                              .arg(q.value(2).toString(), q.value(3).toString()));
    return out;
}

} // namespace dd::ui::print
