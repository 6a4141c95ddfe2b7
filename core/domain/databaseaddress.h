#pragma once

#include "core/domain/enumkeys.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

// Where the console's data lives: a SQLite file, or a PostgreSQL or MariaDB server.
// Written as a URL (`sqlite:///path`, a plain path, `postgresql://user@host:port/db?sslmode=…`,
// `mariadb://user@host:port/db`). A password is never part of it: the front ends take it from the
// keychain, the user or BACKUP_CONSOLE_DATABASE_PASSWORD and hand it to Database::open.
struct DatabaseAddress
{
    Q_DECLARE_TR_FUNCTIONS(bc::DatabaseAddress)

public:
    enum class Backend
    {
        Sqlite,
        PostgreSql,
        MariaDb,
    };

    Backend backend = Backend::Sqlite;
    QString file; // SQLite: the absolute file path
    QString host; // servers: host name or address (empty = local socket)
    int port = 0; // 0 = the backend's default
    QString database;
    QString user;
    QString sslMode; // PostgreSQL: disable, allow, prefer, require, verify-ca, verify-full (empty = libpq's)
    QString sslRootCertificate; // PostgreSQL: file of the trusted root certificate(s)
    // PostgreSQL, `?signin=operator`: no database user; an operator signs in with its own login and
    // password and connects as its own database role (Database::OpenOptions::operatorLogin).
    bool operatorSignIn = false;

    // Reads a location as users type it. A URL holding a password is refused (it would end up
    // in shell history and QSettings).
    static Result<DatabaseAddress> parse(const QString &location);

    bool isServer() const { return backend != Backend::Sqlite; }
    int effectivePort() const;
    // The URL form, never with a password; parse(toUrl()) gives this address back.
    QString toUrl() const;
    // What a person recognises it by: the file path, or "db on host:port (PostgreSQL)".
    QString displayName() const;
    // The key of this address's password in the keychain ("postgresql://user@host:port/db").
    QString secretKey() const;
    static QString backendName(Backend backend);

    friend bool operator==(const DatabaseAddress &, const DatabaseAddress &) = default;
};

// The backend's key where statements or settings differ by backend.
template<> struct EnumKeys<DatabaseAddress::Backend>
{
    static constexpr std::array entries {
        EnumKey<DatabaseAddress::Backend> {DatabaseAddress::Backend::Sqlite, "sqlite"},
        EnumKey<DatabaseAddress::Backend> {DatabaseAddress::Backend::PostgreSql, "postgresql"},
        EnumKey<DatabaseAddress::Backend> {DatabaseAddress::Backend::MariaDb, "mariadb"},
    };
};

} // namespace bc
