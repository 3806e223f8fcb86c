-- SPDX-License-Identifier: GPL-3.0-or-later
-- The roster-planning tables (console schema version 6) travel up from the squads, owned by the
-- pushing squad, like rosters and roster_assignments (console migration 0007_sync_roster_planning.sql).
INSERT INTO dd_sync_tables (name, direction, owner_column) VALUES
    ('demand_templates', 'up', 'squad_id'), ('event_overlays', 'up', 'squad_id'),
    ('event_overlay_rows', 'up', NULL), ('demand_days', 'up', 'squad_id'),
    ('roster_replan_flags', 'up', NULL);
-- A console below schema 7 has none of these tables and could not store them when its squad's
-- other consoles push them: it is told to update instead of stalling on a pull it cannot store.
UPDATE dd_server_info SET value = '7' WHERE key = 'min_schema';
