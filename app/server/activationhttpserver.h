#pragma once

#include <QHttpServer>
#include <QObject>

namespace bc {
class ActivationService;
}

namespace bc::server {

// GET /activate/<token> shows the form (or why the link cannot be used), POST sets the password
// and activates the account. Every rule is ActivationService's.
class ActivationHttpServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ActivationHttpServer)

public:
    explicit ActivationHttpServer(ActivationService &activation, QObject *parent = nullptr);

    // The port it listens on, or 0 when it could not listen.
    quint16 listen(const QHostAddress &address, quint16 port);

private:
    QHttpServerResponse show(const QString &token);
    QHttpServerResponse submit(const QString &token, const QHttpServerRequest &request);

    ActivationService &m_activation;
    QHttpServer m_server;
};

} // namespace bc::server
