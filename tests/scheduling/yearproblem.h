// SPDX-License-Identifier: GPL-3.0-or-later
// A year-long rostering problem shaped like Curtois & Qu's Instance22 (which is too large to copy into
// the tests): four shift types that may only run early to late within a block (a, d, p, n), officers
// who must work 232-234 of 364 days in blocks of 2-5 with at least 2 days off between, at most 26 of
// 52 weekends, with about 36 fixed days off in clusters, and cover that wants all of them.
#pragma once

#include "scheduling/problem.h"

#include <algorithm>
#include <random>

inline dd::scheduling::Problem yearProblem(int officers, unsigned seed)
{
    using namespace dd::scheduling;
    std::mt19937 rng(seed);
    Problem p;
    p.name = "year";
    p.days = 364;
    p.startWeekday = 0;
    p.shifts = {
        ShiftType{"a", -1, 480, {}, 0, false, false},
        ShiftType{"d", -1, 480, {0}, 0, false, false},
        ShiftType{"p", -1, 480, {0, 1}, 0, false, false},
        ShiftType{"n", -1, 480, {0, 1, 2}, 0, true, false},
    };
    for (int o = 0; o < officers; ++o) {
        Officer of;
        of.id = "O" + std::to_string(o);
        of.maxShifts = {46, kUnlimited, 46, 58};
        of.maxTotalMinutes = 234 * 480;
        of.minTotalMinutes = 232 * 480;
        of.maxConsecutiveShifts = 5;
        of.minConsecutiveShifts = 2;
        of.minConsecutiveDaysOff = 2;
        of.maxWeekends = 26;
        // Leave in clusters of 1-7 days, about 36 days in all.
        while (int(of.daysOff.size()) < 36) {
            const int start = int(rng() % 360);
            const int length = 1 + int(rng() % 7);
            for (int d = start; d < std::min(364, start + length); ++d)
                if (std::find(of.daysOff.begin(), of.daysOff.end(), d) == of.daysOff.end())
                    of.daysOff.push_back(d);
        }
        std::sort(of.daysOff.begin(), of.daysOff.end());
        p.officers.push_back(of);
    }
    // Cover for about 233 shifts per officer, spread over the four types.
    const int perDay = (officers * 233 + 363) / 364;
    for (int d = 0; d < p.days; ++d)
        for (int s = 0; s < 4; ++s) {
            Demand dm;
            dm.day = d;
            dm.shift = s;
            dm.minimum = dm.target = perDay / 4 + (s < perDay % 4 ? 1 : 0);
            dm.weightUnder = 100;
            dm.weightOver = 1;
            p.demands.push_back(dm);
        }
    // A few wishes to work a given shift.
    for (int o = 0; o < officers; ++o)
        for (int k = 0; k < 20; ++k)
            p.requests.push_back(Request{o, int(rng() % 364), int(rng() % 4), 1 + int(rng() % 3), true});
    return p;
}
