// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/evaluation.h"
#include "scheduling/localsearch.h"
#include "scheduling/officerplanner.h"
#include "scheduling/rowplanner.h"

#include <algorithm>
#include <chrono>
#include <climits>
#include <cmath>
#include <cstdlib>

namespace dd::scheduling {

namespace {

// The exact repair of a broken row (State::proposeRepair): from which share of the run it is tried,
// and over how many days.
constexpr double kRepairFrom = 0.6;
constexpr int kRepairWindowDays = 28;
// Whole-row repairs (planRow, tens of milliseconds each on a year) may take at most this share of the
// time run so far.
constexpr double kWholeRowShare = 0.2;
// Where a repair may re-plan: four weeks (planOfficer), or the whole row (planRow) for a rule over the
// whole horizon, or the whole row whatever the rule.
enum class RepairScope { Window, WholeRowForHorizonRules, WholeRow };

// Weights of the search's own hard total: one unit of a counted rule, one minute of a minute rule.
constexpr long long kCountUnit = 100;
constexpr long long kMinuteUnit = 1;

// soft: the objective; hard: the search's weighted hard total (see kCountUnit); units: the evaluator's
// hardUnits(), by which the best roster is chosen.
struct Cost
{
    long long soft = 0;
    long long hard = 0;
    long long units = 0;
    long long guide = 0;   // not a rule: worked weekend days of officers over their weekend limit
    Cost &operator+=(const Cost &o)
    {
        soft += o.soft;
        hard += o.hard;
        units += o.units;
        guide += o.guide;
        return *this;
    }
    Cost &operator-=(const Cost &o)
    {
        soft -= o.soft;
        hard -= o.hard;
        units -= o.units;
        guide -= o.guide;
        return *this;
    }
    // amount units of a counted rule, or minutes of a minute rule other than the minimum total
    static Cost count(long long amount) { return {0, kCountUnit * amount, kHardUnitsPerViolation * amount}; }
    static Cost minutes(long long amount) { return {0, kMinuteUnit * amount, kHardUnitsPerViolation * amount}; }
    static Cost minTotal(long long amount) { return {0, kMinuteUnit * amount, amount}; }
};

// xoshiro256** (Blackman and Vigna): fast, and the same stream for a seed on every platform.
class Random
{
public:
    explicit Random(std::uint64_t seed)
    {
        for (auto &w : m_s) {   // splitmix64 to fill the state
            seed += 0x9e3779b97f4a7c15ULL;
            std::uint64_t z = seed;
            z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
            z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
            w = z ^ (z >> 31);
        }
    }
    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }
    // Uniform in [0, n), n > 0 (Lemire's multiply-shift; the bias is below 2^-32 for our n).
    int below(int n) { return int(((next() >> 32) * std::uint64_t(n)) >> 32); }
    double unit() { return double(next() >> 11) * 0x1.0p-53; }

private:
    static std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::uint64_t m_s[4];
};

// Officers 0..n-1 shuffled (Fisher-Yates) with the search's own generator, so that an order is the
// same for a seed on every platform; reshuffle() shuffles a given order again.
void reshuffle(std::vector<int> &order, Random &rng)
{
    for (int i = int(order.size()) - 1; i > 0; --i)
        std::swap(order[std::size_t(i)], order[std::size_t(rng.below(i + 1))]);
}

std::vector<int> shuffledOfficers(int n, Random &rng)
{
    std::vector<int> order(static_cast<std::size_t>(n));
    for (int o = 0; o < n; ++o)
        order[std::size_t(o)] = o;
    reshuffle(order, rng);
    return order;
}

using Clock = std::chrono::steady_clock;

// Fairness: weight x (largest - smallest) of one count over all officers, kept with a histogram of
// the counts; a count moves by one at a time, so the ends move by at most one step each.
class Spread
{
public:
    void init(long long weight, const std::vector<int> &values, int room)
    {
        m_weight = weight;
        m_on = weight > 0 && values.size() >= 2;
        m_values = values;
        if (!m_on)
            return;
        m_offset = *std::min_element(values.begin(), values.end()) - room;
        m_hist.assign(std::size_t(*std::max_element(values.begin(), values.end()) - m_offset + room + 1), 0);
        for (int v : values)
            ++m_hist[std::size_t(v - m_offset)];
        m_lo = *std::min_element(values.begin(), values.end());
        m_hi = *std::max_element(values.begin(), values.end());
    }
    long long cost() const { return m_on ? m_weight * (m_hi - m_lo) : 0; }
    // Officer o's count changes by delta; returns the change of the cost.
    long long change(int o, int delta)
    {
        int &v = m_values[std::size_t(o)];
        if (!m_on) {
            v += delta;
            return 0;
        }
        const long long before = cost();
        --m_hist[std::size_t(v - m_offset)];
        v += delta;
        ++m_hist[std::size_t(v - m_offset)];
        m_lo = std::min(m_lo, v);
        m_hi = std::max(m_hi, v);
        while (m_hist[std::size_t(m_lo - m_offset)] == 0)
            ++m_lo;
        while (m_hist[std::size_t(m_hi - m_offset)] == 0)
            --m_hi;
        return cost() - before;
    }

private:
    long long m_weight = 0;
    bool m_on = false;
    std::vector<int> m_values, m_hist;
    int m_offset = 0, m_lo = 0, m_hi = 0;
};

} // namespace

bool LocalSearch::applicable(const Problem &p)
{
    return p.days > 0 && !p.officers.empty() && !p.shifts.empty();
}

