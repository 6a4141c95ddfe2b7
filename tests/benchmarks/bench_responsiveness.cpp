// bench_responsiveness: how the console feels over a slow link. Drives a scripted day of work on
// the real main window, against PostgreSQL through a proxy that adds latency (0, 50 and 150 ms
// per direction by default), and records for each action the time until its result shows and
// the longest stall of the GUI thread meanwhile. See README ("Benchmark").
//
// It drives the console only as a person would: widgets found by objectName, clicks, keys,
// actions. So it runs unchanged whichever thread the console does its database work on.
#include "core/domain/account.h"
#include "core/domain/databaseaddress.h"
#include "core/platform/memorysecretstore.h"
#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/demodata.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/benchmarks/responsivenessscript.h"
#include "tests/common/latencyproxy.h"
#include "ui/connection/consolesession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QUrl>

#include <csignal>
#include <memory>

#include <sys/wait.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

constexpr auto password = "bc-test-password";

// What stops the throwaway server when the run is interrupted or crashes: prepared beforehand,
// run with async-signal-safe calls only (fork, execv, waitpid).
QByteArray stopArguments[7];
char *stopArgv[8] = {};

void stopServerAndDie(int signal)
{
    if (stopArgv[0]) {
        const pid_t child = fork();
        if (child == 0) {
            execv(stopArgv[0], stopArgv);
            _exit(127);
        }
        if (child > 0)
            waitpid(child, nullptr, 0);
    }
    std::signal(signal, SIG_DFL);
    std::raise(signal);
}

void stopServerOnSignals(const QString &script, const QString &dir, const QString &parent)
{
    stopArguments[0] = "/bin/bash";
    stopArguments[1] = "-c";
    stopArguments[2] = R"("$1" stop "$2"; rmdir "$3")";
    stopArguments[3] = "stop-bench-server";
    stopArguments[4] = QFile::encodeName(script);
    stopArguments[5] = QFile::encodeName(dir);
    stopArguments[6] = QFile::encodeName(parent);
    for (int i = 0; i < 7; ++i)
        stopArgv[i] = stopArguments[i].data();
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGABRT})
        std::signal(signal, stopServerAndDie);
}

// The throwaway PostgreSQL server of the tests (tests/servers/postgresql.sh), for a run without
// --database; stopped and removed when this ends.
class ThrowawayServer final
{
public:
    ~ThrowawayServer()
    {
        if (!m_dir.isEmpty())
            script(u"stop"_s);
    }
    // The admin URL, or empty (and said why on stderr).
    QString start(QTextStream &err)
    {
        if (!m_parent.isValid())
            return {};
        // The postgres user (the server's owner when this runs as root) must reach the folder.
        QFile::setPermissions(m_parent.path(), QFile::permissions(m_parent.path()) | QFile::ExeOther);
        m_dir = m_parent.filePath(u"postgresql"_s);
        stopServerOnSignals(QStringLiteral(SERVERS_DIR) + u"/postgresql.sh"_s, m_dir, m_parent.path());
        if (!script(u"start"_s)) {
            err << "the throwaway PostgreSQL server did not start\n";
            return {};
        }
        QFile url(QDir(m_dir).filePath(u"url"_s));
        if (!url.open(QIODevice::ReadOnly))
            return {};
        return QString::fromUtf8(url.readAll()).trimmed();
    }

private:
    bool script(const QString &command)
    {
        QProcess process;
        process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        process.setStandardOutputFile(QProcess::nullDevice());
        process.start(u"bash"_s, {QStringLiteral(SERVERS_DIR) + u"/postgresql.sh"_s, command, m_dir});
        return process.waitForFinished(180000) && process.exitStatus() == QProcess::NormalExit
            && process.exitCode() == 0;
    }

    QTemporaryDir m_parent {QDir::temp().filePath(u"bc-bench-XXXXXX"_s)};
    QString m_dir;
};

bool execute(QSqlDatabase &db, const QString &sql, QTextStream &err)
{
    QSqlQuery query(db);
    if (query.exec(sql))
        return true;
    err << sql << ": " << query.lastError().text() << '\n';
    return false;
}

// Fills the database at `url` with the demo data: a handful of customers, `accounts` accounts.
bool fill(const QString &url, int accounts, QTextStream &err)
{
    auto address = DatabaseAddress::parse(url);
    if (!address) {
        err << address.error().message << '\n';
        return false;
    }
    Database::OpenOptions options;
    options.password = qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD");
    auto db = Database::open(*address, options);
    if (!db) {
        err << db.error().message << '\n';
        return false;
    }
    GroupService groups(**db);
    AccountService accountService(**db);
    CatalogService catalog(**db);
    if (auto root = groups.root(); root && *root)
        return true; // filled before: used as it is
    QElapsedTimer timer;
    timer.start();
    auto filled = DemoData::fill(groups, accountService, QString(), accounts, &catalog);
    if (!filled) {
        err << filled.error().message << '\n';
        return false;
    }
    err << filled->accounts << " accounts in " << filled->groups << " groups written in " << timer.elapsed() << " ms\n";
    err.flush();
    return true;
}

