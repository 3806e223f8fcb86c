// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/windowproblem.h"

#include <algorithm>

namespace dd::scheduling {

namespace {

// The first Monday at or before day d (day 0 when the horizon starts later in that week).
int weekStartAtOrBefore(const Problem &p, int d)
{
    return std::max(0, d - (p.startWeekday + d) % 7);
}

// The first Monday at or after day d, or the horizon's end.
int weekStartAtOrAfter(const Problem &p, int d)
{
    const int r = (p.startWeekday + d) % 7;
    return std::min(p.days, r == 0 ? d : d + 7 - r);
}

} // namespace

WindowProblem restrictToWindow(const Problem &full, const Roster &roster, int first, int end,
                               const std::vector<int> &officers)
{
    WindowProblem w;
    if (officers.empty()) {
        w.officers.resize(full.officers.size());
        for (std::size_t o = 0; o < full.officers.size(); ++o)
            w.officers[o] = int(o);
    } else {
        w.officers = officers;
    }
    const int H = full.days;
    w.first = weekStartAtOrBefore(full, std::clamp(first, 0, H));
    w.end = weekStartAtOrAfter(full, std::clamp(end, w.first, H));
    // The tail: long enough that a block crossing the window's end is judged as in the full problem.
    // A worked block running through the whole tail is longer than any maximum (the given roster
    // already breaks it), and one running past it meets any minimum.
    int needed = 1;
    for (const Officer &of : full.officers)
        needed = std::max({needed, of.maxConsecutiveShifts, of.minConsecutiveShifts, of.minConsecutiveDaysOff});
    const int tailEnd = w.end == H ? H : weekStartAtOrAfter(full, std::min(H, w.end + needed));
    w.tail = tailEnd - w.end;
    const int a = w.first, L = tailEnd - a;

    Problem &p = w.problem;
    p.name = full.name;
    p.days = L;
    p.startWeekday = (full.startWeekday + a) % 7;
    if (!full.holidays.empty())
        p.holidays.assign(full.holidays.begin() + a, full.holidays.begin() + tailEnd);
    p.shifts = full.shifts;
    p.minRestMinutes = full.minRestMinutes;
    p.certifiedSkill = full.certifiedSkill;
    p.patrolWeight = full.patrolWeight;
    p.nightFairnessWeight = full.nightFairnessWeight;
    p.weekendFairnessWeight = full.weekendFairnessWeight;
    p.holidayFairnessWeight = full.holidayFairnessWeight;
    p.stabilityWeight = full.stabilityWeight;
    const int nS = int(full.shifts.size());
    const auto inside = [&](int d) { return d >= a && d < tailEnd; };

    const std::size_t nO = w.officers.size();
    std::vector<int> subIndex(full.officers.size(), -1);
    for (std::size_t i = 0; i < nO; ++i)
        subIndex[std::size_t(w.officers[i])] = int(i);
    w.start.assign(nO, {});
    if (!full.published.empty())
        p.published.assign(nO, {});
    for (std::size_t i = 0; i < nO; ++i) {
        const std::size_t o = std::size_t(w.officers[i]);
        const Officer &of = full.officers[o];
        const std::vector<int> &row = roster[o];
        Officer sub = of;
        // What the cells outside use of the horizon's limits.
        long long minutes = 0;
        std::vector<int> perType(std::size_t(nS), 0);
        std::vector<char> weekendOutside;
        for (int d = 0; d < H; ++d) {
            const int s = row[std::size_t(d)];
            if (s == kOff || inside(d))
                continue;
            minutes += full.shifts[std::size_t(s)].lengthMinutes;
            ++perType[std::size_t(s)];
            if (full.isWeekend(d)) {
                const std::size_t we = std::size_t(full.weekendIndex(d));
                if (weekendOutside.size() <= we)
                    weekendOutside.resize(we + 1, 0);
                weekendOutside[we] = 1;
            }
        }
        if (sub.maxTotalMinutes != kUnlimited)
            sub.maxTotalMinutes = int(std::max(0LL, sub.maxTotalMinutes - minutes));
        sub.minTotalMinutes = int(std::max(0LL, sub.minTotalMinutes - minutes));
        for (int t = 0; t < nS && t < int(sub.maxShifts.size()); ++t)
            if (sub.maxShifts[std::size_t(t)] > 0)
                sub.maxShifts[std::size_t(t)] = std::max(0, sub.maxShifts[std::size_t(t)] - perType[std::size_t(t)]);
        if (sub.maxWeekends != kUnlimited)
            sub.maxWeekends = std::max(0, sub.maxWeekends - int(std::count(weekendOutside.begin(), weekendOutside.end(), 1)));
        sub.daysOff.clear();
        for (int d : of.daysOff)
            if (inside(d))
                sub.daysOff.push_back(d - a);
        // The days before the window become history.
        if (a > 0) {
            History h = of.history;
            h.known = true;
            h.lastShift = row[std::size_t(a - 1)];
            const bool work = h.lastShift != kOff;
            int run = 0;
            while (run < a && (row[std::size_t(a - 1 - run)] != kOff) == work)
                ++run;
            if (run == a) {
                // The block reaches day 0: continued from the full problem's history, or exempt there.
                if (of.history.known) {
                    const bool histWork = of.history.lastShift != kOff;
                    if (histWork == work)
                        run += work ? of.history.consecutiveWorked : of.history.consecutiveOff;
                } else {
                    run = std::max(run, work ? of.minConsecutiveShifts : of.minConsecutiveDaysOff);
                }
            }
            h.consecutiveWorked = work ? run : 0;
            h.consecutiveOff = work ? 0 : run;
            sub.history = h;
        }
        p.officers.push_back(std::move(sub));
        w.start[i].assign(row.begin() + a, row.begin() + tailEnd);
        if (!full.published.empty())
            p.published[i].assign(full.published[o].begin() + a, full.published[o].begin() + tailEnd);
        // The tail is pinned to the given cells.
        for (int d = w.end; d < tailEnd; ++d)
            p.pins.push_back(Pin{int(i), d - a, row[std::size_t(d)]});
    }
    for (const Pin &pin : full.pins)
        if (pin.day >= a && pin.day < w.end && subIndex[std::size_t(pin.officer)] >= 0)
            p.pins.push_back(Pin{subIndex[std::size_t(pin.officer)], pin.day - a, pin.shift});
    for (const Demand &dm : full.demands)
        if (dm.day >= a && dm.day < w.end) {
            Demand sub = dm;
            sub.day -= a;
            // The fixed officers' cover: cost(fixed + x) = constant + cost'(x) with the bounds lowered.
            int fixed = 0;
            for (std::size_t o = 0; o < full.officers.size(); ++o)
                if (subIndex[o] < 0 && roster[o][std::size_t(dm.day)] == dm.shift
                    && (full.officers[o].skills & dm.skills) == dm.skills)
                    ++fixed;
            sub.minimum = std::max(0, dm.minimum - fixed);
            sub.target = std::max(0, dm.target - fixed);
            if (dm.maximum != kUnlimited)
                sub.maximum = std::max(0, dm.maximum - fixed);
            p.demands.push_back(sub);
        }
    for (const Request &rq : full.requests)
        if (rq.day >= a && rq.day < w.end && subIndex[std::size_t(rq.officer)] >= 0) {
            Request sub = rq;
            sub.day -= a;
            sub.officer = subIndex[std::size_t(rq.officer)];
            p.requests.push_back(sub);
        }
    return w;
}

void spliceWindow(Roster &roster, const WindowProblem &w, const Roster &windowRoster)
{
    for (std::size_t i = 0; i < w.officers.size() && i < windowRoster.size(); ++i)
        for (int d = w.first; d < w.end; ++d)
            roster[std::size_t(w.officers[i])][std::size_t(d)] = windowRoster[i][std::size_t(d - w.first)];
}

} // namespace dd::scheduling
