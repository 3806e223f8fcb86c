// SPDX-License-Identifier: GPL-3.0-or-later
// The planning service of the Roster page (issue 4): turns a squad's period (officers, posts, shifts,
// demand, leave, requests, locks, history, the published version) into a scheduling::Problem, runs the
// solver, and turns its roster back into assignments with posts and patrol teams.
//
// Threading contract (QObject-free; the UI owns the QThread / QtConcurrent side):
// - Build the RosterContext on the thread that owns the Database (RosterRepository::context()); it is a
//   plain value and may be moved to a worker thread.
// - RosterPlanner::plan() blocks: call it on one worker thread. cancel() and bestSoFar() may be called
//   from any thread while it runs; cancel() makes plan() return the best roster so far (result.cancelled).
// - The progress callback runs on the solver's thread (serialised, at most every progressInterval s and
//   on each improvement): post it to the GUI thread (QMetaObject::invokeMethod / queued signal).
// - checkRoster(), checkDemand() are pure functions of their arguments: safe on any thread; fast enough
//   to run after every hand edit (a 40 x 31 roster: about a millisecond).
#pragma once

#include "data/roster/rostertypes.h"
#include "scheduling/evaluation.h"
#include "scheduling/problem.h"

#include <QHash>
#include <functional>
#include <memory>

namespace dd::data {

// What the previous periods left behind, per officer (from the published rosters before the period).
struct OfficerHistory
{
    bool known = false; // false: no published roster covers the days before the period
    QString lastShiftTypeId; // shift on the day before the period; empty = off
    int consecutiveWorked = 0; // worked days ending the day before the period
    int consecutiveOff = 0;
    int nightsWorked = 0; // over the 8 weeks before the period (fairness)
    int weekendsWorked = 0;
    int holidaysWorked = 0;
};

// Everything needed to plan, check, show and print one squad's period. Made by
// RosterRepository::context(); tests may fill it by hand.
struct RosterContext
{
    QString districtName;
    QString squadId;
    QString squadCode;
    QString squadName;
    RosterPeriod period;
    std::vector<QDate> dates; // period.start .. period.end
    std::vector<DayKind> dayKinds; // per date
    std::vector<QString> holidayNames; // per date ("" unless a holiday)
    std::vector<RosterOfficer> officers; // active officers of the squad, by badge number
    std::vector<RosterShift> shifts; // active shift types
    std::vector<RosterPost> posts; // active posts of the squad
    std::vector<DemandRow> demand; // resolved per date (templates + overlays, or manual rows)
    std::vector<LeaveEntry> leave; // overlapping the period
    std::vector<ShiftRequestEntry> requests; // in the period
    std::vector<OfficerHistory> history; // per officer, same order as officers
    // Re-planning: the newest published version of this period (empty when none), its cells are the
    // reference for "as few changes as possible"; cells before frozenBefore (worked days) are kept as
    // they are; `locked` cells (pinned by the leader, from the draft) are kept too.
    int publishedVersion = 0;
    std::vector<Assignment> published;
    QDate frozenBefore; // invalid = nothing frozen
    std::vector<Assignment> locked;

