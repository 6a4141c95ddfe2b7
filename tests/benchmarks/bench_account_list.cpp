// bench_account_list: the account list of this console against the way a typical Qt program
// lists a table (QSqlTableModel, fetchMore until the view is filled, under a
// QSortFilterProxyModel), on the same database, in one run. See README ("Benchmark").
#include "benchdata.h"
#include "benchlist.h"
#include "throwawayserver.h"

#include "core/domain/databaseaddress.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/storage/accountstore.h"
#include "core/storage/database.h"
#include "ui/accounts/accountlistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <functional>

#ifdef __GLIBC__
#include <malloc.h>
#endif

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

double residentMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

// Runs the event loop until `done` holds; returns the milliseconds it took. Records the longest
// single pass of the event loop: how long the GUI thread was busy at a stretch.
double longestStall = 0;
double waitUntil(const QElapsedTimer &started, const std::function<bool()> &done, int timeoutMs = 600000)
{
    while (!done()) {
        QElapsedTimer pass;
        pass.start();
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        longestStall = qMax(longestStall, pass.nsecsElapsed() / 1e6);
        if (started.elapsed() > timeoutMs) {
            qWarning("timed out");
            break;
        }
    }
    return started.nsecsElapsed() / 1e6;
}

bool rowsShown(const QAbstractItemModel &model, int first, int count, const std::function<bool(int)> &loaded)
{
    const int last = qMin(first + count, model.rowCount());
    bool all = true;
    for (int row = first; row < last; ++row) {
        model.index(row, 0).data();
        all = all && loaded(row);
    }
    return all;
}

// A login nobody has: the benchmark may run again on the same database.
QString freshLogin(const QString &stem)
{
    return u"%1.%2.%3"_s.arg(stem)
        .arg(QCoreApplication::applicationPid())
        .arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
}

} // namespace

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype middle = values.size() / 2;
    return values.size() % 2 ? values.at(middle) : (values.at(middle - 1) + values.at(middle)) / 2;
}

Result<Scenario> scenarioOf(AccountService &accounts, qint64 rootId, qint64 addGroupId)
{
    Scenario scenario;
    scenario.rootId = rootId;
    scenario.addGroupId = addGroupId;
    AccountQuery all;
    all.groupId = rootId;
    all.includeSubgroups = true;
    auto counted = accounts.count(all);
    if (!counted)
        return fail(counted.error());
    scenario.accountCount = *counted;
    auto sample = accounts.page(all, scenario.accountCount / 3, 2);
    if (!sample)
        return fail(sample.error());
    if (sample->size() < 2)
        return fail(Error::Code::NotFound, QString(), u"no accounts"_s);
    scenario.prefix = sample->at(0).login.left(sample->at(0).login.indexOf(u'.') + 3);
    scenario.substring = sample->at(1).login.mid(sample->at(1).login.indexOf(u'.') + 2, 6);
    scenario.jumpRow =
        qMin(static_cast<int>(scenario.accountCount * 0.7), qMax(0, scenario.accountCount - visibleRows));
    return scenario;
}

