// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "scheduling/problem.h"

#include <vector>

struct glp_prob;

namespace dd::scheduling {

// Rows and columns added to a GLPK problem, their coefficients gathered and loaded at once
// (glp_load_matrix). Loading replaces the whole matrix, so load() comes before any column the caller
// adds itself with glp_set_mat_col. Internal to scheduling/: for the sources that include glpk.h
// (column generation, weekend plan, day pairs), so that their cover rows are one piece of code.
class LpBuilder
{
public:
    explicit LpBuilder(glp_prob *lp) : m_lp(lp) {}

    int column(double cost, int type, double upper);   // bounds [0, upper] of GLPK's `type`
    int row(int type, double lower, double upper);
    void entry(int row, int column, double value);
    // The cover row of `dm` with its slack columns: the officers counted on it (the caller's
    // entries) + shortage - surplus = the target. Shortage below the minimum costs weightUnder,
    // between minimum and target weightBelowTarget, surplus weightOver and, when withMaximum,
    // kCoverAboveMaximumCost more beyond the maximum (the evaluator's coverCost()).
    int coverRow(const Demand &dm, bool withMaximum = true);
    void load();

private:
    glp_prob *m_lp;
    std::vector<int> m_ia { 0 }, m_ja { 0 };
    std::vector<double> m_ar { 0.0 };
};

} // namespace dd::scheduling
