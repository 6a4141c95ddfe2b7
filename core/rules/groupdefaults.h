#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace bc {

// Which of a group's defaults a new account takes; a front end's "no profile" or "no subscription"
// turns one off.
struct NewAccountDefaults
{
    bool profile = true;
    bool subscription = true;
};

// The rule of a group's defaults for new accounts: a group's default profile, subscription
// and storage are its own settings', else those of the nearest group above that names one; a group
// that offers exactly one subscription (its own and those of the groups above) has that one as its
// default subscription when no group names one. Pure functions: no database.
class GroupDefaults
{
    Q_DECLARE_TR_FUNCTIONS(bc::GroupDefaults)

public:
    // A group of a chain and the defaults its own settings name (0: none).
    struct Link
    {
        qint64 groupId = 0;
        QString groupName;
        qint64 profileId = 0;
        qint64 subscriptionId = 0;
        qint64 storageId = 0;
    };

    // `chain`: the group, then the groups above it up to the top group.
    static DefaultChoice profile(const QList<Link> &chain);
    static DefaultChoice storage(const QList<Link> &chain);
    // `offered`: the subscriptions the group may use (Catalog::subscriptions).
    static DefaultChoice subscription(const QList<Link> &chain, const QList<Subscription> &offered);

    // The catalog's defaults: effective, and what the group would inherit without its own.
    static void fill(Catalog &catalog, const QList<Link> &chain);

    // The draft a new account of the group starts from: the default profile with its values, the
    // default subscription, the default storage. `catalog` must hold the profiles and subscriptions.
    static AccountDraft newDraft(const Catalog &catalog, NewAccountDefaults take = {});

    // What a group's settings show for the default it has without one of its own, `name` being the
    // inherited item's: "Inherited: Standard from Contoso", "Automatic: PAYG, the only
    // subscription offered", or "None".
    static QString inheritedText(const DefaultChoice &inherited, const QString &name);
};

} // namespace bc
