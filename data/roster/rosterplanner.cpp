// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/roster/rosterplanner.h"

#include "scheduling/mincostflow.h"
#include "scheduling/patrolteams.h"
#include "scheduling/solver.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <algorithm>
#include <cmath>
#include <map>
#include <mutex>
#include <set>
#include <tuple>

Q_LOGGING_CATEGORY(lcRoster, "dutydesk.roster", QtWarningMsg)

namespace dd::data {

namespace {

class PlannerTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::RosterPlanner)
};

constexpr int kMinRestMinutes = 11 * 60;
constexpr int kPostCoverWeight = 100; // per officer missing at a post (as the scheduler's cover rule)
constexpr int kPostSkillWeight = 100;
constexpr int kTeamWeight = 50;

int postPriority(const RosterPost &p)
{
    if (p.kind == QLatin1String("event_zone"))
        return p.grade == QLatin1String("core") ? 0 : p.grade == QLatin1String("key") ? 1 : 2;
    if (p.kind == QLatin1String("command_desk"))
        return 3;
    if (p.kind == QLatin1String("patrol_sector"))
        return 4;
    return 5; // campaign
}

QString dateText(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy-MM-dd ddd"));
}

// One post's places for officers holding a skill, still open on one day and shift.
struct SkilledPlaces
{
    int slot = 0; // the caller's index of the post
    int open = 0; // places still to fill
    int rank = 0; // the post's priority (lower first)
    std::function<bool(int)> holds; // whether an officer holds the skill
};

// Fills the skilled places of one day and shift at once, as a minimum-cost maximum flow
// (source -> officer -> post -> sink, Boost.Graph): as many places as the officers on the shift can
// fill, then among those the higher-priority posts, and officers with fewer other skills first.
// Filling post after post could give the first post the only officer who could also fill the second.
// Returns (officer, slot) pairs.
std::vector<std::pair<int, int>> matchSkilledPlaces(const std::vector<int> &officers,
                                                    const std::vector<SkilledPlaces> &places,
                                                    const std::function<int(int)> &rarity)
{
    scheduling::MinCostFlow g(2 + officers.size() + places.size());
    const std::size_t source = 0, sink = 1, firstOfficer = 2, firstPlace = 2 + officers.size();
    std::vector<std::tuple<int, int, scheduling::MinCostFlow::Arc>> choices;
    for (std::size_t i = 0; i < officers.size(); ++i) {
        g.addArc(source, firstOfficer + i, 1, 0);
        for (std::size_t k = 0; k < places.size(); ++k)
            if (places[k].holds(officers[i]))
                choices.emplace_back(officers[i], places[k].slot,
                                     g.addArc(firstOfficer + i, firstPlace + k, 1,
                                         long(places[k].rank) * 1000 + rarity(officers[i])));
    }
    for (std::size_t k = 0; k < places.size(); ++k)
        g.addArc(firstPlace + k, sink, places[k].open, 0);
    g.solve(source, sink);
    std::vector<std::pair<int, int>> matched;
    for (const auto &[officer, slot, e] : choices)
        if (g.flow(e) > 0)
            matched.emplace_back(officer, slot);
    return matched;
}

} // namespace

// ------------------------------------------------------------------ context look-ups

int RosterContext::officerIndex(const QString &id) const
{
    for (std::size_t i = 0; i < officers.size(); ++i)
        if (officers[i].id == id)
            return int(i);
    return -1;
}
int RosterContext::shiftIndex(const QString &id) const
{
    for (std::size_t i = 0; i < shifts.size(); ++i)
        if (shifts[i].id == id)
            return int(i);
    return -1;
}
int RosterContext::postIndex(const QString &id) const
{
    for (std::size_t i = 0; i < posts.size(); ++i)
        if (posts[i].id == id)
            return int(i);
    return -1;
}
int RosterContext::dayIndex(const QDate &date) const
{
    if (!period.contains(date))
        return -1;
    return int(period.start.daysTo(date));
}
const RosterShift *RosterContext::shift(const QString &id) const
{
    const int i = shiftIndex(id);
    return i < 0 ? nullptr : &shifts[std::size_t(i)];
}
const RosterPost *RosterContext::post(const QString &id) const
{
    const int i = postIndex(id);
    return i < 0 ? nullptr : &posts[std::size_t(i)];
}
const RosterOfficer *RosterContext::officer(const QString &id) const
{
    const int i = officerIndex(id);
    return i < 0 ? nullptr : &officers[std::size_t(i)];
}
bool RosterContext::onLeave(const QString &officerId, const QDate &date) const
{
    for (const LeaveEntry &l : leave)
        if (l.officerId == officerId && l.status == QLatin1String("approved") && date >= l.start && date <= l.end)
            return true;
    return false;
}