struct LocalSearch::State
{
    const Problem &p;
    int nO = 0, H = 0, S = 0, V = 0, W = 0, WE = 0;
    std::vector<int> x;                      // [o * H + d]
    std::vector<int> cellSoft, cellHard;     // [(o * H + d) * V + v + 1]; cellHard: counted units
    std::vector<char> fixed;                 // [o * H + d]: a pin or a day off already met
    std::vector<Cost> pairHard;              // [(a + 1) * V + b + 1]
    std::vector<std::vector<int>> choices;   // per officer: kOff and the shift types it may work
    // Per officer counters.
    std::vector<int> perType;                // [o * S + s]
    std::vector<long long> minutes;          // [o]
    std::vector<long long> weekMinutes;      // [o * W + w]
    std::vector<int> weekendDays;            // [o * WE + we]: worked days of that weekend
    std::vector<int> weekends;               // [o]: worked weekends
    std::vector<int> weekendDaysTotal;       // [o]: worked weekend days
    Spread nightSpread, weekendSpread, holidaySpread;   // fairness, history included
    std::vector<int> weekOf, weekendOf;      // [d]; weekendOf -1 on weekdays
    // Cover.
    std::vector<int> rowStart, rowList;      // demand rows of (d, s): rowList[rowStart[d*S+s] .. rowStart[d*S+s+1])
    std::vector<int> rowCount;               // officers counted by each demand row
    std::vector<int> on, cert;               // patrol: officers and certified officers on (d, s)
    Cost total;
    LocalSearchStats stats;
    std::vector<double> minutePrice;   // per officer: planRow's price of a minute last time (NaN: none yet)
    std::function<bool()> overdue;     // during run(): true once its budget is spent (repairs give up)

    struct Change
    {
        int o, d, from, to;
    };
    std::vector<Change> changes;

    State(const Problem &problem, const Roster &start) : p(problem)
    {
        nO = int(p.officers.size());
        H = p.days;
        S = int(p.shifts.size());
        V = S + 1;
        weekOf.resize(std::size_t(H));
        weekendOf.assign(std::size_t(H), -1);
        for (int d = 0; d < H; ++d) {
            weekOf[std::size_t(d)] = p.weekIndex(d);
            if (p.isWeekend(d))
                weekendOf[std::size_t(d)] = p.weekendIndex(d);
            W = std::max(W, weekOf[std::size_t(d)] + 1);
            WE = std::max(WE, weekendOf[std::size_t(d)] + 1);
        }
        x.assign(std::size_t(nO * H), kOff);
        for (int o = 0; o < nO && o < int(start.size()); ++o)
            for (int d = 0; d < H && d < int(start[std::size_t(o)].size()); ++d)
                x[std::size_t(o * H + d)] = start[std::size_t(o)][std::size_t(d)];

        cellSoft.assign(std::size_t(nO * H * V), 0);
        cellHard.assign(std::size_t(nO * H * V), 0);
        for (int o = 0; o < nO; ++o) {
            const Officer &of = p.officers[std::size_t(o)];
            for (int s = 0; s < S; ++s) {
                const SkillMask need = p.shifts[std::size_t(s)].requiredSkills;
                if ((need & of.skills) != need)
                    for (int d = 0; d < H; ++d)
                        cellHard[cellIndex(o, d, s)] += 1;
            }
            for (int d : of.daysOff)
                if (d >= 0 && d < H)
                    for (int s = 0; s < S; ++s)
                        cellHard[cellIndex(o, d, s)] += 1;
        }
        for (const Pin &pin : p.pins)
            for (int v = -1; v < S; ++v)
                if (v != pin.shift)
                    cellHard[cellIndex(pin.officer, pin.day, v)] += 1;
        for (const Request &r : p.requests)
            for (int v = -1; v < S; ++v) {
                const bool matches = r.shift == kOff ? v != kOff : v == r.shift;
                if (r.on != matches)
                    cellSoft[cellIndex(r.officer, r.day, v)] += r.weight;
            }
        if (!p.published.empty() && p.stabilityWeight > 0)
            for (int o = 0; o < nO && o < int(p.published.size()); ++o)
                for (int d = 0; d < H && d < int(p.published[std::size_t(o)].size()); ++d)
                    for (int v = -1; v < S; ++v)
                        if (v != p.published[std::size_t(o)][std::size_t(d)])
                            cellSoft[cellIndex(o, d, v)] += p.stabilityWeight;

        fixed.assign(std::size_t(nO * H), 0);
        for (int o = 0; o < nO; ++o)
            for (int d : p.officers[std::size_t(o)].daysOff)
                if (d >= 0 && d < H && x[std::size_t(o * H + d)] == kOff)
                    fixed[std::size_t(o * H + d)] = 1;
        for (const Pin &pin : p.pins)
            if (x[std::size_t(pin.officer * H + pin.day)] == pin.shift)
                fixed[std::size_t(pin.officer * H + pin.day)] = 1;

        pairHard.assign(std::size_t(V * V), Cost{});
        for (int a = 0; a < S; ++a)
            for (int b = 0; b < S; ++b) {
                const auto &cf = p.shifts[std::size_t(a)].cannotFollow;
                if (std::find(cf.begin(), cf.end(), b) != cf.end())
                    pairHard[std::size_t((a + 1) * V + b + 1)] = Cost::count(1);
                else if (p.restMinutes(a, b) < p.minRestMinutes)
                    pairHard[std::size_t((a + 1) * V + b + 1)] = Cost::minutes(p.minRestMinutes - p.restMinutes(a, b));
            }

        choices.resize(std::size_t(nO));
        for (int o = 0; o < nO; ++o) {
            const Officer &of = p.officers[std::size_t(o)];
            choices[std::size_t(o)].push_back(kOff);
            for (int s = 0; s < S; ++s) {
                const SkillMask need = p.shifts[std::size_t(s)].requiredSkills;
                const bool never = s < int(of.maxShifts.size()) && of.maxShifts[std::size_t(s)] == 0;
                if ((need & of.skills) == need && !never)
                    choices[std::size_t(o)].push_back(s);
            }
        }

        rowStart.assign(std::size_t(H * S + 1), 0);
        for (const Demand &dm : p.demands)
            ++rowStart[std::size_t(dm.day * S + dm.shift + 1)];
        for (std::size_t i = 1; i < rowStart.size(); ++i)
            rowStart[i] += rowStart[i - 1];
        rowList.assign(p.demands.size(), 0);
        {
            std::vector<int> fill(rowStart.begin(), rowStart.end() - 1);
            for (std::size_t k = 0; k < p.demands.size(); ++k) {
                const Demand &dm = p.demands[k];
                rowList[std::size_t(fill[std::size_t(dm.day * S + dm.shift)]++)] = int(k);
            }
        }
        rebuild();
    }

