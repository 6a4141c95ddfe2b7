#include "tests/common/testdatabase.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace {

// A connection made by addConnection, removed again when it goes out of scope.
class Connection
{
public:
    explicit Connection(const QString &location)
        : m_name(u"tst-testsupport-%1"_s.arg(++s_counter))
    {
        QSqlDatabase db = bc::test::addConnection(location, m_name);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Connection() { QSqlDatabase::removeDatabase(m_name); }
    Q_DISABLE_COPY_MOVE(Connection)

    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    static inline int s_counter = 0;
    QString m_name;
    QString m_error;
    bool m_open = false;
};

} // namespace

// The test support itself: on each backend, freshLocation() gives databases that exist, are empty,
// are told apart, and can be reached without core.
class TestTestSupport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void backendFollowsTheEnvironment();
    void freshLocationsAreDistinctEmptyAndConnectable();
    void aLocationNamesWhatTheServerExpects();
    void whatOneDatabaseHoldsTheOthersDoNot();
    void storedBytesSeeWhatWasWritten();
    void freshLocationIsQuick();
    void databasesOfFinishedTestFunctionsAreDropped_data();
    void databasesOfFinishedTestFunctionsAreDropped();

private:
    QString m_lasting; // made in initTestCase()
    QString m_earlier; // made by the first row of databasesOfFinishedTestFunctionsAreDropped
};

void TestTestSupport::initTestCase()
{
    m_lasting = bc::test::freshLocation(u"lasting"_s);
    QVERIFY(!m_lasting.isEmpty());
}

void TestTestSupport::backendFollowsTheEnvironment()
{
    const QString backend = bc::test::backendName();
    QVERIFY2(backend == "sqlite"_L1 || backend == "postgresql"_L1 || backend == "mariadb"_L1, qPrintable(backend));
    QCOMPARE(bc::test::isServer(), backend != "sqlite"_L1);
    QCOMPARE(bc::test::adminConnection().isOpen(), bc::test::isServer());
}

void TestTestSupport::freshLocationsAreDistinctEmptyAndConnectable()
{
    QStringList locations;
    for (int i = 0; i < 3; ++i) {
        const QString location = bc::test::freshLocation(u"distinct"_s);
        QVERIFY2(!location.isEmpty(), "no fresh database (see the warning above)");
        QVERIFY2(!locations.contains(location), qPrintable(location));
        locations.append(location);
        if (!bc::test::isServer())
            QVERIFY2(!QFileInfo::exists(location) && QFileInfo(location).dir().exists(), qPrintable(location));
        Connection connection(location);
        QVERIFY2(connection.isOpen(), qPrintable(location + u": "_s + connection.error()));
        QVERIFY2(connection.db().tables().isEmpty(), qPrintable(connection.db().tables().join(u", "_s)));
    }
}

void TestTestSupport::aLocationNamesWhatTheServerExpects()
{
    if (!bc::test::isServer())
        QSKIP("SQLite locations are file paths");
    const QUrl url(bc::test::freshLocation(u"Odd Name-ÄÖ/1"_s), QUrl::StrictMode);
    QVERIFY2(url.isValid(), qPrintable(url.errorString()));
    QCOMPARE(url.scheme(), bc::test::backendName());
    QCOMPARE(url.userName(), u"bc_test"_s);
    QVERIFY2(url.password().isEmpty(), "a location never holds the password");
    QCOMPARE(url.host(), u"127.0.0.1"_s);
    QVERIFY(url.port() > 0);
    const QString name = url.path().mid(1);
    QVERIFY2(name.startsWith(u"bct_"_s) && name.endsWith(u"_odd_name_1"_s), qPrintable(name));
    QVERIFY2(name == name.toLower() && name.size() <= 63, qPrintable(name));
    const QString longHint(100, u'x');
    QVERIFY(QUrl(bc::test::freshLocation(longHint)).path().mid(1).size() <= 63);
}

