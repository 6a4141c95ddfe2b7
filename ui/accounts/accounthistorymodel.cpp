#include "ui/accounts/accounthistorymodel.h"

#include "core/domain/account.h"
#include "core/domain/fields.h"
#include "core/domain/quota.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// Fields that say nothing a person needs: the keys, or what another field shows already (the
// license follows the subscriptions; the timestamps are the When column; overrides are how the
// values relate to the profile, each value changed shows itself).
bool isHidden(const QString &key)
{
    static const QStringList hidden {u"id"_s,       u"updatedAt"_s, u"createdAt"_s,
                                     u"licensed"_s, u"overrides"_s, u"groupId"_s};
    return hidden.contains(key);
}

template<typename Item> QString nameIn(const QList<Item> &items, qint64 id)
{
    for (const Item &item : items) {
        if (item.id == id)
            return item.name;
    }
    //: An item of the catalog the account's group no longer offers; %1 is its number.
    return AccountHistoryModel::tr("#%1").arg(id);
}

} // namespace

AccountHistoryModel::AccountHistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AccountHistoryModel::setCatalog(const Catalog &catalog)
{
    m_catalog = catalog;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void AccountHistoryModel::setEntries(const QList<AuditEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    std::reverse(m_entries.begin(), m_entries.end());
    endResetModel();
}

QString AccountHistoryModel::actionLabel(const QString &action)
{
    if (action == u"account.activation-resent"_s)
        return tr("Activation email sent again");
    if (action == u"account.activation-withdrawn"_s)
        return tr("Queued activation email withdrawn");
    const QString verb = action.section(u'.', -1);
    if (verb == u"created"_s)
        return tr("Created");
    if (verb == u"changed"_s)
        return tr("Changed");
    if (verb == u"disabled"_s)
        return tr("Disabled");
    if (verb == u"enabled"_s)
        return tr("Enabled");
    if (verb == u"activated"_s)
        return tr("Activated");
    if (verb == u"deleted"_s)
        return tr("Deleted");
    return action;
}

QString AccountHistoryModel::fieldLabel(const QString &key)
{
    static const QHash<QString, const char *> labels {
        {Field::login, QT_TR_NOOP("Login")},
        {Field::email, QT_TR_NOOP("Email")},
        {Field::firstName, QT_TR_NOOP("First name")},
        {Field::lastName, QT_TR_NOOP("Last name")},
        {Field::displayName, QT_TR_NOOP("Display name")},
        {Field::notificationEmail, QT_TR_NOOP("Notification email")},
        {Field::mobile, QT_TR_NOOP("Mobile number")},
        {Field::phone, QT_TR_NOOP("Phone")},
        {Field::address, QT_TR_NOOP("Address")},
        {Field::administrator, QT_TR_NOOP("Administrator")},
        {Field::agentAutoUpdate, QT_TR_NOOP("Agent auto-update")},
        {Field::backupLocations, QT_TR_NOOP("Backup locations")},
        {Field::notificationLevel, QT_TR_NOOP("Notifications")},
        {Field::businessNotifications, QT_TR_NOOP("Business notifications")},
        {u"hasPassword"_s, QT_TR_NOOP("Password")},
        {u"profileId"_s, QT_TR_NOOP("Profile")},
        {u"storageId"_s, QT_TR_NOOP("Storage")},
        {u"subscriptionIds"_s, QT_TR_NOOP("Subscriptions")},
        {u"securityGroupIds"_s, QT_TR_NOOP("Security groups")},
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"activatedAt"_s, QT_TR_NOOP("Activated")},
    };
    if (const auto it = labels.constFind(key); it != labels.cend())
        return tr(*it);
    // quotas.<resource>.limit / .overage
    const QStringList parts = key.split(u'.');
    if (parts.size() == 3 && parts.at(0) == u"quotas"_s) {
        if (const auto resource = fromKey<Resource>(parts.at(1))) {
            const QString name = Quotas::displayName(*resource);
            return parts.at(2) == u"overage"_s ? tr("%1 overage").arg(name) : tr("%1 limit").arg(name);
        }
    }
    return key;
}

