// An organization's operator opens psql with its own database role and tries to reach what
// row-level security keeps from it (resources/sql/0017_row_security.sql). Every attempt must fail:
// an error, or no rows and no effect. The positive controls show that the same role does see and
// change its own organization's rows, so that an attempt that "fails" because nothing works at all
// is noticed. PostgreSQL only: the other backends have no roles of operators.

#include "tests/common/fixture.h"

#include "core/auth/totp.h"
#include "core/domain/account.h"
#include "core/domain/timestamps.h"
#include "core/platform/passwordhasher.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/services/workspace.h"
#include "core/storage/accountstore.h"
#include "core/storage/database.h"
#include "core/storage/operatorroles.h"

#include <QHash>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;
using namespace bc::test;

namespace {

const QString password = u"Correct-Horse-Battery-9"_s;

// What an attempt must end in: an error, or exactly this output (psql -A -t: one value a line).
struct Expectation
{
    bool error = false;
    QString output;
};

Expectation refused()
{
    return {true, QString()};
}

Expectation answers(const QString &output)
{
    return {false, output};
}

} // namespace

Q_DECLARE_METATYPE(Expectation)

class TestRlsEscape final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldKeepTheOperatorInItsOrganization_data();
    void shouldKeepTheOperatorInItsOrganization();
    void shouldRestoreAnAccountWithItsPasswordOnTheOperatorsRole();
    void shouldOpenAWorkersConnectionOnTheOperatorsRole();
    void shouldVerifyAFurtherSessionWithTheKeyOfTheSameOperatorOnly();
    void shouldVerifyTheFurtherConnectionsOfASignedInSession();
    void shouldSayTheSignInEndedWhenItsKeyExpiredWhileTheServerWasAway();
    void shouldEndTheSessionKeyOnTheServerWhenTheWorkspaceSignsOut();
    void shouldGiveTheRoleThePasswordAndNotTheOwnersRights();
    void shouldForgetTheSessionsThatEnded();
    void shouldLeaveAnOlderSchemaToTheOwner();
    void cleanupTestCase();

private:
    struct Run
    {
        int exitCode = -1;
        QString output;
        QString errors;
    };
    // Runs each statement in turn in one psql session as `role`, with `rolePassword`.
    Run psql(const QString &role, const QString &rolePassword, const QStringList &statements) const;
    QString filled(QString text) const;
    // The test database's address without its user, opened as the operator's own role.
    Result<std::unique_ptr<Database>> openAs(const QString &login) const;
    // Tom's session, signed in with its second factor again: with a code of a step the tests before
    // may have used already (each is single-use), so the step it last used is forgotten first.
    Result<std::unique_ptr<Database>> signInTomAgain() const;

    std::unique_ptr<Database> m_db;
    QHash<QString, QString> m_values; // %NAME% in a statement: the seeded ids and names
    QString m_psql;
    QString m_carolsSecret;
    QString m_tomsSecret;
    QString m_bobsSecret;
};

void TestRlsEscape::initTestCase()
{
    if (backendName() != "postgresql"_L1)
        QSKIP("row-level security is PostgreSQL's");
    m_psql = QStandardPaths::findExecutable(u"psql"_s);
    QVERIFY2(!m_psql.isEmpty(), "psql is not installed (it comes with the PostgreSQL server packages)");
    auto opened = openFixture(freshLocation(u"rls"_s));
    QVERIFY2(opened, qPrintable(opened ? QString() : describe(opened.error())));
    m_db = std::move(*opened);

    GroupService groups(*m_db);
    auto root = groups.createRoot(u"Acme MSP"_s);
    QVERIFY2(root, qPrintable(root ? QString() : describe(root.error())));
    auto alpha = groups.create(root->id, u"Alpha"_s);
    auto beta = groups.create(root->id, u"Beta"_s);
    QVERIFY(alpha && beta);

    AccountService accounts(*m_db);
    const auto add = [&](qint64 groupId, const QString &login, bool administrator) -> qint64 {
        AccountDraft draft = personDraft(login);
        draft.administrator = administrator;
        if (administrator)
            draft.password = password;
        auto created = accounts.create(groupId, draft, AccountStatus::Active);
        if (!created)
            qWarning("%s", qPrintable(describe(created.error())));
        return created ? created->id : 0;
    };
    const qint64 alice = add(alpha->id, u"alice"_s, true);
    const qint64 carol = add(alpha->id, u"carol"_s, true);
    const qint64 a1 = add(alpha->id, u"a1"_s, false);
    const qint64 bob = add(beta->id, u"bob"_s, true);
    const qint64 b1 = add(beta->id, u"b1"_s, false);
    // The top group's operator (0018: its policies take a shortcut), with a second factor.
    const qint64 tom = add(root->id, u"tom"_s, true);
    QVERIFY(alice && carol && a1 && bob && b1 && tom);
    // The recycle bin (0021): a deleted account of each organization, one with a password.
    AccountDraft withPassword = personDraft(u"a2"_s);
    withPassword.password = password;
    auto a2 = accounts.create(alpha->id, withPassword, AccountStatus::Active);
    const qint64 a3 = add(alpha->id, u"a3"_s, false);
    const qint64 b2 = add(beta->id, u"b2"_s, false);
    QVERIFY(a2 && a3 && b2);
    QVERIFY(accounts.removeAll({a2->id, a3, b2}).isComplete());

    // Bob (the other organization) and Carol (this one) sign in with a second factor.
    OperatorSignIn signIn(*m_db);
    auto bobsFactor = signIn.enroll(u"bob"_s);
    auto carolsFactor = signIn.enroll(u"carol"_s);
    auto tomsFactor = signIn.enroll(u"tom"_s);
    QVERIFY(bobsFactor && carolsFactor && tomsFactor);
    m_carolsSecret = carolsFactor->secret;
    m_bobsSecret = bobsFactor->secret;
    m_tomsSecret = tomsFactor->secret;
    // A security group of this organization, which it must not hand to the other's operator.
    QVERIFY(m_db->run(u"INSERT INTO security_groups (group_id, name, name_key, permissions, created_at) "
                      "VALUES (?, 'Helpdesk', 'helpdesk', 1, 'now')"_s,
                      {alpha->id}));

    auto roles = m_db->run(u"SELECT owner_role FROM database_roles"_s);
    QVERIFY(roles && roles->next());
    m_values = {
        {u"ROOT"_s, QString::number(root->id)},
        {u"ALPHA"_s, QString::number(alpha->id)},
        {u"BETA"_s, QString::number(beta->id)},
        {u"A1"_s, QString::number(a1)},
        {u"A2"_s, QString::number(a2->id)},
        {u"B2"_s, QString::number(b2)},
        {u"B1"_s, QString::number(b1)},
        {u"BOB"_s, QString::number(bob)},
        {u"ALICE"_s, QString::number(alice)},
        {u"CAROL"_s, QString::number(carol)},
        {u"OWNER"_s, roles->value(0).toString()},
        {u"ALICE_ROLE"_s, OperatorRoles::roleName(m_db->address().database, u"alice"_s)},
        {u"CAROL_ROLE"_s, OperatorRoles::roleName(m_db->address().database, u"carol"_s)},
        {u"BOB_ROLE"_s, OperatorRoles::roleName(m_db->address().database, u"bob"_s)},
        {u"TOM_ROLE"_s, OperatorRoles::roleName(m_db->address().database, u"tom"_s)},
    };
}

