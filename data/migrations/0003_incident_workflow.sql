-- SPDX-License-Identifier: GPL-3.0-or-later
-- Version 3: what the dispatch workflow and the indicators need on incidents (docs/SCHEMA.md).
--
-- Stages (incidents.status, a cache of the last event's to_status):
--   filed 立案 → dispatched 派遣 → arrived 到场 → handled 处置 → feedback 反馈 → verified 核实 → closed 结案
--   returned 退回 (to the dispatcher, not ours), suspended 挂账, cancelled 作废.
-- Event kinds (incident_events.kind): file, dispatch, reassign, arrive, handle, feedback, verify, close,
--   return, rework (back to dispatched, history kept), extend (new deadline in incident_events.deadline_at,
--   needs a supervisor), suspend, resume, cancel, update (an imported row changed the incident).

ALTER TABLE incidents ADD COLUMN urgency TEXT NOT NULL DEFAULT 'normal' CHECK (urgency IN ('normal', 'urgent'));
-- Personal data: stored, masked on screen and in printouts unless the user may see it (PersonalData).
ALTER TABLE incidents ADD COLUMN reporter_name TEXT NOT NULL DEFAULT '';
ALTER TABLE incidents ADD COLUMN reporter_phone TEXT NOT NULL DEFAULT '';
-- Deadlines: arrival limit, and the handling deadline as first set (deadline_at holds the current one,
-- moved by extensions).
ALTER TABLE incidents ADD COLUMN arrive_deadline_at TEXT;
ALTER TABLE incidents ADD COLUMN first_deadline_at TEXT;
-- The current assignee (a cache of the last dispatch/reassign event).
ALTER TABLE incidents ADD COLUMN officer_id TEXT REFERENCES officers(id);
ALTER TABLE incidents ADD COLUMN team TEXT NOT NULL DEFAULT '';
-- extend: the new deadline.
ALTER TABLE incident_events ADD COLUMN deadline_at TEXT;

-- Import is idempotent on (source, ticket number).
DROP INDEX incidents_ticket;
CREATE UNIQUE INDEX incidents_source_ticket ON incidents(source, ticket_no) WHERE ticket_no <> '';
CREATE INDEX incidents_status_deadline ON incidents(status, deadline_at);
CREATE INDEX incident_events_incident ON incident_events(incident_id, seq);
CREATE INDEX incident_events_kind_at ON incident_events(kind, at);