QSqlDatabase adminConnection(const QUrl &url, const QString &name)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setDatabaseName(url.path().mid(1));
    db.setUserName(url.userName());
    db.setPassword(qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD"));
    return db;
}

// How many of `ids` the database holds as disabled: what a bulk action cut off got done.
int countDisabled(const QUrl &url, const QList<qint64> &ids)
{
    if (ids.isEmpty())
        return 0;
    int count = -1;
    {
        QSqlDatabase db = adminConnection(url, u"count"_s);
        QStringList numbers;
        for (qint64 id : ids)
            numbers.append(QString::number(id));
        const QString sql = u"SELECT count(*) FROM accounts WHERE status = '%1' AND id IN (%2)"_s.arg(
            toKey(AccountStatus::Disabled), numbers.join(u','));
        QSqlQuery query(db);
        if (db.open() && query.exec(sql) && query.next())
            count = query.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(u"count"_s);
    return count;
}

QString formatMs(double ms)
{
    return u"%1 ms"_s.arg(ms, 0, 'f', ms < 10 ? 1 : 0);
}

void printTable(QTextStream &out, const ResponsivenessScript::Run &run)
{
    out << u"\n%1 ms added per direction (round trip +%2 ms)\n"_s.arg(run.delayMs).arg(2 * run.delayMs);
    out << u"%1 %2 %3 %4\n"_s.arg(u"action"_s, -40)
               .arg(u"to result"_s, 14)
               .arg(u"longest stall"_s, 14)
               .arg(u"round trips"_s, 12);
    for (const auto &action : run.actions) {
        QString result = formatMs(action.resultMs);
        if (action.outcome == ResponsivenessScript::Outcome::Skipped)
            result = ResponsivenessScript::outcomeName(action.outcome);
        else if (action.outcome != ResponsivenessScript::Outcome::Done)
            result = u">%1 %2"_s.arg(formatMs(action.resultMs), ResponsivenessScript::outcomeName(action.outcome));
        out << u"%1 %2 %3 %4\n"_s.arg(action.name, -40)
                   .arg(result, 14)
                   .arg(formatMs(action.longestStallMs), 14)
                   .arg(action.roundTrips, 12);
        if (!action.note.isEmpty())
            out << u"    %1\n"_s.arg(action.note);
    }
    out << u"longest stall %1 (during \"%2\"), slowest action \"%3\" %4, %5 stalls over %6 ms, typed text kept "
           "across the outage: %7\n"_s
               .arg(formatMs(run.longestStallMs), run.longestStallAction, run.slowestAction,
                    formatMs(run.slowestActionMs))
               .arg(run.stallCount)
               .arg(ResponsivenessScript::stallThresholdMs)
               .arg(run.typedKept ? u"yes"_s : u"no"_s);
}

QJsonObject toJson(const ResponsivenessScript::Run &run)
{
    QJsonArray actions;
    for (const auto &action : run.actions) {
        actions.append(QJsonObject {
            {u"action"_s, action.name},
            {u"result_ms"_s, action.resultMs},
            {u"longest_stall_ms"_s, action.longestStallMs},
            {u"round_trips"_s, static_cast<double>(action.roundTrips)},
            {u"outcome"_s, ResponsivenessScript::outcomeName(action.outcome)},
            {u"note"_s, action.note},
        });
    }
    return QJsonObject {
        {u"delay_ms"_s, run.delayMs},
        {u"longest_stall_ms"_s, run.longestStallMs},
        {u"longest_stall_action"_s, run.longestStallAction},
        {u"slowest_action"_s, run.slowestAction},
        {u"slowest_action_ms"_s, run.slowestActionMs},
        {u"stalls"_s, run.stallCount},
        {u"actions_not_done"_s, run.notDone},
        {u"typed_text_kept"_s, run.typedKept},
        {u"actions"_s, actions},
    };
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The console's own files (keychain fallback, caches) go to a folder of this run.
    QTemporaryDir home;
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(u"config"_s)));
    qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(u"data"_s)));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times a scripted session of the console against PostgreSQL with latency added per direction."_s);
    parser.addHelpOption();
    parser.addOption({u"database"_s,
                      u"A postgresql:// URL of a database to use (password from BACKUP_CONSOLE_DATABASE_PASSWORD); "
                      "an empty one is filled first. Default: a throwaway server of its own."_s,
                      u"URL"_s});
    parser.addOption({u"accounts"_s, u"How many demo accounts to write (default 3000)."_s, u"N"_s, u"3000"_s});
    parser.addOption({u"delays"_s, u"Milliseconds added per direction, comma-separated (default 0,50,150)."_s,
                      u"LIST"_s, u"0,50,150"_s});
    parser.addOption({u"disable"_s, u"How many accounts to select and disable (default 200)."_s, u"N"_s, u"200"_s});
    parser.addOption({u"outage"_s, u"Seconds the server stays away (default 10)."_s, u"S"_s, u"10"_s});
    parser.addOption(
        {u"timeout"_s, u"Seconds an action may take before it counts as not done (default 30)."_s, u"S"_s, u"30"_s});
    parser.addOption({u"json"_s, u"Print one JSON object instead of the tables."_s});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    if (qEnvironmentVariableIsEmpty("BACKUP_CONSOLE_DATABASE_PASSWORD")) {
        if (parser.isSet(u"database"_s)) {
            err << "set BACKUP_CONSOLE_DATABASE_PASSWORD to the database's password\n";
            return 2;
        }
        qputenv("BACKUP_CONSOLE_DATABASE_PASSWORD", password);
    }
    QList<int> delays;
    for (const QString &part : parser.value(u"delays"_s).split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        delays.append(part.trimmed().toInt(&ok));
        if (!ok || delays.last() < 0) {
            err << "--delays takes milliseconds, such as 0,50,150\n";
            return 2;
        }
    }

    std::unique_ptr<ThrowawayServer> server;
    QString location = parser.value(u"database"_s);
    bool copies = false; // each run on a fresh copy of the filled database
    if (location.isEmpty()) {
        server = std::make_unique<ThrowawayServer>();
        const QString admin = server->start(err);
        if (admin.isEmpty())
            return 3;
        QUrl url(admin);
        url.setPath(u"/bench_template"_s);
        location = url.toString();
        copies = true;
        QSqlDatabase db = adminConnection(QUrl(admin), u"admin"_s);
        if (!db.open() || !execute(db, u"CREATE DATABASE bench_template TEMPLATE template0 ENCODING 'UTF8'"_s, err))
            return 3;
    }
    if (!location.startsWith("postgresql://"_L1)) {
        err << "--database takes a postgresql:// URL\n";
        return 2;
    }
    if (!fill(location, parser.value(u"accounts"_s).toInt(), err))
        return 3;

    const QUrl target(location);
    test::LatencyProxy proxy(target.host(), static_cast<quint16>(target.port(5432)));
    if (!proxy.start())
        return 3;

    ResponsivenessScript::Options options;
    options.disableCount = qMax(1, parser.value(u"disable"_s).toInt());
    options.outageMs = qMax(0, parser.value(u"outage"_s).toInt()) * 1000;
    options.timeoutMs = qMax(1, parser.value(u"timeout"_s).toInt()) * 1000;

    QList<ResponsivenessScript::Run> runs;
    for (int delay : std::as_const(delays)) {
        QUrl url = target;
        if (copies) {
            // Every latency starts from the same data: a copy of the filled database.
            const QString name = u"bench_%1ms"_s.arg(delay);
            QSqlDatabase db = QSqlDatabase::database(u"admin"_s);
            if (!execute(db, u"DROP DATABASE IF EXISTS %1"_s.arg(name), err)
                || !execute(db, u"CREATE DATABASE %1 TEMPLATE bench_template STRATEGY FILE_COPY"_s.arg(name), err))
                return 3;
            url.setPath(u"/"_s + name);
        }
        url.setHost(u"127.0.0.1"_s);
        url.setPort(proxy.port());
        auto address = DatabaseAddress::parse(url.toString());
        if (!address) {
            err << address.error().message << '\n';
            return 2;
        }
        err << "running at " << delay << " ms per direction\n";
        err.flush();
        proxy.setDelay(delay);
        ResponsivenessScript script(proxy, *address, options, err);
        runs.append(script.run());
        ResponsivenessScript::Run &run = runs.last();
        run.delayMs = delay;
        url.setHost(target.host());
        url.setPort(target.port(5432));
        for (auto &action : run.actions) {
            if (action.name.startsWith(u"disable "_s)
                && (action.outcome == ResponsivenessScript::Outcome::TimedOut
                    || action.outcome == ResponsivenessScript::Outcome::Cut)) {
                action.note = u"%1 of %2 disabled when it ended"_s.arg(countDisabled(url, run.selectedIds))
                                  .arg(run.selectedIds.size());
            }
        }
    }

    if (parser.isSet(u"json"_s)) {
        QJsonObject result;
        QJsonArray perDelay;
        for (const auto &run : std::as_const(runs))
            perDelay.append(toJson(run));
        result.insert(u"runs"_s, perDelay);
        result.insert(u"database"_s, u"postgresql"_s);
        result.insert(u"accounts"_s, parser.value(u"accounts"_s).toInt());
        result.insert(u"stall_threshold_ms"_s, ResponsivenessScript::stallThresholdMs);
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        for (const auto &run : std::as_const(runs))
            printTable(out, run);
        out << "\nper latency: longest GUI-thread stall, slowest action\n";
        for (const auto &run : std::as_const(runs)) {
            out << u"%1 ms: %2, %3 (%4)\n"_s.arg(run.delayMs, 4)
                       .arg(formatMs(run.longestStallMs), run.slowestAction, formatMs(run.slowestActionMs));
        }
    }
    if (QSqlDatabase::contains(u"admin"_s))
        QSqlDatabase::database(u"admin"_s).close();
    QSqlDatabase::removeDatabase(u"admin"_s);
    return 0;
}
