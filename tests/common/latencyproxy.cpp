#include "tests/common/latencyproxy.h"

#include <QDebug>
#include <QElapsedTimer>
#include <QHostAddress>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <list>

namespace bc::test {

namespace {

// One direction of a connection: what was read from one end, each chunk with the time it is due
// at the other end. A chunk without bytes that closes marks where the sender hung up.
struct Direction
{
    struct Chunk
    {
        qint64 due = 0;
        QByteArray bytes;
        bool close = false;
    };
    QTcpSocket *to = nullptr;
    std::deque<Chunk> chunks;
    QTimer timer;
    qint64 lastDue = 0;
    bool closing = false; // the close is queued
};

struct Connection
{
    QTcpSocket *client = nullptr;
    QTcpSocket *server = nullptr;
    Direction toServer;
    Direction toClient;
    int open = 2; // ends not yet closed
    bool cut = false; // both ends closed; the connection goes once the event loop runs again
    bool answered = true; // the server sent something since the client's last request
};

} // namespace

// Lives on the proxy's thread; LatencyProxy calls it there.
class LatencyProxyWorker final : public QObject
{
public:
    LatencyProxyWorker(const QString &host, quint16 port, int delayMs)
        : m_delay(delayMs)
        , m_host(host)
        , m_port(port)
    {
    }

    bool listen()
    {
        m_clock.start();
        m_listener = std::make_unique<QTcpServer>();
        connect(m_listener.get(), &QTcpServer::newConnection, this, &LatencyProxyWorker::accept);
        if (!m_listener->listen(QHostAddress::LocalHost, 0)) {
            qWarning() << "the latency proxy cannot listen:" << m_listener->errorString();
            return false;
        }
        m_listenPort = m_listener->serverPort();
        return true;
    }

    void setDown(bool down)
    {
        if (down == m_down)
            return;
        m_down = down;
        if (down) {
            m_listener->close();
        } else if (!m_listener->listen(QHostAddress::LocalHost, m_listenPort)) {
            qWarning() << "the latency proxy cannot listen on port" << m_listenPort
                       << "again:" << m_listener->errorString();
        }
    }

    void dropConnections()
    {
        for (auto it = m_connections.begin(); it != m_connections.end(); ++it)
            cut(it);
        purge();
    }

    void shutdown()
    {
        dropConnections();
        m_listener.reset();
    }

    quint16 m_listenPort = 0;
    QAtomicInteger<int> m_delay;
    QAtomicInteger<int> m_open;
    QAtomicInteger<qint64> m_requestsToServer;
    QAtomicInteger<bool> m_downFlag;

private:
    using Iterator = std::list<Connection>::iterator;

    void accept()
    {
        while (QTcpSocket *client = m_listener->nextPendingConnection()) {
            Connection &connection = m_connections.emplace_back();
            const Iterator it = std::prev(m_connections.end());
            connection.client = client;
            connection.server = new QTcpSocket(this);
            client->setParent(this);
            connection.toServer.to = connection.server;
            connection.toClient.to = client;
            for (Direction *direction : {&connection.toServer, &connection.toClient}) {
                direction->timer.setSingleShot(true);
                direction->timer.setTimerType(Qt::PreciseTimer);
                connect(&direction->timer, &QTimer::timeout, this, [this, it, direction] { flush(it, *direction); });
            }
            connect(client, &QTcpSocket::readyRead, this, [this, it] { read(it, *it->client, it->toServer); });
            connect(connection.server, &QTcpSocket::readyRead, this,
                    [this, it] { read(it, *it->server, it->toClient); });
            connect(connection.server, &QTcpSocket::connected, this, [this, it] { flush(it, it->toServer); });
            for (QTcpSocket *socket : {client, connection.server}) {
                Direction &onward = socket == client ? connection.toServer : connection.toClient;
                connect(socket, &QTcpSocket::disconnected, this, [this, it, &onward] { hungUp(it, onward); });
                connect(socket, &QTcpSocket::errorOccurred, this,
                        [this, it, &onward](QAbstractSocket::SocketError) { hungUp(it, onward); });
            }
            connection.server->connectToHost(m_host, m_port);
            countOpen();
        }
    }

    void read(Iterator it, QTcpSocket &from, Direction &direction)
    {
        const QByteArray bytes = from.readAll();
        if (bytes.isEmpty())
            return;
        // A request is what a client sends before the server answers: a large one arrives in
        // several chunks.
        if (&direction == &it->toClient) {
            it->answered = true;
        } else if (it->answered) {
            it->answered = false;
            m_requestsToServer.fetchAndAddRelaxed(1);
        }
        enqueue(it, direction, {0, bytes, false});
    }

