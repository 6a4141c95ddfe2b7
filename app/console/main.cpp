#include "core/domain/databaseaddress.h"
#include "core/platform/appidentity.h"
#include "core/platform/environment.h"
#include "core/platform/keychainsecretstore.h"
#include "core/platform/settings.h"
#include "core/platform/translations.h"
#include "core/storage/database.h"
#include "ui/connection/consolesession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Exit codes shared with the CLI: 2 for a bad command line, 3 when the database cannot be opened or written.
constexpr int exitUsage = 2;

} // namespace

int main(int argc, char *argv[])
{
    bc::setApplicationIdentity();
    QApplication app(argc, argv);
    // Before the parser, so that --help speaks --lang already.
    if (auto installed = bc::installTranslations(app, bc::languageArgument(QApplication::arguments())); !installed) {
        QTextStream(stderr) << installed.error().message << Qt::endl;
        return exitUsage;
    }
    QApplication::setWindowIcon(QIcon(u":/icons/backup-console.svg"_s));
    // Wayland compositors and task bars find the icon through the installed backup-console.desktop.
    QApplication::setDesktopFileName(u"backup-console"_s);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Backup Account Console"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Create and manage backup accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption(
        u"database"_s,
        QApplication::translate("main",
                                "The database to open: a file path, postgresql://user@host:port/name or "
                                "mariadb://user@host:port/name, never with a password (default: the last "
                                "connection, else %1).")
            .arg(bc::Database::defaultLocation()),
        QApplication::translate("main", "location"));
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Fill an empty database with a sample of groups and accounts."));
    const QCommandLineOption languageOption(u"lang"_s, bc::languageOptionDescription(),
                                            QApplication::translate("main", "language"));
    parser.addOption(databaseOption);
    parser.addOption(demoOption);
    parser.addOption(languageOption);
    parser.process(app);

    bc::Settings settings;
    // --database, else BACKUP_CONSOLE_DATABASE, else the connection used last, else the default file.
    QString location = parser.value(databaseOption);
    if (location.isEmpty())
        location = qEnvironmentVariable(bc::Environment::database.data());
    const auto origin =
        location.isEmpty() ? bc::ConsoleSession::Origin::Saved : bc::ConsoleSession::Origin::CommandLine;
    std::optional<bc::DatabaseAddress> address;
    if (location.isEmpty()) {
        const QString last = settings.lastConnectionProfile();
        for (const bc::ConnectionProfile &profile : settings.connectionProfiles()) {
            if (!last.isEmpty() && profile.name == last)
                address = profile.address;
        }
        if (!address)
            location = bc::Database::defaultLocation();
    }
    if (!address) {
        auto parsed = bc::DatabaseAddress::parse(location);
        if (!parsed) {
            QTextStream(stderr) << parsed.error().message << Qt::endl;
            QMessageBox::critical(nullptr, QApplication::translate("main", "The database could not be opened"),
                                  parsed.error().message);
            return exitUsage;
        }
        address = *parsed;
    }

    // Passwords of database servers: BACKUP_CONSOLE_DATABASE_PASSWORD, the keychain, or asked for.
    bc::KeychainSecretStore secrets;
    bc::ConsoleSession session(settings, secrets);
    session.setFillDemo(parser.isSet(demoOption));
    QObject::connect(&session, &bc::ConsoleSession::finished, &app, [](int exitCode) { QApplication::exit(exitCode); });
    session.start(*address, origin);
    return QApplication::exec();
}
