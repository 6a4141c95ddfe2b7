#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace bc {

// Time-based one-time passwords (RFC 6238) as authenticator apps make them: HMAC-SHA-1, 6 digits,
// 30-second steps from the Unix epoch, through liboath. The secret travels and is stored in
// base32 (RFC 4648, as liboath writes it), the form an authenticator app is given.
class Totp final
{
    Q_DECLARE_TR_FUNCTIONS(bc::Totp)

public:
    Totp() = delete;

    static constexpr int digits = 6;
    static constexpr int stepSeconds = 30;
    // A code of the step before or after the current one is accepted too (clocks drift, people type).
    static constexpr int window = 1;
    // 160 random bits, the length RFC 4226 recommends for HMAC-SHA-1.
    static constexpr int secretBytes = 20;

    // A new random secret (libsodium's randombytes), base32.
    static QString newSecret();
    // `bytes` in base32 as liboath writes it (padded with "=" unless a multiple of 5 bytes long).
    static QString base32(const QByteArray &bytes);
    // The time step `at` falls in: seconds since the epoch divided by stepSeconds.
    static qint64 stepAt(const QDateTime &at);
    // The code of the step `at` falls in, `length` digits; fails for a secret that is not base32.
    static Result<QString> code(const QString &secret, const QDateTime &at, int length = digits);

    // What a typed code is worth at `now`, given the last step already accepted for the secret.
    enum class Outcome
    {
        Accepted, // matches a step within the window, later than the last accepted one
        Replayed, // matches, but that step was accepted already: a code is single-use
        Wrong, // matches no step within the window (or is not six digits)
    };
    struct Check
    {
        Outcome outcome = Outcome::Wrong;
        qint64 step = 0; // the step the code matched (Accepted, Replayed)
    };
    static Check check(const QString &secret, const QString &code, const QDateTime &now, qint64 lastAcceptedStep);

    // The otpauth:// URI an authenticator app reads (from a QR code or typed):
    // otpauth://totp/Issuer:login?secret=…&issuer=…, issuer and login percent-encoded.
    static QString uri(const QString &issuer, const QString &login, const QString &secret);
};

} // namespace bc
