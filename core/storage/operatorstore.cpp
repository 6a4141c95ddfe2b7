#include "core/storage/operatorstore.h"

#include "core/domain/account.h"
#include "core/domain/timestamps.h"
#include "core/storage/databasestatements.h"
#include "core/storage/groupstore.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// A candidate's columns, as candidate() and sessionCandidate() both select them: id, login,
// group, administrator switch, status, password hash, whether it has a security group, TOTP
// secret (null: not enrolled), last accepted step, database role (PostgreSQL), and past those
// what the session form adds.
OperatorStore::Candidate readCandidate(const QSqlQuery &query)
{
    OperatorStore::Candidate found;
    found.accountId = query.value(0).toLongLong();
    found.login = query.value(1).toString();
    found.groupId = query.value(2).toLongLong();
    found.administrator = query.value(3).toBool();
    found.disabled = query.value(4).toString() == toKey(AccountStatus::Disabled);
    found.passwordHash = query.value(5).toString();
    found.hasSecurityGroup = query.value(6).toBool();
    found.enrolled = !query.value(7).isNull();
    found.secret = query.value(7).toString();
    found.lastStep = query.value(8).toLongLong();
    found.databaseRole = query.value(9).toString();
    return found;
}

} // namespace

Result<std::optional<OperatorStore::Candidate>> OperatorStore::candidate(const QString &loginKey)
{
    const bool postgres = m_db.backend() == DatabaseAddress::Backend::PostgreSql;
    auto query =
        m_db.run(u"SELECT a.id, a.login, a.group_id, a.administrator, a.status, a.password_hash, "
                 "EXISTS (SELECT 1 FROM account_security_groups s WHERE s.account_id = a.id), "
                 "m.secret, m.last_step, %1, (SELECT g.parent_id IS NULL FROM groups g WHERE g.id = a.group_id) "
                 "FROM accounts a LEFT JOIN operator_mfa m ON m.account_id = a.id WHERE a.login_key = ?"_s.arg(
                     postgres ? u"(SELECT r.role_name FROM operator_roles r WHERE r.account_id = a.id)"_s : u"NULL"_s),
                 {loginKey});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Candidate>();
    Candidate found = readCandidate(*query);
    found.topGroup = query->value(10).toBool();
    return std::optional<Candidate>(found);
}

Result<std::optional<OperatorStore::Candidate>> OperatorStore::sessionCandidate()
{
    // No hash and no secret: an empty text stands for "enrolled".
    auto query = m_db.run(u"SELECT account_id, login, group_id, administrator, "
                          "CASE WHEN disabled THEN ? ELSE '' END, NULL, has_security_group, "
                          "CASE WHEN enrolled THEN '' END, 0, session_user, login_key, has_password, needs_mfa "
                          "FROM bc_session_operator()"_s,
                          {toKey(AccountStatus::Disabled)});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return std::optional<Candidate>();
    Candidate found = readCandidate(*query);
    found.loginKey = query->value(10).toString();
    found.hasPassword = query->value(11).toBool();
    found.needsMfa = query->value(12).toBool();
    return std::optional<Candidate>(found);
}

Result<QString> OperatorStore::verifySessionCode(const QString &code, const QString &recoveryHash)
{
    auto query = m_db.run(u"SELECT bc_verify_code(?, ?)"_s, {code, recoveryHash});
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toString() : QString();
}

Result<QString> OperatorStore::issueSessionKey()
{
    auto query = m_db.run(u"SELECT bc_issue_session_key()"_s);
    if (!query)
        return fail(query.error());
    return query->next() ? query->value(0).toString() : QString();
}

Result<QList<qint64>> OperatorStore::securityGroupIds(qint64 accountId)
{
    auto query = m_db.run(u"SELECT security_group_id FROM account_security_groups WHERE account_id = ? "
                          "ORDER BY security_group_id"_s,
                          {accountId});
    if (!query)
        return fail(query.error());
    QList<qint64> ids;
    while (query->next())
        ids.append(query->value(0).toLongLong());
    return ids;
}

Result<OperatorStore::MfaFacts> OperatorStore::mfaFacts(qint64 groupId, qint64 withoutAccountId)
{
    auto facts = mfaFacts(QList<qint64> {groupId}, withoutAccountId);
    if (!facts)
        return fail(facts.error());
    return facts->value(groupId);
}

Result<QHash<qint64, OperatorStore::MfaFacts>> OperatorStore::mfaFacts(const QList<qint64> &groupIds,
                                                                       qint64 withoutAccountId)
{
    QHash<qint64, MfaFacts> found;
    if (groupIds.isEmpty())
        return found;
    if (auto read = m_db.readTogether({mfaFactsRead(groupIds, withoutAccountId, &found)}); !read)
        return fail(read.error());
    return found;
}

