#include "tests/cli/clitest.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QDateTime>
#include <QJsonArray>
#include <QMap>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString password = u"Kite-Harbor-Lantern-93"_s;

} // namespace

// The command line's recycle bin: `account delete` keeps the account, `account deleted` lists the
// kept ones, `account restore` brings one back with its id, `account purge` lets it go (or, with
// --expired, those whose time has passed), `database settings --set --recycle-bin-days N` sets the time.
class TestCliBin final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepRestoreAndPurgeADeletedAccount();
    void shouldPurgeWhatWasKeptLongerThanTheDatabaseSays();
    void shouldNotPurgeAnAccountOfADataLockedProfileByHand();
    void shouldSayPlainlyWhatTheBinCannotDo_data();
    void shouldSayPlainlyWhatTheBinCannotDo();
    void shouldAskTheOperatorsPermission_data();
    void shouldAskTheOperatorsPermission();
    void shouldRefuseToRestoreWhatTheOperatorMayNotGrant();
    void shouldShowAnOrganizationOperatorOnlyItsOwnBin();

private:
    // The kept accounts `account deleted --json` lists (with `extra`), by login.
    QMap<QString, QJsonObject> kept(const QStringList &extra = {}) const;
    // Moves the account's time of deletion `days` into the past, in the database itself.
    void deletedDaysAgo(const QString &login, int days) const;
    QProcessEnvironment signedIn(const QString &login) const;
    Run as(const QString &login, const QStringList &arguments, const QByteArray &input = QByteArray()) const;
    // msp, an administrator of the top group; helpdesk, of the top group as well (so that it signs
    // in on MariaDB too) with the security group Helpdesk: create and edit accounts, nothing else.
    void addOperators();
};

QMap<QString, QJsonObject> TestCliBin::kept(const QStringList &extra) const
{
    const Run run = cli(QStringList {u"account"_s, u"deleted"_s, u"--json"_s} + extra);
    if (run.exitCode != 0)
        qWarning().noquote() << "account deleted failed:" << run.err;
    QMap<QString, QJsonObject> result;
    for (const QJsonValue &account : parse(run).object()[u"accounts"_s].toArray())
        result.insert(account[u"login"_s].toString(), account.toObject());
    return result;
}

void TestCliBin::deletedDaysAgo(const QString &login, int days) const
{
    const QString when = QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODateWithMs);
    {
        QSqlDatabase db = bc::test::addConnection(m_database, u"bin"_s);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.prepare(u"UPDATE recycle_bin SET deleted_at = ? WHERE login = ?"_s));
        query.addBindValue(when);
        query.addBindValue(login);
        QVERIFY2(query.exec(), qPrintable(query.lastError().text()));
        QCOMPARE(query.numRowsAffected(), 1);
    }
    QSqlDatabase::removeDatabase(u"bin"_s);
}

QProcessEnvironment TestCliBin::signedIn(const QString &login) const
{
    QProcessEnvironment env = environment();
    env.insert(u"BACKUP_CONSOLE_OPERATOR"_s, login);
    env.insert(u"BACKUP_CONSOLE_OPERATOR_PASSWORD"_s, password);
    return env;
}

CliTest::Run TestCliBin::as(const QString &login, const QStringList &arguments, const QByteArray &input) const
{
    return cliRaw(arguments + QStringList {u"--database"_s, m_database}, signedIn(login), input);
}

