#include "core/storage/errorclassification.h"

#include "core/rules/accountrules.h"

#include <QTest>

using namespace Qt::StringLiterals;

using bc::DatabaseErrorKind;
using bc::Error;
using bc::ErrorClassification;
using Backend = bc::DatabaseAddress::Backend;

// Each backend's native error codes and what the user hears of them; no database needed.
class TestErrorClassification final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyBackendsCodesHaveTheirKind_data();
    void everyBackendsCodesHaveTheirKind();
    void theUserHearsPlainWordsForEveryKind_data();
    void theUserHearsPlainWordsForEveryKind();
};

void TestErrorClassification::everyBackendsCodesHaveTheirKind_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("code");
    QTest::addColumn<DatabaseErrorKind>("kind");
    const auto row = [](const char *name, Backend backend, const QString &code, DatabaseErrorKind kind) {
        QTest::newRow(name) << backend << code << kind;
    };
    using K = DatabaseErrorKind;
    // SQLite: primary result codes, and extended ones by their low byte.
    row("sqlite constraint", Backend::Sqlite, u"19"_s, K::Constraint);
    row("sqlite unique (extended)", Backend::Sqlite, u"2067"_s, K::Constraint);
    row("sqlite foreign key (extended)", Backend::Sqlite, u"787"_s, K::Constraint);
    row("sqlite busy", Backend::Sqlite, u"5"_s, K::Busy);
    row("sqlite busy snapshot", Backend::Sqlite, u"517"_s, K::Busy);
    row("sqlite locked", Backend::Sqlite, u"6"_s, K::Busy);
    row("sqlite full", Backend::Sqlite, u"13"_s, K::Full);
    row("sqlite read-only", Backend::Sqlite, u"8"_s, K::ReadOnly);
    row("sqlite i/o error", Backend::Sqlite, u"10"_s, K::Lost);
    row("sqlite i/o error (extended)", Backend::Sqlite, u"266"_s, K::Lost);
    row("sqlite cannot open", Backend::Sqlite, u"14"_s, K::Lost);
    row("sqlite out of memory", Backend::Sqlite, u"7"_s, K::Lost);
    row("sqlite corrupt", Backend::Sqlite, u"11"_s, K::Damaged);
    row("sqlite not a database", Backend::Sqlite, u"26"_s, K::Damaged);
    row("sqlite syntax", Backend::Sqlite, u"1"_s, K::Other);
    row("sqlite no code", Backend::Sqlite, QString(), K::Other);
    row("sqlite not a number", Backend::Sqlite, u"x"_s, K::Other);
    // PostgreSQL: SQLSTATE.
    row("postgresql unique", Backend::PostgreSql, u"23505"_s, K::Constraint);
    row("postgresql foreign key", Backend::PostgreSql, u"23503"_s, K::Constraint);
    row("postgresql check", Backend::PostgreSql, u"23514"_s, K::Constraint);
    row("postgresql raised by a trigger", Backend::PostgreSql, u"P0001"_s, K::Constraint);
    row("postgresql too long", Backend::PostgreSql, u"22001"_s, K::TooLong);
    row("postgresql serialization", Backend::PostgreSql, u"40001"_s, K::Busy);
    row("postgresql deadlock", Backend::PostgreSql, u"40P01"_s, K::Busy);
    row("postgresql lock not available", Backend::PostgreSql, u"55P03"_s, K::Busy);
    row("postgresql too many connections", Backend::PostgreSql, u"53300"_s, K::Busy);
    row("postgresql disk full", Backend::PostgreSql, u"53100"_s, K::Full);
    row("postgresql read-only transaction", Backend::PostgreSql, u"25006"_s, K::ReadOnly);
    row("postgresql no privilege", Backend::PostgreSql, u"42501"_s, K::NoPermission);
    row("postgresql connection failure", Backend::PostgreSql, u"08006"_s, K::Lost);
    row("postgresql admin shutdown", Backend::PostgreSql, u"57P01"_s, K::Lost);
    row("postgresql no code", Backend::PostgreSql, QString(), K::Lost);
    row("postgresql internal", Backend::PostgreSql, u"XX001"_s, K::Damaged);
    row("postgresql syntax", Backend::PostgreSql, u"42601"_s, K::Other);
    // MariaDB: server and client error numbers.
    row("mariadb duplicate entry", Backend::MariaDb, u"1062"_s, K::Constraint);
    row("mariadb duplicate named key", Backend::MariaDb, u"1586"_s, K::Constraint);
    row("mariadb row referred to", Backend::MariaDb, u"1451"_s, K::Constraint);
    row("mariadb missing parent", Backend::MariaDb, u"1452"_s, K::Constraint);
    row("mariadb signal", Backend::MariaDb, u"1644"_s, K::Constraint);
    row("mariadb null", Backend::MariaDb, u"1048"_s, K::Constraint);
    row("mariadb check", Backend::MariaDb, u"4025"_s, K::Constraint);
    row("mariadb too long", Backend::MariaDb, u"1406"_s, K::TooLong);
    row("mariadb lock wait", Backend::MariaDb, u"1205"_s, K::Busy);
    row("mariadb deadlock", Backend::MariaDb, u"1213"_s, K::Busy);
    row("mariadb too many connections", Backend::MariaDb, u"1040"_s, K::Busy);
    row("mariadb disk full", Backend::MariaDb, u"1021"_s, K::Full);
    row("mariadb table full", Backend::MariaDb, u"1114"_s, K::Full);
    row("mariadb read-only server", Backend::MariaDb, u"1290"_s, K::ReadOnly);
    row("mariadb read-only transaction", Backend::MariaDb, u"1792"_s, K::ReadOnly);
    row("mariadb table access denied", Backend::MariaDb, u"1142"_s, K::NoPermission);
    row("mariadb database access denied", Backend::MariaDb, u"1044"_s, K::NoPermission);
    row("mariadb no number", Backend::MariaDb, u"0"_s, K::Lost);
    row("mariadb server gone away", Backend::MariaDb, u"2006"_s, K::Lost);
    row("mariadb lost during query", Backend::MariaDb, u"2013"_s, K::Lost);
    row("mariadb connection killed", Backend::MariaDb, u"1927"_s, K::Lost);
    row("mariadb inactivity", Backend::MariaDb, u"4031"_s, K::Lost);
    row("mariadb syntax", Backend::MariaDb, u"1064"_s, K::Other);
    // One code, three meanings: the backend decides.
    row("5 on postgresql", Backend::PostgreSql, u"5"_s, K::Other);
    row("1062 on sqlite", Backend::Sqlite, u"1062"_s, K::Other);
}

