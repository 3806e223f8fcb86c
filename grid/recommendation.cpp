// SPDX-License-Identifier: GPL-3.0-or-later
#include "grid/recommendation.h"

#include <QCoreApplication>
#include <algorithm>
#include <cmath>

namespace dd::grid {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(dd::grid::Recommendation)
};

} // namespace

std::vector<RankedCandidate> rankCandidates(const QString &cell, const SkillNeeds &needs,
                                            const std::vector<DispatchCandidate> &candidates,
                                            const TravelTime &travelTime, const RankingWeights &weights)
{
    std::vector<RankedCandidate> ranked;
    ranked.reserve(candidates.size());
    for (const DispatchCandidate &c : candidates) {
        RankedCandidate r;
        r.candidate = c;
        double travel = -1;
        if (!c.fromCell.isEmpty() && travelTime)
            travel = c.fromCell == cell ? 0.0 : travelTime(c.fromCell, cell);
        const bool known = travel >= 0 && std::isfinite(travel);
        r.travelMinutes = known ? travel : weights.unknownTravelMinutes;
        r.cost = r.travelMinutes + weights.minutesPerOpenIncident * c.openIncidents;
        QStringList missing;
        if (c.certified < needs.certified)
            missing << Tr::tr("%1 of %2 certified officers").arg(c.certified).arg(needs.certified);
        if (needs.legalOfficer && !c.legalOfficer)
            missing << Tr::tr("no legal officer");
        if (needs.driver && !c.driver)
            missing << Tr::tr("no driver");
        r.skillsMet = missing.isEmpty();

        r.reasons << (c.responsible ? Tr::tr("responsible for this cell's sector") : Tr::tr("not responsible for this cell"));
        if (!r.skillsMet)
            r.reasons << Tr::tr("lacks: %1").arg(missing.join(Tr::tr(", ")));
        else if (needs.legalOfficer)
            r.reasons << Tr::tr("has the legal officer this category needs");
        r.reasons << (known ? Tr::tr("about %1 min away").arg(std::lround(travel)) : Tr::tr("position unknown (counted as %1 min)").arg(std::lround(weights.unknownTravelMinutes)));
        r.reasons << (c.openIncidents == 0 ? Tr::tr("no open incidents") : Tr::tr("%n open incident(s)", nullptr, c.openIncidents));
        ranked.push_back(std::move(r));
    }
    std::stable_sort(ranked.begin(), ranked.end(), [](const RankedCandidate &a, const RankedCandidate &b) {
        if (a.candidate.responsible != b.candidate.responsible)
            return a.candidate.responsible;
        if (a.skillsMet != b.skillsMet)
            return a.skillsMet;
        if (a.cost != b.cost)
            return a.cost < b.cost;
        return a.candidate.name < b.candidate.name;
    });
    return ranked;
}

} // namespace dd::grid
