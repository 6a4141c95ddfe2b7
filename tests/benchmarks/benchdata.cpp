// bench_account_list's data set. The accounts are the same as ever (one random sequence, drawn in
// the same order), and each row holds exactly what AccountStore::insertMany writes
// (AccountStore::newRowOf gives its columns and values); only the way they reach the database is
// bulk: many rows per INSERT statement, with the accounts' indexes dropped during the load and
// made again from their own definitions afterwards (SQLite, PostgreSQL), which sorts each index
// once instead of inserting ten million keys into a dozen B-trees one at a time. The triggers stay:
// the groups' account counts and SQLite's search index follow the rows as they do for any insert.
// checkGenerated() compares sampled rows with what AccountStore itself writes.
#include "benchdata.h"

#include "core/domain/databaseaddress.h"
#include "core/domain/timestamps.h"
#include "core/services/groupservice.h"
#include "core/storage/accountstore.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <array>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

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

QStringList asciiFolded(const QStringList &names)
{
    QStringList folded;
    for (const QString &name : names)
        folded.append(asciiFold(name));
    return folded;
}

// The accounts, one after the other: account `n` is the same in every run with the same seed.
class AccountSequence
{
public:
    AccountSequence(quint32 seed, const QList<qint64> &groupIds)
        : m_random(seed)
        , m_groupIds(groupIds)
    {
    }

    AccountStore::NewAccount next()
    {
        AccountStore::NewAccount account;
        const qsizetype firstIndex = m_random.bounded(firstNames.size());
        const qsizetype lastIndex = m_random.bounded(lastNames.size());
        const QString &first = firstNames.at(firstIndex);
        const QString &last = lastNames.at(lastIndex);
        account.groupId = m_groupIds.at(m_random.bounded(m_groupIds.size()));
        account.draft.firstName = first;
        account.draft.lastName = last;
        account.draft.displayName = first + u' ' + last;
        // Unique by construction: the running number ends every login.
        account.draft.login = u"%1.%2%3"_s.arg(m_firstFolded.at(firstIndex), m_lastFolded.at(lastIndex)).arg(m_next);
        account.draft.email = u"%1@customer%2.example"_s.arg(account.draft.login).arg(m_random.bounded(400));
        account.draft.administrator = m_random.bounded(20) == 0;
        if (m_random.bounded(3) != 0)
            account.draft.quotas[Resource::Storage].limit = qint64(m_random.bounded(1, 2000)) << 30;
        const int status = m_random.bounded(10);
        account.status = status < 6 ? AccountStatus::Active
            : status < 9            ? AccountStatus::Inactive
                                    : AccountStatus::Disabled;
        ++m_next;
        return account;
    }

private:
    QRandomGenerator m_random;
    const QList<qint64> &m_groupIds;
    const QStringList m_firstFolded = asciiFolded(firstNames);
    const QStringList m_lastFolded = asciiFolded(lastNames);
    int m_next = 0;
};

Result<QSqlQuery> exec(Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return fail(db.classify(query.lastError(), sql));
    return query;
}

// The accounts' indexes a bulk load drops, as statements that make them again. The primary key and
// the indexes of constraints stay. MariaDB keeps its indexes (its load is not timed against a target).
Result<QStringList> droppableIndexes(Database &db)
{
    QString sql;
    switch (db.backend()) {
    case DatabaseAddress::Backend::Sqlite:
        sql = u"SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'accounts' "
              "AND sql IS NOT NULL ORDER BY name"_s;
        break;
    case DatabaseAddress::Backend::PostgreSql:
        sql = u"SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname = current_schema() "
              "AND i.tablename = 'accounts' AND NOT EXISTS (SELECT 1 FROM pg_constraint c "
              "WHERE c.conindid = format('%I.%I', i.schemaname, i.indexname)::regclass) ORDER BY i.indexname"_s;
        break;
    case DatabaseAddress::Backend::MariaDb:
        return QStringList();
    }
    auto rows = exec(db, sql);
    if (!rows)
        return fail(rows.error());
    QStringList definitions;
    while (rows->next())
        definitions.append(rows->value(1).toString());
    return definitions;
}

