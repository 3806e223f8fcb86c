// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/evaluation.h"

#include <algorithm>
#include <climits>

namespace dd::scheduling {

bool isHard(Rule rule) { return int(rule) < int(Rule::CoverUnder); }

const char *ruleName(Rule rule)
{
    switch (rule) {
    case Rule::Succession: return "succession";
    case Rule::MinRest: return "min-rest";
    case Rule::MaxShiftsOfType: return "max-shifts-of-type";
    case Rule::MaxTotalMinutes: return "max-total-minutes";
    case Rule::MinTotalMinutes: return "min-total-minutes";
    case Rule::MaxWeeklyMinutes: return "max-weekly-minutes";
    case Rule::MaxConsecutiveShifts: return "max-consecutive-shifts";
    case Rule::MinConsecutiveShifts: return "min-consecutive-shifts";
    case Rule::MinConsecutiveDaysOff: return "min-consecutive-days-off";
    case Rule::MaxWeekends: return "max-weekends";
    case Rule::DayOff: return "day-off";
    case Rule::Skill: return "skill";
    case Rule::Pin: return "pin";
    case Rule::CoverAboveMaximum: return "cover-above-maximum";
    case Rule::CoverUnder: return "cover-under";
    case Rule::CoverBelowTarget: return "cover-below-target";
    case Rule::CoverOver: return "cover-over";
    case Rule::ShiftOnRequest: return "shift-on-request";
    case Rule::ShiftOffRequest: return "shift-off-request";
    case Rule::NightFairness: return "night-fairness";
    case Rule::WeekendFairness: return "weekend-fairness";
    case Rule::HolidayFairness: return "holiday-fairness";
    case Rule::Stability: return "stability";
    case Rule::PatrolTeam: return "patrol-team";
    case Rule::Count: break;
    }
    return "?";
}

int Problem::restMinutes(int a, int b) const
{
    const ShiftType &sa = shifts[std::size_t(a)];
    const ShiftType &sb = shifts[std::size_t(b)];
    if (sa.startMinute < 0 || sb.startMinute < 0)
        return INT_MAX;
    return 1440 + sb.startMinute - (sa.startMinute + sa.lengthMinutes);
}

bool Problem::canFollow(int a, int b) const
{
    const auto &cf = shifts[std::size_t(a)].cannotFollow;
    if (std::find(cf.begin(), cf.end(), b) != cf.end())
        return false;
    return restMinutes(a, b) >= minRestMinutes;
}

namespace {

class Evaluator
{
public:
    Evaluator(const Problem &p, const Roster &r, bool explain) : m_p(p), m_r(r), m_explain(explain) {}

    long long runOfficer(int o)
    {
        officer(o);
        for (const Pin &pin : m_p.pins)
            if (pin.officer == o && cell(pin.officer, pin.day) != pin.shift)
                add(Rule::Pin, pin.officer, pin.day, pin.shift, 1, 0);
        return hardUnits(m_e);
    }

    Evaluation run()
    {
        const int nO = int(m_p.officers.size());
        for (int o = 0; o < nO; ++o)
            officer(o);
        cover();
        requests();
        fairness();
        stability();
        patrol();
        pins();
        return std::move(m_e);
    }

private:
    int cell(int o, int d) const { return m_r[std::size_t(o)][std::size_t(d)]; }

    void add(Rule rule, int officer, int day, int shift, int amount, long long cost)
    {
        const int i = int(rule);
        m_e.countByRule[std::size_t(i)] += 1;
        m_e.amountByRule[std::size_t(i)] += amount;
        if (isHard(rule)) {
            m_e.hardViolations += 1;
            m_e.hardAmount += amount;
        } else {
            m_e.costByRule[std::size_t(i)] += cost;
            m_e.objective += cost;
        }
        if (m_explain)
            m_e.violations.push_back(Violation{rule, officer, day, shift, amount, isHard(rule) ? 0 : cost});
    }