// ------------------------------------------------------------------ problem

scheduling::Problem buildProblem(const RosterContext &c, int stabilityWeight)
{
    namespace s = scheduling;
    s::Problem p;
    p.name = c.squadCode.toStdString() + " " + c.period.key().toStdString();
    p.days = int(c.dates.size());
    p.startWeekday = p.days > 0 ? c.period.start.dayOfWeek() - 1 : 0;
    p.holidays.resize(std::size_t(p.days), false);
    for (int d = 0; d < p.days; ++d)
        p.holidays[std::size_t(d)] = c.dayKinds[std::size_t(d)] == DayKind::Holiday;
    for (const RosterShift &sh : c.shifts) {
        s::ShiftType t;
        t.id = sh.code.toStdString();
        t.startMinute = sh.startMinute;
        t.lengthMinutes = sh.lengthMinutes;
        t.requiredSkills = sh.desk ? SkillDispatcher : 0u;
        t.night = sh.night();
        t.patrol = !sh.desk;
        p.shifts.push_back(t);
    }
    p.minRestMinutes = kMinRestMinutes;
    p.certifiedSkill = SkillCertified;
    p.patrolWeight = kTeamWeight;
    p.nightFairnessWeight = 5;
    p.weekendFairnessWeight = 5;
    p.holidayFairnessWeight = 5;

    for (std::size_t i = 0; i < c.officers.size(); ++i) {
        const RosterOfficer &o = c.officers[i];
        s::Officer so;
        so.id = o.badgeNo.toStdString();
        so.name = o.name.toStdString();
        so.skills = o.skills();
        so.maxShifts.assign(p.shifts.size(), s::kUnlimited);
        for (std::size_t t = 0; t < p.shifts.size(); ++t)
            if ((p.shifts[t].requiredSkills & so.skills) != p.shifts[t].requiredSkills)
                so.maxShifts[t] = 0;
        int leaveDays = 0;
        for (int d = 0; d < p.days; ++d)
            if (c.onLeave(o.id, c.dates[std::size_t(d)])) {
                so.daysOff.push_back(d);
                ++leaveDays;
            }
        const double weeks = double(p.days) / 7.0;
        so.maxTotalMinutes = int(std::ceil(o.contractMinutesPerWeek * weeks * 1.1));
        so.maxWeeklyMinutes = o.contractMinutesPerWeek + 480;
        so.minTotalMinutes = std::max(0, int(o.contractMinutesPerWeek * double(p.days - leaveDays) / 7.0 * 0.6));
        so.maxConsecutiveShifts = 6;
        so.minConsecutiveShifts = 1;
        so.minConsecutiveDaysOff = 1;
        if (i < c.history.size() && c.history[i].known) {
            const OfficerHistory &h = c.history[i];
            so.history.known = true;
            so.history.lastShift = h.lastShiftTypeId.isEmpty() ? s::kOff : c.shiftIndex(h.lastShiftTypeId);
            so.history.consecutiveWorked = h.consecutiveWorked;
            so.history.consecutiveOff = h.consecutiveOff;
            so.history.nightsWorked = h.nightsWorked;
            so.history.weekendsWorked = h.weekendsWorked;
            so.history.holidaysWorked = h.holidaysWorked;
        }
        p.officers.push_back(so);
    }

    // Demand per (day, shift): the posts' headcounts add up; skilled headcounts become rows with skills.
    std::map<std::tuple<int, int, unsigned>, std::pair<int, int>> cover;
    for (const DemandRow &r : c.demand) {
        const int d = c.dayIndex(r.date);
        const int t = c.shiftIndex(r.shiftTypeId);
        if (d < 0 || t < 0)
            continue;
        auto &all = cover[{ d, t, 0u }];
        all.first += r.minimum;
        all.second += std::max(r.wanted, r.minimum);
        const unsigned bit = skillBit(r.skill);
        if (bit != 0 && r.skilled > 0) {
            auto &sk = cover[{ d, t, bit }];
            sk.first += r.skilled;
            sk.second += r.skilled;
        }
    }
    for (const auto &[key, v] : cover) {
        s::Demand dm;
        dm.day = std::get<0>(key);
        dm.shift = std::get<1>(key);
        dm.skills = std::get<2>(key);
        dm.minimum = v.first;
        dm.target = v.second;
        dm.weightUnder = 100;
        dm.weightBelowTarget = dm.skills == 0 ? 10 : 0;
        dm.weightOver = dm.skills == 0 ? 2 : 0;
        p.demands.push_back(dm);
    }
    // Shift types nobody asked for on a day are not worked that day (maximum 0).
    for (int d = 0; d < p.days; ++d)
        for (int t = 0; t < int(p.shifts.size()); ++t)
            if (!cover.count({ d, t, 0u })) {
                s::Demand dm;
                dm.day = d;
                dm.shift = t;
                dm.maximum = 0;
                p.demands.push_back(dm);
            }

    for (const ShiftRequestEntry &r : c.requests) {
        const int o = c.officerIndex(r.officerId);
        const int d = c.dayIndex(r.date);
        if (o < 0 || d < 0 || r.status == QLatin1String("refused") || r.status == QLatin1String("cancelled"))
            continue;
        s::Request rq;
        rq.officer = o;
        rq.day = d;
        rq.weight = std::max(1, r.weight) * (r.status == QLatin1String("granted") ? 10 : 1);
        if (r.kind == QLatin1String("day_off")) {
            rq.shift = s::kOff;
            rq.on = false;
        } else {
            rq.shift = c.shiftIndex(r.shiftTypeId);
            if (rq.shift < 0)
                continue;
            rq.on = r.kind == QLatin1String("want_shift");
        }
        p.requests.push_back(rq);
    }

    // Pins: locked cells, and every cell of a frozen (already worked) day as published.
    std::set<std::pair<int, int>> pinned;
    for (const Assignment &a : c.locked) {
        const int o = c.officerIndex(a.officerId);
        const int d = c.dayIndex(a.date);
        if (o < 0 || d < 0)
            continue;
        p.pins.push_back({ o, d, a.shiftTypeId.isEmpty() ? s::kOff : c.shiftIndex(a.shiftTypeId) });
        pinned.insert({ o, d });
    }
    if (c.frozenBefore.isValid() && !c.published.empty()) {
        const s::Roster pub = toMatrix(c, c.published);
        for (int o = 0; o < int(c.officers.size()); ++o)
            for (int d = 0; d < p.days && c.dates[std::size_t(d)] < c.frozenBefore; ++d)
                if (!pinned.count({ o, d }))
                    p.pins.push_back({ o, d, pub[std::size_t(o)][std::size_t(d)] });
    }
    if (!c.published.empty()) {
        p.published = toMatrix(c, c.published);
        p.stabilityWeight = stabilityWeight;
    }
    return p;
}

