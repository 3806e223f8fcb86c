// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/permissions.h"
#include "data/result.h"

namespace dd::data {

class Clock;
class Database;
class Session;
struct Target;

// The store's gate: every repository that reads restricted data or writes calls require() first,
// whatever the UI already hid. A refusal is written to the audit log (access.denied) and returned as
// an error value naming the action.
class AccessControl
{
public:
    AccessControl(Database &db, const Clock &clock);

    Status require(const Session &session, Action action, const Target &target);

    // "<user> may not <action>." (translated)
    static QString refusal(const Session &session, Action action);

private:
    Database &m_db;
    const Clock &m_clock;
};

} // namespace dd::data
