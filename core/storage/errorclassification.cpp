#include "core/storage/errorclassification.h"

#include "core/rules/accountrules.h"
#include "core/storage/database.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// SQLite primary result codes (the low byte of an extended code).
enum SqliteCode
{
    SqliteBusy = 5,
    SqliteLocked = 6,
    SqliteNoMem = 7,
    SqliteReadOnly = 8,
    SqliteIoErr = 10,
    SqliteCorrupt = 11,
    SqliteFull = 13,
    SqliteCantOpen = 14,
    SqliteConstraint = 19,
    SqliteNotADb = 26,
};

using Backend = DatabaseAddress::Backend;
using Kind = DatabaseErrorKind;

Kind sqliteKind(const QString &code)
{
    bool ok = false;
    const int native = code.toInt(&ok);
    switch (ok ? (native & 0xff) : -1) {
    case SqliteConstraint:
        return Kind::Constraint;
    case SqliteBusy:
    case SqliteLocked:
        return Kind::Busy;
    case SqliteFull:
        return Kind::Full;
    case SqliteReadOnly:
        return Kind::ReadOnly;
    case SqliteIoErr:
    case SqliteCantOpen:
    case SqliteNoMem:
        return Kind::Lost;
    case SqliteCorrupt:
    case SqliteNotADb:
        return Kind::Damaged;
    default:
        return Kind::Other;
    }
}

// PostgreSQL: SQLSTATE codes (Appendix A of its manual).
Kind postgresKind(const QString &code)
{
    if (code.startsWith("23"_L1) || code == "P0001"_L1)
        return Kind::Constraint;
    if (code == "22001"_L1)
        return Kind::TooLong;
    if (code == "40001"_L1 || code == "40P01"_L1 || code == "55P03"_L1 || code == "53300"_L1)
        return Kind::Busy;
    if (code == "53100"_L1)
        return Kind::Full;
    if (code == "25006"_L1)
        return Kind::ReadOnly;
    if (code == "42501"_L1)
        return Kind::NoPermission;
    // Class 08: connection exception; 57P01..57P03: the server is shutting down or restarting.
    // No code at all: libpq lost the server before it could say anything.
    if (code.isEmpty() || code.startsWith("08"_L1) || code.startsWith("57P"_L1))
        return Kind::Lost;
    if (code.startsWith("XX"_L1))
        return Kind::Damaged;
    return Kind::Other;
}

// MariaDB: server error numbers (1000–1999, 3000–4999) and client error numbers (2000–2999).
Kind mariadbKind(const QString &code)
{
    switch (code.toInt()) {
    case 1062: // duplicate entry
    case 1586: // duplicate entry, named key
    case 1451: // a row refers to it
    case 1452: // refers to a missing row
    case 1216:
    case 1217:
    case 1644: // SIGNAL from one of our triggers
    case 1048: // NULL into NOT NULL
    case 3819: // check constraint
    case 4025: // check constraint
        return Kind::Constraint;
    case 1406: // data too long
        return Kind::TooLong;
    case 1205: // lock wait timeout
    case 1213: // deadlock
    case 1040: // too many connections
        return Kind::Busy;
    case 1021: // disk full
    case 1114: // table full
        return Kind::Full;
    case 1290: // --read-only
    case 1792: // read-only transaction
        return Kind::ReadOnly;
    case 1142:
    case 1143:
    case 1044:
        return Kind::NoPermission;
    case 0: // no number: the client lost the server before it could say anything
    case 1053: // server shutdown in progress
    case 1927: // connection killed
    case 2002: // cannot connect through the socket
    case 2003: // cannot connect to the server
    case 2006: // server has gone away
    case 2013: // lost connection during query
    case 2055: // lost connection, system error
    case 4031: // disconnected for inactivity
        return Kind::Lost;
    default:
        return Kind::Other;
    }
}

} // namespace