QList<double> measureProject(AccountService &accounts, const Scenario &scenario, QTextStream &log)
{
    QList<double> figures(OperationCount, 0.0);
    longestStall = 0;
    QTableView view;
    view.resize(1000, 800);
    view.show();
    QElapsedTimer timer;
    timer.start();
    // The console as a person finds it: the list open on one customer, its connection made (as the
    // baseline's is before it is timed). Then the root group is clicked.
    AccountListModel model(accounts);
    AccountQuery customer;
    customer.groupId = scenario.addGroupId;
    model.setQuery(customer);
    view.setModel(&model);
    const auto loaded = [&model](int row) {
        return model.isRowLoaded(row);
    };
    const auto firstRowsShown = [&] {
        return model.isSettled() && rowsShown(model, 0, visibleRows, loaded);
    };
    waitUntil(timer, firstRowsShown);
    AccountQuery all;
    all.groupId = scenario.rootId;
    all.includeSubgroups = true;
    timer.start();
    model.setQuery(all);
    figures[FirstPage] = waitUntil(timer, firstRowsShown);

    AccountQuery query = all;
    query.search = scenario.prefix;
    timer.start();
    model.setQuery(query);
    figures[PrefixSearch] = waitUntil(timer, firstRowsShown);
    query.search = scenario.substring;
    timer.start();
    model.setQuery(query);
    figures[SubstringSearch] = waitUntil(timer, firstRowsShown);
    query.search.clear();
    model.setQuery(query);
    waitUntil(timer, firstRowsShown);

    timer.start();
    view.sortByColumn(AccountListModel::NameColumn, Qt::DescendingOrder);
    figures[Resort] = waitUntil(timer, firstRowsShown);

    // A person drags the scroll bar once the list is there: by then the worker has noted its
    // anchors (it does so between requests, right after the first page).
    QElapsedTimer anchoring;
    anchoring.start();
    waitUntil(anchoring, [&] { return model.isAnchored(); });
    log << "anchors of the sorted list ready " << anchoring.elapsed() << " ms after its first page\n";
    log.flush();
    timer.start();
    view.scrollTo(model.index(scenario.jumpRow, 0), QAbstractItemView::PositionAtTop);
    figures[Jump] = waitUntil(timer, [&] { return rowsShown(model, scenario.jumpRow, visibleRows, loaded); });

    // The worst case: the jump comes the moment the rows of a new order are shown, before any anchor.
    view.sortByColumn(AccountListModel::EmailColumn, Qt::AscendingOrder);
    waitUntil(timer, firstRowsShown);
    timer.start();
    view.scrollTo(model.index(scenario.jumpRow, 0), QAbstractItemView::PositionAtTop);
    figures[JumpAfterSort] = waitUntil(timer, [&] { return rowsShown(model, scenario.jumpRow, visibleRows, loaded); });
    figures[Memory] = residentMegabytes();
    if (!scenario.addAccount) {
        figures[Stall] = longestStall;
        return figures;
    }

    AccountDraft draft;
    draft.login = freshLogin(u"bench.added"_s);
    draft.email = u"bench.added@example.com"_s;
    draft.firstName = u"Bench"_s;
    // Measured like the baseline's: with nothing else running (the worker noting the anchors of
    // the list just sorted competes for the two cores and the database).
    waitUntil(timer, [&] { return model.isAnchored(); });
    timer.start();
    auto added = accounts.create(scenario.addGroupId, draft);
    figures[AddAccount] = timer.nsecsElapsed() / 1e6;
    if (!added)
        log << "adding failed: " << added.error().message << '\n';
    waitUntil(timer, [&] { return model.isSettled(); });
    figures[Stall] = longestStall;
    return figures;
}