void TestRlsEscape::cleanupTestCase()
{
    m_db.reset();
}

TestRlsEscape::Run TestRlsEscape::psql(const QString &role, const QString &rolePassword,
                                       const QStringList &statements) const
{
    const DatabaseAddress &address = m_db->address();
    QStringList arguments {u"-X"_s, u"-q"_s,
                           u"-A"_s, u"-t"_s,
                           u"-v"_s, u"ON_ERROR_STOP=1"_s,
                           u"-h"_s, address.host,
                           u"-p"_s, QString::number(address.effectivePort()),
                           u"-U"_s, role,
                           u"-d"_s, address.database};
    for (const QString &statement : statements)
        arguments << u"-c"_s << filled(statement);
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"PGPASSWORD"_s, rolePassword);
    environment.insert(u"PGCONNECT_TIMEOUT"_s, u"10"_s);
    process.setProcessEnvironment(environment);
    process.start(m_psql, arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()).trimmed(),
            QString::fromUtf8(process.readAllStandardError()).trimmed()};
}

Result<std::unique_ptr<Database>> TestRlsEscape::openAs(const QString &login) const
{
    DatabaseAddress address = m_db->address();
    address.user.clear();
    Database::OpenOptions options;
    options.operatorLogin = login;
    options.operatorPassword = password;
    return Database::open(address, options);
}

Result<std::unique_ptr<Database>> TestRlsEscape::signInTomAgain() const
{
    auto session = openAs(u"tom"_s);
    if (!session)
        return session;
    if (auto forgot = m_db->run(u"UPDATE operator_mfa SET last_step = 0"_s); !forgot)
        return fail(forgot.error());
    auto code = Totp::code(m_tomsSecret, Timestamps::now().addSecs(-30));
    if (!code)
        return fail(code.error());
    if (auto signedIn = OperatorSignIn(**session).signIn(u"tom"_s, password, *code); !signedIn)
        return fail(signedIn.error());
    return session;
}

QString TestRlsEscape::filled(QString text) const
{
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it)
        text.replace(u'%' + it.key() + u'%', it.value());
    return text;
}

