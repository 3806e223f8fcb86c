-- DutyDesk schema version 1: the core of the domain (docs/SCHEMA.md explains every table).
-- Applied by dd::data::Database inside one transaction; recorded in schema_version by the caller.
--
-- Conventions
-- * Syncable tables: id TEXT PRIMARY KEY (a UUID, lower case, no braces), updated_at TEXT (UTC,
--   ISO-8601 "YYYY-MM-DDTHH:MM:SS.sssZ"), last_writer TEXT (the console id of the last writer).
--   Foreign keys between syncable tables point at id, so a row keeps its identity everywhere.
-- * Dates are TEXT "YYYY-MM-DD" in local (Asia/Shanghai) civil time; instants are UTC text.
-- * Minutes are integers: start_minute counts from local midnight.
-- * Booleans are INTEGER 0/1 with a CHECK.

-- The bookkeeping tables meta (console id, creation) and schema_version are created by the store
-- itself before the first migration, so they exist whatever the migration list.

-- ------------------------------------------------------------------ organisation and geography
CREATE TABLE district (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE CHECK (length(code) = 6 AND code NOT GLOB '*[^0-9]*'),
    name        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL
);

CREATE TABLE towns (
    id          TEXT PRIMARY KEY,
    district_id TEXT NOT NULL REFERENCES district(id),
    code        TEXT NOT NULL UNIQUE CHECK (length(code) = 9 AND code NOT GLOB '*[^0-9]*'),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT '',   -- 镇 / 街道 / special statistical area
    seat_lon    REAL,                       -- approximate seat, in the crs of the district's layers
    seat_lat    REAL,
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL
);
CREATE INDEX towns_district ON towns(district_id);

CREATE TABLE communities (
    id          TEXT PRIMARY KEY,
    town_id     TEXT NOT NULL REFERENCES towns(id),
    code        TEXT NOT NULL UNIQUE CHECK (length(code) = 12 AND code NOT GLOB '*[^0-9]*'),
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL DEFAULT '' CHECK (kind IN ('', 'residents', 'villagers')),
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL
);
CREATE INDEX communities_town ON communities(town_id);

CREATE TABLE squads (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('town', 'bureau')),
    town_id     TEXT REFERENCES towns(id),  -- NULL for the bureau's own squads
    phone       TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL,
    CHECK ((kind = 'town') = (town_id IS NOT NULL))
);
CREATE INDEX squads_town ON squads(town_id);

-- A layer is one consistent set of geometry in one coordinate reference; two crs never mix.
CREATE TABLE grid_layers (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL UNIQUE,
    crs         TEXT NOT NULL,              -- e.g. GCJ-02, WGS84, CGCS2000
    schematic   INTEGER NOT NULL DEFAULT 0 CHECK (schematic IN (0, 1)),  -- 1 = generated (示意)
    source      TEXT NOT NULL DEFAULT '',
    code_rule   TEXT NOT NULL DEFAULT '^[0-9]{15}$',  -- validation rule for cell codes (regex)
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL
);

-- Boundaries drawn with a layer: the district outline, towns and communities.
CREATE TABLE grid_areas (
    id          TEXT PRIMARY KEY,
    layer_id    TEXT NOT NULL REFERENCES grid_layers(id),
    level       TEXT NOT NULL CHECK (level IN ('district', 'town', 'community')),
    code        TEXT NOT NULL,              -- district, town or community code
    geometry    TEXT NOT NULL,              -- GeoJSON geometry (MultiPolygon), lon/lat in the layer's crs
    min_x REAL NOT NULL, min_y REAL NOT NULL, max_x REAL NOT NULL, max_y REAL NOT NULL,
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL,
    UNIQUE (layer_id, level, code)
);

CREATE TABLE grid_cells (
    id           TEXT PRIMARY KEY,
    layer_id     TEXT NOT NULL REFERENCES grid_layers(id),
    code         TEXT NOT NULL,             -- text: 15 digits in the standard, 14/16/20 elsewhere
    town_id      TEXT NOT NULL REFERENCES towns(id),
    community_id TEXT REFERENCES communities(id),
    squad_id     TEXT REFERENCES squads(id), -- responsible squad
    geometry     TEXT NOT NULL,             -- GeoJSON geometry, lon/lat in the layer's crs
    min_x REAL NOT NULL, min_y REAL NOT NULL, max_x REAL NOT NULL, max_y REAL NOT NULL,
    centroid_x   REAL NOT NULL,
    centroid_y   REAL NOT NULL,
    updated_at   TEXT NOT NULL,
    last_writer  TEXT NOT NULL,
    UNIQUE (layer_id, code)
);
CREATE INDEX grid_cells_town ON grid_cells(town_id);
CREATE INDEX grid_cells_community ON grid_cells(community_id);
CREATE INDEX grid_cells_squad ON grid_cells(squad_id);

