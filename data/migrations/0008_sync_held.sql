-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 8: a pulled row this console cannot store is held here instead of stalling the sync
-- (docs/SYNC.md, "A row this console cannot store"). Before, one such row (a CHECK this schema has
-- but a newer console's has not, the append-only trigger of incident_events, a missing NOT NULL
-- value) failed its whole page, the cursor stayed, and every later sync failed at the same row.
--
-- Local bookkeeping: never synced, never captured by the outbox triggers (it is not in sync_tables).
-- One row per (tbl, row_id): only the newest version the server sent is kept. Every pull first tries
-- the held rows again in seq order and removes those that store; a newer version pulled and stored
-- supersedes (removes) the held one.
CREATE TABLE sync_held (
    tbl        TEXT NOT NULL,                -- the synced table, e.g. incidents
    row_id     TEXT NOT NULL,
    seq        INTEGER NOT NULL,             -- the server's sequence number of this version
    row_json   TEXT NOT NULL,                -- {"deleted": false, "data": {column: value, …}} as pulled
    message    TEXT NOT NULL,                -- SQLite's message from the last attempt
    first_seen TEXT NOT NULL,                -- UTC, when this row was first held (kept when a newer version replaces it)
    last_tried TEXT NOT NULL,                -- UTC
    attempts   INTEGER NOT NULL DEFAULT 1 CHECK (attempts >= 1),
    PRIMARY KEY (tbl, row_id)
);
CREATE INDEX sync_held_seq ON sync_held (seq);
