// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <functional>
#include <vector>

namespace dd::scheduling {

struct PatrolTeam
{
    std::vector<int> officers;   // officer indices; the first two are certified
};

// Splits the officers on one patrol shift of one day into teams of two or more, each with at least two
// certified officers (enforcement needs two certificates). Certified officers are paired by
// boost::maximum_weighted_matching on `affinity(a, b)` (>= 0: e.g. how often they patrolled together,
// or a mix of experience); an odd certified officer and then the uncertified ones join the smallest
// teams. Returns no team when fewer than two officers are certified.
std::vector<PatrolTeam> formPatrolTeams(const std::vector<int> &officers, const std::vector<bool> &certified,
                                        const std::function<int(int, int)> &affinity);

} // namespace dd::scheduling