-- Bounding boxes for "which cell contains this point" without scanning 10,000 polygons. The rtree's
-- own integer id is arbitrary: cell_id is the link (an auxiliary column), because grid_cells' rowid may
-- change on VACUUM.
CREATE VIRTUAL TABLE grid_cells_rtree USING rtree(rid, min_x, max_x, min_y, max_y, +cell_id);
CREATE TRIGGER grid_cells_rtree_insert AFTER INSERT ON grid_cells BEGIN
    INSERT INTO grid_cells_rtree (min_x, max_x, min_y, max_y, cell_id)
    VALUES (NEW.min_x, NEW.max_x, NEW.min_y, NEW.max_y, NEW.id);
END;
CREATE TRIGGER grid_cells_rtree_update AFTER UPDATE OF min_x, max_x, min_y, max_y, id ON grid_cells BEGIN
    DELETE FROM grid_cells_rtree WHERE cell_id = OLD.id;
    INSERT INTO grid_cells_rtree (min_x, max_x, min_y, max_y, cell_id)
    VALUES (NEW.min_x, NEW.max_x, NEW.min_y, NEW.max_y, NEW.id);
END;
CREATE TRIGGER grid_cells_rtree_delete AFTER DELETE ON grid_cells BEGIN
    DELETE FROM grid_cells_rtree WHERE cell_id = OLD.id;
END;

-- ------------------------------------------------------------------ people
CREATE TABLE officers (
    id                       TEXT PRIMARY KEY,
    badge_no                 TEXT NOT NULL UNIQUE,
    name                     TEXT NOT NULL,
    squad_id                 TEXT NOT NULL REFERENCES squads(id),
    certified                INTEGER NOT NULL DEFAULT 0 CHECK (certified IN (0, 1)),      -- 执法证
    legal_officer            INTEGER NOT NULL DEFAULT 0 CHECK (legal_officer IN (0, 1)),  -- 法制员
    driver                   INTEGER NOT NULL DEFAULT 0 CHECK (driver IN (0, 1)),
    dispatcher               INTEGER NOT NULL DEFAULT 0 CHECK (dispatcher IN (0, 1)),     -- 调度员
    contract_minutes_per_week INTEGER NOT NULL DEFAULT 2400 CHECK (contract_minutes_per_week BETWEEN 0 AND 10080),
    phone                    TEXT NOT NULL DEFAULT '',
    active                   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at               TEXT NOT NULL,
    last_writer              TEXT NOT NULL
);
CREATE INDEX officers_squad ON officers(squad_id);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    username      TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    officer_id    TEXT REFERENCES officers(id),
    password_hash TEXT,                    -- NULL: no local password (signs in by other means)
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at    TEXT NOT NULL,
    last_writer   TEXT NOT NULL
);

CREATE TABLE roles (
    id          TEXT PRIMARY KEY,
    code        TEXT NOT NULL UNIQUE
                CHECK (code IN ('squad_leader', 'dispatcher', 'officer', 'district_admin', 'supervisor')),
    name        TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL
);

CREATE TABLE user_roles (
    id          TEXT PRIMARY KEY,
    user_id     TEXT NOT NULL REFERENCES users(id),
    role_id     TEXT NOT NULL REFERENCES roles(id),
    squad_id    TEXT REFERENCES squads(id),  -- the squad the role applies to; NULL = district-wide
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL
);
CREATE UNIQUE INDEX user_roles_unique ON user_roles(user_id, role_id, ifnull(squad_id, ''));

