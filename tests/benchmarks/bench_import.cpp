// bench_import: `account import` (core's AccountImport) on generated files of this console's format
// and of the Microsoft 365 admin center's export, about 1 % of their records broken, on SQLite or a
// throwaway server: the dry run, the apply, and the same file again (every record unchanged),
// against issue 17's targets, in one run. See README ("Benchmark").
#include "core/domain/databaseaddress.h"
#include "core/services/accountimport.h"
#include "core/services/accountservice.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/benchmarks/throwawayserver.h"
#include "tests/common/testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>

#include <sys/resource.h>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

// The peak resident memory of this process so far, in MB.
double peakMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0;
}

// `rows` records of `format`, every hundredth with an email that is none; `prefix` keeps the logins
// of the two files apart.
bool writeFile(const QString &path, ImportFormat format, int rows, const QString &prefix)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    if (format == ImportFormat::Console)
        out << "login;email;firstName;lastName;subscriptions\r\n";
    else
        out << "Block credential,City,Display name,First name,Last name,Mobile phone,User principal name\r\n";
    for (int i = 0; i < rows; ++i) {
        const QString login = u"%1%2"_s.arg(prefix).arg(i);
        const QString email = i % 100 == 99 ? login + u"(at)example.com"_s : login + u"@example.com"_s;
        if (format == ImportFormat::Console)
            out << login << ';' << email << ";Ada;Lovelace " << i << ";Backup PAYG #1001\r\n";
        else
            out << "False,Redmond,\"Lovelace, Ada\",Ada,Lovelace,+1 425 555 " << (1000 + i % 9000) << ',' << email
                << "\r\n";
    }
    return out.status() == QTextStream::Ok;
}

struct Pass
{
    double ms = 0;
    ImportCounts counts;
};

Result<Pass> run(AccountImport &importer, const QString &path, qint64 groupId, bool apply)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Error::Code::Invalid, QString(), file.errorString());
    QElapsedTimer timer;
    timer.start();
    auto summary = importer.run(file, {.groupId = groupId, .apply = apply, .fileName = path});
    if (!summary)
        return fail(summary.error());
    return Pass {timer.nsecsElapsed() / 1e6, summary->counts};
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times account import: dry run, apply and the same file again."_s);
    parser.addHelpOption();
    parser.addOption({u"rows"_s, u"Records per file (default 10000)."_s, u"N"_s, u"10000"_s});
    BenchDatabase::addOptions(parser);
    parser.addOption({u"json"_s, u"Print one JSON object instead of the table."_s});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const int rows = qMax(1, parser.value(u"rows"_s).toInt());
    QTemporaryDir dir; // the generated files
    BenchDatabase bench;
    const std::unique_ptr<Database> opened = bench.open(parser, err);
    if (!opened)
        return 3;
    Database &db = *opened;
    GroupService groups(db);
    AccountService accounts(db);
    auto root = groups.createRoot(u"Bench MSP"_s);
    auto customer = root ? groups.create(root->id, u"Customer"_s) : Result<Group>(fail(root.error()));
    if (!customer || !CatalogService(db).addSubscription({0, customer->id, u"Backup PAYG #1001"_s})) {
        err << "the database must be empty\n";
        return 3;
    }
    auto authority = Authority::withoutSignIn(db);
    if (!authority) {
        err << authority.error().message << '\n';
        return 3;
    }
    AccountImport importer(db, accounts, groups, *authority);

    // Issue 17's targets: a dry run of 100,000 records in 5 s; an apply of 20,000 records a second on
    // SQLite and 10,000 on a server.
    const double dryRunTarget = 20000;
    const double applyTarget = db.backend() == DatabaseAddress::Backend::Sqlite ? 20000 : 10000;
    const QString backend = DatabaseAddress::backendName(db.backend());
    QJsonArray results;
    if (!parser.isSet(u"json"_s)) {
        out << u"%1 records per file, ~1 % broken, %2 (%3); records a second against issue 17's targets\n"_s.arg(rows)
                   .arg(backend, db.displayName());
        out << u"%1 %2 %3 %4 %5\n"_s.arg(u"file"_s, -16)
                   .arg(u"pass"_s, -22)
                   .arg(u"time"_s, 11)
                   .arg(u"records/s"_s, 10)
                   .arg(u"target"_s, 10);
    }
    for (const auto &[format, prefix] :
         {std::pair {ImportFormat::Console, u"console"_s}, std::pair {ImportFormat::Microsoft365, u"m365-"_s}}) {
        const QString path = dir.filePath(prefix + u".csv"_s);
        if (!writeFile(path, format, rows, prefix)) {
            err << "could not write " << path << '\n';
            return 3;
        }
        for (const auto &[pass, apply, target] :
             {std::tuple {u"dry run"_s, false, dryRunTarget}, std::tuple {u"apply"_s, true, applyTarget},
              std::tuple {u"again (unchanged)"_s, true, dryRunTarget}}) {
            auto timed = run(importer, path, customer->id, apply);
            if (!timed) {
                err << timed.error().message << '\n';
                return 3;
            }
            const double perSecond = rows / (timed->ms / 1000.0);
            results.append(QJsonObject {{u"format"_s, ImportMapping::key(format)},
                                        {u"pass"_s, pass},
                                        {u"ms"_s, timed->ms},
                                        {u"records_per_second"_s, perSecond},
                                        {u"target_records_per_second"_s, target},
                                        {u"created"_s, timed->counts.created},
                                        {u"unchanged"_s, timed->counts.unchanged},
                                        {u"errors"_s, timed->counts.errors}});
            if (!parser.isSet(u"json"_s))
                out << u"%1 %2 %3 %4 %5 %6\n"_s.arg(ImportMapping::key(format), -16)
                           .arg(pass, -22)
                           .arg(u"%1 s"_s.arg(timed->ms / 1000.0, 0, 'f', 2), 11)
                           .arg(perSecond, 10, 'f', 0)
                           .arg(target, 10, 'f', 0)
                           .arg(perSecond >= target ? u"met"_s : u"MISSED"_s);
        }
    }
    if (parser.isSet(u"json"_s)) {
        out << QJsonDocument(QJsonObject {{u"records"_s, rows},
                                          {u"database"_s, backend},
                                          {u"peak_resident_mb"_s, peakMegabytes()},
                                          {u"passes"_s, results}})
                   .toJson(QJsonDocument::Indented);
    } else {
        out << u"peak resident memory: %1 MB (target at 1,000,000 records: 300 MB)\n"_s.arg(peakMegabytes(), 0, 'f', 0);
    }
    return 0;
}