    void officer(int o)
    {
        const Officer &of = m_p.officers[std::size_t(o)];
        const int H = m_p.days;
        const int nS = int(m_p.shifts.size());
        std::vector<int> perType(std::size_t(nS), 0);
        long long minutes = 0;
        std::vector<long long> weekMinutes;
        std::vector<char> weekendWorked;
        int prev = of.history.known ? of.history.lastShift : kOff;
        for (int d = 0; d < H; ++d) {
            const int s = cell(o, d);
            if (s != kOff) {
                const ShiftType &st = m_p.shifts[std::size_t(s)];
                perType[std::size_t(s)] += 1;
                minutes += st.lengthMinutes;
                const std::size_t w = std::size_t(m_p.weekIndex(d));
                if (weekMinutes.size() <= w)
                    weekMinutes.resize(w + 1, 0);
                weekMinutes[w] += st.lengthMinutes;
                if (m_p.isWeekend(d)) {
                    const std::size_t we = std::size_t(m_p.weekendIndex(d));
                    if (weekendWorked.size() <= we)
                        weekendWorked.resize(we + 1, 0);
                    weekendWorked[we] = 1;
                }
                if ((st.requiredSkills & of.skills) != st.requiredSkills)
                    add(Rule::Skill, o, d, s, 1, 0);
                if (prev != kOff && (d > 0 || of.history.known)) {
                    const auto &cf = m_p.shifts[std::size_t(prev)].cannotFollow;
                    if (std::find(cf.begin(), cf.end(), s) != cf.end())
                        add(Rule::Succession, o, d, s, 1, 0);
                    else if (m_p.restMinutes(prev, s) < m_p.minRestMinutes)
                        add(Rule::MinRest, o, d, s, m_p.minRestMinutes - m_p.restMinutes(prev, s), 0);
                }
            }
            prev = s;
        }
        for (int t = 0; t < nS && t < int(of.maxShifts.size()); ++t) {
            const int mx = of.maxShifts[std::size_t(t)];
            if (mx != kUnlimited && perType[std::size_t(t)] > mx)
                add(Rule::MaxShiftsOfType, o, -1, t, perType[std::size_t(t)] - mx, 0);
        }
        if (of.maxTotalMinutes != kUnlimited && minutes > of.maxTotalMinutes)
            add(Rule::MaxTotalMinutes, o, -1, -1, int(minutes - of.maxTotalMinutes), 0);
        if (minutes < of.minTotalMinutes)
            add(Rule::MinTotalMinutes, o, -1, -1, int(of.minTotalMinutes - minutes), 0);
        if (of.maxWeeklyMinutes != kUnlimited) {
            for (std::size_t w = 0; w < weekMinutes.size(); ++w)
                if (weekMinutes[w] > of.maxWeeklyMinutes) {
                    const int firstDay = std::max(0, int(w) * 7 - m_p.startWeekday);
                    add(Rule::MaxWeeklyMinutes, o, firstDay, -1, int(weekMinutes[w] - of.maxWeeklyMinutes), 0);
                }
        }
        if (of.maxWeekends != kUnlimited) {
            const int worked = int(std::count(weekendWorked.begin(), weekendWorked.end(), 1));
            if (worked > of.maxWeekends)
                add(Rule::MaxWeekends, o, -1, -1, worked - of.maxWeekends, 0);
        }
        for (int d : of.daysOff)
            if (d >= 0 && d < H && cell(o, d) != kOff)
                add(Rule::DayOff, o, d, cell(o, d), 1, 0);
        blocks(o, of);
    }

    // Maximal blocks of worked days and of days off. A block touching the horizon's end is exempt from
    // the minimum rules; one touching day 0 is exempt unless history continues it.
    void blocks(int o, const Officer &of)
    {
        const int H = m_p.days;
        // A block from history that stops right before day 0 is complete, and must meet its minimum.
        if (of.history.known && H > 0) {
            const bool lastWorked = of.history.lastShift != kOff;
            if (lastWorked && cell(o, 0) == kOff && of.history.consecutiveWorked < of.minConsecutiveShifts)
                add(Rule::MinConsecutiveShifts, o, 0, -1, of.minConsecutiveShifts - of.history.consecutiveWorked, 0);
            if (!lastWorked && cell(o, 0) != kOff && of.history.consecutiveOff > 0
                && of.history.consecutiveOff < of.minConsecutiveDaysOff)
                add(Rule::MinConsecutiveDaysOff, o, 0, -1, of.minConsecutiveDaysOff - of.history.consecutiveOff, 0);
        }
        int d = 0;
        while (d < H) {
            const bool work = cell(o, d) != kOff;
            int e = d;
            while (e < H && (cell(o, e) != kOff) == work)
                ++e;
            const BlockBreak b = blockBreak(of, d, e, H, work);
            if (b.overMaximum > 0)
                add(Rule::MaxConsecutiveShifts, o, d, -1, b.overMaximum, 0);
            if (b.underMinimum > 0)
                add(work ? Rule::MinConsecutiveShifts : Rule::MinConsecutiveDaysOff, o, d, -1, b.underMinimum, 0);
            d = e;
        }
    }

