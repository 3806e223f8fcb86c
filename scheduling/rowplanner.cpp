// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/rowplanner.h"

#include "scheduling/evaluation.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cmath>
#include <limits>
#include <set>

namespace dd::scheduling {

namespace {

constexpr double kInfinity = std::numeric_limits<double>::infinity();

// The price of one minute worked, found by bisection: a price that left the row short of its minimum
// is an upper end, one that made it work beyond its maximum a lower end; until both ends are known
// the price moves away from the known one in doubling steps.
struct MinutePrice
{
    double value = 0;
    double step = 0;
    bool hasHigh = false, hasLow = false;
    double high = 0, low = 0;

    void update(int direction)   // -1: row short of minutes, +1: beyond the maximum, 0: inside
    {
        if (direction == 0)
            return;
        if (direction < 0) {
            hasHigh = true;
            high = value;
        } else {
            hasLow = true;
            low = value;
        }
        if (hasHigh && hasLow) {
            value = (high + low) / 2;
        } else {
            value += direction > 0 ? step : -step;
            step *= 2;
        }
    }
};

// The price of a shift type (or of a week's minutes) over its maximum: raised while the row breaks
// the maximum, never lowered (lowering it makes the choice between equal types cycle).
struct LimitPrice
{
    double value = 0;
    double step = 0;
    void update(bool over)
    {
        if (over)
            value += step;
    }
};

struct Counts
{
    int minutes = 0;
    std::vector<int> perType;
    std::vector<int> weekMinutes;
};

} // namespace

RowPlan planRow(const Problem &p, const RowRequest &rq)
{
    RowPlan result;
    const Officer &of = p.officers[std::size_t(rq.officer)];
    const int H = p.days;
    const int S = int(p.shifts.size());
    if (H <= 0)
        return result;
    const History &hist = of.history;
    const int minCons = std::max(1, of.minConsecutiveShifts);
    const int minOff = std::max(1, of.minConsecutiveDaysOff);
    // A maximum no block can reach is no maximum (and would only multiply the states).
    const int maxCons = of.maxConsecutiveShifts != kUnlimited && of.maxConsecutiveShifts < H + 1
        ? std::max(1, of.maxConsecutiveShifts) : INT_MAX;
    // Worked-block lengths the state tells apart: up to the maximum, or (no maximum) up to the minimum.
    const int capWork = maxCons != INT_MAX ? maxCons : minCons;
    // Shifts that allow the same successors share a state (the state only has to say what may follow):
    // on Instance24 32 shift types fall into 5 such classes.
    std::vector<int> classOf(static_cast<std::size_t>(S), -1);
    std::vector<int> representative;
    for (int s = 0; s < S; ++s) {
        for (int c = 0; c < int(representative.size()) && classOf[std::size_t(s)] < 0; ++c) {
            bool same = true;
            for (int t = 0; t < S && same; ++t)
                same = p.canFollow(s, t) == p.canFollow(representative[std::size_t(c)], t);
            if (same)
                classOf[std::size_t(s)] = c;
        }
        if (classOf[std::size_t(s)] < 0) {
            classOf[std::size_t(s)] = int(representative.size());
            representative.push_back(s);
        }
    }
    const int C = int(representative.size());
    std::vector<char> classFollow(static_cast<std::size_t>(C * S));   // [class * S + next shift]
    for (int c = 0; c < C; ++c)
        for (int t = 0; t < S; ++t)
            classFollow[std::size_t(c * S + t)] = p.canFollow(representative[std::size_t(c)], t) ? 1 : 0;
    const int NS = minOff + C * capWork;
    auto offState = [&](int co) { return std::min(co, minOff) - 1; };
    auto workState = [&](int s, int cw) { return minOff + classOf[std::size_t(s)] * capWork + std::min(cw, capWork) - 1; };

    std::set<int> weekendSet;
    for (int d = 0; d < H; ++d)
        if (p.isWeekend(d))
            weekendSet.insert(p.weekendIndex(d));
    const bool trackWeekends = of.maxWeekends != kUnlimited && of.maxWeekends < int(weekendSet.size());
    const int WN = trackWeekends ? of.maxWeekends + 1 : 1;
    const int N = NS * WN;
    std::vector<int> weekendsBefore(static_cast<std::size_t>(H) + 1, 0);   // weekends begun before day d
    for (int d = 0; d < H; ++d)
        weekendsBefore[std::size_t(d) + 1] = weekendsBefore[std::size_t(d)]
            + (p.isWeekend(d) && (d == 0 || !p.isWeekend(d - 1) || p.weekendIndex(d - 1) != p.weekendIndex(d)) ? 1 : 0);
    const int weeks = p.weekIndex(H - 1) + 1;

    std::vector<bool> typeAllowed(std::size_t(S), true);
    for (int s = 0; s < S; ++s)
        if (s < int(of.maxShifts.size()) && of.maxShifts[std::size_t(s)] == 0)
            typeAllowed[std::size_t(s)] = false;

    // Scale of the first multiplier steps: a cell's cost spread per minute of the longest shift.
    long long spread = 1;
    int maxLength = 1;
    for (const ShiftType &s : p.shifts)
        maxLength = std::max(maxLength, s.lengthMinutes);
    for (long long c : rq.workCost)
        if (c < kForbidden)
            spread = std::max(spread, c < 0 ? -c : c);
    for (long long c : rq.offCost)
        if (c < kForbidden)
            spread = std::max(spread, c < 0 ? -c : c);

    MinutePrice perMinute;
    perMinute.step = double(spread) / maxLength / 4;
    if (rq.hasMinutePrice) {
        perMinute.value = rq.minutePrice;
        perMinute.step = std::max(std::abs(rq.minutePrice) * 0.05, 1e-4);
    }
    std::vector<LimitPrice> perType(static_cast<std::size_t>(S));
    for (auto &m : perType)
        m.step = double(spread) / 4;
    std::vector<LimitPrice> perWeek(static_cast<std::size_t>(weeks));
    for (auto &m : perWeek)
        m.step = double(spread) / maxLength / 4;
    // Integer prices tie often (many days cost the same to work), and then the cheapest row jumps by
    // dozens of shifts at one minute price. A small fixed jitter per cell, far below one unit over the
    // whole row, breaks the ties so that the worked minutes follow the price in small steps.
    std::vector<double> jitter(static_cast<std::size_t>(H * S));
    {
        std::uint64_t h = 0x9E3779B97F4A7C15ULL ^ std::uint64_t(rq.officer);
        for (auto &j : jitter) {
            h ^= h << 13;
            h ^= h >> 7;
            h ^= h << 17;
            j = double(h >> 11) / double(1ULL << 53) * 0.5 / H;
        }
    }

    std::vector<double> cur(static_cast<std::size_t>(N)), next(static_cast<std::size_t>(N));
    std::vector<int> back(static_cast<std::size_t>(H) * static_cast<std::size_t>(N));
    std::vector<short> pick(static_cast<std::size_t>(H) * static_cast<std::size_t>(N));   // the cell of each state
    std::vector<double> workPrice(static_cast<std::size_t>(S));
    std::vector<int> cheapest(static_cast<std::size_t>(C));            // per class: its cheapest open shift today, or -1
    std::vector<int> cheapestAfter(static_cast<std::size_t>(C * C));   // [yesterday's class * C + class]: the same, among those that may follow
    std::vector<int> cells(static_cast<std::size_t>(H));

    auto lengthOf = [&](int s) { return s == kOff ? 0 : p.shifts[std::size_t(s)].lengthMinutes; };
    auto cellCost = [&](int d, int s) { return s == kOff ? rq.offCost[std::size_t(d)] : rq.workCost[std::size_t(d * S + s)]; };
    auto maxOfType = [&](int t) { return t < int(of.maxShifts.size()) ? of.maxShifts[std::size_t(t)] : kUnlimited; };
    const int maxMinutesAll = of.maxTotalMinutes != kUnlimited ? of.maxTotalMinutes : INT_MAX;
    // Does setting cells[d] = y keep the day-to-day rules around d (successions, blocks)?
    auto keepsNeighbourhood = [&](std::vector<int> &row, int d, int y) {
        const int x = row[std::size_t(d)];
        row[std::size_t(d)] = y;
        bool ok = true;
        for (int k = d; k <= d + 1 && k < H && ok; ++k) {
            const int a = k > 0 ? row[std::size_t(k - 1)] : (hist.known ? hist.lastShift : kOff);
            const int b = row[std::size_t(k)];
            ok = a == kOff || b == kOff || p.canFollow(a, b);
        }
        const int lo = std::max(0, d - 1), hi = std::min(H - 1, d + 1);
        int k = lo;
        while (k > 0 && (row[std::size_t(k - 1)] != kOff) == (row[std::size_t(lo)] != kOff))
            --k;
        while (ok && k <= hi) {
            const bool work = row[std::size_t(k)] != kOff;
            int e = k;
            while (e + 1 < H && (row[std::size_t(e + 1)] != kOff) == work)
                ++e;
            const BlockBreak bb = blockBreak(of, k, e + 1, H, work);
            ok = bb.overMaximum == 0 && bb.underMinimum == 0;
            k = e + 1;
        }
        // The block from history that ends before day 0 (the evaluator's own check).
        if (ok && d == 0 && hist.known) {
            if (hist.lastShift != kOff && y == kOff && hist.consecutiveWorked < of.minConsecutiveShifts)
                ok = false;
            if (hist.lastShift == kOff && y != kOff && hist.consecutiveOff > 0 && hist.consecutiveOff < of.minConsecutiveDaysOff)
                ok = false;
        }
        row[std::size_t(d)] = x;
        return ok;
    };
    auto fitMinutes = [&](std::vector<int> &row) {
        int minutes = 0, weekends = 0;
        std::vector<int> count(static_cast<std::size_t>(S), 0), week(static_cast<std::size_t>(weeks), 0);
        std::vector<char> weekendWorked(static_cast<std::size_t>(p.weekendIndex(H - 1) + 1), 0);
        for (int d = 0; d < H; ++d)
            if (row[std::size_t(d)] != kOff) {
                minutes += lengthOf(row[std::size_t(d)]);
                ++count[std::size_t(row[std::size_t(d)])];
                week[std::size_t(p.weekIndex(d))] += lengthOf(row[std::size_t(d)]);
                if (p.isWeekend(d))
                    weekendWorked[std::size_t(p.weekendIndex(d))] = 1;
            }
        for (char w : weekendWorked)
            weekends += w;
        const int slack = 4 * maxLength;   // further off, the prices must move instead
        if (minutes < of.minTotalMinutes - slack || minutes > maxMinutesAll + slack)
            return;
        while (minutes < of.minTotalMinutes || minutes > maxMinutesAll) {
            const bool up = minutes < of.minTotalMinutes;
            long long bestDelta = std::numeric_limits<long long>::max();
            int bestDay = -1, bestShift = kOff;
            for (int d = 0; d < H; ++d) {
                const int x = row[std::size_t(d)];
                for (int y = -1; y < S; ++y) {
                    const int change = lengthOf(y) - lengthOf(x);
                    if (y == x || (up ? change <= 0 : change >= 0) || cellCost(d, y) >= kForbidden)
                        continue;
                    if (y != kOff && (!typeAllowed[std::size_t(y)] || (maxOfType(y) != kUnlimited && count[std::size_t(y)] >= maxOfType(y))))
                        continue;
                    if (up ? minutes + change > maxMinutesAll : minutes + change < of.minTotalMinutes)
                        continue;
                    if (of.maxWeeklyMinutes != kUnlimited && week[std::size_t(p.weekIndex(d))] + change > of.maxWeeklyMinutes)
                        continue;
                    const long long delta = cellCost(d, y) - cellCost(d, x);
                    if (delta >= bestDelta)
                        continue;
                    if (p.isWeekend(d) && trackWeekends && x == kOff) {
                        const int other = d > 0 && p.isWeekend(d - 1) && p.weekendIndex(d - 1) == p.weekendIndex(d) ? d - 1
                            : d + 1 < H && p.isWeekend(d + 1) && p.weekendIndex(d + 1) == p.weekendIndex(d) ? d + 1 : -1;
                        if ((other < 0 || row[std::size_t(other)] == kOff) && weekends + 1 > of.maxWeekends)
                            continue;
                    }
                    if (!keepsNeighbourhood(row, d, y))
                        continue;
                    bestDelta = delta;
                    bestDay = d;
                    bestShift = y;
                }
            }
            if (bestDay < 0)
                return;
            const int x = row[std::size_t(bestDay)];
            const int change = lengthOf(bestShift) - lengthOf(x);
            minutes += change;
            week[std::size_t(p.weekIndex(bestDay))] += change;
            if (x != kOff)
                --count[std::size_t(x)];
            if (bestShift != kOff)
                ++count[std::size_t(bestShift)];
            row[std::size_t(bestDay)] = bestShift;
            if (p.isWeekend(bestDay)) {
                const int w = p.weekendIndex(bestDay);
                bool worked = false;
                for (int d = std::max(0, bestDay - 1); d <= std::min(H - 1, bestDay + 1); ++d)
                    worked = worked || (p.isWeekend(d) && p.weekendIndex(d) == w && row[std::size_t(d)] != kOff);
                weekends += int(worked) - weekendWorked[std::size_t(w)];
                weekendWorked[std::size_t(w)] = worked ? 1 : 0;
            }
        }
    };

    for (int round = 0; round < rq.maxRounds; ++round) {
        if (rq.abort && rq.abort())
            break;
        result.rounds = round + 1;
        std::fill(cur.begin(), cur.end(), kInfinity);
        // cur holds day d - 1; for d = 0 a virtual start state, handled below.
        for (int d = 0; d < H; ++d) {
            std::fill(next.begin(), next.end(), kInfinity);
            int *bk = &back[std::size_t(d) * std::size_t(N)];
            short *pk = &pick[std::size_t(d) * std::size_t(N)];
            const double offC = rq.offCost[std::size_t(d)] < kForbidden ? double(rq.offCost[std::size_t(d)]) : kInfinity;
            const int week = p.weekIndex(d);
            for (int s = 0; s < S; ++s) {
                const long long c = rq.workCost[std::size_t(d * S + s)];
                const int len = p.shifts[std::size_t(s)].lengthMinutes;
                workPrice[std::size_t(s)] = !typeAllowed[std::size_t(s)] || c >= kForbidden
                    ? kInfinity
                    : double(c) + jitter[std::size_t(d * S + s)] + perMinute.value * len + perType[std::size_t(s)].value + perWeek[std::size_t(week)].value * len;
            }
            // Shifts of one class lead to the same state, so from each state only the cheapest open
            // shift of each class matters (the lowest index on a tie, as a scan of every shift would
            // keep): per class, and per class that may follow yesterday's class.
            std::fill(cheapest.begin(), cheapest.end(), -1);
            std::fill(cheapestAfter.begin(), cheapestAfter.end(), -1);
            for (int s = 0; s < S; ++s) {
                const double price = workPrice[std::size_t(s)];
                if (price == kInfinity)
                    continue;
                const int k = classOf[std::size_t(s)];
                int &any = cheapest[std::size_t(k)];
                if (any < 0 || price < workPrice[std::size_t(any)])
                    any = s;
                for (int c = 0; c < C; ++c) {
                    if (!classFollow[std::size_t(c * S + s)])
                        continue;
                    int &after = cheapestAfter[std::size_t(c * C + k)];
                    if (after < 0 || price < workPrice[std::size_t(after)])
                        after = s;
                }
            }
            const bool weekend = p.isWeekend(d);
            const bool sameWeekendAsYesterday = d > 0 && weekend && p.isWeekend(d - 1) && p.weekendIndex(d - 1) == p.weekendIndex(d);
            // Off today after working yesterday, or the reverse, inside one weekend: a split weekend.
            const double split = sameWeekendAsYesterday ? rq.splitWeekendCost : 0.0;
            // Whether working today after working yesterday counts one more weekend (as workTo()).
            const int workStartsWeekend = weekend && trackWeekends && !sameWeekendAsYesterday ? 1 : 0;
            // The guide for working this weekend, added on its first worked day.
            const double weekendGuide = weekend && p.weekendIndex(d) < int(rq.weekendCost.size()) ? rq.weekendCost[std::size_t(p.weekendIndex(d))] : 0.0;
            const double guideAfterWork = sameWeekendAsYesterday ? 0.0 : weekendGuide;
            auto relax = [&](int to, double v, int from, int cell) {
                if (v < next[std::size_t(to)]) {
                    next[std::size_t(to)] = v;
                    bk[to] = from;
                    pk[to] = short(cell);
                }
            };
            // Working s today with `w` weekends before, yesterday worked or not.
            auto workTo = [&](int s, int cw, int w, bool workedYesterday, double base, int from) {
                const double price = workPrice[std::size_t(s)];
                if (price == kInfinity)
                    return;
                int w2 = w;
                const bool startsWeekend = weekend && !(workedYesterday && sameWeekendAsYesterday);
                if (startsWeekend && trackWeekends)
                    if (++w2 >= WN)
                        return;
                relax(w2 * NS + workState(s, cw), base + price + (startsWeekend ? weekendGuide : 0.0), from, s);
            };
            if (d == 0) {
                // The start: history, or nothing (every first block exempt from the minimums).
                if (!hist.known) {
                    if (offC < kInfinity)
                        relax(offState(1), offC, -1, kOff);
                    for (int s = 0; s < S; ++s)
                        workTo(s, 1, 0, false, 0.0, -1);
                } else if (hist.lastShift != kOff) {
                    // As the evaluator: the block from history ends complete when day 0 is off.
                    const int cw = std::max(1, hist.consecutiveWorked);
                    if (offC < kInfinity && hist.consecutiveWorked >= of.minConsecutiveShifts)
                        relax(offState(1), offC, -1, kOff);
                    for (int s = 0; s < S; ++s)
                        if (p.canFollow(hist.lastShift, s) && cw + 1 <= maxCons)
                            workTo(s, cw + 1, 0, false, 0.0, -1);
                } else {
                    const int co = hist.consecutiveOff;
                    if (offC < kInfinity)
                        relax(offState(co + 1), offC, -1, kOff);
                    if (co == 0 || co >= of.minConsecutiveDaysOff)
                        for (int s = 0; s < S; ++s)
                            workTo(s, 1, 0, false, 0.0, -1);
                }
            } else {
                // No state has worked more weekends than have begun before today.
                const int wTop = std::min(WN - 1, weekendsBefore[std::size_t(d)]);
                for (int w = 0; w <= wTop; ++w) {
                    const double *row = &cur[std::size_t(w * NS)];
                    // Yesterday off, co days so far.
                    for (int co = 1; co <= minOff; ++co) {
                        const double v = row[offState(co)];
                        if (v == kInfinity)
                            continue;
                        const int from = w * NS + offState(co);
                        if (offC < kInfinity)
                            relax(w * NS + offState(co + 1), v + offC, from, kOff);
                        // A block off that began on day 0 without history is exempt (co is exact below minOff).
                        if (co >= minOff || (!hist.known && d - co == 0))
                            for (int s : cheapest)
                                if (s >= 0)
                                    workTo(s, 1, w, false, v + split, from);
                    }
                    // Yesterday worked a shift of class c, cw days so far.
                    for (int c = 0; c < C; ++c)
                        for (int cw = 1; cw <= capWork; ++cw) {
                            const int st = minOff + c * capWork + cw - 1;
                            const double v = row[st];
                            if (v == kInfinity)
                                continue;
                            const int from = w * NS + st;
                            if (offC < kInfinity && (cw >= minCons || (!hist.known && d - cw == 0)))
                                relax(w * NS + offState(1), v + offC + split, from, kOff);
                            if (cw + 1 > maxCons || w + workStartsWeekend >= WN)
                                continue;
                            // workTo() for each class, unrolled: the target differs only by class.
                            const int *after = &cheapestAfter[std::size_t(c * C)];
                            const int to0 = (w + workStartsWeekend) * NS + minOff + std::min(cw + 1, capWork) - 1;
                            for (int k = 0; k < C; ++k) {
                                const int s2 = after[k];
                                if (s2 < 0)
                                    continue;
                                const double val = v + guideAfterWork + workPrice[std::size_t(s2)];
                                const int to = to0 + k * capWork;
                                if (val < next[std::size_t(to)]) {
                                    next[std::size_t(to)] = val;
                                    bk[to] = from;
                                    pk[to] = short(s2);
                                }
                            }
                        }
                }
            }
            std::swap(cur, next);
        }
        int bestState = -1;
        for (int i = 0; i < N; ++i)
            if (cur[std::size_t(i)] < kInfinity && (bestState < 0 || cur[std::size_t(i)] < cur[std::size_t(bestState)]))
                bestState = i;
        if (bestState < 0)
            return result;   // no row joins the forbidden cells and the history at all
        for (int d = H - 1, st = bestState; d >= 0; --d) {
            cells[std::size_t(d)] = pick[std::size_t(d) * std::size_t(N) + std::size_t(st)];
            st = back[std::size_t(d) * std::size_t(N) + std::size_t(st)];
        }

        // A type over its maximum: its cheapest days change to another type of the same length that
        // fits the neighbours' successions and is under its own maximum (the minutes stay).
        {
            std::vector<int> count(static_cast<std::size_t>(S), 0);
            for (int s : cells)
                if (s != kOff)
                    ++count[std::size_t(s)];
            for (int t = 0; t < S; ++t) {
                while (maxOfType(t) != kUnlimited && count[std::size_t(t)] > maxOfType(t)) {
                    long long bestDelta = std::numeric_limits<long long>::max();
                    int bestDay = -1, bestType = -1;
                    for (int d = 0; d < H; ++d) {
                        if (cells[std::size_t(d)] != t)
                            continue;
                        const int prev = d > 0 ? cells[std::size_t(d - 1)] : (hist.known ? hist.lastShift : kOff);
                        const int after = d + 1 < H ? cells[std::size_t(d + 1)] : kOff;
                        for (int t2 = 0; t2 < S; ++t2) {
                            const long long c = rq.workCost[std::size_t(d * S + t2)];
                            if (t2 == t || !typeAllowed[std::size_t(t2)] || c >= kForbidden
                                || p.shifts[std::size_t(t2)].lengthMinutes != p.shifts[std::size_t(t)].lengthMinutes
                                || (maxOfType(t2) != kUnlimited && count[std::size_t(t2)] >= maxOfType(t2))
                                || (prev != kOff && !p.canFollow(prev, t2)) || (after != kOff && !p.canFollow(t2, after)))
                                continue;
                            const long long delta = c - rq.workCost[std::size_t(d * S + t)];
                            if (delta < bestDelta) {
                                bestDelta = delta;
                                bestDay = d;
                                bestType = t2;
                            }
                        }
                    }
                    if (bestDay < 0)
                        break;
                    cells[std::size_t(bestDay)] = bestType;
                    --count[std::size_t(t)];
                    ++count[std::size_t(bestType)];
                }
            }
        }

        // Minutes a few shifts outside [min, max] (the price of a minute moves the cheapest row in
        // jumps, and the band is often narrower than one shift): single cells change, cheapest first,
        // each keeping every other rule of the row, until the minutes are inside.
        fitMinutes(cells);

        // The rules priced, as this row keeps them.
        Counts n;
        n.perType.assign(std::size_t(S), 0);
        n.weekMinutes.assign(std::size_t(weeks), 0);
        long long cost = 0;
        for (int d = 0; d < H; ++d) {
            const int s = cells[std::size_t(d)];
            if (s == kOff) {
                cost += rq.offCost[std::size_t(d)];
                continue;
            }
            cost += rq.workCost[std::size_t(d * S + s)];
            const int len = p.shifts[std::size_t(s)].lengthMinutes;
            n.minutes += len;
            n.perType[std::size_t(s)] += 1;
            n.weekMinutes[std::size_t(p.weekIndex(d))] += len;
        }
        result.minutePrice = perMinute.value;
        const int minutesDirection = n.minutes < of.minTotalMinutes ? -1 : n.minutes > maxMinutesAll ? 1 : 0;
        bool feasible = minutesDirection == 0;
        perMinute.update(minutesDirection);
        for (int s = 0; s < S; ++s) {
            const int mx = maxOfType(s);
            const bool over = mx != kUnlimited && n.perType[std::size_t(s)] > mx;
            feasible = feasible && !over;
            perType[std::size_t(s)].update(over);
        }
        if (of.maxWeeklyMinutes != kUnlimited)
            for (int k = 0; k < weeks; ++k) {
                const bool over = n.weekMinutes[std::size_t(k)] > of.maxWeeklyMinutes;
                feasible = feasible && !over;
                perWeek[std::size_t(k)].update(over);
            }
        if (feasible) {
            result.found = true;
            result.cost = cost;
            result.cells = cells;
            break;
        }
    }
    return result;
}

} // namespace dd::scheduling
