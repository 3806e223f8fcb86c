// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>

namespace dd::data {

// Credentials for unattended command-line use (the nightly sync timer, scripts):
//
//     # comments and blank lines are ignored
//     user=admin
//     password=…
//     new_password=…        (only for `user add` / `user passwd`: the password to set)
//
// The file must not be readable by group or others (like ssh keys): one that is, is refused.
struct Credentials
{
    QString userName;
    QString password;
    QString newPassword;
};

class CredentialsFile
{
public:
    static Result<Credentials> read(const QString &path);
};

} // namespace dd::data
