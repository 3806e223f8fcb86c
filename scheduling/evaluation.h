// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace dd::scheduling {

// Every rule the evaluator knows. Hard rules make a roster infeasible; soft rules add to the objective.
enum class Rule : int {
    // hard
    Succession,            // a shift in the previous shift's cannotFollow list
    MinRest,               // less than Problem::minRestMinutes between two shifts
    MaxShiftsOfType,
    MaxTotalMinutes,
    MinTotalMinutes,
    MaxWeeklyMinutes,
    MaxConsecutiveShifts,
    MinConsecutiveShifts,
    MinConsecutiveDaysOff,
    MaxWeekends,
    DayOff,                // worked on a day of leave / fixed day off
    Skill,                 // worked a shift without its required skills
    Pin,                   // a pinned cell differs
    CoverAboveMaximum,
    // soft
    CoverUnder,
    CoverBelowTarget,
    CoverOver,
    ShiftOnRequest,
    ShiftOffRequest,
    NightFairness,
    WeekendFairness,
    HolidayFairness,
    Stability,
    PatrolTeam,
    Count
};
inline constexpr int kRuleCount = int(Rule::Count);

bool isHard(Rule rule);
// A stable English identifier ("max-consecutive-shifts"), used in check output and tests.
const char *ruleName(Rule rule);

struct Violation
{
    Rule rule = Rule::Count;
    int officer = -1;      // -1 when the rule is about a day/shift (cover) rather than an officer
    int day = -1;          // first day concerned, -1 when about the whole horizon
    int shift = -1;
    int amount = 0;        // how far off: missing officers, minutes, days, counts
    long long cost = 0;    // soft rules: what it adds to the objective; hard rules: 0
};

struct Evaluation
{
    long long objective = 0;               // sum of soft costs
    int hardViolations = 0;                // number of hard Violation records
    long long hardAmount = 0;              // sum of their amounts (minutes for the minute rules)
    std::array<long long, kRuleCount> costByRule{};
    std::array<int, kRuleCount> countByRule{};
    std::array<long long, kRuleCount> amountByRule{};
    std::vector<Violation> violations;     // filled only when asked (explain = true)

    bool feasible() const { return hardViolations == 0; }
};

// The single source of truth for a roster's quality: the solver, its tests, the UI and the benchmark
// all call this. `roster` must be officers x days (cells kOff or a shift index).
Evaluation evaluate(const Problem &problem, const Roster &roster, bool explain = false);

// How badly a roster breaks hard rules, as one number for searches: minutes below the minimum total
// count one each, every other unit of hard amount counts kHardUnitsPerViolation. Searches may trade
// missing minutes (a plan from an empty start lacks them) but never buy them with another rule.
inline constexpr long long kHardUnitsPerViolation = 100000;
long long hardUnits(const Evaluation &evaluation);
// The same for one officer's own rules (everything but cover maximum).
long long officerHardUnits(const Problem &problem, const Roster &roster, int officer);

// What `officers` qualified officers on one demand row cost: below its minimum, below its target and
// above its target at the row's weights, as the evaluator counts them, and kCoverAboveMaximumCost per
// officer above its maximum (a hard rule, priced so that searches and integer programs avoid it).
inline constexpr long long kCoverAboveMaximumCost = 1000000;
long long coverCost(const Demand &demand, int officers);

// How one maximal block of worked days (work) or days off [start, end) of a horizon of `days` days
// breaks the officer's consecutive rules, as the evaluator counts it: history joins a block that
// starts on day 0, and a block touching the horizon's end (or day 0 without history) is exempt from
// the minimum. Shared by the evaluator and the local search.
struct BlockBreak
{
    int overMaximum = 0;    // worked days beyond maxConsecutiveShifts
    int underMinimum = 0;   // days short of minConsecutiveShifts / minConsecutiveDaysOff
};
BlockBreak blockBreak(const Officer &officer, int start, int end, int days, bool work);

// "A 3 4: max-consecutive-shifts (amount 6)" style one-line description; ids from the problem.
std::string describe(const Problem &problem, const Violation &violation);

} // namespace dd::scheduling
