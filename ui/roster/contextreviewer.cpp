// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/roster/contextreviewer.h"

#include <QLocale>

#include <map>

namespace dd::ui {

namespace sch = dd::scheduling;

ContextReviewer::ContextReviewer(data::RosterContext context, std::vector<data::Assignment> shown)
    : m_context(std::move(context))
    , m_assignments(std::move(shown))
{
}

RosterLabels ContextReviewer::labels(const data::RosterContext &c)
{
    RosterLabels labels;
    labels.squadId = c.squadId;
    labels.squadCode = c.squadCode;
    labels.squadName = c.squadName;
    labels.firstDay = c.period.start;
    for (const data::RosterOfficer &o : c.officers)
        labels.officers.push_back({ o.id, o.badgeNo, o.name, o.certified });
    for (const data::RosterShift &s : c.shifts) {
        RosterLabels::ShiftLabel label;
        label.shiftTypeId = s.id;
        label.shiftCode = s.code;
        label.shiftName = s.name;
        label.colour = QColor(s.colour);
        label.startMinute = s.startMinute;
        label.lengthMinutes = s.lengthMinutes;
        labels.shifts.push_back(label);
    }
    labels.absence.assign(c.officers.size(), std::vector<QString>(c.dates.size()));
    for (const data::LeaveEntry &leave : c.leave) {
        const int o = c.officerIndex(leave.officerId);
        if (o < 0 || leave.status != QLatin1String("approved"))
            continue;
        for (std::size_t d = 0; d < c.dates.size(); ++d)
            if (c.dates[d] >= leave.start && c.dates[d] <= leave.end)
                labels.absence[std::size_t(o)][d] = RosterDocument::leaveKindText(leave.kind);
    }
    return labels;
}

QStringList ContextReviewer::demandWarnings(const data::RosterContext &context)
{
    QStringList lines;
    for (const data::DemandProblem &p : data::checkDemand(context))
        lines << p.text;
    return lines;
}

namespace {
// "P01" from "JD102-P01": what fits in a cell beside the shift code.
QString postShort(const QString &code)
{
    const int dash = code.lastIndexOf(QLatin1Char('-'));
    return dash >= 0 ? code.mid(dash + 1) : code;
}
} // namespace

RosterReview ContextReviewer::review(const RosterDocument &document)
{
    const data::RosterContext &c = m_context;
    // Posts of unchanged cells stay where they were (the previous review, or the loaded version).
    std::vector<data::Assignment> assignments = data::assignPosts(c, document.roster(), m_assignments);
    for (data::Assignment &a : assignments) {
        const int o = c.officerIndex(a.officerId);
        const int d = c.dayIndex(a.date);
        a.locked = o >= 0 && d >= 0 && document.isLocked(o, d);
    }
    // A locked day off is a cell too: the store keeps locks only on assignments, so it is kept by the
    // document only (until saved as a note of the draft).
    m_assignments = assignments;
    const data::RosterCheck check = data::checkRoster(c, assignments);

    RosterReview review;
    review.hardViolations = check.hardViolations;
    review.objective = check.objective;
    const QLocale locale;
    for (const data::RosterViolation &v : check.violations) {
        RosterReview::Issue issue;
        issue.hard = v.hard;
        issue.officer = c.officerIndex(v.officerId);
        issue.day = v.date.isValid() ? c.dayIndex(v.date) : -1;
        issue.shift = v.shiftTypeId.isEmpty() ? -1 : c.shiftIndex(v.shiftTypeId);
        if (issue.officer < 0) {
            const data::RosterPost *post = v.postId.isEmpty() ? nullptr : c.post(v.postId);
            const data::RosterShift *shift = v.shiftTypeId.isEmpty() ? nullptr : c.shift(v.shiftTypeId);
            issue.where = (post ? postShort(post->code) + QLatin1Char(' ') : QString()) + (shift ? shift->code : QString());
        }
        const int colon = v.text.indexOf(QStringLiteral(": "));
        issue.rule = colon >= 0 ? v.text.mid(colon + 2) : v.text;
        issue.text = v.text;
        issue.amount = v.amount;
        issue.cost = v.cost;
        review.issues.push_back(issue);
    }

    // The coverage band: one row per post and shift with demand, in the order posts and shifts are listed.
    std::map<std::pair<int, int>, std::size_t> rowOf;
    std::vector<std::pair<int, int>> keys;
    for (const data::CoverageCell &cell : check.coverage) {
        const int p = c.postIndex(cell.postId);
        const int s = c.shiftIndex(cell.shiftTypeId);
        if (p >= 0 && s >= 0 && !rowOf.count({ p, s })) {
            rowOf[{ p, s }] = 0;
            keys.push_back({ p, s });
        }
    }
    std::sort(keys.begin(), keys.end());
    for (const auto &key : keys) {
        rowOf[key] = review.coverage.size();
        const data::RosterPost &post = c.posts[std::size_t(key.first)];
        const data::RosterShift &shift = c.shifts[std::size_t(key.second)];
        RosterReview::CoverageRow row;
        row.label = postShort(post.code) + QLatin1Char(' ') + shift.code;
        row.toolTip = post.name + QStringLiteral(", ") + shift.name + QLatin1Char(' ') + shift.timeText();
        row.days.resize(c.dates.size());
        review.coverage.push_back(row);
    }
    for (const data::CoverageCell &cell : check.coverage) {
        const auto found = rowOf.find({ c.postIndex(cell.postId), c.shiftIndex(cell.shiftTypeId) });
        const int d = c.dayIndex(cell.date);
        if (found == rowOf.end() || d < 0)
            continue;
        RosterReview::Cover &cover = review.coverage[found->second].days[std::size_t(d)];
        cover.planned += cell.planned;
        cover.needed += cell.minimum;
        cover.shortfall += std::max({ 0, cell.minimum - cell.planned, cell.skilled - cell.skilledPlanned });
    }

    review.posts.assign(c.officers.size(), std::vector<QString>(c.dates.size()));
    for (const data::Assignment &a : assignments) {
        const int o = c.officerIndex(a.officerId);
        const int d = c.dayIndex(a.date);
        const data::RosterPost *post = a.postId.isEmpty() ? nullptr : c.post(a.postId);
        if (o >= 0 && d >= 0 && post)
            review.posts[std::size_t(o)][std::size_t(d)] = postShort(post->code);
    }
    return review;
}

} // namespace dd::ui
