-- SPDX-License-Identifier: GPL-3.0-or-later
-- District server, version 1: the rows every console syncs, the change ledger, per-field
-- last-writer-wins on the hybrid logical clock, the pull cursor, row-level security per squad and an
-- append-only audit table. Applied by scripts/district-server migrate (psql, one transaction per file,
-- recorded in dd_schema_version). docs/SYNC.md explains the design.

-- Which tables travel and which way. down: only the district writes (grid, towns, officers, …);
-- up: a squad writes its own rows (rosters, duty logs, …); both: the district creates, the owning squad
-- updates (incidents). owner_column: the column naming the owning squad (NULL: the row belongs to the
-- squad that first pushed it, or to the whole district when the district wrote it).
CREATE TABLE dd_sync_tables (
    name         text PRIMARY KEY,
    direction    text NOT NULL CHECK (direction IN ('down', 'up', 'both')),
    owner_column text
);
INSERT INTO dd_sync_tables (name, direction, owner_column) VALUES
    ('district', 'down', NULL), ('towns', 'down', NULL), ('communities', 'down', NULL),
    ('squads', 'down', NULL), ('grid_layers', 'down', NULL), ('grid_areas', 'down', NULL),
    ('grid_cells', 'down', NULL), ('officers', 'down', NULL), ('shift_types', 'down', NULL),
    ('incident_categories', 'down', NULL), ('calendar_days', 'down', NULL),
    ('incidents', 'both', 'squad_id'), ('incident_events', 'both', NULL),
    ('posts', 'up', 'squad_id'), ('post_cells', 'up', NULL),
    ('rosters', 'up', 'squad_id'), ('roster_assignments', 'up', NULL),
    ('leave_requests', 'up', NULL), ('shift_requests', 'up', NULL),
    ('duty_logs', 'up', 'squad_id'), ('audit_log', 'up', NULL),
    -- conflicts found here travel down to the squad whose value lost
    ('sync_conflicts', 'down', NULL);

-- Pull order. A push takes the advisory lock 7 (dd_push) before drawing numbers from this sequence
-- and holds it until its transaction commits, so numbers become visible in increasing order: a
-- reader that has seen number n can never later find a committed row below n.
CREATE SEQUENCE dd_row_seq;

-- Every syncable row of the district, one JSON object per row, with the clock of each field.
CREATE TABLE dd_rows (
    tbl          text NOT NULL REFERENCES dd_sync_tables(name),
    id           text NOT NULL,
    owner_squad  text,                        -- squad id; NULL = shared by the whole district
    data         jsonb NOT NULL DEFAULT '{}', -- column -> value
    field_hlc    jsonb NOT NULL DEFAULT '{}', -- column -> hybrid logical clock of its value
    field_writer jsonb NOT NULL DEFAULT '{}', -- column -> console id that wrote it
    deleted      boolean NOT NULL DEFAULT false,
    deleted_hlc  bigint,
    seq          bigint NOT NULL,
    PRIMARY KEY (tbl, id)
);
CREATE INDEX dd_rows_seq ON dd_rows (seq);
CREATE INDEX dd_rows_squad_code ON dd_rows ((data->>'code')) WHERE tbl = 'squads';

-- Every change id ever applied, with the result given the first time: a replayed batch returns it.
CREATE TABLE dd_ledger (
    change_id  text PRIMARY KEY,
    console    text NOT NULL,
    squad      text NOT NULL,
    result     jsonb NOT NULL,
    applied_at timestamptz NOT NULL DEFAULT now()
);

-- Who did what at the district: refusals, forged writes, skewed clocks. Append-only.
CREATE TABLE dd_audit (
    id      bigserial PRIMARY KEY,
    at      timestamptz NOT NULL DEFAULT now(),
    squad   text NOT NULL,
    console text NOT NULL,
    action  text NOT NULL,
    detail  jsonb NOT NULL DEFAULT '{}'
);
CREATE FUNCTION dd_audit_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'dd_audit is append-only';
END $$;
CREATE TRIGGER dd_audit_no_change BEFORE UPDATE OR DELETE OR TRUNCATE ON dd_audit
    FOR EACH STATEMENT EXECUTE FUNCTION dd_audit_frozen();

-- The oldest console protocol and schema this server serves.
CREATE TABLE dd_server_info (key text PRIMARY KEY, value text NOT NULL);
INSERT INTO dd_server_info VALUES ('min_protocol', '1'), ('min_schema', '4'), ('max_skew_ms', '300000');

