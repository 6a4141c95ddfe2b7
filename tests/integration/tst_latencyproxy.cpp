#include "tests/common/latencyproxy.h"
#include "tests/common/testdatabase.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <limits>
#include <memory>

using namespace Qt::StringLiterals;
using bc::test::LatencyProxy;

namespace {

// A server that sends back what it gets, on the test's thread, noting when bytes arrived.
class EchoServer final
{
public:
    EchoServer()
    {
        m_clock.start();
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                m_sockets.append(socket);
                QObject::connect(socket, &QTcpSocket::readyRead, socket, [this, socket] {
                    m_lastArrival = m_clock.elapsed();
                    socket->write(socket->readAll());
                });
                QObject::connect(socket, &QTcpSocket::disconnected, socket, [this] { ++m_hangUps; });
            }
        });
        m_server.listen(QHostAddress::LocalHost, 0);
    }
    quint16 port() const { return m_server.serverPort(); }
    int accepted() const { return static_cast<int>(m_sockets.size()); }
    int hangUps() const { return m_hangUps; }
    // Milliseconds of the test's clock (clock()) when the last bytes arrived.
    qint64 lastArrival() const { return m_lastArrival; }
    const QElapsedTimer &clock() const { return m_clock; }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_sockets;
    QElapsedTimer m_clock;
    qint64 m_lastArrival = -1;
    int m_hangUps = 0;
};

// Sends `bytes` and waits until as many came back; what came back.
QByteArray roundTrip(QTcpSocket &socket, const QByteArray &bytes, int timeoutMs = 20000)
{
    QByteArray received;
    auto connection = QObject::connect(&socket, &QTcpSocket::readyRead, &socket,
                                       [&socket, &received] { received += socket.readAll(); });
    socket.write(bytes);
    // Short on a timeout: the caller compares.
    (void)QTest::qWaitFor([&] { return received.size() >= bytes.size(); }, timeoutMs);
    QObject::disconnect(connection);
    return received;
}

bool connectTo(QTcpSocket &socket, quint16 port)
{
    socket.connectToHost(QHostAddress::LocalHost, port);
    return QTest::qWaitFor([&] { return socket.state() == QAbstractSocket::ConnectedState; }, 5000);
}

} // namespace

// The proxy the responsiveness benchmark puts between the console and its database server: bytes
// pass unchanged, each direction late by the delay asked for, connections cut and refused on demand.
class TestLatencyProxy final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldPassEveryByteUnchanged_data();
    void shouldPassEveryByteUnchanged();
    void shouldDelayEachDirection_data();
    void shouldDelayEachDirection();
    void shouldTakeANewDelayAtOnce();
    void shouldCloseBothEndsWhenDropping();
    void shouldRefuseNewConnectionsWhileDown();
    void shouldCarryADatabaseConnection_data();
    void shouldCarryADatabaseConnection();
};

void TestLatencyProxy::shouldPassEveryByteUnchanged_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<int>("delay");
    QTest::newRow("one byte") << 1 << 0;
    QTest::newRow("one byte, delayed") << 1 << 20;
    QTest::newRow("64 KiB") << 64 * 1024 << 0;
    QTest::newRow("8 MiB") << 8 * 1024 * 1024 << 0;
    QTest::newRow("8 MiB, delayed") << 8 * 1024 * 1024 << 20;
}

void TestLatencyProxy::shouldPassEveryByteUnchanged()
{
    QFETCH(int, size);
    QFETCH(int, delay);
    EchoServer echo;
    LatencyProxy proxy(u"127.0.0.1"_s, echo.port(), delay);
    QVERIFY(proxy.start());
    QTcpSocket client;
    QVERIFY2(connectTo(client, proxy.port()), qPrintable(client.errorString()));
    QByteArray bytes(size, Qt::Uninitialized);
    QRandomGenerator random(static_cast<quint32>(size));
    for (char &byte : bytes)
        byte = static_cast<char>(random.bounded(256));
    const QByteArray back = roundTrip(client, bytes);
    QCOMPARE(back.size(), bytes.size());
    QVERIFY2(back == bytes, "the bytes came back changed");
    QCOMPARE(proxy.openConnections(), 1);
}

void TestLatencyProxy::shouldDelayEachDirection_data()
{
    QTest::addColumn<int>("delay");
    QTest::newRow("none") << 0;
    QTest::newRow("30 ms") << 30;
    QTest::newRow("100 ms") << 100;
}

void TestLatencyProxy::shouldDelayEachDirection()
{
    QFETCH(int, delay);
    EchoServer echo;
    LatencyProxy proxy(u"127.0.0.1"_s, echo.port(), delay);
    QVERIFY(proxy.start());
    QTcpSocket client;
    QVERIFY2(connectTo(client, proxy.port()), qPrintable(client.errorString()));
    // The shortest of a few tries: the machine may be busy now and then, never faster.
    qint64 shortestOneWay = std::numeric_limits<qint64>::max();
    qint64 shortestRoundTrip = std::numeric_limits<qint64>::max();
    for (int i = 0; i < 4; ++i) {
        const qint64 sent = echo.clock().elapsed();
        QCOMPARE(roundTrip(client, "ping"), QByteArray("ping"));
        shortestRoundTrip = qMin(shortestRoundTrip, echo.clock().elapsed() - sent);
        shortestOneWay = qMin(shortestOneWay, echo.lastArrival() - sent);
    }
    QVERIFY2(shortestOneWay >= delay, qPrintable(u"there in %1 ms"_s.arg(shortestOneWay)));
    QVERIFY2(shortestRoundTrip >= 2 * delay, qPrintable(u"back in %1 ms"_s.arg(shortestRoundTrip)));
    // Not wildly more: the slack is for a machine busy with other work.
    QVERIFY2(shortestRoundTrip <= 2 * delay + 250, qPrintable(u"back in %1 ms"_s.arg(shortestRoundTrip)));
    QCOMPARE(proxy.delay(), delay);
}

