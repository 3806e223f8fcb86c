// SPDX-License-Identifier: GPL-3.0-or-later
// A random one-officer problem small enough to enumerate every row (9-11 days, two shift types, E may
// not follow L): limits on both types, total and weekly minutes, blocks, weekends, and sometimes a
// history. Shared by the planners' tests against enumeration.
#pragma once

#include "scheduling/problem.h"

#include <algorithm>
#include <random>

// minMinutesSpan: the minimum total minutes is 480 x (0 .. span - 1), at most the maximum.
inline dd::scheduling::Problem randomSmallOfficer(std::mt19937 &rng, int minMinutesSpan)
{
    using namespace dd::scheduling;
    Problem p;
    p.days = 9 + int(rng() % 3);
    p.startWeekday = int(rng() % 7);
    ShiftType e{"E", -1, 480, {}, 0, false, false};
    ShiftType l{"L", -1, 600, {0}, 0, false, false};
    p.shifts = {e, l};
    Officer o;
    o.id = "A";
    o.maxShifts = {2 + int(rng() % 6), 2 + int(rng() % 6)};
    o.maxTotalMinutes = 480 * (3 + int(rng() % 5));
    o.minTotalMinutes = std::min(o.maxTotalMinutes, 480 * int(rng() % std::uint32_t(minMinutesSpan)));
    o.maxConsecutiveShifts = 2 + int(rng() % 3);
    o.minConsecutiveShifts = 1 + int(rng() % 3);
    o.minConsecutiveDaysOff = 1 + int(rng() % 3);
    o.maxWeekends = int(rng() % 2);
    if (rng() % 3 == 0)
        o.maxWeeklyMinutes = 480 * 3;
    if (rng() % 3 == 0) {
        o.history.known = true;
        o.history.lastShift = rng() % 2 ? 1 : kOff;
        if (o.history.lastShift == kOff)
            o.history.consecutiveOff = 1 + int(rng() % 2);
        else
            o.history.consecutiveWorked = 1 + int(rng() % 3);
    }
    p.officers = {o};
    return p;
}