Database::Read OperatorStore::mfaFactsRead(const QList<qint64> &groupIds, qint64 withoutAccountId,
                                           QHash<qint64, MfaFacts> *into)
{
    *into = {};
    // Each group's chain, the group it starts from beside every row (64 levels at most, against a
    // cycle), with the names that make the requiring group's path; account ids start at 1, so 0
    // leaves no enrolment out.
    const IdList groups = idList(groupIds.isEmpty() ? QList<qint64> {0} : groupIds);
    return {
        u"WITH RECURSIVE chain (origin, link, parent, depth) AS ("
        "SELECT id, id, coalesce(parent_id, 0), 0 FROM groups WHERE id IN (%1) UNION ALL "
        "SELECT c.origin, g.id, coalesce(g.parent_id, 0), c.depth + 1 FROM groups g JOIN chain c ON g.id = c.parent "
        "WHERE c.depth < 63) "
        "SELECT c.origin, c.link, c.parent, c.depth, g.require_mfa, "
        "EXISTS (SELECT 1 FROM operator_mfa WHERE account_id <> ?), g.name FROM chain c JOIN groups g ON g.id = c.link "
        "ORDER BY c.origin, c.depth"_s.arg(groups.marks),
        groups.values + QVariantList {withoutAccountId}, [into](QSqlQuery &rows) -> Result<void> {
            // Each group's chain names, nearest first, and where in them the requiring group is.
            QHash<qint64, GroupStore::Chain> chains;
            QHash<qint64, qsizetype> requiringDepth;
            while (rows.next()) {
                const qint64 origin = rows.value(0).toLongLong();
                MfaFacts &facts = (*into)[origin];
                GroupStore::Chain &chain = chains[origin];
                if (rows.value(3).toInt() == 0) {
                    facts.top = rows.value(2).toLongLong() == 0;
                    facts.anyEnrolled = rows.value(5).toBool();
                }
                if (facts.requiringGroupId == 0 && rows.value(4).toBool()) {
                    facts.requiringGroupId = rows.value(1).toLongLong();
                    requiringDepth.insert(origin, chain.names.size());
                }
                chain.names.append(rows.value(6).toString());
            }
            for (auto it = requiringDepth.cbegin(); it != requiringDepth.cend(); ++it) {
                GroupStore::Chain above;
                above.names = chains.value(it.key()).names.mid(it.value());
                (*into)[it.key()].requiringGroupPath = above.path();
            }
            return {};
        }};
}

Result<bool> OperatorStore::anyOperator()
{
    bool any = false;
    if (auto read = m_db.readTogether({anyOperatorRead(&any)}); !read)
        return fail(read.error());
    return any;
}

Database::Read OperatorStore::anyOperatorRead(bool *into)
{
    *into = false;
    // Two index reads, not one scan of every account (seconds at ten million, asked whenever
    // nobody is signed in): the administrators with a password (accounts_operators), then the
    // accounts with a security group. The password's switch is an equality for the index, except on
    // PostgreSQL, where it is a boolean (which its planner reads as one); otherwise SQLite reads
    // every administrator's row.
    const bool postgres = m_db.backend() == DatabaseAddress::Backend::PostgreSql;
    return {u"SELECT 1 FROM accounts WHERE administrator = ? AND %1 UNION ALL "
            "SELECT 1 FROM account_security_groups s JOIN accounts a ON a.id = s.account_id "
            "WHERE a.has_password LIMIT 1"_s.arg(postgres ? u"has_password"_s : u"has_password = 1"_s),
            {true},
            [into](QSqlQuery &rows) -> Result<void> {
                *into = rows.next();
                return {};
            }};
}

Result<QList<OperatorSummary>> OperatorStore::operators(qint64 scopeGroupId, const QString &loginKey)
{
    const bool postgres = m_db.backend() == DatabaseAddress::Backend::PostgreSql;
    QString sql = u"SELECT a.id, a.login, a.group_id, a.administrator, a.status, m.account_id, %1 "
                  "FROM accounts a LEFT JOIN operator_mfa m ON m.account_id = a.id "
                  "WHERE a.has_password AND (a.administrator = ? OR "
                  "EXISTS (SELECT 1 FROM account_security_groups s WHERE s.account_id = a.id))"_s.arg(
                      postgres ? u"(SELECT r.role_name FROM operator_roles r WHERE r.account_id = a.id)"_s : u"NULL"_s);
    QVariantList values {true};
    if (scopeGroupId != 0) {
        sql = GroupStore::subtreeClause() + sql + u" AND a.group_id IN (SELECT id FROM subtree)"_s;
        values.prepend(scopeGroupId);
    }
    if (!loginKey.isEmpty()) {
        sql += u" AND a.login_key = ?"_s;
        values.append(loginKey);
    }
    auto query = m_db.run(sql + u" ORDER BY a.login_key"_s, values);
    if (!query)
        return fail(query.error());
    QList<OperatorSummary> found;
    QHash<qint64, qsizetype> indexOf;
    while (query->next()) {
        OperatorSummary summary;
        summary.accountId = query->value(0).toLongLong();
        summary.login = query->value(1).toString();
        summary.groupId = query->value(2).toLongLong();
        summary.administrator = query->value(3).toBool();
        summary.disabled = query->value(4).toString() == toKey(AccountStatus::Disabled);
        summary.mfaEnrolled = !query->value(5).isNull();
        if (postgres)
            summary.databaseRole = query->value(6).toString();
        indexOf.insert(summary.accountId, found.size());
        found.append(summary);
    }
    if (found.isEmpty())
        return found;
    const IdList accounts = idList(indexOf.keys());
    auto groups = m_db.run(u"SELECT s.account_id, g.name, g.permissions FROM account_security_groups s "
                           "JOIN security_groups g ON g.id = s.security_group_id WHERE s.account_id IN (%1) "
                           "ORDER BY g.name_key"_s.arg(accounts.marks),
                           accounts.values);
    if (!groups)
        return fail(groups.error());
    while (groups->next()) {
        OperatorSummary &summary = found[indexOf.value(groups->value(0).toLongLong())];
        summary.securityGroups.append(groups->value(1).toString());
        summary.permissions |= Permissions::fromInt(groups->value(2).toInt());
    }
    return found;
}

