// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>

namespace dd::data {
class Database;
}

namespace dd::data::sync {

// Generates the outbox triggers of every table listed in sync_tables from the table's current columns
// (PRAGMA table_info), and replaces a trigger only when its text changed. Called by Database::open
// after the migrations, so a column or a table added by a later migration is captured from the first
// write on. A store without the sync tables (older schema, test migration lists) is left alone.
//
// Each trigger writes one sync_outbox row in the writing statement's own transaction: a change id,
// the next hybrid-logical-clock stamp, the columns set (insert: all; update: those that changed, with
// their old values; delete: a tombstone). While sync_clock.applying = 1 (pulled rows being stored),
// nothing is captured.
Status installChangeCapture(Database &db);

// The trigger names for a table (tests and docs): sync_capture_<table>_{insert,update,delete}.
QString captureTriggerName(const QString &table, const QString &event);

} // namespace dd::data::sync
