#pragma once

#include "core/storage/database.h"

namespace bc::test {

// Opens the test's own connection to `location`, with which it sets up and inspects data beside
// the UI: the one connection on the GUI thread that the GUI-thread check lets be.
inline Result<std::unique_ptr<Database>> openFixture(const QString &location)
{
    Database::OpenOptions options;
    options.testFixture = true;
    return Database::open(location, options);
}

inline Result<std::unique_ptr<Database>> openFixture(const DatabaseAddress &address)
{
    Database::OpenOptions options;
    options.testFixture = true;
    return Database::open(address, options);
}

} // namespace bc::test
