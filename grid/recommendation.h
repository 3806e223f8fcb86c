// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <vector>

namespace dd::grid {

// An officer or a patrol team on duty who could take an incident.
struct DispatchCandidate
{
    QString id; // officer id, or "team:<squad>:<label>" for a team
    QString name; // officer name, or the team label with its members
    QStringList officerIds; // one for an officer, the members for a team
    QString squadId;
    bool responsible = false; // on a post whose sector includes the incident's cell
    QString fromCell; // where they are: last known position, else their sector's middle; empty: unknown
    int openIncidents = 0; // assigned and not yet handled
    int certified = 0; // members holding a law-enforcement certificate (执法证)
    bool legalOfficer = false; // a legal officer (法制员) among them
    bool driver = false;
};

// What the incident's category needs (docs/WORKFLOW.md).
struct SkillNeeds
{
    int certified = 2; // enforcement needs two certified officers
    bool legalOfficer = false; // a case that may become a penalty case
    bool driver = false;
};

struct RankingWeights
{
    double minutesPerOpenIncident = 20; // open workload, counted as if it were travel time
    double unknownTravelMinutes = 60; // when the candidate's position is unknown or unreachable
};

struct RankedCandidate
{
    DispatchCandidate candidate;
    double travelMinutes = 0;
    double cost = 0; // travel + workload, in minutes
    bool skillsMet = true;
    QStringList reasons; // why it is ranked there (translated), most important first
};

// Travel time in minutes between two cells (by code or id, as the caller's cells are named);
// negative or infinite when there is no way.
using TravelTime = std::function<double(const QString &fromCell, const QString &toCell)>;

// Ranks the candidates for an incident in `cell`: those responsible for the cell's sector first,
// then those with the skills the category needs, then by travel time plus open workload
// (RankingWeights), then by name. Pure: no store, no clock; O(n log n) plus one travel-time call
// per candidate.
std::vector<RankedCandidate> rankCandidates(const QString &cell, const SkillNeeds &needs,
                                            const std::vector<DispatchCandidate> &candidates,
                                            const TravelTime &travelTime, const RankingWeights &weights = {});

} // namespace dd::grid
