#include "app/server/activationhttpserver.h"
#include "core/mail/outboxdispatcher.h"
#include "core/platform/appidentity.h"
#include "core/platform/environment.h"
#include "core/platform/translations.h"
#include "core/rules/portrules.h"
#include "core/services/activationservice.h"
#include "core/storage/database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QTextStream>

using namespace Qt::StringLiterals;

// backup-console-server: the activation pages, and the outbox sender for a server deployment.
int main(int argc, char *argv[])
{
    bc::setApplicationIdentity();
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    // Before the parser, so that --help speaks --lang already.
    if (auto installed = bc::installTranslations(app, bc::languageArgument(QCoreApplication::arguments()));
        !installed) {
        err << installed.error().message << Qt::endl;
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("server", "Serves the activation pages of the Backup Account Console."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        u"database"_s,
        QCoreApplication::translate("server",
                                    "The database: a file path, postgresql://user@host:port/name or "
                                    "mariadb://user@host:port/name (default: %1). A server's password comes from "
                                    "BACKUP_CONSOLE_DATABASE_PASSWORD, never from the address.")
            .arg(bc::Database::defaultLocation()),
        u"location"_s);
    const QCommandLineOption listenOption(
        u"listen"_s, QCoreApplication::translate("server", "Address to listen on (default: %1).").arg(u"127.0.0.1"_s),
        u"address"_s, u"127.0.0.1"_s);
    const QCommandLineOption portOption(
        u"port"_s, QCoreApplication::translate("server", "Port to listen on (default: 8080)."), u"port"_s, u"8080"_s);
    const QCommandLineOption mailOption(
        u"send-mail"_s,
        QCoreApplication::translate("server",
                                    "Also deliver the outbox (SMTP password from BACKUP_CONSOLE_SMTP_PASSWORD)."));
    const QCommandLineOption languageOption(u"lang"_s, bc::languageOptionDescription(), u"language"_s);
    parser.addOptions({databaseOption, listenOption, portOption, mailOption, languageOption});
    parser.process(app);

    const QString location =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : bc::Database::defaultLocation();
    auto database = bc::Database::open(location);
    if (!database) {
        err << database.error().message << Qt::endl;
        return 3;
    }
    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    const QHostAddress address(parser.value(listenOption));
    if (!portOk || port > uint(bc::PortRules::highest) || address.isNull()) {
        err << QCoreApplication::translate("server", "Give a port from 0 to 65535 and an IP address to listen on.")
            << Qt::endl;
        return 2;
    }

    bc::ActivationService activation(**database);
    bc::server::ActivationHttpServer server(activation);
    const quint16 listening = server.listen(address, static_cast<quint16>(port));
    if (listening == 0) {
        err << QCoreApplication::translate("server", "Cannot listen on %1 port %2; is it in use?")
                   .arg(address.toString())
                   .arg(port)
            << Qt::endl;
        return 3;
    }
    std::unique_ptr<bc::OutboxDispatcher> dispatcher;
    if (parser.isSet(mailOption)) {
        dispatcher = std::make_unique<bc::OutboxDispatcher>(location);
        dispatcher->setPassword(qEnvironmentVariable(bc::Environment::smtpPassword.data()));
        dispatcher->start();
    }
    // Scripts and tests wait for this line.
    QTextStream(stdout) << "listening " << address.toString() << ' ' << listening << Qt::endl;
    return QCoreApplication::exec();
}