    // One end closed: the other closes once what was read before has passed on.
    void hungUp(Iterator it, Direction &onward)
    {
        if (it->cut || onward.closing)
            return;
        onward.closing = true;
        enqueue(it, onward, {0, {}, true});
    }

    void enqueue(Iterator it, Direction &direction, Direction::Chunk chunk)
    {
        // Never before the chunk ahead of it: a shorter delay set meanwhile keeps the order.
        chunk.due = qMax(m_clock.elapsed() + m_delay.loadRelaxed(), direction.lastDue);
        direction.lastDue = chunk.due;
        direction.chunks.push_back(std::move(chunk));
        flush(it, direction);
    }

    void flush(Iterator it, Direction &direction)
    {
        // Bytes for the server wait until it is connected.
        if (direction.to->state() != QAbstractSocket::ConnectedState && !direction.chunks.empty()
            && !direction.chunks.front().close) {
            if (direction.to->state() == QAbstractSocket::UnconnectedState)
                remove(it); // the server refused: hungUp closes the client
            return;
        }
        const qint64 now = m_clock.elapsed();
        while (!direction.chunks.empty() && direction.chunks.front().due <= now) {
            Direction::Chunk chunk = std::move(direction.chunks.front());
            direction.chunks.pop_front();
            if (!chunk.close) {
                direction.to->write(chunk.bytes);
                continue;
            }
            direction.to->disconnectFromHost();
            if (--it->open <= 0) {
                remove(it);
                return;
            }
        }
        if (!direction.chunks.empty())
            direction.timer.start(static_cast<int>(direction.chunks.front().due - now));
    }

    // Closes both ends at once, drops what they held; the sockets go later.
    void cut(Iterator it)
    {
        if (it->cut)
            return;
        it->cut = true;
        for (Direction *direction : {&it->toServer, &it->toClient}) {
            direction->timer.stop();
            direction->timer.disconnect(this);
            direction->chunks.clear();
        }
        for (QTcpSocket *socket : {it->client, it->server}) {
            socket->disconnect(this);
            socket->abort();
            socket->deleteLater();
        }
    }

    // From inside the connection's own callbacks: cut now, forget it once they have returned.
    void remove(Iterator it)
    {
        if (it->cut)
            return;
        cut(it);
        countOpen();
        QMetaObject::invokeMethod(this, &LatencyProxyWorker::purge, Qt::QueuedConnection);
    }

    void purge()
    {
        m_connections.remove_if([](const Connection &connection) { return connection.cut; });
        countOpen();
    }

    void countOpen()
    {
        m_open.storeRelaxed(
            static_cast<int>(std::count_if(m_connections.cbegin(), m_connections.cend(),
                                           [](const Connection &connection) { return !connection.cut; })));
    }

    QString m_host;
    quint16 m_port = 0;
    bool m_down = false;
    QElapsedTimer m_clock;
    std::unique_ptr<QTcpServer> m_listener;
    std::list<Connection> m_connections;
};

LatencyProxy::LatencyProxy(const QString &targetHost, quint16 targetPort, int delayMs)
    : m_worker(std::make_unique<LatencyProxyWorker>(targetHost, targetPort, delayMs))
{
    m_thread.setObjectName(QStringLiteral("latency proxy"));
    m_worker->moveToThread(&m_thread);
    m_thread.start();
}

LatencyProxy::~LatencyProxy()
{
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { m_worker->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool LatencyProxy::start()
{
    bool listening = false;
    QMetaObject::invokeMethod(
        m_worker.get(), [this, &listening] { listening = m_worker->listen(); }, Qt::BlockingQueuedConnection);
    return listening;
}

quint16 LatencyProxy::port() const
{
    return m_worker->m_listenPort;
}

void LatencyProxy::setDelay(int delayMs)
{
    m_worker->m_delay.storeRelaxed(qMax(0, delayMs));
}

int LatencyProxy::delay() const
{
    return m_worker->m_delay.loadRelaxed();
}

void LatencyProxy::setDown(bool down)
{
    m_worker->m_downFlag.storeRelaxed(down);
    QMetaObject::invokeMethod(
        m_worker.get(), [this, down] { m_worker->setDown(down); }, Qt::BlockingQueuedConnection);
}

bool LatencyProxy::isDown() const
{
    return m_worker->m_downFlag.loadRelaxed();
}

void LatencyProxy::dropConnections()
{
    QMetaObject::invokeMethod(
        m_worker.get(), [this] { m_worker->dropConnections(); }, Qt::BlockingQueuedConnection);
}

int LatencyProxy::openConnections() const
{
    return m_worker->m_open.loadRelaxed();
}

qint64 LatencyProxy::requestsToServer() const
{
    return m_worker->m_requestsToServer.loadRelaxed();
}

} // namespace bc::test