-- ------------------------------------------------------------------ duty planning
CREATE TABLE shift_types (
    id               TEXT PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,
    name             TEXT NOT NULL,
    start_minute     INTEGER NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),  -- local time
    length_minutes   INTEGER NOT NULL CHECK (length_minutes BETWEEN 1 AND 1440),
    crosses_midnight INTEGER NOT NULL CHECK (crosses_midnight IN (0, 1)),
    colour           TEXT NOT NULL DEFAULT '#808080' CHECK (colour GLOB '#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]'),
    desk             INTEGER NOT NULL DEFAULT 0 CHECK (desk IN (0, 1)),  -- a command-room desk shift
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at       TEXT NOT NULL,
    last_writer      TEXT NOT NULL,
    -- stored for readers, but never allowed to disagree with start and length
    CHECK (crosses_midnight = (start_minute + length_minutes > 1440))
);

CREATE TABLE posts (
    id            TEXT PRIMARY KEY,
    squad_id      TEXT NOT NULL REFERENCES squads(id),
    code          TEXT NOT NULL UNIQUE,
    name          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('patrol_sector', 'command_desk', 'campaign', 'event_zone')),
    grade         TEXT CHECK (grade IN ('core', 'key', 'general')),  -- event-support zones only
    topic         TEXT NOT NULL DEFAULT '',   -- campaigns: what the campaign is about
    min_officers  INTEGER NOT NULL DEFAULT 1 CHECK (min_officers >= 0),
    min_certified INTEGER NOT NULL DEFAULT 0 CHECK (min_certified >= 0 AND min_certified <= min_officers),
    required_skill TEXT CHECK (required_skill IN ('certified', 'legal_officer', 'driver', 'dispatcher')),
    valid_from    TEXT,                       -- NULL = open-ended
    valid_to      TEXT,
    active        INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at    TEXT NOT NULL,
    last_writer   TEXT NOT NULL,
    CHECK ((kind = 'event_zone') = (grade IS NOT NULL))
);
CREATE INDEX posts_squad ON posts(squad_id);

-- The cells of a patrol sector (or of an event zone). A cell belongs to exactly one active patrol
-- sector per layer (处处不留死角): checked by the store's coverage query, not by a constraint, so a
-- squad leader can redraw sectors inside one transaction.
CREATE TABLE post_cells (
    id          TEXT PRIMARY KEY,
    post_id     TEXT NOT NULL REFERENCES posts(id) ON DELETE CASCADE,
    cell_id     TEXT NOT NULL REFERENCES grid_cells(id),
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL,
    UNIQUE (post_id, cell_id)
);
CREATE INDEX post_cells_cell ON post_cells(cell_id);

CREATE TABLE rosters (
    id           TEXT PRIMARY KEY,
    squad_id     TEXT NOT NULL REFERENCES squads(id),
    period_start TEXT NOT NULL,
    period_end   TEXT NOT NULL,                -- inclusive
    version      INTEGER NOT NULL CHECK (version >= 1),
    status       TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'published')),
    published_at TEXT,
    published_by TEXT REFERENCES users(id),
    note         TEXT NOT NULL DEFAULT '',
    updated_at   TEXT NOT NULL,
    last_writer  TEXT NOT NULL,
    UNIQUE (squad_id, period_start, period_end, version),
    CHECK (period_end >= period_start),
    CHECK ((status = 'published') = (published_at IS NOT NULL))
);

CREATE TABLE roster_assignments (
    id            TEXT PRIMARY KEY,
    roster_id     TEXT NOT NULL REFERENCES rosters(id),
    officer_id    TEXT NOT NULL REFERENCES officers(id),
    date          TEXT NOT NULL,
    shift_type_id TEXT NOT NULL REFERENCES shift_types(id),
    post_id       TEXT REFERENCES posts(id),
    team          TEXT NOT NULL DEFAULT '',    -- patrol team label within the day (巡查组)
    locked        INTEGER NOT NULL DEFAULT 0 CHECK (locked IN (0, 1)),  -- kept by the solver
    updated_at    TEXT NOT NULL,
    last_writer   TEXT NOT NULL,
    UNIQUE (roster_id, officer_id, date)       -- one shift a day
);
CREATE INDEX roster_assignments_date ON roster_assignments(date);
CREATE INDEX roster_assignments_officer ON roster_assignments(officer_id);

-- A published roster version is immutable: changes are a new version (printed as a change notice).
CREATE TRIGGER rosters_published_frozen BEFORE UPDATE ON rosters
WHEN OLD.status = 'published' BEGIN
    SELECT RAISE(ABORT, 'rosters: a published roster version cannot be changed; create a new version');
