// SPDX-License-Identifier: GPL-3.0-or-later
#include "data/auth/passwordhasher.h"

#include <QCoreApplication>
#include <QUuid>
#include <sodium.h>

namespace dd::data {

namespace {

class HasherTr
{
    Q_DECLARE_TR_FUNCTIONS(dd::data::PasswordHasher)
};

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The password's bytes are wiped once hashed or verified.
class SecretBytes
{
public:
    explicit SecretBytes(const QString &text)
        : m_bytes(text.toUtf8())
    {
    }
    ~SecretBytes() { sodium_memzero(m_bytes.data(), size_t(m_bytes.size())); }
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    const char *data() const { return m_bytes.constData(); }
    unsigned long long size() const { return static_cast<unsigned long long>(m_bytes.size()); }

private:
    QByteArray m_bytes;
};

} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return failure(HasherTr::tr("The cryptography library (libsodium) could not be initialised."));
    const SecretBytes secret(password);
    char out[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str(out, secret.data(), secret.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0)
        return failure(HasherTr::tr("Not enough memory to hash the password."));
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    const SecretBytes secret(password);
    return crypto_pwhash_str_verify(stored.constData(), secret.data(), secret.size()) == 0;
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    if (!sodiumReady())
        return false;
    const QByteArray stored = hash.toLatin1();
    return crypto_pwhash_str_needs_rehash(stored.constData(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                          crypto_pwhash_MEMLIMIT_INTERACTIVE)
        != 0;
}

const QString &PasswordHasher::dummyHash()
{
    static const QString dummy = [] {
        Result<QString> made = hash(QUuid::createUuid().toString());
        return made ? made.value() : QString();
    }();
    return dummy;
}

} // namespace dd::data
