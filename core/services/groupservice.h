#pragma once

#include "core/domain/error.h"
#include "core/domain/group.h"

#include <QCoreApplication>
#include <QObject>

#include <optional>

namespace bc {

class Database;

// The rules about groups: names unique among siblings, one root, deleting only empty groups.
// Every change is one transaction with its audit entry, and is announced by a signal afterwards.
class GroupService final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GroupService)

public:
    explicit GroupService(Database &database, QObject *parent = nullptr);

    Result<Group> createRoot(const QString &name);
    Result<Group> create(qint64 parentId, const QString &name, const Quotas &limits = {});
    // A deleted group made again under `parentId` (Undo): with its old `id` when no group has it
    // (SQLite gives the largest id again to the next new group), so that its history and the
    // changes before its deletion still name it; otherwise with a new one.
    Result<Group> recreate(qint64 id, qint64 parentId, const QString &name);
    Result<Group> rename(qint64 id, const QString &name);
    Result<void> remove(qint64 id);
    // The group's switch: when on, its operators and those of the groups below it need multi-factor
    // authentication to sign in (OperatorSignIn::mfaRequirement). Who may turn it: Authority's
    // maySetMfaRequired(). Nothing to do when it is so already.
    Result<Group> setMfaRequired(qint64 id, bool required);
    // Whether `name` would do for a group under `parentId` (the group `exceptId` being renamed
    // aside): core's rule for names and no sibling of that name (compared folded). What create()
    // and rename() refuse, asked beforehand, for a dialog that checks as the user types.
    Result<void> checkName(qint64 parentId, const QString &name, qint64 exceptId = 0);

    Result<std::optional<Group>> root();

    // The checklist of a new database (FirstSteps), in one round trip on a server.
    Result<FirstSteps> firstSteps();
    Result<Group> group(qint64 id);
    Result<QList<Group>> children(qint64 parentId);
    // The children of each of the groups, in one statement.
    Result<QHash<qint64, QList<Group>>> childrenOf(const QList<qint64> &parentIds);
    Result<QList<Group>> all();
    // The group and the groups above it, nearest first (one indexed lookup per level).
    Result<QList<qint64>> ancestry(qint64 id);
    // "Acme MSP/Contoso/Sales" for a group; names joined by "/" from the root.
    Result<QString> path(qint64 id);
    // path(), or `fallback` when the path cannot be read (no fallback: the id as text), for a
    // message that names the group.
    QString pathOr(qint64 id, const QString &fallback = QString());
    // Groups whose path matches what a person typed ("con/sal"), at most `limit`
    // (GroupStore::findByPath).
    Result<QList<GroupMatch>> findByPath(const QString &text, int limit);
    // The paths of many groups in one statement, by id.
    Result<QHash<qint64, QString>> paths(const QList<qint64> &ids);
    // A group by id ("12") or by path from the root ("Acme MSP/Contoso").
    Result<Group> resolve(const QString &idOrPath);
    Result<Quotas> effectiveLimits(qint64 id);

Q_SIGNALS:
    void groupAdded(const bc::Group &group);
    void groupChanged(const bc::Group &group);
    void groupRemoved(qint64 id, qint64 parentId);

private:
    static Error nameTaken(const QString &name);
    Result<Group> make(qint64 parentId, const QString &name, const Quotas &limits, qint64 wantedId);

    Database &m_db;
};

} // namespace bc