void TestRlsEscape::shouldKeepTheOperatorInItsOrganization_data()
{
    QTest::addColumn<QString>("role");
    QTest::addColumn<QStringList>("statements");
    QTest::addColumn<Expectation>("expected");
    const QString alice = u"%ALICE_ROLE%"_s;
    const QString carol = u"%CAROL_ROLE%"_s;
    const QString tom = u"%TOM_ROLE%"_s;
    // Carol's and Tom's codes now: the rows run within the same minute.
    auto code = Totp::code(m_carolsSecret, Timestamps::now());
    auto tomsCode = Totp::code(m_tomsSecret, Timestamps::now());
    QVERIFY(code && tomsCode);
    m_values.insert(u"CAROLCODE"_s, *code);
    m_values.insert(u"TOMCODE"_s, *tomsCode);
    const auto row = [](const char *name, const QString &role, const QStringList &statements,
                        const Expectation &expected) {
        QTest::newRow(name) << role << statements << expected;
    };

    // The positive controls: its own organization, and the groups above it, it does see and change.
    row("control: sees its organization's accounts", alice, {u"SELECT count(*) FROM accounts"_s}, answers(u"3"_s));
    row("control: sees its group", alice, {u"SELECT name FROM groups WHERE id = %ALPHA%"_s}, answers(u"Alpha"_s));
    row("control: reads the groups above it", alice, {u"SELECT name FROM groups WHERE id = %ROOT%"_s},
        answers(u"Acme MSP"_s));
    row("control: reads its organization's audit log", alice,
        {u"SELECT count(*) > 0 FROM audit_log WHERE group_id = %ALPHA%"_s}, answers(u"t"_s));
    row("control: changes its organization's account", alice,
        {u"UPDATE accounts SET first_name = 'Ann' WHERE id = %A1% RETURNING first_name"_s}, answers(u"Ann"_s));
    row("control: learns that a login is taken, nothing else", alice,
        {u"SELECT * FROM bc_logins_taken(ARRAY['b1', 'free-login'])"_s}, answers(u"b1"_s));

    row("control: its search finds its own accounts", alice, {u"SELECT count(*) FROM bc_search_accounts('%a1%')"_s},
        answers(u"1"_s));
    row("search another organization's accounts", alice,
        {u"SELECT count(*) FROM bc_search_accounts('%b1%') UNION ALL SELECT count(*) FROM bc_search_accounts('%')"_s},
        answers(u"0\n3"_s));
    row("read another organization's accounts", alice,
        {u"SELECT count(*) FROM accounts WHERE group_id = %BETA% OR id = %B1% OR login_key = 'b1'"_s}, answers(u"0"_s));
    row("read another organization's group", alice, {u"SELECT count(*) FROM groups WHERE id = %BETA%"_s},
        answers(u"0"_s));
    row("read another organization's audit entries", alice,
        {u"SELECT count(*) FROM audit_log WHERE group_id = %BETA% OR summary LIKE '%b1%'"_s}, answers(u"0"_s));
    row("read another organization's links and outbox", alice,
        {u"SELECT (SELECT count(*) FROM account_security_groups WHERE account_id = %BOB%) + "
         "(SELECT count(*) FROM outbox WHERE account_id = %B1%) + (SELECT count(*) FROM operator_roles "
         "WHERE account_id = %BOB%) + (SELECT count(*) FROM operator_mfa WHERE account_id = %BOB%)"_s},
        answers(u"0"_s));
    row("update another organization's accounts", alice,
        {u"WITH changed AS (UPDATE accounts SET first_name = 'x' WHERE group_id = %BETA% RETURNING 1) "
         "SELECT count(*) FROM changed"_s},
        answers(u"0"_s));
    row("delete another organization's accounts", alice,
        {u"WITH gone AS (DELETE FROM accounts WHERE id = %B1% RETURNING 1) SELECT count(*) FROM gone"_s},
        answers(u"0"_s));
    row("update another organization's group", alice,
        {u"WITH changed AS (UPDATE groups SET name = 'x' WHERE id = %BETA% RETURNING 1) SELECT count(*) FROM changed"_s},
        answers(u"0"_s));
    row("delete another organization's group", alice,
        {u"WITH gone AS (DELETE FROM groups WHERE id = %BETA% RETURNING 1) SELECT count(*) FROM gone"_s},
        answers(u"0"_s));
    row("insert an account into another organization", alice,
        {u"INSERT INTO accounts (group_id, login, login_key, email, created_at, updated_at) "
         "VALUES (%BETA%, 'evil', 'evil', 'evil@example.com', 'now', 'now')"_s},
        refused());
    row("move an own account into another organization", alice,
        {u"UPDATE accounts SET group_id = %BETA% WHERE id = %A1%"_s}, refused());
    row("add a group to another organization", alice,
        {u"INSERT INTO groups (parent_id, name, name_key, created_at) VALUES (%BETA%, 'x', 'x', 'now')"_s}, refused());
    row("move its own group to the top", alice, {u"UPDATE groups SET parent_id = NULL WHERE id = %ALPHA%"_s},
        refused());
    row("add a security group to another organization's operator", alice,
        {u"INSERT INTO account_security_groups (account_id, security_group_id) SELECT %BOB%, id FROM "
         "security_groups WHERE name = 'Helpdesk'"_s},
        refused());
    row("turn row security off", alice, {u"SET row_security = off"_s, u"SELECT count(*) FROM accounts"_s}, refused());
    row("claim another organization through a custom setting", alice,
        {u"SET bc.group_id = '%BETA%'"_s, u"SET app.tenant = '%BETA%'"_s,
         u"SELECT count(*) FROM accounts WHERE group_id = %BETA%"_s},
        answers(u"0"_s));
    row("create a view", alice, {u"CREATE VIEW everyone AS SELECT * FROM accounts"_s}, refused());
    row("create a temporary view", alice, {u"CREATE TEMP VIEW everyone AS SELECT login FROM accounts"_s}, refused());
    row("create a function", alice,
        {u"CREATE FUNCTION peek() RETURNS bigint LANGUAGE sql AS 'SELECT count(*) FROM accounts'"_s}, refused());
    row("copy the accounts out", alice, {u"COPY accounts (login_key) TO STDOUT"_s}, answers(u"a1\nalice\ncarol"_s));
    row("copy the audit log out", alice,
        {u"COPY (SELECT count(*) FROM audit_log WHERE group_id <> %ALPHA% OR group_id IS NULL) TO STDOUT"_s},
        answers(u"0"_s));
    row("set another organization's operator's password", alice,
        {u"SELECT bc_operator_password(%BOB%, 'SCRAM-SHA-256$4096:c2FsdA==$c3RvcmVk:c2VydmVy')"_s}, refused());
    row("make or drop another organization's role", alice, {u"SELECT bc_operator_role_apply(%BOB%, NULL)"_s},
        refused());
    row("list another organization's groups through the scope function", alice,
        {u"SELECT count(*) FROM bc_groups(true) g WHERE g = %BETA%"_s}, answers(u"0"_s));
    row("read another operator's sign-in facts", alice,
        {u"SELECT count(*) FROM bc_session_operator() WHERE account_id <> (SELECT id FROM accounts "
         "WHERE login_key = 'alice')"_s},
        answers(u"0"_s));
    row("ask the helper functions about another organization", alice,
        {u"SELECT bc_needs_mfa(%BOB%) OR bc_session_verified(%BOB%) OR bc_is_owner()"_s}, refused());
    row("verify a code without an enrolment", alice, {u"SELECT bc_verify_code('000000', NULL)"_s},
        answers(u"not-enrolled"_s));
    row("rewrite its own audit entries", alice, {u"UPDATE audit_log SET summary = 'x' WHERE group_id = %ALPHA%"_s},
        refused());
    row("delete its own audit entries", alice, {u"DELETE FROM audit_log WHERE group_id = %ALPHA%"_s}, refused());
    row("truncate the audit log", alice, {u"TRUNCATE audit_log"_s}, refused());
    row("write an audit entry into another organization", alice,
        {u"INSERT INTO audit_log (at, actor, action, object_type, summary, group_id) "
         "VALUES ('now', 'bob', 'x', 'x', 'x', %BETA%)"_s},
        refused());
    row("write an audit entry in another operator's name", alice,
        {u"INSERT INTO audit_log (at, actor, action, object_type, summary, group_id) "
         "VALUES ('now', 'bob', 'forged', 'x', 'forged', %ALPHA%)"_s,
         u"SELECT actor FROM audit_log WHERE action = 'forged'"_s},
        answers(u"alice"_s));
    row("control: sees its organization's deleted accounts", alice,
        {u"SELECT string_agg(login, ',' ORDER BY login) FROM recycle_bin"_s}, answers(u"a2,a3"_s));
    row("control: learns that a deleted account's login is taken", alice,
        {u"SELECT * FROM bc_logins_taken(ARRAY['b2', 'a3'])"_s}, answers(u"a3\nb2"_s));
    row("read another organization's deleted accounts", alice,
        {u"SELECT count(*) FROM recycle_bin WHERE group_id = %BETA% OR account_id = %B2% OR login_key = 'b2'"_s},
        answers(u"0"_s));
    row("purge another organization's deleted accounts", alice,
        {u"WITH gone AS (DELETE FROM recycle_bin WHERE group_id = %BETA% RETURNING 1) SELECT count(*) FROM gone"_s},
        answers(u"0"_s));
    row("keep an account in another organization's recycle bin", alice,
        {u"INSERT INTO recycle_bin (account_id, group_id, login, login_key, deleted_at, account) "
         "VALUES (999999, %BETA%, 'evil', 'evil', 'now', '{}')"_s},
        refused());
    row("read the deleted accounts' password hashes", alice, {u"SELECT password_hash FROM recycle_bin"_s}, refused());
    row("write a deleted account's password hash", alice,
        {u"UPDATE recycle_bin SET password_hash = 'x' WHERE account_id = %A2%"_s}, refused());
    row("read the password hashes", alice, {u"SELECT password_hash FROM accounts WHERE id = %A1%"_s}, refused());
    row("read the TOTP secrets", alice, {u"SELECT secret FROM operator_mfa"_s}, refused());
    row("read the recovery codes' hashes", alice, {u"SELECT code_hash FROM operator_recovery_codes"_s}, refused());
    row("read the failed sign-ins", alice, {u"SELECT count(*) FROM sign_in_failures"_s}, refused());
    row("change the database's settings", alice,
        {u"INSERT INTO database_settings (\"key\", value) VALUES ('smtp.host', 'evil.example.com')"_s}, refused());
    row("grant itself the owner's role", alice, {u"GRANT %OWNER% TO CURRENT_USER"_s}, refused());
    row("become the owner", alice, {u"SET ROLE %OWNER%"_s}, refused());
    row("give itself more rights", alice, {u"ALTER ROLE CURRENT_USER BYPASSRLS"_s}, refused());
    row("create a role", alice, {u"CREATE ROLE helper LOGIN PASSWORD 'x'"_s}, refused());
    row("disable row security", alice, {u"ALTER TABLE accounts DISABLE ROW LEVEL SECURITY"_s}, refused());
    row("stop forcing row security", alice, {u"ALTER TABLE accounts NO FORCE ROW LEVEL SECURITY"_s}, refused());
    row("read the roles' passwords", alice, {u"SELECT rolpassword FROM pg_authid"_s}, refused());
    // 0018: the top group's shortcut.
    row("pass for the top group's operator", alice,
        {u"SELECT bc_sees_everything()"_s, u"SELECT count(*) FROM accounts"_s}, answers(u"f\n3"_s));
    row("install row security again, its own way", alice, {u"CALL bc_row_security_install()"_s}, refused());
    row("call the installer that 0018 wraps", alice, {u"CALL bc_row_security_install_0017()"_s}, refused());

    // Multi-factor authentication: nothing until the database itself verified the code.
    row("work before the MFA code is verified", carol,
        {u"SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM groups)"_s}, answers(u"0"_s));
    row("mark its own session verified by inserting directly", carol,
        {u"INSERT INTO operator_sessions (pid, started, account_id, verified_at) SELECT pg_backend_pid(), "
         "backend_start, %CAROL%, now() FROM pg_stat_activity WHERE pid = pg_backend_pid()"_s},
        refused());
    row("verify with a wrong code", carol,
        {u"SELECT bc_verify_code('000000', NULL)"_s, u"SELECT count(*) FROM accounts"_s}, answers(u"wrong\n0"_s));
    row("control: verified, it works", carol,
        {u"SELECT bc_verify_code('%CAROLCODE%', NULL)"_s, u"SELECT count(*) FROM accounts"_s},
        answers(u"verified\n3"_s));
    // 0020: a verified session's further connections present a key instead of a code.
    row("read the sessions' keys", alice, {u"SELECT count(*) FROM operator_session_keys"_s}, refused());
    row("take a key before the code is verified", carol, {u"SELECT bc_issue_session_key() IS NULL"_s}, answers(u"t"_s));
    row("resume a session with a made-up key", carol,
        {u"SELECT bc_resume_session('00')"_s, u"SELECT bc_resume_session(NULL)"_s, u"SELECT count(*) FROM accounts"_s},
        answers(u"f\nf\n0"_s));
    row("replay the code just used", carol, {u"SELECT bc_verify_code('%CAROLCODE%', NULL)"_s}, answers(u"used"_s));
    // The top group's operator needs its code too before the shortcut lets it see everything.
    row("top group's operator works before its code is verified", tom,
        {u"SELECT bc_sees_everything()"_s,
         u"SELECT (SELECT count(*) FROM accounts) + (SELECT count(*) FROM bc_search_accounts('%')) + "
         "(SELECT count(*) FROM audit_log) + (SELECT count(*) FROM groups)"_s},
        answers(u"f\n0"_s));
    row("control: the top group's operator, verified, sees every organization", tom,
        {u"SELECT bc_verify_code('%TOMCODE%', NULL)"_s, u"SELECT bc_sees_everything()"_s,
         u"SELECT count(*) FROM accounts WHERE group_id = %BETA%"_s,
         u"SELECT count(*) FROM bc_search_accounts('%b1%')"_s,
         u"SELECT count(*) > 0 FROM audit_log WHERE group_id = %BETA%"_s, u"SELECT count(*) FROM groups"_s},
        answers(u"verified\nt\n2\n1\nt\n3"_s));
}

