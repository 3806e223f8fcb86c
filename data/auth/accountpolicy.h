// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>

namespace dd::data {

class Database;

// The district's password and lock-out rules (table account_policy). Changed through
// AccountRepository::setPolicy (district administrators only).
struct AccountPolicy
{
    int minLength = 10; // characters (not bytes)
    int history = 5; // a new password may not be any of the last N (the current one included); 0 = no check
    int maxFailures = 5; // failed attempts in a row that lock the account
    int lockMinutes = 15; // how long a lock lasts; an administrator may unlock earlier

    // The defaults when the table is missing a key.
    static Result<AccountPolicy> load(const Database &db);

    // What is wrong with a new password apart from reuse (length, the user name itself); empty = fine.
    QString problemWith(const QString &userName, const QString &password) const;
};

} // namespace dd::data