END;
CREATE TRIGGER rosters_published_undeletable BEFORE DELETE ON rosters
WHEN OLD.status = 'published' BEGIN
    SELECT RAISE(ABORT, 'rosters: a published roster version cannot be deleted');
END;
CREATE TRIGGER roster_assignments_insert_frozen BEFORE INSERT ON roster_assignments
WHEN (SELECT status FROM rosters WHERE id = NEW.roster_id) = 'published' BEGIN
    SELECT RAISE(ABORT, 'roster_assignments: the roster version is published');
END;
CREATE TRIGGER roster_assignments_update_frozen BEFORE UPDATE ON roster_assignments
WHEN (SELECT status FROM rosters WHERE id = OLD.roster_id) = 'published' BEGIN
    SELECT RAISE(ABORT, 'roster_assignments: the roster version is published');
END;
CREATE TRIGGER roster_assignments_delete_frozen BEFORE DELETE ON roster_assignments
WHEN (SELECT status FROM rosters WHERE id = OLD.roster_id) = 'published' BEGIN
    SELECT RAISE(ABORT, 'roster_assignments: the roster version is published');
END;

CREATE TABLE leave_requests (
    id          TEXT PRIMARY KEY,
    officer_id  TEXT NOT NULL REFERENCES officers(id),
    start_date  TEXT NOT NULL,
    end_date    TEXT NOT NULL,                 -- inclusive
    kind        TEXT NOT NULL CHECK (kind IN ('annual', 'sick', 'personal', 'training', 'compensatory', 'other')),
    status      TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'approved', 'rejected', 'cancelled')),
    reason      TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL,
    CHECK (end_date >= start_date)
);
CREATE INDEX leave_requests_officer ON leave_requests(officer_id, start_date);

-- Officers' wishes for the solver: a day off, a particular shift, or not a particular shift.
CREATE TABLE shift_requests (
    id            TEXT PRIMARY KEY,
    officer_id    TEXT NOT NULL REFERENCES officers(id),
    date          TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('day_off', 'want_shift', 'avoid_shift')),
    shift_type_id TEXT REFERENCES shift_types(id),
    weight        INTEGER NOT NULL DEFAULT 1 CHECK (weight >= 0),
    status        TEXT NOT NULL DEFAULT 'requested' CHECK (status IN ('requested', 'granted', 'refused', 'cancelled')),
    note          TEXT NOT NULL DEFAULT '',
    updated_at    TEXT NOT NULL,
    last_writer   TEXT NOT NULL,
    CHECK ((kind = 'day_off') = (shift_type_id IS NULL))
);
CREATE INDEX shift_requests_officer ON shift_requests(officer_id, date);

-- Holidays and swapped working days (调休); every other date follows Mon–Fri working, Sat/Sun off.
CREATE TABLE calendar_days (
    id          TEXT PRIMARY KEY,
    date        TEXT NOT NULL UNIQUE,
    kind        TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
    name        TEXT NOT NULL DEFAULT '',      -- e.g. 春节, 春节调休
    source      TEXT NOT NULL DEFAULT '',
    editable    INTEGER NOT NULL DEFAULT 1 CHECK (editable IN (0, 1)),
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL
);

-- ------------------------------------------------------------------ incidents
CREATE TABLE incident_categories (
    id               TEXT PRIMARY KEY,
    code             TEXT NOT NULL UNIQUE,     -- 5 digits in GB/T 47678.5-2026: major (2) + minor (3)
    major_class_code TEXT NOT NULL,
    major_class      TEXT NOT NULL,
    name             TEXT NOT NULL,
    limit_amount     INTEGER NOT NULL CHECK (limit_amount > 0),
    limit_unit       TEXT NOT NULL CHECK (limit_unit IN ('minute', 'hour', 'day')),
    -- emergency_hours 紧急工作时 (round the clock), working_hours 工作时, working_days 工作日,
    -- calendar_days 自然日
    clock            TEXT NOT NULL CHECK (clock IN ('emergency_hours', 'working_hours', 'working_days', 'calendar_days')),
    editable         INTEGER NOT NULL DEFAULT 1 CHECK (editable IN (0, 1)),
    unverified       INTEGER NOT NULL DEFAULT 0 CHECK (unverified IN (0, 1)),  -- transcription, not checked against the standard
    active           INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    updated_at       TEXT NOT NULL,
    last_writer      TEXT NOT NULL,
    CHECK ((clock IN ('working_days', 'calendar_days')) = (limit_unit = 'day'))
);

