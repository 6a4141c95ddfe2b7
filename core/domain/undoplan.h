#pragma once

#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace bc {

// What Edit → Undo would take back of a person's last change (AccountService::lastChange()): its
// accounts sorted by what undoing does to them, and why it may not, if it may not.
struct UndoPlan
{
    QString batch; // the change's audit batch
    QDateTime at; // when it was made
    QString action; // its first account entry's action ("account.disabled"), which the question names
    QList<qint64> toRemove; // created or restored by it: deleted again (they go to the recycle bin)
    QList<qint64> toRestore; // deleted by it: restored from the recycle bin
    QList<qint64> toEnable; // disabled by it
    QList<qint64> toDisable; // enabled by it
    QList<qint64> toRevert; // changed by it: the audit entries whose before they get back
    // What else it did, taken back after the accounts, the latest first (ChangeUndo): a group
    // renamed, made or set otherwise, a catalog item made, changed or deleted.
    struct Other
    {
        qint64 entryId = 0; // its audit entry
        QString action; // "group.renamed", "profile.changed", …
        QString objectType; // "group", "profile", …
        QString name; // the group's or item's name as the change left it
        QString previousName; // before it (a rename's)
        Permission permission = Permission::ManageSettings; // what taking it back needs (ChangeUndo)
    };
    QList<Other> others;
    QStringList logins; // the first few accounts, to name them
    QList<qint64> groupIds; // the groups its accounts were filed under, each once
    int kept = 0; // what no undo takes back (an activation email sent): left as it is
    QList<Error> refusals; // why it may not be undone (someone changed an account since …), the first few
    int refusalCount = 0;

    [[nodiscard]] int accounts() const
    {
        return static_cast<int>(toRemove.size() + toRestore.size() + toEnable.size() + toDisable.size()
                                + toRevert.size());
    }
    // The accounts and the other things undoing takes back.
    [[nodiscard]] int changes() const { return accounts() + static_cast<int>(others.size()); }
    // What whoever undoes it must be allowed in each of groupIds (Authority::allows).
    [[nodiscard]] Permissions permissionsNeeded() const
    {
        Permissions needed;
        for (const Other &other : others)
            needed |= other.permission;
        if (!toRemove.isEmpty() || !toRestore.isEmpty())
            needed |= Permission::DeleteAccounts;
        if (!toEnable.isEmpty() || !toDisable.isEmpty() || !toRevert.isEmpty())
            needed |= Permission::EditAccounts;
        return needed;
    }
    // Whether there is anything to take back, and nothing refuses it.
    [[nodiscard]] bool isPossible() const { return changes() > 0 && refusalCount == 0; }
};

} // namespace bc