-- The squad id behind a certificate's squad code (OU); 'district' is the district centre itself.
CREATE FUNCTION dd_squad_id(p_squad text) RETURNS text LANGUAGE sql STABLE AS $$
    SELECT CASE WHEN p_squad = 'district' THEN 'district'
                ELSE (SELECT id FROM dd_rows WHERE tbl = 'squads' AND data->>'code' = p_squad AND NOT deleted) END
$$;

-- Row-level security: the service role reads only the shared rows and its squad's own.
ALTER TABLE dd_rows ENABLE ROW LEVEL SECURITY;
CREATE POLICY dd_rows_squad ON dd_rows FOR SELECT
    USING (owner_squad IS NULL
           OR current_setting('dd.squad_id', true) = 'district'
           OR owner_squad = current_setting('dd.squad_id', true));

-- Checks the console's protocol, schema and clock; raises DD0xx errors that syncd maps to messages.
CREATE FUNCTION dd_check_console(p_protocol int, p_schema int) RETURNS void LANGUAGE plpgsql AS $$
DECLARE
    min_protocol int := (SELECT value::int FROM dd_server_info WHERE key = 'min_protocol');
    min_schema int := (SELECT value::int FROM dd_server_info WHERE key = 'min_schema');
BEGIN
    IF p_protocol < min_protocol OR p_schema < min_schema THEN
        RAISE EXCEPTION USING ERRCODE = 'DD426',
            MESSAGE = format('this console speaks protocol %s with schema %s; the district server needs protocol %s and schema %s or newer. Update DutyDesk, then sync again.',
                             p_protocol, p_schema, min_protocol, min_schema);
    END IF;
END $$;

-- Applies one batch of changes pushed by a console, each at most once.
-- p_changes: [{change_id, table, row_id, op: upsert|delete, hlc, fields: {col: value}, old: {col: value}}]
-- Returns {results: [{change_id, status: applied|refused, message?, lost?: [col]}], server_hlc}, or
-- {code, error} when the whole batch is refused (unknown squad 403, clock far ahead 409).
CREATE FUNCTION dd_push(p_squad text, p_console text, p_protocol int, p_schema int, p_changes jsonb)
RETURNS jsonb LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
DECLARE
    squad_id text;
    c jsonb;
    t dd_sync_tables;
    r dd_rows;
    results jsonb := '[]';
    res jsonb;
    prior jsonb;
    hlc bigint;
    f record;
    old_h bigint;
    old_w text;
    lost jsonb;
    owner text;
    new_seq bigint;
    now_hlc bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint * 1000;
    max_skew bigint := (SELECT value::bigint FROM dd_server_info WHERE key = 'max_skew_ms') * 1000;
