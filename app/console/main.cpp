#include "accountservice.h"
#include "appidentity.h"
#include "catalogservice.h"
#include "changewatcher.h"
#include "database.h"
#include "demodata.h"
#include "groupnamedialog.h"
#include "groupservice.h"
#include "mainwindow.h"
#include "settings.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

// Exit codes shared with the CLI: 2 for a bad command line, 3 when the database cannot be opened or written.
constexpr int exitUsage = 2;
constexpr int exitDatabaseProblem = 3;

// On an empty database, ask for the MSP's name and create the top group. False when cancelled.
bool ensureRootGroup(bc::GroupService &groups)
{
    auto root = groups.root();
    if (root && *root)
        return true;
    bc::GroupNameDialog dialog(QApplication::translate("main", "Welcome to the Backup Account Console"),
                               QApplication::translate("main",
                                                       "This database is empty. Enter the &name of your "
                                                       "organization (the managed-service provider); customer "
                                                       "organizations go below it."),
                               QString(), [&groups](const QString &name) -> bc::Result<void> {
                                   auto created = groups.createRoot(name);
                                   if (!created)
                                       return bc::fail(created.error());
                                   return {};
                               });
    return dialog.exec() == QDialog::Accepted;
}

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
    const QCommandLineOption databaseOption(u"database"_s,
                                            QApplication::translate("main", "The database file to open (default: %1).")
                                                .arg(bc::Database::defaultLocation()),
                                            QApplication::translate("main", "path"));
    const QCommandLineOption demoOption(
        u"demo"_s, QApplication::translate("main", "Fill an empty database with a sample of groups and accounts."));
    const QCommandLineOption languageOption(u"lang"_s, bc::languageOptionDescription(),
                                            QApplication::translate("main", "language"));
    parser.addOption(databaseOption);
    parser.addOption(demoOption);
    parser.addOption(languageOption);
    parser.process(app);

    const QString location =
        parser.isSet(databaseOption) ? parser.value(databaseOption) : bc::Database::defaultLocation();
    auto database = bc::Database::open(location);
    if (!database) {
        QMessageBox::critical(nullptr, QApplication::translate("main", "The database could not be opened"),
                              database.error().message);
        return exitDatabaseProblem;
    }
    bc::GroupService groups(**database);
    bc::AccountService accounts(**database);

    if (parser.isSet(demoOption)) {
        auto root = groups.root();
        if (root && !*root) {
            bc::CatalogService demoCatalog(**database);
            if (auto filled = bc::DemoData::fill(groups, accounts, QString(), 300, &demoCatalog); !filled) {
                QMessageBox::critical(nullptr, QApplication::translate("main", "The demo data was not written"),
                                      filled.error().message);
                return exitDatabaseProblem;
            }
        }
    }
    if (!ensureRootGroup(groups))
        return 0;

    bc::Settings settings;
    bc::CatalogService catalog(**database);
    bc::MainWindow window(groups, accounts, catalog, settings, (*database)->displayName());
    // Another console, the CLI or the activation server changed something: show it.
    bc::ChangeWatcher watcher(**database);
    QObject::connect(&watcher, &bc::ChangeWatcher::changedElsewhere, &window,
                     &bc::MainWindow::showChangesMadeElsewhere);
    window.show();
    return QApplication::exec();
}
