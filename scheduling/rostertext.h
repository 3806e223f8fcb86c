// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

#include <string>

namespace dd::scheduling {

// The solution text of `dutydesk schedule solve`: one line per officer in problem order, the officer id
// then one tab-separated field per day, each a shift id or empty for a day off.
std::string writeRosterText(const Problem &problem, const Roster &roster);

struct RosterReadResult
{
    Roster roster;
    std::string error;   // "FILE:LINE: reason", empty on success

    explicit operator bool() const { return error.empty(); }
};

// Reads that text back. Officers may come in any order but each exactly once; CRLF accepted.
RosterReadResult readRosterText(const Problem &problem, const std::string &text, const std::string &fileName);

} // namespace dd::scheduling
