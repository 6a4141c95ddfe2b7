#include "accountdraftreader.h"

#include "accountrules.h"
#include "quota.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

QString resourceKeys()
{
    QStringList keys;
    for (Resource resource : allResources)
        keys.append(Quotas::key(resource));
    return keys.join(u", "_s);
}

} // namespace

void AccountDraftReader::readQuotas(const Invocation &invocation, bool overage, Quotas &quotas, QList<Error> &errors)
{
    const QString option = overage ? u"overage"_s : u"quota"_s;
    for (const QString &item : invocation.values(option)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0) {
            errors.append({Error::Code::Invalid, option,
                           tr("Write \"%1\" as RESOURCE=VALUE, for example storage=500GB.").arg(item)});
            continue;
        }
        const QString key = item.left(equals);
        const QString value = item.mid(equals + 1);
        const std::optional<Resource> resource = Quotas::fromKey(key);
        if (!resource) {
            errors.append({Error::Code::Invalid, option,
                           tr("There is no resource \"%1\"; choose one of %2.").arg(key.trimmed(), resourceKeys())});
            continue;
        }
        if (overage) {
            const QString field = Field::quotaOverage(*resource);
            auto parsed = Quotas::parseOverage(*resource, value, field);
            if (!parsed)
                errors.append(parsed.error());
            else
                quotas[*resource].overage = *parsed;
        } else {
            auto parsed = Quotas::parseLimit(*resource, value, Field::quotaLimit(*resource));
            if (!parsed)
                errors.append(parsed.error());
            else
                quotas[*resource].limit = *parsed;
        }
    }
}

AccountDraftReader::Draft AccountDraftReader::read(const Invocation &invocation)
{
    AccountDraft draft;
    QList<Error> errors;
    draft.login = invocation.value(u"login"_s);
    draft.email = invocation.value(u"email"_s);
    draft.firstName = invocation.value(u"first-name"_s);
    draft.lastName = invocation.value(u"last-name"_s);
    draft.administrator = invocation.isSet(u"admin"_s);
    draft.agentAutoUpdate = !invocation.isSet(u"no-agent-auto-update"_s);
    draft.businessNotifications = !invocation.isSet(u"no-business-notifications"_s);

    if (invocation.isSet(u"backup-locations"_s)) {
        const QString text = invocation.value(u"backup-locations"_s);
        if (auto locations = AccountText::backupLocationsFromKey(text))
            draft.backupLocations = *locations;
        else
            errors.append({Error::Code::Invalid, u"backupLocations"_s,
                           tr("\"%1\" is not a choice; use %2 or %3.")
                               .arg(text, AccountText::key(BackupLocations::LocalAndCloud),
                                    AccountText::key(BackupLocations::CloudOnly))});
    }
    if (invocation.isSet(u"notifications"_s)) {
        const QString text = invocation.value(u"notifications"_s);
        if (auto level = AccountText::notificationLevelFromKey(text)) {
            draft.notificationLevel = *level;
        } else {
            QStringList keys;
            for (auto each :
                 {NotificationLevel::Off, NotificationLevel::Less, NotificationLevel::More, NotificationLevel::All})
                keys.append(AccountText::key(each));
            errors.append({Error::Code::Invalid, u"notificationLevel"_s,
                           tr("\"%1\" is not a choice; use one of %2.").arg(text, keys.join(u", "_s))});
        }
    }
    readQuotas(invocation, false, draft.quotas, errors);
    readQuotas(invocation, true, draft.quotas, errors);
    return {draft, errors};
}

} // namespace bc::cli
