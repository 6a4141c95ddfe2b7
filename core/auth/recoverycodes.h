#pragma once

#include <QString>
#include <QStringList>

namespace bc {

// The single-use codes an operator signs in with when the authenticator app is not at hand:
// 80 random bits each, written as four groups of four base32 characters (ABCD-EFGH-IJKL-MNOP).
//
// They are stored as BLAKE2b hashes (libsodium's generichash), not as Argon2id like passwords:
// a slow, salted hash protects a guessable secret, and 80 random bits are not guessable, so it
// would only cost time (ten hashes at enrolment, up to ten Argon2 checks at every sign-in with a
// code). An unsalted hash is also found by one indexed statement.
class RecoveryCodes final
{
public:
    RecoveryCodes() = delete;

    static constexpr int count = 10;

    // `count` new codes, each different.
    static QStringList generate();
    // How a typed code is compared: without spaces and dashes, in capitals.
    static QString normalized(const QString &typed);
    // The stored form of a code (typed in any of the forms normalized() accepts), hex.
    static QString hashOf(const QString &code);
};

} // namespace bc