void TestCliBin::addOperators()
{
    addItem(u"security-group"_s, u"Acme MSP"_s, u"Helpdesk"_s,
            {u"--permission"_s, u"create-accounts"_s, u"--permission"_s, u"edit-accounts"_s});
    const QByteArray input = password.toUtf8() + '\n';
    Run run = cliWithInput({u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--login"_s, u"msp"_s, u"--email"_s,
                            u"msp@example.com"_s, u"--admin"_s, u"--phone"_s, u"+1 555 0100 200"_s, u"--address"_s,
                            u"1 Main Street, Springfield"_s, u"--password-stdin"_s},
                           input);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = as(u"msp"_s,
             {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--login"_s, u"helpdesk"_s, u"--email"_s,
              u"helpdesk@example.com"_s, u"--security-group"_s, u"Helpdesk"_s, u"--password-stdin"_s},
             input);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCliBin::shouldKeepRestoreAndPurgeADeletedAccount()
{
    addRootAndCustomer();
    const QString payg = QString::number(addItem(u"subscription"_s, u"Acme MSP/Contoso"_s, u"PAYG"_s));
    addAccount(u"alice"_s, u"Acme MSP/Contoso/Sales"_s,
               {u"--quota"_s, u"storage=500GB"_s, u"--subscription"_s, payg, u"--first-name"_s, u"Alice"_s});
    addAccount(u"bob"_s, u"Acme MSP"_s);
    const QJsonObject before = account(u"alice"_s);
    const qint64 id = before[u"id"_s].toInteger();
    QVERIFY(id > 0);

    Run run = cli({u"account"_s, u"delete"_s, u"alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"the recycle bin keeps it 30 day"_s), qPrintable(run.out));
    QCOMPARE(cli({u"account"_s, u"show"_s, u"alice"_s}).exitCode, 1);

    // Listed, with where it was and when it goes.
    QMap<QString, QJsonObject> bin = kept();
    QCOMPARE(bin.keys(), QStringList {u"alice"_s});
    const QJsonObject listed = bin.value(u"alice"_s);
    QCOMPARE(listed[u"id"_s].toInteger(), id);
    QCOMPARE(listed[u"groupPath"_s].toString(), u"Acme MSP/Contoso/Sales"_s);
    const QDateTime deletedAt = QDateTime::fromString(listed[u"deletedAt"_s].toString(), Qt::ISODate);
    QVERIFY2(deletedAt.isValid() && qAbs(deletedAt.secsTo(QDateTime::currentDateTimeUtc())) < 300,
             qPrintable(listed[u"deletedAt"_s].toString()));
    QCOMPARE(QDateTime::fromString(listed[u"purgeOn"_s].toString(), Qt::ISODate), deletedAt.addDays(30));
    QCOMPARE(kept({u"--group"_s, u"Acme MSP/Contoso"_s}).keys(), QStringList {u"alice"_s});
    run = cli({u"account"_s, u"deleted"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"alice"_s) && run.out.contains(u"Acme MSP/Contoso/Sales"_s), qPrintable(run.out));

    // The login stays taken, in any case.
    run = cli({u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--login"_s, u"ALICE"_s, u"--email"_s,
               u"other@example.com"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"belongs to a deleted account in the recycle bin"_s), qPrintable(run.err));

    // Back with the same id, group, quota and subscription.
    run = cli({u"account"_s, u"restore"_s, u"Alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Restored account \"alice\" (id %1)"_s.arg(id)), qPrintable(run.out));
    const QJsonObject after = account(u"alice"_s);
    QVERIFY2(after == before, (QJsonDocument(after).toJson() + QJsonDocument(before).toJson()).constData());
    QCOMPARE(after[u"subscriptionIds"_s].toArray().size(), 1);
    QVERIFY(kept().isEmpty());

    // Purged after a second delete: the login is free again, for a new account.
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"alice"_s}).exitCode, 0);
    run = cli({u"account"_s, u"purge"_s, u"alice"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray purged = parse(run).object()[u"purged"_s].toArray();
    QCOMPARE(purged.size(), 1);
    QCOMPARE(purged.at(0)[u"id"_s].toInteger(), id);
    QVERIFY(kept().isEmpty());
    QCOMPARE(cli({u"account"_s, u"restore"_s, u"alice"_s}).exitCode, 1);
    addAccount(u"alice"_s, u"Acme MSP"_s);
    QVERIFY(account(u"alice"_s)[u"id"_s].toInteger() != id);
    // Bob was never touched.
    QCOMPARE(cli({u"account"_s, u"show"_s, u"bob"_s}).exitCode, 0);
}

void TestCliBin::shouldPurgeWhatWasKeptLongerThanTheDatabaseSays()
{
    addRootAndCustomer();
    for (const QString &login : {u"anna"_s, u"ben"_s, u"carla"_s}) {
        addAccount(login, u"Acme MSP/Contoso"_s);
        QCOMPARE(cli({u"account"_s, u"delete"_s, login}).exitCode, 0);
    }
    Run run = cli({u"database"_s, u"settings"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"recycleBinDays"_s].toInt(), 30);
    run = cli({u"database"_s, u"settings"_s, u"--set"_s, u"--recycle-bin-days"_s, u"7"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"database"_s, u"settings"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"recycleBinDays"_s].toInt(), 7);

    deletedDaysAgo(u"anna"_s, 8);
    deletedDaysAgo(u"ben"_s, 6);
    run = cli({u"account"_s, u"purge"_s, u"--expired"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"purged"_s].toInt(), 1);
    QCOMPARE(kept().keys(), (QStringList {u"ben"_s, u"carla"_s}));
    addAccount(u"anna"_s, u"Acme MSP"_s); // its login is free again

    // Every bin command purges first: the list shows no account whose time has passed.
    deletedDaysAgo(u"ben"_s, 9);
    QCOMPARE(kept().keys(), QStringList {u"carla"_s});
    // A longer period keeps what is left; nothing to purge.
    run = cli({u"account"_s, u"purge"_s, u"--expired"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Purged 0 deleted account"_s), qPrintable(run.out));
    // A shorter one purges at once what it no longer keeps.
    deletedDaysAgo(u"carla"_s, 3);
    run = cli({u"database"_s, u"settings"_s, u"--set"_s, u"--recycle-bin-days"_s, u"2"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Purged 1 deleted account"_s), qPrintable(run.out));
    QVERIFY(kept().isEmpty());
}

void TestCliBin::shouldNotPurgeAnAccountOfADataLockedProfileByHand()
{
    addRootAndCustomer();
    addItem(u"profile"_s, u"Acme MSP/Contoso"_s, u"Standard"_s);
    addAccount(u"dora"_s, u"Acme MSP/Contoso"_s, {u"--profile"_s, u"Standard"_s});
    addAccount(u"emil"_s, u"Acme MSP/Contoso"_s);
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"dora"_s}).exitCode, 0);
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"emil"_s}).exitCode, 0);
    // The profile was locked after dora was deleted: she waits for her time to pass.
    Run run = cli({u"profile"_s, u"edit"_s, u"Standard"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--data-lock"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"account"_s, u"purge"_s, u"dora"_s, u"emil"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"\"dora\" is on a data-locked profile and cannot be purged by hand"_s),
             qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Purged account \"emil\""_s), qPrintable(run.out));
    QCOMPARE(kept().keys(), QStringList {u"dora"_s});
    // Its time passed, it goes.
    deletedDaysAgo(u"dora"_s, 31);
    run = cli({u"account"_s, u"purge"_s, u"--expired"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"purged"_s].toInt(), 1);
    QVERIFY(kept().isEmpty());
}