    std::size_t cellIndex(int o, int d, int v) const { return std::size_t((o * H + d) * V + v + 1); }
    int at(int o, int d) const { return x[std::size_t(o * H + d)]; }

    Cost rowCost(int k, int n) const
    {
        const Demand &dm = p.demands[std::size_t(k)];
        Cost c;
        if (n < dm.minimum)
            c.soft += (long long)dm.weightUnder * (dm.minimum - n);
        if (dm.weightBelowTarget > 0)
            c.soft += (long long)dm.weightBelowTarget * std::max(0, dm.target - std::max(n, dm.minimum));
        if (n > dm.target && dm.weightOver > 0)
            c.soft += (long long)dm.weightOver * (n - dm.target);
        if (dm.maximum != kUnlimited && n > dm.maximum)
            c += Cost::count(n - dm.maximum);
        return c;
    }

    long long patrolCost(int n, int certified) const
    {
        return n > 0 && certified < 2 ? (long long)p.patrolWeight * (2 - certified) : 0;
    }

    bool certifiedOfficer(int o) const
    {
        return (p.officers[std::size_t(o)].skills & p.certifiedSkill) == p.certifiedSkill;
    }

    Cost coverChange(int o, int d, int s, int delta)
    {
        Cost c;
        const SkillMask skills = p.officers[std::size_t(o)].skills;
        const std::size_t ds = std::size_t(d * S + s);
        for (int i = rowStart[ds]; i < rowStart[ds + 1]; ++i) {
            const int k = rowList[std::size_t(i)];
            if ((skills & p.demands[std::size_t(k)].skills) != p.demands[std::size_t(k)].skills)
                continue;
            c -= rowCost(k, rowCount[std::size_t(k)]);
            rowCount[std::size_t(k)] += delta;
            c += rowCost(k, rowCount[std::size_t(k)]);
        }
        if (p.patrolWeight > 0 && p.shifts[std::size_t(s)].patrol) {
            c.soft -= patrolCost(on[ds], cert[ds]);
            on[ds] += delta;
            if (certifiedOfficer(o))
                cert[ds] += delta;
            c.soft += patrolCost(on[ds], cert[ds]);
        }
        return c;
    }

    Cost minutesCost(const Officer &of, long long m) const
    {
        Cost c;
        if (of.maxTotalMinutes != kUnlimited && m > of.maxTotalMinutes)
            c += Cost::minutes(m - of.maxTotalMinutes);
        if (m < of.minTotalMinutes)
            c += Cost::minTotal(of.minTotalMinutes - m);
        return c;
    }

    Cost counterChange(int o, int d, int s, int delta)
    {
        const Officer &of = p.officers[std::size_t(o)];
        Cost c;
        if (p.shifts[std::size_t(s)].night)
            c.soft += nightSpread.change(o, delta);
        if (p.isHoliday(d))
            c.soft += holidaySpread.change(o, delta);
        int &pt = perType[std::size_t(o * S + s)];
        if (s < int(of.maxShifts.size()) && of.maxShifts[std::size_t(s)] != kUnlimited) {
            const int mx = of.maxShifts[std::size_t(s)];
            c -= Cost::count(std::max(0, pt - mx));
            pt += delta;
            c += Cost::count(std::max(0, pt - mx));
        } else {
            pt += delta;
        }
        const long long len = p.shifts[std::size_t(s)].lengthMinutes;
        c -= minutesCost(of, minutes[std::size_t(o)]);
        minutes[std::size_t(o)] += delta * len;
        c += minutesCost(of, minutes[std::size_t(o)]);
        long long &wm = weekMinutes[std::size_t(o * W + weekOf[std::size_t(d)])];
        if (of.maxWeeklyMinutes != kUnlimited) {
            c -= Cost::minutes(std::max<long long>(0, wm - of.maxWeeklyMinutes));
            wm += delta * len;
            c += Cost::minutes(std::max<long long>(0, wm - of.maxWeeklyMinutes));
        } else {
            wm += delta * len;
        }
        const int we = weekendOf[std::size_t(d)];
        if (we >= 0) {
            // The weekend limit counts weekends, so taking one day of a worked weekend off changes
            // nothing: the guide counts the days of officers over the limit, a slope towards it.
            int &total = weekendDaysTotal[std::size_t(o)];
            const auto guide = [&] {
                return of.maxWeekends != kUnlimited && weekends[std::size_t(o)] > of.maxWeekends ? total : 0;
            };
            c.guide -= guide();
            int &days = weekendDays[std::size_t(o * WE + we)];
            const bool was = days > 0;
            days += delta;
            if (was != (days > 0)) {
                int &n = weekends[std::size_t(o)];
                if (of.maxWeekends != kUnlimited)
                    c -= Cost::count(std::max(0, n - of.maxWeekends));
                n += days > 0 ? 1 : -1;
                if (of.maxWeekends != kUnlimited)
                    c += Cost::count(std::max(0, n - of.maxWeekends));
                c.soft += weekendSpread.change(o, days > 0 ? 1 : -1);
            }
            total += delta;
            c.guide += guide();
        }
        return c;
    }

    // Sets one cell; returns what changes in the rules that do not depend on the neighbouring days.
    Cost setCell(int o, int d, int v)
    {
        Cost c;
        int &cell = x[std::size_t(o * H + d)];
        const int u = cell;
        if (u == v)
            return c;
        c.soft += cellSoft[cellIndex(o, d, v)] - cellSoft[cellIndex(o, d, u)];
        c += Cost::count(cellHard[cellIndex(o, d, v)] - cellHard[cellIndex(o, d, u)]);
        if (u != kOff) {
            c += coverChange(o, d, u, -1);
            c += counterChange(o, d, u, -1);
        }
        cell = v;
        if (v != kOff) {
            c += coverChange(o, d, v, +1);
            c += counterChange(o, d, v, +1);
        }
        return c;
    }

