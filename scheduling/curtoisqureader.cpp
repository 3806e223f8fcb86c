// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/curtoisqureader.h"

#include <charconv>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <utility>

namespace dd::scheduling {

namespace {

struct ParseError
{
    int line;
    std::string reason;
};

std::vector<std::string> split(const std::string &s, char sep)
{
    std::vector<std::string> out;
    std::string cur;
    for (char c : s) {
        if (c == sep) {
            out.push_back(cur);
            cur.clear();
        } else {
            cur += c;
        }
    }
    out.push_back(cur);
    return out;
}

std::string trim(const std::string &s)
{
    const auto b = s.find_first_not_of(" \t\r\n");
    if (b == std::string::npos)
        return {};
    const auto e = s.find_last_not_of(" \t\r\n");
    return s.substr(b, e - b + 1);
}

class Reader
{
public:
    explicit Reader(const std::string &text) { m_lines = split(text, '\n'); }

    // Returns an empty optional-like pair: error line 0 and empty reason on success.
    ParseError run(Problem &p)
    {
        static const char *const kSections[] = {"SECTION_HORIZON", "SECTION_SHIFTS", "SECTION_STAFF",
                                                "SECTION_DAYS_OFF", "SECTION_SHIFT_ON_REQUESTS",
                                                "SECTION_SHIFT_OFF_REQUESTS", "SECTION_COVER"};
        // Group data lines by section, keeping their line numbers.
        std::vector<std::vector<std::pair<int, std::string>>> data(7);
        std::vector<int> headerLine(7, 0);
        int current = -1;
        for (std::size_t i = 0; i < m_lines.size(); ++i) {
            const int lineNo = int(i) + 1;
            const std::string line = trim(m_lines[i]);
            if (line.empty() || line[0] == '#')
                continue;
            if (line.rfind("SECTION_", 0) == 0) {
                int found = -1;
                for (int k = 0; k < 7; ++k)
                    if (line == kSections[k])
                        found = k;
                if (found < 0)
                    return {lineNo, "unknown section '" + line + "'"};
                if (headerLine[std::size_t(found)] != 0)
                    return {lineNo, "duplicate section " + line};
                if (found < current)
                    return {lineNo, line + " out of order"};
                current = found;
                headerLine[std::size_t(found)] = lineNo;
                continue;
            }
            if (current < 0)
                return {lineNo, "data before the first section"};
            data[std::size_t(current)].emplace_back(lineNo, line);
        }
        for (int k = 0; k < 7; ++k)
            if (headerLine[std::size_t(k)] == 0)
                return {0, std::string("missing section ") + kSections[k]};

        if (auto e = horizon(p, data[0], headerLine[0]); !e.reason.empty())
            return e;
        if (auto e = shifts(p, data[1], headerLine[1]); !e.reason.empty())
            return e;
        if (auto e = staff(p, data[2]); !e.reason.empty())
            return e;
        if (auto e = daysOff(p, data[3]); !e.reason.empty())
            return e;
        if (auto e = requests(p, data[4], true); !e.reason.empty())
            return e;
        if (auto e = requests(p, data[5], false); !e.reason.empty())
            return e;
        return cover(p, data[6]);
    }

private:
    using Lines = std::vector<std::pair<int, std::string>>;

    static bool number(const std::string &s, int &out)
    {
        const std::string t = trim(s);
        if (t.empty())
            return false;
        const auto r = std::from_chars(t.data(), t.data() + t.size(), out);
        return r.ec == std::errc() && r.ptr == t.data() + t.size();
    }

    ParseError num(int line, const std::string &field, const char *what, int &out)
    {
        if (!number(field, out))
            return {line, std::string("malformed number '") + trim(field) + "' for " + what};
        return {0, {}};
    }

    ParseError day(int line, const Problem &p, const std::string &field, int &out)
    {
        if (auto e = num(line, field, "day", out); !e.reason.empty())
            return e;
        if (out < 0 || out >= p.days)
            return {line, "day " + std::to_string(out) + " outside the horizon 0.." + std::to_string(p.days - 1)};
        return {0, {}};
    }

