// bench_account_list: the account list of this console against the way a typical Qt program
// lists a table (QSqlTableModel, fetchMore until the view is filled, under a
// QSortFilterProxyModel), on the same database, in one run. See README ("Benchmark").
#include "accountlistmodel.h"
#include "accountservice.h"
#include "accountstore.h"
#include "database.h"
#include "groupservice.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSortFilterProxyModel>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QSqlTableModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

constexpr int groupCount = 2000;
constexpr int visibleRows = 40;

struct Figure
{
    QString operation;
    double project = 0;
    double baseline = 0;
    QString unit = u"ms"_s;
};

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

const QStringList firstNames {u"Anna"_s,   u"Ben"_s,    u"Chloé"_s,  u"David"_s,  u"Emma"_s,   u"Felix"_s,
                              u"Greta"_s,  u"Hugo"_s,   u"Ida"_s,    u"Jonas"_s,  u"Katrin"_s, u"Lukas"_s,
                              u"Maria"_s,  u"Noah"_s,   u"Olivia"_s, u"Paul"_s,   u"Quinn"_s,  u"Rosa"_s,
                              u"Sophie"_s, u"Tobias"_s, u"Ursula"_s, u"Viktor"_s, u"Wiebke"_s, u"Xaver"_s,
                              u"Yara"_s,   u"Zoë"_s,    u"Åsa"_s,    u"Øyvind"_s, u"Jürgen"_s, u"Élodie"_s};
const QStringList lastNames {u"Müller"_s,  u"Schmidt"_s,    u"Schneider"_s, u"Fischer"_s,  u"Weber"_s,   u"Meyer"_s,
                             u"Wagner"_s,  u"Becker"_s,     u"Schulz"_s,    u"Hoffmann"_s, u"Koch"_s,    u"Richter"_s,
                             u"Klein"_s,   u"Wolf"_s,       u"Schröder"_s,  u"Neumann"_s,  u"Schwarz"_s, u"Braun"_s,
                             u"Hofmann"_s, u"Zimmermann"_s, u"Krüger"_s,    u"Hartmann"_s, u"Lange"_s,   u"Werner"_s,
                             u"Smith"_s,   u"García"_s,     u"Nguyễn"_s,    u"Kowalski"_s, u"Novák"_s,   u"Dubois"_s};

QString asciiFold(QString text)
{
    text = text.normalized(QString::NormalizationForm_D);
    QString ascii;
    for (QChar c : std::as_const(text)) {
        if (c.unicode() < 128)
            ascii.append(c.toLower());
    }
    return ascii;
}

