#pragma once

#include "app/cli/exitcode.h"
#include "app/cli/invocation.h"

#include "core/domain/group.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"

#include <QCoreApplication>

namespace bc::cli {

class CatalogResolver;
class Output;

// profile | storage | subscription | security-group  add | list | edit | delete: what a group
// offers its accounts, through CatalogService.
class CatalogCommands
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::CatalogCommands)

public:
    CatalogCommands(CatalogService &catalog, GroupService &groups, CatalogResolver &resolver, Authority &authority,
                    Output &output);

    ExitCode run(const Invocation &invocation);

private:
    enum class Change
    {
        Created,
        Changed,
        Deleted
    };

    template<typename T> ExitCode run(const Invocation &invocation);
    template<typename T> ExitCode add(const Invocation &invocation, const Group &group);
    template<typename T> ExitCode list(const Invocation &invocation, const Group &group);
    template<typename T> ExitCode edit(const Invocation &invocation, const Group &group);
    template<typename T> ExitCode remove(const Invocation &invocation, const Group &group);
    // Saves the item, once the operator may give what it grants.
    template<typename T> ExitCode save(const Invocation &invocation, const T &item, bool adding);
    template<typename T> ExitCode saved(const Invocation &invocation, const Result<T> &item, Change change);

    static QString changeMessage(CatalogKind kind, Change change, const QString &name, qint64 id);

    CatalogService &m_catalog;
    GroupService &m_groups;
    CatalogResolver &m_resolver;
    Authority &m_authority;
    Output &m_output;
};

} // namespace bc::cli
