// SPDX-License-Identifier: GPL-3.0-or-later
// The store side of rosters (issue 4): versions, drafts, publication, demand (templates, event overlays,
// manual rows), leave and shift requests, re-planning flags, and the RosterContext the planner needs.
//
// Access: every read calls AccessControl::require(session, ViewRoster, squad), every write EditRoster,
// publish PublishRoster, before touching the store (refusals are audited and returned as errors).
// Every write is one transaction: nothing is half-written when it fails.
//
// Versions: a squad's period has versions 1, 2, …; at most one of them is a draft (the highest).
// saveDraft() creates the draft (version = newest + 1) or replaces its cells; publish() freezes it
// (triggers refuse any later change); a change after publication is a new draft, then a new version.
#pragma once

#include "data/result.h"
#include "data/roster/rosterplanner.h"
#include "data/roster/rostertypes.h"

#include <optional>

namespace dd::data {

class Clock;
class Database;
class Session;

struct PublishOptions
{
    bool overrideHardViolations = false; // the leader confirmed publishing a roster with hard violations
    QString note;
};

struct LeaveOutcome
{
    QString leaveId;
    std::vector<ReplanFlag> flags; // published rosters the leave contradicts (now needing re-planning)
};

class RosterRepository
{
public:
    RosterRepository(Database &db, const Clock &clock);

    // ---- reads (ViewRoster on the squad)
    // Squad codes the session may view rosters of, with names (for the squad picker).
    Result<std::vector<std::pair<QString, QString>>> squads(const Session &session) const;
    // Every version of the period, oldest first.
    Result<std::vector<RosterHeader>> versions(const Session &session, const QString &squadCode,
                                               const RosterPeriod &period) const;
    Result<RosterData> load(const Session &session, const QString &rosterId) const;
    // The draft of the period, if any.
    Result<std::optional<RosterData>> draft(const Session &session, const QString &squadCode,
                                            const RosterPeriod &period) const;
    // The newest published version of the period, if any.
    Result<std::optional<RosterData>> latestPublished(const Session &session, const QString &squadCode,
                                                      const RosterPeriod &period) const;
    // Everything the planner, the checks, the page and the printouts need. Locks come from the draft;
    // `frozenBefore` (e.g. today) keeps the published cells of earlier days when re-planning.
    Result<RosterContext> context(const Session &session, const QString &squadCode, const RosterPeriod &period,
                                  const QDate &frozenBefore = QDate()) const;
    // Demand rows of the period as planned: manual rows of a date replace the computed ones of that date;
    // otherwise the template of the day kind (from the working calendar) plus overlays covering the date.
    // Without any template stored for the squad, the default template (defaultTemplate()) applies.
    Result<std::vector<DemandRow>> demand(const Session &session, const QString &squadCode,
                                          const RosterPeriod &period) const;
    Result<std::vector<DemandTemplateRow>> templates(const Session &session, const QString &squadCode) const;
    Result<std::vector<EventOverlay>> overlays(const Session &session, const QString &squadCode) const;
    Result<std::vector<LeaveEntry>> leave(const Session &session, const QString &squadCode,
                                          const RosterPeriod &period) const;
    Result<std::vector<ShiftRequestEntry>> requests(const Session &session, const QString &squadCode,
                                                    const RosterPeriod &period) const;
    // Open re-planning flags of the squad's published rosters overlapping the period.
    Result<std::vector<ReplanFlag>> replanFlags(const Session &session, const QString &squadCode,
                                                const RosterPeriod &period) const;
    // The changes from version `from` to version `to` (roster ids of the same squad).
    Result<std::vector<AssignmentChange>> compare(const Session &session, const QString &fromRosterId,
                                                  const QString &toRosterId) const;
    // Hard violations of a stored version against today's rules (publish asks for confirmation when > 0).
    Result<RosterCheck> check(const Session &session, const QString &rosterId) const;

    // ---- writes (EditRoster)
    // Creates or replaces the period's draft with these cells; returns the draft's id.
    Result<QString> saveDraft(const Session &session, const QString &squadCode, const RosterPeriod &period,
                              const std::vector<Assignment> &assignments, const QString &note = QString());
    Status discardDraft(const Session &session, const QString &squadCode, const RosterPeriod &period);
    Status setTemplates(const Session &session, const QString &squadCode, const std::vector<DemandTemplateRow> &rows);
    Result<QString> saveOverlay(const Session &session, const QString &squadCode, const EventOverlay &overlay);
    Status removeOverlay(const Session &session, const QString &squadCode, const QString &overlayId);
    // Replaces the manual demand of these dates (rows' dates) — an empty row list for a date clears it.
    Status setManualDemand(const Session &session, const QString &squadCode, const std::vector<QDate> &dates,
                           const std::vector<DemandRow> &rows);
    // Stores leave; flags every newest published roster of the officer's squad in which the officer works
    // on a leave day (accepted, marked as needing re-planning; returned).
    Result<LeaveOutcome> addLeave(const Session &session, const LeaveEntry &entry);
    Status removeLeave(const Session &session, const QString &leaveId);
    Result<QString> addRequest(const Session &session, const ShiftRequestEntry &entry);
    Status removeRequest(const Session &session, const QString &requestId);

    // ---- publish (PublishRoster)
    // Freezes the draft as a version with time and publisher. With hard violations it is refused unless
    // options.overrideHardViolations; an override is recorded in the audit log (roster.publish with
    // "override": true and the count). Audit: roster.publish, entity rosters, detail {squad, period,
    // version, hard_violations, override, changes}.
    Result<RosterHeader> publish(const Session &session, const QString &rosterId, const PublishOptions &options = {});

    // The default template of a squad, used while it has none stored: every command-room desk shift
    // 1 dispatcher every day; then teams of 2 certified officers, about 62 % of what the squad's officers
    // can work a day (weekends and holidays 80 % of that): one campaign team each on weekdays, the rest
    // handed out over the patrol sectors in the shift order D, E, M, N, D, E, M, D (a D team wants a
    // third officer). Event-support zones get demand only from overlays.
    static std::vector<DemandTemplateRow> defaultTemplate(const std::vector<RosterPost> &posts,
                                                          const std::vector<RosterShift> &shifts, int officerCount);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dd::data
