#include "tests/cli/clitest.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line: help, version, bad usage and the language of the messages.
class TestCliUsage final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldShowHelpAndVersion_data();
    void shouldShowHelpAndVersion();
    void shouldRejectBadUsage_data();
    void shouldRejectBadUsage();
    void shouldSpeakTheChosenLanguage_data();
    void shouldSpeakTheChosenLanguage();
};

void TestCliUsage::shouldShowHelpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList {u"--help"_s} << u"account add"_s;
    QTest::newRow("help") << QStringList {u"help"_s} << u"group list"_s;
    QTest::newRow("help account add") << QStringList {u"help"_s, u"account"_s, u"add"_s} << u"--quota"_s;
    QTest::newRow("account add --help") << QStringList {u"account"_s, u"add"_s, u"--help"_s} << u"--overage"_s;
    QTest::newRow("account list help") << QStringList {u"account"_s, u"list"_s, u"help"_s} << u"--include-subgroups"_s;
    QTest::newRow("group help") << QStringList {u"group"_s, u"help"_s} << u"group rename"_s;
    QTest::newRow("group help mfa") << QStringList {u"group"_s, u"help"_s} << u"group mfa require"_s;
    QTest::newRow("help group mfa optional")
        << QStringList {u"help"_s, u"group"_s, u"mfa"_s, u"optional"_s} << u"Stop requiring multi-factor"_s;
    QTest::newRow("demo --help") << QStringList {u"demo"_s, u"--help"_s} << u"--msp-name"_s;
    QTest::newRow("help profile add") << QStringList {u"help"_s, u"profile"_s, u"add"_s} << u"--data-lock"_s;
    QTest::newRow("security-group edit --help")
        << QStringList {u"security-group"_s, u"edit"_s, u"--help"_s} << u"--no-permissions"_s;
    QTest::newRow("help account edit") << QStringList {u"help"_s, u"account"_s, u"edit"_s} << u"--reset-to-profile"_s;
    QTest::newRow("help account add") << QStringList {u"help"_s, u"account"_s, u"add"_s} << u"--password-stdin"_s;
    QTest::newRow("group settings --limit")
        << QStringList {u"help"_s, u"group"_s, u"settings"_s} << u"A cap for the group's accounts"_s;
    QTest::newRow("storage help") << QStringList {u"storage"_s, u"help"_s} << u"storage delete"_s;
    QTest::newRow("account help: the recycle bin") << QStringList {u"account"_s, u"help"_s} << u"account deleted"_s;
    QTest::newRow("help account restore")
        << QStringList {u"help"_s, u"account"_s, u"restore"_s} << u"Bring deleted accounts back"_s;
    QTest::newRow("account purge --help") << QStringList {u"account"_s, u"purge"_s, u"--help"_s} << u"--expired"_s;
    QTest::newRow("help database settings")
        << QStringList {u"help"_s, u"database"_s, u"settings"_s} << u"--recycle-bin-days"_s;
    QTest::newRow("--version") << QStringList {u"--version"_s} << QStringLiteral(BACKUP_CONSOLE_VERSION);
}

void TestCliUsage::shouldShowHelpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = cliRaw(arguments, environment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY2(!QFile::exists(m_database), "help must not create a database");
}

