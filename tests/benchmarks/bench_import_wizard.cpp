// bench_import_wizard: File → Import accounts… in the console, driven as a person would (the main
// window open, the wizard's Next and Import), on a generated file of this console's format, about
// 1 % of its records broken. Prints, for the check and the import, the time the console takes next to
// core's AccountImport alone on a file of the same size (the command line's path, the baseline), and
// the longest stall of the GUI thread meanwhile, measured with a timer that beats every 2 ms. See
// README ("Benchmark").
#include "core/platform/settings.h"
#include "core/services/accountimport.h"
#include "core/services/accountservice.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/benchmarks/throwawayserver.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/import/importcolumnspage.h"
#include "ui/import/importrunpage.h"
#include "ui/import/importwizard.h"
#include "ui/mainwindow/mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <functional>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

bool writeFile(const QString &path, int rows, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << "login;email;firstName;lastName\r\n";
    for (int i = 0; i < rows; ++i) {
        const QString login = u"%1%2"_s.arg(prefix).arg(i);
        const QString email = i % 100 == 99 ? login + u"(at)example.com"_s : login + u"@example.com"_s;
        out << login << ';' << email << ";Ada;Lovelace " << i << "\r\n";
    }
    return out.status() == QTextStream::Ok;
}

// The longest gap between two beats of a 2 ms timer on the GUI thread, since the last reset().
class Heartbeat
{
public:
    Heartbeat()
    {
        m_timer.setInterval(2);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            m_longest = std::max(m_longest, m_clock.nsecsElapsed() / 1e6);
            m_clock.restart();
        });
        m_timer.start();
        m_clock.start();
    }
    void reset()
    {
        m_longest = 0;
        m_clock.restart();
    }
    [[nodiscard]] double longest() const { return std::max(m_longest, m_clock.nsecsElapsed() / 1e6); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    double m_longest = 0;
};

// Runs the event loop until `done`, at most `seconds`; false on timeout.
bool waitFor(const std::function<bool()> &done, int seconds = 3600)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > seconds * 1000LL)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    return true;
}

struct Row
{
    QString name;
    double core = 0; // ms
    double console = 0; // ms
    double stall = 0; // ms
};

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the console's import wizard against core's import alone."_s);
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Records per file (default 10000)."_s, u"N"_s, u"10000"_s});
    BenchDatabase::addOptions(parser);
    parser.addOption({u"json"_s, u"Print one JSON object instead of the table."_s});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const int rows = qMax(1, parser.value(u"rows"_s).toInt());
    QTemporaryDir dir;
    BenchDatabase bench;
    const std::unique_ptr<Database> opened = bench.open(parser, err);
    if (!opened)
        return 3;
    Database &db = *opened;
    GroupService groups(db);
    AccountService accounts(db);
    auto root = groups.createRoot(u"Bench MSP"_s);
    auto baseline = root ? groups.create(root->id, u"Baseline"_s) : Result<Group>(fail(root.error()));
    auto customer = root ? groups.create(root->id, u"Customer"_s) : Result<Group>(fail(root.error()));
    auto authority = Authority::withoutSignIn(db);
    const QString coreFile = dir.filePath(u"core.csv"_s);
    const QString wizardFile = dir.filePath(u"wizard.csv"_s);
    if (!baseline || !customer || !authority || !writeFile(coreFile, rows, u"core"_s)
        || !writeFile(wizardFile, rows, u"wizard"_s)) {
        err << "the database must be empty, and the temporary folder writable\n";
        return 3;
    }

    // The baseline: core alone, on this thread, as `account import` runs it.
    AccountImport importer(db, accounts, groups, *authority);
    const auto coreRun = [&](bool apply) -> double {
        QFile file(coreFile);
        file.open(QIODevice::ReadOnly);
        QElapsedTimer timer;
        timer.start();
        auto summary = importer.run(file, {.groupId = baseline->id, .apply = apply, .fileName = coreFile});
        if (!summary)
            err << summary.error().message << '\n';
        return timer.nsecsElapsed() / 1e6;
    };
    QList<Row> table {{u"check"_s}, {u"import"_s}};
    table[0].core = coreRun(false);
    table[1].core = coreRun(true);

    // The console: its window on the top group, the wizard into the customer.
    Database::OpenOptions options;
    options.password = qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD");
    auto workspace = std::make_unique<Workspace>(db.address(), options);
    QFuture<Result<void>> open = workspace->open();
    if (!waitFor([&open] { return open.isFinished(); }, 60) || !open.result()) {
        err << "the console could not open the database\n";
        return 3;
    }
    Settings settings(dir.filePath(u"settings.ini"_s));
    MainWindow window(*workspace, settings, u"bench"_s);
    window.show();
    AccountListModel *list = window.accountList()->model();
    waitFor([list] { return list->isSettled() && list->rowCount() > 0; }, 60);
    ImportWizard wizard(*workspace, settings, customer->id, u"Customer"_s, &window);
    wizard.show();
    wizard.columnsPage()->setFilePath(wizardFile);
    Heartbeat heartbeat;
    const auto step = [&](Row &row, QWizard::WizardButton button, ImportRunPage *page) {
        heartbeat.reset();
        QElapsedTimer timer;
        timer.start();
        wizard.button(button)->click();
        waitFor([page] { return !page->isRunning(); });
        row.console = timer.nsecsElapsed() / 1e6;
        row.stall = heartbeat.longest();
    };
    step(table[0], QWizard::NextButton, wizard.previewPage());
    step(table[1], QWizard::CommitButton, wizard.applyPage());
    // Then the window follows: the list counts the new accounts.
    Row follow {u"list follows"_s};
    heartbeat.reset();
    QElapsedTimer timer;
    timer.start();
    const int expected = int(accounts.count({}).value_or(0));
    waitFor([&] { return list->isSettled() && list->rowCount() == expected; }, 120);
    follow.console = timer.nsecsElapsed() / 1e6;
    follow.stall = heartbeat.longest();
    table.append(follow);
    const ImportCounts counts = wizard.applyPage()->counts();

    if (parser.isSet(u"json"_s)) {
        QJsonObject result {{u"rows"_s, rows}, {u"backend"_s, DatabaseAddress::backendName(db.backend())}};
        for (const Row &row : std::as_const(table))
            result.insert(
                row.name,
                QJsonObject {{u"coreMs"_s, row.core}, {u"consoleMs"_s, row.console}, {u"longestStallMs"_s, row.stall}});
        out << QJsonDocument(result).toJson(QJsonDocument::Compact) << '\n';
        return 0;
    }
    const QLocale c = QLocale::c();
    out << "bench_import_wizard: " << rows << " records (" << counts.created << " created, " << counts.errors
        << " errors) on " << DatabaseAddress::backendName(db.backend()) << "\n\n";
    out << "| step | core alone (account import) | the console's wizard | longest GUI-thread stall |\n";
    out << "|---|---|---|---|\n";
    for (const Row &row : std::as_const(table)) {
        out << "| " << row.name << " | "
            << (row.core > 0 ? c.toString(row.core, 'f', 0) + u" ms ("_s + c.toString(rows * 1000.0 / row.core, 'f', 0)
                        + u" rec/s)"_s
                             : u"–"_s)
            << " | " << c.toString(row.console, 'f', 0) << " ms | " << c.toString(row.stall, 'f', 1) << " ms |\n";
    }
    out << "\ncounts: " << (counts.created + counts.errors == rows ? "all records done" : "RECORDS MISSING") << '\n';
    return counts.created + counts.errors == rows ? 0 : 1;
}