namespace {

// The connection a typical program opens with QSqlDatabase, to the same database.
QSqlDatabase openBaseline(const DatabaseAddress &address, const QString &password)
{
    static const QHash<DatabaseAddress::Backend, QString> drivers {{DatabaseAddress::Backend::Sqlite, u"QSQLITE"_s},
                                                                   {DatabaseAddress::Backend::PostgreSql, u"QPSQL"_s},
                                                                   {DatabaseAddress::Backend::MariaDb, u"QMYSQL"_s}};
    QSqlDatabase connection = QSqlDatabase::addDatabase(drivers.value(address.backend), u"baseline"_s);
    if (address.isServer()) {
        connection.setHostName(address.host);
        connection.setPort(address.effectivePort());
        connection.setDatabaseName(address.database);
        connection.setUserName(address.user);
        connection.setPassword(password);
    } else {
        connection.setDatabaseName(address.file);
    }
    connection.open();
    return connection;
}

// The typical way: QSqlTableModel under a QSortFilterProxyModel, sorted and filtered by the proxy.
QList<double> measureBaseline(QSqlDatabase connection, const Scenario &scenario, QTextStream &log)
{
    QList<double> figures(OperationCount, 0.0);
    longestStall = 0;
    QTableView view;
    view.resize(1000, 800);
    view.show();
    QElapsedTimer timer;
    timer.start();
    QSqlTableModel source(nullptr, connection);
    source.setTable(u"accounts"_s);
    source.setEditStrategy(QSqlTableModel::OnManualSubmit);
    const int login = source.fieldIndex(u"login"_s);
    const int name = source.fieldIndex(u"display_name"_s);
    const int email = source.fieldIndex(u"email"_s);
    source.select();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&source);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setSortCaseSensitivity(Qt::CaseInsensitive);
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.sortByColumn(login, Qt::AscendingOrder);
    const auto present = [](int) {
        return true;
    };
    figures[FirstPage] = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });

    // A filter of the proxy sees only fetched rows: fetch them all first.
    timer.start();
    while (source.canFetchMore())
        source.fetchMore();
    proxy.setFilterKeyColumn(login);
    proxy.setFilterRegularExpression(QRegularExpression(u"^"_s + QRegularExpression::escape(scenario.prefix),
                                                        QRegularExpression::CaseInsensitiveOption));
    figures[PrefixSearch] = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });
    timer.start();
    proxy.setFilterKeyColumn(-1);
    proxy.setFilterFixedString(scenario.substring);
    figures[SubstringSearch] = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });
    proxy.setFilterFixedString(QString());

    timer.start();
    view.sortByColumn(name, Qt::DescendingOrder);
    figures[Resort] = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });
    const int jumpRow = qMin(scenario.jumpRow, proxy.rowCount() - 1);
    timer.start();
    view.scrollTo(proxy.index(jumpRow, 0), QAbstractItemView::PositionAtTop);
    figures[Jump] = waitUntil(timer, [&] { return rowsShown(proxy, jumpRow, visibleRows, present); });
    view.sortByColumn(email, Qt::AscendingOrder);
    timer.start();
    view.scrollTo(proxy.index(jumpRow, 0), QAbstractItemView::PositionAtTop);
    figures[JumpAfterSort] = waitUntil(timer, [&] { return rowsShown(proxy, jumpRow, visibleRows, present); });
    figures[Memory] = residentMegabytes();

    // Uniqueness the usual way (case-insensitive, ASCII only), then insert and submit.
    const QString added = freshLogin(u"bench.baseline"_s);
    timer.start();
    QSqlQuery taken(connection);
    taken.prepare(u"SELECT count(*) FROM accounts WHERE lower(login) = lower(?)"_s);
    taken.addBindValue(added);
    taken.exec();
    if (taken.next() && taken.value(0).toInt() == 0) {
        QSqlRecord record = source.record();
        const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        record.setValue(u"group_id"_s, scenario.addGroupId);
        record.setValue(u"login"_s, added);
        record.setValue(u"login_key"_s, added);
        record.setValue(u"email"_s, u"%1@example.com"_s.arg(added));
        record.setValue(u"email_key"_s, u"%1@example.com"_s.arg(added));
        record.setValue(u"created_at"_s, stamp);
        record.setValue(u"updated_at"_s, stamp);
        for (int i = 0; i < record.count(); ++i)
            record.setGenerated(i, !record.isNull(i));
        source.insertRecord(-1, record);
        if (!source.submitAll())
            log << "baseline insert failed\n";
    }
    figures[AddAccount] = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });
    // Every step above ran on the GUI thread in one go: the longest of them is its stall.
    for (int i = 0; i < Stall; ++i) {
        if (i != Memory)
            figures[Stall] = qMax(figures[Stall], figures[i]);
    }
    return figures;
}

} // namespace

