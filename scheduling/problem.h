// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace dd::scheduling {

// Skills are bits of a mask (certified, legal officer, driver, dispatcher, ...); the caller names them.
using SkillMask = std::uint32_t;

// Sentinels used throughout the model.
inline constexpr int kOff = -1;        // a roster cell with no shift
inline constexpr int kUnlimited = -1;  // a limit that does not apply

struct ShiftType
{
    std::string id;                 // short id shown in rosters ("E", "N", "a1")
    int startMinute = -1;           // minutes after midnight; -1 = unknown (successions come only from cannotFollow)
    int lengthMinutes = 0;          // may cross midnight (a night shift 20:00 + 720)
    std::vector<int> cannotFollow;  // shift type indices that may not be worked the day after this one
    SkillMask requiredSkills = 0;   // an officer without all of these may not work this shift
    bool night = false;             // counted by the night-fairness rule
    bool patrol = false;            // officers on it must form patrol teams (see Problem::patrolWeight)
};

// What is known about the days before the horizon. Without it, blocks touching day 0 are exempt from
// the minimum-consecutive rules (the Curtois & Qu convention).
struct History
{
    bool known = false;
    int lastShift = kOff;            // shift worked on day -1 (kOff if off); checked against successions and rest
    int consecutiveWorked = 0;       // worked days ending on day -1
    int consecutiveOff = 0;          // days off ending on day -1
    int nightsWorked = 0;            // earlier periods, for fairness
    int weekendsWorked = 0;
    int holidaysWorked = 0;
};

struct Officer
{
    std::string id;
    std::string name;
    SkillMask skills = 0;
    std::vector<int> maxShifts;          // per shift type; kUnlimited or a count (0 = never this type)
    int maxTotalMinutes = kUnlimited;    // over the horizon
    int minTotalMinutes = 0;
    int maxWeeklyMinutes = kUnlimited;   // per calendar week (Monday..Sunday) inside the horizon
    int maxConsecutiveShifts = kUnlimited;
    int minConsecutiveShifts = 1;
    int minConsecutiveDaysOff = 1;
    int maxWeekends = kUnlimited;        // worked weekends (Saturday or Sunday worked)
    std::vector<int> daysOff;            // leave and fixed days off (hard)
    History history;
};

// Headcount wanted on one day for one shift type, counting only officers who hold `skills`.
// Below minimum costs weightUnder per missing officer, below target weightBelowTarget, above target
// weightOver per extra officer; above maximum is a hard violation.
struct Demand
{
    int day = 0;
    int shift = 0;
    SkillMask skills = 0;
    int minimum = 0;
    int target = 0;
    int maximum = kUnlimited;
    int weightUnder = 100;
    int weightBelowTarget = 0;
    int weightOver = 1;
};

struct Request
{
    int officer = 0;
    int day = 0;
    int shift = kOff;   // a shift type, or kOff meaning "any shift" (work / the whole day off)
    int weight = 1;
    bool on = true;     // true: wants to work it; false: wants not to

    // Whether working `cell` (a shift or kOff) on the request's day goes against it.
    bool brokenBy(int cell) const { return on != (shift == kOff ? cell != kOff : cell == shift); }
};

struct Pin
{
    int officer = 0;
    int day = 0;
    int shift = kOff;   // kOff pins a day off
};

using Roster = std::vector<std::vector<int>>;  // [officer][day] = shift type index or kOff

// A rostering problem. Day 0 is a `startWeekday` (0 = Monday). Everything refers to officers and shift
// types by index. Built by the Curtois & Qu reader or, later, from the database by the Roster page.
struct Problem
{
    std::string name;
    int days = 0;
    int startWeekday = 0;
    std::vector<bool> holidays;            // empty or one flag per day
    std::vector<ShiftType> shifts;
    std::vector<Officer> officers;
    std::vector<Demand> demands;
    std::vector<Request> requests;
    std::vector<Pin> pins;
    int minRestMinutes = 0;                // between the end of one shift and the start of the next
    SkillMask certifiedSkill = 0;          // the skill that makes an officer count in a patrol team
    int patrolWeight = 0;                  // per missing certified officer in a patrol shift with anyone on it
    int nightFairnessWeight = 0;           // per unit of (max - min) nights across officers, history included
    int weekendFairnessWeight = 0;
    int holidayFairnessWeight = 0;
    Roster published;                      // empty, or the roster being re-planned
    int stabilityWeight = 0;               // per cell that differs from `published`

    bool isWeekend(int day) const { return (startWeekday + day) % 7 >= 5; }
    int weekendIndex(int day) const { return (startWeekday + day) / 7; }
    int weekIndex(int day) const { return (startWeekday + day) / 7; }
    bool isHoliday(int day) const { return !holidays.empty() && holidays[std::size_t(day)]; }

    // May shift b be worked the day after shift a? Combines cannotFollow with minRestMinutes
    // when both shifts have start times.
    bool canFollow(int a, int b) const;
    // Rest in minutes between a on one day and b on the next; a large value when start times are unknown.
    int restMinutes(int a, int b) const;
};

} // namespace dd::scheduling