    void cover()
    {
        const int H = m_p.days;
        const int nS = int(m_p.shifts.size());
        // Officers per (day, shift), so each demand row only looks at who is on that shift.
        std::vector<std::vector<int>> on(std::size_t(H * nS));
        for (int o = 0; o < int(m_p.officers.size()); ++o)
            for (int d = 0; d < H; ++d)
                if (cell(o, d) != kOff)
                    on[std::size_t(d * nS + cell(o, d))].push_back(o);
        for (const Demand &dm : m_p.demands) {
            int n = 0;
            for (int o : on[std::size_t(dm.day * nS + dm.shift)])
                if ((m_p.officers[std::size_t(o)].skills & dm.skills) == dm.skills)
                    ++n;
            if (n < dm.minimum)
                add(Rule::CoverUnder, -1, dm.day, dm.shift, dm.minimum - n, (long long)dm.weightUnder * (dm.minimum - n));
            const int belowTarget = std::max(0, dm.target - std::max(n, dm.minimum));
            if (belowTarget > 0 && dm.weightBelowTarget > 0)
                add(Rule::CoverBelowTarget, -1, dm.day, dm.shift, belowTarget, (long long)dm.weightBelowTarget * belowTarget);
            if (n > dm.target && dm.weightOver > 0)
                add(Rule::CoverOver, -1, dm.day, dm.shift, n - dm.target, (long long)dm.weightOver * (n - dm.target));
            if (dm.maximum != kUnlimited && n > dm.maximum)
                add(Rule::CoverAboveMaximum, -1, dm.day, dm.shift, n - dm.maximum, 0);
        }
    }

    void requests()
    {
        for (const Request &rq : m_p.requests) {
            const int s = cell(rq.officer, rq.day);
            const bool matches = rq.shift == kOff ? s != kOff : s == rq.shift;
            if (rq.on && !matches)
                add(Rule::ShiftOnRequest, rq.officer, rq.day, rq.shift, 1, rq.weight);
            else if (!rq.on && matches)
                add(Rule::ShiftOffRequest, rq.officer, rq.day, rq.shift, 1, rq.weight);
        }
    }

    void fairnessOf(Rule rule, int weight, const std::vector<int> &counts)
    {
        if (weight <= 0 || counts.size() < 2)
            return;
        const auto [mn, mx] = std::minmax_element(counts.begin(), counts.end());
        if (*mx > *mn)
            add(rule, int(mx - counts.begin()), -1, -1, *mx - *mn, (long long)weight * (*mx - *mn));
    }

    void fairness()
    {
        const int nO = int(m_p.officers.size());
        std::vector<int> nights(static_cast<std::size_t>(nO)), weekends(static_cast<std::size_t>(nO)), holidays(static_cast<std::size_t>(nO));
        for (int o = 0; o < nO; ++o) {
            const History &h = m_p.officers[std::size_t(o)].history;
            int n = h.nightsWorked, w = h.weekendsWorked, hol = h.holidaysWorked;
            int lastWeekend = -1;
            for (int d = 0; d < m_p.days; ++d) {
                const int s = cell(o, d);
                if (s == kOff)
                    continue;
                n += m_p.shifts[std::size_t(s)].night ? 1 : 0;
                hol += m_p.isHoliday(d) ? 1 : 0;
                if (m_p.isWeekend(d) && m_p.weekendIndex(d) != lastWeekend) {
                    lastWeekend = m_p.weekendIndex(d);
                    ++w;
                }
            }
            nights[std::size_t(o)] = n;
            weekends[std::size_t(o)] = w;
            holidays[std::size_t(o)] = hol;
        }
        fairnessOf(Rule::NightFairness, m_p.nightFairnessWeight, nights);
        fairnessOf(Rule::WeekendFairness, m_p.weekendFairnessWeight, weekends);
        fairnessOf(Rule::HolidayFairness, m_p.holidayFairnessWeight, holidays);
    }

