// bench_audit_log: the audit log as people read it (AuditLog::page, keyset on the indexes of
// 0014_audit_groups.sql) at a million entries or more: the first page, a page deep in the log, and
// each filter alone and combined, on SQLite and on a throwaway PostgreSQL, against issue 16's
// target of 300 ms.
#include "core/domain/auditquery.h"
#include "core/domain/databaseaddress.h"
#include "core/services/auditlog.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/benchmarks/throwawayserver.h"
#include "tests/common/testdatabase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimeZone>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

constexpr double targetMs = 300;
constexpr int pageSize = 100; // about a window of the log
constexpr int customers = 20;
constexpr int unitsPerCustomer = 4;
// The entries are 30 s apart, from 2025-01-01T00:00:00Z on.
constexpr qint64 firstSecond = 1735689600;
constexpr int secondsApart = 30;

struct Groups
{
    qint64 root = 0;
    qint64 firstCustomer = 0;
    qint64 first = 0; // the groups entries are filed under: first … first + count - 1
    int count = 0;
};

// The top group, its customers, and their units, ids in a row (a new database).
Result<Groups> addGroups(Database &db)
{
    GroupService service(db);
    auto root = service.createRoot(u"Bench MSP"_s);
    if (!root)
        return fail(root.error());
    Groups groups;
    groups.root = root->id;
    QList<qint64> ids;
    for (int c = 0; c < customers; ++c) {
        auto customer = service.create(root->id, u"Customer %1"_s.arg(c));
        if (!customer)
            return fail(customer.error());
        ids.append(customer->id);
        for (int u = 0; u < unitsPerCustomer; ++u) {
            auto unit = service.create(customer->id, u"Unit %1"_s.arg(u));
            if (!unit)
                return fail(unit.error());
            ids.append(unit->id);
        }
    }
    groups.firstCustomer = ids.first();
    groups.first = ids.first();
    groups.count = static_cast<int>(ids.size());
    if (ids.last() - ids.first() + 1 != ids.size())
        return fail(Error::Code::Invalid, QString(), u"the groups' ids are not in a row; use an empty database"_s);
    return groups;
}

// The groups addGroups made earlier in a database this benchmark filled before (--database).
Result<Groups> existingGroups(Database &db)
{
    auto found = db.run(u"SELECT (SELECT min(id) FROM groups WHERE parent_id IS NULL), min(id), count(*) FROM groups "
                        "WHERE parent_id IS NOT NULL"_s);
    if (!found)
        return fail(found.error());
    Groups groups;
    if (found->next()) {
        groups.root = found->value(0).toLongLong();
        groups.firstCustomer = found->value(1).toLongLong();
        groups.first = groups.firstCustomer;
        groups.count = found->value(2).toInt();
    }
    return groups;
}

// How many entries fill() wrote already (not the groups' own entries).
Result<qint64> filledEntries(Database &db)
{
    auto found = db.run(u"SELECT count(*) FROM audit_log WHERE summary LIKE 'user%'"_s);
    if (!found)
        return fail(found.error());
    return found->next() ? found->value(0).toLongLong() : 0;
}

