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

QString record(const Account &account, const Names &names)
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
    return Csv::row(fields);
}

} // namespace bc::AccountCsv
