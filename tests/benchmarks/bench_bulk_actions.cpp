// bench_bulk_actions: Disable, Enable, Delete, Resend activation email and Assign service on a
// selection of accounts, the way the console did it (one call, one transaction per account) against
// the bulk calls (bulkBatchSize accounts per transaction), on the same database, in one run. See
// README ("Benchmark").
#include "core/domain/databaseaddress.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/bulkrun.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/accountstore.h"
#include "core/storage/database.h"
#include "tests/benchmarks/throwawayserver.h"
#include "tests/common/testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

enum Operation
{
    Resend,
    Assign,
    Disable,
    Enable,
    Delete,
    Restore, // from the recycle bin, what Delete put there
    Purge, // from the recycle bin, after a second Delete
    OperationCount
};

struct Fixture
{
    qint64 groupId = 0;
    qint64 subscriptionId = 0;
};

Result<Fixture> prepareGroup(Database &db)
{
    GroupService groups(db);
    CatalogService catalog(db);
    auto root = groups.createRoot(u"Bench MSP"_s);
    if (!root)
        return fail(root.error());
    auto customer = groups.create(root->id, u"Customer"_s);
    if (!customer)
        return fail(customer.error());
    Subscription subscription;
    subscription.groupId = customer->id;
    subscription.name = u"Backup PAYG #1001"_s;
    auto added = catalog.addSubscription(subscription);
    if (!added)
        return fail(added.error());
    return Fixture {customer->id, added->id};
}

// `count` new inactive accounts, each with its activation email queued, as the wizard leaves them.
Result<QList<qint64>> createAccounts(AccountService &accounts, qint64 groupId, const QString &prefix, int count)
{
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        AccountDraft draft;
        draft.login = u"%1%2"_s.arg(prefix).arg(i);
        draft.email = draft.login + u"@example.com"_s;
        auto created = accounts.create(groupId, draft);
        if (!created)
            return fail(created.error());
        ids.append(created->id);
    }
    return ids;
}

// `count` new active accounts in a group of their own, written many to a statement (the
// import's path), for a selection of hundreds of thousands; their ids are the list's filter, read
// as a bulk action on "all N matching" reads them (AccountService::selected).
Result<qint64> insertAccounts(Database &db, qint64 parentId, const QString &prefix, int count)
{
    auto group = GroupService(db).create(parentId, prefix);
    if (!group)
        return fail(group.error());
    constexpr int perTransaction = 5000;
    for (int start = 0; start < count; start += perTransaction) {
        QList<AccountStore::NewAccount> batch;
        for (int i = start; i < qMin(count, start + perTransaction); ++i) {
            AccountDraft draft;
            draft.login = u"%1%2"_s.arg(prefix).arg(i);
            draft.email = draft.login + u"@example.com"_s;
            batch.append({group->id, draft, AccountStatus::Active});
        }
        // One transaction each (insertMany's own).
        if (auto inserted = AccountStore(db).insertMany(batch, QDateTime::currentDateTimeUtc()); !inserted)
            return fail(inserted.error());
    }
    return group->id;
}

// Milliseconds of one run of `work`; the problem of the first account that failed goes to `err`.
double timed(const std::function<int()> &work, QTextStream &err, const QString &what)
{
    QElapsedTimer timer;
    timer.start();
    const int failed = work();
    const double ms = timer.nsecsElapsed() / 1e6;
    if (failed > 0)
        err << what << ": " << failed << " account(s) failed\n";
    return ms;
}

int failures(const BulkOutcome &outcome, QTextStream &err)
{
    if (outcome.stoppedBy)
        err << "stopped: " << outcome.stoppedBy->message << '\n';
    if (!outcome.failed.isEmpty())
        err << "refused: " << outcome.failed.first().error.message << '\n';
    return outcome.stoppedBy ? outcome.total - outcome.processed : static_cast<int>(outcome.failed.size());
}

