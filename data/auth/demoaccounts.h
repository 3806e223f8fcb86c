// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/auth/role.h"
#include "data/result.h"

#include <QString>
#include <vector>

namespace dd::data {

class Clock;
class Database;

struct DemoAccount
{
    QString userName;
    Role role = Role::Officer;
    QString squadCode; // empty for district-wide roles
    QString password; // documented in docs/SECURITY.md: demo databases only
};

// One signed-in-able account per role in a demo district (DemoGenerator's users get passwords; the
// command-centre dispatcher and an officer are added). Separate from DemoGenerator because hashes
// are salted: the generator's rows stay byte-for-byte reproducible, these do not.
// Demo passwords are public; a real install starts with `dutydesk user add --role district_admin`.
class DemoAccounts
{
public:
    // Writes in one transaction; returns the accounts with their passwords.
    static Result<std::vector<DemoAccount>> install(Database &db, const Clock &clock);
};

} // namespace dd::data