    ParseError shiftId(int line, const std::string &field, int &out)
    {
        const auto it = m_shiftIndex.find(trim(field));
        if (it == m_shiftIndex.end())
            return {line, "unknown shift id '" + trim(field) + "'"};
        out = it->second;
        return {0, {}};
    }

    ParseError officerId(int line, const std::string &field, int &out)
    {
        const auto it = m_officerIndex.find(trim(field));
        if (it == m_officerIndex.end())
            return {line, "unknown employee id '" + trim(field) + "'"};
        out = it->second;
        return {0, {}};
    }

    ParseError horizon(Problem &p, const Lines &lines, int header)
    {
        if (lines.empty())
            return {header, "SECTION_HORIZON has no value"};
        if (lines.size() > 1)
            return {lines[1].first, "SECTION_HORIZON has more than one line"};
        if (auto e = num(lines[0].first, lines[0].second, "horizon", p.days); !e.reason.empty())
            return e;
        if (p.days <= 0)
            return {lines[0].first, "horizon must be positive"};
        return {0, {}};
    }

    ParseError shifts(Problem &p, const Lines &lines, int header)
    {
        if (lines.empty())
            return {header, "SECTION_SHIFTS lists no shift"};
        std::vector<std::pair<int, std::string>> follow;
        for (const auto &[line, text] : lines) {
            const auto f = split(text, ',');
            if (f.size() != 3)
                return {line, "expected 3 fields (ShiftID, Length, CannotFollow), found " + std::to_string(f.size())};
            ShiftType s;
            s.id = trim(f[0]);
            if (s.id.empty())
                return {line, "empty shift id"};
            if (m_shiftIndex.count(s.id))
                return {line, "duplicate shift id '" + s.id + "'"};
            if (auto e = num(line, f[1], "shift length", s.lengthMinutes); !e.reason.empty())
                return e;
            if (s.lengthMinutes <= 0)
                return {line, "shift length must be positive"};
            m_shiftIndex[s.id] = int(p.shifts.size());
            p.shifts.push_back(s);
            follow.emplace_back(line, trim(f[2]));
        }
        // CannotFollow may name shifts declared further down.
        for (std::size_t i = 0; i < follow.size(); ++i) {
            if (follow[i].second.empty())
                continue;
            for (const std::string &id : split(follow[i].second, '|')) {
                int t = 0;
                if (auto e = shiftId(follow[i].first, id, t); !e.reason.empty())
                    return e;
                p.shifts[i].cannotFollow.push_back(t);
            }
        }
        return {0, {}};
    }

    ParseError staff(Problem &p, const Lines &lines)
    {
        for (const auto &[line, text] : lines) {
            const auto f = split(text, ',');
            if (f.size() != 8)
                return {line, "expected 8 fields for an employee, found " + std::to_string(f.size())};
            Officer o;
            o.id = trim(f[0]);
            if (o.id.empty())
                return {line, "empty employee id"};
            if (m_officerIndex.count(o.id))
                return {line, "duplicate employee id '" + o.id + "'"};
            o.maxShifts.assign(p.shifts.size(), kUnlimited);
            if (!trim(f[1]).empty()) {
                for (const std::string &item : split(trim(f[1]), '|')) {
                    const auto kv = split(item, '=');
                    if (kv.size() != 2)
                        return {line, "malformed MaxShifts item '" + item + "' (expected ShiftID=max)"};
                    int t = 0;
                    if (auto e = shiftId(line, kv[0], t); !e.reason.empty())
                        return e;
                    if (auto e = num(line, kv[1], "MaxShifts", o.maxShifts[std::size_t(t)]); !e.reason.empty())
                        return e;
                }
            }
            int *fields[] = {&o.maxTotalMinutes, &o.minTotalMinutes, &o.maxConsecutiveShifts,
                             &o.minConsecutiveShifts, &o.minConsecutiveDaysOff, &o.maxWeekends};
            static const char *const names[] = {"MaxTotalMinutes", "MinTotalMinutes", "MaxConsecutiveShifts",
                                                "MinConsecutiveShifts", "MinConsecutiveDaysOff", "MaxWeekends"};
            for (std::size_t k = 0; k < 6; ++k)
                if (auto e = num(line, f[k + 2], names[k], *fields[k]); !e.reason.empty())
                    return e;
            m_officerIndex[o.id] = int(p.officers.size());
            p.officers.push_back(std::move(o));
        }
        if (p.officers.empty())
            return {0, "SECTION_STAFF lists no employee"};
        return {0, {}};
    }

