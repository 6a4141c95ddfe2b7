#include "core/platform/appidentity.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace bc {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"BackupConsole"_s);
    QCoreApplication::setOrganizationDomain(u"backup-console.invalid"_s);
    QCoreApplication::setApplicationName(u"console"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(BACKUP_CONSOLE_VERSION));
}

} // namespace bc