// How a bulk load goes besides the indexes: statements before it, before the indexes are made
// again, and at its end.
struct LoadSteps
{
    QStringList before;
    QStringList beforeIndexes;
    QStringList after;
};

Result<LoadSteps> loadSteps(Database &db)
{
    LoadSteps steps;
    switch (db.backend()) {
    case DatabaseAddress::Backend::Sqlite: {
        // The search index is built once from the table ('rebuild') rather than row by row by its
        // trigger; the trigger comes back as it was. No journal while loading (a failed load is
        // thrown away anyway) and a large page cache for this connection.
        auto trigger = exec(db,
                            u"SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                            "AND name = 'accounts_search_insert'"_s);
        if (!trigger)
            return fail(trigger.error());
        steps.before << u"PRAGMA cache_size = -1000000"_s << u"PRAGMA journal_mode = OFF"_s
                     << u"PRAGMA synchronous = OFF"_s;
        if (trigger->next()) {
            steps.before << u"DROP TRIGGER accounts_search_insert"_s;
            steps.after << u"INSERT INTO accounts_search (accounts_search) VALUES ('rebuild')"_s
                        << trigger->value(0).toString();
        }
        steps.after << u"PRAGMA journal_mode = WAL"_s << u"PRAGMA synchronous = NORMAL"_s
                    << u"PRAGMA cache_size = -2000"_s;
        break;
    }
    case DatabaseAddress::Backend::PostgreSql:
        // Sorting an index in memory rather than in temporary files; this session only. Then what
        // autovacuum does for a database that grew an account at a time, done at once after a bulk
        // load: the groups' rows counted, and the planner's statistics.
        // The groups' account counts are counted once after the load, not by a trigger per row (a
        // third of the server's time in the load); the accounts' own triggers are all off meanwhile.
        steps.before << u"ALTER TABLE accounts DISABLE TRIGGER USER"_s;
        steps.beforeIndexes << u"UPDATE groups g SET account_count = g.account_count + c.n FROM (SELECT group_id, "
                               "count(*) AS n FROM accounts GROUP BY group_id) c WHERE g.id = c.group_id"_s
                            << u"ALTER TABLE accounts ENABLE TRIGGER USER"_s << u"SET maintenance_work_mem = '1GB'"_s;
        steps.after << u"RESET maintenance_work_mem"_s << u"VACUUM FULL groups"_s << u"VACUUM ANALYZE accounts"_s;
        break;
    case DatabaseAddress::Backend::MariaDb:
        break;
    }
    return steps;
}

Result<void> execAll(Database &db, const QStringList &statements)
{
    for (const QString &statement : statements) {
        if (auto done = exec(db, statement); !done)
            return fail(done.error());
    }
    return {};
}

QString indexName(const QString &definition)
{
    // "CREATE [UNIQUE] INDEX name ON …"
    const QStringList words = definition.simplified().split(u' ');
    const qsizetype at = words.indexOf(u"INDEX"_s);
    return at >= 0 && at + 1 < words.size() ? words.at(at + 1) : QString();
}

// "INSERT INTO accounts (…) VALUES (?, …), (?, …)…" for `rows` rows.
QString multiRowInsert(const QStringList &columns, int rows)
{
    QStringList marks;
    marks.fill(u"?"_s, columns.size());
    const QString row = u"("_s + marks.join(u", "_s) + u')';
    QStringList all;
    all.fill(row, rows);
    return u"INSERT INTO accounts (%1) VALUES %2"_s.arg(columns.join(u", "_s), all.join(u", "_s));
}

Result<QList<qint64>> createGroups(GroupService &groups, int count, QTextStream &log)
{
    QElapsedTimer timer;
    timer.start();
    QList<qint64> groupIds;
    auto msp = groups.createRoot(u"Bench MSP"_s);
    if (!msp)
        return fail(msp.error());
    groupIds.append(msp->id);
    QList<qint64> customers;
    const int customerCount = qMax(1, count / 5 - 1);
    for (int i = 1; i <= customerCount && groupIds.size() < count; ++i) {
        auto customer = groups.create(msp->id, u"Customer %1"_s.arg(i, 3, 10, QLatin1Char('0')));
        if (!customer)
            return fail(customer.error());
        customers.append(customer->id);
        groupIds.append(customer->id);
    }
    for (int i = 0; groupIds.size() < count; ++i) {
        auto unit = groups.create(customers.at(i % customers.size()), u"Unit %1"_s.arg(i));
        if (!unit)
            return fail(unit.error());
        groupIds.append(unit->id);
    }
    log << "groups: " << groupIds.size() << " in " << timer.elapsed() << " ms\n";
    log.flush();
    return groupIds;
}

// Writes `count` accounts of the sequence, many rows per statement, a transaction per 50,000.
Result<void> insertAccounts(Database &db, AccountSequence &sequence, int count, const QElapsedTimer &timer,
                            QTextStream &log)
{
    const QString stamp = Timestamps::toStorage(QDateTime::currentDateTimeUtc());
    const QStringList columns = AccountStore::newRowOf({}, stamp).first;
    // Many rows per statement, but not too many values: QSQLITE looks each bound value's name up
    // among the statement's (sqlite3_bind_parameter_name), which grows with the square of their number.
    const int rowsPerStatement = qMax(1, 2000 / static_cast<int>(columns.size()));
    constexpr int rowsPerTransaction = 50000;
    QSqlQuery full(db.connection());
    const QString fullSql = multiRowInsert(columns, rowsPerStatement);
    if (!full.prepare(fullSql))
        return fail(db.classify(full.lastError(), fullSql));
    QList<AccountStore::NewAccount> rows;
    rows.reserve(rowsPerStatement);
    for (int done = 0; done < count;) {
        auto written = db.write([&]() -> Result<void> {
            const int end = qMin(count, done + rowsPerTransaction);
            while (done < end) {
                rows.clear();
                for (; done < end && rows.size() < rowsPerStatement; ++done)
                    rows.append(sequence.next());
                QSqlQuery tail(db.connection());
                const bool whole = rows.size() == rowsPerStatement;
                QSqlQuery &query = whole ? full : tail;
                const QString sql = whole ? fullSql : multiRowInsert(columns, static_cast<int>(rows.size()));
                if (!whole && !tail.prepare(sql))
                    return fail(db.classify(tail.lastError(), sql));
                int position = 0;
                for (const AccountStore::NewAccount &account : std::as_const(rows)) {
                    for (const QVariant &value : AccountStore::newRowOf(account, stamp).second)
                        query.bindValue(position++, Database::bindable(value));
                }
                if (!query.exec())
                    return fail(db.classify(query.lastError(), sql));
            }
            return {};
        });
        if (!written)
            return written;
        log << "accounts: " << done << " after " << timer.elapsed() << " ms\n";
        log.flush();
    }
    return {};
}

} // namespace

