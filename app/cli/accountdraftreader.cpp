#include "app/cli/accountdraftreader.h"

#include "app/cli/catalogresolver.h"
#include "app/cli/optionreader.h"

#include "core/rules/accountrules.h"
#include "core/rules/profilerules.h"

#include <QFile>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

// The ProfileRules key that `--reset-to-profile` names; the option spellings are accepted too.
std::optional<QString> inheritableKey(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (ProfileRules::inheritableKeys().contains(trimmed))
        return trimmed;
    if (const std::optional<Resource> resource = fromKey<Resource>(trimmed))
        return ProfileRules::quotaKey(*resource);
    if (trimmed == "backup-locations"_L1)
        return ProfileRules::backupLocationsKey();
    if (trimmed == "notifications"_L1)
        return ProfileRules::notificationLevelKey();
    return std::nullopt;
}

} // namespace

Result<QString> AccountDraftReader::passwordFromStandardInput()
{
    QFile input;
    if (!input.open(stdin, QIODevice::ReadOnly))
        return fail(Error::Code::Invalid, Field::password, tr("Standard input could not be read."));
    QByteArray line = input.readLine();
    while (line.endsWith('\n') || line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return fail(Error::Code::Invalid, Field::password,
                    tr("Write the password on the first line of standard input."));
    return QString::fromUtf8(line);
}

void AccountDraftReader::readIdentity(const Invocation &invocation, AccountDraft &draft, QList<Error> &errors)
{
    const std::pair<QString, QString AccountDraft::*> texts[] {
        {u"login"_s, &AccountDraft::login},
        {u"email"_s, &AccountDraft::email},
        {u"first-name"_s, &AccountDraft::firstName},
        {u"last-name"_s, &AccountDraft::lastName},
        {u"display-name"_s, &AccountDraft::displayName},
        {u"notification-email"_s, &AccountDraft::notificationEmail},
        {u"mobile"_s, &AccountDraft::mobile},
        {u"phone"_s, &AccountDraft::phone},
        {u"address"_s, &AccountDraft::address},
    };
    for (const auto &[option, member] : texts) {
        if (auto value = OptionReader::text(invocation, option))
            draft.*member = *value;
    }
    if (auto value = OptionReader::flag(invocation, u"admin"_s, u"no-admin"_s))
        draft.administrator = *value;
    if (auto value = OptionReader::flag(invocation, u"agent-auto-update"_s, u"no-agent-auto-update"_s))
        draft.agentAutoUpdate = *value;
    if (auto value = OptionReader::flag(invocation, u"business-notifications"_s, u"no-business-notifications"_s))
        draft.businessNotifications = *value;
    if (invocation.isSet(u"password-stdin"_s)) {
        if (auto password = passwordFromStandardInput())
            draft.password = *password;
        else
            errors.append(password.error());
    }
}

void AccountDraftReader::readProfile(const Invocation &invocation, qint64 groupId, CatalogResolver &resolver,
                                     AccountDraft &draft, QList<Error> &errors)
{
    if (invocation.isSet(u"no-profile"_s)) {
        draft.profileId = 0;
        draft.overrides.clear();
    } else if (invocation.isSet(u"profile"_s)) {
        auto profile =
            resolver.find<Profile>(groupId, invocation.value(u"profile"_s), CatalogScope::Available, Field::profile);
        if (profile)
            draft = ProfileRules::apply(*profile, draft); // what the account overrides stays
        else
            errors.append(profile.error());
    }
    for (const QString &text : invocation.values(u"reset-to-profile"_s)) {
        if (auto key = inheritableKey(text))
            draft.overrides.remove(*key); // core takes the profile's value again
        else
            errors.append({Error::Code::Invalid, u"reset-to-profile"_s,
                           tr("\"%1\" is not a value a profile gives; use one of %2.")
                               .arg(text, ProfileRules::inheritableKeys().join(u", "_s))});
    }
}

void AccountDraftReader::readInheritable(const Invocation &invocation, AccountDraft &draft, QList<Error> &errors)
{
    QStringList given;
    for (bool overage : {false, true}) {
        const QString option = overage ? u"overage"_s : u"quota"_s;
        for (Resource resource : OptionReader::readQuotas(invocation, option, overage, draft.quotas, errors))
            given.append(ProfileRules::quotaKey(resource));
    }
    if (auto locations = OptionReader::backupLocations(invocation, errors)) {
        draft.backupLocations = *locations;
        given.append(ProfileRules::backupLocationsKey());
    }
    if (auto level = OptionReader::notificationLevel(invocation, errors)) {
        draft.notificationLevel = *level;
        given.append(ProfileRules::notificationLevelKey());
    }
    // A value given for an account on a profile is its own from now on.
    if (draft.profileId != 0) {
        for (const QString &key : std::as_const(given))
            draft.overrides.insert(key);
    }
}

void AccountDraftReader::readLinks(const Invocation &invocation, qint64 groupId, CatalogResolver &resolver,
                                   AccountDraft &draft, QList<Error> &errors)
{
    if (invocation.isSet(u"storage"_s)) {
        auto storage =
            resolver.find<Storage>(groupId, invocation.value(u"storage"_s), CatalogScope::Available, Field::storage);
        if (storage)
            draft.storageId = storage->id;
        else
            errors.append(storage.error());
    }
    if (invocation.isSet(u"no-subscriptions"_s)) {
        draft.subscriptionIds.clear();
    } else if (invocation.isSet(u"subscription"_s)) {
        auto ids = resolver.ids<Subscription>(groupId, invocation.values(u"subscription"_s), Field::subscriptions);
        if (ids)
            draft.subscriptionIds = *ids;
        else
            errors.append(ids.error());
    }
    if (invocation.isSet(u"no-security-groups"_s)) {
        draft.securityGroupIds.clear();
    } else if (invocation.isSet(u"security-group"_s)) {
        auto ids = resolver.ids<SecurityGroup>(groupId, invocation.values(u"security-group"_s), Field::securityGroups);
        if (ids)
            draft.securityGroupIds = *ids;
        else
            errors.append(ids.error());
    }
}

AccountDraftReader::Draft AccountDraftReader::read(const Invocation &invocation, AccountDraft base, qint64 groupId,
                                                   CatalogResolver &resolver)
{
    Draft result {std::move(base), {}};
    readIdentity(invocation, result.draft, result.errors);
    readProfile(invocation, groupId, resolver, result.draft, result.errors);
    readInheritable(invocation, result.draft, result.errors);
    readLinks(invocation, groupId, resolver, result.draft, result.errors);
    return result;
}

} // namespace bc::cli