QString AccountHistoryModel::valueText(const QString &key, const QJsonValue &value) const
{
    if (value.isNull() || value.isUndefined()) {
        if (key == u"profileId"_s)
            return tr("no profile");
        if (key == u"storageId"_s)
            return tr("the group's default");
        return tr("none");
    }
    if (key == u"profileId"_s)
        return nameIn(m_catalog.profiles, value.toInteger());
    if (key == u"storageId"_s)
        return nameIn(m_catalog.storages, value.toInteger());
    if (key == u"subscriptionIds"_s || key == u"securityGroupIds"_s) {
        QStringList names;
        for (const QJsonValue &id : value.toArray())
            names.append(key == u"subscriptionIds"_s ? nameIn(m_catalog.subscriptions, id.toInteger())
                                                     : nameIn(m_catalog.securityGroups, id.toInteger()));
        return names.isEmpty() ? tr("none") : QLocale().createSeparatedList(names);
    }
    if (key == u"status"_s) {
        if (const auto status = fromKey<AccountStatus>(value.toString()))
            return AccountText::label(*status);
    }
    if (key == Field::backupLocations) {
        if (const auto locations = fromKey<BackupLocations>(value.toString()))
            return AccountText::label(*locations);
    }
    if (key == Field::notificationLevel) {
        if (const auto level = fromKey<NotificationLevel>(value.toString()))
            return AccountText::label(*level);
    }
    if (key == u"hasPassword"_s)
        return value.toBool() ? tr("set") : tr("not set");
    if (key == u"activatedAt"_s) {
        const QDateTime at = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
        if (at.isValid())
            return QLocale().toString(at.toLocalTime(), QLocale::ShortFormat);
    }
    const QStringList parts = key.split(u'.');
    if (parts.size() == 3 && parts.at(0) == u"quotas"_s) {
        if (const auto resource = fromKey<Resource>(parts.at(1))) {
            if (parts.at(2) == u"overage"_s)
                return Quotas::formatAmount(*resource, value.toInteger());
            return Quotas::formatLimit(
                *resource, value.isString() ? std::optional<qint64>() : std::optional<qint64>(value.toInteger()));
        }
    }
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? tr("yes") : tr("no");
    case QJsonValue::Double:
        return QLocale().toString(value.toDouble(), 'g', 15);
    case QJsonValue::String:
        return value.toString().isEmpty() ? tr("empty") : value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

// Nested objects (quotas) are compared key by key: "quotas.storage.limit".
void AccountHistoryModel::collectChanges(const QString &prefix, const QJsonObject &before, const QJsonObject &after,
                                         QStringList &out) const
{
    QStringList keys = before.keys() + after.keys();
    std::sort(keys.begin(), keys.end());
    keys.erase(std::unique(keys.begin(), keys.end()), keys.end());
    for (const QString &key : std::as_const(keys)) {
        if (prefix.isEmpty() && isHidden(key))
            continue;
        const QJsonValue was = before.value(key);
        const QJsonValue now = after.value(key);
        if (was == now)
            continue;
        const QString name = prefix.isEmpty() ? key : prefix + u'.' + key;
        if (was.isObject() && now.isObject())
            collectChanges(name, was.toObject(), now.toObject(), out);
        else
            out.append(tr("%1: %2 → %3").arg(fieldLabel(name), valueText(name, was), valueText(name, now)));
    }
}

QString AccountHistoryModel::changes(const AuditEntry &entry) const
{
    if (entry.action == u"account.activation-withdrawn"_s) {
        const int count = entry.after.value(u"withdrawnEmails"_s).toInt();
        //: How many emails of the account that had not gone out were withdrawn.
        return tr("Unsent emails withdrawn: %1").arg(QLocale().toString(count));
    }
    if (entry.action == u"account.activation-resent"_s)
        return tr("A new link; earlier links no longer work");
    if (entry.before.isEmpty() && entry.after.isEmpty())
        return {};
    if (entry.before.isEmpty())
        return tr("Created as \"%1\"").arg(entry.summary);
    if (entry.after.isEmpty())
        return tr("Deleted");
    QStringList out;
    collectChanges(QString(), entry.before, entry.after, out);
    return out.join(u"; "_s);
}

QString AccountHistoryModel::fullText(const AuditEntry &entry) const
{
    QString text = tr("%1, %2 by %3")
                       .arg(actionLabel(entry.action), QLocale().toString(entry.at.toLocalTime(), QLocale::LongFormat),
                            entry.actor);
    QString details = changes(entry);
    if (!details.isEmpty())
        text += u'\n' + details.replace(u"; "_s, u"\n"_s);
    return text;
}

int AccountHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_entries.size());
}

int AccountHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AccountHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry &entry = m_entries.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return entry.actor;
        case WhatColumn:
            return actionLabel(entry.action);
        case ChangesColumn:
            return changes(entry);
        }
    } else if (role == Qt::ToolTipRole) {
        // The whole entry, however narrow the columns: one change a line.
        return fullText(entry);
    }
    return {};
}

QVariant AccountHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    case ChangesColumn:
        return tr("Changes");
    }
    return {};
}

} // namespace bc