Result<QList<qint64>> generate(Database &db, GroupService &groups, const BenchData &data, QTextStream &log,
                               qint64 *elapsedMs)
{
    if (elapsedMs)
        *elapsedMs = -1;
    auto root = groups.root();
    if (!root)
        return fail(root.error());
    if (*root) {
        auto all = groups.all();
        if (!all)
            return fail(all.error());
        QList<qint64> groupIds;
        for (const Group &group : *all)
            groupIds.append(group.id);
        return groupIds;
    }
    QElapsedTimer timer;
    timer.start();
    auto groupIds = createGroups(groups, data.groups, log);
    if (!groupIds)
        return groupIds;

    auto indexes = droppableIndexes(db);
    if (!indexes)
        return fail(indexes.error());
    for (const QString &definition : std::as_const(*indexes)) {
        if (auto dropped = exec(db, u"DROP INDEX "_s + indexName(definition)); !dropped)
            return fail(dropped.error());
    }
    auto steps = loadSteps(db);
    if (!steps)
        return fail(steps.error());
    if (auto done = execAll(db, steps->before); !done)
        return fail(done.error());
    AccountSequence sequence(data.seed, *groupIds);
    if (auto inserted = insertAccounts(db, sequence, data.accounts, timer, log); !inserted)
        return fail(inserted.error());

    if (auto done = execAll(db, steps->beforeIndexes); !done)
        return fail(done.error());
    for (const QString &definition : std::as_const(*indexes)) {
        if (auto made = exec(db, definition); !made)
            return fail(made.error());
    }
    auto remade = droppableIndexes(db);
    if (!remade)
        return fail(remade.error());
    if (*remade != *indexes)
        return fail(Error::Code::Internal, QString(), u"the accounts' indexes differ after the load"_s);
    log << "indexes made after " << timer.elapsed() << " ms\n";
    if (auto done = execAll(db, steps->after); !done)
        return fail(done.error());
    log << "search index and statistics after " << timer.elapsed() << " ms\n";
    log << "generated " << data.accounts << " accounts in " << timer.elapsed() << " ms\n";
    log.flush();
    if (elapsedMs)
        *elapsedMs = timer.elapsed();
    return groupIds;
}