// One call per account, as the console did.
template<typename Call> int oneByOne(const QList<qint64> &ids, QTextStream &err, Call call)
{
    int failed = 0;
    for (qint64 id : ids) {
        if (auto done = call(id); !done) {
            if (failed++ == 0)
                err << "refused: " << done.error().message << '\n';
        }
    }
    return failed;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        u"Times the bulk account actions against one call per account, on the same database."_s);
    parser.addHelpOption();
    parser.addOption({u"accounts"_s, u"How many selected accounts (default 1000)."_s, u"N"_s, u"1000"_s});
    BenchDatabase::addOptions(parser);
    parser.addOption({u"no-baseline"_s, u"Measure the bulk calls only."_s});
    parser.addOption({u"filter"_s,
                      u"Also time Disable on every account of a list's filter of N accounts, written many to a "
                      "statement beforehand (default 0: not)."_s,
                      u"N"_s, u"0"_s});
    parser.addOption({u"json"_s, u"Print one JSON object instead of the table."_s});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const int count = qMax(1, parser.value(u"accounts"_s).toInt());
    BenchDatabase bench;
    const std::unique_ptr<Database> opened = bench.open(parser, err);
    if (!opened)
        return 3;
    Database &db = *opened;
    AccountService accounts(db);
    ActivationService activation(db);
    auto fixture = prepareGroup(db);
    if (!fixture) {
        err << fixture.error().message << " (the database must be empty)\n";
        return 3;
    }
    const bool baseline = !parser.isSet(u"no-baseline"_s);
    auto bulkIds = createAccounts(accounts, fixture->groupId, u"bulk"_s, count);
    auto singleIds = baseline ? createAccounts(accounts, fixture->groupId, u"single"_s, count) : QList<qint64>();
    if (!bulkIds || !singleIds) {
        err << (bulkIds ? singleIds.error() : bulkIds.error()).message << '\n';
        return 3;
    }
    const QList<qint64> subscriptions {fixture->subscriptionId};

    const QStringList operations {u"resend activation email"_s,
                                  u"assign service"_s,
                                  u"disable"_s,
                                  u"enable"_s,
                                  u"delete"_s,
                                  u"restore"_s,
                                  u"purge"_s};
    QList<double> project(OperationCount, 0.0);
    QList<double> before(OperationCount, 0.0);
    // In the order a selection could go through them: inactive accounts get their email again,
    // a license, are disabled, enabled and deleted; restored from the recycle bin, deleted again
    // (not timed) and purged.
    for (int op = 0; op < OperationCount; ++op) {
        const QString what = operations.at(op);
        if (op == Purge) {
            failures(accounts.removeAll(*bulkIds), err);
            failures(accounts.removeAll(*singleIds), err);
        }
        project[op] = timed(
            [&]() {
                switch (op) {
                case Resend:
                    return failures(activation.resendAll(*bulkIds), err);
                case Assign:
                    return failures(accounts.assignSubscriptionsToAll(*bulkIds, subscriptions), err);
                case Disable:
                    return failures(accounts.disableAll(*bulkIds), err);
                case Enable:
                    return failures(accounts.enableAll(*bulkIds), err);
                case Restore:
                    return failures(accounts.restoreAll(*bulkIds), err);
                case Purge:
                    return failures(accounts.purgeAll(*bulkIds), err);
                default:
                    return failures(accounts.removeAll(*bulkIds), err);
                }
            },
            err, what);
        if (!baseline)
            continue;
        before[op] = timed(
            [&]() {
                switch (op) {
                case Resend:
                    return oneByOne(*singleIds, err, [&](qint64 id) { return activation.resend(id); });
                case Assign:
                    return oneByOne(*singleIds, err,
                                    [&](qint64 id) { return accounts.assignSubscriptions(id, subscriptions); });
                case Disable:
                    return oneByOne(*singleIds, err, [&](qint64 id) { return accounts.disable(id); });
                case Enable:
                    return oneByOne(*singleIds, err, [&](qint64 id) { return accounts.enable(id); });
                case Restore:
                    return oneByOne(*singleIds, err,
                                    [&](qint64 id) { return singleResult(accounts.restoreAll({id})); });
                case Purge:
                    return oneByOne(*singleIds, err, [&](qint64 id) { return singleResult(accounts.purgeAll({id})); });
                default:
                    return oneByOne(*singleIds, err, [&](qint64 id) { return accounts.remove(id); });
                }
            },
            err, what);
    }

    // "All N matching": the filter's ids read on the worker, then Disable on them, as the console
    // runs it after Ctrl+A in a list of N accounts.
    const int filtered = qMax(0, parser.value(u"filter"_s).toInt());
    double selectMs = 0;
    double disableMs = 0;
    if (filtered > 0) {
        auto parent = GroupService(db).group(fixture->groupId);
        auto groupId = parent ? insertAccounts(db, parent->parentId, u"filtered"_s, filtered)
                              : Result<qint64>(fail(parent.error()));
        if (!groupId) {
            err << groupId.error().message << '\n';
            return 3;
        }
        AccountQuery query;
        query.groupId = *groupId;
        QList<qint64> ids;
        selectMs = timed(
            [&]() {
                auto selected = accounts.selected(AccountSelection::allOf(query, filtered));
                if (!selected) {
                    err << selected.error().message << '\n';
                    return filtered;
                }
                ids = *selected;
                return static_cast<int>(filtered - ids.size());
            },
            err, u"select"_s);
        disableMs = timed([&]() { return failures(accounts.disableAll(ids), err); }, err, u"disable all matching"_s);
    }

    const QString backend = DatabaseAddress::backendName(db.backend());
    if (parser.isSet(u"json"_s)) {
        QJsonObject result;
        for (int op = 0; op < OperationCount; ++op) {
            result.insert(operations.at(op),
                          QJsonObject {{u"project_ms"_s, project.at(op)},
                                       {u"baseline_ms"_s, baseline ? QJsonValue(before.at(op)) : QJsonValue()},
                                       {u"ratio"_s,
                                        baseline && project.at(op) > 0 ? QJsonValue(before.at(op) / project.at(op))
                                                                       : QJsonValue()}});
        }
        if (filtered > 0)
            result.insert(u"filter"_s,
                          QJsonObject {{u"accounts"_s, filtered},
                                       {u"select_ms"_s, selectMs},
                                       {u"disable_ms"_s, disableMs},
                                       {u"target_ms"_s, filtered / 10.0}});
        result.insert(u"accounts"_s, count);
        result.insert(u"batch_size"_s, bulkBatchSize);
        result.insert(u"database"_s, backend);
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
        return 0;
    }
    out << u"%1 selected accounts, %2 (%3); bulk: %4 accounts per transaction, baseline: one call per account\n"_s
               .arg(count)
               .arg(backend, db.displayName())
               .arg(bulkBatchSize);
    out << u"%1 %2 %3 %4\n"_s.arg(u"operation"_s, -26).arg(u"bulk"_s, 12).arg(u"baseline"_s, 12).arg(u"ratio"_s, 8);
    for (int op = 0; op < OperationCount; ++op) {
        out << u"%1 %2 %3 %4\n"_s.arg(operations.at(op), -26)
                   .arg(u"%1 ms"_s.arg(project.at(op), 0, 'f', 1), 12)
                   .arg(baseline ? u"%1 ms"_s.arg(before.at(op), 0, 'f', 1) : u"-"_s, 12)
                   .arg(baseline && project.at(op) > 0 ? u"%1x"_s.arg(before.at(op) / project.at(op), 0, 'f', 1)
                                                       : u"-"_s,
                        8);
    }
    if (filtered > 0) {
        // The target: 100,000 selected accounts disabled in 10 s, so 0.1 ms an account.
        out << u"\nall %1 accounts of a filter: their ids read in %2 ms, disabled in %3 ms (%4 accounts/s; "
               "target %5 ms)\n"_s.arg(filtered)
                   .arg(selectMs, 0, 'f', 1)
                   .arg(disableMs, 0, 'f', 1)
                   .arg(disableMs > 0 ? filtered * 1000.0 / disableMs : 0.0, 0, 'f', 0)
                   .arg(filtered / 10.0, 0, 'f', 0);
    }
    return 0;
}
