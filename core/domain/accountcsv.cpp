#include "core/domain/accountcsv.h"

#include "core/domain/csv.h"
#include "core/domain/fields.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bc::AccountCsv {

namespace {

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

QString utc(const QDateTime &when)
{
    return when.isValid() ? when.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QString groupBelow(const QString &groupPath, const QString &listedPath)
{
    if (listedPath.isEmpty())
        return groupPath;
    if (groupPath == listedPath || !groupPath.startsWith(listedPath + u'/'))
        return {};
    return groupPath.mid(listedPath.size() + 1);
}

QStringList columns()
{
    QStringList names {
        Field::login,         Field::email,   Field::firstName,     Field::lastName,          Field::displayName,
        Field::group,         u"status"_s,    Field::administrator, Field::notificationEmail, Field::mobile,
        Field::phone,         Field::address, Field::profile,       Field::storage,           Field::subscriptions,
        Field::securityGroups};
    for (Resource resource : allResources)
        names << Field::quotaLimit(resource) << Field::quotaOverage(resource);
    names << u"createdAt"_s << u"activatedAt"_s;
    return names;
}

QStringList fields(const Account &account, const Names &names)
{
    QStringList fields {account.login,
                        account.email,
                        account.firstName,
                        account.lastName,
                        account.displayName,
                        names.group,
                        toKey(account.status),
                        yesNo(account.administrator),
                        account.notificationEmail,
                        account.mobile,
                        account.phone,
                        account.address,
                        names.profile,
                        names.storage,
                        names.subscriptions.join(separator),
                        names.securityGroups.join(separator)};
    const QLocale c = QLocale::c();
    for (Resource resource : allResources) {
        const Quota &quota = account.quotas[resource];
        fields << (quota.limit ? Quotas::formatAmount(resource, *quota.limit, c) : u"unlimited"_s)
               << Quotas::formatAmount(resource, quota.overage, c);
    }
    fields << utc(account.createdAt) << utc(account.activatedAt);
    return fields;
}

QString record(const Account &account, const Names &names)
{
    return Csv::row(fields(account, names));
}

Names namesIn(const Catalog &catalog, const AccountDraft &draft, const QString &group)
{
    const auto nameOf = [](const auto &items, qint64 id) {
        for (const auto &item : items) {
            if (item.id == id)
                return item.name;
        }
        return QString::number(id);
    };
    const auto namesOf = [&nameOf](const auto &items, const QList<qint64> &ids) {
        QStringList names;
        for (qint64 id : ids)
            names.append(nameOf(items, id));
        return names;
    };
    return {.group = group,
            .profile = draft.profileId != 0 ? nameOf(catalog.profiles, draft.profileId) : QString(),
            .storage = draft.storageId != 0 ? nameOf(catalog.storages, draft.storageId) : QString(),
            .subscriptions = namesOf(catalog.subscriptions, draft.subscriptionIds),
            .securityGroups = namesOf(catalog.securityGroups, draft.securityGroupIds)};
}

} // namespace bc::AccountCsv
