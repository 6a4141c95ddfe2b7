#include "ui/catalog/catalogkindadapter.h"

#include "core/services/actingoperator.h"
#include "core/services/catalogservice.h"
#include "core/services/workspace.h"
#include "ui/catalog/catalogitemdialog.h"
#include "ui/catalog/profileform.h"
#include "ui/catalog/securitygroupform.h"
#include "ui/catalog/storageform.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// The per-kind facts; Adapter<T> below is the one implementation of the strategy.
template<typename T> struct Kind;

template<> struct Kind<Profile>
{
    using Form = ProfileForm;
    static constexpr CatalogKind kind = CatalogKind::Profile;
    static QString stem() { return u"profiles"_s; }
    static QString title(const QString &group) { return CatalogKindAdapter::tr("Profiles of \"%1\"").arg(group); }
    static QString addTitle() { return CatalogKindAdapter::tr("Add profile"); }
    static QString editTitle(const QString &name) { return CatalogKindAdapter::tr("Profile \"%1\"").arg(name); }
    static QString detailsHeader() { return CatalogKindAdapter::tr("Defaults"); }
    static QString empty() { return CatalogKindAdapter::tr("This group defines no profile yet."); }
    static QString question(const QString &name)
    {
        return CatalogKindAdapter::tr("Delete the profile \"%1\"?").arg(name);
    }
    static QString details(const Profile &profile)
    {
        QStringList parts;
        if (profile.dataLock)
            parts << CatalogKindAdapter::tr("Data lock");
        parts << AccountText::label(profile.backupLocations)
              << CatalogKindAdapter::tr("notifications: %1").arg(AccountText::label(profile.notificationLevel))
              << CatalogKindAdapter::tr("storage: %1")
                     .arg(Quotas::formatLimit(Resource::Storage, profile.quotas[Resource::Storage].limit));
        return parts.join(u" · "_s);
    }
    static Result<QList<Profile>> list(CatalogService &catalog, qint64 groupId) { return catalog.profiles(groupId); }
    static Result<Profile> add(CatalogService &catalog, const Profile &item) { return catalog.addProfile(item); }
    static Result<Profile> update(CatalogService &catalog, const Profile &item) { return catalog.updateProfile(item); }
    // A profile's quotas may not pass the group's limits: the form shows them.
    static constexpr bool needsLimits = true;
    static Form *form(const Quotas &limits) { return new ProfileForm(limits); }
    static void put(Form *form, const Profile &item) { form->setProfile(item); }
    static std::optional<Profile> take(Form *form, const Profile &) { return form->profile(); }
};

template<> struct Kind<Storage>
{
    using Form = StorageForm;
    static constexpr CatalogKind kind = CatalogKind::Storage;
    static QString stem() { return u"storages"_s; }
    static QString title(const QString &group) { return CatalogKindAdapter::tr("Storages of \"%1\"").arg(group); }
    static QString addTitle() { return CatalogKindAdapter::tr("Add storage"); }
    static QString editTitle(const QString &name) { return CatalogKindAdapter::tr("Storage \"%1\"").arg(name); }
    static QString detailsHeader() { return CatalogKindAdapter::tr("Region"); }
    static QString empty() { return CatalogKindAdapter::tr("This group defines no storage yet."); }
    static QString question(const QString &name)
    {
        return CatalogKindAdapter::tr("Delete the storage \"%1\"?").arg(name);
    }
    static QString details(const Storage &storage) { return storage.region; }
    static Result<QList<Storage>> list(CatalogService &catalog, qint64 groupId) { return catalog.storages(groupId); }
    static Result<Storage> add(CatalogService &catalog, const Storage &item) { return catalog.addStorage(item); }
    static Result<Storage> update(CatalogService &catalog, const Storage &item) { return catalog.updateStorage(item); }
    static constexpr bool needsLimits = false;
    static Form *form(const Quotas &) { return new StorageForm; }
    static void put(Form *form, const Storage &item) { form->setStorage(item); }
    static std::optional<Storage> take(Form *form, const Storage &) { return form->storage(); }
};