void TestRlsEscape::shouldKeepTheOperatorInItsOrganization()
{
    QFETCH(QString, role);
    QFETCH(QStringList, statements);
    QFETCH(Expectation, expected);
    const Run run = psql(filled(role), password, statements);
    if (expected.error) {
        QVERIFY2(
            run.exitCode > 0 && !run.errors.contains("could not connect"_L1)
                && !run.errors.contains("authentication failed"_L1),
            qPrintable(u"the attempt went through (exit %1): %2 %3"_s.arg(run.exitCode).arg(run.output, run.errors)));
    } else {
        QVERIFY2(run.exitCode == 0, qPrintable(u"psql failed (exit %1): %2"_s.arg(run.exitCode).arg(run.errors)));
        // Rows come in no particular order.
        QStringList lines = run.output.split(u'\n');
        QStringList wanted = expected.output.split(u'\n');
        lines.sort();
        wanted.sort();
        QCOMPARE(lines, wanted);
    }
}

// The list's worker opens the session's address by its URL (AccountPages): it must be the
// operator's role too, and know it, so that it runs an operator's statements (bc_search_accounts).
void TestRlsEscape::shouldOpenAWorkersConnectionOnTheOperatorsRole()
{
    auto session = openAs(u"alice"_s);
    QVERIFY2(session, qPrintable(session ? QString() : describe(session.error())));
    QVERIFY((*session)->isOperatorRole());
    auto worker = Database::open((*session)->location());
    QVERIFY2(worker, qPrintable(worker ? QString() : describe(worker.error())));
    QVERIFY((*worker)->isOperatorRole());
    auto seen = (*worker)->run(u"SELECT session_user, count(*) FROM accounts GROUP BY 1"_s);
    QVERIFY(seen && seen->next());
    QCOMPARE(seen->value(0).toString(), filled(u"%ALICE_ROLE%"_s));
    QCOMPARE(seen->value(1).toInt(), 3);
    // The owner's address stays the owner's.
    auto owner = Database::open(m_db->location());
    QVERIFY(owner);
    QVERIFY(!(*owner)->isOperatorRole());
}