// Entries `from` … `count` - 1 in one statement: 50 actors, 8 actions, accounts and groups, every
// group of `groups` in turn, summaries "user<i>". Then ANALYZE, as autovacuum (PostgreSQL) or the
// console's optimize (SQLite) would have done on a log grown an entry at a time.
Result<void> fill(Database &db, const Groups &groups, qint64 from, qint64 count)
{
    const bool postgres = db.backend() == DatabaseAddress::Backend::PostgreSql;
    const QString at = postgres
        ? u"to_char(to_timestamp(%1 + i * %2) AT TIME ZONE 'UTC', "
          "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')"_s.arg(firstSecond)
              .arg(secondsApart)
        : u"strftime('%Y-%m-%dT%H:%M:%S.000Z', %1 + i * %2, 'unixepoch')"_s.arg(firstSecond).arg(secondsApart);
    const QString sql =
        u"INSERT INTO audit_log (at, actor, action, object_type, object_id, group_id, summary) "
        "WITH RECURSIVE n (i) AS (SELECT %5 UNION ALL SELECT i + 1 FROM n WHERE i + 1 < %1) "
        "SELECT %2, 'op' || (i %% 50), "
        "CASE i %% 8 WHEN 0 THEN 'account.created' WHEN 1 THEN 'account.changed' WHEN 2 THEN 'account.disabled' "
        "WHEN 3 THEN 'account.enabled' WHEN 4 THEN 'account.deleted' WHEN 5 THEN 'account.activation-resent' "
        "WHEN 6 THEN 'group.renamed' ELSE 'group.settings-changed' END, "
        "CASE WHEN i %% 8 >= 6 THEN 'group' ELSE 'account' END, i, %3 + i %% %4, 'user' || i FROM n"_s;
    QString statement = sql;
    statement.replace(u"%%"_s, u"\x01"_s);
    statement = statement.arg(count).arg(at).arg(groups.first).arg(groups.count).arg(from);
    statement.replace(u'\x01', u'%');
    return db.write([&]() -> Result<void> {
        if (auto done = db.run(statement); !done)
            return fail(done.error());
        if (auto analyzed = db.run(postgres ? u"ANALYZE audit_log"_s : u"ANALYZE"_s); !analyzed)
            return fail(analyzed.error());
        return {};
    });
}

