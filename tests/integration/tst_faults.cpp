#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/wizard/wizardtest.h"
#include "ui/wizard/addaccountwizard.h"

#include <QLabel>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace bc;

// A PostgreSQL server that goes away in the middle of a save and comes back: nothing is
// half-written, nothing typed is lost, and the retry creates the account exactly once. The test
// runs its own server (tests/servers/postgresql.sh), so that stopping it disturbs no other test.
class TestFaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void aSaveThatLosesTheServerLeavesNothingAndTheRetrySucceedsOnce();
    void theWizardKeepsEverythingRetriesAndSavesOnceWhenTheServerIsBack();
    void tlsWithVerifyFullTrustsOnlyTheGivenRootCertificate();

private:
    bool server(const QString &command);
    // Stops the server in `delayMs`, while the caller is busy saving.
    void haltSoon(int delayMs);
    // Holds the writers' lock, so that a save waits for it and is under way when the server stops.
    void blockWriters();
    int count(const QString &sql);

    QTemporaryDir m_dir;
    QString m_serverDir;
    QString m_location;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_groupId = 0;
    QProcess m_halter;
};

bool TestFaults::server(const QString &command)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    script.start(u"bash"_s, {QStringLiteral(SERVERS_DIR) + u"/postgresql.sh"_s, command, m_serverDir});
    return script.waitForFinished(120000) && script.exitStatus() == QProcess::NormalExit && script.exitCode() == 0;
}

void TestFaults::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The server runs as the postgres user, who must reach its folder.
    QVERIFY(QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFile::ExeOther));
    m_serverDir = m_dir.filePath(u"postgresql"_s);
    QVERIFY2(server(u"start"_s), "the test's PostgreSQL server did not start");
    // testsupport creates databases on the server of BC_TEST_SERVER_DIR.
    qputenv("BC_TEST_BACKEND", "postgresql");
    qputenv("BC_TEST_SERVER_DIR", m_serverDir.toLocal8Bit());
    qputenv("BACKUP_CONSOLE_DATABASE_PASSWORD", "bc-test-password");
}

void TestFaults::cleanupTestCase()
{
    m_halter.waitForFinished();
    QVERIFY(server(u"stop"_s));
}

void TestFaults::init()
{
    m_location = bc::test::freshLocation(u"faults"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(m_location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    const qint64 root = m_groups->createRoot(u"MSP"_s)->id;
    m_groupId = m_groups->create(root, u"Contoso"_s)->id;
}

void TestFaults::cleanup()
{
    m_halter.waitForFinished();
    QVERIFY(server(u"resume"_s)); // running already, unless a test failed half-way
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
    QSqlDatabase::removeDatabase(u"blocker"_s);
    QSqlDatabase::removeDatabase(u"count"_s);
}

void TestFaults::haltSoon(int delayMs)
{
    m_halter.start(u"bash"_s,
                   {u"-c"_s, u"sleep %1 && bash \"$0\" halt \"$1\""_s.arg(delayMs / 1000.0),
                    QStringLiteral(SERVERS_DIR) + u"/postgresql.sh"_s, m_serverDir});
    QVERIFY(m_halter.waitForStarted());
}

void TestFaults::blockWriters()
{
    QSqlDatabase blocker = bc::test::addConnection(m_location, u"blocker"_s);
    QVERIFY(blocker.open());
    QSqlQuery lock(blocker);
    QVERIFY(lock.exec(u"BEGIN"_s));
    QVERIFY2(lock.exec(u"SELECT pg_advisory_xact_lock(%1)"_s.arg(Database::writerLockKey)),
             qPrintable(lock.lastError().text()));
}

int TestFaults::count(const QString &sql)
{
    QSqlDatabase db = QSqlDatabase::contains(u"count"_s) ? QSqlDatabase::database(u"count"_s)
                                                         : bc::test::addConnection(m_location, u"count"_s);
    if (!db.isOpen() && !db.open())
        return -1;
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next()) {
        // The server came back since this connection was opened.
        db.close();
        if (!db.open() || !query.exec(sql) || !query.next())
            return -1;
    }
    return query.value(0).toInt();
}

void TestFaults::aSaveThatLosesTheServerLeavesNothingAndTheRetrySucceedsOnce()
{
    AccountDraft draft;
    draft.login = u"alice"_s;
    draft.email = u"alice@example.com"_s;
    draft.requestId = u"4f1c7a52-2d7e-4f0e-9a57-0c1f3b8e1d11"_s;

    CHECKED(blockWriters());
    CHECKED(haltSoon(1000));
    const auto lost = m_accounts->create(m_groupId, draft);
    QVERIFY(!lost);
    QCOMPARE(lost.error().code, Error::Code::ConnectionLost);
    QVERIFY2(!lost.error().message.contains(u"57P01"_s) && !lost.error().message.contains(u"terminat"_s),
             qPrintable(lost.error().message));
    QVERIFY(m_halter.waitForFinished(60000));

    QVERIFY(server(u"resume"_s));
    QCOMPARE(count(u"SELECT count(*) FROM accounts WHERE login_key = 'alice'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE summary = 'alice'"_s), 0);

    // The retry reconnects by itself and saves.
    const auto saved = m_accounts->create(m_groupId, draft);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    // Had the reply of that save been lost too, sending it again finds the same account.
    const auto again = m_accounts->create(m_groupId, draft);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
    QCOMPARE(again->id, saved->id);
    QCOMPARE(count(u"SELECT count(*) FROM accounts WHERE login_key = 'alice'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'account.created' AND summary = 'alice'"_s), 1);
}

void TestFaults::theWizardKeepsEverythingRetriesAndSavesOnceWhenTheServerIsBack()
{
    using namespace WizardTest;
    std::unique_ptr<Workspace> workspace = openWorkspace(*m_db);
    QVERIFY(workspace);
    AddAccountWizard wizard(*workspace, m_groupId);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    CHECKED(waitLoaded(wizard));
    CHECKED(typeInto(wizard, u"login"_s, u"bob"_s));
    CHECKED(typeInto(wizard, u"email"_s, u"bob@example.com"_s));
    CHECKED(next(wizard, AddAccountWizard::SummaryPageId));

    QVERIFY2(server(u"halt"_s), "the server did not stop");
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    FIND(QLabel, banner, wizard, u"saveError"_s);
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"unreachable"_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"Retrying"_s), qPrintable(banner->text()));
    QVERIFY(wizard.isVisible());
    QVERIFY(wizard.isRetrying());
    QCOMPARE(wizard.currentId(), int(AddAccountWizard::SummaryPageId));

    QVERIFY(server(u"resume"_s));
    QTRY_VERIFY2_WITH_TIMEOUT(!wizard.isVisible(), qPrintable(banner->text()),
                              3 * AddAccountWizard::retryIntervalMs + 5000);
    QVERIFY(wizard.createdAccount());
    QCOMPARE(wizard.createdAccount()->email, u"bob@example.com"_s);
    QCOMPARE(count(u"SELECT count(*) FROM accounts WHERE login_key = 'bob'"_s), 1);
}

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(program, arguments);
    return process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