scheduling::Roster toMatrix(const RosterContext &c, const std::vector<Assignment> &assignments)
{
    scheduling::Roster m(c.officers.size(), std::vector<int>(c.dates.size(), scheduling::kOff));
    for (const Assignment &a : assignments) {
        const int o = c.officerIndex(a.officerId);
        const int d = c.dayIndex(a.date);
        const int t = c.shiftIndex(a.shiftTypeId);
        if (o >= 0 && d >= 0 && t >= 0)
            m[std::size_t(o)][std::size_t(d)] = t;
    }
    return m;
}

// ------------------------------------------------------------------ posts and teams

std::vector<Assignment> assignPosts(const RosterContext &c, const scheduling::Roster &matrix,
                                    const std::vector<Assignment> &keep)
{
    std::map<std::pair<QDate, QString>, const Assignment *> kept;
    for (const Assignment &a : keep)
        kept[{ a.date, a.officerId }] = &a;
    std::set<std::pair<QDate, QString>> lockedCells;
    for (const Assignment &a : c.locked)
        lockedCells.insert({ a.date, a.officerId });

    std::vector<Assignment> out;
    for (std::size_t d = 0; d < c.dates.size(); ++d) {
        const QDate date = c.dates[d];
        for (std::size_t t = 0; t < c.shifts.size(); ++t) {
            const RosterShift &sh = c.shifts[t];
            std::vector<int> on;
            for (std::size_t o = 0; o < c.officers.size(); ++o)
                if (o < matrix.size() && d < matrix[o].size() && matrix[o][d] == int(t))
                    on.push_back(int(o));
            if (on.empty())
                continue;
            // The posts asked for on this day and shift, by priority.
            struct Slot
            {
                int post;
                const DemandRow *row;
                std::vector<int> officers;
                int skilledIn = 0;
            };
            std::vector<Slot> places;
            for (const DemandRow &r : c.demand)
                if (r.date == date && r.shiftTypeId == sh.id) {
                    const int pi = c.postIndex(r.postId);
                    if (pi >= 0)
                        places.push_back({ pi, &r, {}, 0 });
                }
            std::stable_sort(places.begin(), places.end(), [&](const Slot &a, const Slot &b) {
                return postPriority(c.posts[std::size_t(a.post)]) < postPriority(c.posts[std::size_t(b.post)]);
            });
            std::map<int, int> postOf; // officer -> slot index
            auto holds = [&](int o, const QString &skill) {
                const unsigned bit = skillBit(skill);
                return bit == 0 || (c.officers[std::size_t(o)].skills() & bit) == bit;
            };
            auto place = [&](int o, std::size_t s) {
                postOf[o] = int(s);
                places[s].officers.push_back(o);
                if (skillBit(places[s].row->skill) != 0 && holds(o, places[s].row->skill))
                    ++places[s].skilledIn;
            };
            // 1. Cells kept with their post (locked or published with the same shift).
            for (int o : on) {
                auto k = kept.find({ date, c.officers[std::size_t(o)].id });
                if (k == kept.end() || k->second->shiftTypeId != sh.id || k->second->postId.isEmpty())
                    continue;
                for (std::size_t s = 0; s < places.size(); ++s)
                    if (c.posts[std::size_t(places[s].post)].id == k->second->postId) {
                        place(o, s);
                        break;
                    }
            }
            auto free = [&](const std::function<bool(int)> &accept, const std::function<int(int)> &rank) {
                int best = -1;
                for (int o : on)
                    if (!postOf.count(o) && accept(o) && (best < 0 || rank(o) < rank(best)))
                        best = o;
                return best;
            };
            // Officers with rare skills are kept for the posts that need them.
            auto rarity = [&](int o) { return std::popcount(c.officers[std::size_t(o)].skills() & ~SkillCertified); };
            // 2. Skilled headcount, all posts at once; 3. minimum, 4. wanted.
            std::vector<SkilledPlaces> skilled;
            for (std::size_t s = 0; s < places.size(); ++s) {
                const DemandRow &r = *places[s].row;
                if (skillBit(r.skill) != 0 && places[s].skilledIn < r.skilled)
                    skilled.push_back({ int(s), r.skilled - places[s].skilledIn,
                                        postPriority(c.posts[std::size_t(places[s].post)]),
                                        [&holds, &r](int x) { return holds(x, r.skill); } });
            }
            if (!skilled.empty()) {
                std::vector<int> unplaced;
                for (int o : on)
                    if (!postOf.count(o))
                        unplaced.push_back(o);
                for (const auto &[o, s] : matchSkilledPlaces(unplaced, skilled, rarity))
                    place(o, std::size_t(s));
            }
            for (int phase = 0; phase < 2; ++phase)
                for (std::size_t s = 0; s < places.size(); ++s) {
                    const DemandRow &r = *places[s].row;
                    const int goal = phase == 0 ? r.minimum : std::max(r.minimum, r.wanted);
                    while (int(places[s].officers.size()) < goal) {
                        const int o = free([](int) { return true; }, rarity);
                        if (o < 0)
                            break;
                        place(o, s);
                    }
                }
            // 5. The rest: to the post furthest below its wanted headcount (team posts for patrol shifts).
            for (int o : on) {
                if (postOf.count(o))
                    continue;
                int best = -1;
                for (std::size_t s = 0; s < places.size(); ++s) {
                    const int gap = std::max(places[s].row->wanted, places[s].row->minimum) - int(places[s].officers.size());
                    if (best < 0 || gap > std::max(places[std::size_t(best)].row->wanted, places[std::size_t(best)].row->minimum)
                                              - int(places[std::size_t(best)].officers.size()))
                        best = int(s);
                }
                if (best >= 0)
                    place(o, std::size_t(best));
                else
                    postOf[o] = -1;
            }
            // Teams per team post; labels numbered per day and shift ("D1", "D2", …).
            int teamNo = 0;
            std::map<int, QString> teamOf;
            for (const Slot &s : places) {
                if (!c.posts[std::size_t(s.post)].teams() || sh.desk || s.officers.empty())
                    continue;
                std::vector<bool> cert;
                for (int o : s.officers)
                    cert.push_back(c.officers[std::size_t(o)].certified);
                const auto teams = scheduling::formPatrolTeams(s.officers, cert, [](int, int) { return 0; });
                if (teams.empty()) {
                    const QString label = sh.code + QString::number(++teamNo);
                    for (int o : s.officers)
                        teamOf[o] = label;
                    continue;
                }
                for (const auto &team : teams) {
                    const QString label = sh.code + QString::number(++teamNo);
                    for (int o : team.officers)
                        teamOf[o] = label;
                }
            }
            for (int o : on) {
                Assignment a;
                a.officerId = c.officers[std::size_t(o)].id;
                a.date = date;
                a.shiftTypeId = sh.id;
                const int s = postOf.count(o) ? postOf[o] : -1;
                if (s >= 0)
                    a.postId = c.posts[std::size_t(places[std::size_t(s)].post)].id;
                a.team = teamOf.count(o) ? teamOf[o] : QString();
                a.locked = lockedCells.count({ date, a.officerId }) > 0;
                out.push_back(a);
            }
        }
    }
    std::sort(out.begin(), out.end(), [&](const Assignment &a, const Assignment &b) {
        const int oa = c.officerIndex(a.officerId), ob = c.officerIndex(b.officerId);
        return oa != ob ? oa < ob : a.date < b.date;
    });
    return out;
}