void TestCliBin::shouldSayPlainlyWhatTheBinCannotDo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("restore an unknown login") << QStringList {u"account"_s, u"restore"_s, u"nobody"_s} << 1
                                              << u"There is no deleted account with the login \"nobody\""_s;
    QTest::newRow("restore an account that is not deleted")
        << QStringList {u"account"_s, u"restore"_s, u"bob"_s} << 1 << u"The account \"bob\" is not deleted"_s;
    QTest::newRow("restore one known, one unknown")
        << QStringList {u"account"_s, u"restore"_s, u"gone"_s, u"nobody"_s} << 1 << u"\"nobody\""_s;
    QTest::newRow("purge an unknown login") << QStringList {u"account"_s, u"purge"_s, u"nobody"_s} << 1
                                            << u"There is no deleted account with the login \"nobody\""_s;
    QTest::newRow("purge nothing") << QStringList {u"account"_s, u"purge"_s} << 2 << u"--expired"_s;
    QTest::newRow("purge logins and the expired")
        << QStringList {u"account"_s, u"purge"_s, u"gone"_s, u"--expired"_s} << 2 << u"not both"_s;
    QTest::newRow("restore nothing") << QStringList {u"account"_s, u"restore"_s} << 2 << u"needs more arguments"_s;
    QTest::newRow("list an unknown group")
        << QStringList {u"account"_s, u"deleted"_s, u"--group"_s, u"Acme MSP/Nowhere"_s} << 1 << u"Nowhere"_s;
    QTest::newRow("no days") << QStringList {u"database"_s, u"settings"_s, u"--set"_s, u"--recycle-bin-days"_s, u"0"_s}
                             << 1 << u"from 1 to 3650 days"_s;
    QTest::newRow("too many days") << QStringList {u"database"_s, u"settings"_s, u"--set"_s, u"--recycle-bin-days"_s,
                                                   u"3651"_s}
                                   << 1 << u"from 1 to 3650 days"_s;
    QTest::newRow("days that are no number")
        << QStringList {u"database"_s, u"settings"_s, u"--set"_s, u"--recycle-bin-days"_s, u"a month"_s} << 1
        << u"not a number of days"_s;
    QTest::newRow("days without --set") << QStringList {u"database"_s, u"settings"_s, u"--recycle-bin-days"_s, u"7"_s}
                                        << 2 << u"--set"_s;
}