QString iso(qint64 second)
{
    return QDateTime::fromSecsSinceEpoch(second, QTimeZone::utc()).toString(Qt::ISODateWithMs);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Times pages of the audit log, first and filtered, at a million entries."_s);
    parser.addHelpOption();
    parser.addOption({u"entries"_s, u"How many entries (default 1000000)."_s, u"N"_s, u"1000000"_s});
    parser.addOption({u"backend"_s, u"sqlite, postgresql or both (default both)."_s, u"BACKEND"_s, u"both"_s});
    parser.addOption({u"database"_s,
                      u"Keep the log in this database and use it again: a file path, sqlite:// or postgresql:// "
                      "URL (password from BACKUP_CONSOLE_DATABASE_PASSWORD). It is filled only up to --entries; "
                      "empty or filled by this benchmark before. Default: a temporary SQLite file or a throwaway "
                      "PostgreSQL, for one backend."_s,
                      u"URL"_s});
    parser.addOption({u"runs"_s, u"Runs of each page; the best counts (default 3)."_s, u"N"_s, u"3"_s});
    parser.process(app);

    QTextStream out(stdout);
    QTextStream err(stderr);
    const qint64 entries = std::max<qint64>(1000, parser.value(u"entries"_s).toLongLong());
    const int runs = std::max(1, parser.value(u"runs"_s).toInt());
    const QString which = parser.value(u"backend"_s);
    QStringList backends;
    const QString kept = parser.value(u"database"_s);
    if (!kept.isEmpty()) {
        auto address = DatabaseAddress::parse(kept);
        if (!address) {
            err << address.error().message << '\n';
            return 2;
        }
        backends << DatabaseAddress::backendName(address->backend);
    } else {
        if (which == "both"_L1 || which == "sqlite"_L1)
            backends << u"sqlite"_s;
        if (which == "both"_L1 || which == "postgresql"_L1)
            backends << u"postgresql"_s;
    }
    int slow = 0;
    for (const QString &backend : std::as_const(backends)) {
        std::optional<ThrowawayServer> server;
        QTemporaryDir dir;
        QString location = dir.filePath(u"bench.sqlite"_s);
        if (!kept.isEmpty()) {
            location = kept;
        } else if (backend != "sqlite"_L1) {
            server.emplace(backend, QStringLiteral(BC_SOURCE_DIR "/tests/servers"));
            if (!server->isStarted()) {
                err << "the throwaway " << backend << " server did not start\n";
                return 3;
            }
            location = test::freshLocation(u"benchaudit"_s);
        }
        Database::OpenOptions options;
        options.password = qEnvironmentVariable("BACKUP_CONSOLE_DATABASE_PASSWORD");
        auto opened = Database::open(location, options);
        if (!opened) {
            err << opened.error().message << '\n';
            return 3;
        }
        Database &db = **opened;
        auto groups = existingGroups(db);
        if (groups && groups->root == 0)
            groups = addGroups(db);
        if (!groups) {
            err << groups.error().message << '\n';
            return 3;
        }
        auto filledBefore = filledEntries(db);
        if (!filledBefore) {
            err << filledBefore.error().message << '\n';
            return 3;
        }
        if (*filledBefore < entries) {
            QElapsedTimer filling;
            filling.start();
            if (auto filled = fill(db, *groups, *filledBefore, entries); !filled) {
                err << "filling failed: " << filled.error().message << '\n';
                return 3;
            }
            out << backend << ": " << entries - *filledBefore << " entries written in " << filling.elapsed() / 1000.0
                << " s\n";
        } else {
            out << backend << ": " << *filledBefore << " entries there already\n";
        }
        const qint64 total = std::max(entries, *filledBefore);

        const qint64 lastSecond = firstSecond + (total - 1) * secondsApart;
        const qint64 middle = total / 2;
        const AuditAnchor deep {
            .at = QDateTime::fromSecsSinceEpoch(firstSecond + middle * secondsApart, QTimeZone::utc()),
            .id = middle + 1 + groups->count + 1}; // ids follow the groups' entries
        const qint64 customer = groups->firstCustomer;
        struct Case
        {
            QString name;
            AuditQuery query;
            AuditAnchor after;
        };
        const QList<Case> cases {
            {u"first page"_s, {}, {}},
            {u"a page from the middle on (keyset)"_s, {}, deep},
            {u"since: the last day"_s, {.since = QDateTime::fromString(iso(lastSecond - 86400), Qt::ISODate)}, {}},
            {u"until: the first half"_s, {.until = deep.at}, {}},
            {u"actor"_s, {.actor = u"op7"_s}, {}},
            {u"action"_s, {.action = u"account.disabled"_s}, {}},
            {u"object type"_s, {.objectType = u"group"_s}, {}},
            {u"group alone"_s, {.groupId = customer}, {}},
            {u"group and its subgroups"_s, {.groupId = customer, .includeSubgroups = true}, {}},
            {u"top group and its subgroups"_s, {.groupId = groups->root, .includeSubgroups = true}, {}},
            {u"search, common (\"user1\")"_s, {.search = u"user1"_s}, {}},
            {u"search, in every entry (\"user\")"_s, {.search = u"user"_s}, {}},
            {u"search, in every entry, middle on"_s, {.search = u"user"_s}, deep},
            {u"search, common and recent (\"user9\")"_s, {.search = u"user9"_s}, {}},
            {u"search, rare (\"ser99999\")"_s, {.search = u"ser99999"_s}, {}},
            {u"search, nothing (\"nobody\")"_s, {.search = u"nobody"_s}, {}},
            {u"actor, action and group"_s,
             {.actor = u"op3"_s, .action = u"account.enabled"_s, .groupId = customer + 3},
             {}},
            {u"actor, subtree and search"_s,
             {.actor = u"op3"_s, .groupId = customer, .includeSubgroups = true, .search = u"user9"_s},
             {}},
        };
        AuditLog log(db);
        out << QString(u"  %1  %2  %3  %4\n"_s)
                   .arg(u"page of %1"_s.arg(pageSize), -40)
                   .arg(u"entries"_s, 7)
                   .arg(u"ms"_s, 9)
                   .arg(u"≤ 300 ms"_s);
        for (const Case &c : cases) {
            double best = -1;
            qsizetype found = 0;
            for (int run = 0; run <= runs; ++run) { // run 0 warms the caches
                QElapsedTimer timer;
                timer.start();
                auto page = log.page(c.query, c.after, pageSize);
                const double ms = timer.nsecsElapsed() / 1e6;
                if (!page) {
                    err << c.name << ": " << page.error().message << '\n';
                    return 3;
                }
                found = page->size();
                if (run > 0 && (best < 0 || ms < best))
                    best = ms;
            }
            const bool ok = best <= targetMs;
            slow += ok ? 0 : 1;
            out << QString(u"  %1  %2  %3  %4\n"_s)
                       .arg(c.name, -40)
                       .arg(found, 7)
                       .arg(best, 9, 'f', 1)
                       .arg(ok ? u"yes"_s : u"NO"_s);
        }
        out.flush();
    }
    return slow == 0 ? 0 : 1;
}
