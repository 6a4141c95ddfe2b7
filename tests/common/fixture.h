#pragma once

#include "core/domain/account.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/testdatabase.h"

#include <QSemaphore>
#include <QTest>

#include <memory>
#include <utility>

namespace bc::test {

// What went wrong, for a failed check's message: the code, the field and the message.
inline QString describe(const Error &error)
{
    return QStringLiteral("code %1, field \"%2\": %3")
        .arg(static_cast<int>(error.code))
        .arg(error.field, error.message);
}

// Whether an operator below the top group signs in on the backend the tests run on: not on
// MariaDB, which offers only the top group's operators (OperatorSignIn).
inline bool organizationOperatorsSignIn()
{
    return backendName() != QStringLiteral("mariadb");
}

// Skips a test about an organization's operator at work where such an operator cannot sign in.
#define BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS()                                                                       \
    do {                                                                                                               \
        if (!bc::test::organizationOperatorsSignIn())                                                                  \
            QSKIP("MariaDB offers only the top group's operators");                                                    \
    } while (false)

// A new account of Ada Lovelace at Contoso with `login`, every contact field filled, no
// activation email: what a test changes from there is what it is about.
inline AccountDraft personDraft(const QString &login)
{
    AccountDraft draft;
    draft.login = login;
    draft.email = login + QStringLiteral("@contoso.com");
    draft.firstName = QStringLiteral("Ada");
    draft.lastName = QStringLiteral("Lovelace");
    draft.phone = QStringLiteral("+41 44 123 45 67");
    draft.address = QStringLiteral("Bahnhofstrasse 1, Zürich");
    draft.sendActivationEmail = false;
    return draft;
}

// An operator's draft: personDraft(login) with a password and the administrator switch or security
// groups, which AccountService::create makes an operator that can sign in.
inline AccountDraft operatorDraft(const QString &login, const QString &password, bool administrator,
                                  const QList<qint64> &securityGroupIds = {})
{
    AccountDraft draft = personDraft(login);
    draft.password = password;
    draft.administrator = administrator;
    draft.securityGroupIds = securityGroupIds;
    return draft;
}

// A new, empty database (freshLocation(hint)) opened by core, on which a test sets up its data;
// null when it could not be made or opened (the reason went to qWarning): QVERIFY the result.
inline std::unique_ptr<Database> openFresh(const QString &hint)
{
    const QString location = freshLocation(hint);
    if (location.isEmpty())
        return nullptr;
    auto db = Database::open(location);
    if (!db) {
        qWarning("the test's database did not open: %s", qPrintable(describe(db.error())));
        return nullptr;
    }
    return std::move(*db);
}

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

// Holds `workspace`'s worker with a job of its own, so that what the test sends next waits behind
// it, until release() or the end of the scope: a failed check never leaves the worker waiting
// forever. The semaphore is shared with the job, since the worker may still be inside acquire()
// when the test returns.
class WorkerHold final
{
    Q_DISABLE_COPY_MOVE(WorkerHold)

public:
    explicit WorkerHold(Workspace &workspace)
        : m_gate(std::make_shared<QSemaphore>())
        , m_job(workspace.run([gate = m_gate](WorkspaceServices &) {
            gate->acquire();
            return Result<void>();
        }))
    {
    }
    ~WorkerHold() { release(); }

    void release()
    {
        if (!std::exchange(m_released, true))
            m_gate->release();
    }
    // Released and its job done: the worker has gone on to what waited behind it.
    [[nodiscard]] bool isFinished() const { return m_job.isFinished(); }

private:
    std::shared_ptr<QSemaphore> m_gate;
    QFuture<Result<void>> m_job;
    bool m_released = false;
};

} // namespace bc::test