template<> struct Kind<Subscription>
{
    using Form = CatalogItemForm;
    static constexpr CatalogKind kind = CatalogKind::Subscription;
    static QString stem() { return u"subscriptions"_s; }
    static QString title(const QString &group) { return CatalogKindAdapter::tr("Subscriptions of \"%1\"").arg(group); }
    static QString addTitle() { return CatalogKindAdapter::tr("Add subscription"); }
    static QString editTitle(const QString &name) { return CatalogKindAdapter::tr("Subscription \"%1\"").arg(name); }
    static QString detailsHeader() { return QString(); }
    static QString empty() { return CatalogKindAdapter::tr("This group defines no subscription yet."); }
    static QString question(const QString &name)
    {
        return CatalogKindAdapter::tr("Delete the subscription \"%1\"?").arg(name);
    }
    static QString details(const Subscription &) { return QString(); }
    static Result<QList<Subscription>> list(CatalogService &catalog, qint64 groupId)
    {
        return catalog.subscriptions(groupId);
    }
    static Result<Subscription> add(CatalogService &catalog, const Subscription &item)
    {
        return catalog.addSubscription(item);
    }
    static Result<Subscription> update(CatalogService &catalog, const Subscription &item)
    {
        return catalog.updateSubscription(item);
    }
    static constexpr bool needsLimits = false;
    static Form *form(const Quotas &) { return new CatalogItemForm; }
    static void put(Form *form, const Subscription &item) { form->setName(item.name); }
    static std::optional<Subscription> take(Form *form, const Subscription &item)
    {
        Subscription result = item;
        result.name = form->name();
        return result;
    }
};

template<> struct Kind<SecurityGroup>
{
    using Form = SecurityGroupForm;
    static constexpr CatalogKind kind = CatalogKind::SecurityGroup;
    static QString stem() { return u"securityGroups"_s; }
    static QString title(const QString &group)
    {
        return CatalogKindAdapter::tr("Security groups of \"%1\"").arg(group);
    }
    static QString addTitle() { return CatalogKindAdapter::tr("Add security group"); }
    static QString editTitle(const QString &name) { return CatalogKindAdapter::tr("Security group \"%1\"").arg(name); }
    static QString detailsHeader() { return CatalogKindAdapter::tr("Permissions"); }
    static QString empty() { return CatalogKindAdapter::tr("This group defines no security group yet."); }
    static QString question(const QString &name)
    {
        return CatalogKindAdapter::tr("Delete the security group \"%1\"?").arg(name);
    }
    static QString details(const SecurityGroup &group)
    {
        QStringList parts;
        for (Permission permission : allPermissions) {
            if (group.permissions.testFlag(permission))
                parts << CatalogText::label(permission);
        }
        return parts.isEmpty() ? CatalogKindAdapter::tr("None") : parts.join(u", "_s);
    }
    static Result<QList<SecurityGroup>> list(CatalogService &catalog, qint64 groupId)
    {
        return catalog.securityGroups(groupId);
    }
    static Result<SecurityGroup> add(CatalogService &catalog, const SecurityGroup &item)
    {
        return catalog.addSecurityGroup(item);
    }
    static Result<SecurityGroup> update(CatalogService &catalog, const SecurityGroup &item)
    {
        return catalog.updateSecurityGroup(item);
    }
    static constexpr bool needsLimits = false;
    static Form *form(const Quotas &) { return new SecurityGroupForm; }
    static void put(Form *form, const SecurityGroup &item) { form->setSecurityGroup(item); }
    static std::optional<SecurityGroup> take(Form *form, const SecurityGroup &) { return form->securityGroup(); }
};