// ------------------------------------------------------------------ checks

namespace {

QString ruleWords(scheduling::Rule rule, int amount)
{
    using scheduling::Rule;
    switch (rule) {
    case Rule::Succession:
        return PlannerTr::tr("this shift may not follow the previous day's shift");
    case Rule::MinRest:
        return PlannerTr::tr("rest before this shift is %1 min short of 11 hours").arg(amount);
    case Rule::MaxShiftsOfType:
        return PlannerTr::tr("%1 shift(s) of this type too many").arg(amount);
    case Rule::MaxTotalMinutes:
        return PlannerTr::tr("%1 min over the period's working-time limit").arg(amount);
    case Rule::MinTotalMinutes:
        return PlannerTr::tr("%1 min under the period's minimum working time").arg(amount);
    case Rule::MaxWeeklyMinutes:
        return PlannerTr::tr("%1 min over the weekly working-time limit").arg(amount);
    case Rule::MaxConsecutiveShifts:
        return PlannerTr::tr("%1 working day(s) in a row too many").arg(amount);
    case Rule::MinConsecutiveShifts:
        return PlannerTr::tr("working block %1 day(s) too short").arg(amount);
    case Rule::MinConsecutiveDaysOff:
        return PlannerTr::tr("rest block %1 day(s) too short").arg(amount);
    case Rule::MaxWeekends:
        return PlannerTr::tr("%1 weekend(s) worked too many").arg(amount);
    case Rule::DayOff:
        return PlannerTr::tr("works on a day of leave");
    case Rule::Skill:
        return PlannerTr::tr("lacks the skill this shift needs");
    case Rule::Pin:
        return PlannerTr::tr("differs from a locked or already worked cell");
    case Rule::CoverAboveMaximum:
        return PlannerTr::tr("%1 officer(s) on a shift not needed that day").arg(amount);
    case Rule::CoverUnder:
        return PlannerTr::tr("%1 officer(s) missing").arg(amount);
    case Rule::CoverBelowTarget:
        return PlannerTr::tr("%1 officer(s) below the wanted headcount").arg(amount);
    case Rule::CoverOver:
        return PlannerTr::tr("%1 officer(s) more than wanted").arg(amount);
    case Rule::ShiftOnRequest:
        return PlannerTr::tr("asked to work this shift");
    case Rule::ShiftOffRequest:
        return PlannerTr::tr("asked not to work this day or shift");
    case Rule::NightFairness:
        return PlannerTr::tr("night shifts spread unevenly (%1 between most and fewest)").arg(amount);
    case Rule::WeekendFairness:
        return PlannerTr::tr("weekends spread unevenly (%1 between most and fewest)").arg(amount);
    case Rule::HolidayFairness:
        return PlannerTr::tr("holidays spread unevenly (%1 between most and fewest)").arg(amount);
    case Rule::Stability:
        return PlannerTr::tr("differs from the published version");
    case Rule::PatrolTeam:
        return PlannerTr::tr("patrol shift with fewer than two certified officers");
    case Rule::Count:
        break;
    }
    return QString();
}

} // namespace

