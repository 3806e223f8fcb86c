-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 7: the roster-planning tables of version 6 travel to the district like the rosters they
-- produce (sync was written before they existed; docs/SYNC.md "A new table joins sync"). The same
-- rows are added to the server's dd_sync_tables by data/server/0002_roster_planning.sql.
INSERT INTO sync_tables (name, direction, owner_column) VALUES
    ('demand_templates', 'up', 'squad_id'), ('event_overlays', 'up', 'squad_id'),
    ('event_overlay_rows', 'up', NULL), ('demand_days', 'up', 'squad_id'),
    ('roster_replan_flags', 'up', NULL);