void TestCliBin::shouldSayPlainlyWhatTheBinCannotDo()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    addRootAndCustomer();
    addAccount(u"bob"_s, u"Acme MSP"_s);
    addAccount(u"gone"_s, u"Acme MSP/Contoso"_s);
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"gone"_s}).exitCode, 0);
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"SQL"_s, Qt::CaseInsensitive), qPrintable(run.err));
    // The bin and the setting are as they were, but for what was asked of one known account.
    if (arguments.contains(u"gone"_s) && arguments.at(1) == "restore"_L1)
        QCOMPARE(cli({u"account"_s, u"show"_s, u"gone"_s}).exitCode, 0);
    else
        QCOMPARE(kept().keys(), QStringList {u"gone"_s});
    QCOMPARE(parse(cli({u"database"_s, u"settings"_s, u"--json"_s})).object()[u"recycleBinDays"_s].toInt(), 30);
}

void TestCliBin::shouldAskTheOperatorsPermission_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("restore without the permission")
        << u"helpdesk"_s << QStringList {u"account"_s, u"restore"_s, u"gone"_s} << 4
        << u"The operator \"helpdesk\" may not do this in \"Acme MSP/Contoso\": it lacks the permission "
           "\"Delete accounts\""_s;
    QTest::newRow("purge without the permission")
        << u"helpdesk"_s << QStringList {u"account"_s, u"purge"_s, u"gone"_s} << 4 << u"\"Delete accounts\""_s;
    QTest::newRow("the period without managing settings")
        << u"helpdesk"_s << QStringList {u"database"_s, u"settings"_s, u"--set"_s, u"--recycle-bin-days"_s, u"5"_s} << 4
        << u"The operator \"helpdesk\" may not"_s;
    QTest::newRow("list without the permission")
        << u"helpdesk"_s << QStringList {u"account"_s, u"deleted"_s} << 0 << QString();
    QTest::newRow("restore with it") << u"msp"_s << QStringList {u"account"_s, u"restore"_s, u"gone"_s} << 0
                                     << QString();
    QTest::newRow("purge with it") << u"msp"_s << QStringList {u"account"_s, u"purge"_s, u"gone"_s} << 0 << QString();
    QTest::newRow("the period by the top group's administrator")
        << u"msp"_s << QStringList {u"database"_s, u"settings"_s, u"--set"_s, u"--recycle-bin-days"_s, u"5"_s} << 0
        << QString();
}