// A certificate authority and, signed by it, a server certificate for 127.0.0.1.
bool makeCertificates(const QDir &dir, bool withServer)
{
    const auto path = [&dir](const QString &name) {
        return dir.filePath(name);
    };
    if (!dir.mkpath(u"."_s)
        || !run(u"openssl"_s,
                {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s, u"2"_s, u"-subj"_s,
                 u"/CN=Test CA"_s, u"-keyout"_s, path(u"ca.key"_s), u"-out"_s, path(u"ca.crt"_s)}))
        return false;
    if (!withServer)
        return true;
    QFile extensions(path(u"server.ext"_s));
    if (!extensions.open(QIODevice::WriteOnly) || extensions.write("subjectAltName = IP:127.0.0.1\n") < 0)
        return false;
    extensions.close();
    return run(u"openssl"_s,
               {u"req"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s,
                path(u"server.key"_s), u"-out"_s, path(u"server.csr"_s)})
        && run(u"openssl"_s,
               {u"x509"_s, u"-req"_s, u"-in"_s, path(u"server.csr"_s), u"-CA"_s, path(u"ca.crt"_s), u"-CAkey"_s,
                path(u"ca.key"_s), u"-CAcreateserial"_s, u"-days"_s, u"2"_s, u"-extfile"_s, path(u"server.ext"_s),
                u"-out"_s, path(u"server.crt"_s)});
}

} // namespace

void TestFaults::tlsWithVerifyFullTrustsOnlyTheGivenRootCertificate()
{
    const QDir trusted(m_dir.filePath(u"tls"_s));
    const QDir stranger(m_dir.filePath(u"other-ca"_s));
    QVERIFY(makeCertificates(trusted, true));
    QVERIFY(makeCertificates(stranger, false));
    // The server reads its key as its own user, who alone may read it.
    QFile::setPermissions(trusted.filePath(u"server.key"_s), QFile::ReadOwner | QFile::WriteOwner);
    if (geteuid() == 0)
        QVERIFY(run(u"chown"_s, {u"-R"_s, u"postgres"_s, trusted.path()}));
    QSqlDatabase admin = bc::test::adminConnection();
    QVERIFY(admin.isOpen());
    QSqlQuery configure(admin);
    for (const QString &sql : {u"ALTER SYSTEM SET ssl_cert_file = '%1'"_s.arg(trusted.filePath(u"server.crt"_s)),
                               u"ALTER SYSTEM SET ssl_key_file = '%1'"_s.arg(trusted.filePath(u"server.key"_s)),
                               u"ALTER SYSTEM SET ssl = on"_s, u"SELECT pg_reload_conf()"_s})
        QVERIFY2(configure.exec(sql), qPrintable(configure.lastError().text()));

    QUrl url(m_location);
    url.setQuery(u"sslmode=verify-full&sslrootcert="_s + trusted.filePath(u"ca.crt"_s));
    std::unique_ptr<Database> secure;
    QTRY_VERIFY_WITH_TIMEOUT((secure = bc::test::openFixture(url.toString()).value_or(nullptr)) != nullptr, 10000);
    auto encrypted = secure->run(u"SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()"_s);
    QVERIFY(encrypted && encrypted->next());
    QVERIFY(encrypted->value(0).toBool());

    // A root certificate that did not sign the server's: refused, in plain words.
    url.setQuery(u"sslmode=verify-full&sslrootcert="_s + stranger.filePath(u"ca.crt"_s));
    auto refused = bc::test::openFixture(url.toString());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::CannotOpen);
    QVERIFY2(refused.error().message.contains(u"TLS"_s), qPrintable(refused.error().message));
    QVERIFY2(!refused.error().message.contains(u"SSL error"_s), qPrintable(refused.error().message));
}

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