int main(int argc, char **argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times the account list against QSqlTableModel + QSortFilterProxyModel."_s);
    parser.addHelpOption();
    parser.addOption({u"accounts"_s, u"How many accounts to generate (default 1000000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"groups"_s,
                      u"How many groups to generate: the MSP, a fifth customers, the rest units (default 2000)."_s,
                      u"N"_s, u"2000"_s});
    parser.addOption({u"database"_s,
                      u"The database: a file path, sqlite://, postgresql:// or mariadb:// URL (password from "
                      "BACKUP_CONSOLE_DATABASE_PASSWORD); default a temporary SQLite file. A database with a top "
                      "group already is used as it is."_s,
                      u"URL"_s});
    parser.addOption({u"server"_s, u"Start a throwaway postgresql or mariadb server (tests/servers) and run there."_s,
                      u"BACKEND"_s});
    parser.addOption({u"all-backends"_s,
                      u"Run on SQLite and on throwaway PostgreSQL and MariaDB servers, each in a process of its own, "
                      "and print them side by side (no baseline)."_s});
    parser.addOption({u"check"_s,
                      u"After generating, check that sampled accounts are as AccountStore writes them (rewrites "
                      "them) and that the groups' counts are right."_s});
    parser.addOption({u"seed"_s, u"Seed of the generator (default 6)."_s, u"N"_s, u"6"_s});
    parser.addOption({u"repeat"_s,
                      u"Runs of this project's model; medians are printed (default 1). The baseline runs once: "
                      "at a million accounts it takes minutes."_s,
                      u"N"_s, u"1"_s});
    parser.addOption({u"no-baseline"_s, u"Measure this project's model only."_s});
    parser.addOption({u"json"_s, u"Print one JSON object instead of the table."_s});
    parser.addOption({u"operators"_s,
                      u"PostgreSQL: the list as the owner (no row-level security) against an organization's and "
                      "the top group's operator on their own database roles (see README)."_s});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    BenchData data;
    data.accounts = parser.value(u"accounts"_s).toInt();
    data.groups = qMax(2, parser.value(u"groups"_s).toInt());
    data.seed = parser.value(u"seed"_s).toUInt();
    const int repeat = qMax(1, parser.value(u"repeat"_s).toInt());
    if (parser.isSet(u"all-backends"_s)) {
        QStringList arguments {
            u"--accounts"_s, QString::number(data.accounts), u"--groups"_s, QString::number(data.groups),
            u"--seed"_s,     QString::number(data.seed),     u"--repeat"_s, QString::number(repeat)};
        if (parser.isSet(u"check"_s))
            arguments << u"--check"_s;
        return runAllBackends(arguments, parser.isSet(u"json"_s), out, err);
    }
    BenchDatabase bench;
    std::unique_ptr<Database> opened = bench.open(parser, err);
    if (!opened)
        return 3;
    Database &db = *opened;
    const DatabaseAddress address = db.address();
    Database::OpenOptions options;
    options.password = qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD");
    GroupService groups(db);
    AccountService accounts(db);
    qint64 generationMs = -1;
    auto groupIds = generate(db, groups, data, err, &generationMs);
    if (!groupIds) {
        err << groupIds.error().message << '\n';
        return 3;
    }
    if (parser.isSet(u"check"_s) && generationMs >= 0) {
        if (auto checked = checkGenerated(db, *groupIds, data, 5, err); !checked) {
            err << "check failed: " << checked.error().message << '\n';
            return 4;
        }
    }
#ifdef __GLIBC__
    // What generating freed goes back to the system, so that the resident memory measured below
    // is the list's, as in a console that opens an existing database.
    malloc_trim(0);
#endif
    if (parser.isSet(u"operators"_s))
        return measureOperators(db, *groupIds, repeat, out, err);
    auto found = scenarioOf(accounts, groupIds->first(), groupIds->at(1));
    if (!found) {
        err << found.error().message << '\n';
        return 3;
    }
    const Scenario &scenario = *found;

    const QStringList operations {u"first page (root, subgroups)"_s,
                                  u"search login prefix \"%1\""_s.arg(scenario.prefix),
                                  u"search substring \"%1\""_s.arg(scenario.substring),
                                  u"re-sort by name, descending"_s,
                                  u"jump to row %1"_s.arg(QLocale::c().toString(scenario.jumpRow)),
                                  u"jump there right after a sort"_s,
                                  u"resident memory, list open"_s,
                                  u"add one account (unique check)"_s,
                                  u"longest GUI-thread stall"_s,
                                  u"group tree: open (%1 groups)"_s.arg(groupIds->size()),
                                  u"group tree: expand a customer"_s};

    QList<QList<double>> runs(OperationCount);
    for (int run = 0; run < repeat; ++run) {
        const QList<double> figures = measureProject(accounts, scenario, err);
        err << "run " << run + 1 << ":";
        for (int i = 0; i < OperationCount; ++i) {
            runs[i].append(figures.at(i));
            err << ' ' << QString::number(figures.at(i), 'f', 1);
        }
        err << '\n';
        err.flush();
    }
    // After the list's runs: the tree's workspace would count in the list's resident memory.
    runs[TreeOpen].clear();
    runs[TreeExpand].clear();
    for (int run = 0; run < repeat; ++run) {
        auto tree = measureGroupTree(address, options, groupIds->at(1));
        if (!tree) {
            err << "group tree: " << tree.error().message << '\n';
            return 3;
        }
        err << "group tree run " << run + 1 << ": " << tree->topChildren << " groups under the top one, open "
            << tree->openMs << " ms, expand " << tree->expandMs << " ms\n";
        runs[TreeOpen].append(tree->openMs);
        runs[TreeExpand].append(tree->expandMs);
    }
    QList<double> project(OperationCount);
    for (int i = 0; i < OperationCount; ++i)
        project[i] = median(runs.at(i));

    QList<double> baseline(OperationCount, 0.0);
    bool measuredBaseline = false;
    if (!parser.isSet(u"no-baseline"_s)) {
        {
            QSqlDatabase connection = openBaseline(address, options.password);
            if (!connection.isOpen())
                err << "the baseline could not open the database\n";
            else
                baseline = measureBaseline(connection, scenario, err);
            measuredBaseline = connection.isOpen();
        }
        QSqlDatabase::removeDatabase(u"baseline"_s);
    }

    const auto unit = [](int operation) {
        return operation == Memory ? u"MB"_s : u"ms"_s;
    };
    // The baseline has no group tree.
    const auto hasBaseline = [&](int operation) {
        return measuredBaseline && operation != TreeOpen && operation != TreeExpand;
    };
    const auto ratio = [&](int operation) {
        return project.at(operation) > 0 ? baseline.at(operation) / project.at(operation) : 0.0;
    };
    if (parser.isSet(u"json"_s)) {
        QJsonObject result;
        for (int i = 0; i < OperationCount; ++i) {
            // Without a baseline (--no-baseline) its figure and the ratio are null.
            const QJsonValue base = hasBaseline(i) ? QJsonValue(baseline.at(i)) : QJsonValue();
            const QJsonValue times = hasBaseline(i) ? QJsonValue(ratio(i)) : QJsonValue();
            const QString suffix = i == Memory ? u"_mb"_s : u"_ms"_s;
            const QJsonObject entry {
                {u"project"_s + suffix, project.at(i)}, {u"baseline"_s + suffix, base}, {u"ratio"_s, times}};
            result.insert(operations.at(i), entry);
        }
        result.insert(u"accounts"_s, scenario.accountCount);
        result.insert(u"groups"_s, static_cast<int>(groupIds->size()));
        result.insert(u"database"_s, DatabaseAddress::backendName(address.backend));
        result.insert(u"runs"_s, repeat);
        result.insert(u"operations"_s, QJsonArray::fromStringList(operations));
        result.insert(u"generation_ms"_s, generationMs >= 0 ? QJsonValue(double(generationMs)) : QJsonValue());
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        out << u"%1 accounts in %2 groups, %3; this project: median of %4 run(s)\n"_s.arg(scenario.accountCount)
                   .arg(groupIds->size())
                   .arg(db.displayName())
                   .arg(repeat);
        if (generationMs >= 0)
            out << u"generated in %1 s\n"_s.arg(generationMs / 1000.0, 0, 'f', 1);
        out << u"%1 %2 %3 %4\n"_s.arg(u"operation"_s, -40)
                   .arg(u"project"_s, 12)
                   .arg(u"baseline"_s, 12)
                   .arg(u"ratio"_s, 8);
        for (int i = 0; i < OperationCount; ++i) {
            out << u"%1 %2 %3 %4\n"_s.arg(operations.at(i), -40)
                       .arg(u"%1 %2"_s.arg(project.at(i), 0, 'f', 1).arg(unit(i)), 12)
                       .arg(hasBaseline(i) ? u"%1 %2"_s.arg(baseline.at(i), 0, 'f', 1).arg(unit(i)) : u"-"_s, 12)
                       .arg(hasBaseline(i) && project.at(i) > 0 ? u"%1x"_s.arg(ratio(i), 0, 'f', 1) : u"-"_s, 8);
        }
    }
    return 0;
}
