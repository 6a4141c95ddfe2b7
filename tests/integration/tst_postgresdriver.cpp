// The console's PostgreSQL driver (core/storage/postgresdriver.h) on the throwaway server: every
// type comes back as Qt's QPSQL driver gives it, every literal it writes reads back as the value it
// was written from (also on a server that takes backslashes in strings as escapes), several
// statements answer in turn, errors carry their SQLSTATE, and forward-only queries stream.

#include "core/storage/postgresdriver.h"
#include "tests/common/testdatabase.h"

#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <libpq-fe.h>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace bc;
using namespace bc::test;

class TestPostgresDriver final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void readsEachTypeAsQtsDriverDoes_data();
    void readsEachTypeAsQtsDriverDoes();
    void writesLiteralsThatReadBackAsTheirValue_data();
    void writesLiteralsThatReadBackAsTheirValue();
    void answersSeveralStatementsInTurn_data();
    void answersSeveralStatementsInTurn();
    void theFirstFailingStatementEndsTheMessageWithItsCode_data();
    void theFirstFailingStatementEndsTheMessageWithItsCode();
    void streamsAForwardOnlyQueryAndCountsAnotherOne();
    void aLaterStatementDropsTheRestOfAStreamedOne();
    void aStreamedQueryEndedUnreadLeavesTheConnectionFree();
    void readsDatesRightFromAServerSetToAnotherStyle();
    void refusesAWrongPasswordInTheServersWords();
    void listsTheTablesAndViewsOfTheDatabase();
    void commitsAndRollsBack();
    void aLostConnectionIsAnErrorWithoutACode();
    void cleanupTestCase();

private:
    // A connection through PostgresDriver to the test's database, with libpq `options`.
    QSqlDatabase open(const QString &name, const QString &options = QString(), const QString &password = QString());
    // The value of the one-column, one-row `select` through `db`.
    static QVariant valueOf(QSqlDatabase db, const QString &select);

    QString m_location;
    QSqlDatabase m_qpsql; // Qt's own driver, to compare with
    QStringList m_names;
};

QSqlDatabase TestPostgresDriver::open(const QString &name, const QString &options, const QString &password)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(new PostgresDriver, name);
    db.setHostName(m_qpsql.hostName());
    db.setPort(m_qpsql.port());
    db.setDatabaseName(m_qpsql.databaseName());
    db.setUserName(m_qpsql.userName());
    db.setPassword(password.isEmpty() ? m_qpsql.password() : password);
    db.setConnectOptions(options);
    if (!m_names.contains(name))
        m_names.append(name);
    db.open();
    return db;
}

QVariant TestPostgresDriver::valueOf(QSqlDatabase db, const QString &select)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT "_s + select) || !query.next()) {
        qWarning().noquote() << select << query.lastError().text();
        return u"(failed)"_s;
    }
    return query.value(0);
}