// The deterministic data set: `count` accounts over 2,000 groups (the MSP, 399 customers, 1,600 units).
Result<QList<qint64>> generate(Database &db, GroupService &groups, int count, quint32 seed, QTextStream &log)
{
    QList<qint64> groupIds;
    auto root = groups.root();
    if (!root)
        return fail(root.error());
    if (*root) {
        auto all = groups.all();
        if (!all)
            return fail(all.error());
        for (const Group &group : *all)
            groupIds.append(group.id);
        return groupIds;
    }
    QElapsedTimer timer;
    timer.start();
    auto msp = groups.createRoot(u"Bench MSP"_s);
    if (!msp)
        return fail(msp.error());
    groupIds.append(msp->id);
    QList<qint64> customers;
    for (int i = 1; i < 400; ++i) {
        auto customer = groups.create(msp->id, u"Customer %1"_s.arg(i, 3, 10, QLatin1Char('0')));
        if (!customer)
            return fail(customer.error());
        customers.append(customer->id);
        groupIds.append(customer->id);
    }
    for (int i = 0; groupIds.size() < groupCount; ++i) {
        auto unit = groups.create(customers.at(i % customers.size()), u"Unit %1"_s.arg(i));
        if (!unit)
            return fail(unit.error());
        groupIds.append(unit->id);
    }
    log << "groups: " << groupIds.size() << " in " << timer.elapsed() << " ms\n";
    log.flush();

    QRandomGenerator random(seed);
    AccountStore store(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    constexpr int batchSize = 50000;
    for (int done = 0; done < count;) {
        QList<AccountStore::NewAccount> batch;
        batch.reserve(batchSize);
        for (; done < count && batch.size() < batchSize; ++done) {
            AccountStore::NewAccount account;
            const QString first = firstNames.at(random.bounded(firstNames.size()));
            const QString last = lastNames.at(random.bounded(lastNames.size()));
            account.groupId = groupIds.at(random.bounded(groupIds.size()));
            account.draft.firstName = first;
            account.draft.lastName = last;
            account.draft.displayName = first + u' ' + last;
            // Unique by construction: the running number ends every login.
            account.draft.login = u"%1.%2%3"_s.arg(asciiFold(first), asciiFold(last)).arg(done);
            account.draft.email = u"%1@customer%2.example"_s.arg(account.draft.login).arg(random.bounded(400));
            account.draft.administrator = random.bounded(20) == 0;
            if (random.bounded(3) != 0)
                account.draft.quotas[Resource::Storage].limit = qint64(random.bounded(1, 2000)) << 30;
            const int status = random.bounded(10);
            account.status = status < 6 ? AccountStatus::Active
                : status < 9            ? AccountStatus::Inactive
                                        : AccountStatus::Disabled;
            batch.append(account);
        }
        auto inserted = store.insertMany(batch, now);
        if (!inserted)
            return fail(inserted.error());
        log << "accounts: " << done << " after " << timer.elapsed() << " ms\n";
        log.flush();
    }
    return groupIds;
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
    parser.addOption({u"database"_s,
                      u"The database (file path or sqlite:// URL); default a temporary file. "
                      "An existing database with a top group is used as it is."_s,
                      u"URL"_s});
    parser.addOption({u"seed"_s, u"Seed of the generator (default 6)."_s, u"N"_s, u"6"_s});
    parser.addOption({u"json"_s, u"Print one JSON object instead of the table."_s});
    parser.process(app);

    QTextStream err(stderr);
    QTextStream out(stdout);
    const int accountCount = parser.value(u"accounts"_s).toInt();
    QTemporaryDir dir;
    const QString location =
        parser.isSet(u"database"_s) ? parser.value(u"database"_s) : dir.filePath(u"bench.sqlite"_s);
    auto opened = Database::open(location);
    if (!opened) {
        err << opened.error().message << '\n';
        return 3;
    }
    Database &db = **opened;
    GroupService groups(db);
    AccountService accounts(db);
    auto groupIds = generate(db, groups, accountCount, parser.value(u"seed"_s).toUInt(), err);
    if (!groupIds) {
        err << groupIds.error().message << '\n';
        return 3;
    }
    const qint64 rootId = groupIds->first();
    // What a person types: the start of some login, and a piece from the middle of another.
    AccountQuery all;
    all.groupId = rootId;
    all.includeSubgroups = true;
    auto sample = accounts.page(all, accountCount / 3, 2);
    if (!sample || sample->size() < 2) {
        err << "no accounts\n";
        return 3;
    }
    const QString prefix = sample->at(0).login.left(sample->at(0).login.indexOf(u'.') + 3);
    const QString substring = sample->at(1).login.mid(sample->at(1).login.indexOf(u'.') + 2, 6);
    QList<Figure> figures {{u"first page (root, subgroups)"_s},
                           {u"search login prefix \"%1\""_s.arg(prefix)},
                           {u"search substring \"%1\""_s.arg(substring)},
                           {u"re-sort by name, descending"_s},
                           {u"jump to row 70%"_s},
                           {u"resident memory"_s, 0, 0, u"MB"_s},
                           {u"add one account"_s},
                           {u"longest GUI-thread stall"_s}};

    const int jumpRow = qMax(0, static_cast<int>(accountCount * 0.7) - visibleRows);
    {
        // This project: the console's model in a table view of a realistic size.
        longestStall = 0;
        QTableView view;
        view.resize(1000, 800);
        view.show();
        QElapsedTimer timer;
        timer.start();
        AccountListModel model(accounts);
        model.setQuery(all);
        view.setModel(&model);
        const auto loaded = [&model](int row) {
            return model.isRowLoaded(row);
        };
        figures[0].project =
            waitUntil(timer, [&] { return model.isSettled() && rowsShown(model, 0, visibleRows, loaded); });

        AccountQuery query = all;
        query.search = prefix;
        timer.start();
        model.setQuery(query);
        figures[1].project =
            waitUntil(timer, [&] { return model.isSettled() && rowsShown(model, 0, visibleRows, loaded); });
        query.search = substring;
        timer.start();
        model.setQuery(query);
        figures[2].project =
            waitUntil(timer, [&] { return model.isSettled() && rowsShown(model, 0, visibleRows, loaded); });
        query.search.clear();
        model.setQuery(query);
        waitUntil(timer, [&] { return model.isSettled() && rowsShown(model, 0, visibleRows, loaded); });

        timer.start();
        view.sortByColumn(AccountListModel::NameColumn, Qt::DescendingOrder);
        figures[3].project =
            waitUntil(timer, [&] { return model.isSettled() && rowsShown(model, 0, visibleRows, loaded); });

        timer.start();
        view.scrollTo(model.index(jumpRow, 0), QAbstractItemView::PositionAtTop);
        figures[4].project = waitUntil(timer, [&] { return rowsShown(model, jumpRow, visibleRows, loaded); });
        figures[5].project = residentMegabytes();

        AccountDraft draft;
        draft.login = u"bench.added"_s;
        draft.email = u"bench.added@example.com"_s;
        draft.firstName = u"Bench"_s;
        timer.start();
        auto added = accounts.create(groupIds->at(1), draft);
        figures[6].project = timer.nsecsElapsed() / 1e6;
        if (!added)
            err << "adding failed: " << added.error().message << '\n';
        waitUntil(timer, [&] { return model.isSettled(); });
        figures[7].project = longestStall;
    }

    {
        // The typical way: QSqlTableModel under a QSortFilterProxyModel, sorted and filtered by the proxy.
        longestStall = 0;
        QSqlDatabase connection = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"baseline"_s);
        connection.setDatabaseName(db.location());
        connection.open();
        {
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
            figures[0].baseline = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });

            // A filter of the proxy sees only fetched rows: fetch them all first.
            timer.start();
            while (source.canFetchMore())
                source.fetchMore();
            proxy.setFilterKeyColumn(login);
            proxy.setFilterRegularExpression(QRegularExpression(u"^"_s + QRegularExpression::escape(prefix),
                                                                QRegularExpression::CaseInsensitiveOption));
            figures[1].baseline = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });
            timer.start();
            proxy.setFilterKeyColumn(-1);
            proxy.setFilterFixedString(substring);
            figures[2].baseline = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });
            proxy.setFilterFixedString(QString());

            timer.start();
            view.sortByColumn(name, Qt::DescendingOrder);
            figures[3].baseline = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });
            timer.start();
            view.scrollTo(proxy.index(qMin(jumpRow, proxy.rowCount() - 1), 0), QAbstractItemView::PositionAtTop);
            figures[4].baseline = waitUntil(timer, [&] { return rowsShown(proxy, jumpRow, visibleRows, present); });
            figures[5].baseline = residentMegabytes();

            // Uniqueness the usual way (case-insensitive, ASCII only), then insert and submit.
            timer.start();
            QSqlQuery taken(connection);
            taken.prepare(u"SELECT count(*) FROM accounts WHERE lower(login) = lower(?)"_s);
            taken.addBindValue(u"bench.added2"_s);
            taken.exec();
            if (taken.next() && taken.value(0).toInt() == 0) {
                QSqlRecord record = source.record();
                const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
                record.setValue(u"group_id"_s, groupIds->at(1));
                record.setValue(u"login"_s, u"bench.added2"_s);
                record.setValue(u"login_key"_s, u"bench.added2"_s);
                record.setValue(u"email"_s, u"bench.added2@example.com"_s);
                record.setValue(u"created_at"_s, stamp);
                record.setValue(u"updated_at"_s, stamp);
                for (int i = 0; i < record.count(); ++i)
                    record.setGenerated(i, !record.isNull(i));
                source.insertRecord(-1, record);
                if (!source.submitAll())
                    err << "baseline insert failed\n";
            }
            figures[6].baseline = waitUntil(timer, [&] { return rowsShown(proxy, 0, visibleRows, present); });
            // Every step above ran on the GUI thread in one go: the longest of them is its stall.
            for (int i = 0; i < 7; ++i) {
                if (i != 5)
                    figures[7].baseline = qMax(figures[7].baseline, figures[i].baseline);
            }
        }
        connection = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"baseline"_s);
    }

    if (parser.isSet(u"json"_s)) {
        QJsonObject result;
        for (const Figure &figure : std::as_const(figures)) {
            QJsonObject entry {{u"project_ms"_s, figure.project},
                               {u"baseline_ms"_s, figure.baseline},
                               {u"ratio"_s, figure.project > 0 ? figure.baseline / figure.project : 0.0}};
            if (figure.unit != "ms"_L1)
                entry.insert(u"unit"_s, figure.unit);
            result.insert(figure.operation, entry);
        }
        out << QJsonDocument(result).toJson(QJsonDocument::Indented);
    } else {
        out << u"%1 accounts in %2 groups, %3\n"_s.arg(accountCount).arg(groupCount).arg(db.displayName());
        out << u"%1 %2 %3 %4\n"_s.arg(u"operation"_s, -40)
                   .arg(u"project"_s, 12)
                   .arg(u"baseline"_s, 12)
                   .arg(u"ratio"_s, 8);
        for (const Figure &figure : std::as_const(figures)) {
            out << u"%1 %2 %3 %4\n"_s.arg(figure.operation, -40)
                       .arg(u"%1 %2"_s.arg(figure.project, 0, 'f', 1).arg(figure.unit), 12)
                       .arg(u"%1 %2"_s.arg(figure.baseline, 0, 'f', 1).arg(figure.unit), 12)
                       .arg(figure.project > 0 ? u"%1x"_s.arg(figure.baseline / figure.project, 0, 'f', 1) : u"-"_s, 8);
        }
    }
    return 0;
}
