#include "core/platform/systemaccount.h"

#include <QSysInfo>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace bc::SystemAccount {

QString name()
{
    // The system's account of this process, not what USER or LOGNAME claim: anyone can set those.
    // An account the system has no name for is named by its number.
    static const QString actor = [] {
        const uid_t uid = geteuid();
        if (const struct passwd *account = getpwuid(uid); account && account->pw_name && *account->pw_name)
            return QString::fromLocal8Bit(account->pw_name);
        return u"uid %1"_s.arg(uid);
    }();
    return actor;
}

QString origin()
{
    static const QString where = name() + u'@' + QSysInfo::machineHostName();
    return where;
}

} // namespace bc::SystemAccount