CREATE TABLE incidents (
    id           TEXT PRIMARY KEY,
    ticket_no    TEXT NOT NULL DEFAULT '',     -- the source's number (e.g. the 12345 work order)
    source       TEXT NOT NULL CHECK (source IN ('hotline_12345', 'hotline_12319', 'city_bureau', 'department', 'video', 'patrol', 'other')),
    category_id  TEXT REFERENCES incident_categories(id),
    title        TEXT NOT NULL DEFAULT '',
    description  TEXT NOT NULL DEFAULT '',
    address      TEXT NOT NULL DEFAULT '',
    lon          REAL,
    lat          REAL,
    cell_id      TEXT REFERENCES grid_cells(id),
    squad_id     TEXT REFERENCES squads(id),
    -- the current stage: a cache of the last event's to_status, never the history itself
    status       TEXT NOT NULL DEFAULT 'collected',
    reported_at  TEXT NOT NULL,
    deadline_at  TEXT,
    closed_at    TEXT,
    updated_at   TEXT NOT NULL,
    last_writer  TEXT NOT NULL
);
CREATE INDEX incidents_squad_status ON incidents(squad_id, status);
CREATE INDEX incidents_reported ON incidents(reported_at);
CREATE INDEX incidents_ticket ON incidents(source, ticket_no);

-- Every transition of an incident, appended; nothing is overwritten (triggers below).
CREATE TABLE incident_events (
    id          TEXT PRIMARY KEY,
    incident_id TEXT NOT NULL REFERENCES incidents(id),
    seq         INTEGER NOT NULL CHECK (seq >= 1),
    at          TEXT NOT NULL,
    kind        TEXT NOT NULL,                 -- collect, check, file, dispatch, arrive, handle, feedback, verify, close, evaluate, return, extend, suspend, …
    from_status TEXT,
    to_status   TEXT,
    user_id     TEXT REFERENCES users(id),
    officer_id  TEXT REFERENCES officers(id),
    team        TEXT NOT NULL DEFAULT '',
    reason      TEXT NOT NULL DEFAULT '',      -- mandatory for returns, extensions, suspensions
    note        TEXT NOT NULL DEFAULT '',
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL,
    UNIQUE (incident_id, seq)
);
CREATE TRIGGER incident_events_no_update BEFORE UPDATE ON incident_events BEGIN
    SELECT RAISE(ABORT, 'incident_events is append-only: an event cannot be changed');
END;
CREATE TRIGGER incident_events_no_delete BEFORE DELETE ON incident_events BEGIN
    SELECT RAISE(ABORT, 'incident_events is append-only: an event cannot be deleted');
END;

CREATE TABLE duty_logs (
    id            TEXT PRIMARY KEY,
    squad_id      TEXT NOT NULL REFERENCES squads(id),
    date          TEXT NOT NULL,
    shift_type_id TEXT REFERENCES shift_types(id),
    officer_id    TEXT REFERENCES officers(id),
    user_id       TEXT REFERENCES users(id),
    at            TEXT NOT NULL,
    kind          TEXT NOT NULL DEFAULT 'note',  -- note, handover, patrol, incident, …
    text          TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    last_writer   TEXT NOT NULL
);
CREATE INDEX duty_logs_squad_date ON duty_logs(squad_id, date);

-- ------------------------------------------------------------------ audit
CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY,
    at          TEXT NOT NULL,
    user_id     TEXT REFERENCES users(id),
    action      TEXT NOT NULL,                 -- e.g. roster.publish, incident.dispatch, category.edit
    entity      TEXT NOT NULL DEFAULT '',      -- table name
    entity_id   TEXT NOT NULL DEFAULT '',
    detail      TEXT NOT NULL DEFAULT '',      -- JSON object
    updated_at  TEXT NOT NULL,
    last_writer TEXT NOT NULL                  -- the console that wrote the entry
);
CREATE INDEX audit_log_at ON audit_log(at);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: an entry cannot be changed');
END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only: an entry cannot be deleted');
END;
