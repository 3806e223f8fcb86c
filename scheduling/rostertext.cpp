// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/rostertext.h"

#include <map>

namespace dd::scheduling {

std::string writeRosterText(const Problem &problem, const Roster &roster)
{
    std::string out;
    for (std::size_t o = 0; o < problem.officers.size(); ++o) {
        out += problem.officers[o].id;
        for (int d = 0; d < problem.days; ++d) {
            out += '\t';
            const int s = roster[o][std::size_t(d)];
            if (s != kOff)
                out += problem.shifts[std::size_t(s)].id;
        }
        out += '\n';
    }
    return out;
}

RosterReadResult readRosterText(const Problem &problem, const std::string &text, const std::string &fileName)
{
    RosterReadResult r;
    std::map<std::string, int> officerIndex, shiftIndex;
    for (std::size_t i = 0; i < problem.officers.size(); ++i)
        officerIndex[problem.officers[i].id] = int(i);
    for (std::size_t i = 0; i < problem.shifts.size(); ++i)
        shiftIndex[problem.shifts[i].id] = int(i);
    r.roster.assign(problem.officers.size(), std::vector<int>(std::size_t(problem.days), kOff));
    std::vector<bool> seen(problem.officers.size(), false);
    auto fail = [&](int line, const std::string &reason) {
        r.error = fileName + ":" + std::to_string(line) + ": " + reason;
        r.roster.clear();
        return r;
    };
    std::size_t pos = 0;
    int lineNo = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos)
            end = text.size();
        std::string line = text.substr(pos, end - pos);
        pos = end + 1;
        ++lineNo;
        if (!line.empty() && line.back() == '\r')
            line.pop_back();
        if (line.empty() || line[0] == '#')
            continue;
        std::vector<std::string> f;
        std::size_t p = 0;
        while (true) {
            const std::size_t tab = line.find('\t', p);
            f.push_back(line.substr(p, tab == std::string::npos ? std::string::npos : tab - p));
            if (tab == std::string::npos)
                break;
            p = tab + 1;
        }
        const auto it = officerIndex.find(f[0]);
        if (it == officerIndex.end())
            return fail(lineNo, "unknown employee id '" + f[0] + "'");
        if (seen[std::size_t(it->second)])
            return fail(lineNo, "employee '" + f[0] + "' listed twice");
        seen[std::size_t(it->second)] = true;
        // Trailing empty fields (days off at the end) may have been trimmed by an editor.
        if (int(f.size()) - 1 > problem.days)
            return fail(lineNo, "expected " + std::to_string(problem.days) + " day fields, found " + std::to_string(f.size() - 1));
        for (std::size_t d = 1; d < f.size(); ++d) {
            if (f[d].empty())
                continue;
            const auto s = shiftIndex.find(f[d]);
            if (s == shiftIndex.end())
                return fail(lineNo, "unknown shift id '" + f[d] + "' on day " + std::to_string(d - 1));
            r.roster[std::size_t(it->second)][d - 1] = s->second;
        }
    }
    for (std::size_t i = 0; i < seen.size(); ++i)
        if (!seen[i])
            return fail(lineNo, "employee '" + problem.officers[i].id + "' missing");
    return r;
}

} // namespace dd::scheduling
