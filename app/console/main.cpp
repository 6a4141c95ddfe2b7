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

#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace {

// Exit codes shared with the CLI: 2 for a bad command line, 3 when the database cannot be opened or written.
constexpr int exitUsage = 2;

struct ConsoleOptions
{
    QCommandLineOption database;
    QCommandLineOption demo;
    QCommandLineOption language;
    QCommandLineOption operatorLogin;
};

// The console's options on `parser`, in the language installed when it is called.
ConsoleOptions addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate("main", "Create and manage backup accounts."));
    parser.addHelpOption();
    parser.addVersionOption();
    ConsoleOptions options {
        QCommandLineOption(
            u"database"_s,
            QCoreApplication::translate("main",
                                        "The database to open: a file path, postgresql://user@host:port/name or "
                                        "mariadb://user@host:port/name, never with a password (default: the last "
                                        "connection, else %1).")
                .arg(bc::Database::defaultLocation()),
            QCoreApplication::translate("main", "location")),
        QCommandLineOption(
            u"demo"_s,
            QCoreApplication::translate("main", "Fill an empty database with a sample of groups and accounts.")),
        QCommandLineOption(u"lang"_s, bc::languageOptionDescription(), QCoreApplication::translate("main", "language")),
        QCommandLineOption(
            u"operator"_s,
            QCoreApplication::translate("main",
                                        "The operator's login the sign-in starts with (default: $%1). "
                                        "With $%2 (and $%3) set, it signs in without asking.")
                .arg(bc::Environment::operatorLogin, bc::Environment::operatorPassword, bc::Environment::otp),
            QCoreApplication::translate("main", "login")),
    };
    parser.addOption(options.database);
    parser.addOption(options.demo);
    parser.addOption(options.language);
    parser.addOption(options.operatorLogin);
    return options;
}

// Whether the command line only asks for --help or --version, or is wrong: the parser then prints
// and leaves, and no window opens, so no display is needed either.
bool onlyPrints(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    QCommandLineParser parser;
    addOptions(parser);
    return !parser.parse(arguments) || parser.isSet(u"help"_s) || parser.isSet(u"version"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    bc::setApplicationIdentity();
    // --help and --version work without a display: a QApplication would abort before printing them.
    const bool printOnly = onlyPrints(argc, argv);
    const std::unique_ptr<QCoreApplication> app =
        printOnly ? std::make_unique<QCoreApplication>(argc, argv) : std::make_unique<QApplication>(argc, argv);
    // Before the parser, so that --help speaks --lang already.
    if (auto installed = bc::installTranslations(*app, bc::languageArgument(QCoreApplication::arguments()));
        !installed) {
        QTextStream(stderr) << installed.error().message << Qt::endl;
        return exitUsage;
    }
    if (!printOnly) {
        QApplication::setWindowIcon(QIcon(u":/icons/backup-console.svg"_s));
        // Wayland compositors and task bars find the icon through the installed backup-console.desktop.
        QApplication::setDesktopFileName(u"backup-console"_s);
        QApplication::setApplicationDisplayName(QApplication::translate("main", "Backup Account Console"));
    }

    QCommandLineParser parser;
    const ConsoleOptions options = addOptions(parser);
    parser.process(*app);

    bc::Settings settings;
    // --database, else BACKUP_CONSOLE_DATABASE, else the connection used last, else the default file.
    QString location = parser.value(options.database);
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
    session.setFillDemo(parser.isSet(options.demo));
    session.setOperatorLogin(parser.isSet(options.operatorLogin)
                                 ? parser.value(options.operatorLogin).trimmed()
                                 : qEnvironmentVariable(bc::Environment::operatorLogin.data()).trimmed());
    QObject::connect(&session, &bc::ConsoleSession::finished, app.get(),
                     [](int exitCode) { QApplication::exit(exitCode); });
    session.start(*address, origin);
    return QApplication::exec();
}