void TestCliBin::shouldAskTheOperatorsPermission()
{
    QFETCH(QString, who);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    addRootAndCustomer();
    addAccount(u"gone"_s, u"Acme MSP/Contoso"_s);
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"gone"_s}).exitCode, 0);
    addOperators();
    const Run run = as(who, arguments);
    QVERIFY2(run.exitCode == exitCode, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    const Run list = as(u"msp"_s, {u"account"_s, u"deleted"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray bin = parse(list).object()[u"accounts"_s].toArray();
    if (exitCode == 4) {
        // Refused: nothing changed.
        QCOMPARE(bin.size(), 1);
        QCOMPARE(parse(as(u"msp"_s, {u"database"_s, u"settings"_s, u"--json"_s})).object()[u"recycleBinDays"_s].toInt(),
                 30);
    } else if (arguments.at(1) == "restore"_L1 || arguments.at(1) == "purge"_L1) {
        QVERIFY(bin.isEmpty());
    } else if (arguments.at(0) == "database"_L1) {
        QCOMPARE(parse(as(u"msp"_s, {u"database"_s, u"settings"_s, u"--json"_s})).object()[u"recycleBinDays"_s].toInt(),
                 5);
    } else {
        QVERIFY2(run.out.contains(u"gone"_s), qPrintable(run.out));
    }
}

void TestCliBin::shouldRefuseToRestoreWhatTheOperatorMayNotGrant()
{
    // Restoring gives an account back its administrator switch: an operator that may delete and
    // restore accounts but is no administrator itself may not, and hears so as a refusal (exit 4).
    addRootAndCustomer();
    addAccount(u"boss"_s, u"Acme MSP/Contoso"_s,
               {u"--admin"_s, u"--phone"_s, u"+1 555 0100 300"_s, u"--address"_s, u"2 Main Street, Springfield"_s});
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"boss"_s}).exitCode, 0);
    addItem(u"security-group"_s, u"Acme MSP"_s, u"Cleaners"_s,
            {u"--permission"_s, u"delete-accounts"_s, u"--permission"_s, u"create-accounts"_s});
    addOperators();
    Run run = as(u"msp"_s,
                 {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--login"_s, u"cleaner"_s, u"--email"_s,
                  u"cleaner@example.com"_s, u"--security-group"_s, u"Cleaners"_s, u"--password-stdin"_s},
                 password.toUtf8() + '\n');
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = as(u"cleaner"_s, {u"account"_s, u"restore"_s, u"boss"_s});
    QVERIFY2(run.exitCode == 4, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
    QVERIFY2(run.err.contains(u"may not make an account an administrator"_s), qPrintable(run.err));
    // Still in the bin.
    const Run list = as(u"msp"_s, {u"account"_s, u"deleted"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonArray bin = parse(list).object()[u"accounts"_s].toArray();
    QCOMPARE(bin.size(), 1);
    QCOMPARE(bin.first()[u"login"_s].toString(), u"boss"_s);
}

void TestCliBin::shouldShowAnOrganizationOperatorOnlyItsOwnBin()
{
    BC_SKIP_WITHOUT_ORGANIZATION_OPERATORS();
    addRootAndCustomer();
    QVERIFY2(cli({u"group"_s, u"add"_s, u"Fabrikam"_s}).exitCode == 0, "no Fabrikam");
    addAccount(u"contoso-gone"_s, u"Acme MSP/Contoso/Sales"_s);
    addAccount(u"fabrikam-gone"_s, u"Acme MSP/Fabrikam"_s);
    for (const QString &login : {u"contoso-gone"_s, u"fabrikam-gone"_s})
        QCOMPARE(cli({u"account"_s, u"delete"_s, login}).exitCode, 0);
    addOperators();
    const QByteArray input = password.toUtf8() + '\n';
    Run run = as(u"msp"_s,
                 {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--login"_s, u"admin"_s, u"--email"_s,
                  u"admin@example.com"_s, u"--admin"_s, u"--phone"_s, u"+1 555 0100 200"_s, u"--address"_s,
                  u"1 Main Street, Springfield"_s, u"--password-stdin"_s},
                 input);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = as(u"admin"_s, {u"account"_s, u"deleted"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray bin = parse(run).object()[u"accounts"_s].toArray();
    QCOMPARE(bin.size(), 1);
    QCOMPARE(bin.at(0)[u"login"_s].toString(), u"contoso-gone"_s);
    run = as(u"admin"_s, {u"account"_s, u"deleted"_s, u"--group"_s, u"Acme MSP/Fabrikam"_s});
    QCOMPARE(run.exitCode, 4);
    run = as(u"admin"_s, {u"account"_s, u"restore"_s, u"fabrikam-gone"_s});
    QCOMPARE(run.exitCode, 4);
    QVERIFY2(run.err.contains(u"it works only in \"Acme MSP/Contoso\""_s), qPrintable(run.err));
    run = as(u"admin"_s, {u"account"_s, u"restore"_s, u"contoso-gone"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Only the top group's operators set the period.
    run = as(u"admin"_s, {u"database"_s, u"settings"_s, u"--set"_s, u"--recycle-bin-days"_s, u"5"_s});
    QCOMPARE(run.exitCode, 4);
}

QTEST_GUILESS_MAIN(TestCliBin)
#include "tst_cli_bin.moc"
