#include "cliapplication.h"

#include "appidentity.h"
#include "translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    bc::setApplicationIdentity();
    QCoreApplication app(argc, argv);
    bc::installTranslations(app);
    bc::cli::CliApplication cli;
    return static_cast<int>(cli.run(QCoreApplication::arguments()));
}
