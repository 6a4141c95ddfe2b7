#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

class AccountService;
class CatalogService;
class GroupService;

// A realistic sample: an MSP, a few customer organizations with units, a few hundred accounts
// in every status. Deterministic (fixed seed), written through the services like any change.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(bc::DemoData)

public:
    struct Summary
    {
        int groups = 0;
        int accounts = 0;
    };
    // Refuses a database that holds groups already.
    // With a catalog, customers also get a storage, a profile (data-locked at the bank), a
    // subscription, and most accounts a license.
    static Result<Summary> fill(GroupService &groups, AccountService &accounts, const QString &mspName = QString(),
                                int accountCount = 300, CatalogService *catalog = nullptr);
};

} // namespace bc