    ParseError daysOff(Problem &p, const Lines &lines)
    {
        for (const auto &[line, text] : lines) {
            const auto f = split(text, ',');
            int o = 0;
            if (auto e = officerId(line, f[0], o); !e.reason.empty())
                return e;
            for (std::size_t k = 1; k < f.size(); ++k) {
                if (trim(f[k]).empty())
                    continue;
                int d = 0;
                if (auto e = day(line, p, f[k], d); !e.reason.empty())
                    return e;
                p.officers[std::size_t(o)].daysOff.push_back(d);
            }
        }
        return {0, {}};
    }

    ParseError requests(Problem &p, const Lines &lines, bool on)
    {
        for (const auto &[line, text] : lines) {
            const auto f = split(text, ',');
            if (f.size() != 4)
                return {line, "expected 4 fields (EmployeeID, Day, ShiftID, Weight), found " + std::to_string(f.size())};
            Request r;
            r.on = on;
            if (auto e = officerId(line, f[0], r.officer); !e.reason.empty())
                return e;
            if (auto e = day(line, p, f[1], r.day); !e.reason.empty())
                return e;
            if (auto e = shiftId(line, f[2], r.shift); !e.reason.empty())
                return e;
            if (auto e = num(line, f[3], "weight", r.weight); !e.reason.empty())
                return e;
            p.requests.push_back(r);
        }
        return {0, {}};
    }

    ParseError cover(Problem &p, const Lines &lines)
    {
        std::map<std::pair<int, int>, int> seen;
        for (const auto &[line, text] : lines) {
            const auto f = split(text, ',');
            if (f.size() != 5)
                return {line, "expected 5 fields (Day, ShiftID, Requirement, WeightUnder, WeightOver), found "
                                  + std::to_string(f.size())};
            Demand dm;
            if (auto e = day(line, p, f[0], dm.day); !e.reason.empty())
                return e;
            if (auto e = shiftId(line, f[1], dm.shift); !e.reason.empty())
                return e;
            if (auto e = num(line, f[2], "requirement", dm.minimum); !e.reason.empty())
                return e;
            if (auto e = num(line, f[3], "under weight", dm.weightUnder); !e.reason.empty())
                return e;
            if (auto e = num(line, f[4], "over weight", dm.weightOver); !e.reason.empty())
                return e;
            const auto key = std::make_pair(dm.day, dm.shift);
            if (const auto it = seen.find(key); it != seen.end())
                return {line, "duplicate cover row for day " + std::to_string(dm.day) + " shift "
                                  + p.shifts[std::size_t(dm.shift)].id + " (first on line "
                                  + std::to_string(it->second) + ")"};
            seen[key] = line;
            dm.target = dm.minimum;
            p.demands.push_back(dm);
        }
        return {0, {}};
    }

    std::vector<std::string> m_lines;
    std::map<std::string, int> m_shiftIndex;
    std::map<std::string, int> m_officerIndex;
};

std::string baseName(const std::string &path)
{
    const auto slash = path.find_last_of('/');
    std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
    const auto dot = name.find_last_of('.');
    return dot == std::string::npos ? name : name.substr(0, dot);
}

} // namespace

ReadResult readCurtoisQu(const std::string &text, const std::string &fileName)
{
    ReadResult result;
    Reader reader(text);
    const ParseError e = reader.run(result.problem);
    if (!e.reason.empty()) {
        result.line = e.line;
        result.error = fileName + (e.line > 0 ? ":" + std::to_string(e.line) : std::string()) + ": " + e.reason;
        result.problem = Problem{};
        return result;
    }
    result.problem.name = baseName(fileName);
    return result;
}

ReadResult readCurtoisQuFile(const std::string &path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        ReadResult r;
        r.error = path + ": cannot open the file";
        return r;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return readCurtoisQu(ss.str(), path);
}

} // namespace dd::scheduling
