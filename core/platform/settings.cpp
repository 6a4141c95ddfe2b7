#include "core/platform/settings.h"

#include "core/platform/logging.h"

using namespace Qt::StringLiterals;

namespace bc {

namespace Key {
const auto windowGeometry = u"mainWindow/geometry"_s;
const auto windowState = u"mainWindow/state"_s;
const auto splitterState = u"mainWindow/splitter"_s;
const auto accountHeaderState = u"accountList/header"_s;
const auto lastGroups = u"lastGroups"_s; // array of {database, groupId}, the latest first
const auto lastGroupDatabase = u"database"_s;
const auto lastGroupId = u"groupId"_s;
const auto oldLastGroupId = u"accountList/lastGroupId"_s; // once for every database: forgotten
const auto includeSubgroups = u"accountList/includeSubgroups"_s;
const auto auditWindowGeometry = u"auditLog/geometry"_s;
const auto auditHeaderState = u"auditLog/header"_s;
const auto auditIncludeSubgroups = u"auditLog/includeSubgroups"_s;
const auto deletedAccountsGeometry = u"deletedAccounts/geometry"_s;
const auto deletedAccountsHeaderState = u"deletedAccounts/header"_s;
const auto connections = u"connections"_s; // array of {name, url}
const auto connectionName = u"name"_s;
const auto connectionUrl = u"url"_s;
const auto lastConnection = u"connection/last"_s;
const auto importColumns = u"import/columns/"_s; // + format: a map of column key → fields
const auto savedFilters = u"savedFilters"_s; // array of {database, operator, filters}
const auto savedFiltersDatabase = u"database"_s;
const auto savedFiltersOperator = u"operator"_s;
const auto savedFiltersList = u"filters"_s;
} // namespace Key

Settings::Settings()
    : m_settings(std::make_unique<QSettings>())
{
}

Settings::Settings(const QString &fileName)
    : m_settings(std::make_unique<QSettings>(fileName, QSettings::IniFormat))
{
}

Settings::~Settings() = default;

QByteArray Settings::windowGeometry() const
{
    return m_settings->value(Key::windowGeometry).toByteArray();
}

void Settings::setWindowGeometry(const QByteArray &value)
{
    m_settings->setValue(Key::windowGeometry, value);
}

QByteArray Settings::windowState() const
{
    return m_settings->value(Key::windowState).toByteArray();
}

void Settings::setWindowState(const QByteArray &value)
{
    m_settings->setValue(Key::windowState, value);
}

QByteArray Settings::splitterState() const
{
    return m_settings->value(Key::splitterState).toByteArray();
}

void Settings::setSplitterState(const QByteArray &value)
{
    m_settings->setValue(Key::splitterState, value);
}

QByteArray Settings::accountHeaderState(const QString &language) const
{
    return m_settings->value(Key::accountHeaderState + u'/' + language).toByteArray();
}

void Settings::setAccountHeaderState(const QString &language, const QByteArray &value)
{
    m_settings->setValue(Key::accountHeaderState + u'/' + language, value);
}

QList<Settings::LastGroup> Settings::lastGroups() const
{
    QList<LastGroup> groups;
    const int count = m_settings->beginReadArray(Key::lastGroups);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        groups.append({m_settings->value(Key::lastGroupDatabase).toString(),
                       m_settings->value(Key::lastGroupId, 0).toLongLong()});
    }
    m_settings->endArray();
    return groups;
}

qint64 Settings::lastGroupId(const QString &database) const
{
    for (const LastGroup &group : lastGroups()) {
        if (group.database == database)
            return group.groupId;
    }
    return 0;
}

void Settings::setLastGroupId(const QString &database, qint64 id)
{
    // The databases used lately, a handful: enough for anyone's connections, and no list that grows.
    constexpr qsizetype kept = 32;
    QList<LastGroup> groups {{database, id}};
    for (const LastGroup &group : lastGroups()) {
        if (group.database != database && groups.size() < kept)
            groups.append(group);
    }
    m_settings->remove(Key::oldLastGroupId);
    m_settings->remove(Key::lastGroups);
    m_settings->beginWriteArray(Key::lastGroups, static_cast<int>(groups.size()));
    for (int i = 0; i < groups.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(Key::lastGroupDatabase, groups.at(i).database);
        m_settings->setValue(Key::lastGroupId, groups.at(i).groupId);
    }
    m_settings->endArray();
}

bool Settings::includeSubgroups() const
{
    return m_settings->value(Key::includeSubgroups, true).toBool();
}

void Settings::setIncludeSubgroups(bool value)
{
    m_settings->setValue(Key::includeSubgroups, value);
}

QByteArray Settings::auditWindowGeometry() const
{
    return m_settings->value(Key::auditWindowGeometry).toByteArray();
}

void Settings::setAuditWindowGeometry(const QByteArray &value)
{
    m_settings->setValue(Key::auditWindowGeometry, value);
}

QByteArray Settings::auditHeaderState() const
{
    return m_settings->value(Key::auditHeaderState).toByteArray();
}