BEGIN
    PERFORM dd_check_console(p_protocol, p_schema);
    squad_id := dd_squad_id(p_squad);
    IF squad_id IS NULL THEN
        -- Answered as a value, not raised, so that the audit entry is committed.
        INSERT INTO dd_audit (squad, console, action, detail)
        VALUES (p_squad, p_console, 'push.unknown_squad', '{}');
        RETURN jsonb_build_object('code', 403, 'error',
            format('the squad %s named by this console''s certificate is not known to the district server', p_squad));
    END IF;
    -- A console whose clock runs far ahead would win every conflict for days: refuse the whole batch.
    FOR c IN SELECT * FROM jsonb_array_elements(p_changes) LOOP
        IF (c->>'hlc')::bigint > now_hlc + max_skew THEN
            INSERT INTO dd_audit (squad, console, action, detail)
            VALUES (p_squad, p_console, 'push.clock_skew',
                    jsonb_build_object('ahead_seconds', ((c->>'hlc')::bigint - now_hlc) / 1000000));
            RETURN jsonb_build_object('code', 409, 'error', format('this console''s clock is %s seconds ahead of the district server''s (more than %s allowed); correct the console''s clock, then sync again. Nothing was applied.',
                                 ((c->>'hlc')::bigint - now_hlc) / 1000000, max_skew / 1000000));
        END IF;
    END LOOP;

    -- One writer at a time from here to commit: sequence numbers become visible in order.
    PERFORM pg_advisory_xact_lock(7);
    PERFORM set_config('dd.squad_id', squad_id, true);

    FOR c IN SELECT * FROM jsonb_array_elements(p_changes) LOOP
        SELECT result INTO prior FROM dd_ledger WHERE change_id = c->>'change_id';
        IF FOUND THEN
            results := results || prior;
            CONTINUE;
        END IF;
        res := jsonb_build_object('change_id', c->>'change_id', 'status', 'applied');
        hlc := (c->>'hlc')::bigint;
        SELECT * INTO t FROM dd_sync_tables WHERE name = c->>'table';
        SELECT * INTO r FROM dd_rows WHERE tbl = c->>'table' AND id = c->>'row_id' FOR UPDATE;
        owner := NULL;
        IF t.name IS NULL OR t.name = 'sync_conflicts' THEN
            res := res || jsonb_build_object('status', 'refused',
                'message', format('table %s is not synced with the district', c->>'table'));
        ELSIF squad_id <> 'district' AND t.direction = 'down' THEN
            res := res || jsonb_build_object('status', 'refused',
                'message', format('%s %s: only the district writes table %s', c->>'table', c->>'row_id', t.name));
        ELSIF squad_id <> 'district' AND r.id IS NOT NULL AND r.owner_squad IS DISTINCT FROM squad_id THEN
            res := res || jsonb_build_object('status', 'refused',
                'message', format('%s %s belongs to another squad or to the district; this squad may not change it', t.name, r.id));
        ELSIF squad_id <> 'district' AND t.owner_column IS NOT NULL AND c->'fields' ? t.owner_column
              AND c->'fields'->>t.owner_column IS DISTINCT FROM squad_id THEN
            res := res || jsonb_build_object('status', 'refused',
                'message', format('%s %s: field %s names squad %s, not this console''s squad', t.name, c->>'row_id',
                                  t.owner_column, c->'fields'->>t.owner_column));
        END IF;
        IF res->>'status' = 'refused' THEN
            INSERT INTO dd_audit (squad, console, action, detail)
            VALUES (p_squad, p_console, 'push.refused', jsonb_build_object('change', c - 'fields' - 'old', 'message', res->>'message'));
            INSERT INTO dd_ledger (change_id, console, squad, result) VALUES (c->>'change_id', p_console, p_squad, res);
            results := results || res;
            CONTINUE;
        END IF;

        IF squad_id = 'district' THEN
            owner := CASE WHEN t.owner_column IS NULL THEN r.owner_squad
                          WHEN c->'fields' ? t.owner_column THEN c->'fields'->>t.owner_column
                          ELSE r.owner_squad END;
        ELSE
            owner := squad_id;
        END IF;
        new_seq := nextval('dd_row_seq');
        lost := '[]';

        IF c->>'op' = 'delete' THEN
            IF r.id IS NULL THEN
                INSERT INTO dd_rows (tbl, id, owner_squad, deleted, deleted_hlc, seq)
                VALUES (t.name, c->>'row_id', owner, true, hlc, new_seq);
            ELSE
                UPDATE dd_rows SET deleted = true, deleted_hlc = greatest(coalesce(deleted_hlc, 0), hlc), seq = new_seq
                WHERE tbl = r.tbl AND id = r.id;
            END IF;
        ELSIF r.id IS NULL THEN
            INSERT INTO dd_rows (tbl, id, owner_squad, data, field_hlc, field_writer, seq)
            VALUES (t.name, c->>'row_id', owner, c->'fields',
                    (SELECT coalesce(jsonb_object_agg(k, hlc), '{}') FROM jsonb_object_keys(c->'fields') AS k),
                    (SELECT coalesce(jsonb_object_agg(k, p_console), '{}') FROM jsonb_object_keys(c->'fields') AS k),
                    new_seq);
        ELSE
            FOR f IN SELECT * FROM jsonb_each(c->'fields') LOOP
                old_h := (r.field_hlc->>f.key)::bigint;
                old_w := r.field_writer->>f.key;
                IF old_h IS NULL OR hlc > old_h OR (hlc = old_h AND p_console > old_w) THEN
                    -- The change wins. Concurrent when the console did not see the stored value.
                    IF old_h IS NOT NULL AND old_w <> p_console AND c->'old' ? f.key
                       AND (r.data->f.key) IS DISTINCT FROM (c->'old'->f.key)
                       AND (r.data->f.key) IS DISTINCT FROM f.value THEN
                        INSERT INTO dd_rows (tbl, id, owner_squad, data, seq)
                        VALUES ('sync_conflicts', gen_random_uuid()::text, r.owner_squad,
                                jsonb_build_object('table_name', t.name, 'row_id', r.id, 'field', f.key,
                                    'lost_value', r.data->f.key, 'lost_hlc', old_h, 'lost_console', old_w,
                                    'won_value', f.value, 'won_hlc', hlc, 'won_console', p_console),
                                nextval('dd_row_seq'));
                    END IF;
                    r.data := jsonb_set(r.data, ARRAY[f.key], f.value);
                    r.field_hlc := jsonb_set(r.field_hlc, ARRAY[f.key], to_jsonb(hlc));
                    r.field_writer := jsonb_set(r.field_writer, ARRAY[f.key], to_jsonb(p_console));
                ELSIF (r.data->f.key) IS DISTINCT FROM f.value THEN
                    -- The change loses: the stored value is later. Keep the loser for its console.
                    lost := lost || to_jsonb(f.key);
                    INSERT INTO dd_rows (tbl, id, owner_squad, data, seq)
                    VALUES ('sync_conflicts', gen_random_uuid()::text, owner,
                            jsonb_build_object('table_name', t.name, 'row_id', r.id, 'field', f.key,
                                'lost_value', f.value, 'lost_hlc', hlc, 'lost_console', p_console,
                                'won_value', r.data->f.key, 'won_hlc', old_h, 'won_console', old_w),
                            nextval('dd_row_seq'));
                END IF;
            END LOOP;
            -- A later write resurrects a deleted row only when it is later than the delete.
            UPDATE dd_rows SET data = r.data, field_hlc = r.field_hlc, field_writer = r.field_writer,
                   deleted = r.deleted AND coalesce(r.deleted_hlc, 0) >= hlc,
                   owner_squad = coalesce(owner, r.owner_squad), seq = new_seq
            WHERE tbl = r.tbl AND id = r.id;
        END IF;
        IF jsonb_array_length(lost) > 0 THEN
            res := res || jsonb_build_object('lost', lost);
        END IF;
        INSERT INTO dd_ledger (change_id, console, squad, result) VALUES (c->>'change_id', p_console, p_squad, res);
        results := results || res;
    END LOOP;
    RETURN jsonb_build_object('results', results, 'server_hlc', now_hlc);