    int officerIndex(const QString &officerId) const;
    int shiftIndex(const QString &shiftTypeId) const;
    int postIndex(const QString &postId) const;
    int dayIndex(const QDate &date) const; // -1 outside the period
    const RosterShift *shift(const QString &shiftTypeId) const;
    const RosterPost *post(const QString &postId) const;
    const RosterOfficer *officer(const QString &officerId) const;
    bool onLeave(const QString &officerId, const QDate &date) const; // approved leave
};

// A broken rule in words, for the violations panel and the command line.
struct RosterViolation
{
    QString rule; // stable key: a scheduling rule name ("max-consecutive-shifts") or post-cover,
                  // post-skill, patrol-team, post-shift
    bool hard = false;
    QString officerId; // empty when about a day/post rather than an officer
    QDate date; // invalid when about the whole period
    QString shiftTypeId;
    QString postId;
    int amount = 0;
    long long cost = 0;
    QString text; // translated sentence naming the officer, day, post and rule
};

// Needed vs planned for one post, shift and day (the coverage band).
struct CoverageCell
{
    QDate date;
    QString postId;
    QString shiftTypeId;
    int minimum = 0;
    int wanted = 0;
    int planned = 0;
    QString skill;
    int skilled = 0; // needed holders of skill
    int skilledPlanned = 0;
    bool shortfall() const { return planned < minimum || skilledPlanned < skilled; }
};

struct RosterCheck
{
    int hardViolations = 0;
    long long objective = 0; // the scheduler's objective plus post-level costs
    std::vector<RosterViolation> violations; // hard ones first, then by date
    std::vector<CoverageCell> coverage; // one per demand row, by date, post, shift
    bool feasible() const { return hardViolations == 0; }
};

// Evaluates a roster against every rule (the scheduler's evaluator plus the post-level rules: cover per
// post, skills per post, patrol teams of two certified). Cells of officers or shifts unknown to the
// context are reported as hard violations (post-shift), never dropped.
RosterCheck checkRoster(const RosterContext &context, const std::vector<Assignment> &assignments);

// Demand that cannot be met whoever is planned, found before planning: per date, post, shift and skill,
// more headcount than officers holding the skill and not on leave; per date, more officers needed than
// available. Each names the post, the day and the skill.
struct DemandProblem
{
    QDate date;
    QString postId; // empty for a whole-day problem
    QString shiftTypeId;
    QString skill;
    int needed = 0;
    int available = 0;
    QString text; // translated
};
std::vector<DemandProblem> checkDemand(const RosterContext &context);

struct PlanOptions
{
    double timeLimitSeconds = 10.0;
    long long maxIterations = -1; // set for reproducible runs (the demo); -1 = until the time limit
    quint64 seed = 1;
    int threads = 1;
    double progressIntervalSeconds = 0.25;
    int stabilityWeight = 30; // per cell differing from the published version (re-planning)
};

struct PlanProgress
{
    double elapsedSeconds = 0;
    long long iterations = 0;
    long long bestObjective = -1; // -1 until a roster exists
    int bestHardViolations = 0;
};

struct PlanResult
{
    std::vector<Assignment> assignments; // with posts and teams; locked cells keep their flag
    RosterCheck check;
    std::vector<AssignmentChange> changes; // against context.published (empty when nothing published)
    std::vector<DemandProblem> demandProblems; // as checkDemand()
    bool cancelled = false;
    double elapsedSeconds = 0;
    long long iterations = 0;
};

class RosterPlanner
{
public:
    explicit RosterPlanner(RosterContext context);
    ~RosterPlanner();
    RosterPlanner(const RosterPlanner &) = delete;
    RosterPlanner &operator=(const RosterPlanner &) = delete;

    // Blocks until the time or iteration limit, or cancel(). Call once per planner.
    PlanResult plan(const PlanOptions &options, const std::function<void(const PlanProgress &)> &progress = {});
    void cancel(); // any thread
    // The best roster found so far with posts and teams (empty before the first one); any thread.
    std::vector<Assignment> bestSoFar() const;

    const RosterContext &context() const;
    // The problem handed to the solver (for tests and the benchmark).
    const scheduling::Problem &problem() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

// The mapping used by the planner, public for tests and the benchmark.
scheduling::Problem buildProblem(const RosterContext &context, int stabilityWeight = 30);
scheduling::Roster toMatrix(const RosterContext &context, const std::vector<Assignment> &assignments);
// Gives every worked cell of `matrix` a post and, on team posts, a patrol team: demand per post in
// priority order (event zones core > key > general, desks, patrol sectors, campaigns), skills first,
// keeping the post of `keep` (locked or published cells) where the shift is unchanged.
std::vector<Assignment> assignPosts(const RosterContext &context, const scheduling::Roster &matrix,
                                    const std::vector<Assignment> &keep = {});

} // namespace dd::data
