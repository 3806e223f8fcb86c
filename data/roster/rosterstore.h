// SPDX-License-Identifier: GPL-3.0-or-later
// The roster tables without access checks (internal): RosterRepository calls these after
// AccessControl::require and inside its own transaction; the demo generator calls them inside the demo's
// one transaction. Nothing here opens a transaction. Everything else must go through RosterRepository.
#pragma once

#include "data/result.h"
#include "data/roster/rosterplanner.h"
#include "data/roster/rostertypes.h"

#include <optional>

namespace dd::data {

class Database;

namespace rosterstore {

struct SquadRef
{
    QString id;
    QString code;
    QString name;
    QString districtName;
};
Result<SquadRef> squad(Database &db, const QString &squadCode);
Result<SquadRef> squadById(Database &db, const QString &squadId);

// The cells in force over [from, to] from the published rosters (newest version of each period).
Result<std::vector<Assignment>> effectiveAssignments(Database &db, const QString &squadId, const QDate &from,
                                                     const QDate &to);
Result<std::vector<RosterHeader>> versions(Database &db, const SquadRef &squad, const RosterPeriod &period);
Result<RosterHeader> header(Database &db, const QString &rosterId);
Result<std::vector<Assignment>> assignments(Database &db, const QString &rosterId);
Result<RosterContext> context(Database &db, const QString &squadCode, const RosterPeriod &period,
                              const QDate &frozenBefore = QDate());
Result<std::vector<DemandRow>> demand(Database &db, const SquadRef &squad, const RosterPeriod &period,
                                      const std::vector<RosterPost> &posts, const std::vector<RosterShift> &shifts,
                                      const std::vector<DayKind> &dayKinds);
Result<std::vector<RosterPost>> posts(Database &db, const QString &squadId, const RosterPeriod &period);
Result<std::vector<RosterShift>> shifts(Database &db);
Result<std::vector<DemandTemplateRow>> templates(Database &db, const QString &squadId);
// The template used while a squad has none stored (RosterRepository::defaultTemplate documents it).
std::vector<DemandTemplateRow> defaultTemplate(const std::vector<RosterPost> &posts,
                                               const std::vector<RosterShift> &shifts, int officerCount);

// Creates or replaces the draft of the period (version = newest + 1); stamps `now`.
Result<QString> writeDraft(Database &db, const SquadRef &squad, const RosterPeriod &period,
                           const std::vector<Assignment> &assignments, const QString &note, const QString &now,
                           const QString &idPrefix = QString(), const QString &writer = QString());
// `writer` is the last_writer stamped (empty: this console, Database::consoleId()).
// Ids: random (Database::newId) without a prefix; with one, UUIDv5 of prefix + the row's natural key
// (the demo's deterministic ids).
QString makeId(const QString &idPrefix, const QString &key);
// Freezes a draft: status published, published_at = at, published_by = userId (may be empty).
Status publish(Database &db, const QString &rosterId, const QString &userId, const QDateTime &at, const QString &now,
               const QString &writer = QString());
Status writeTemplates(Database &db, const QString &squadId, const std::vector<DemandTemplateRow> &rows,
                      const QString &now, const QString &idPrefix = QString(), const QString &writer = QString());
Result<QString> writeOverlay(Database &db, const QString &squadId, const EventOverlay &overlay, const QString &now,
                             const QString &idPrefix = QString(), const QString &writer = QString());
Result<QString> writeLeave(Database &db, const LeaveEntry &entry, const QString &now, const QString &id = QString(),
                           const QString &writer = QString());
Result<QString> writeRequest(Database &db, const ShiftRequestEntry &entry, const QString &now,
                             const QString &id = QString(), const QString &writer = QString());

} // namespace rosterstore
} // namespace dd::data