namespace {

Result<QSqlRecord> rowOfLogin(Database &db, const QString &login)
{
    QSqlQuery query(db.connection());
    const QString sql = u"SELECT * FROM accounts WHERE login = ?"_s;
    query.prepare(sql);
    query.addBindValue(login);
    if (!query.exec())
        return fail(db.classify(query.lastError(), sql));
    if (!query.next())
        return fail(Error::Code::NotFound, QString(), u"no account %1"_s.arg(login));
    return query.record();
}

} // namespace

Result<void> checkGenerated(Database &db, const QList<qint64> &groupIds, const BenchData &data, int sample,
                            QTextStream &log)
{
    AccountSequence sequence(data.seed, groupIds);
    AccountStore store(db);
    const int last = data.accounts - 1;
    int checked = 0;
    for (int n = 0, nextSampled = 0; n <= last && checked < sample; ++n) {
        const AccountStore::NewAccount account = sequence.next();
        if (n != nextSampled)
            continue;
        nextSampled = sample > 1 ? static_cast<int>(qint64(last) * (checked + 1) / (sample - 1)) : last + 1;
        auto generated = rowOfLogin(db, account.draft.login);
        if (!generated)
            return fail(generated.error());
        const QDateTime now = Timestamps::fromStorage(generated->value(u"created_at"_s).toString());
        // Not one transaction: Database::write does not nest, and insertMany opens its own.
        QSqlQuery remove(db.connection());
        remove.prepare(u"DELETE FROM accounts WHERE id = ?"_s);
        remove.addBindValue(generated->value(u"id"_s));
        if (!remove.exec())
            return fail(db.classify(remove.lastError(), u"DELETE FROM accounts"_s));
        auto rewritten = store.insertMany({account}, now);
        if (!rewritten)
            return fail(rewritten.error());
        auto written = rowOfLogin(db, account.draft.login);
        if (!written)
            return fail(written.error());
        for (int i = 0; i < generated->count(); ++i) {
            const QString name = generated->fieldName(i);
            if (name == u"id"_s)
                continue;
            const QVariant mine = generated->value(i);
            const QVariant theirs = written->value(name);
            if (mine != theirs || mine.isNull() != theirs.isNull())
                return fail(Error::Code::Internal, QString(),
                            u"account %1, column %2: generated %3, AccountStore writes %4"_s.arg(
                                account.draft.login, name, mine.toString(), theirs.toString()));
        }
        ++checked;
    }
    auto miscounted = exec(db,
                           u"SELECT count(*) FROM groups g WHERE g.account_count <> "
                           "(SELECT count(*) FROM accounts a WHERE a.group_id = g.id)"_s);
    if (!miscounted)
        return fail(miscounted.error());
    if (!miscounted->next() || miscounted->value(0).toInt() != 0)
        return fail(Error::Code::Internal, QString(), u"groups whose account count is wrong"_s);
    if (db.backend() == DatabaseAddress::Backend::Sqlite) {
        // For a table of external content, FTS5 checks its index against the table's rows.
        if (auto agrees =
                exec(db, u"INSERT INTO accounts_search (accounts_search, rank) VALUES ('integrity-check', 1)"_s);
            !agrees)
            return fail(agrees.error());
    }
    log << "check: " << checked << " generated accounts are as AccountStore writes them; group counts right\n";
    log.flush();
    return {};
}
