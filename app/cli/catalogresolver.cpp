#include "app/cli/catalogresolver.h"

#include "app/cli/optionreader.h"

#include "core/rules/catalognames.h"

#include <type_traits>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

template<typename T> const QList<T> &itemsOf(const Catalog &catalog)
{
    if constexpr (std::is_same_v<T, Profile>)
        return catalog.profiles;
    else if constexpr (std::is_same_v<T, Storage>)
        return catalog.storages;
    else if constexpr (std::is_same_v<T, Subscription>)
        return catalog.subscriptions;
    else
        return catalog.securityGroups;
}

template<typename T> Result<QList<T>> definedBy(CatalogService &catalog, qint64 groupId)
{
    if constexpr (std::is_same_v<T, Profile>)
        return catalog.profiles(groupId);
    else if constexpr (std::is_same_v<T, Storage>)
        return catalog.storages(groupId);
    else if constexpr (std::is_same_v<T, Subscription>)
        return catalog.subscriptions(groupId);
    else
        return catalog.securityGroups(groupId);
}

} // namespace

CatalogResolver::CatalogResolver(CatalogService &catalog)
    : m_catalog(catalog)
{
}

template<typename T> CatalogKind CatalogResolver::kindOf()
{
    if constexpr (std::is_same_v<T, Profile>)
        return CatalogKind::Profile;
    else if constexpr (std::is_same_v<T, Storage>)
        return CatalogKind::Storage;
    else if constexpr (std::is_same_v<T, Subscription>)
        return CatalogKind::Subscription;
    else
        return CatalogKind::SecurityGroup;
}

Result<Catalog> CatalogResolver::available(qint64 groupId)
{
    if (const auto cached = m_available.constFind(groupId); cached != m_available.cend())
        return *cached;
    auto catalog = m_catalog.catalog(groupId);
    if (catalog)
        m_available.insert(groupId, *catalog);
    return catalog;
}

template<typename T> Result<QList<T>> CatalogResolver::list(qint64 groupId, CatalogScope scope)
{
    if (scope == CatalogScope::Defined)
        return definedBy<T>(m_catalog, groupId);
    auto catalog = available(groupId);
    if (!catalog)
        return fail(catalog.error());
    return itemsOf<T>(*catalog);
}

template<typename T>
Result<T> CatalogResolver::find(qint64 groupId, const QString &idOrName, CatalogScope scope, const QString &field)
{
    auto items = list<T>(groupId, scope);
    if (!items)
        return fail(items.error());
    if (const std::optional<qint64> id = OptionReader::wholeNumber(idOrName)) {
        for (const T &item : std::as_const(*items)) {
            if (item.id == *id)
                return item;
        }
    }
    if (const T *named = catalogItemNamed(*items, idOrName))
        return *named;
    return fail(Error::Code::NotFound, field, notFound(kindOf<T>(), idOrName.trimmed(), scope));
}

template<typename T>
Result<QList<qint64>> CatalogResolver::ids(qint64 groupId, const QStringList &idsOrNames, const QString &field)
{
    QList<qint64> result;
    for (const QString &text : idsOrNames) {
        auto item = find<T>(groupId, text, CatalogScope::Available, field);
        if (!item)
            return fail(item.error());
        if (!result.contains(item->id))
            result.append(item->id);
    }
    return result;
}

template<typename T> QString CatalogResolver::nameOf(qint64 groupId, qint64 id)
{
    auto item = find<T>(groupId, QString::number(id), CatalogScope::Available, QString());
    return item ? item->name : QString::number(id);
}

QString CatalogResolver::notFound(CatalogKind kind, const QString &text, CatalogScope scope)
{
    const bool own = scope == CatalogScope::Defined;
    switch (kind) {
    case CatalogKind::Profile:
        return own ? tr("The group has no profile \"%1\".").arg(text)
                   : tr("There is no profile \"%1\" in this group or a group above it.").arg(text);
    case CatalogKind::Storage:
        return own ? tr("The group has no storage \"%1\".").arg(text)
                   : tr("There is no storage \"%1\" in this group or a group above it.").arg(text);
    case CatalogKind::Subscription:
        return own ? tr("The group has no subscription \"%1\".").arg(text)
                   : tr("There is no subscription \"%1\" in this group or a group above it.").arg(text);
    case CatalogKind::SecurityGroup:
        return own ? tr("The group has no security group \"%1\".").arg(text)
                   : tr("There is no security group \"%1\" in this group or a group above it.").arg(text);
    }
    return {};
}

#define BC_CLI_RESOLVER_INSTANTIATE(T)                                                                                 \
    template CatalogKind CatalogResolver::kindOf<T>();                                                                 \
    template Result<QList<T>> CatalogResolver::list<T>(qint64, CatalogScope);                                          \
    template Result<T> CatalogResolver::find<T>(qint64, const QString &, CatalogScope, const QString &);               \
    template Result<QList<qint64>> CatalogResolver::ids<T>(qint64, const QStringList &, const QString &);              \
    template QString CatalogResolver::nameOf<T>(qint64, qint64);
BC_CLI_RESOLVER_INSTANTIATE(Profile)
BC_CLI_RESOLVER_INSTANTIATE(Storage)
BC_CLI_RESOLVER_INSTANTIATE(Subscription)
BC_CLI_RESOLVER_INSTANTIATE(SecurityGroup)
#undef BC_CLI_RESOLVER_INSTANTIATE

} // namespace bc::cli