    Cost pairAt(int o, int d) const
    {
        const Officer &of = p.officers[std::size_t(o)];
        int prev;
        if (d == 0) {
            if (!of.history.known)
                return Cost{};
            prev = of.history.lastShift;
        } else {
            prev = at(o, d - 1);
        }
        return pairHard[std::size_t((prev + 1) * V + at(o, d) + 1)];
    }

    // Hard cost of the maximal blocks (worked / off) that meet [lo, hi], as the evaluator counts them.
    Cost blocks(int o, int lo, int hi) const
    {
        const Officer &of = p.officers[std::size_t(o)];
        lo = std::max(lo, 0);
        hi = std::min(hi, H - 1);
        if (lo > hi)
            return Cost{};
        const int *row = &x[std::size_t(o * H)];
        long long c = 0;   // counted units
        if (lo == 0 && of.history.known) {
            const bool lastWorked = of.history.lastShift != kOff;
            if (lastWorked && row[0] == kOff && of.history.consecutiveWorked < of.minConsecutiveShifts)
                c += of.minConsecutiveShifts - of.history.consecutiveWorked;
            if (!lastWorked && row[0] != kOff && of.history.consecutiveOff > 0
                && of.history.consecutiveOff < of.minConsecutiveDaysOff)
                c += of.minConsecutiveDaysOff - of.history.consecutiveOff;
        }
        int d = lo;
        const bool first = row[lo] != kOff;
        while (d > 0 && (row[d - 1] != kOff) == first)
            --d;
        while (d <= hi) {
            const bool work = row[d] != kOff;
            int e = d + 1;
            while (e < H && (row[e] != kOff) == work)
                ++e;
            const BlockBreak br = blockBreak(of, d, e, H, work);
            c += br.overMaximum + br.underMinimum;
            d = e;
        }
        return Cost::count(c);
    }

    // Rules that depend on neighbouring days, for changes inside [a, b] of officer o.
    Cost local(int o, int a, int b) const
    {
        Cost c = blocks(o, a - 1, b + 1);
        for (int d = std::max(a, 0); d <= std::min(b + 1, H - 1); ++d)
            c += pairAt(o, d);
        return c;
    }

    void rebuild()
    {
        perType.assign(std::size_t(nO * S), 0);
        minutes.assign(std::size_t(nO), 0);
        weekMinutes.assign(std::size_t(nO * W), 0);
        weekendDays.assign(std::size_t(nO * WE), 0);
        weekends.assign(std::size_t(nO), 0);
        weekendDaysTotal.assign(std::size_t(nO), 0);
        rowCount.assign(p.demands.size(), 0);
        on.assign(std::size_t(H * S), 0);
        cert.assign(std::size_t(H * S), 0);
        total = Cost{};
        // Start from an empty roster, whose cost is known, and add every cell.
        const std::vector<int> cells = x;
        std::fill(x.begin(), x.end(), kOff);
        for (int o = 0; o < nO; ++o) {
            Cost empty = minutesCost(p.officers[std::size_t(o)], 0);
            for (int d = 0; d < H; ++d) {
                empty.soft += cellSoft[cellIndex(o, d, kOff)];
                empty += Cost::count(cellHard[cellIndex(o, d, kOff)]);
            }
            total += empty;
        }
        for (std::size_t k = 0; k < p.demands.size(); ++k)
            total += rowCost(int(k), 0);
        std::vector<int> nights(std::size_t(nO), 0), weekendCounts(std::size_t(nO), 0), holidays(std::size_t(nO), 0);
        for (int o = 0; o < nO; ++o) {
            const History &h = p.officers[std::size_t(o)].history;
            nights[std::size_t(o)] = h.nightsWorked;
            weekendCounts[std::size_t(o)] = h.weekendsWorked;
            holidays[std::size_t(o)] = h.holidaysWorked;
        }
        nightSpread.init(p.nightFairnessWeight, nights, H);
        weekendSpread.init(p.weekendFairnessWeight, weekendCounts, WE);
        holidaySpread.init(p.holidayFairnessWeight, holidays, H);
        total.soft += nightSpread.cost() + weekendSpread.cost() + holidaySpread.cost();
        for (int o = 0; o < nO; ++o)
            for (int d = 0; d < H; ++d)
                total += setCell(o, d, cells[std::size_t(o * H + d)]);
        for (int o = 0; o < nO; ++o)
            total += local(o, 0, H - 1);
    }

    // Applies the changes (x already holds `from`); returns the change of the total.
    Cost apply(int o1, int a1, int b1, int o2, int a2, int b2)
    {
        Cost c;
        c -= local(o1, a1, b1);
        if (o2 >= 0)
            c -= local(o2, a2, b2);
        for (const Change &ch : changes)
            c += setCell(ch.o, ch.d, ch.to);
        c += local(o1, a1, b1);
        if (o2 >= 0)
            c += local(o2, a2, b2);
        return c;
    }

    void undo()
    {
        for (auto it = changes.rbegin(); it != changes.rend(); ++it)
            setCell(it->o, it->d, it->from);
    }

    Roster roster() const
    {
        Roster r(std::size_t(nO), std::vector<int>(std::size_t(H), kOff));
        for (int o = 0; o < nO; ++o)
            std::copy(x.begin() + o * H, x.begin() + (o + 1) * H, r[std::size_t(o)].begin());
        return r;
    }

