// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

#include <string>

namespace dd::scheduling {

struct ReadResult
{
    Problem problem;
    std::string error;   // "FILE:LINE: reason" when reading failed, empty on success
    int line = 0;        // the line of the error (1-based), 0 when not tied to a line

    explicit operator bool() const { return error.empty(); }
};

// Reads the Curtois & Qu (2014) employee shift scheduling text format (schedulingbenchmarks.org,
// documented in docs/SCHEDULER.md) onto the general model: MaxShifts=0 as a forbidden type, CannotFollow
// as successions (no start times), cover rows as demand with minimum = target = requirement and no
// maximum, no history (blocks touching day 0 are exempt). CRLF or LF, '#' comments anywhere.
// Rejects unknown ids, duplicate cover rows, malformed numbers, out-of-range days and missing sections.
ReadResult readCurtoisQu(const std::string &text, const std::string &fileName);
ReadResult readCurtoisQuFile(const std::string &path);

} // namespace dd::scheduling
