#pragma once

#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/catalogservice.h"
#include "core/services/workspace.h"
#include "tests/common/fixture.h"

#include <QTest>

namespace bc::test {

// An operator that is no administrator: `login` in the group, active, with a security group of the
// group (named after it) that grants `permissions`. Its account, or why it could not be made.
inline Result<Account> makeOperatorWith(Database &db, qint64 groupId, const QString &login, Permissions permissions,
                                        const QString &password)
{
    auto granted = CatalogService(db).addSecurityGroup({0, groupId, login + QStringLiteral(" duties"), permissions});
    if (!granted)
        return fail(granted.error());
    return AccountService(db).create(groupId, operatorDraft(login, password, false, {granted->id}),
                                     AccountStatus::Active);
}

// Signs `login` in on the workspace's worker, as the console's sign-in dialog does; false when it
// did not (the reason went to qWarning): QVERIFY the result.
inline bool signIn(Workspace &workspace, const QString &login, const QString &password)
{
    auto signedIn = workspace.run(
        [login, password](WorkspaceServices &services) { return services.acting.signIn(login, password); });
    if (!QTest::qWaitFor([&signedIn] { return signedIn.isFinished(); }, 20000)) {
        qWarning("the sign-in did not answer");
        return false;
    }
    if (!signedIn.result()) {
        qWarning("the sign-in was refused: %s", qPrintable(describe(signedIn.result().error())));
        return false;
    }
    return true;
}

} // namespace bc::test