RosterCheck checkRoster(const RosterContext &c, const std::vector<Assignment> &assignments)
{
    RosterCheck out;
    const scheduling::Problem problem = buildProblem(c);
    const scheduling::Roster matrix = toMatrix(c, assignments);
    const scheduling::Evaluation ev = scheduling::evaluate(problem, matrix, true);
    out.objective = ev.objective;
    out.hardViolations = ev.hardViolations;
    auto officerName = [&](int o) {
        return o >= 0 ? c.officers[std::size_t(o)].name + QLatin1Char(' ') + c.officers[std::size_t(o)].badgeNo
                      : QString();
    };
    for (const scheduling::Violation &v : ev.violations) {
        using scheduling::Rule;
        // Cover and patrol teams are reported per post below, with the post's name.
        if (v.rule == Rule::CoverUnder || v.rule == Rule::CoverBelowTarget || v.rule == Rule::CoverOver
            || v.rule == Rule::PatrolTeam || v.rule == Rule::Stability)
            continue;
        RosterViolation rv;
        rv.rule = QString::fromLatin1(scheduling::ruleName(v.rule));
        rv.hard = scheduling::isHard(v.rule);
        rv.officerId = v.officer >= 0 ? c.officers[std::size_t(v.officer)].id : QString();
        rv.date = v.day >= 0 && v.day < int(c.dates.size()) ? c.dates[std::size_t(v.day)] : QDate();
        rv.shiftTypeId = v.shift >= 0 && v.shift < int(c.shifts.size()) ? c.shifts[std::size_t(v.shift)].id : QString();
        rv.amount = v.amount;
        rv.cost = v.cost;
        QStringList parts;
        if (v.officer >= 0)
            parts << officerName(v.officer);
        if (rv.date.isValid())
            parts << dateText(rv.date);
        if (!rv.shiftTypeId.isEmpty())
            parts << c.shifts[std::size_t(v.shift)].code;
        rv.text = parts.join(QLatin1Char(' ')) + QStringLiteral(": ") + ruleWords(v.rule, v.amount);
        out.violations.push_back(rv);
    }

    // Cells the scheduler cannot see: unknown officer, shift, day, or a post that does not fit.
    for (const Assignment &a : assignments) {
        const int o = c.officerIndex(a.officerId);
        const RosterShift *sh = c.shift(a.shiftTypeId);
        const RosterPost *p = a.postId.isEmpty() ? nullptr : c.post(a.postId);
        QString problemText;
        if (o < 0)
            problemText = PlannerTr::tr("officer %1 is not an active officer of the squad").arg(a.officerId);
        else if (!sh)
            problemText = PlannerTr::tr("unknown or inactive shift type %1").arg(a.shiftTypeId);
        else if (c.dayIndex(a.date) < 0)
            problemText = PlannerTr::tr("date outside the period %1").arg(c.period.key());
        else if (!a.postId.isEmpty() && !p)
            problemText = PlannerTr::tr("post %1 is not an active post of the squad").arg(a.postId);
        else if (p && (p->kind == QLatin1String("command_desk")) != sh->desk)
            problemText = PlannerTr::tr("shift %1 does not fit post %2").arg(sh->code, p->code);
        else if (p && !p->validOn(a.date))
            problemText = PlannerTr::tr("post %1 is not in use on this day").arg(p->code);
        if (problemText.isEmpty())
            continue;
        RosterViolation rv;
        rv.rule = QStringLiteral("post-shift");
        rv.hard = true;
        rv.officerId = a.officerId;
        rv.date = a.date;
        rv.shiftTypeId = a.shiftTypeId;
        rv.postId = a.postId;
        rv.amount = 1;
        rv.text = (o >= 0 ? officerName(o) + QLatin1Char(' ') : QString()) + dateText(a.date) + QStringLiteral(": ")
            + problemText;
        out.violations.push_back(rv);
        ++out.hardViolations;
    }

    // Cover per post, with skills.
    std::map<std::tuple<QDate, QString, QString>, std::vector<const Assignment *>> at;
    for (const Assignment &a : assignments)
        at[{ a.date, a.postId, a.shiftTypeId }].push_back(&a);
    for (const DemandRow &r : c.demand) {
        if (c.dayIndex(r.date) < 0)
            continue;
        CoverageCell cell;
        cell.date = r.date;
        cell.postId = r.postId;
        cell.shiftTypeId = r.shiftTypeId;
        cell.minimum = r.minimum;
        cell.wanted = r.wanted;
        cell.skill = r.skill;
        cell.skilled = r.skilled;
        const unsigned bit = skillBit(r.skill);
        const auto found = at.find({ r.date, r.postId, r.shiftTypeId });
        if (found != at.end())
            for (const Assignment *a : found->second) {
                ++cell.planned;
                const RosterOfficer *o = c.officer(a->officerId);
                if (bit != 0 && o && (o->skills() & bit) == bit)
                    ++cell.skilledPlanned;
            }
        out.coverage.push_back(cell);
        const RosterPost *p = c.post(r.postId);
        const RosterShift *sh = c.shift(r.shiftTypeId);
        const QString where = dateText(r.date) + QLatin1Char(' ') + (p ? p->code + QLatin1Char(' ') + p->name : r.postId)
            + QLatin1Char(' ') + (sh ? sh->code : r.shiftTypeId);
        if (cell.planned < cell.minimum) {
            RosterViolation rv;
            rv.rule = QStringLiteral("post-cover");
            rv.date = r.date;
            rv.postId = r.postId;
            rv.shiftTypeId = r.shiftTypeId;
            rv.amount = cell.minimum - cell.planned;
            rv.cost = rv.amount * kPostCoverWeight;
            rv.text = where + QStringLiteral(": ")
                + PlannerTr::tr("needs %1, planned %2").arg(cell.minimum).arg(cell.planned);
            out.violations.push_back(rv);
        }
        if (cell.skilledPlanned < cell.skilled) {
            RosterViolation rv;
            rv.rule = QStringLiteral("post-skill");
            rv.date = r.date;
            rv.postId = r.postId;
            rv.shiftTypeId = r.shiftTypeId;
            rv.amount = cell.skilled - cell.skilledPlanned;
            rv.cost = rv.amount * kPostSkillWeight;
            rv.text = where + QStringLiteral(": ")
                + PlannerTr::tr("needs %1 %2, planned %3").arg(cell.skilled).arg(skillName(r.skill)).arg(cell.skilledPlanned);
            out.violations.push_back(rv);
        }
    }

    // Patrol teams: two or more officers, two of them certified.
    std::map<std::tuple<QDate, QString, QString>, std::vector<const Assignment *>> teams;
    for (const Assignment &a : assignments) {
        const RosterPost *p = c.post(a.postId);
        if (p && p->teams())
            teams[{ a.date, a.shiftTypeId, a.team }].push_back(&a);
    }
    for (const auto &[key, members] : teams) {
        int certified = 0;
        for (const Assignment *a : members) {
            const RosterOfficer *o = c.officer(a->officerId);
            certified += o && o->certified ? 1 : 0;
        }
        if (members.size() >= 2 && certified >= 2 && !std::get<2>(key).isEmpty())
            continue;
        RosterViolation rv;
        rv.rule = QStringLiteral("patrol-team");
        rv.date = std::get<0>(key);
        rv.shiftTypeId = std::get<1>(key);
        rv.postId = members.front()->postId;
        rv.officerId = members.front()->officerId;
        rv.amount = std::max(0, 2 - certified);
        rv.cost = kTeamWeight * std::max(1, rv.amount);
        const RosterShift *sh = c.shift(rv.shiftTypeId);
        rv.text = dateText(rv.date) + QLatin1Char(' ') + (sh ? sh->code : QString()) + QLatin1Char(' ')
            + (std::get<2>(key).isEmpty() ? PlannerTr::tr("(no team)") : std::get<2>(key)) + QStringLiteral(": ")
            + PlannerTr::tr("a patrol team needs two officers with certificates (%1 officer(s), %2 certified)")
                  .arg(members.size())
                  .arg(certified);
        out.violations.push_back(rv);
    }
    for (const RosterViolation &v : out.violations)
        if (v.rule.startsWith(QLatin1String("post-")) || v.rule == QLatin1String("patrol-team"))
            out.objective += v.hard ? 0 : v.cost;
    std::stable_sort(out.violations.begin(), out.violations.end(), [](const RosterViolation &a, const RosterViolation &b) {
        if (a.hard != b.hard)
            return a.hard;
        return a.date < b.date;
    });
    return out;
}

