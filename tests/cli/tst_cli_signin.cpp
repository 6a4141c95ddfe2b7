#include "tests/cli/clitest.h"
#include "tests/common/fixture.h"

#include "tests/common/testdatabase.h"

#include <QJsonArray>
#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString password = u"Kite-Harbor-Lantern-93"_s;

} // namespace

// The command line signs in as an operator (--operator, or the environment) once the database has
// one, and every command asks core whether that operator may: exit status 4 when nobody signed in
// or the operator may not, the message naming what is missing.
//
// The tree: Acme MSP (msp, an administrator) / Contoso (admin, an administrator; helpdesk, with
// the security group Helpdesk: create and edit accounts; auditor, with Auditors: the audit log)
// / Sales; and Acme MSP / Fabrikam, a sibling with an account of its own.
//
// Making that tree takes a dozen commands and four Argon2id hashes, some seconds. The cases that
// change nothing (a refusal, a read) share one made once (useSharedTree); the others make their own.
class TestCliSignIn final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void shouldWorkAsTodayUntilTheFirstOperatorExists();
    void shouldExitFourForEachMissingPiece_data();
    void shouldExitFourForEachMissingPiece();
    void shouldTakeTheOperatorFromOptionsOrEnvironment_data();
    void shouldTakeTheOperatorFromOptionsOrEnvironment();
    void shouldAskForTheCodeOfAnEnrolledOperator();
    void shouldReadOneOperatorPasswordFromStandardInput();
    void shouldKeepAnOrganizationOperatorInItsOrganization_data();
    void shouldKeepAnOrganizationOperatorInItsOrganization();
    void shouldNotLetAnOperatorGiveMoreThanItHas_data();
    void shouldNotLetAnOperatorGiveMoreThanItHas();
    void shouldListOnlyTheOperatorsSubtree();
    void shouldListTheOperatorsItReaches();
    void shouldShowAnOperatorsScopePermissionsAndMfa();
    void shouldNameTheOperatorInTheAuditLog();
    void shouldRequireMfaWhereAGroupSaysSo();
    void shouldOfferOnlyTheTopGroupsOperatorsOnMariaDb();
    void shouldConnectAsTheOperatorsOwnRoleOnPostgreSql();

private:
    void buildTree();
    // Points the test at the tree made in initTestCase(), for a case that changes nothing.
    void useSharedTree();
    // The CLI on this test's database, signed in through the environment as `login`.
    Run as(const QString &login, const QStringList &arguments, const QByteArray &input = QByteArray()) const;
    QProcessEnvironment signedIn(const QString &login) const;
    // The logins `command --json` shows `login`, in its order: from an array of objects, or from
    // the "accounts" of an object.
    QStringList loginsShownTo(const QString &login, const QStringList &command) const;

    QString m_sharedTree; // made outside of any test function, it lives as long as the test
};

void TestCliSignIn::initTestCase()
{
    init();
    buildTree();
    m_sharedTree = m_database;
    cleanup();
}

void TestCliSignIn::useSharedTree()
{
    QVERIFY2(!m_sharedTree.isEmpty(), "initTestCase() made no tree");
    m_database = m_sharedTree;
}

QStringList TestCliSignIn::loginsShownTo(const QString &login, const QStringList &command) const
{
    const Run run = as(login, command + QStringList {u"--json"_s});
    if (run.exitCode != 0)
        qWarning().noquote() << run.err;
    const QJsonDocument json = parse(run);
    QStringList found;
    for (const QJsonValue &row : json.isArray() ? json.array() : json.object()[u"accounts"_s].toArray())
        found.append(row[u"login"_s].toString());
    return found;
}

QProcessEnvironment TestCliSignIn::signedIn(const QString &login) const
{
    QProcessEnvironment env = environment();
    env.insert(u"BACKUP_CONSOLE_OPERATOR"_s, login);
    env.insert(u"BACKUP_CONSOLE_OPERATOR_PASSWORD"_s, password);
    return env;
}

