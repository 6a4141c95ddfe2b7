#include "app/cli/catalogitemreader.h"

#include "app/cli/optionreader.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

void CatalogItemReader::readName(const Invocation &invocation, QString &name)
{
    if (auto value = OptionReader::text(invocation, u"name"_s))
        name = *value;
}

QList<Error> CatalogItemReader::read(const Invocation &invocation, Profile &profile)
{
    QList<Error> errors;
    readName(invocation, profile.name);
    if (auto locked = OptionReader::flag(invocation, u"data-lock"_s, u"no-data-lock"_s))
        profile.dataLock = *locked;
    if (auto locations = OptionReader::backupLocations(invocation, errors))
        profile.backupLocations = *locations;
    if (auto level = OptionReader::notificationLevel(invocation, errors))
        profile.notificationLevel = *level;
    OptionReader::readQuotas(invocation, u"quota"_s, false, profile.quotas, errors);
    OptionReader::readQuotas(invocation, u"overage"_s, true, profile.quotas, errors);
    return errors;
}

QList<Error> CatalogItemReader::read(const Invocation &invocation, Storage &storage)
{
    readName(invocation, storage.name);
    if (auto region = OptionReader::text(invocation, u"region"_s))
        storage.region = *region;
    return {};
}

QList<Error> CatalogItemReader::read(const Invocation &invocation, Subscription &subscription)
{
    readName(invocation, subscription.name);
    return {};
}

QList<Error> CatalogItemReader::read(const Invocation &invocation, SecurityGroup &securityGroup)
{
    QList<Error> errors;
    readName(invocation, securityGroup.name);
    if (invocation.isSet(u"no-permissions"_s))
        securityGroup.permissions = {};
    if (!invocation.isSet(u"permission"_s))
        return errors;
    Permissions permissions;
    for (const QString &text : invocation.values(u"permission"_s)) {
        if (auto permission = fromKey<Permission>(text)) {
            permissions |= *permission;
            continue;
        }
        errors.append({Error::Code::Invalid, u"permission"_s,
                       tr("There is no permission \"%1\"; choose one of %2.")
                           .arg(text.trimmed(), allKeys<Permission>().join(u", "_s))});
    }
    securityGroup.permissions = permissions;
    return errors;
}

} // namespace bc::cli