void TestRlsEscape::shouldVerifyAFurtherSessionWithTheKeyOfTheSameOperatorOnly()
{
    // Carol verifies its code (the next step's: the rows used this one) and takes a key.
    auto code = Totp::code(m_carolsSecret, Timestamps::now().addSecs(30));
    QVERIFY(code);
    const QString carol = filled(u"%CAROL_ROLE%"_s);
    const Run first = psql(carol, password,
                           {u"SELECT bc_verify_code('%1', NULL)"_s.arg(*code), u"SELECT bc_issue_session_key()"_s,
                            u"SELECT bc_issue_session_key()"_s});
    const QStringList answers = first.output.split(u'\n');
    QCOMPARE(answers.size(), 3);
    QCOMPARE(answers.at(0), u"verified"_s);
    const QString key = answers.at(1);
    QCOMPARE(key.size(), 64);
    QVERIFY(answers.at(2) != key); // each is new
    const QString resume = u"SELECT bc_resume_session('%1')"_s.arg(key);
    const QString count = u"SELECT count(*) FROM accounts"_s;

    // Another session of Carol's, after the first ended: nothing before the key, its rows after.
    QCOMPARE(psql(carol, password, {count, resume, count}).output, u"0\nt\n3"_s);
    // Another organization's operator, and an operator without a second factor, get nothing of it.
    QCOMPARE(psql(filled(u"%BOB_ROLE%"_s), password, {resume, count}).output, u"f\n0"_s);
    QCOMPARE(psql(filled(u"%ALICE_ROLE%"_s), password, {resume}).output, u"f"_s);
    // Twelve hours after its last use, with no session of it left, the key verifies nothing.
    QVERIFY(m_db->run(u"UPDATE operator_session_keys SET last_used = now() - interval '13 hours'"_s));
    QCOMPARE(psql(carol, password, {resume, count}).output, u"f\n0"_s);
}