END $$;

-- Rows after the console's cursor that its squad may read, oldest first, at most p_limit.
-- Runs as the caller, so the row-level security policy applies.
-- Returns {rows: [{table, id, seq, deleted, data}], cursor, more, latest (for progress), server_hlc}.
CREATE FUNCTION dd_pull(p_squad text, p_console text, p_protocol int, p_schema int, p_cursor bigint, p_limit int)
RETURNS jsonb LANGUAGE plpgsql AS $$
DECLARE
    squad_id text;
    rows jsonb;
    last_seq bigint;
    n int;
BEGIN
    PERFORM dd_check_console(p_protocol, p_schema);
    squad_id := dd_squad_id(p_squad);
    IF squad_id IS NULL THEN
        RAISE EXCEPTION USING ERRCODE = 'DD403',
            MESSAGE = format('the squad %s named by this console''s certificate is not known to the district server', p_squad);
    END IF;
    PERFORM set_config('dd.squad_id', squad_id, true);
    SELECT coalesce(jsonb_agg(jsonb_build_object('table', tbl, 'id', id, 'seq', seq, 'deleted', deleted, 'data', data)
                              ORDER BY seq), '[]'),
           max(seq), count(*)
    INTO rows, last_seq, n
    FROM (SELECT tbl, id, seq, deleted, data FROM dd_rows
          WHERE seq > p_cursor
            AND (tbl <> 'sync_conflicts' OR data->>'lost_console' = p_console)
          ORDER BY seq LIMIT p_limit) AS page;
    RETURN jsonb_build_object('rows', rows, 'cursor', coalesce(last_seq, p_cursor), 'more', n >= p_limit,
                              'latest', (SELECT coalesce(max(seq), 0) FROM dd_rows),
                              'server_hlc', (extract(epoch FROM clock_timestamp()) * 1000)::bigint * 1000);
END $$;

-- The service role: runs the functions, reads rows only through the policy, writes nothing directly.
DO $$ BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'dd_syncd') THEN
        CREATE ROLE dd_syncd LOGIN;
    END IF;
END $$;
REVOKE ALL ON ALL TABLES IN SCHEMA public FROM PUBLIC;
GRANT SELECT ON dd_rows, dd_sync_tables, dd_server_info TO dd_syncd;
GRANT EXECUTE ON FUNCTION dd_push(text, text, int, int, jsonb), dd_pull(text, text, int, int, bigint, int),
    dd_squad_id(text), dd_check_console(int, int) TO dd_syncd;