void TestPostgresDriver::initTestCase()
{
    if (backendName() != "postgresql"_L1)
        QSKIP("the console's PostgreSQL driver needs the PostgreSQL test server");
    m_location = freshLocation(u"driver"_s);
    QVERIFY(!m_location.isEmpty());
    m_qpsql = addConnection(m_location, u"qpsql"_s);
    QVERIFY2(m_qpsql.open(), qPrintable(m_qpsql.lastError().text()));
    const QSqlDatabase db = open(u"driver"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
}

void TestPostgresDriver::readsEachTypeAsQtsDriverDoes_data()
{
    QTest::addColumn<QString>("select");
    QTest::addColumn<QVariant>("expected");
    const QDateTime utc(QDate(2026, 12, 7), QTime(9, 30, 15, 250), Qt::UTC);
    QTest::newRow("true") << u"true"_s << QVariant(true);
    QTest::newRow("false") << u"1 = 2"_s << QVariant(false);
    QTest::newRow("smallint") << u"42::int2"_s << QVariant(42);
    QTest::newRow("integer") << u"-7::int4"_s << QVariant(-7);
    QTest::newRow("bigint") << u"9007199254740993::int8"_s << QVariant(9007199254740993LL);
    QTest::newRow("count") << u"count(*) FROM generate_series(1, 3)"_s << QVariant(3LL);
    QTest::newRow("double") << u"1.5::float8"_s << QVariant(1.5);
    QTest::newRow("numeric") << u"12.25::numeric"_s << QVariant(12.25);
    QTest::newRow("sum of bigints") << u"sum(x) FROM (VALUES (1::bigint), (2)) t(x)"_s << QVariant(3.0);
    QTest::newRow("text") << u"'Grüße, O''Brien \\ 日本'::text"_s << QVariant(u"Grüße, O'Brien \\ 日本"_s);
    QTest::newRow("empty text") << u"''::text"_s << QVariant(u""_s);
    QTest::newRow("bytea") << u"'\\x00ff10'::bytea"_s << QVariant(QByteArray("\x00\xff\x10", 3));
    QTest::newRow("date") << u"DATE '2026-12-07'"_s << QVariant(QDate(2026, 12, 7));
    QTest::newRow("time") << u"TIME '10:30:15.250'"_s << QVariant(QTime(10, 30, 15, 250));
    QTest::newRow("timestamptz") << u"TIMESTAMPTZ '2026-12-07 10:30:15.25+01'"_s << QVariant(utc);
    QTest::newRow("timestamptz +05:30") << u"TIMESTAMPTZ '2026-12-07 15:00:15.25+05:30'"_s << QVariant(utc);
    QTest::newRow("timestamp") << u"TIMESTAMP '2026-12-07 09:30:15.25'"_s << QVariant(utc);
    QTest::newRow("json") << u"'{\"a\": 1}'::json"_s << QVariant(u"{\"a\": 1}"_s);
    QTest::newRow("null integer") << u"NULL::int4"_s << QVariant(QMetaType::fromType<int>());
    QTest::newRow("null text") << u"NULL::text"_s << QVariant(QMetaType::fromType<QString>());
    QTest::newRow("null bytea") << u"NULL::bytea"_s << QVariant(QMetaType::fromType<QByteArray>());
}

void TestPostgresDriver::readsEachTypeAsQtsDriverDoes()
{
    QFETCH(QString, select);
    QFETCH(QVariant, expected);
    const QVariant value = valueOf(QSqlDatabase::database(u"driver"_s), select);
    QCOMPARE(value.metaType(), expected.metaType());
    QCOMPARE(value.isNull(), expected.isNull());
    QCOMPARE(value, expected);
    // Qt's own driver gives the same (its timestamps may be in local time: the same instant), but
    // a positive bigint as unsigned; this driver gives it as it is stored, signed.
    const QVariant qts = valueOf(m_qpsql, select);
    QCOMPARE(value.metaType(),
             qts.metaType() == QMetaType::fromType<qulonglong>() ? QMetaType::fromType<qlonglong>() : qts.metaType());
    QCOMPARE(value, qts);
}

void TestPostgresDriver::writesLiteralsThatReadBackAsTheirValue_data()
{
    QTest::addColumn<QString>("options");
    QTest::addColumn<QVariant>("value");
    QByteArray everyByte;
    for (int i = 0; i < 256; ++i)
        everyByte.append(char(i));
    const QList<std::pair<const char *, QVariant>> values {
        {"quotes and backslashes", QVariant(u"O'Brien \\' \\\\n '' \\x41"_s)},
        {"newlines and tabs", QVariant(u"line 1\r\nline 2\tend"_s)},
        {"unicode", QVariant(u"Grüße 日本 🙂 \u202e\u202c"_s)},
        {"empty text", QVariant(u""_s)},
        {"null text", QVariant(QMetaType::fromType<QString>())},
        {"every byte", QVariant(everyByte)},
        {"no bytes", QVariant(QByteArray(""))},
        {"true", QVariant(true)},
        {"false", QVariant(false)},
        {"integer", QVariant(-2147483647)},
        {"smallest bigint", QVariant(std::numeric_limits<qlonglong>::min())},
        {"largest bigint", QVariant(std::numeric_limits<qlonglong>::max())},
        {"tenth", QVariant(0.1)},
        {"huge double", QVariant(1e300)},
        {"infinity", QVariant(-HUGE_VAL)},
        {"date", QVariant(QDate(1999, 12, 31))},
        {"time", QVariant(QTime(23, 59, 58, 125))},
        {"timestamp", QVariant(QDateTime(QDate(2026, 12, 7), QTime(2, 30, 0, 5), Qt::UTC))},
    };
    for (const QString &options : {QString(), u"options='-c standard_conforming_strings=off'"_s}) {
        for (const auto &[name, value] : values)
            QTest::addRow("%s%s", name, options.isEmpty() ? "" : ", backslash escapes") << options << value;
    }
}

void TestPostgresDriver::writesLiteralsThatReadBackAsTheirValue()
{
    QFETCH(QString, options);
    QFETCH(QVariant, value);
    const QString name = options.isEmpty() ? u"driver"_s : u"escapes"_s;
    QSqlDatabase db = QSqlDatabase::database(name, false).isOpen() ? QSqlDatabase::database(name) : open(name, options);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    if (!options.isEmpty())
        QCOMPARE(valueOf(db, u"current_setting('standard_conforming_strings')"_s), QVariant(u"off"_s));
    QSqlField field(QString(), value.metaType());
    if (!value.isNull())
        field.setValue(value);
    const QString literal = db.driver()->formatValue(field);
    // Typed as a value of the type the console would compare it with.
    const QVariant read = valueOf(db, u"CAST(%1 AS %2)"_s.arg(literal, [&] {
        switch (value.metaType().id()) {
        case QMetaType::Bool:
            return u"boolean"_s;
        case QMetaType::Int:
            return u"integer"_s;
        case QMetaType::LongLong:
            return u"bigint"_s;
        case QMetaType::Double:
            return u"float8"_s;
        case QMetaType::QByteArray:
            return u"bytea"_s;
        case QMetaType::QDate:
            return u"date"_s;
        case QMetaType::QTime:
            return u"time"_s;
        case QMetaType::QDateTime:
            return u"timestamptz"_s;
        default:
            return u"text"_s;
        }
    }()));
    QVERIFY2(read.metaType() == value.metaType(), qPrintable(literal));
    QVERIFY2(read == value, qPrintable(literal + u" read as "_s + read.toString()));
}

void TestPostgresDriver::answersSeveralStatementsInTurn_data()
{
    // A forward-only query streams its rows; another reads every result at once.
    QTest::addColumn<bool>("forwardOnly");
    QTest::newRow("streamed") << true;
    QTest::newRow("buffered") << false;
}

void TestPostgresDriver::answersSeveralStatementsInTurn()
{
    QFETCH(bool, forwardOnly);
    QSqlDatabase db = QSqlDatabase::database(u"driver"_s);
    QSqlQuery query(db);
    query.setForwardOnly(forwardOnly);
    QVERIFY2(query.exec(u"CREATE TEMPORARY TABLE turns (n integer); SELECT 1, 'one'; "
                        "INSERT INTO turns SELECT generate_series(1, 5); SELECT n FROM turns ORDER BY n; "
                        "SELECT 'empty' WHERE false; DROP TABLE turns"_s),
             qPrintable(query.lastError().text()));
    QVERIFY(!query.isSelect());
    QVERIFY(query.nextResult());
    QVERIFY(query.isSelect());
    QCOMPARE(query.record().fieldName(1), u"?column?"_s);
    QVERIFY(query.next());
    QCOMPARE(query.value(0), QVariant(1));
    QCOMPARE(query.value(1), QVariant(u"one"_s));
    QVERIFY(!query.next());
    QVERIFY(query.nextResult());
    QVERIFY(!query.isSelect());
    QCOMPARE(query.numRowsAffected(), 5);
    QVERIFY(query.nextResult());
    QCOMPARE(query.size(), forwardOnly ? -1 : 5);
    // Only the first two rows are read: the rest goes with the next result.
    QVERIFY(query.next());
    QVERIFY(query.next());
    QCOMPARE(query.value(0), QVariant(2));
    QVERIFY(query.nextResult());
    QVERIFY(query.isSelect());
    QVERIFY(!query.next());
    QVERIFY(query.nextResult());
    QVERIFY(!query.nextResult());
    QVERIFY2(!query.lastError().isValid(), qPrintable(query.lastError().text()));
}

void TestPostgresDriver::theFirstFailingStatementEndsTheMessageWithItsCode_data()
{
    answersSeveralStatementsInTurn_data();
}

void TestPostgresDriver::theFirstFailingStatementEndsTheMessageWithItsCode()
{
    QFETCH(bool, forwardOnly);
    QSqlDatabase db = QSqlDatabase::database(u"driver"_s);
    QSqlQuery query(db);
    query.setForwardOnly(forwardOnly);
    QVERIFY(query.exec(u"CREATE TABLE IF NOT EXISTS once (login text CONSTRAINT once_login_key UNIQUE)"_s));
    QVERIFY(query.exec(u"DELETE FROM once"_s));
    QVERIFY(query.exec(u"SELECT 1; INSERT INTO once VALUES ('a'), ('a'); SELECT 3"_s));
    QVERIFY(query.next());
    QVERIFY(!query.nextResult());
    QCOMPARE(query.lastError().nativeErrorCode(), u"23505"_s);
    QVERIFY2(query.lastError().databaseText().contains(u"once_login_key"_s),
             qPrintable(query.lastError().databaseText()));
    // The first statement failing: exec() says so.
    QVERIFY(!query.exec(u"SELECT 1/0; SELECT 2"_s));
    QCOMPARE(query.lastError().nativeErrorCode(), u"22012"_s);
    // The connection is free for the next statement, and nothing of the failed message stayed.
    QCOMPARE(valueOf(db, u"count(*) FROM once"_s), QVariant(0LL));
}

void TestPostgresDriver::streamsAForwardOnlyQueryAndCountsAnotherOne()
{
    QSqlDatabase db = QSqlDatabase::database(u"driver"_s);
    QSqlQuery streamed(db);
    streamed.setForwardOnly(true);
    QVERIFY(streamed.exec(u"SELECT n, 'row ' || n FROM generate_series(1, 50000) n"_s));
    QCOMPARE(streamed.size(), -1);
    qlonglong sum = 0;
    int rows = 0;
    while (streamed.next()) {
        sum += streamed.value(0).toInt();
        ++rows;
    }
    QCOMPARE(rows, 50000);
    QCOMPARE(sum, 50000LL * 50001 / 2);

    QSqlQuery buffered(db);
    QVERIFY(buffered.exec(u"SELECT n FROM generate_series(1, 1000) n"_s));
    QCOMPARE(buffered.size(), 1000);
    QVERIFY(buffered.last());
    QCOMPARE(buffered.value(0), QVariant(1000));
    QVERIFY(buffered.seek(499));
    QCOMPARE(buffered.value(0), QVariant(500));
    QVERIFY(buffered.previous());
    QCOMPARE(buffered.value(0), QVariant(499));
}

void TestPostgresDriver::aLaterStatementDropsTheRestOfAStreamedOne()
{
    QSqlDatabase db = QSqlDatabase::database(u"driver"_s);
    QSqlQuery first(db);
    first.setForwardOnly(true);
    QVERIFY(first.exec(u"SELECT n FROM generate_series(1, 1000) n"_s));
    QVERIFY(first.next());
    QCOMPARE(valueOf(db, u"'second'"_s), QVariant(u"second"_s));
    QVERIFY(!first.next());
    QVERIFY(first.lastError().isValid());
}

void TestPostgresDriver::aStreamedQueryEndedUnreadLeavesTheConnectionFree()
{
    // Until the rest of a statement's answer is read, libpq takes in nothing else: a notification
    // (ChangeWatcher's) would wait for the connection's next statement.
    QSqlDatabase db = QSqlDatabase::database(u"driver"_s);
    QVERIFY(QSqlQuery(db).exec(u"LISTEN driver_test"_s));
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        QVERIFY(query.exec(u"SELECT n FROM generate_series(1, 10000) n"_s));
        QVERIFY(query.next());
    }
    QVERIFY(QSqlQuery(m_qpsql).exec(u"NOTIFY driver_test"_s));
    const QVariant handle = db.driver()->handle();
    QCOMPARE(handle.typeName(), "pg_conn*");
    PGconn *connection = *static_cast<PGconn *const *>(handle.constData());
    bool notified = false;
    QTRY_VERIFY_WITH_TIMEOUT(
        PQconsumeInput(connection) == 1 &&
            [&] {
                while (PGnotify *notice = PQnotifies(connection)) {
                    notified = notified || qstrcmp(notice->relname, "driver_test") == 0;
                    PQfreemem(notice);
                }
                return notified;
            }(),
        2000);
    QVERIFY(QSqlQuery(db).exec(u"UNLISTEN driver_test"_s));
}