// A console's list and outbox open their connections after the operator signed in, and any of them
// opens again after the server dropped it: each is verified with the session's key, without a code.
void TestRlsEscape::shouldVerifyTheFurtherConnectionsOfASignedInSession()
{
    auto session = openAs(u"tom"_s);
    QVERIFY2(session, qPrintable(session ? QString() : describe(session.error())));
    const auto seen = [](Database &database) {
        auto query = database.run(u"SELECT count(*) FROM accounts"_s);
        return query && query->next() ? query->value(0).toInt() : -1;
    };
    auto early = Database::open((*session)->location());
    QVERIFY(early);
    QCOMPARE(seen(**early), 0);

    auto code = Totp::code(m_tomsSecret, Timestamps::now().addSecs(30));
    QVERIFY(code);
    auto signedIn = OperatorSignIn(**session).signIn(u"tom"_s, password, *code);
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : describe(signedIn.error())));
    QCOMPARE(seen(**session), 6);
    auto worker = Database::open((*session)->location());
    QVERIFY2(worker, qPrintable(worker ? QString() : describe(worker.error())));
    QCOMPARE(seen(**worker), 6);

    // The server ends the worker's process: its next statement connects again, and is verified again.
    auto pid = (*worker)->run(u"SELECT pg_backend_pid()"_s);
    QVERIFY(pid && pid->next());
    QVERIFY(m_db->run(u"SELECT pg_terminate_backend(?)"_s, {pid->value(0).toInt()}));
    QCOMPARE(seen(**worker), 6);

    // Signed out: a further connection needs the code again.
    Database::forgetVerification((*session)->address(), u"tom"_s);
    auto later = Database::open((*session)->location());
    QVERIFY(later);
    QCOMPARE(seen(**later), 0);
}

void TestRlsEscape::shouldSayTheSignInEndedWhenItsKeyExpiredWhileTheServerWasAway()
{
    auto session = signInTomAgain();
    QVERIFY2(session, qPrintable(session ? QString() : describe(session.error())));
    auto worker = Database::open((*session)->location());
    QVERIFY2(worker, qPrintable(worker ? QString() : describe(worker.error())));
    auto pid = (*worker)->run(u"SELECT pg_backend_pid()"_s);
    QVERIFY(pid && pid->next());

    // The worker's connection goes away, and while it is away the key it was verified with ends.
    QVERIFY(m_db->run(u"SELECT pg_terminate_backend(?)"_s, {pid->value(0).toInt()}));
    QVERIFY(m_db->run(u"UPDATE operator_session_keys SET last_used = last_used - interval '13 hours'"_s));
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto read = (*worker)->run(u"SELECT count(*) FROM accounts"_s);
        QVERIFY(!read);
        // Not "the server cannot be reached": it can, and the operator must sign in again.
        QCOMPARE(read.error().code, Error::Code::NotAllowed);
        QVERIFY2(read.error().message.contains(u"sign in again"_s), qPrintable(read.error().message));
    }
    QCOMPARE((*worker)->reconnect().error().code, Error::Code::NotAllowed);
    Database::forgetVerification((*session)->address(), u"tom"_s);
}

