#pragma once

#include "core/services/workspace.h"
#include "core/storage/database.h"

#include <QTest>

#include <memory>

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

// A workspace (the window's worker, on a connection of its own) on the database `fixture` opened,
// open once this returns; null when it could not be opened (the reason went to qWarning).
inline std::unique_ptr<Workspace> openWorkspace(const Database &fixture)
{
    auto workspace = std::make_unique<Workspace>(fixture.address(), Database::OpenOptions());
    QFuture<Result<void>> opened = workspace->open();
    if (!QTest::qWaitFor([&opened] { return opened.isFinished(); }, 20000) || !opened.result()) {
        qWarning("the workspace did not open: %s",
                 qPrintable(opened.isFinished() ? opened.result().error().message : QStringLiteral("timeout")));
        return nullptr;
    }
    return workspace;
}

} // namespace bc::test
