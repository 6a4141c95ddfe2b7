#include "core/services/demodata.h"

#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// "García" → "Garcia": what mail systems of the demo's customers would use for addresses.
QString asciiFolded(const QString &name)
{
    QString folded;
    for (QChar c : name.normalized(QString::NormalizationForm_D)) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c);
    }
    return folded;
}

} // namespace

Result<DemoData::Summary> DemoData::fill(GroupService &groups, AccountService &accounts, const QString &mspName,
                                         int accountCount, CatalogService *catalog)
{
    auto existing = groups.root();
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return fail(Error::Code::NotAllowed, QString(),
                    tr("The demo data goes only into an empty database; this one has groups already."));

    Summary summary;
    auto root = groups.createRoot(mspName.isEmpty() ? u"Northwind MSP"_s : mspName);
    if (!root)
        return fail(root.error());
    ++summary.groups;

    struct Customer
    {
        QString name;
        QString domain;
        QStringList units;
    };
    const QList<Customer> customers {
        {u"Contoso Ltd"_s, u"contoso.com"_s, {u"Sales"_s, u"Engineering"_s, u"Finance"_s}},
        {u"Fabrikam Inc"_s, u"fabrikam.com"_s, {u"Head Office"_s, u"Warehouse"_s}},
        {u"Adventure Works"_s, u"adventure-works.com"_s, {}},
        {u"Tailspin Toys"_s, u"tailspintoys.com"_s, {u"Design"_s}},
        {u"Woodgrove Bank"_s, u"woodgrovebank.com"_s, {u"Branch Berlin"_s, u"Branch Lyon"_s}},
    };
    const QStringList firstNames {u"Anna"_s,   u"Ben"_s,  u"Chloé"_s, u"David"_s, u"Emma"_s,   u"Felix"_s, u"Grace"_s,
                                  u"Hugo"_s,   u"Ines"_s, u"Jonas"_s, u"Karin"_s, u"Leon"_s,   u"Maria"_s, u"Noah"_s,
                                  u"Olivia"_s, u"Paul"_s, u"Rosa"_s,  u"Sven"_s,  u"Tereza"_s, u"Yusuf"_s};
    const QStringList lastNames {u"Adams"_s,    u"Becker"_s, u"Costa"_s,   u"Dubois"_s,  u"Evans"_s,
                                 u"Fischer"_s,  u"García"_s, u"Hansen"_s,  u"Ivanova"_s, u"Jensen"_s,
                                 u"Kowalski"_s, u"Larsen"_s, u"Müller"_s,  u"Nowak"_s,   u"Okafor"_s,
                                 u"Petit"_s,    u"Rossi"_s,  u"Schmidt"_s, u"Tanaka"_s,  u"Weber"_s};

    struct Target
    {
        qint64 groupId;
        QString domain;
        AccountDraft defaults; // what a new account of the group starts with (AccountService::newDraft)
    };
    QList<Target> targets;
    qint64 helpdeskId = 0;
    if (catalog) {
        auto helpdesk = catalog->addSecurityGroup(
            {0, root->id, tr("Helpdesk"), Permissions(Permission::CreateAccounts) | Permission::EditAccounts});
        if (!helpdesk)
            return fail(helpdesk.error());
        helpdeskId = helpdesk->id;
    }
    int contract = 1001;
    for (const Customer &customer : customers) {
        auto group = groups.create(root->id, customer.name);
        if (!group)
            return fail(group.error());
        ++summary.groups;
        if (catalog) {
            // What a typical customer has: a storage, a profile, a subscription or two.
            auto storage = catalog->addStorage({0, group->id, tr("%1 cloud").arg(customer.name), u"EU West"_s});
            Profile standard;
            standard.groupId = group->id;
            standard.name = tr("Standard");
            standard.quotas[Resource::Workstations] = Quota {2, 1};
            standard.quotas[Resource::Storage] = Quota {250LL * 1000 * 1000 * 1000, 25LL * 1000 * 1000 * 1000};
            standard.dataLock = customer.name == u"Woodgrove Bank"_s; // a bank keeps its backups
            auto profile = catalog->addProfile(standard);
            auto payg = catalog->addSubscription({0, group->id, tr("Backup PAYG #%1").arg(contract++)});
            if (!storage || !profile || !payg)
                return fail(!storage ? storage.error() : !profile ? profile.error() : payg.error());
            // New accounts of the customer and of its units start on its profile, licensed.
            GroupSettings settings = catalog->settings(group->id).value_or(GroupSettings {});
            settings.defaultStorageId = storage->id;
            settings.defaultProfileId = profile->id;
            settings.defaultSubscriptionId = payg->id;
            settings.contactCompany = customer.name;
            settings.contactEmail = u"it@"_s + customer.domain;
            if (auto saved = catalog->updateSettings(group->id, settings); !saved)
                return fail(saved.error());
        }
        QList<qint64> ids {group->id};
        for (const QString &unit : customer.units) {
            auto child = groups.create(group->id, unit);
            if (!child)
                return fail(child.error());
            ++summary.groups;
            ids.append(child->id);
        }
        for (qint64 id : std::as_const(ids)) {
            auto defaults = accounts.newDraft(id);
            if (!defaults)
                return fail(defaults.error());
            targets.append({id, customer.domain, *defaults});
        }
    }

    QRandomGenerator random(20261126);
    for (int i = 0; i < accountCount; ++i) {
        const Target &target = targets.at(static_cast<qsizetype>(random.bounded(static_cast<int>(targets.size()))));
        AccountDraft draft = target.defaults;
        draft.quotas = Quotas(); // drawn below; an account that keeps the profile gets its values from core
        draft.firstName = firstNames.at(random.bounded(static_cast<int>(firstNames.size())));
        draft.lastName = lastNames.at(random.bounded(static_cast<int>(lastNames.size())));
        const QString base = (asciiFolded(draft.firstName).left(1) + asciiFolded(draft.lastName)).toLower();
        draft.login = base;
        if (auto availability = accounts.checkLogin(base); availability && !availability->available)
            draft.login = availability->suggestion;
        draft.email = u"%1.%2@%3"_s.arg(asciiFolded(draft.firstName).toLower(), asciiFolded(draft.lastName).toLower(),
                                        target.domain);
        draft.administrator = random.bounded(12) == 0;
        if (draft.administrator) {
            // Administrators must be reachable.
            draft.phone = u"+1 555 %1"_s.arg(100 + i, 4, 10, QLatin1Char('0'));
            draft.address = u"%1 Main Street, Springfield"_s.arg(1 + i);
        }
        draft.agentAutoUpdate = random.bounded(6) != 0;
        draft.quotas[Resource::Workstations].limit = random.bounded(4) == 0 ? std::nullopt : std::optional<qint64>(2);
        draft.quotas[Resource::Workstations].overage = 1;
        draft.quotas[Resource::M365Mailboxes].limit = 1;
        const qint64 gigabyte = 1000LL * 1000 * 1000;
        const QList<qint64> storage {50 * gigabyte, 100 * gigabyte, 250 * gigabyte, 500 * gigabyte, 1000 * gigabyte};
        if (random.bounded(5) != 0)
            draft.quotas[Resource::Storage].limit = storage.at(random.bounded(static_cast<int>(storage.size())));
        draft.backupLocations = random.bounded(3) == 0 ? BackupLocations::CloudOnly : BackupLocations::LocalAndCloud;
        draft.notificationLevel = static_cast<NotificationLevel>(random.bounded(4));
        const int roll = random.bounded(10);
        const AccountStatus status = roll < 6 ? AccountStatus::Active
            : roll < 9                        ? AccountStatus::Inactive
                                              : AccountStatus::Active;
        // Most keep the group's default subscription, a few are not licensed yet; a third keep its
        // default profile, the others have values of their own.
        if (random.bounded(10) >= 8)
            draft.subscriptionIds.clear();
        if (draft.profileId == 0 || random.bounded(3) != 0)
            draft.profileId = 0;
        draft.overrides.clear();
        if (draft.administrator && helpdeskId != 0)
            draft.securityGroupIds = {helpdeskId};
        auto account = accounts.create(target.groupId, draft, status);
        if (!account)
            return fail(account.error());
        if (roll == 9) {
            if (auto disabled = accounts.disable(account->id); !disabled)
                return fail(disabled.error());
        }
        ++summary.accounts;
    }
    return summary;
}

} // namespace bc
