#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace bc {

// How an account takes its defaults from its profile. The quota of each resource, the
// backup locations and the notification level are inherited unless the account overrides them;
// an override stays when the profile changes later, and can be reset to the inherited value.
class ProfileRules
{
    Q_DECLARE_TR_FUNCTIONS(bc::ProfileRules)

public:
    static QString quotaKey(Resource resource);
    static QString backupLocationsKey();
    static QString notificationLevelKey();
    static QStringList inheritableKeys();

    // The draft with every value that is not overridden taken from `profile`.
    static AccountDraft apply(const Profile &profile, AccountDraft draft);
    // The keys whose values in `draft` differ from what `profile` would give.
    static QSet<QString> differences(const Profile &profile, const AccountDraft &draft);
    // The profile's value of one key, as the account would show it.
    static bool isInherited(const AccountDraft &draft, const QString &key)
    {
        return draft.profileId != 0 && !draft.overrides.contains(key);
    }
};

} // namespace bc
