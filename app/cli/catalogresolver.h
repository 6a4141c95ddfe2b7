#pragma once

#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "core/services/catalogservice.h"
#include "core/storage/catalogstore.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringList>

namespace bc::cli {

enum class CatalogScope
{
    Defined, // what the group itself defines
    Available, // what accounts of the group may use: its own and the groups' above (CatalogService::catalog)
};

// Finds profiles, storages, subscriptions and security groups by id or by name, in the lists core gives.
// Names compare as core compares them (GroupRules::nameKey); of two equal names the nearer group's wins.
// Every command that takes an ID|NAME goes through here.
class CatalogResolver
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::CatalogResolver)

public:
    explicit CatalogResolver(CatalogService &catalog);

    template<typename T> Result<QList<T>> list(qint64 groupId, CatalogScope scope);
    // The item whose id is `idOrName`, else the one with that name; the error names `field`.
    template<typename T>
    Result<T> find(qint64 groupId, const QString &idOrName, CatalogScope scope, const QString &field);
    // The ids of what accounts of the group may use; every name that matches nothing is an error.
    template<typename T> Result<QList<qint64>> ids(qint64 groupId, const QStringList &idsOrNames, const QString &field);
    // The name of an item accounts of the group may use, for display; the id when there is none.
    template<typename T> QString nameOf(qint64 groupId, qint64 id);

    template<typename T> static CatalogKind kindOf();

private:
    Result<Catalog> available(qint64 groupId);
    static QString notFound(CatalogKind kind, const QString &text, CatalogScope scope);

    CatalogService &m_catalog;
    QHash<qint64, Catalog> m_available;
};

} // namespace bc::cli