    // Proposes a random move into `changes`; fills the officers and day ranges it touches.
    bool propose(Random &rng, int &o1, int &a1, int &b1, int &o2, int &a2, int &b2)
    {
        changes.clear();
        o2 = -1;
        a2 = b2 = 0;
        const int kind = rng.below(10);
        if (kind == 3)
            return rng.below(2) == 0 ? shiftBlock(rng, o1, a1, b1) : shiftSegment(rng, o1, a1, b1);
        if (kind == 2)
            return moveShift(rng, o1, a1, b1);
        if (kind < 2 || nO < 2) {
            o1 = rng.below(nO);
            const int d = rng.below(H);
            if (fixed[std::size_t(o1 * H + d)])
                return false;
            const auto &ch = choices[std::size_t(o1)];
            if (ch.size() < 2)
                return false;
            const int u = at(o1, d);
            int v = ch[std::size_t(rng.below(int(ch.size())))];
            if (v == u)
                v = ch[std::size_t(rng.below(int(ch.size())))];
            if (v == u)
                return false;
            changes.push_back({o1, d, u, v});
            a1 = b1 = d;
            return true;
        }
        o1 = rng.below(nO);
        o2 = rng.below(nO - 1);
        if (o2 >= o1)
            ++o2;
        int len = kind < 7 ? 1 : 2 + rng.below(std::min(H, 6));
        int a = rng.below(H - std::min(len, H) + 1);
        if (kind == 7 && WE > 0) {
            // Which of the two works a weekend: both days at once, what the weekend limit needs.
            const int we = rng.below(WE);
            a = std::max(0, we * 7 + 5 - p.startWeekday);
            len = 2;
            if (a >= H)
                return false;
        }
        const int b = std::min(H, a + len) - 1;
        for (int d = a; d <= b; ++d) {
            const int u1 = at(o1, d), u2 = at(o2, d);
            if (u1 == u2 || fixed[std::size_t(o1 * H + d)] || fixed[std::size_t(o2 * H + d)])
                continue;
            changes.push_back({o1, d, u1, u2});
            changes.push_back({o2, d, u2, u1});
        }
        a1 = a2 = a;
        b1 = b2 = b;
        return !changes.empty();
    }

    // One officer's block of worked days moves a day earlier or later, shifts and all: the days off on
    // either side grow and shrink while the block keeps its length (what the minimum-consecutive rules
    // need, and what no single cell change can do).
    bool shiftBlock(Random &rng, int &o, int &a, int &b)
    {
        o = rng.below(nO);
        const int d = rng.below(H);
        const int *row = &x[std::size_t(o * H)];
        if (row[d] == kOff)
            return false;
        int s = d, e = d;
        while (s > 0 && row[s - 1] != kOff)
            --s;
        while (e + 1 < H && row[e + 1] != kOff)
            ++e;
        const bool later = rng.below(2) == 0;
        if (later ? e + 1 >= H : s == 0)
            return false;
        a = later ? s : s - 1;
        b = later ? e + 1 : e;
        for (int k = a; k <= b; ++k)
            if (fixed[std::size_t(o * H + k)])
                return false;
        for (int k = a; k <= b; ++k) {
            const int v = later ? (k == s ? kOff : row[k - 1]) : (k == e ? kOff : row[k + 1]);
            if (v != row[k])
                changes.push_back({o, k, row[k], v});
        }
        // row[] is read above before any change is applied: changes only records them.
        return !changes.empty();
    }

    // What re-planning officer o's cells [a, b] weighs, cell by cell, everybody else fixed as now:
    // requests, stability and the rest of the cell's own costs, and the change in cover. Cells that
    // would break a rule of their own (leave, pins, skills) are forbidden.
    void cellPrices(int o, int a, int b, std::vector<long long> &workCost, std::vector<long long> &offCost) const
    {
        const int W = b - a + 1;
        workCost.assign(std::size_t(W * S), kForbidden);
        offCost.assign(std::size_t(W), kForbidden);
        const SkillMask skills = p.officers[std::size_t(o)].skills;
        for (int d = a; d <= b; ++d) {
            if (cellHard[cellIndex(o, d, kOff)] == 0)
                offCost[std::size_t(d - a)] = cellSoft[cellIndex(o, d, kOff)];
            for (int sh : choices[std::size_t(o)]) {
                if (sh == kOff || cellHard[cellIndex(o, d, sh)] > 0)
                    continue;
                long long c = cellSoft[cellIndex(o, d, sh)];
                const std::size_t ds = std::size_t(d * S + sh);
                for (int i = rowStart[ds]; i < rowStart[ds + 1]; ++i) {
                    const int k = rowList[std::size_t(i)];
                    if ((skills & p.demands[std::size_t(k)].skills) != p.demands[std::size_t(k)].skills)
                        continue;
                    const int n = rowCount[std::size_t(k)] - (at(o, d) == sh ? 1 : 0);
                    c += rowCost(k, n + 1).soft - rowCost(k, n).soft;
                }
                workCost[std::size_t((d - a) * S + sh)] = c;
            }
        }
    }

    // The exact repair: one officer with a broken rule re-planned, every cell priced at what it
    // changes here (cellPrices). A rule of a few days is mended by planOfficer() (boost::
    // r_c_shortest_paths) over four weeks around the break, which keeps every hard rule of the row and
    // joins the cells outside. A rule over the whole horizon (total minutes, shifts of a type,
    // weekends) often cannot be mended inside four weeks of a long horizon: there the scope may let
    // planRow() re-plan the row from its first day to its last instead.
    bool proposeRepair(Random &rng, int &o, int &a, int &b, int only, RepairScope scope)
    {
        changes.clear();
        const Roster r = roster();
        const Evaluation e = evaluate(p, r, true);
        std::vector<const Violation *> broken;
        for (const Violation &v : e.violations)
            if (isHard(v.rule) && v.officer >= 0 && (only < 0 || v.officer == only))
                broken.push_back(&v);
        if (broken.empty())
            return false;
        const Violation &v = *broken[std::size_t(rng.below(int(broken.size())))];
        o = v.officer;
        // Labels grow with the shift types: fewer days when there are many (as the LNS's windows).
        const int W = std::min(H, std::clamp(kRepairWindowDays * 16 / (S + 1), 7, kRepairWindowDays));
        const bool horizonWide = v.rule == Rule::MinTotalMinutes || v.rule == Rule::MaxTotalMinutes
            || v.rule == Rule::MaxShiftsOfType || v.rule == Rule::MaxWeekends;
        if (W < H && (scope == RepairScope::WholeRow || (scope == RepairScope::WholeRowForHorizonRules && horizonWide))) {
            a = 0;
            b = H - 1;
            return proposeWholeRow(o);
        }
        const int day = v.day >= 0 ? v.day : rng.below(H);
        a = std::clamp(day - W / 2, 0, H - W);
        b = a + W - 1;
        PlanRequest rq;
        rq.officer = o;
        rq.firstDay = a;
        rq.endDay = a + W;
        rq.roster = &r;
        rq.minutesShortPenalty = 1000;   // per minute: far above any cover or request cost
        rq.abort = overdue;
        cellPrices(o, a, b, rq.workCost, rq.offCost);
        const Plan plan = planOfficer(p, rq);
        if (!plan.found)
            return false;
        for (int d = a; d <= b; ++d)
            if (plan.cells[std::size_t(d - a)] != at(o, d))
                changes.push_back({o, d, at(o, d), plan.cells[std::size_t(d - a)]});
        return !changes.empty();
    }

