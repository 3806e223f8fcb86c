-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 4: nightly sync with the district server (docs/SYNC.md).
--
-- Every change to a syncable row is captured, in the same transaction, by triggers that
-- dd::data::sync::ChangeCapture generates at every open from the list in sync_tables and the tables'
-- own columns (so a column added by a later migration is captured without touching this file).
-- A later table joins the sync by inserting its row here, in its own migration:
--     INSERT INTO sync_tables (name, direction, owner_column) VALUES ('my_table', 'up', 'squad_id');
-- and by adding the same row to data/server's dd_sync_tables (a server migration).

-- Which tables travel, and which way: down = the district writes, squads read; up = the squad writes
-- its own rows; both = the district creates, the owning squad updates. owner_column names the squad.
CREATE TABLE sync_tables (
    name         TEXT PRIMARY KEY,
    direction    TEXT NOT NULL CHECK (direction IN ('down', 'up', 'both')),
    owner_column TEXT
);
INSERT INTO sync_tables (name, direction, owner_column) VALUES
    ('district', 'down', NULL), ('towns', 'down', NULL), ('communities', 'down', NULL),
    ('squads', 'down', NULL), ('grid_layers', 'down', NULL), ('grid_areas', 'down', NULL),
    ('grid_cells', 'down', NULL), ('officers', 'down', NULL), ('shift_types', 'down', NULL),
    ('incident_categories', 'down', NULL), ('calendar_days', 'down', NULL),
    ('incidents', 'both', 'squad_id'), ('incident_events', 'both', NULL),
    ('posts', 'up', 'squad_id'), ('post_cells', 'up', NULL),
    ('rosters', 'up', 'squad_id'), ('roster_assignments', 'up', NULL),
    ('leave_requests', 'up', NULL), ('shift_requests', 'up', NULL),
    ('duty_logs', 'up', 'squad_id'), ('audit_log', 'up', NULL);

-- The console's hybrid logical clock: milliseconds since 1970 times 1000 plus a counter, never going
-- back; raised to the server's clock after each pull. applying = 1 while pulled rows are stored (the
-- triggers then capture nothing: those rows came from the server).
CREATE TABLE sync_clock (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    hlc      INTEGER NOT NULL,
    applying INTEGER NOT NULL DEFAULT 0 CHECK (applying IN (0, 1))
);
INSERT INTO sync_clock (id, hlc, applying) VALUES (1, 0, 0);

-- Changes not yet acknowledged by the server, oldest first. fields: the new values of the columns
-- the change set (all of them for an insert); old: their values before (updates), so the server can
-- tell a concurrent edit from a sequential one. op 'delete' is a tombstone. A change the server
-- refused stays here with state 'refused' and the server's message (shown in the sync log).
CREATE TABLE sync_outbox (
    seq       INTEGER PRIMARY KEY AUTOINCREMENT,
    change_id TEXT NOT NULL UNIQUE,
    tbl       TEXT NOT NULL,
    row_id    TEXT NOT NULL,
    op        TEXT NOT NULL CHECK (op IN ('upsert', 'delete')),
    hlc       INTEGER NOT NULL,
    fields    TEXT,
    old       TEXT,
    state     TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'refused')),
    message   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sync_outbox_row ON sync_outbox (tbl, row_id) WHERE state = 'pending';

-- Where pulling resumes (the server's sequence number) and the last results; one row per key.
CREATE TABLE sync_state (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- Values that lost a per-field conflict, found by the server, kept here and shown in the Conflicts view.
CREATE TABLE sync_conflicts (
    id           TEXT PRIMARY KEY,
    table_name   TEXT NOT NULL,
    row_id       TEXT NOT NULL,
    field        TEXT NOT NULL,
    lost_value   TEXT,              -- JSON
    lost_hlc     INTEGER,
    lost_console TEXT NOT NULL DEFAULT '',
    won_value    TEXT,              -- JSON
    won_hlc      INTEGER,
    won_console  TEXT NOT NULL DEFAULT '',
    detected_at  TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'reapplied', 'dismissed'))
);

-- What each sync did, for the Sync page's log.
CREATE TABLE sync_log (
    id      INTEGER PRIMARY KEY AUTOINCREMENT,
    at      TEXT NOT NULL,
    level   TEXT NOT NULL CHECK (level IN ('info', 'warning', 'error')),
    message TEXT NOT NULL
);