template<typename T> class Adapter final : public CatalogKindAdapter
{
public:
    explicit Adapter(Workspace &workspace)
        : m_workspace(workspace)
    {
    }

    CatalogKind kind() const override { return Kind<T>::kind; }
    QString objectNameStem() const override { return Kind<T>::stem(); }
    QString windowTitle(const QString &groupName) const override { return Kind<T>::title(groupName); }
    QString detailsHeader() const override { return Kind<T>::detailsHeader(); }
    QString deleteQuestion(const QString &name) const override { return Kind<T>::question(name); }
    QString emptyText() const override { return Kind<T>::empty(); }

    void rows(QObject *receiver, qint64 groupId, Rows answer) override
    {
        struct Listing
        {
            QList<T> items;
            Quotas limits;
        };
        m_workspace.call(
            receiver,
            [groupId](WorkspaceServices &services) -> Result<Listing> {
                if (auto reached = services.acting.reaches(groupId); !reached)
                    return fail(reached.error());
                auto items = Kind<T>::list(services.catalog, groupId);
                if (!items)
                    return fail(items.error());
                Listing listing {*items, {}};
                if constexpr (Kind<T>::needsLimits) {
                    if (auto offered = services.catalog.catalog(groupId))
                        listing.limits = offered->limits;
                }
                return listing;
            },
            [this, answer = std::move(answer)](const Result<Listing> &listing) {
                if (!listing) {
                    answer(fail(listing.error()));
                    return;
                }
                m_items = listing->items;
                m_limits = listing->limits;
                QList<CatalogRow> result;
                for (const T &item : std::as_const(m_items))
                    result.append({item.id, item.name, Kind<T>::details(item)});
                answer(result);
            });
    }

    qint64 edit(QWidget *parent, qint64 groupId, qint64 id) override
    {
        T item;
        item.groupId = groupId;
        if (id != 0) {
            const auto found =
                std::find_if(m_items.cbegin(), m_items.cend(), [id](const T &each) { return each.id == id; });
            if (found == m_items.cend())
                return 0;
            item = *found;
        }
        auto *form = Kind<T>::form(m_limits);
        Kind<T>::put(form, item);
        CatalogItemDialog dialog(id == 0 ? Kind<T>::addTitle() : Kind<T>::editTitle(item.name), form, parent);
        dialog.setObjectName(Kind<T>::stem() + u"ItemDialog"_s);
        qint64 saved = 0;
        dialog.setSave([&](const CatalogItemDialog::Answer &answer) {
            const std::optional<T> typed = Kind<T>::take(form, item);
            if (!typed) { // the form shows what does not parse
                answer(fail(Error::Code::Invalid, QString(), QString()));
                return;
            }
            // The answer goes to the dialog, and with it when it was closed meanwhile.
            m_workspace.call(
                &dialog,
                [id, typed = *typed](WorkspaceServices &services) -> Result<T> {
                    if (auto allowed = services.acting.allows(Permission::ManageSettings, typed.groupId); !allowed)
                        return fail(allowed.error());
                    return id == 0 ? Kind<T>::add(services.catalog, typed) : Kind<T>::update(services.catalog, typed);
                },
                [&saved, answer](const Result<T> &done) {
                    if (!done) {
                        answer(fail(done.error()));
                        return;
                    }
                    saved = done->id;
                    answer({});
                });
        });
        return dialog.exec() == QDialog::Accepted ? saved : 0;
    }

private:
    Workspace &m_workspace;
    QList<T> m_items;
    Quotas m_limits;
};

} // namespace

std::unique_ptr<CatalogKindAdapter> CatalogKindAdapter::create(CatalogKind kind, Workspace &workspace)
{
    switch (kind) {
    case CatalogKind::Profile:
        return std::make_unique<Adapter<Profile>>(workspace);
    case CatalogKind::Storage:
        return std::make_unique<Adapter<Storage>>(workspace);
    case CatalogKind::Subscription:
        return std::make_unique<Adapter<Subscription>>(workspace);
    case CatalogKind::SecurityGroup:
        return std::make_unique<Adapter<SecurityGroup>>(workspace);
    }
    return nullptr;
}

} // namespace bc