DatabaseErrorKind ErrorClassification::kind(DatabaseAddress::Backend backend, const QString &nativeCode)
{
    switch (backend) {
    case DatabaseAddress::Backend::Sqlite:
        return sqliteKind(nativeCode);
    case DatabaseAddress::Backend::PostgreSql:
        return postgresKind(nativeCode);
    case DatabaseAddress::Backend::MariaDb:
        return mariadbKind(nativeCode);
    }
    return Kind::Other;
}

Error ErrorClassification::toError(DatabaseAddress::Backend backend, const QString &nativeCode, const QString &text)
{
    const Kind kind = ErrorClassification::kind(backend, nativeCode);
    const bool server = backend != Backend::Sqlite;
    switch (kind) {
    case Kind::Constraint:
        // The index names are the same on every backend; SQLite names a column ("accounts.login_key")
        // for a plain unique index, but only the index for an index on an expression.
        if (text.contains("accounts.login_key"_L1) || text.contains("accounts_login_key"_L1))
            return {Error::Code::LoginTaken, QString(), Database::tr("That login is already taken.")};
        if (text.contains("groups_single_root"_L1))
            return {Error::Code::NotAllowed, QString(), Database::tr("The database has a top group already.")};
        if (text.contains("groups_sibling_name"_L1) || (text.contains("groups."_L1) && text.contains("UNIQUE"_L1)))
            return {Error::Code::NameTaken, QString(), Database::tr("A group with that name exists there already.")};
        if (text.contains("data lock"_L1))
            return {
                Error::Code::NotAllowed, Field::profile,
                Database::tr("The account is on a data-locked profile: it cannot be deleted, change profile or lose a "
                             "license.")};
        if (text.contains("append-only"_L1))
            return {Error::Code::NotAllowed, QString(), Database::tr("The audit log cannot be changed or shortened.")};
        if (text.contains("foreign key"_L1, Qt::CaseInsensitive))
            return {Error::Code::NotAllowed, QString(),
                    Database::tr("Something it refers to was changed or removed meanwhile.")};
        if ((text.contains("UNIQUE"_L1) && text.contains("name_key"_L1))
            || ((text.contains("unique constraint"_L1) || text.contains("Duplicate entry"_L1))
                && text.contains("_name"_L1)))
            return {Error::Code::NameTaken, Field::groupName, Database::tr("That name is taken here already.")};
        return {Error::Code::Invalid, QString(),
                Database::tr("The database refused a value that breaks one of its rules.")};
    case Kind::TooLong:
        return {Error::Code::Invalid, QString(), Database::tr("A value is too long for the database.")};
    case Kind::Busy:
        return {Error::Code::DatabaseBusy, QString(),
                Database::tr(
                    "The database is busy with another program's change. Try again in a moment; nothing was lost.")};
    case Kind::Full:
        return {Error::Code::DatabaseFull, QString(),
                server
                    ? Database::tr("The database server has no space left. Ask its administrator; nothing was lost.")
                    : Database::tr("The disk holding the database is full. Free some space and try again; nothing was "
                                   "lost.")};
    case Kind::ReadOnly:
        return {Error::Code::DatabaseReadOnly, QString(),
                server ? Database::tr(
                    "The database server accepts no changes at the moment (read-only). Nothing was changed.")
                       : Database::tr("The database file cannot be written (it is read-only). Nothing was changed.")};
    case Kind::NoPermission:
        return {Error::Code::NotAllowed, QString(),
                Database::tr("Your database user may not do that; ask the database's administrator.")};
    case Kind::Lost:
        return {Error::Code::ConnectionLost, QString(),
                server
                    ? Database::tr("The database server is unreachable. What you typed is kept; try again when it is "
                                   "back.")
                    : Database::tr("The database file could not be read or written. Check the disk and try again.")};
    case Kind::Damaged:
        return {Error::Code::CannotOpen, QString(), Database::tr("The database file is damaged or not a database.")};
    case Kind::Other:
        break;
    }
    return Database::internalError();
}

} // namespace bc
