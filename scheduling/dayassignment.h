// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace dd::scheduling {

// Re-assigns every officer on one day at once, exactly, as a min-cost flow
// (boost::successive_shortest_path_nonnegative_weights): source -> officer -> option (a shift or off)
// -> sink, where the k-th officer on a shift costs marginal[shift][k-1]. The marginals must be
// non-decreasing in k (cover below minimum pays back, above target costs), which makes the flow exact.
struct DayAssignmentInput
{
    int officers = 0;
    int shifts = 0;
    std::vector<long long> optionCost;            // [officer * (shifts + 1) + shift + 1]; >= kForbidden: not allowed
    std::vector<std::vector<long long>> marginal;  // [shift][k]: the (k+1)-th officer on it, k < officers
};

// The chosen option (kOff or a shift) per officer; empty when some officer has no allowed option.
std::vector<int> assignDay(const DayAssignmentInput &input);

} // namespace dd::scheduling