    // Officer o's whole row re-planned by planRow(), every cell priced at what it changes here.
    bool proposeWholeRow(int o, double splitWeekendCost = 0, std::vector<double> weekendCost = {})
    {
        changes.clear();
        RowRequest rq;
        rq.officer = o;
        rq.splitWeekendCost = splitWeekendCost;
        rq.weekendCost = std::move(weekendCost);
        cellPrices(o, 0, H - 1, rq.workCost, rq.offCost);
        if (minutePrice.empty())
            minutePrice.assign(std::size_t(nO), std::nan(""));
        rq.hasMinutePrice = !std::isnan(minutePrice[std::size_t(o)]);
        rq.minutePrice = rq.hasMinutePrice ? minutePrice[std::size_t(o)] : 0.0;
        rq.abort = overdue;
        const auto started = Clock::now();
        const RowPlan plan = planRow(p, rq);
        ++stats.wholeRowPlans;
        stats.wholeRowSeconds += std::chrono::duration<double>(Clock::now() - started).count();
        if (!plan.found)
            return false;
        minutePrice[std::size_t(o)] = plan.minutePrice;
        for (int d = 0; d < H; ++d)
            if (plan.cells[std::size_t(d)] != at(o, d))
                changes.push_back({o, d, at(o, d), plan.cells[std::size_t(d)]});
        return !changes.empty();
    }

    // proposeRepair() for officer `only`, kept when it lowers the hard units (or keeps them and does
    // not cost more).
    bool repair(Random &rng, int only, RepairScope scope)
    {
        int o, a, b;
        if (!proposeRepair(rng, o, a, b, only, scope))
            return false;
        const Cost delta = apply(o, a, b, -1, 0, 0);
        if (delta.units < 0 || (delta.units == 0 && delta.soft <= 0)) {
            total += delta;
            ++stats.repairs;
            return true;
        }
        undo();
        return false;
    }

    // One officer works a shift on another day, up to ten days away: the minutes, the shift counts and
    // (mostly) the weekends stay, so a row at its minimum minutes can still rearrange its blocks.
    bool moveShift(Random &rng, int &o, int &a, int &b)
    {
        o = rng.below(nO);
        const int from = rng.below(H);
        const int to = from + (rng.below(2) == 0 ? 1 : -1) * (1 + rng.below(10));
        if (to < 0 || to >= H)
            return false;
        const int *row = &x[std::size_t(o * H)];
        if (row[from] == kOff || row[to] != kOff || fixed[std::size_t(o * H + from)] || fixed[std::size_t(o * H + to)])
            return false;
        changes.push_back({o, from, row[from], kOff});
        changes.push_back({o, to, kOff, row[from]});
        a = std::min(from, to);   // one range over both days: their blocks may be the same
        b = std::max(from, to);
        return true;
    }

    // An ejection chain along one row: every day from the start of a worked block up to the next gap
    // with a day to spare moves one day later (or, mirrored, earlier). Blocks and gaps in between keep
    // their lengths; only the gap before the segment grows and the spare gap shrinks. This mends a gap
    // one day too short when the next few gaps are exactly at their minimum, which shiftBlock cannot.
    bool shiftSegment(Random &rng, int &o, int &a, int &b)
    {
        o = rng.below(nO);
        const Officer &of = p.officers[std::size_t(o)];
        const int d = rng.below(H);
        const int *row = &x[std::size_t(o * H)];
        if (row[d] == kOff)
            return false;
        const bool later = rng.below(2) == 0;
        const int step = later ? 1 : -1;
        int start = d;   // the block's first day in the direction opposite to the move
        while (start - step >= 0 && start - step < H && row[start - step] != kOff)
            start -= step;
        if (start - step < 0 || start - step >= H)
            return false;   // the block touches the horizon's edge on the side it leaves
        // Find the first gap after the block (in the move's direction) longer than the minimum, or one
        // touching the horizon's end (exempt).
        int k = start;
        int end = -1;
        for (int guard = 0; guard < 8 * 7 && k >= 0 && k < H; ++guard) {
            while (k >= 0 && k < H && row[k] != kOff)
                k += step;
            if (k < 0 || k >= H)
                return false;   // the row ends on a worked day: nothing absorbs the shift
            int g = k;
            while (g >= 0 && g < H && row[g] == kOff)
                g += step;
            const int length = std::abs(g - k);
            if (g < 0 || g >= H || length > of.minConsecutiveDaysOff) {
                end = k;   // this gap's first day takes the last worked day's shift
                break;
            }
            k = g;
        }
        if (end < 0)
            return false;
        a = std::min(start, end);
        b = std::max(start, end);
        for (int q = a; q <= b; ++q)
            if (fixed[std::size_t(o * H + q)])
                return false;
        for (int q = a; q <= b; ++q) {
            const int v = q == start ? kOff : row[q - step];
            if (v != row[q])
                changes.push_back({o, q, row[q], v});
        }
        return !changes.empty();
    }
};

LocalSearch::LocalSearch(const Problem &problem, const Roster &start) : m(std::make_unique<State>(problem, start)) {}

LocalSearch::~LocalSearch() = default;

const LocalSearchStats &LocalSearch::stats() const { return m->stats; }
long long LocalSearch::objective() const { return m->total.soft; }
long long LocalSearch::weightedHard() const { return m->total.hard; }
long long LocalSearch::hardUnits() const { return m->total.units; }

Roster LocalSearch::roster() const { return m->roster(); }

