-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 5: what the grid map, layer import and travel times need (docs/SCHEMA.md, "Grid layers").
--
-- grid_cells.kind: how fast one gets through a cell (grid/travelgraph.h: walking/driving speeds by kind).
--   urban (streets 街道, dense), suburban (towns' built-up land), rural (villages 村).
-- grid_layers.active: the layer the map, point-to-cell and travel times use. An imported official layer
--   becomes the active one and the schematic layer stays stored (posts and incidents may point at its
--   cells) but inactive. Exactly one active layer is kept by the importer, not by a constraint.
-- grid_layers.valid_only: 1 when the user chose to import only the valid features of a file with faults
--   (the skipped features are listed in the audit log entry layer.import).

ALTER TABLE grid_cells ADD COLUMN kind TEXT NOT NULL DEFAULT 'suburban' CHECK (kind IN ('urban', 'suburban', 'rural'));
ALTER TABLE grid_layers ADD COLUMN active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1));
ALTER TABLE grid_layers ADD COLUMN valid_only INTEGER NOT NULL DEFAULT 0 CHECK (valid_only IN (0, 1));
ALTER TABLE grid_layers ADD COLUMN imported_at TEXT;

-- Existing schematic cells: streets (town codes 0xx) urban, villages (community codes 2xx) rural.
-- Derived from codes every console holds, so every console computes the same: not a change to sync
-- (applying = 1 makes the capture triggers of migration 4 record nothing).
UPDATE sync_clock SET applying = 1;
UPDATE grid_cells SET kind = CASE
    WHEN substr((SELECT code FROM towns WHERE towns.id = grid_cells.town_id), 7, 1) = '0' THEN 'urban'
    WHEN substr(coalesce((SELECT code FROM communities WHERE communities.id = grid_cells.community_id), ''), 10, 1) = '2' THEN 'rural'
    ELSE 'suburban' END;
UPDATE sync_clock SET applying = 0;

CREATE INDEX grid_cells_layer ON grid_cells(layer_id);
CREATE INDEX incidents_by_cell ON incidents(cell_id);