CliTest::Run TestCliSignIn::as(const QString &login, const QStringList &arguments, const QByteArray &input) const
{
    return cliRaw(arguments + QStringList {u"--database"_s, m_database}, signedIn(login), input);
}

void TestCliSignIn::buildTree()
{
    addRootAndCustomer();
    Run run = cli({u"group"_s, u"add"_s, u"Fabrikam"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    addItem(u"security-group"_s, u"Acme MSP/Contoso"_s, u"Helpdesk"_s,
            {u"--permission"_s, u"create-accounts"_s, u"--permission"_s, u"edit-accounts"_s});
    addItem(u"security-group"_s, u"Acme MSP/Contoso"_s, u"Auditors"_s, {u"--permission"_s, u"view-audit-log"_s});
    addItem(u"security-group"_s, u"Acme MSP/Contoso"_s, u"Everything"_s,
            {u"--permission"_s, u"create-accounts"_s, u"--permission"_s, u"edit-accounts"_s, u"--permission"_s,
             u"delete-accounts"_s, u"--permission"_s, u"manage-groups"_s, u"--permission"_s, u"view-audit-log"_s,
             u"--permission"_s, u"manage-settings"_s, u"--permission"_s, u"manage-operators"_s});
    addAccount(u"fabrikam-user"_s, u"Acme MSP/Fabrikam"_s);
    addAccount(u"contoso-user"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"sales-user"_s, u"Acme MSP/Contoso/Sales"_s);
    const QStringList admin {
        u"--admin"_s,         u"--phone"_s, u"+1 555 0100 200"_s, u"--address"_s, u"1 Main Street, Springfield"_s,
        u"--password-stdin"_s};
    // The first operator, made without a sign-in; the others by it.
    const QByteArray input = password.toUtf8() + '\n';
    run = cliWithInput(QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--login"_s, u"msp"_s,
                                    u"--email"_s, u"msp@example.com"_s}
                           + admin,
                       input);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const std::pair<QString, QStringList> operators[] {
        {u"admin"_s, admin},
        {u"helpdesk"_s, {u"--security-group"_s, u"Helpdesk"_s, u"--password-stdin"_s}},
        {u"auditor"_s, {u"--security-group"_s, u"Auditors"_s, u"--password-stdin"_s}},
    };
    for (const auto &[login, extra] : operators) {
        run = as(u"msp"_s,
                 QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--login"_s, login,
                              u"--email"_s, login + u"@example.com"_s}
                     + extra,
                 input);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    }
}

