#pragma once

#include <QString>

namespace bc::SystemAccount {

// Who is acting: the operating-system account of this process (getpwuid(geteuid()), never the
// environment), until operators sign in. The audit log names it.
QString name();
// Where this process runs as whom: "name@host" (the host's name as the system gives it).
QString origin();

} // namespace bc::SystemAccount
