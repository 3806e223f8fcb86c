// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "data/result.h"

#include <QString>

namespace dd::data {

// Argon2id password hashes through libsodium (crypto_pwhash_str with the INTERACTIVE limits: about
// 64 MiB and a few tens of milliseconds per hash). The hash string carries its own salt and
// parameters, so equal passwords never give equal hashes and stronger limits can come later.
// Thread-safe.
class PasswordHasher
{
public:
    static Result<QString> hash(const QString &password);
    // False for a wrong password and for anything that is not a valid hash string.
    static bool verify(const QString &hash, const QString &password);
    // Whether the hash was made with other limits than today's (rehash at the next sign-in).
    static bool needsRehash(const QString &hash);
    // A hash of a random secret, made once per process. Sign-in verifies against it when the user does
    // not exist or has no password, so a refusal costs the same time either way.
    static const QString &dummyHash();
};

} // namespace dd::data
