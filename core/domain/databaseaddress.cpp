#include "core/domain/databaseaddress.h"

#include <QDir>
#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

const QStringList sslModes {u"disable"_s, u"allow"_s, u"prefer"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s};

std::unexpected<Error> invalid(const QString &message)
{
    return fail(Error::Code::CannotOpen, QString(), message);
}

} // namespace

QString DatabaseAddress::backendName(Backend backend)
{
    switch (backend) {
    case Backend::Sqlite:
        return u"SQLite"_s;
    case Backend::PostgreSql:
        return u"PostgreSQL"_s;
    case Backend::MariaDb:
        return u"MariaDB"_s;
    }
    return {};
}

int DatabaseAddress::effectivePort() const
{
    if (port > 0)
        return port;
    return backend == Backend::MariaDb ? 3306 : 5432;
}

Result<DatabaseAddress> DatabaseAddress::parse(const QString &location)
{
    const QString trimmed = location.trimmed();
    DatabaseAddress address;
    if (trimmed.isEmpty())
        return invalid(tr("No database was given."));

    if (!trimmed.contains("://"_L1) && !trimmed.startsWith("sqlite:"_L1)) {
        address.file = QFileInfo(trimmed).absoluteFilePath();
        return address;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (scheme == "sqlite"_L1) {
        if (url.path().isEmpty())
            return invalid(tr("The database address \"%1\" names no file.").arg(trimmed));
        address.file = QFileInfo(url.path()).absoluteFilePath();
        return address;
    }
    if (scheme == "postgresql"_L1 || scheme == "postgres"_L1)
        address.backend = Backend::PostgreSql;
    else if (scheme == "mariadb"_L1 || scheme == "mysql"_L1)
        address.backend = Backend::MariaDb;
    else
        return invalid(tr("The console cannot open \"%1\" databases; use a file path, postgresql:// or mariadb://.")
                           .arg(scheme.isEmpty() ? trimmed : scheme));

    if (!url.isValid())
        return invalid(tr("The database address \"%1\" is not a valid URL.").arg(trimmed));
    if (!url.password().isEmpty())
        return invalid(tr("The database address must not contain a password. The console asks for it and keeps "
                          "it in the system keychain; the CLI reads BACKUP_CONSOLE_DATABASE_PASSWORD."));
    address.host = url.host();
    address.port = url.port(0);
    address.user = url.userName();
    address.database = url.path().mid(1);
    if (address.database.isEmpty() || address.database.contains(u'/'))
        return invalid(tr("The database address \"%1\" names no database (…/name at its end).").arg(trimmed));

    const QUrlQuery query(url);
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (address.backend == Backend::PostgreSql && key == "sslmode"_L1) {
            if (!sslModes.contains(value))
                return invalid(tr("Unknown sslmode \"%1\"; use one of: %2.").arg(value, sslModes.join(", "_L1)));
            address.sslMode = value;
        } else if (address.backend == Backend::PostgreSql && key == "sslrootcert"_L1) {
            address.sslRootCertificate = value;
        } else if (address.backend == Backend::PostgreSql && key == "signin"_L1) {
            if (value != "operator"_L1)
                return invalid(tr("Unknown signin \"%1\"; the only one is \"operator\".").arg(value));
            if (!address.user.isEmpty())
                return invalid(tr("An address on which an operator signs in names no user: the operator's login "
                                  "is the user."));
            address.operatorSignIn = true;
        } else {
            return invalid(tr("The database address has an unknown option \"%1\".").arg(key));
        }
    }
    return address;
}

QString DatabaseAddress::toUrl() const
{
    if (backend == Backend::Sqlite)
        return file;
    QUrl url;
    url.setScheme(backend == Backend::PostgreSql ? u"postgresql"_s : u"mariadb"_s);
    url.setUserName(user);
    url.setHost(host.isEmpty() ? u"localhost"_s : host);
    if (port > 0)
        url.setPort(port);
    url.setPath(u"/"_s + database);
    QUrlQuery query;
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (!sslRootCertificate.isEmpty())
        query.addQueryItem(u"sslrootcert"_s, sslRootCertificate);
    if (operatorSignIn && backend == Backend::PostgreSql)
        query.addQueryItem(u"signin"_s, u"operator"_s);
    url.setQuery(query);
    return url.toString();
}

QString DatabaseAddress::displayName() const
{
    if (backend == Backend::Sqlite)
        return QDir::toNativeSeparators(file);
    return tr("%1 on %2:%3 (%4)")
        .arg(database, host.isEmpty() ? u"localhost"_s : host)
        .arg(effectivePort())
        .arg(backendName(backend));
}

QString DatabaseAddress::secretKey() const
{
    DatabaseAddress plain = *this;
    plain.sslMode.clear();
    plain.sslRootCertificate.clear();
    return u"database:"_s + plain.toUrl();
}

} // namespace bc