void TestPostgresDriver::readsDatesRightFromAServerSetToAnotherStyle()
{
    QSqlDatabase db = open(u"german"_s, u"options='-c DateStyle=German'"_s);
    QVERIFY2(db.isOpen(), qPrintable(db.lastError().text()));
    QCOMPARE(valueOf(db, u"DATE '2026-12-07'"_s), QVariant(QDate(2026, 12, 7)));
    QCOMPARE(valueOf(db, u"TIMESTAMPTZ '2026-12-07 10:30:15+01'"_s),
             QVariant(QDateTime(QDate(2026, 12, 7), QTime(9, 30, 15), Qt::UTC)));
}

void TestPostgresDriver::refusesAWrongPasswordInTheServersWords()
{
    const QSqlDatabase db = open(u"wrong"_s, QString(), u"not the password"_s);
    QVERIFY(!db.isOpen());
    QCOMPARE(db.lastError().type(), QSqlError::ConnectionError);
    QVERIFY2(db.lastError().databaseText().contains(u"password authentication failed"_s),
             qPrintable(db.lastError().databaseText()));
}

void TestPostgresDriver::listsTheTablesAndViewsOfTheDatabase()
{
    QSqlDatabase db = QSqlDatabase::database(u"driver"_s);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE listed (n integer); CREATE VIEW seen AS SELECT n FROM listed"_s));
    QVERIFY(db.tables().contains(u"listed"_s));
    QVERIFY(!db.tables().contains(u"seen"_s));
    QCOMPARE(db.tables(QSql::Views), QStringList {u"seen"_s});
    QVERIFY(db.tables(QSql::SystemTables).contains(u"pg_class"_s));
    QStringList ours = db.tables();
    QStringList qts = m_qpsql.tables();
    ours.sort();
    qts.sort();
    QCOMPARE(ours, qts);
}

