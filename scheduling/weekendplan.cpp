// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/weekendplan.h"

#include "scheduling/lpbuilder.h"

#include <glpk.h>

#include <algorithm>
#include <map>
#include <memory>
#include <utility>

namespace dd::scheduling {

namespace {
constexpr int kSimplexMilliseconds = 2000;
}

WeekendPlan planWeekends(const Problem &p)
{
    WeekendPlan plan;
    const int nO = int(p.officers.size()), nS = int(p.shifts.size()), H = p.days;
    if (H <= 0 || nO == 0 || nS == 0)
        return plan;
    const int weekends = p.weekendIndex(H - 1) + 1;
    if (static_cast<long long>(nO) * weekends * nS > kWeekendPlanMaxSize)
        return plan;

    std::unique_ptr<glp_prob, decltype(&glp_delete_prob)> owner(glp_create_prob(), &glp_delete_prob);
    glp_prob *lp = owner.get();
    glp_set_obj_dir(lp, GLP_MIN);
    LpBuilder builder(lp);

    // Cover rows of the weekend days: qualified officers on it + shortage - surplus = the target; the
    // shortage below the minimum at weightUnder, between minimum and target at weightBelowTarget, the
    // surplus at weightOver (a maximum is left out).
    std::multimap<std::pair<int, int>, std::pair<int, SkillMask>> coverRows; // (day, shift) -> (row, skills)
    for (const Demand &dm : p.demands) {
        if (dm.day < 0 || dm.day >= H || !p.isWeekend(dm.day))
            continue;
        coverRows.emplace(std::make_pair(dm.day, dm.shift), std::make_pair(builder.coverRow(dm, false), dm.skills));
    }

    std::vector<std::vector<int>> zColumn(std::size_t(nO), std::vector<int>(std::size_t(weekends), 0));
    std::vector<char> off(static_cast<std::size_t>(H));
    std::vector<int> y(std::size_t(H) * std::size_t(nS));
    for (int o = 0; o < nO; ++o) {
        const Officer &of = p.officers[std::size_t(o)];
        std::fill(off.begin(), off.end(), 0);
        for (int d : of.daysOff)
            if (d >= 0 && d < H)
                off[std::size_t(d)] = 1;
        std::fill(y.begin(), y.end(), 0);
        const int budget = of.maxWeekends == kUnlimited ? 0 : builder.row(GLP_UP, 0.0, of.maxWeekends);
        for (int k = 0; k < weekends; ++k) {
            const int z = builder.column(0.0, GLP_DB, 1.0);
            zColumn[std::size_t(o)][std::size_t(k)] = z;
            if (budget)
                builder.entry(budget, z, 1.0);
        }
        for (int d = 0; d < H; ++d) {
            if (!p.isWeekend(d) || off[std::size_t(d)])
                continue;
            const int z = zColumn[std::size_t(o)][std::size_t(p.weekendIndex(d))];
            const int day = builder.row(GLP_UP, 0.0, 0.0); // the day's shifts <= z
            builder.entry(day, z, -1.0);
            for (int s = 0; s < nS; ++s) {
                const ShiftType &st = p.shifts[std::size_t(s)];
                if ((s < int(of.maxShifts.size()) && of.maxShifts[std::size_t(s)] == 0) || (of.skills & st.requiredSkills) != st.requiredSkills)
                    continue;
                const int j = builder.column(0.0, GLP_DB, 1.0);
                y[std::size_t(d * nS + s)] = j;
                builder.entry(day, j, 1.0);
                const auto [from, to] = coverRows.equal_range({ d, s });
                for (auto it = from; it != to; ++it)
                    if ((of.skills & it->second.second) == it->second.second)
                        builder.entry(it->second.first, j, 1.0);
            }
        }
        // Saturday's shift s and any Sunday shift that may not follow it: together at most z.
        for (int d = 0; d + 1 < H; ++d) {
            if (!p.isWeekend(d) || !p.isWeekend(d + 1) || p.weekendIndex(d) != p.weekendIndex(d + 1))
                continue;
            const int z = zColumn[std::size_t(o)][std::size_t(p.weekendIndex(d))];
            for (int s = 0; s < nS; ++s) {
                const int first = y[std::size_t(d * nS + s)];
                if (!first)
                    continue;
                std::vector<int> next;
                for (int t = 0; t < nS; ++t)
                    if (const int j = y[std::size_t((d + 1) * nS + t)]; j && !p.canFollow(s, t))
                        next.push_back(j);
                if (next.empty())
                    continue;
                const int i = builder.row(GLP_UP, 0.0, 0.0);
                builder.entry(i, first, 1.0);
                for (int j : next)
                    builder.entry(i, j, 1.0);
                builder.entry(i, z, -1.0);
            }
        }
    }
    builder.load();
    glp_iptcp parm;
    glp_init_iptcp(&parm);
    parm.msg_lev = GLP_MSG_OFF;
    const bool interior = glp_interior(lp, &parm) == 0 && glp_ipt_status(lp) == GLP_OPT;
    if (!interior) {
        // GLPK's interior point stops on "numeric instability" when the optimum is 0 exactly (its gap
        // cannot close): then the simplex, for at most kSimplexMilliseconds.
        glp_smcp simplex;
        glp_init_smcp(&simplex);
        simplex.msg_lev = GLP_MSG_OFF;
        simplex.presolve = GLP_ON;
        simplex.tm_lim = kSimplexMilliseconds;
        if (glp_simplex(lp, &simplex) != 0 || glp_get_status(lp) != GLP_OPT)
            return plan;
    }
    plan.solved = true;
    plan.value = interior ? glp_ipt_obj_val(lp) : glp_get_obj_val(lp);
    plan.worked.assign(std::size_t(nO), std::vector<double>(std::size_t(weekends), 0.0));
    for (int o = 0; o < nO; ++o)
        for (int k = 0; k < weekends; ++k)
            plan.worked[std::size_t(o)][std::size_t(k)] = std::clamp(interior ? glp_ipt_col_prim(lp, zColumn[std::size_t(o)][std::size_t(k)])
                                                                                  : glp_get_col_prim(lp, zColumn[std::size_t(o)][std::size_t(k)]),
                                                                         0.0, 1.0);
    return plan;
}

} // namespace dd::scheduling
