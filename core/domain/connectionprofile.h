#pragma once

#include "core/domain/databaseaddress.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace bc {

// A database the user connects to by name ("Office server"): saved in the settings as its name
// and DatabaseAddress::toUrl(), never with a password (that lives in the keychain under
// DatabaseAddress::secretKey()).
struct ConnectionProfile
{
    Q_DECLARE_TR_FUNCTIONS(bc::ConnectionProfile)

public:
    QString name;
    DatabaseAddress address;

    // A name is non-empty, at most maxNameLength characters and not one of `otherNames`
    // (compared case-insensitively). Error field: "name".
    static Result<void> checkName(const QString &name, const QStringList &otherNames);
    // What the connection form can get wrong before anything is opened. Error fields: "file",
    // "host", "port", "database", "sslMode", "sslRootCertificate".
    static Result<void> checkAddress(const DatabaseAddress &address);
    // `base` if free, else "base 2", "base 3" …
    static QString uniqueName(const QString &base, const QStringList &taken);

    static constexpr int maxNameLength = 80;
    static constexpr int maxDatabaseNameLength = 63; // PostgreSQL's identifier limit, below MariaDB's 64

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace bc