void TestCliSignIn::shouldWorkAsTodayUntilTheFirstOperatorExists()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    addRootAndCustomer();
    // An administrator without a password is no operator.
    addAccount(u"boss"_s, u"Acme MSP/Contoso"_s,
               {u"--admin"_s, u"--phone"_s, u"+1 555 0100 200"_s, u"--address"_s, u"1 Main Street, Springfield"_s});
    Run run = cli({u"account"_s, u"list"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = cliWithInput({u"account"_s, u"edit"_s, u"boss"_s, u"--password-stdin"_s}, password.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"--operator"_s), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    run = as(u"boss"_s, {u"account"_s, u"list"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliSignIn::shouldExitFourForEachMissingPiece_data()
{
    QTest::addColumn<QStringList>("environment"); // NAME=VALUE
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("says");
    QTest::newRow("no operator") << QStringList() << QStringList() << u"sign in with --operator LOGIN"_s;
    QTest::newRow("no password") << QStringList() << QStringList {u"--operator"_s, u"helpdesk"_s}
                                 << u"No password for the operator \"helpdesk\""_s;
    QTest::newRow("wrong password") << QStringList {u"BACKUP_CONSOLE_OPERATOR_PASSWORD=wrong-horse-battery"_s}
                                    << QStringList {u"--operator"_s, u"helpdesk"_s}
                                    << u"The login or the password is wrong"_s;
    QTest::newRow("unknown operator") << QStringList {u"BACKUP_CONSOLE_OPERATOR_PASSWORD="_s + password}
                                      << QStringList {u"--operator"_s, u"nobody"_s}
                                      << u"The login or the password is wrong"_s;
    QTest::newRow("an account that is no operator")
        << QStringList {u"BACKUP_CONSOLE_OPERATOR=contoso-user"_s, u"BACKUP_CONSOLE_OPERATOR_PASSWORD="_s + password}
        << QStringList() << u"The login or the password is wrong"_s;
    QTest::newRow("not allowed") << QStringList {u"BACKUP_CONSOLE_OPERATOR_PASSWORD="_s + password}
                                 << QStringList {u"--operator"_s, u"auditor"_s}
                                 << (bc::test::organizationOperatorsSignIn()
                                         ? u"lacks the permission \"Delete accounts\""_s
                                         : u"only operators of the top group sign in here"_s);
}

void TestCliSignIn::shouldExitFourForEachMissingPiece()
{
    QFETCH(QStringList, environment);
    QFETCH(QStringList, options);
    QFETCH(QString, says);
    useSharedTree(); // refused: nothing changes
    QProcessEnvironment env = this->environment();
    env.remove(u"BACKUP_CONSOLE_OPERATOR"_s);
    env.remove(u"BACKUP_CONSOLE_OPERATOR_PASSWORD"_s);
    for (const QString &pair : std::as_const(environment))
        env.insert(pair.section(u'=', 0, 0), pair.section(u'=', 1));
    const Run run =
        cliRaw(QStringList {u"account"_s, u"delete"_s, u"sales-user"_s, u"--database"_s, m_database} + options, env);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    // Nothing happened.
    QVERIFY2(as(u"msp"_s, {u"account"_s, u"show"_s, u"sales-user"_s}).exitCode == 0, "the account is gone");
}

void TestCliSignIn::shouldTakeTheOperatorFromOptionsOrEnvironment_data()
{
    QTest::addColumn<bool>("loginFromEnvironment");
    QTest::addColumn<bool>("passwordFromStandardInput");
    QTest::newRow("environment, environment") << true << false;
    QTest::newRow("option, environment") << false << false;
    QTest::newRow("option, standard input") << false << true;
    QTest::newRow("environment, standard input") << true << true;
}

void TestCliSignIn::shouldTakeTheOperatorFromOptionsOrEnvironment()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    QFETCH(bool, loginFromEnvironment);
    QFETCH(bool, passwordFromStandardInput);
    buildTree();
    QProcessEnvironment env = environment();
    QStringList arguments {u"account"_s, u"disable"_s, u"sales-user"_s, u"--json"_s, u"--database"_s, m_database};
    if (loginFromEnvironment)
        env.insert(u"BACKUP_CONSOLE_OPERATOR"_s, u"helpdesk"_s);
    else
        arguments << u"--operator"_s << u"helpdesk"_s;
    QByteArray input;
    if (passwordFromStandardInput) {
        arguments << u"--operator-password-stdin"_s;
        input = password.toUtf8() + '\n';
        // The option wins over the environment's (wrong) password.
        env.insert(u"BACKUP_CONSOLE_OPERATOR_PASSWORD"_s, u"wrong-horse-battery"_s);
    } else {
        env.insert(u"BACKUP_CONSOLE_OPERATOR_PASSWORD"_s, password);
    }
    const Run run = cliRaw(arguments, env, input);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"status"_s].toString(), u"disabled"_s);
}

void TestCliSignIn::shouldAskForTheCodeOfAnEnrolledOperator()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    buildTree();
    Run run = as(u"helpdesk"_s, {u"operator"_s, u"mfa"_s, u"enroll"_s, u"helpdesk"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray codes = parse(run).object()[u"recoveryCodes"_s].toArray();
    QCOMPARE(codes.size(), 10);

    const QStringList list {u"account"_s, u"list"_s, u"--json"_s};
    run = as(u"helpdesk"_s, list);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"needs a code: give --otp CODE"_s), qPrintable(run.err));
    run = as(u"helpdesk"_s, list + QStringList {u"--otp"_s, u"AAAA-AAAA-AAAA-AAAA"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"The code is wrong"_s), qPrintable(run.err));

    // A recovery code by option, another from the environment; each signs in once.
    run = as(u"helpdesk"_s, list + QStringList {u"--otp"_s, codes.at(0).toString()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QProcessEnvironment env = signedIn(u"helpdesk"_s);
    env.insert(u"BACKUP_CONSOLE_OTP"_s, codes.at(1).toString());
    run = cliRaw(list + QStringList {u"--database"_s, m_database}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = as(u"helpdesk"_s, list + QStringList {u"--otp"_s, codes.at(0).toString()});
    QCOMPARE(run.exitCode, 4);
}

void TestCliSignIn::shouldReadOneOperatorPasswordFromStandardInput()
{
    useSharedTree(); // refused: nothing changes
    // Standard input carries one password: the operator's or the account's, not both.
    const Run run = cliWithInput({u"account"_s, u"edit"_s, u"sales-user"_s, u"--password-stdin"_s, u"--operator"_s,
                                  u"helpdesk"_s, u"--operator-password-stdin"_s},
                                 password.toUtf8() + "\n" + password.toUtf8() + "\n");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--operator-password-stdin"_s), qPrintable(run.err));
}

void TestCliSignIn::shouldKeepAnOrganizationOperatorInItsOrganization_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    const QStringList newAccount {u"--email"_s, u"new@example.com"_s};
    QTest::newRow("add in its own organization")
        << u"helpdesk"_s
        << QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--login"_s, u"new"_s}
            + newAccount
        << 0;
    QTest::newRow("add in a unit below") << u"helpdesk"_s
                                         << QStringList {u"account"_s, u"add"_s,
                                                         u"--group"_s, u"Acme MSP/Contoso/Sales"_s,
                                                         u"--login"_s, u"new"_s}
            + newAccount << 0;
    QTest::newRow("add in a sibling organization")
        << u"helpdesk"_s
        << QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Fabrikam"_s, u"--login"_s, u"new"_s}
            + newAccount
        << 4;
    QTest::newRow("add in the parent") << u"helpdesk"_s
                                       << QStringList {u"account"_s,  u"add"_s,     u"--group"_s,
                                                       u"Acme MSP"_s, u"--login"_s, u"new"_s}
            + newAccount << 4;
    QTest::newRow("edit in a sibling organization")
        << u"admin"_s << QStringList {u"account"_s, u"edit"_s, u"fabrikam-user"_s, u"--first-name"_s, u"Eve"_s} << 4;
    QTest::newRow("disable in a sibling organization")
        << u"admin"_s << QStringList {u"account"_s, u"disable"_s, u"fabrikam-user"_s} << 4;
    QTest::newRow("delete in a sibling organization")
        << u"admin"_s << QStringList {u"account"_s, u"delete"_s, u"fabrikam-user"_s} << 4;
    QTest::newRow("show in a sibling organization")
        << u"admin"_s << QStringList {u"account"_s, u"show"_s, u"fabrikam-user"_s} << 4;
    QTest::newRow("delete below") << u"admin"_s << QStringList {u"account"_s, u"delete"_s, u"sales-user"_s} << 0;
    QTest::newRow("delete without the permission")
        << u"helpdesk"_s << QStringList {u"account"_s, u"delete"_s, u"sales-user"_s} << 4;
    QTest::newRow("rename the parent") << u"admin"_s << QStringList {u"group"_s, u"rename"_s, u"Acme MSP"_s, u"X"_s}
                                       << 4;
    QTest::newRow("rename a sibling") << u"admin"_s
                                      << QStringList {u"group"_s, u"rename"_s, u"Acme MSP/Fabrikam"_s, u"X"_s} << 4;
    QTest::newRow("add a group beside it") << u"admin"_s << QStringList {u"group"_s, u"add"_s, u"Northwind"_s} << 4;
    QTest::newRow("add a group below it")
        << u"admin"_s << QStringList {u"group"_s, u"add"_s, u"North"_s, u"--parent"_s, u"Acme MSP/Contoso"_s} << 0;
    QTest::newRow("a sibling's settings")
        << u"admin"_s << QStringList {u"group"_s, u"settings"_s, u"Acme MSP/Fabrikam"_s} << 4;
    QTest::newRow("a catalog item in the parent")
        << u"admin"_s << QStringList {u"storage"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--name"_s, u"S3"_s} << 4;
    QTest::newRow("a catalog item without the permission")
        << u"helpdesk"_s
        << QStringList {u"storage"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--name"_s, u"S3"_s} << 4;
    QTest::newRow("a sibling's audit log")
        << u"auditor"_s << QStringList {u"audit"_s, u"list"_s, u"--group"_s, u"Acme MSP/Fabrikam"_s} << 4;
    QTest::newRow("the audit log without the permission") << u"helpdesk"_s << QStringList {u"audit"_s, u"list"_s} << 4;
    QTest::newRow("the mail server") << u"admin"_s << QStringList {u"mail"_s, u"settings"_s} << 4;
    QTest::newRow("reset the MFA of an operator above")
        << u"admin"_s << QStringList {u"operator"_s, u"mfa"_s, u"reset"_s, u"msp"_s} << 4;
    QTest::newRow("reset the MFA without the permission")
        << u"helpdesk"_s << QStringList {u"operator"_s, u"mfa"_s, u"reset"_s, u"auditor"_s} << 4;
    QTest::newRow("reset the MFA of an operator below")
        << u"admin"_s << QStringList {u"operator"_s, u"mfa"_s, u"reset"_s, u"helpdesk"_s} << 0;
    QTest::newRow("the top group's operator, anywhere")
        << u"msp"_s << QStringList {u"account"_s, u"disable"_s, u"fabrikam-user"_s} << 0;
}

void TestCliSignIn::shouldKeepAnOrganizationOperatorInItsOrganization()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    QFETCH(QString, who);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    if (exitCode == 0)
        buildTree();
    else
        useSharedTree(); // refused: nothing changes
    const Run run = as(who, arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    if (exitCode == 4) {
        QVERIFY2(run.err.contains(u"The operator \"%1\" may not"_s.arg(who)), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
    }
}

void TestCliSignIn::shouldNotLetAnOperatorGiveMoreThanItHas_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("says"); // empty: allowed
    const QStringList adminFields {u"--phone"_s, u"+1 555 0100 200"_s, u"--address"_s, u"1 Main Street"_s};
    QTest::newRow("itself an administrator")
        << u"helpdesk"_s << QStringList {u"account"_s, u"edit"_s, u"helpdesk"_s, u"--admin"_s} + adminFields
        << u"may not make an account an administrator"_s;
    QTest::newRow("itself every permission")
        << u"helpdesk"_s
        << QStringList {u"account"_s,          u"edit"_s,      u"helpdesk"_s, u"--security-group"_s, u"Helpdesk"_s,
                        u"--security-group"_s, u"Everything"_s}
        << u"may not give the security group \"Everything\""_s;
    QTest::newRow("another the audit log")
        << u"helpdesk"_s
        << QStringList {u"account"_s, u"edit"_s, u"contoso-user"_s, u"--security-group"_s, u"Auditors"_s}
        << u"may not give the security group \"Auditors\""_s;
    QTest::newRow("a new administrator") << u"helpdesk"_s
                                         << QStringList {u"account"_s, u"add"_s,  u"--group"_s, u"Acme MSP/Contoso"_s,
                                                         u"--login"_s, u"boss"_s, u"--email"_s, u"boss@example.com"_s,
                                                         u"--admin"_s}
            + adminFields << u"may not make an account an administrator"_s;
    QTest::newRow("its own security group to another")
        << u"helpdesk"_s
        << QStringList {u"account"_s, u"edit"_s, u"contoso-user"_s, u"--security-group"_s, u"Helpdesk"_s} << QString();
    QTest::newRow("a security group, without managing them")
        << u"helpdesk"_s << QStringList {u"security-group"_s,   u"edit"_s,         u"Helpdesk"_s,       u"--group"_s,
                                         u"Acme MSP/Contoso"_s, u"--permission"_s, u"delete-accounts"_s}
        << u"may not"_s;
    QTest::newRow("an administrator makes one")
        << u"admin"_s << QStringList {u"account"_s, u"edit"_s, u"contoso-user"_s, u"--admin"_s} + adminFields
        << QString();
}

void TestCliSignIn::shouldNotLetAnOperatorGiveMoreThanItHas()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    QFETCH(QString, who);
    QFETCH(QStringList, arguments);
    QFETCH(QString, says);
    if (says.isEmpty())
        buildTree();
    else
        useSharedTree(); // refused: nothing changes
    const Run run = as(who, arguments);
    if (says.isEmpty()) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        return;
    }
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    // The operator is what it was.
    const Run shown = as(u"msp"_s, {u"account"_s, u"show"_s, u"helpdesk"_s, u"--json"_s});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QCOMPARE(parse(shown).object()[u"administrator"_s].toBool(), false);
}

void TestCliSignIn::shouldListOnlyTheOperatorsSubtree()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    useSharedTree(); // reads only
    auto logins = [this](const QString &who) {
        QStringList found = loginsShownTo(who, {u"account"_s, u"list"_s});
        found.sort();
        return found;
    };
    QCOMPARE(logins(u"helpdesk"_s),
             (QStringList {u"admin"_s, u"auditor"_s, u"contoso-user"_s, u"helpdesk"_s, u"sales-user"_s}));
    QCOMPARE(logins(u"msp"_s).size(), 7);

    Run run = as(u"helpdesk"_s, {u"group"_s, u"list"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList paths;
    for (const QJsonValue &group : parse(run).array())
        paths.append(group[u"path"_s].toString());
    QCOMPARE(paths, (QStringList {u"Acme MSP/Contoso"_s, u"Acme MSP/Contoso/Sales"_s}));

    run = as(u"auditor"_s, {u"audit"_s, u"list"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray entries = parse(run).object()[u"entries"_s].toArray();
    QVERIFY(!entries.isEmpty());
    for (const QJsonValue &entry : entries) {
        const QString group = entry[u"group"_s].toString();
        QVERIFY2(group.startsWith(u"Acme MSP/Contoso"_s), qPrintable(group));
    }
}

void TestCliSignIn::shouldListTheOperatorsItReaches()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    useSharedTree(); // reads only
    auto logins = [this](const QString &who) {
        return loginsShownTo(who, {u"operator"_s, u"list"_s});
    };
    QCOMPARE(logins(u"helpdesk"_s), (QStringList {u"admin"_s, u"auditor"_s, u"helpdesk"_s}));
    QCOMPARE(logins(u"msp"_s), (QStringList {u"admin"_s, u"auditor"_s, u"helpdesk"_s, u"msp"_s}));
    const Run text = as(u"msp"_s, {u"operator"_s, u"list"_s});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"Acme MSP/Contoso"_s), qPrintable(text.out));
}

void TestCliSignIn::shouldShowAnOperatorsScopePermissionsAndMfa()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    buildTree();
    Run run = as(u"msp"_s, {u"operator"_s, u"show"_s, u"helpdesk"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject shown = parse(run).object();
    QCOMPARE(shown[u"login"_s].toString(), u"helpdesk"_s);
    QCOMPARE(shown[u"scope"_s].toString(), u"Acme MSP/Contoso"_s);
    QCOMPARE(shown[u"administrator"_s].toBool(true), false);
    QCOMPARE(shown[u"permissions"_s].toArray(), (QJsonArray {u"create-accounts"_s, u"edit-accounts"_s}));
    QCOMPARE(shown[u"securityGroups"_s].toArray(), QJsonArray {u"Helpdesk"_s});
    QCOMPARE(shown[u"mfa"_s].toBool(true), false);

    run = as(u"msp"_s, {u"operator"_s, u"mfa"_s, u"enroll"_s, u"msp"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString code = parse(run).object()[u"recoveryCodes"_s].toArray().first().toString();
    run = as(u"msp"_s, {u"operator"_s, u"show"_s, u"msp"_s, u"--otp"_s, code});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Scope: Acme MSP and the groups below it"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Manage operators"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"Multi-factor authentication: enrolled"_s), qPrintable(run.out));

    // An operator above it is out of reach; an account that is no operator is none.
    run = as(u"helpdesk"_s, {u"operator"_s, u"show"_s, u"msp"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"may not reach \"Acme MSP\""_s), qPrintable(run.err));
    run = as(u"helpdesk"_s, {u"operator"_s, u"show"_s, u"contoso-user"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"No operator has the login"_s), qPrintable(run.err));
}

void TestCliSignIn::shouldNameTheOperatorInTheAuditLog()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    buildTree();
    Run run = as(u"helpdesk"_s, {u"account"_s, u"edit"_s, u"sales-user"_s, u"--first-name"_s, u"Eve"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = as(u"msp"_s, {u"audit"_s, u"list"_s, u"--json"_s, u"--search"_s, u"sales-user"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray entries = parse(run).object()[u"entries"_s].toArray();
    QVERIFY(entries.size() >= 2);
    // Newest first: the edit by the operator; the account was made before any operator existed.
    const QJsonObject edited = entries.first().toObject();
    QCOMPARE(edited[u"actor"_s].toString(), u"helpdesk"_s);
    const QString origin = edited[u"origin"_s].toString();
    QVERIFY2(origin.contains(u'@') && !origin.startsWith(u'@'), qPrintable(origin));
    const QJsonObject created = entries.last().toObject();
    QVERIFY2(created[u"actor"_s].toString() != u"helpdesk"_s, qPrintable(created[u"actor"_s].toString()));
    QCOMPARE(created[u"origin"_s].toString(), origin);
}

void TestCliSignIn::shouldRequireMfaWhereAGroupSaysSo()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    buildTree();
    const QStringList require {u"group"_s, u"mfa"_s, u"require"_s, u"Acme MSP/Contoso"_s};
    // An operator of Contoso that is not enrolled would lock itself out.
    Run run = as(u"admin"_s, require);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"Enrol yourself first: operator mfa enroll admin"_s), qPrintable(run.err));
    run = as(u"msp"_s, require + QStringList {u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"mfaRequired"_s].toBool(), true);

    // Below it, an operator that is not enrolled is refused after its password, and told how.
    const QStringList list {u"account"_s, u"list"_s, u"--json"_s};
    run = as(u"helpdesk"_s, list);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"\"Acme MSP/Contoso\""_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"operator mfa enroll helpdesk"_s), qPrintable(run.err));
    run = as(u"msp"_s, {u"operator"_s, u"show"_s, u"helpdesk"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"mfaRequired"_s].toBool(), true);
    QCOMPARE(parse(run).object()[u"mfa"_s].toBool(true), false);
    run = as(u"msp"_s, {u"operator"_s, u"show"_s, u"msp"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"mfaRequired"_s].toBool(true), false);

    // The top group's operator enrols itself before anyone else: then it needs its code.
    run = as(u"msp"_s, {u"operator"_s, u"mfa"_s, u"enroll"_s, u"helpdesk"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"Enrol yourself first: operator mfa enroll msp"_s), qPrintable(run.err));
    run = as(u"msp"_s, {u"operator"_s, u"mfa"_s, u"enroll"_s, u"msp"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray mspCodes = parse(run).object()[u"recoveryCodes"_s].toArray();
    run = as(u"msp"_s,
             {u"operator"_s, u"mfa"_s, u"enroll"_s, u"helpdesk"_s, u"--json"_s, u"--otp"_s, mspCodes.at(0).toString()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray codes = parse(run).object()[u"recoveryCodes"_s].toArray();
    run = as(u"helpdesk"_s, list + QStringList {u"--otp"_s, codes.at(0).toString()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // It needs MFA: resetting its own would leave it unable to sign in again to enrol.
    run = as(u"helpdesk"_s, {u"operator"_s, u"mfa"_s, u"reset"_s, u"helpdesk"_s, u"--otp"_s, codes.at(1).toString()});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"may not reset its own multi-factor authentication"_s), qPrintable(run.err));
    run = as(u"helpdesk"_s, list + QStringList {u"--otp"_s, codes.at(2).toString()});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliSignIn::shouldOfferOnlyTheTopGroupsOperatorsOnMariaDb()
{
    useSharedTree();
    const Run top = as(u"msp"_s, {u"account"_s, u"list"_s, u"--json"_s});
    QVERIFY2(top.exitCode == 0, qPrintable(top.err));
    const Run organization = as(u"admin"_s, {u"account"_s, u"list"_s, u"--json"_s});
    if (bc::test::organizationOperatorsSignIn()) {
        QVERIFY2(organization.exitCode == 0, qPrintable(organization.err));
        return;
    }
    QCOMPARE(organization.exitCode, 4);
    QVERIFY(organization.out.isEmpty());
    QVERIFY2(organization.err.contains(u"MariaDB"_s), qPrintable(organization.err));
    QVERIFY2(organization.err.contains(u"PostgreSQL"_s), qPrintable(organization.err));
}

void TestCliSignIn::shouldConnectAsTheOperatorsOwnRoleOnPostgreSql()
{
    if (bc::test::backendName() != "postgresql"_L1)
        QSKIP("operators have database roles of their own on PostgreSQL only");
    useSharedTree();
    // Its role, as the owner's address shows it.
    Run run = as(u"msp"_s, {u"operator"_s, u"show"_s, u"admin"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString role = parse(run).object()[u"databaseRole"_s].toString();
    QVERIFY2(role.startsWith(u"admin@"_s) || role.startsWith(u"bc_"_s), qPrintable(role));
    QVERIFY(as(u"msp"_s, {u"operator"_s, u"list"_s}).out.contains(role));

    // The same address without its user: the CLI connects as that role, which the database keeps
    // in Contoso whatever the CLI asked for.
    QUrl address(m_database);
    address.setUserName(QString());
    const QString withoutUser = address.toString();
    QProcessEnvironment env = signedIn(u"admin"_s);
    env.remove(u"BACKUP_CONSOLE_DATABASE_PASSWORD"_s);
    run = cliRaw({u"account"_s, u"list"_s, u"--json"_s, u"--database"_s, withoutUser}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QStringList logins;
    for (const QJsonValue &row : parse(run).object()[u"accounts"_s].toArray())
        logins.append(row[u"login"_s].toString());
    logins.sort();
    QCOMPARE(logins, (QStringList {u"admin"_s, u"auditor"_s, u"contoso-user"_s, u"helpdesk"_s, u"sales-user"_s}));

    // A wrong password: the database refuses the role, exit status 4.
    env.insert(u"BACKUP_CONSOLE_OPERATOR_PASSWORD"_s, u"not-the-password"_s);
    run = cliRaw({u"account"_s, u"list"_s, u"--database"_s, withoutUser}, env);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"admin"_s), qPrintable(run.err));

    // An address that says so (the console's "Sign in as an operator"): the same role; without an
    // operator, exit status 4 naming what is missing.
    QUrlQuery query(address);
    query.addQueryItem(u"signin"_s, u"operator"_s);
    address.setQuery(query);
    const QString forOperators = address.toString();
    env.insert(u"BACKUP_CONSOLE_OPERATOR_PASSWORD"_s, password);
    run = cliRaw({u"group"_s, u"list"_s, u"--json"_s, u"--database"_s, forOperators}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(!run.out.contains(u"Fabrikam"_s) && run.out.contains(u"Contoso"_s), qPrintable(run.out));
    env.remove(u"BACKUP_CONSOLE_OPERATOR"_s);
    run = cliRaw({u"group"_s, u"list"_s, u"--database"_s, forOperators}, env);
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"--operator"_s), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliSignIn)
#include "tst_cli_signin.moc"
