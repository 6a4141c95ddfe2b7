#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

// Salted, memory-hard password hashes: Argon2id through libsodium (crypto_pwhash_str), in the
// self-describing "$argon2id$v=19$m=…,t=…,p=…$salt$hash" form. The plain password is never stored.
class PasswordHasher
{
    Q_DECLARE_TR_FUNCTIONS(bc::PasswordHasher)

public:
    static Result<QString> hash(const QString &password);
    static bool verify(const QString &hash, const QString &password);
    // Costs what verify() costs and matches nothing: what a sign-in checks an unknown login's
    // password against, so that how long the answer takes does not tell which logins exist.
    static void spendVerification(const QString &password);
    // The hash spendVerification() checks against, made once with today's parameters.
    static QString standInHash();
    // True when the hash was made with weaker parameters than today's and should be redone.
    static bool needsRehash(const QString &hash);
};

} // namespace bc
