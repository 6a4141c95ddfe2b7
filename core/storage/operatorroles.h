#pragma once

#include "core/domain/error.h"

#include <QByteArray>
#include <QString>

namespace bc {

class Database;
struct Account;

// Operators' own database roles on PostgreSQL (resources/sql/0017_row_security.sql): each operator
// signs in to the server as a role of its own, whose password is the operator's, and row-level
// security confines that role to the operator's groups. The server is handed a SCRAM-SHA-256
// verifier, never the password, so that no statement or server log holds it. Other backends have
// no such roles: there every call here succeeds doing nothing.
class OperatorRoles final
{
public:
    explicit OperatorRoles(Database &database)
        : m_db(database)
    {
    }

    // The role of the operator with this login key in this database: "alice@backup", or, when that
    // passes the 63 bytes PostgreSQL keeps of a name, "bc_" and 32 hex digits of its SHA-256. The
    // database's bc_role_name() computes the same.
    static QString roleName(const QString &databaseName, const QString &loginKey);

    // PostgreSQL's stored form of a password: "SCRAM-SHA-256$iterations:salt$StoredKey:ServerKey"
    // (RFC 5802/7677), with a random salt unless one is given.
    static QString scramVerifier(const QString &password, const QByteArray &salt = QByteArray(), int iterations = 4096);

    // Inside the write transaction that stored the account's password: gives its role that
    // password, making the role when the account is an operator without one. The database checks
    // that the connection may (the owner's credentials, or an operator that reaches the account).
    Result<void> setPassword(qint64 accountId, const QString &password);
    // The same for an account as stored, asking the server only when it is an operator (the
    // administrator switch or a security group): others have no role.
    Result<void> setPasswordOf(const Account &account, const QString &password);

private:
    Database &m_db;
};

} // namespace bc