void TestTestSupport::whatOneDatabaseHoldsTheOthersDoNot()
{
    const QString first = bc::test::freshLocation(u"first"_s);
    const QString second = bc::test::freshLocation(u"second"_s);
    QVERIFY(!first.isEmpty() && !second.isEmpty());
    {
        Connection connection(first);
        QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
        QSqlQuery query(connection.db());
        QVERIFY2(query.exec(u"CREATE TABLE things (id INTEGER PRIMARY KEY, name VARCHAR(40) NOT NULL)"_s),
                 qPrintable(query.lastError().text()));
        QVERIFY2(query.exec(u"INSERT INTO things (id, name) VALUES (1, 'Grüße')"_s),
                 qPrintable(query.lastError().text()));
        QCOMPARE(connection.db().tables(), QStringList {u"things"_s});
        const QSqlRecord record = connection.db().record(u"things"_s);
        QCOMPARE(record.count(), 2);
        QVERIFY(record.contains(u"name"_s));
        QVERIFY(query.exec(u"SELECT name FROM things"_s) && query.next());
        QCOMPARE(query.value(0).toString(), u"Grüße"_s);
    }
    Connection other(second);
    QVERIFY2(other.isOpen(), qPrintable(other.error()));
    QVERIFY(other.db().tables().isEmpty());
}

void TestTestSupport::storedBytesSeeWhatWasWritten()
{
    const QString location = bc::test::freshLocation(u"stored"_s);
    QVERIFY(!location.isEmpty());
    {
        Connection connection(location);
        QVERIFY2(connection.isOpen(), qPrintable(connection.error()));
        QSqlQuery query(connection.db());
        QVERIFY(query.exec(u"CREATE TABLE notes (body VARCHAR(100))"_s));
        QVERIFY(query.exec(u"INSERT INTO notes (body) VALUES ('a rather unusual sentence')"_s));
    }
    const QByteArray before = bc::test::storedBytes(location);
    QVERIFY2(before.contains("a rather unusual sentence"), before.constData());
    QCOMPARE(bc::test::storedBytes(location), before);
    {
        Connection connection(location);
        QVERIFY(connection.isOpen());
        QVERIFY(QSqlQuery(connection.db()).exec(u"UPDATE notes SET body = 'changed'"_s));
    }
    QVERIFY(bc::test::storedBytes(location) != before);
}

void TestTestSupport::freshLocationIsQuick()
{
    constexpr int count = 10;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < count; ++i)
        QVERIFY(!bc::test::freshLocation(u"quick"_s).isEmpty());
    const qint64 each = timer.elapsed() / count;
    qInfo().noquote() << u"%1: a fresh database in %2 ms"_s.arg(bc::test::backendName()).arg(each);
    // Generous, for a busy machine: dozens of tests take several databases each.
    QVERIFY2(each < 1000, qPrintable(u"%1 ms"_s.arg(each)));
}

void TestTestSupport::databasesOfFinishedTestFunctionsAreDropped_data()
{
    QTest::addColumn<bool>("first");
    QTest::newRow("first") << true;
    QTest::newRow("second") << false;
}

void TestTestSupport::databasesOfFinishedTestFunctionsAreDropped()
{
    QFETCH(bool, first);
    const QString location = bc::test::freshLocation(u"row"_s);
    QVERIFY(!location.isEmpty());
    if (first) {
        m_earlier = location;
        Connection kept(m_earlier); // still open when the next row drops the database
        QVERIFY(kept.isOpen());
        return;
    }
    if (!bc::test::isServer())
        QSKIP("SQLite files stay until the process ends");
    Connection mine(location);
    QVERIFY2(mine.isOpen(), qPrintable(mine.error()));
    Connection earlier(m_earlier);
    QVERIFY2(!earlier.isOpen(), "the first row's database is still there");
    Connection lasting(m_lasting);
    QVERIFY2(lasting.isOpen(), qPrintable(lasting.error()));
}

QTEST_GUILESS_MAIN(TestTestSupport)
#include "tst_testsupport.moc"
