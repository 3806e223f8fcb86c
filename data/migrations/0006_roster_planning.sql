-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 6: what planning duty rosters needs beyond the core tables (issue 4, docs/ROSTER.md).
--
-- Demand is per post and shift type: a template per day kind (weekday, weekend, holiday from the
-- working calendar), event overlays adding rows for a date range (graded event-support zones), and
-- manual rows that replace the computed demand of one date. `skilled` of the headcount must hold
-- `skill` (2 certified in a patrol team, 1 dispatcher at the command-room desk).

CREATE TABLE demand_templates (
    id            TEXT PRIMARY KEY,
    squad_id      TEXT NOT NULL REFERENCES squads(id),
    day_kind      TEXT NOT NULL CHECK (day_kind IN ('weekday', 'weekend', 'holiday')),
    post_id       TEXT NOT NULL REFERENCES posts(id),
    shift_type_id TEXT NOT NULL REFERENCES shift_types(id),
    minimum       INTEGER NOT NULL CHECK (minimum >= 0),
    wanted        INTEGER NOT NULL CHECK (wanted >= minimum),
    skill         TEXT NOT NULL DEFAULT '' CHECK (skill IN ('', 'certified', 'legal_officer', 'driver', 'dispatcher')),
    skilled       INTEGER NOT NULL DEFAULT 0 CHECK (skilled >= 0 AND skilled <= wanted),
    updated_at    TEXT NOT NULL,
    last_writer   TEXT NOT NULL,
    UNIQUE (squad_id, day_kind, post_id, shift_type_id)
);

CREATE TABLE event_overlays (
    id          TEXT PRIMARY KEY,
    squad_id    TEXT NOT NULL REFERENCES squads(id),
    name        TEXT NOT NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX event_overlays_squad ON event_overlays(squad_id, start_date);

CREATE TABLE event_overlay_rows (
    id            TEXT PRIMARY KEY,
    overlay_id    TEXT NOT NULL REFERENCES event_overlays(id) ON DELETE CASCADE,
    post_id       TEXT NOT NULL REFERENCES posts(id),
    shift_type_id TEXT NOT NULL REFERENCES shift_types(id),
    minimum       INTEGER NOT NULL CHECK (minimum >= 0),
    wanted        INTEGER NOT NULL CHECK (wanted >= minimum),
    skill         TEXT NOT NULL DEFAULT '' CHECK (skill IN ('', 'certified', 'legal_officer', 'driver', 'dispatcher')),
    skilled       INTEGER NOT NULL DEFAULT 0 CHECK (skilled >= 0 AND skilled <= wanted),
    updated_at    TEXT NOT NULL,
    last_writer   TEXT NOT NULL,
    UNIQUE (overlay_id, post_id, shift_type_id)
);

-- Manual demand of one date: when a squad has any row for a date, those rows are that date's demand.
CREATE TABLE demand_days (
    id            TEXT PRIMARY KEY,
    squad_id      TEXT NOT NULL REFERENCES squads(id),
    date          TEXT NOT NULL,
    post_id       TEXT NOT NULL REFERENCES posts(id),
    shift_type_id TEXT NOT NULL REFERENCES shift_types(id),
    minimum       INTEGER NOT NULL CHECK (minimum >= 0),
    wanted        INTEGER NOT NULL CHECK (wanted >= minimum),
    skill         TEXT NOT NULL DEFAULT '' CHECK (skill IN ('', 'certified', 'legal_officer', 'driver', 'dispatcher')),
    skilled       INTEGER NOT NULL DEFAULT 0 CHECK (skilled >= 0 AND skilled <= wanted),
    updated_at    TEXT NOT NULL,
    last_writer   TEXT NOT NULL,
    UNIQUE (squad_id, date, post_id, shift_type_id)
);

-- Leave kinds gain 'secondment' (借调); SQLite cannot alter a CHECK, so the table is rebuilt (nothing
-- references it).
CREATE TABLE leave_requests_v4 (
    id          TEXT PRIMARY KEY,
    officer_id  TEXT NOT NULL REFERENCES officers(id),
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,                 -- inclusive
    kind        TEXT NOT NULL CHECK (kind IN ('annual', 'sick', 'personal', 'training', 'secondment', 'compensatory', 'other')),
    status      TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'rejected', 'cancelled')),
    reason      TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL,
    CHECK (end_date >= start_date)
);
INSERT INTO leave_requests_v4 SELECT id, officer_id, start_date, end_date, kind, status, reason, updated_at, last_writer
    FROM leave_requests;
DROP TABLE leave_requests;
ALTER TABLE leave_requests_v4 RENAME TO leave_requests;
CREATE INDEX leave_requests_officer ON leave_requests(officer_id, start_date);

-- A published roster version that a later leave entry contradicts: the officer works on a leave day.
-- Open while the flagged version is still the newest published one of its squad and period.
CREATE TABLE roster_replan_flags (
    id          TEXT PRIMARY KEY,
    roster_id   TEXT NOT NULL REFERENCES rosters(id),
    officer_id  TEXT NOT NULL REFERENCES officers(id),
    leave_id    TEXT REFERENCES leave_requests(id) ON DELETE SET NULL,
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,
    reason      TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL
);
CREATE INDEX roster_replan_flags_roster ON roster_replan_flags(roster_id);

CREATE INDEX rosters_squad_period ON rosters(squad_id, period_start, period_end, version);
CREATE INDEX roster_assignments_roster ON roster_assignments(roster_id, date);