void Settings::setAuditHeaderState(const QByteArray &value)
{
    m_settings->setValue(Key::auditHeaderState, value);
}

QByteArray Settings::deletedAccountsGeometry() const
{
    return m_settings->value(Key::deletedAccountsGeometry).toByteArray();
}

void Settings::setDeletedAccountsGeometry(const QByteArray &value)
{
    m_settings->setValue(Key::deletedAccountsGeometry, value);
}

QByteArray Settings::deletedAccountsHeaderState() const
{
    return m_settings->value(Key::deletedAccountsHeaderState).toByteArray();
}

void Settings::setDeletedAccountsHeaderState(const QByteArray &value)
{
    m_settings->setValue(Key::deletedAccountsHeaderState, value);
}

bool Settings::auditIncludeSubgroups() const
{
    return m_settings->value(Key::auditIncludeSubgroups, true).toBool();
}

void Settings::setAuditIncludeSubgroups(bool value)
{
    m_settings->setValue(Key::auditIncludeSubgroups, value);
}

QList<ConnectionProfile> Settings::connectionProfiles() const
{
    QList<ConnectionProfile> profiles;
    const int count = m_settings->beginReadArray(Key::connections);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        const QString name = m_settings->value(Key::connectionName).toString();
        auto address = DatabaseAddress::parse(m_settings->value(Key::connectionUrl).toString());
        if (name.isEmpty() || !address) {
            qCWarning(lcCore) << "settings: skipping the unreadable connection" << i << name;
            continue;
        }
        profiles.append({name, *address});
    }
    m_settings->endArray();
    return profiles;
}

void Settings::setConnectionProfiles(const QList<ConnectionProfile> &profiles)
{
    m_settings->remove(Key::connections);
    m_settings->beginWriteArray(Key::connections, static_cast<int>(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(Key::connectionName, profiles.at(i).name);
        m_settings->setValue(Key::connectionUrl, profiles.at(i).address.toUrl());
    }
    m_settings->endArray();
}

QString Settings::lastConnectionProfile() const
{
    return m_settings->value(Key::lastConnection).toString();
}

void Settings::setLastConnectionProfile(const QString &name)
{
    m_settings->setValue(Key::lastConnection, name);
}

void Settings::sync()
{
    m_settings->sync();
}

QHash<QString, QStringList> Settings::importColumns(const QString &format) const
{
    QHash<QString, QStringList> columns;
    const QVariantMap stored = m_settings->value(Key::importColumns + format).toMap();
    for (auto it = stored.cbegin(); it != stored.cend(); ++it)
        columns.insert(it.key(), it.value().toStringList());
    return columns;
}

void Settings::setImportColumns(const QString &format, const QHash<QString, QStringList> &columns)
{
    if (columns.isEmpty()) {
        m_settings->remove(Key::importColumns + format);
        return;
    }
    QVariantMap stored;
    for (auto it = columns.cbegin(); it != columns.cend(); ++it)
        stored.insert(it.key(), it.value());
    m_settings->setValue(Key::importColumns + format, stored);
}

SavedFilters Settings::savedFilters(const QString &database, const QString &operatorLogin) const
{
    SavedFilters filters;
    const int count = m_settings->beginReadArray(Key::savedFilters);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        if (m_settings->value(Key::savedFiltersDatabase).toString() == database
            && m_settings->value(Key::savedFiltersOperator).toString() == operatorLogin) {
            filters = SavedFilters::fromVariant(m_settings->value(Key::savedFiltersList).toList());
            break;
        }
    }
    m_settings->endArray();
    return filters;
}

void Settings::setSavedFilters(const QString &database, const QString &operatorLogin, const SavedFilters &filters)
{
    // Rewritten whole, as the last groups are: the entries of the other operators and databases
    // stay, this one is replaced (or dropped when it has no filter left).
    struct Entry
    {
        QString database;
        QString operatorLogin;
        QVariantList filters;
    };
    QList<Entry> entries;
    const int count = m_settings->beginReadArray(Key::savedFilters);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        Entry entry {m_settings->value(Key::savedFiltersDatabase).toString(),
                     m_settings->value(Key::savedFiltersOperator).toString(),
                     m_settings->value(Key::savedFiltersList).toList()};
        if (entry.database != database || entry.operatorLogin != operatorLogin)
            entries.append(std::move(entry));
    }
    m_settings->endArray();
    if (!filters.isEmpty())
        entries.append({database, operatorLogin, filters.toVariant()});
    m_settings->remove(Key::savedFilters);
    m_settings->beginWriteArray(Key::savedFilters, static_cast<int>(entries.size()));
    for (int i = 0; i < entries.size(); ++i) {
        m_settings->setArrayIndex(i);
        m_settings->setValue(Key::savedFiltersDatabase, entries.at(i).database);
        m_settings->setValue(Key::savedFiltersOperator, entries.at(i).operatorLogin);
        m_settings->setValue(Key::savedFiltersList, entries.at(i).filters);
    }
    m_settings->endArray();
}

} // namespace bc