Result<QList<SecurityGroup>> OperatorStore::securityGroups(const QList<qint64> &ids)
{
    QList<SecurityGroup> found;
    if (ids.isEmpty())
        return found;
    const IdList groups = idList(ids);
    auto query = m_db.run(
        u"SELECT id, group_id, name, permissions FROM security_groups WHERE id IN (%1) ORDER BY id"_s.arg(groups.marks),
        groups.values);
    if (!query)
        return fail(query.error());
    while (query->next())
        found.append({query->value(0).toLongLong(), query->value(1).toLongLong(), query->value(2).toString(),
                      Permissions::fromInt(query->value(3).toInt())});
    return found;
}

Result<OperatorStore::Failures> OperatorStore::failures(const QString &loginKey)
{
    auto query = m_db.run(u"SELECT failures, last_failure_at FROM sign_in_failures WHERE login_key = ?"_s, {loginKey});
    if (!query)
        return fail(query.error());
    if (!query->next())
        return Failures {};
    return Failures {query->value(0).toInt(), Timestamps::fromNullableStorage(query->value(1))};
}

Result<void> OperatorStore::addFailure(const QString &loginKey, const QDateTime &now)
{
    // Under the writer lock (Database::write) nobody adds the row between the two statements.
    const QVariant at = Timestamps::toNullableStorage(now);
    auto updated =
        m_db.run(u"UPDATE sign_in_failures SET failures = failures + 1, last_failure_at = ? WHERE login_key = ?"_s,
                 {at, loginKey});
    if (!updated)
        return fail(updated.error());
    if (updated->numRowsAffected() > 0)
        return {};
    return succeeded(m_db.run(u"INSERT INTO sign_in_failures (login_key, failures, last_failure_at) VALUES (?, 1, ?)"_s,
                              {loginKey, at}));
}

Result<void> OperatorStore::forgiveFailure(const QString &loginKey)
{
    return succeeded(m_db.run(
        u"UPDATE sign_in_failures SET failures = failures - 1 WHERE login_key = ? AND failures > 0"_s, {loginKey}));
}

Result<void> OperatorStore::clearFailures(const QString &loginKey)
{
    return succeeded(m_db.run(u"DELETE FROM sign_in_failures WHERE login_key = ?"_s, {loginKey}));
}

Result<void> OperatorStore::acceptStep(qint64 accountId, qint64 step, const Error &replayed)
{
    return m_db.change(u"UPDATE operator_mfa SET last_step = ? WHERE account_id = ? AND last_step < ?"_s,
                       {step, accountId, step}, replayed);
}

Result<void> OperatorStore::useRecoveryCode(qint64 accountId, const QString &hash, const QDateTime &now,
                                            const Error &unknown)
{
    return m_db.change(u"UPDATE operator_recovery_codes SET used_at = ? WHERE account_id = ? AND code_hash = ? "
                       "AND used_at IS NULL"_s,
                       {Timestamps::toNullableStorage(now), accountId, hash}, unknown);
}

Result<void> OperatorStore::enroll(qint64 accountId, const QString &secret, const QStringList &codeHashes,
                                   const QDateTime &now)
{
    if (auto added = m_db.run(u"INSERT INTO operator_mfa (account_id, secret, last_step, enrolled_at) "
                              "VALUES (?, ?, 0, ?)"_s,
                              {accountId, secret, Timestamps::toNullableStorage(now)});
        !added)
        return fail(added.error());
    QStringList rows;
    QVariantList values;
    for (const QString &hash : codeHashes) {
        rows.append(u"(?, ?)"_s);
        values << accountId << hash;
    }
    if (rows.isEmpty())
        return {};
    return succeeded(m_db.run(
        u"INSERT INTO operator_recovery_codes (account_id, code_hash) VALUES %1"_s.arg(rows.join(u", "_s)), values));
}

Result<void> OperatorStore::unenroll(qint64 accountId)
{
    if (auto codes = m_db.run(u"DELETE FROM operator_recovery_codes WHERE account_id = ?"_s, {accountId}); !codes)
        return fail(codes.error());
    return succeeded(m_db.run(u"DELETE FROM operator_mfa WHERE account_id = ?"_s, {accountId}));
}

} // namespace bc
