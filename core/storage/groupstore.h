#pragma once

#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "core/domain/group.h"
#include "core/storage/database.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace bc {

// Every SQL statement about groups.
class GroupStore
{
public:
    explicit GroupStore(Database &database)
        : m_db(database)
    {
    }

    // A new group; with `id` when given (one no group has), else the next.
    Result<qint64> insert(qint64 parentId, const QString &name, const Quotas &limits, const QDateTime &now,
                          qint64 id = 0);
    Result<void> rename(qint64 id, const QString &name);
    // Inside a write transaction: the group's switch "operators need multi-factor authentication".
    Result<void> setMfaRequired(qint64 id, bool required);
    Result<void> remove(qint64 id);
    Result<Group> byId(qint64 id);
    Result<std::optional<Group>> root();
    // What FirstSteps knows of the groups, accounts and catalog, as one statement (all but email).
    Database::Read firstStepsRead(FirstSteps *into);
    Result<QList<Group>> children(qint64 parentId);
    // The children of each of the groups, in one statement (a tree read again as it was open).
    Result<QHash<qint64, QList<Group>>> childrenOf(const QList<qint64> &parentIds);
    // The top of a tree and its children, in one statement: the group `top`, or the top group
    // when 0 (nullopt while there is none).
    struct TopOfTree
    {
        std::optional<Group> top;
        QList<Group> children;
    };
    Result<TopOfTree> topWithChildren(qint64 top);
    // The statement topWithChildren() runs, to send with others (Database::readTogether).
    Database::Read topWithChildrenRead(qint64 top, TopOfTree *into);
    Result<QList<Group>> all();
    Result<bool> siblingNameExists(qint64 parentId, const QString &name, qint64 exceptId = 0);
    // The group and the groups above it, nearest first.
    Result<QList<qint64>> ancestry(qint64 id);
    // For a statement about a group's chain: "WITH RECURSIVE chain (link, parent, depth) AS (…) "
    // over the group bound to its one ? and the groups above it (depth 0 the group itself).
    // Where a chain starts: at the group bound to the ?, or at the group of the account bound to it.
    enum class ChainStart
    {
        Group,
        GroupOfAccount
    };
    static QString chainClause(ChainStart start = ChainStart::Group);
    // For a statement about a group's subtree: "WITH RECURSIVE subtree (id) AS (…) " over the group
    // bound to its one ? and every group below it.
    static QString subtreeClause();
    // What a statement about a group that is not there fails with.
    static Error gone();
    // At most `limit` groups whose path matches `text`. The text is cut at "/" into pieces, each
    // folded like a name (GroupRules::nameKey); the last piece is found in the group's own name,
    // the pieces before it in the names of groups above it, in order and one group each
    // ("north/sal" finds "Northwind MSP/Contoso/Sales"). Names that start with the last piece
    // come first, then groups nearer the top, then by path. `within`: only the group of that id and
    // the groups below it; 0: every group.
    Result<QList<GroupMatch>> findByPath(const QString &text, int limit, qint64 within = 0);
    // The paths of the groups, by id; a group that does not exist is left out. One statement.
    Result<QHash<qint64, QString>> paths(const QList<qint64> &ids);
    Result<GroupSettings> settings(qint64 id);
    // The statements settings() runs, to send with others (Database::readTogether); they fill
    // `into`.
    QList<Database::Read> settingsReads(qint64 id, GroupSettings *into);
    // The group and the groups above it, nearest first, with their settings without the digest
    // recipients (what an account's rules need of them), in one statement.
    struct Chain
    {
        QList<qint64> ids;
        QList<GroupSettings> settings;
        QStringList names;

        // The tightest limits of the groups of the chain.
        Quotas limits() const;
        // The tightest limits of the groups above the first: the caps a group's own limits obey.
        Quotas limitsAbove() const;
        // The group's path, from the top group down ("Northwind MSP/Contoso/Sales").
        QString path() const;
    };
    Result<Chain> chain(qint64 id);
    // The statement chain() runs, to send with others (Database::readTogether); it fills `into`,
    // and fails as chain() does when the group is not there.
    Database::Read chainRead(qint64 id, Chain *into, ChainStart start = ChainStart::Group);
    Result<void> saveSettings(qint64 id, const GroupSettings &settings);
    // The tightest limits of the group and every group above it.
    Result<Quotas> effectiveLimits(qint64 id);

private:
    Database &m_db;
};

} // namespace bc