void TestPostgresDriver::commitsAndRollsBack()
{
    QSqlDatabase db = QSqlDatabase::database(u"driver"_s);
    QSqlQuery query(db);
    QVERIFY(query.exec(u"CREATE TABLE kept (n integer PRIMARY KEY)"_s));
    QVERIFY(db.transaction());
    QVERIFY(query.exec(u"INSERT INTO kept VALUES (1)"_s));
    QVERIFY(db.rollback());
    QVERIFY(db.transaction());
    QVERIFY(query.exec(u"INSERT INTO kept VALUES (2)"_s));
    QVERIFY(db.commit());
    QCOMPARE(valueOf(db, u"string_agg(n::text, ',') FROM kept"_s), QVariant(u"2"_s));
    // A transaction whose statement failed does not commit, and says so.
    QVERIFY(db.transaction());
    QVERIFY(!query.exec(u"INSERT INTO kept VALUES (2)"_s));
    QVERIFY(!db.commit());
    QCOMPARE(valueOf(db, u"count(*) FROM kept"_s), QVariant(1LL));
}

void TestPostgresDriver::aLostConnectionIsAnErrorWithoutACode()
{
    QSqlDatabase db = open(u"lost"_s);
    QVERIFY(db.isOpen());
    const QVariant pid = valueOf(db, u"pg_backend_pid()"_s);
    QSqlQuery admin(adminConnection());
    QVERIFY(admin.exec(u"SELECT pg_terminate_backend(%1)"_s.arg(pid.toInt())));
    QSqlQuery query(db);
    QTRY_VERIFY(!query.exec(u"SELECT 1"_s));
    QCOMPARE(query.lastError().nativeErrorCode(), QString());
    QVERIFY(!query.lastError().databaseText().isEmpty());
    // Opened again, it works again.
    db.close();
    QVERIFY(db.open());
    QCOMPARE(valueOf(db, u"1"_s), QVariant(1));
}

void TestPostgresDriver::cleanupTestCase()
{
    m_qpsql.close();
    m_qpsql = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"qpsql"_s);
    for (const QString &name : std::as_const(m_names))
        QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestPostgresDriver)
#include "tst_postgresdriver.moc"
