#include "app/cli/cliapplication.h"

#include "core/platform/appidentity.h"
#include "core/platform/translations.h"

#include <QCoreApplication>
#include <QTextStream>

int main(int argc, char *argv[])
{
    bc::setApplicationIdentity();
    QCoreApplication app(argc, argv);
    // Before CliApplication parses anything, so that its help and its errors speak --lang already.
    if (auto installed = bc::installTranslations(app, bc::languageArgument(QCoreApplication::arguments()));
        !installed) {
        QTextStream(stderr) << installed.error().message << Qt::endl;
        return static_cast<int>(bc::cli::ExitCode::Usage);
    }
    bc::cli::CliApplication cli;
    return static_cast<int>(cli.run(QCoreApplication::arguments()));
}
