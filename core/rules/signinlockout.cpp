#include "core/rules/signinlockout.h"

#include <algorithm>

namespace bc {

int SignInLockout::delaySeconds(int failures)
{
    if (failures < freeFailures)
        return 0;
    // 2^9 = 512 passes the cap already; stop doubling there so that the shift never overflows.
    const int doublings = std::min(failures - freeFailures, 9);
    return std::min(1 << doublings, longestDelaySeconds);
}

int SignInLockout::secondsLeft(int failures, const QDateTime &lastFailure, const QDateTime &now)
{
    const int delay = delaySeconds(failures);
    if (delay == 0 || !lastFailure.isValid())
        return 0;
    const qint64 leftMs =
        lastFailure.msecsTo(now) < 0 ? qint64(delay) * 1000 : qint64(delay) * 1000 - lastFailure.msecsTo(now);
    if (leftMs <= 0)
        return 0;
    // Whole seconds, rounded up: "wait 1 s" must not turn out to be too short.
    return static_cast<int>((leftMs + 999) / 1000);
}

QString SignInLockout::message(int seconds)
{
    if (seconds >= 120) {
        const int minutes = (seconds + 59) / 60;
        return tr("Too many failed sign-ins. Wait %n minute(s), then try again.", nullptr, minutes);
    }
    return tr("Too many failed sign-ins. Wait %n second(s), then try again.", nullptr, seconds);
}

} // namespace bc