std::vector<DemandProblem> checkDemand(const RosterContext &c)
{
    std::vector<DemandProblem> out;
    for (std::size_t d = 0; d < c.dates.size(); ++d) {
        const QDate date = c.dates[d];
        std::vector<const RosterOfficer *> present;
        for (const RosterOfficer &o : c.officers)
            if (!c.onLeave(o.id, date))
                present.push_back(&o);
        auto holders = [&](const QString &skill) {
            const unsigned bit = skillBit(skill);
            return int(std::count_if(present.begin(), present.end(),
                                     [&](const RosterOfficer *o) { return (o->skills() & bit) == bit; }));
        };
        int dayTotal = 0;
        std::map<QString, std::pair<int, QStringList>> bySkill;
        for (const DemandRow &r : c.demand) {
            if (r.date != date)
                continue;
            dayTotal += r.minimum;
            const RosterPost *p = c.post(r.postId);
            const RosterShift *sh = c.shift(r.shiftTypeId);
            const QString postText = p ? p->code + QLatin1Char(' ') + p->name : r.postId;
            const QString shiftText = sh ? sh->code : r.shiftTypeId;
            if (!r.skill.isEmpty() && r.skilled > 0) {
                auto &s = bySkill[r.skill];
                s.first += r.skilled;
                s.second << (p ? p->code : r.postId) + QLatin1Char('/') + shiftText;
                const int have = holders(r.skill);
                if (r.skilled > have)
                    out.push_back({ date, r.postId, r.shiftTypeId, r.skill, r.skilled, have,
                                    PlannerTr::tr("%1, %2 %3: needs %4 officer(s) who are %5, only %6 available")
                                        .arg(dateText(date), postText, shiftText)
                                        .arg(r.skilled)
                                        .arg(skillName(r.skill))
                                        .arg(have) });
            }
            if (r.minimum > int(present.size()))
                out.push_back({ date, r.postId, r.shiftTypeId, QString(), r.minimum, int(present.size()),
                                PlannerTr::tr("%1, %2 %3: needs %4 officer(s), only %5 not on leave")
                                    .arg(dateText(date), postText, shiftText)
                                    .arg(r.minimum)
                                    .arg(present.size()) });
        }
        for (const auto &[skill, need] : bySkill) {
            const int have = holders(skill);
            if (need.first > have && need.second.size() > 1)
                out.push_back({ date, QString(), QString(), skill, need.first, have,
                                PlannerTr::tr("%1: posts %2 together need %3 officer(s) who are %4, only %5 available")
                                    .arg(dateText(date), need.second.join(QStringLiteral(", ")))
                                    .arg(need.first)
                                    .arg(skillName(skill))
                                    .arg(have) });
        }
        if (dayTotal > int(present.size()))
            out.push_back({ date, QString(), QString(), QString(), dayTotal, int(present.size()),
                            PlannerTr::tr("%1: the posts together need %2 officer(s), only %3 not on leave")
                                .arg(dateText(date))
                                .arg(dayTotal)
                                .arg(present.size()) });
    }
    return out;
}

