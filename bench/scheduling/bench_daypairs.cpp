// SPDX-License-Identifier: GPL-3.0-or-later
// One pass of reassignDays() over a roster's windows of consecutive days, dearest first
// (dayWindowsByCost()), the way the solver's consolidation runs it: its time, its gain, the windows
// and cells it changed, and the objective before and after. For the pass times in docs/BENCHMARKS.md.
//
//   bench_daypairs INSTANCE ROSTER [--days 2|3] [--seed N] [--milliseconds N]
//
// ROSTER is the text `dutydesk schedule solve -o` writes.
#include "scheduling/curtoisqureader.h"
#include "scheduling/daypairassignment.h"
#include "scheduling/evaluation.h"
#include "scheduling/rostertext.h"

#include <chrono>
#include <cstdint>
#include <cstdlib>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

int main(int argc, char **argv)
{
    using namespace dd::scheduling;
    std::string instance, rosterFile;
    int days = 2, milliseconds = 200;
    std::uint64_t seed = 777;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if ((a == "--days" || a == "--seed" || a == "--milliseconds") && i + 1 < argc) {
            const std::string value = argv[++i];
            char *end = nullptr;
            const long long n = std::strtoll(value.c_str(), &end, 10);
            if (end == value.c_str() || *end != '\0' || n < 0) {
                std::cerr << "bench_daypairs: " << a << " wants a whole number, not '" << value << "'\n";
                return 2;
            }
            if (a == "--days")
                days = int(n);
            else if (a == "--seed")
                seed = std::uint64_t(n);
            else
                milliseconds = int(n);
        } else if (instance.empty()) {
            instance = a;
        } else if (rosterFile.empty()) {
            rosterFile = a;
        } else {
            std::cerr << "bench_daypairs: unexpected argument '" << a << "'\n";
            return 2;
        }
    }
    if (instance.empty() || rosterFile.empty() || days < 2 || days > 3) {
        std::cerr << "usage: bench_daypairs INSTANCE ROSTER [--days 2|3] [--seed N] [--milliseconds N]\n";
        return 2;
    }
    const ReadResult read = readCurtoisQuFile(instance);
    if (!read) {
        std::cerr << read.error << "\n";
        return 1;
    }
    const Problem &p = read.problem;
    std::ifstream in(rosterFile, std::ios::binary);
    if (!in) {
        std::cerr << rosterFile << ": cannot be opened\n";
        return 1;
    }
    std::stringstream text;
    text << in.rdbuf();
    const RosterReadResult rosterRead = readRosterText(p, text.str(), rosterFile);
    if (!rosterRead) {
        std::cerr << rosterRead.error << "\n";
        return 1;
    }
    Roster roster = rosterRead.roster;
    const long long before = evaluate(p, roster).objective;
    const auto started = std::chrono::steady_clock::now();
    long long gain = 0, windowsChanged = 0, cellsChanged = 0;
    for (int d : dayWindowsByCost(p, roster, days)) {
        const Roster previous = roster;
        const DayPairResult result = reassignDays(p, roster, d, days, milliseconds, seed + std::uint64_t(d));
        gain += result.gain;
        if (!result.changed)
            continue;
        ++windowsChanged;
        for (std::size_t o = 0; o < roster.size(); ++o)
            for (int k = 0; k < days; ++k)
                cellsChanged += roster[o][std::size_t(d + k)] != previous[o][std::size_t(d + k)] ? 1 : 0;
    }
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::printf("days %d: %.2f s, gain %lld, %lld windows and %lld cells changed, objective %lld -> %lld\n", days,
                seconds, gain, windowsChanged, cellsChanged, before, evaluate(p, roster).objective);
    return 0;
}