void LocalSearch::randomMoveForTest(std::uint64_t seed)
{
    Random rng(seed);
    int o1, a1, b1, o2, a2, b2;
    for (int tries = 0; tries < 100; ++tries)
        if (m->propose(rng, o1, a1, b1, o2, a2, b2)) {
            m->total += m->apply(o1, a1, b1, o2, a2, b2);
            return;
        }
}

bool LocalSearch::repairForTest(int officer, std::uint64_t seed, bool wholeRow)
{
    Random rng(seed);
    return m->repair(rng, officer, wholeRow ? RepairScope::WholeRow : RepairScope::Window);
}

int LocalSearch::improveRows(int rounds, std::uint64_t seed, const std::function<bool()> &stop)
{
    Random rng(seed);
    std::vector<int> order(static_cast<std::size_t>(m->nO));
    for (int o = 0; o < m->nO; ++o)
        order[std::size_t(o)] = o;
    int kept = 0;
    for (int round = 0; round < rounds; ++round) {
        reshuffle(order, rng);
        int keptThisRound = 0;
        for (int o : order) {
            if (stop && stop())
                return kept + keptThisRound;
            if (!m->proposeWholeRow(o))
                continue;
            const Cost delta = m->apply(o, 0, m->H - 1, -1, 0, 0);
            if (delta.units < 0 || (delta.units == 0 && delta.soft < 0)) {
                m->total += delta;
                ++keptThisRound;
            } else {
                m->undo();
            }
        }
        kept += keptThisRound;
        if (keptThisRound == 0)
            break;
    }
    return kept;
}

int LocalSearch::splitWeekends(int officer) const
{
    int split = 0;
    for (int d = 1; d < m->H; ++d)
        if (m->weekendOf[std::size_t(d)] >= 0 && m->weekendOf[std::size_t(d)] == m->weekendOf[std::size_t(d - 1)]
            && (m->at(officer, d) == kOff) != (m->at(officer, d - 1) == kOff))
            ++split;
    return split;
}

int LocalSearch::guidedRound(std::uint64_t seed, const std::function<bool()> &stop, const std::function<bool(int)> &propose,
                             const std::function<long long(int)> &guideChange, const std::function<void(int)> &onKept)
{
    Random rng(seed);
    int kept = 0;
    for (int o : shuffledOfficers(m->nO, rng)) {
        if (stop && stop())
            break;
        if (!propose(o))
            continue;
        const Cost delta = m->apply(o, 0, m->H - 1, -1, 0, 0);
        if (delta.units < 0 || (delta.units == 0 && delta.soft + guideChange(o) < 0)) {
            m->total += delta;
            if (onKept)
                onKept(o);
            ++kept;
        } else {
            m->undo();
        }
    }
    return kept;
}

int LocalSearch::consolidateWeekends(long long splitWeekendCost, std::uint64_t seed, const std::function<bool()> &stop)
{
    int before = 0;
    return guidedRound(
        seed, stop,
        [&](int o) {
            before = splitWeekends(o);
            return before > 0 && m->proposeWholeRow(o, double(splitWeekendCost));
        },
        [&](int o) { return splitWeekendCost * (splitWeekends(o) - before); });
}

int LocalSearch::followWeekendPlan(const std::vector<std::vector<double>> &weekendCost, double splitWeekendCost, std::uint64_t seed,
                                   const std::function<bool()> &stop)
{
    const Problem &p = m->p;
    const int H = m->H;
    // The guide of o's row as it stands: each worked weekend's cost (counted on its last worked day)
    // and the split weekends'.
    const auto guide = [&](int o) {
        double g = splitWeekendCost * splitWeekends(o);
        const std::vector<double> &cost = weekendCost[std::size_t(o)];
        for (int d = 0; d < H; ++d) {
            if (!p.isWeekend(d) || m->at(o, d) == kOff)
                continue;
            const int k = p.weekendIndex(d);
            const bool workedLater = d + 1 < H && p.isWeekend(d + 1) && p.weekendIndex(d + 1) == k && m->at(o, d + 1) != kOff;
            if (!workedLater && k < int(cost.size()))
                g += cost[std::size_t(k)];
        }
        return g;
    };
    double before = 0;
    return guidedRound(
        seed, stop,
        [&](int o) {
            before = guide(o);
            return m->proposeWholeRow(o, splitWeekendCost, weekendCost[std::size_t(o)]);
        },
        [&](int o) { return std::llround(guide(o) - before); });
}

int LocalSearch::rebalanceWeekends(long long guide, std::uint64_t seed, const std::function<bool()> &stop)
{
    const Problem &p = m->p;
    const int H = m->H;
    const int weekends = H > 0 ? p.weekendIndex(H - 1) + 1 : 0;
    // Officers wanted on each weekend: the larger of its two days' headcounts.
    std::vector<int> dayNeed(static_cast<std::size_t>(H), 0);
    for (const Demand &dm : p.demands)
        if (dm.day >= 0 && dm.day < H)
            dayNeed[std::size_t(dm.day)] += std::max(dm.minimum, dm.target);
    std::vector<int> need(static_cast<std::size_t>(weekends), 0);
    for (int d = 0; d < H; ++d)
        if (p.isWeekend(d))
            need[std::size_t(p.weekendIndex(d))] = std::max(need[std::size_t(p.weekendIndex(d))], dayNeed[std::size_t(d)]);
    auto worked = [&](int o) {
        std::vector<char> w(static_cast<std::size_t>(weekends), 0);
        for (int d = 0; d < H; ++d)
            if (p.isWeekend(d) && m->at(o, d) != kOff)
                w[std::size_t(p.weekendIndex(d))] = 1;
        return w;
    };
    std::vector<int> tokens(static_cast<std::size_t>(weekends), 0);
    for (int o = 0; o < m->nO; ++o) {
        const std::vector<char> w = worked(o);
        for (int k = 0; k < weekends; ++k)
            tokens[std::size_t(k)] += w[std::size_t(k)];
    }
    std::vector<char> before, after;
    std::vector<double> cost(static_cast<std::size_t>(weekends));
    return guidedRound(
        seed, stop,
        [&](int o) {
            // The guide: sum over weekends of |officers working it - officers wanted|, times `guide`;
            // for this row, the change it makes by working weekend k.
            before = worked(o);
            bool useful = false;
            for (int k = 0; k < weekends; ++k) {
                const int others = tokens[std::size_t(k)] - before[std::size_t(k)];
                cost[std::size_t(k)] = others >= need[std::size_t(k)] ? double(guide) : -double(guide);
                useful = useful || (before[std::size_t(k)] ? others >= need[std::size_t(k)] : others < need[std::size_t(k)]);
            }
            return useful && m->proposeWholeRow(o, 0, cost);
        },
        [&](int o) {
            after = worked(o);
            long long change = 0;
            for (int k = 0; k < weekends; ++k)
                if (after[std::size_t(k)] != before[std::size_t(k)])
                    change += (after[std::size_t(k)] ? 1 : -1) * (cost[std::size_t(k)] > 0 ? guide : -guide);
            return change;
        },
        [&](int) {
            for (int k = 0; k < weekends; ++k)
                tokens[std::size_t(k)] += after[std::size_t(k)] - before[std::size_t(k)];
        });
}