void TestRlsEscape::shouldEndTheSessionKeyOnTheServerWhenTheWorkspaceSignsOut()
{
    auto session = signInTomAgain();
    QVERIFY2(session, qPrintable(session ? QString() : describe(session.error())));
    const auto seen = [](Database &database) {
        auto query = database.run(u"SELECT count(*) FROM accounts"_s);
        return query && query->next() ? query->value(0).toInt() : -1;
    };
    auto other = Database::open((*session)->location());
    QVERIFY2(other, qPrintable(other ? QString() : describe(other.error())));
    QCOMPARE(seen(**other), 6);
    auto keys = m_db->run(u"SELECT count(*) FROM operator_session_keys"_s);
    QVERIFY(keys && keys->next());
    const int keysBefore = keys->value(0).toInt();
    QVERIFY(keysBefore >= 1);

    // The console signs out: it forgets the key and hands it to the closing workspace.
    QString key;
    {
        Workspace workspace((*session)->address(), [] {
            Database::OpenOptions options;
            options.operatorLogin = u"tom"_s;
            options.operatorPassword = password;
            return options;
        }());
        auto opened = workspace.open();
        QTRY_VERIFY(opened.isFinished());
        QVERIFY2(opened.result(), qPrintable(opened.result() ? QString() : describe(opened.result().error())));
        key = Database::forgetVerification((*session)->address(), u"tom"_s);
        QVERIFY(!key.isEmpty());
        workspace.endSignIn(key);
    }
    // The key is gone from the server, and what it verified is verified no more.
    keys = m_db->run(u"SELECT count(*) FROM operator_session_keys"_s);
    QVERIFY(keys && keys->next());
    QCOMPARE(keys->value(0).toInt(), keysBefore - 1);
    QCOMPARE(seen(**other), 0);
    (*session)->shareVerification(key);
    auto stolen = Database::open((*session)->location());
    QVERIFY(!stolen);
    QCOMPARE(stolen.error().code, Error::Code::NotAllowed);
    Database::forgetVerification((*session)->address(), u"tom"_s);
}

void TestRlsEscape::shouldRestoreAnAccountWithItsPasswordOnTheOperatorsRole()
{
    // Alice's console restores a deleted account of her organization: its password hash, which her
    // role may neither read nor write, comes back with it (bc_restore_password); Bob's stays kept.
    const qint64 a2 = filled(u"%A2%"_s).toLongLong();
    const qint64 b2 = filled(u"%B2%"_s).toLongLong();
    auto kept = m_db->run(u"SELECT password_hash FROM recycle_bin WHERE account_id = ?"_s, {a2});
    QVERIFY(kept && kept->next());
    const QString hash = kept->value(0).toString();
    QVERIFY(!hash.isEmpty());
    auto opened = openAs(u"alice"_s);
    QVERIFY2(opened, qPrintable(opened ? QString() : describe(opened.error())));
    {
        AccountService accounts(**opened);
        auto listed = accounts.deletedAccounts(0);
        QVERIFY2(listed, qPrintable(listed ? QString() : describe(listed.error())));
        QStringList logins;
        for (const DeletedAccount &deleted : std::as_const(*listed))
            logins.append(deleted.account.login);
        logins.sort();
        QCOMPARE(logins, (QStringList {u"a2"_s, u"a3"_s}));
        const BulkOutcome outcome = accounts.restoreAll({a2, b2});
        QCOMPARE(outcome.changed, QList<qint64> {a2});
        QCOMPARE(outcome.failed.size(), 1);
        QCOMPARE(outcome.failed.first().accountId, b2);
    }
    auto restored = m_db->run(u"SELECT password_hash, status FROM accounts WHERE id = ?"_s, {a2});
    QVERIFY(restored && restored->next());
    QCOMPARE(restored->value(0).toString(), hash);
    QCOMPARE(restored->value(1).toString(), u"active"_s);
    auto stillKept = m_db->run(u"SELECT count(*) FROM recycle_bin WHERE account_id = ?"_s, {b2});
    QVERIFY(stillKept && stillKept->next());
    QCOMPARE(stillKept->value(0).toInt(), 1);
    // Gone again for good, so that the organization's counts below are as they were.
    AccountService owners(*m_db);
    QVERIFY(owners.remove(a2));
    QVERIFY(owners.purgeAll({a2}).isComplete());
}

void TestRlsEscape::shouldGiveTheRoleThePasswordAndNotTheOwnersRights()
{
    const QString alice = filled(u"%ALICE_ROLE%"_s);
    // The role signs in with the operator's password only; the owner's role signs in not at all.
    QCOMPARE(psql(alice, password, {u"SELECT 1"_s}).output, u"1"_s);
    QCOMPARE(psql(alice, u"wrong-password"_s, {u"SELECT 1"_s}).exitCode, 2);
    QCOMPARE(psql(filled(u"%OWNER%"_s), password, {u"SELECT 1"_s}).exitCode, 2);
    // No role of this database may pass row security or make roles, but the owner's, which makes
    // the operators' through its definer functions.
    auto flags = m_db->run(u"SELECT count(*) FROM pg_roles r WHERE (r.rolbypassrls OR r.rolsuper OR r.rolcreatedb "
                           "OR (r.rolcreaterole AND r.rolname <> ?)) AND (r.rolname IN (SELECT role_name FROM "
                           "operator_roles) OR r.rolname IN (SELECT operator_role FROM database_roles) "
                           "OR r.rolname IN (SELECT owner_role FROM database_roles))"_s,
                           {filled(u"%OWNER%"_s)});
    QVERIFY(flags && flags->next());
    QCOMPARE(flags->value(0).toInt(), 0);

    // A new password hash takes the role's password away until core gives it the new one.
    const qint64 aliceId = filled(u"%ALICE%"_s).toLongLong();
    QVERIFY(m_db->run(u"UPDATE accounts SET password_hash = password_hash || 'x' WHERE id = ?"_s, {aliceId}));
    QCOMPARE(psql(alice, password, {u"SELECT 1"_s}).exitCode, 2);
    const QString changed = u"Another-Horse-Battery-7"_s;
    QVERIFY(m_db->write([&] { return OperatorRoles(*m_db).setPassword(aliceId, changed); }));
    QCOMPARE(psql(alice, changed, {u"SELECT 1"_s}).output, u"1"_s);
    QCOMPARE(psql(alice, password, {u"SELECT 1"_s}).exitCode, 2);
    // Disabled: the role may not sign in; deleted: the role is gone (0028: once per statement).
    QVERIFY(m_db->run(u"UPDATE accounts SET status = 'disabled' WHERE id = ?"_s, {aliceId}));
    QCOMPARE(psql(alice, changed, {u"SELECT 1"_s}).exitCode, 2);
    // Enabled by a statement that writes every account of her organization: the role signs in again.
    QVERIFY(m_db->run(u"UPDATE accounts SET status = CASE WHEN id = ? THEN 'active' ELSE status END "
                      "WHERE group_id = (SELECT group_id FROM accounts WHERE id = ?)"_s,
                      {aliceId, aliceId}));
    QCOMPARE(psql(alice, changed, {u"SELECT 1"_s}).output, u"1"_s);
    QVERIFY(m_db->run(u"DELETE FROM accounts WHERE id = ?"_s, {aliceId}));
    auto gone = m_db->run(u"SELECT count(*) FROM pg_roles WHERE rolname = ?"_s, {alice});
    QVERIFY(gone && gone->next());
    QCOMPARE(gone->value(0).toInt(), 0);
}