// ------------------------------------------------------------------ planner

struct RosterPlanner::Private
{
    RosterContext context;
    scheduling::Problem problem;
    std::unique_ptr<scheduling::Solver> solver;
    std::vector<Assignment> keep;
    mutable std::mutex mutex;
    bool cancelled = false;
};

RosterPlanner::RosterPlanner(RosterContext context)
    : d(std::make_unique<Private>())
{
    d->context = std::move(context);
    d->problem = buildProblem(d->context);
    d->keep = d->context.locked;
    d->keep.insert(d->keep.end(), d->context.published.begin(), d->context.published.end());
    d->solver = std::make_unique<scheduling::Solver>(d->problem);
}

RosterPlanner::~RosterPlanner() = default;

const RosterContext &RosterPlanner::context() const
{
    return d->context;
}
const scheduling::Problem &RosterPlanner::problem() const
{
    return d->problem;
}

void RosterPlanner::cancel()
{
    {
        std::lock_guard lock(d->mutex);
        d->cancelled = true;
    }
    d->solver->cancel();
}

std::vector<Assignment> RosterPlanner::bestSoFar() const
{
    const scheduling::Roster best = d->solver->bestSoFar();
    if (best.empty())
        return {};
    return assignPosts(d->context, best, d->keep);
}

PlanResult RosterPlanner::plan(const PlanOptions &options, const std::function<void(const PlanProgress &)> &progress)
{
    if (options.stabilityWeight != 30 && !d->context.published.empty()) {
        d->problem = buildProblem(d->context, options.stabilityWeight);
        d->solver = std::make_unique<scheduling::Solver>(d->problem);
    }
    if (progress)
        d->solver->setProgressCallback(
            [progress](const scheduling::SolverProgress &p) {
                progress(PlanProgress { p.elapsedSeconds, p.iterations, p.bestObjective, p.bestHardViolations });
            },
            options.progressIntervalSeconds);
    scheduling::SolverOptions so;
    so.timeLimitSeconds = options.timeLimitSeconds;
    so.maxIterations = options.maxIterations;
    so.seed = options.seed;
    so.threads = std::max(1, options.threads);
    // Start from the published version when re-planning: the search then only moves what it must.
    scheduling::Roster initial;
    if (!d->context.published.empty())
        initial = toMatrix(d->context, d->context.published);
    {
        std::lock_guard lock(d->mutex);
        if (d->cancelled)
            d->solver->cancel();
    }
    const scheduling::SolverResult r = d->solver->solve(so, initial.empty() ? nullptr : &initial);
    PlanResult out;
    out.assignments = assignPosts(d->context, r.roster, d->keep);
    out.check = checkRoster(d->context, out.assignments);
    if (!d->context.published.empty())
        out.changes = compareAssignments(d->context.published, out.assignments);
    out.demandProblems = checkDemand(d->context);
    out.cancelled = r.cancelled;
    out.elapsedSeconds = r.elapsedSeconds;
    out.iterations = r.iterations;
    qCDebug(lcRoster) << "planned" << d->context.squadCode << d->context.period.key() << "hard"
                      << out.check.hardViolations << "objective" << out.check.objective << "in" << r.elapsedSeconds << "s";
    return out;
}

} // namespace dd::data
