#include "core/domain/connectionprofile.h"

#include "core/rules/portrules.h"

#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

std::unexpected<Error> invalid(const QString &field, const QString &message)
{
    return fail(Error::Code::Invalid, field, message);
}

bool containsName(const QStringList &names, const QString &name)
{
    return names.contains(name.trimmed(), Qt::CaseInsensitive);
}

} // namespace

Result<void> ConnectionProfile::checkName(const QString &name, const QStringList &otherNames)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return invalid(u"name"_s, tr("Enter a name for the connection."));
    if (trimmed.size() > maxNameLength)
        return invalid(u"name"_s, tr("Use at most %1 characters.").arg(maxNameLength));
    if (containsName(otherNames, trimmed))
        return invalid(u"name"_s, tr("Another connection is called \"%1\"; choose another name.").arg(trimmed));
    return {};
}

Result<void> ConnectionProfile::checkAddress(const DatabaseAddress &address)
{
    if (!address.isServer()) {
        if (address.file.trimmed().isEmpty())
            return invalid(u"file"_s, tr("Choose the database file."));
        if (QFileInfo(address.file).isDir())
            return invalid(u"file"_s, tr("This is a folder; choose a file in it."));
        return {};
    }
    if (!address.host.isEmpty()) {
        QUrl url;
        url.setHost(address.host, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty() || address.host.contains(u' '))
            return invalid(u"host"_s, tr("Enter a host name (db.example.com) or an IP address."));
    }
    if (auto port = PortRules::check(address.port, PortRules::Zero::MeansDefault); !port)
        return port;
    const QString database = address.database.trimmed();
    if (database.isEmpty())
        return invalid(u"database"_s, tr("Enter the name of the database on the server."));
    if (database.contains(u'/') || database.contains(u'?') || database.contains(u'#'))
        return invalid(u"database"_s, tr("A database name cannot contain /, ? or #."));
    if (database.toUtf8().size() > maxDatabaseNameLength)
        return invalid(u"database"_s, tr("A database name has at most %1 bytes.").arg(maxDatabaseNameLength));
    if (address.backend == DatabaseAddress::Backend::PostgreSql) {
        static const QStringList modes {u"disable"_s, u"allow"_s,     u"prefer"_s,
                                        u"require"_s, u"verify-ca"_s, u"verify-full"_s};
        if (!address.sslMode.isEmpty() && !modes.contains(address.sslMode))
            return invalid(u"sslMode"_s, tr("Choose a TLS mode from the list."));
        if (!address.sslRootCertificate.isEmpty()) {
            const QFileInfo certificate(address.sslRootCertificate);
            if (!certificate.isFile() || !certificate.isReadable())
                return invalid(u"sslRootCertificate"_s,
                               tr("This file cannot be read; choose the server's root "
                                  "certificate (a .pem or .crt file)."));
        }
    }
    return {};
}

QString ConnectionProfile::uniqueName(const QString &base, const QStringList &taken)
{
    if (!containsName(taken, base))
        return base;
    for (int number = 2;; ++number) {
        const QString candidate = u"%1 %2"_s.arg(base).arg(number);
        if (!containsName(taken, candidate))
            return candidate;
    }
}

} // namespace bc
