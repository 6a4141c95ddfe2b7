#pragma once

#include "app/cli/invocation.h"

#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QCoreApplication>
#include <QList>

namespace bc::cli {

// Reads the options of `profile|storage|subscription|security-group add|edit` into an item: the
// options given change it, nothing else does. Whatever cannot be read comes back as errors.
class CatalogItemReader
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::CatalogItemReader)

public:
    static QList<Error> read(const Invocation &invocation, Profile &profile);
    static QList<Error> read(const Invocation &invocation, Storage &storage);
    static QList<Error> read(const Invocation &invocation, Subscription &subscription);
    static QList<Error> read(const Invocation &invocation, SecurityGroup &securityGroup);

private:
    static void readName(const Invocation &invocation, QString &name);
};

} // namespace bc::cli
