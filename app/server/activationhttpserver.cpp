#include "app/server/activationhttpserver.h"

#include "app/server/activationpage.h"
#include "core/services/activationservice.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace bc::server {

namespace {

QHttpServerResponse html(const QByteArray &body, QHttpServerResponse::StatusCode status)
{
    QHttpServerResponse response("text/html; charset=utf-8"_ba, body, status);
    // No script, no frame, no resource from elsewhere; the token never leaves in a Referer.
    response.addHeader("Content-Security-Policy"_ba,
                       "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'"_ba);
    response.addHeader("Referrer-Policy"_ba, "no-referrer"_ba);
    response.addHeader("X-Content-Type-Options"_ba, "nosniff"_ba);
    response.addHeader("Cache-Control"_ba, "no-store"_ba);
    return response;
}

QHttpServerResponse refusal(const ActivationService::LinkCheck &check)
{
    const auto status = check.state == ActivationService::LinkState::Unknown ? QHttpServerResponse::StatusCode::NotFound
                                                                             : QHttpServerResponse::StatusCode::Gone;
    return html(ActivationPage::refused(ActivationPage::tr("This link cannot be used"), check.message), status);
}

QHttpServerResponse unavailable()
{
    return html(ActivationPage::refused(ActivationPage::tr("Please try again later"),
                                        ActivationPage::tr("The service is not available right now. Nothing was "
                                                           "changed; try the link again in a few minutes.")),
                QHttpServerResponse::StatusCode::ServiceUnavailable);
}

} // namespace

ActivationHttpServer::ActivationHttpServer(ActivationService &activation, QObject *parent)
    : QObject(parent)
    , m_activation(activation)
{
    m_server.route(u"/activate/<arg>"_s, QHttpServerRequest::Method::Get,
                   [this](const QString &token) { return show(token); });
    m_server.route(u"/activate/<arg>"_s, QHttpServerRequest::Method::Post,
                   [this](const QString &token, const QHttpServerRequest &request) { return submit(token, request); });
    m_server.route(u"/health"_s, [] { return QHttpServerResponse("text/plain"_ba, "ok\n"_ba); });
}

quint16 ActivationHttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port);
}

QHttpServerResponse ActivationHttpServer::show(const QString &token)
{
    auto check = m_activation.check(token);
    if (!check)
        return unavailable();
    if (check->state != ActivationService::LinkState::Valid)
        return refusal(*check);
    return html(ActivationPage::form(check->name, check->login), QHttpServerResponse::StatusCode::Ok);
}

QHttpServerResponse ActivationHttpServer::submit(const QString &token, const QHttpServerRequest &request)
{
    auto check = m_activation.check(token);
    if (!check)
        return unavailable();
    if (check->state != ActivationService::LinkState::Valid)
        return refusal(*check);
    const QUrlQuery form(QString::fromUtf8(request.body()));
    const QString password = form.queryItemValue(u"password"_s, QUrl::FullyDecoded);
    const QString confirm = form.queryItemValue(u"confirm"_s, QUrl::FullyDecoded);
    if (password != confirm)
        return html(ActivationPage::form(check->name, check->login, ActivationPage::tr("The two passwords differ.")),
                    QHttpServerResponse::StatusCode::UnprocessableEntity);
    auto activated = m_activation.activate(token, password);
    if (!activated) {
        if (activated.error().isDatabaseProblem())
            return unavailable();
        if (activated.error().field == u"password"_s)
            return html(ActivationPage::form(check->name, check->login, activated.error().message),
                        QHttpServerResponse::StatusCode::UnprocessableEntity);
        return html(ActivationPage::refused(ActivationPage::tr("This link cannot be used"), activated.error().message),
                    QHttpServerResponse::StatusCode::Gone);
    }
    return html(ActivationPage::done(check->name, check->login), QHttpServerResponse::StatusCode::Ok);
}

} // namespace bc::server
