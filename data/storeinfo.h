// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>
#include <vector>

namespace dd::data {

class Database;

struct TableCount
{
    QString table;
    qint64 rows = 0;
};

// What `dutydesk info` reports about a store.
struct StoreInfo
{
    QString path;
    int schemaVersion = 0;
    QString consoleId;
    QString integrity; // "ok" or the problems from PRAGMA integrity_check
    std::vector<TableCount> counts; // every ordinary table (no SQLite internals, no R*Tree shadow tables), by name
};

// Reads counts and runs the full integrity check (seconds on a large file; not for the GUI thread).
Result<StoreInfo> inspectStore(const Database &db);

} // namespace dd::data
