// SPDX-License-Identifier: GPL-3.0-or-later
#include "scheduling/lpbuilder.h"

#include "scheduling/evaluation.h"

#include <glpk.h>

#include <algorithm>

namespace dd::scheduling {

int LpBuilder::column(double cost, int type, double upper)
{
    const int j = glp_add_cols(m_lp, 1);
    glp_set_obj_coef(m_lp, j, cost);
    glp_set_col_bnds(m_lp, j, type, 0.0, upper);
    return j;
}

int LpBuilder::row(int type, double lower, double upper)
{
    const int i = glp_add_rows(m_lp, 1);
    glp_set_row_bnds(m_lp, i, type, lower, upper);
    return i;
}

void LpBuilder::entry(int row, int column, double value)
{
    m_ia.push_back(row);
    m_ja.push_back(column);
    m_ar.push_back(value);
}

int LpBuilder::coverRow(const Demand &dm, bool withMaximum)
{
    const int minimum = std::max(0, dm.minimum), target = std::max(dm.target, minimum);
    const int i = row(GLP_FX, target, target);
    if (target > minimum)
        entry(i, column(dm.weightBelowTarget, GLP_DB, target - minimum), 1.0);
    if (minimum > 0)
        entry(i, column(dm.weightUnder, GLP_DB, minimum), 1.0);
    if (!withMaximum || dm.maximum == kUnlimited) {
        entry(i, column(dm.weightOver, GLP_LO, 0.0), -1.0);
    } else {
        if (dm.maximum > target)
            entry(i, column(dm.weightOver, GLP_DB, dm.maximum - target), -1.0);
        entry(i, column(dm.weightOver + double(kCoverAboveMaximumCost), GLP_LO, 0.0), -1.0);
    }
    return i;
}

void LpBuilder::load() { glp_load_matrix(m_lp, int(m_ia.size()) - 1, m_ia.data(), m_ja.data(), m_ar.data()); }

} // namespace dd::scheduling