void TestErrorClassification::everyBackendsCodesHaveTheirKind()
{
    QFETCH(Backend, backend);
    QFETCH(QString, code);
    QFETCH(DatabaseErrorKind, kind);
    QCOMPARE(ErrorClassification::kind(backend, code), kind);
}

void TestErrorClassification::theUserHearsPlainWordsForEveryKind_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error::Code>("expected");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, Backend backend, const QString &code, const QString &text,
                        Error::Code expected, const QString &field = QString()) {
        QTest::newRow(name) << backend << code << text << expected << field;
    };
    using C = Error::Code;
    row("sqlite login taken", Backend::Sqlite, u"2067"_s, u"UNIQUE constraint failed: accounts.login_key"_s,
        C::LoginTaken);
    row("sqlite sibling name", Backend::Sqlite, u"2067"_s, u"UNIQUE constraint failed: index 'groups_sibling_name'"_s,
        C::NameTaken);
    row("sqlite foreign key", Backend::Sqlite, u"787"_s, u"FOREIGN KEY constraint failed"_s, C::NotAllowed);
    row("sqlite check", Backend::Sqlite, u"275"_s, u"CHECK constraint failed: ws_limit >= 0"_s, C::Invalid);
    row("sqlite busy", Backend::Sqlite, u"5"_s, u"database is locked"_s, C::DatabaseBusy);
    row("sqlite full", Backend::Sqlite, u"13"_s, u"database or disk is full"_s, C::DatabaseFull);
    row("sqlite read-only", Backend::Sqlite, u"8"_s, u"attempt to write a readonly database"_s, C::DatabaseReadOnly);
    row("sqlite i/o", Backend::Sqlite, u"10"_s, u"disk I/O error"_s, C::ConnectionLost);
    row("sqlite damaged", Backend::Sqlite, u"11"_s, u"database disk image is malformed"_s, C::CannotOpen);
    row("sqlite syntax", Backend::Sqlite, u"1"_s, u"near \"SELEKT\": syntax error"_s, C::Internal);
    row("postgresql login taken", Backend::PostgreSql, u"23505"_s,
        u"duplicate key value violates unique constraint \"accounts_login_key\""_s, C::LoginTaken);
    row("postgresql single root", Backend::PostgreSql, u"23505"_s,
        u"duplicate key value violates unique constraint \"groups_single_root\""_s, C::NotAllowed);
    row("postgresql data lock", Backend::PostgreSql, u"P0001"_s, u"the account is under a data lock"_s, C::NotAllowed,
        bc::Field::profile);
    row("postgresql append-only", Backend::PostgreSql, u"P0001"_s, u"the audit log is append-only"_s, C::NotAllowed);
    row("postgresql name taken", Backend::PostgreSql, u"23505"_s,
        u"duplicate key value violates unique constraint \"profiles_name\""_s, C::NameTaken, bc::Field::groupName);
    row("postgresql too long", Backend::PostgreSql, u"22001"_s, u"value too long"_s, C::Invalid);
    row("postgresql no privilege", Backend::PostgreSql, u"42501"_s, u"permission denied"_s, C::NotAllowed);
    row("postgresql lost", Backend::PostgreSql, QString(), u"server closed the connection"_s, C::ConnectionLost);
    row("postgresql full", Backend::PostgreSql, u"53100"_s, u"could not extend file"_s, C::DatabaseFull);
    row("mariadb login taken", Backend::MariaDb, u"1062"_s, u"Duplicate entry 'alice' for key 'accounts_login_key'"_s,
        C::LoginTaken);
    row("mariadb name taken", Backend::MariaDb, u"1062"_s, u"Duplicate entry 'x' for key 'catalog_name'"_s,
        C::NameTaken, bc::Field::groupName);
    row("mariadb foreign key", Backend::MariaDb, u"1451"_s,
        u"Cannot delete or update a parent row: a foreign key constraint fails"_s, C::NotAllowed);
    row("mariadb busy", Backend::MariaDb, u"1205"_s, u"Lock wait timeout exceeded"_s, C::DatabaseBusy);
    row("mariadb read-only", Backend::MariaDb, u"1290"_s, u"running with the --read-only option"_s,
        C::DatabaseReadOnly);
    row("mariadb gone away", Backend::MariaDb, u"2006"_s, u"MySQL server has gone away"_s, C::ConnectionLost);
    row("mariadb syntax", Backend::MariaDb, u"1064"_s, u"You have an error in your SQL syntax"_s, C::Internal);
}

void TestErrorClassification::theUserHearsPlainWordsForEveryKind()
{
    QFETCH(Backend, backend);
    QFETCH(QString, code);
    QFETCH(QString, text);
    QFETCH(Error::Code, expected);
    QFETCH(QString, field);
    const Error error = ErrorClassification::toError(backend, code, text);
    QVERIFY2(error.code == expected, qPrintable(u"%1: %2"_s.arg(int(error.code)).arg(error.message)));
    QCOMPARE(error.field, field);
    QVERIFY(!error.message.isEmpty());
    QVERIFY2(!error.message.contains(text, Qt::CaseInsensitive), "the server's text reached the user");
    QVERIFY(!error.message.contains(u"SQL"_s));
}

QTEST_GUILESS_MAIN(TestErrorClassification)
#include "tst_errorclassification.moc"
