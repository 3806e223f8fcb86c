// SPDX-License-Identifier: GPL-3.0-or-later
// Value types of the roster engine (issue 4). Plain data, copyable across threads: the Roster page, the
// planner (on a worker thread), the printouts and the command line all exchange these.
#pragma once

#include "data/result.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <vector>

namespace dd::data {

// A planning period: a week (Monday..Sunday, "2026-W49", ISO 8601 week numbering) or a calendar month
// ("2026-12"); also "2026-12-01..2026-12-14" for any range of days. Dates are inclusive.
struct RosterPeriod
{
    QDate start;
    QDate end;

    static Result<RosterPeriod> parse(const QString &text);
    static RosterPeriod isoWeek(const QDate &anyDayOfTheWeek);
    static RosterPeriod month(int year, int month);
    bool isValid() const { return start.isValid() && end.isValid() && end >= start; }
    int days() const { return isValid() ? int(start.daysTo(end)) + 1 : 0; }
    bool contains(const QDate &d) const { return d >= start && d <= end; }
    // "2026-W49" for an ISO week, "2026-12" for a month, "2026-12-01..2026-12-14" otherwise.
    QString key() const;
    friend bool operator==(const RosterPeriod &a, const RosterPeriod &b) { return a.start == b.start && a.end == b.end; }
};

// The four skills of an officer, as stored in officers and demand rows ("certified", "legal_officer",
// "driver", "dispatcher"); the scheduler sees them as bits of a mask.
enum SkillBit : unsigned { SkillCertified = 1u, SkillLegal = 2u, SkillDriver = 4u, SkillDispatcher = 8u };
unsigned skillBit(const QString &skillKey); // 0 for "" or an unknown key
QString skillName(const QString &skillKey);  // translated ("holds a law-enforcement certificate")

struct RosterOfficer
{
    QString id;
    QString badgeNo;
    QString name;
    bool certified = false;
    bool legalOfficer = false;
    bool driver = false;
    bool dispatcher = false;
    int contractMinutesPerWeek = 2400;
    QString phone; // as stored: mask it (personaldata.h) before showing it to someone without ViewPersonalData
    unsigned skills() const;
};

struct RosterShift
{
    QString id;
    QString code; // E, D, M, N, CD, CN
    QString name; // 早班 …
    int startMinute = 0; // local (Asia/Shanghai) minutes after midnight
    int lengthMinutes = 0;
    QString colour; // #rrggbb
    bool desk = false; // command-room desk shift: needs a dispatcher, staffs command_desk posts
    bool night() const { return startMinute + lengthMinutes > 1440 || startMinute >= 20 * 60; }
    QString timeText() const; // "20:00–08:00"
};

struct RosterPost
{
    QString id;
    QString code;
    QString name;
    QString kind; // patrol_sector, command_desk, campaign, event_zone
    QString grade; // event zones: core, key, general
    int minOfficers = 1;
    int minCertified = 0;
    QString requiredSkill; // "", certified, legal_officer, driver, dispatcher
    QDate validFrom; // invalid = open
    QDate validTo;
    bool teams() const { return kind != QLatin1String("command_desk"); } // staffed by patrol teams
    bool validOn(const QDate &d) const
    {
        return (!validFrom.isValid() || d >= validFrom) && (!validTo.isValid() || d <= validTo);
    }
};

// Which template applies to a day: Mon–Fri working days, weekend days, public holidays (a swapped
// working day 调休 on a weekend counts as a weekday).
enum class DayKind { Weekday, Weekend, Holiday };
QString dayKindKey(DayKind kind); // weekday, weekend, holiday
bool dayKindFromKey(const QString &key, DayKind *kind);

// Headcount for one post and shift: `minimum` is needed (a shortfall is marked red), `wanted` is the
// target; `skilled` of them must hold `skill` (e.g. 2 certified for a patrol team, 1 dispatcher at a desk).
struct DemandRow
{
    QDate date; // invalid in template and overlay rows
    QString postId;
    QString shiftTypeId;
    int minimum = 0;
    int wanted = 0;
    QString skill;
    int skilled = 0;
    QString source; // template:weekday|weekend|holiday, overlay:<name>, manual
};

// A template row: what a weekday / weekend / holiday needs of one post and shift.
struct DemandTemplateRow
{
    DayKind dayKind = DayKind::Weekday;
    QString postId;
    QString shiftTypeId;
    int minimum = 0;
    int wanted = 0;
    QString skill;
    int skilled = 0;
};

// A major event (e.g. the CIIE 进博会) over a date range, adding demand rows on top of the templates,
// typically for its graded event-support zones (posts of kind event_zone, grade core / key / general).
struct EventOverlay
{
    QString id; // empty for a new overlay
    QString name;
    QDate start;
    QDate end;
    std::vector<DemandTemplateRow> rows; // dayKind ignored
};

// leave_requests: kinds annual, sick, personal, training, secondment, compensatory, other. Approved
// leave is a hard day off for the planner; requested leave is shown but not planned around.
struct LeaveEntry
{
    QString id; // empty for a new entry
    QString officerId;
    QDate start;
    QDate end;
    QString kind = QStringLiteral("annual");
    QString status = QStringLiteral("approved");
    QString reason;
};

// shift_requests: an officer's wish (day_off, want_shift, avoid_shift); soft for the planner, granted
// ones weigh ten times more.
struct ShiftRequestEntry
{
    QString id;
    QString officerId;
    QDate date;
    QString kind = QStringLiteral("day_off");
    QString shiftTypeId; // empty for day_off
    int weight = 1;
    QString status = QStringLiteral("requested");
    QString note;
};

// One cell of a roster: an officer works a shift on a day at a post (empty for none), in a patrol team
// (label unique within the day, e.g. "D3"; empty for desk shifts). Locked cells survive re-planning.
struct Assignment
{
    QString officerId;
    QDate date;
    QString shiftTypeId;
    QString postId;
    QString team;
    bool locked = false;
    friend bool operator==(const Assignment &a, const Assignment &b)
    {
        return a.officerId == b.officerId && a.date == b.date && a.shiftTypeId == b.shiftTypeId
            && a.postId == b.postId && a.team == b.team && a.locked == b.locked;
    }
};

// One version of a squad's roster for a period.
struct RosterHeader
{
    QString id;
    QString squadId;
    QString squadCode;
    QString squadName;
    RosterPeriod period;
    int version = 0;
    bool published = false;
    QDateTime publishedAt; // UTC
    QString publishedBy; // user id
    QString publishedByName; // display name
    QString note;
};

struct RosterData
{
    RosterHeader header;
    std::vector<Assignment> assignments; // sorted by officer badge order, then date
};

// What differs between two versions for one officer and day.
struct AssignmentChange
{
    enum class Kind { Added, Removed, Changed };
    Kind kind = Kind::Changed;
    QString officerId;
    QDate date;
    Assignment before; // empty officerId when added
    Assignment after; // empty officerId when removed
};
// Differences from `from` to `to`, ordered by date then officer id. Team labels alone do not count
// (they are renumbered per day); a change of shift or post does.
std::vector<AssignmentChange> compareAssignments(const std::vector<Assignment> &from,
                                                 const std::vector<Assignment> &to);

// A published roster that a later leave entry contradicts (table roster_replan_flags): open while the
// flagged version is still the newest published one of its period.
struct ReplanFlag
{
    QString id;
    QString rosterId;
    int rosterVersion = 0;
    RosterPeriod period;
    QString officerId;
    QString officerName;
    QDate start;
    QDate end;
    QString reason;
};

} // namespace dd::data
