#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace bc {

// How long a login waits after failed sign-ins: the first five wrong passwords or codes cost
// nothing, then each further attempt waits 1, 2, 4, … seconds after the last failure, at most
// five minutes. A right sign-in starts the count again.
class SignInLockout final
{
    Q_DECLARE_TR_FUNCTIONS(bc::SignInLockout)

public:
    SignInLockout() = delete;

    static constexpr int freeFailures = 5;
    static constexpr int longestDelaySeconds = 300;

    // The delay the next attempt owes after `failures` failures in a row.
    static int delaySeconds(int failures);
    // How many whole seconds are left to wait at `now` (0: the attempt may go ahead).
    static int secondsLeft(int failures, const QDateTime &lastFailure, const QDateTime &now);
    // What the person is told while the wait lasts.
    static QString message(int seconds);
};

} // namespace bc