void TestLatencyProxy::shouldTakeANewDelayAtOnce()
{
    EchoServer echo;
    LatencyProxy proxy(u"127.0.0.1"_s, echo.port(), 0);
    QVERIFY(proxy.start());
    QTcpSocket client;
    QVERIFY2(connectTo(client, proxy.port()), qPrintable(client.errorString()));
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(roundTrip(client, "fast"), QByteArray("fast"));
    QVERIFY2(timer.elapsed() < 200, qPrintable(u"back in %1 ms"_s.arg(timer.elapsed())));
    proxy.setDelay(200);
    timer.start();
    QCOMPARE(roundTrip(client, "slow"), QByteArray("slow"));
    QVERIFY2(timer.elapsed() >= 400, qPrintable(u"back in %1 ms"_s.arg(timer.elapsed())));
    proxy.setDelay(0);
    timer.start();
    QCOMPARE(roundTrip(client, "fast again"), QByteArray("fast again"));
    QVERIFY2(timer.elapsed() < 200, qPrintable(u"back in %1 ms"_s.arg(timer.elapsed())));
}

void TestLatencyProxy::shouldCloseBothEndsWhenDropping()
{
    EchoServer echo;
    LatencyProxy proxy(u"127.0.0.1"_s, echo.port(), 10);
    QVERIFY(proxy.start());
    QTcpSocket first;
    QTcpSocket second;
    QVERIFY(connectTo(first, proxy.port()));
    QVERIFY(connectTo(second, proxy.port()));
    QCOMPARE(roundTrip(first, "a"), QByteArray("a"));
    QCOMPARE(roundTrip(second, "b"), QByteArray("b"));
    QCOMPARE(proxy.openConnections(), 2);
    QCOMPARE(echo.accepted(), 2);

    proxy.dropConnections();
    QTRY_COMPARE(first.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(second.state(), QAbstractSocket::UnconnectedState);
    QTRY_COMPARE(echo.hangUps(), 2);
    QCOMPARE(proxy.openConnections(), 0);
    // Still listening: a new connection works.
    QTcpSocket third;
    QVERIFY(connectTo(third, proxy.port()));
    QCOMPARE(roundTrip(third, "c"), QByteArray("c"));
}

void TestLatencyProxy::shouldRefuseNewConnectionsWhileDown()
{
    EchoServer echo;
    LatencyProxy proxy(u"127.0.0.1"_s, echo.port(), 0);
    QVERIFY(proxy.start());
    const quint16 port = proxy.port();
    proxy.setDown(true);
    QVERIFY(proxy.isDown());
    QTcpSocket refused;
    refused.connectToHost(QHostAddress::LocalHost, port);
    QTRY_COMPARE(refused.error(), QAbstractSocket::ConnectionRefusedError);
    QCOMPARE(echo.accepted(), 0);

    proxy.setDown(false);
    QCOMPARE(proxy.port(), port);
    QTcpSocket accepted;
    QVERIFY2(connectTo(accepted, port), qPrintable(accepted.errorString()));
    QCOMPARE(roundTrip(accepted, "up"), QByteArray("up"));
}

void TestLatencyProxy::shouldCarryADatabaseConnection_data()
{
    QTest::addColumn<int>("delay");
    QTest::newRow("no delay") << 0;
    QTest::newRow("50 ms") << 50;
}

void TestLatencyProxy::shouldCarryADatabaseConnection()
{
    QFETCH(int, delay);
    if (!bc::test::isServer())
        QSKIP("needs a database server: runs as tst_latencyproxy_postgresql and _mariadb");
    const QString location = bc::test::freshLocation(u"proxy"_s);
    QVERIFY(!location.isEmpty());
    QUrl url(location);
    LatencyProxy proxy(url.host(), static_cast<quint16>(url.port()), delay);
    QVERIFY(proxy.start());
    url.setPort(proxy.port());
    const QString name = u"through-proxy"_s;
    {
        QSqlDatabase db = bc::test::addConnection(url.toString(), name);
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QCOMPARE(proxy.openConnections(), 1);
        QSqlQuery query(db);
        QElapsedTimer timer;
        timer.start();
        QVERIFY2(query.exec(u"SELECT 40 + 2"_s), qPrintable(query.lastError().text()));
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toInt(), 42);
        QVERIFY2(timer.elapsed() >= 2 * delay, qPrintable(u"answered in %1 ms"_s.arg(timer.elapsed())));

        // Cut: the next statement fails instead of hanging; a new connection works again.
        proxy.dropConnections();
        QSqlQuery afterCut(db);
        QVERIFY2(!afterCut.exec(u"SELECT 1"_s), "a statement went through a cut connection");
        db.close();
        QVERIFY2(db.open(), qPrintable(db.lastError().text()));
        QSqlQuery again(db);
        QVERIFY2(again.exec(u"SELECT 1"_s) && again.next(), qPrintable(again.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

QTEST_GUILESS_MAIN(TestLatencyProxy)
#include "tst_latencyproxy.moc"
