#pragma once

#include "core/domain/account.h"
#include "core/domain/auditentry.h"
#include "core/domain/catalog.h"
#include "core/domain/group.h"
#include "core/domain/operator.h"
#include "core/mail/emailtemplate.h"
#include "core/mail/outboxmessage.h"
#include "core/mail/smtpsettings.h"

#include <QJsonObject>

namespace bc {

// The JSON shape of accounts and groups, for the CLI's --json and the audit log's before/after.
namespace Json {
QJsonObject fromQuotas(const Quotas &quotas, bool withOverage);
QJsonObject fromAccount(const Account &account);
// fromAccount() of the account with another status: what a status change leaves, without building
// the whole object again (a Disable of 100,000 accounts built it 200,000 times).
QJsonObject withStatus(QJsonObject account, AccountStatus status);
// The account fromAccount() wrote, back (the recycle bin restores it, whole): every field it writes,
// the time of its last change left null; nullopt when `object` is not such an account.
std::optional<Account> toAccount(const QJsonObject &object);
// An account in the recycle bin: fromAccount() with deletedAt and purgeOn, when it goes for good after
// `retentionDays` (the database's period) unless restored.
QJsonObject fromDeletedAccount(const DeletedAccount &kept, int retentionDays);
QJsonObject fromGroup(const Group &group, const QString &path = QString());
QJsonObject fromProfile(const Profile &profile);
QJsonObject fromStorage(const Storage &storage);
QJsonObject fromSubscription(const Subscription &subscription);
QJsonObject fromSecurityGroup(const SecurityGroup &securityGroup);
// The quotas fromQuotas(…, true) wrote, and the catalog items the four above wrote, back (Edit →
// Undo gives an item its before); nullopt when `object` is not one.
std::optional<Quotas> toQuotas(const QJsonObject &object);
std::optional<Profile> toProfile(const QJsonObject &object);
std::optional<Storage> toStorage(const QJsonObject &object);
std::optional<Subscription> toSubscription(const QJsonObject &object);
std::optional<SecurityGroup> toSecurityGroup(const QJsonObject &object);
// A group's settings fromSettings() wrote, back.
std::optional<GroupSettings> toSettings(const QJsonObject &object);
// login, scope (the group path), groupId, administrator, disabled, securityGroups, permissions (keys), mfa.
QJsonObject fromOperator(const OperatorSummary &summary);
QJsonObject fromSettings(const GroupSettings &settings);
// The same, by overload, for code written once for every catalog kind.
inline QJsonObject from(const Profile &item)
{
    return fromProfile(item);
}
inline QJsonObject from(const Storage &item)
{
    return fromStorage(item);
}
inline QJsonObject from(const Subscription &item)
{
    return fromSubscription(item);
}
inline QJsonObject from(const SecurityGroup &item)
{
    return fromSecurityGroup(item);
}
QJsonObject fromActivationState(const ActivationState &state);
QJsonObject fromOutboxMessage(const OutboxMessage &message); // no bodies, no link token
QJsonObject fromSmtpSettings(const SmtpSettings &settings); // no password
// An audit log entry; `groupPath` is the path of its group (empty: the key is null).
QJsonObject fromAuditEntry(const AuditEntry &entry, const QString &groupPath = QString());
QJsonObject fromEmailTemplate(const EmailTemplate &email);
// The template fromEmailTemplate() wrote, back; nullopt when `object` is not one.
std::optional<EmailTemplate> toEmailTemplate(const QJsonObject &object);
// A group's link lifetime and own email (none: it takes the one above), as group.activation-changed
// writes them, and back (Edit → Undo); nullopt when `object` is not one.
struct GroupActivation
{
    int days = 0;
    std::optional<EmailTemplate> email;
};
QJsonObject fromGroupActivation(const GroupActivation &activation);
std::optional<GroupActivation> toGroupActivation(const QJsonObject &object);
} // namespace Json

} // namespace bc