void TestCliUsage::shouldRejectBadUsage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("topic without command") << QStringList {u"group"_s};
    QTest::newRow("unknown subcommand") << QStringList {u"group"_s, u"fly"_s};
    QTest::newRow("unknown option") << QStringList {u"group"_s, u"list"_s, u"--bogus"_s};
    QTest::newRow("unknown short option") << QStringList {u"account"_s, u"list"_s, u"-x"_s};
    QTest::newRow("option of another command") << QStringList {u"group"_s, u"list"_s, u"--login"_s, u"x"_s};
    QTest::newRow("missing argument") << QStringList {u"account"_s, u"show"_s};
    QTest::newRow("extra argument") << QStringList {u"group"_s, u"delete"_s, u"a"_s, u"b"_s};
    QTest::newRow("missing option value") << QStringList {u"account"_s, u"list"_s, u"--status"_s};
    QTest::newRow("missing --login and --email") << QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s};
    QTest::newRow("missing --group") << QStringList {u"account"_s, u"add"_s,     u"--login"_s,
                                                     u"bob"_s,     u"--email"_s, u"bob@example.com"_s};
    QTest::newRow("help for unknown command") << QStringList {u"help"_s, u"frobnicate"_s};
    QTest::newRow("catalog list without --group") << QStringList {u"profile"_s, u"list"_s};
    QTest::newRow("catalog add without --name") << QStringList {u"storage"_s, u"add"_s, u"--group"_s, u"1"_s};
    QTest::newRow("catalog delete without item") << QStringList {u"subscription"_s, u"delete"_s, u"--group"_s, u"1"_s};
    QTest::newRow("permission on a profile")
        << QStringList {u"profile"_s, u"add"_s, u"--group"_s, u"1"_s, u"--name"_s, u"p"_s, u"--permission"_s, u"x"_s};
    QTest::newRow("--admin and --no-admin")
        << QStringList {u"account"_s, u"edit"_s, u"alice"_s, u"--admin"_s, u"--no-admin"_s};
    QTest::newRow("--profile and --no-profile")
        << QStringList {u"account"_s, u"edit"_s, u"alice"_s, u"--profile"_s, u"p"_s, u"--no-profile"_s};
    QTest::newRow("--no-admin on add") << QStringList {u"account"_s, u"add"_s, u"--no-admin"_s};
    QTest::newRow("--password on the command line")
        << QStringList {u"account"_s, u"add"_s, u"--password"_s, u"secret"_s};
    QTest::newRow("assign without --subscription") << QStringList {u"account"_s, u"assign-subscription"_s, u"alice"_s};
    QTest::newRow("settings option without --set")
        << QStringList {u"group"_s, u"settings"_s, u"1"_s, u"--customer-id"_s, u"C-1"_s};
    QTest::newRow("--set without options") << QStringList {u"group"_s, u"settings"_s, u"1"_s, u"--set"_s};
    QTest::newRow("restore without a login") << QStringList {u"account"_s, u"restore"_s};
    QTest::newRow("purge without logins or --expired") << QStringList {u"account"_s, u"purge"_s};
    QTest::newRow("purge logins and --expired") << QStringList {u"account"_s, u"purge"_s, u"a"_s, u"--expired"_s};
    QTest::newRow("--expired on restore") << QStringList {u"account"_s, u"restore"_s, u"a"_s, u"--expired"_s};
    QTest::newRow("the bin's period without --set")
        << QStringList {u"database"_s, u"settings"_s, u"--recycle-bin-days"_s, u"7"_s};
    QTest::newRow("database settings --set without options") << QStringList {u"database"_s, u"settings"_s, u"--set"_s};
}

void TestCliUsage::shouldRejectBadUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"help"_s), qPrintable(run.err)); // the usage hint
}

void TestCliUsage::shouldSpeakTheChosenLanguage_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("locale"); // LANG and LC_ALL; --lang wins over them
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("expected"); // in stderr; French puts no-break spaces inside « » and before : ;
    const QStringList badEmail {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s,
                                u"--login"_s, u"bob"_s, u"--email"_s, u"bob-at-example.com"_s};
    QTest::newRow("--lang fr, invalid email from core")
        << QStringList {u"--lang"_s, u"fr"_s} + badEmail << u"C.UTF-8"_s << 1
        << u"email\u00a0: «\u00a0bob-at-example.com\u00a0» n'est pas une adresse e-mail\u00a0; elle devrait ressembler "
           u"à "
           "name@example.com."_s;
    QTest::newRow("--lang=fr after the command, unknown command")
        << QStringList {u"frobnicate"_s, u"--lang=fr"_s} << u"C.UTF-8"_s << 2
        << u"Commande inconnue «\u00a0frobnicate\u00a0»."_s;
    QTest::newRow("--lang de, invalid email")
        << badEmail + QStringList {u"--lang"_s, u"de"_s} << u"C.UTF-8"_s << 1
        << u"email: „bob-at-example.com“ ist keine E-Mail-Adresse; sie sollte wie name@example.com aussehen."_s;
    QTest::newRow("French locale without --lang")
        << QStringList {u"frobnicate"_s} << u"fr_FR.UTF-8"_s << 2 << u"Commande inconnue «\u00a0frobnicate\u00a0»."_s;
    QTest::newRow("--lang en over a German locale") << QStringList {u"--lang"_s, u"en"_s, u"frobnicate"_s}
                                                    << u"de_DE.UTF-8"_s << 2 << u"Unknown command \"frobnicate\"."_s;
    QTest::newRow("--lang without translation")
        << QStringList {u"--lang"_s, u"xx"_s, u"group"_s, u"list"_s} << u"C.UTF-8"_s << 2 << u"en, de, fr"_s;
}

void TestCliUsage::shouldSpeakTheChosenLanguage()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, locale);
    QFETCH(int, exitCode);
    QFETCH(QString, expected);
    cli({u"group"_s, u"add"_s, u"Acme MSP"_s});
    QProcessEnvironment env = environment();
    env.insert(u"LANG"_s, locale);
    env.insert(u"LC_ALL"_s, locale);
    env.remove(u"LANGUAGE"_s);
    const Run run = cliRaw(arguments + QStringList {u"--database"_s, m_database}, env);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(expected), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliUsage)

#include "tst_cli_usage.moc"