void TestRlsEscape::shouldForgetTheSessionsThatEnded()
{
    // Bob verifies its code in a psql session, which ends with psql: its row stays until the next
    // verification forgets it (0019). A row of a process that still runs stays (this connection's).
    const QString bob = filled(u"%BOB_ROLE%"_s);
    const auto count = [this](const QString &where) {
        auto query = m_db->run(filled(u"SELECT count(*) FROM operator_sessions WHERE "_s + where));
        return query && query->next() ? query->value(0).toInt() : -1;
    };
    QVERIFY(m_db->run(filled(u"INSERT INTO operator_sessions (pid, started, account_id, verified_at) "
                             "SELECT pg_backend_pid(), backend_start, %CAROL%, now() FROM pg_stat_activity "
                             "WHERE pid = pg_backend_pid()"_s)));
    const auto verify = [&](const QDateTime &at) {
        auto code = Totp::code(m_bobsSecret, at);
        return code ? psql(bob, password, {u"SELECT bc_verify_code('%1', NULL)"_s.arg(*code)}).output : QString();
    };
    QCOMPARE(verify(Timestamps::now()), u"verified"_s);
    QCOMPARE(count(u"account_id = %BOB%"_s), 1);
    QCOMPARE(verify(Timestamps::now().addSecs(30)), u"verified"_s); // the next step's code: each is single-use
    QCOMPARE(count(u"account_id = %BOB%"_s), 1);
    QCOMPARE(count(u"pid = pg_backend_pid()"_s), 1);
    QVERIFY(m_db->run(u"DELETE FROM operator_sessions WHERE pid = pg_backend_pid()"_s));
}

// An operator's role opens a database an older console wrote: it may not migrate it, and says who may.
void TestRlsEscape::shouldLeaveAnOlderSchemaToTheOwner()
{
    const QString location = freshLocation(u"rlsolder"_s);
    QVERIFY(!location.isEmpty());
    const int older = Database::schemaVersion() - 1;
    {
        Database::OpenOptions options;
        options.stopAtSchema = older;
        auto owner = Database::open(location, options);
        QVERIFY2(owner, qPrintable(owner ? QString() : describe(owner.error())));
        auto root = GroupService(**owner).createRoot(u"Older MSP"_s);
        QVERIFY(root);
        AccountDraft draft = personDraft(u"olga"_s);
        draft.administrator = true;
        // Today's AccountService asks tables the older schema lacks (the recycle bin, 0021): the
        // operator is written as that schema's console wrote it, its row and then its role's password.
        auto hash = PasswordHasher::hash(password);
        QVERIFY(hash);
        auto written = (*owner)->write([&]() -> Result<void> {
            auto olga = AccountStore(**owner).insert(root->id, draft, AccountStatus::Active, Timestamps::now(), *hash);
            if (!olga)
                return fail(olga.error());
            return OperatorRoles(**owner).setPassword(olga->id, password);
        });
        QVERIFY2(written, qPrintable(written ? QString() : describe(written.error())));
    }
    auto address = DatabaseAddress::parse(location);
    QVERIFY(address);
    address->user.clear();
    Database::OpenOptions asOperator;
    asOperator.operatorLogin = u"olga"_s;
    asOperator.operatorPassword = password;
    auto refused = Database::open(*address, asOperator);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QVERIFY2(refused.error().message.contains(u"owner"_s), qPrintable(refused.error().message));
    // Once the owner updated it, the operator works on it.
    QVERIFY(Database::open(location));
    auto opened = Database::open(*address, asOperator);
    QVERIFY2(opened, qPrintable(opened ? QString() : describe(opened.error())));
    auto version = (*opened)->run(u"SELECT version FROM schema_version"_s);
    QVERIFY(version && version->next());
    QCOMPARE(version->value(0).toInt(), Database::schemaVersion());
}

QTEST_GUILESS_MAIN(TestRlsEscape)
#include "tst_rls_escape.moc"