std::vector<double> LocalSearch::minutePrices() const
{
    return m->minutePrice.empty() ? std::vector<double>(std::size_t(m->nO), std::nan("")) : m->minutePrice;
}

void LocalSearch::setMinutePrices(std::vector<double> prices)
{
    if (int(prices.size()) == m->nO)
        m->minutePrice = std::move(prices);
}

int LocalSearch::mendBrokenRows(std::uint64_t seed, const std::function<bool()> &stop)
{
    Random rng(seed);
    std::vector<int> broken;
    const Roster start = m->roster();
    for (int o = 0; o < m->nO; ++o)
        if (officerHardUnits(m->p, start, o) > 0)
            broken.push_back(o);
    int kept = 0;
    // An officer may break several rules; each attempt mends one of them.
    for (int o : broken)
        for (int attempt = 0; attempt < 4 && !(stop && stop()); ++attempt)
            if (m->repair(rng, o, RepairScope::WholeRow))
                ++kept;
            else
                break;
    return kept;
}

Roster LocalSearch::run(const LocalSearchOptions &opt)
{
    State &s = *m;
    Random rng(opt.seed);
    const auto started = Clock::now();
    auto elapsed = [&] { return std::chrono::duration<double>(Clock::now() - started).count(); };
    // The hard total weighs `mult` per unit in the acceptance test (see LocalSearchOptions).
    const double m0 = opt.startHardWeight, m1 = opt.endHardWeight;
    double mult = m0;
    constexpr double guideWeight = 30.0;   // per worked weekend day of an officer over the limit

    Roster best = s.roster();
    Cost bestCost = s.total;
    bool bestPending = false;       // the current roster is the best but not yet copied into `best`
    double lastOffer = 0;
    bool offerPending = false;

    const double t0 = opt.startTemperature, t1 = opt.endTemperature;
    double t = t0, f = 0;
    auto better = [](const Cost &a, const Cost &b) { return a.units < b.units || (a.units == b.units && a.soft < b.soft); };
    // A repair must not outlive the run: its planners poll this.
    s.overdue = [&] { return (opt.maxMoves <= 0 && opt.seconds > 0 && elapsed() >= opt.seconds) || (opt.stop && opt.stop()); };
    int o1, a1, b1, o2, a2, b2;
    for (long long move = 0;; ++move) {
        if ((move & 1023) == 0) {
            const double now = elapsed();
            if (opt.maxMoves > 0)
                f = double(move) / double(opt.maxMoves);
            else if (opt.seconds > 0)
                f = now / opt.seconds;
            if (f >= 1.0 || (opt.maxMoves > 0 && move >= opt.maxMoves) || (opt.stop && (move & 8191) == 0 && opt.stop()))
                break;
            t = t0 * std::pow(t1 / t0, f);
            mult = m0 * std::pow(m1 / m0, std::min(1.0, f));
            if (opt.offer && offerPending && now - lastOffer > 1.0) {
                if (bestPending) {
                    best = s.roster();
                    bestPending = false;
                }
                opt.offer(best);
                offerPending = false;
                lastOffer = now;
            }
        }
        ++s.stats.moves;
        bool repair = false;
        if ((move & 16383) == 0 && f >= kRepairFrom && s.total.units > 0) {
            // Late in the run with a rule still broken: an exact re-plan of a broken row.
            const bool wholeRows = s.stats.wholeRowSeconds < kWholeRowShare * elapsed();
            repair = s.proposeRepair(rng, o1, a1, b1, -1, wholeRows ? RepairScope::WholeRowForHorizonRules : RepairScope::Window);
            o2 = -1;
            a2 = b2 = 0;
            if (!repair)
                continue;
        } else if (!s.propose(rng, o1, a1, b1, o2, a2, b2)) {
            continue;
        }
        const Cost delta = s.apply(o1, a1, b1, o2, a2, b2);
        const double d = double(delta.soft) + mult * (double(delta.hard) + guideWeight * double(delta.guide));
        const bool accept = repair ? delta.units < 0 || (delta.units == 0 && delta.soft <= 0)
                                   : d <= 0 || rng.unit() < std::exp(-d / t);
        if (accept) {
            s.stats.repairs += repair ? 1 : 0;
            Cost next = s.total;
            next += delta;
            if (bestPending && better(bestCost, next)) {
                // Leaving the best roster: keep a copy of it first.
                s.undo();
                best = s.roster();
                bestPending = false;
                for (const auto &ch : s.changes)
                    s.setCell(ch.o, ch.d, ch.to);
            }
            s.total = next;
            ++s.stats.accepted;
            if (better(s.total, bestCost)) {
                bestCost = s.total;
                bestPending = true;
                offerPending = true;
                ++s.stats.improvements;
            }
        } else {
            s.undo();
        }
    }
    s.overdue = nullptr;
    if (bestPending)
        best = s.roster();
    if (opt.offer && offerPending)
        opt.offer(best);
    return best;
}

} // namespace dd::scheduling
