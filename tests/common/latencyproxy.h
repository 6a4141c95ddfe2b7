#pragma once

#include <QAtomicInteger>
#include <QObject>
#include <QString>
#include <QThread>

#include <memory>

// A TCP proxy for tests and benchmarks: a slow or dead network between a client and a server.
// It listens on 127.0.0.1 (a free port), forwards every connection to a host and port, and holds
// each chunk of bytes `delay` milliseconds before it passes it on, in either direction and in
// order: a round trip takes 2 × delay longer than without it. It can cut every open connection
// (dropConnections) and refuse new ones (setDown), as a server that stops or a network that goes
// away would.
//
// It runs on a thread of its own, so that a caller blocked on a statement does not hold up the
// bytes that statement waits for; every member may be called from any thread.
namespace bc::test {

class LatencyProxyWorker;

class LatencyProxy final
{
    Q_DISABLE_COPY_MOVE(LatencyProxy)

public:
    LatencyProxy(const QString &targetHost, quint16 targetPort, int delayMs = 0);
    // Closes every connection and stops the thread.
    ~LatencyProxy();

    // Starts listening; false (and a warning) when no port could be had.
    bool start();
    // The port clients connect to; 0 before start().
    quint16 port() const;

    // The delay added to each direction, for bytes read from now on.
    void setDelay(int delayMs);
    int delay() const;
    // Down: no new connection is accepted (the port refuses them); up again: accepted on the same port.
    void setDown(bool down);
    bool isDown() const;
    // Closes both ends of every open connection, at once, with whatever bytes they still held.
    void dropConnections();

    // How many connections are open, and how many requests went from clients to the server so far:
    // what a client sends, in one chunk or several, until the server answers.
    int openConnections() const;
    qint64 requestsToServer() const;

private:
    QThread m_thread;
    std::unique_ptr<LatencyProxyWorker> m_worker;
};

} // namespace bc::test