    void stability()
    {
        if (m_p.published.empty() || m_p.stabilityWeight <= 0)
            return;
        for (int o = 0; o < int(m_p.officers.size()) && o < int(m_p.published.size()); ++o)
            for (int d = 0; d < m_p.days && d < int(m_p.published[std::size_t(o)].size()); ++d)
                if (cell(o, d) != m_p.published[std::size_t(o)][std::size_t(d)])
                    add(Rule::Stability, o, d, cell(o, d), 1, m_p.stabilityWeight);
    }

    // Enforcement needs teams with at least two certified officers: a patrol shift with anyone on it
    // and fewer than two certified officers cannot field a single legal team.
    void patrol()
    {
        if (m_p.patrolWeight <= 0)
            return;
        const int nS = int(m_p.shifts.size());
        for (int d = 0; d < m_p.days; ++d)
            for (int s = 0; s < nS; ++s) {
                if (!m_p.shifts[std::size_t(s)].patrol)
                    continue;
                int n = 0, certified = 0;
                for (int o = 0; o < int(m_p.officers.size()); ++o)
                    if (cell(o, d) == s) {
                        ++n;
                        if ((m_p.officers[std::size_t(o)].skills & m_p.certifiedSkill) == m_p.certifiedSkill)
                            ++certified;
                    }
                if (n > 0 && certified < 2)
                    add(Rule::PatrolTeam, -1, d, s, 2 - certified, (long long)m_p.patrolWeight * (2 - certified));
            }
    }

    void pins()
    {
        for (const Pin &pin : m_p.pins)
            if (cell(pin.officer, pin.day) != pin.shift)
                add(Rule::Pin, pin.officer, pin.day, pin.shift, 1, 0);
    }

    const Problem &m_p;
    const Roster &m_r;
    bool m_explain;
    Evaluation m_e;
};

} // namespace

Evaluation evaluate(const Problem &problem, const Roster &roster, bool explain)
{
    return Evaluator(problem, roster, explain).run();
}

BlockBreak blockBreak(const Officer &of, int start, int end, int days, bool work)
{
    BlockBreak b;
    int length = end - start;
    bool exempt = end == days;
    if (start == 0) {
        if (!of.history.known)
            exempt = true;
        else
            length += work ? of.history.consecutiveWorked : of.history.consecutiveOff;
    }
    if (work && of.maxConsecutiveShifts != kUnlimited && length > of.maxConsecutiveShifts)
        b.overMaximum = length - of.maxConsecutiveShifts;
    const int minimum = work ? of.minConsecutiveShifts : of.minConsecutiveDaysOff;
    if (!exempt && length < minimum)
        b.underMinimum = minimum - length;
    return b;
}

long long hardUnits(const Evaluation &e)
{
    const long long minutes = e.amountByRule[std::size_t(Rule::MinTotalMinutes)];
    return minutes + kHardUnitsPerViolation * (e.hardAmount - minutes);
}

long long officerHardUnits(const Problem &problem, const Roster &roster, int officer)
{
    return Evaluator(problem, roster, false).runOfficer(officer);
}

long long coverCost(const Demand &dm, int n)
{
    long long c = (long long)dm.weightUnder * std::max(0, dm.minimum - n);
    c += (long long)dm.weightBelowTarget * std::max(0, dm.target - std::max(n, dm.minimum));
    c += (long long)dm.weightOver * std::max(0, n - dm.target);
    if (dm.maximum != kUnlimited)
        c += kCoverAboveMaximumCost * std::max(0, n - dm.maximum);
    return c;
}

std::string describe(const Problem &problem, const Violation &v)
{
    std::string text = ruleName(v.rule);
    if (v.officer >= 0)
        text += " officer " + problem.officers[std::size_t(v.officer)].id;
    if (v.day >= 0)
        text += " day " + std::to_string(v.day);
    if (v.shift >= 0)
        text += " shift " + problem.shifts[std::size_t(v.shift)].id;
    text += " amount " + std::to_string(v.amount);
    if (!isHard(v.rule))
        text += " cost " + std::to_string(v.cost);
    else
        text += " (hard)";
    return text;
}

} // namespace dd::scheduling
