#include "tests/common/testdatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;

// Drives the real executable through QProcess: exit status, stdout and stderr are its contract.
class TestCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldShowHelpAndVersion_data();
    void shouldShowHelpAndVersion();
    void shouldRejectBadUsage_data();
    void shouldRejectBadUsage();
    void shouldSpeakTheChosenLanguage_data();
    void shouldSpeakTheChosenLanguage();
    void shouldManageGroups();
    void shouldRefuseDeletingGroupWithAccounts();
    void shouldStoreEveryAccountOption();
    void shouldRejectDuplicateLogin_data();
    void shouldRejectDuplicateLogin();
    void shouldRejectInvalidInput_data();
    void shouldRejectInvalidInput();
    void shouldReadStorageSizesAlikeInEveryLanguage_data();
    void shouldReadStorageSizesAlikeInEveryLanguage();
    void shouldDocumentHowStorageSizesAreWritten_data();
    void shouldDocumentHowStorageSizesAreWritten();
    void shouldReportDatabaseProblems_data();
    void shouldReportDatabaseProblems();
    void shouldHonourDatabaseEnvironment();
    void shouldFilterAccountList_data();
    void shouldFilterAccountList();
    void shouldPrintAccountTable();
    void shouldChangeAccountStatus();
    void shouldFillDemoData();
    void shouldRefuseADamagedFileAndLeaveItUnchanged();
    void shouldLetOneOfConcurrentAddsWin();
    void shouldManageCatalogItems_data();
    void shouldManageCatalogItems();
    void shouldRejectInvalidCatalogInput_data();
    void shouldRejectInvalidCatalogInput();
    void shouldRefuseDeletingItemsInUse_data();
    void shouldRefuseDeletingItemsInUse();
    void shouldInheritProfileValuesAndKeepOverrides();
    void shouldEnforceDataLock();
    void shouldEditOnlyTheGivenFields_data();
    void shouldEditOnlyTheGivenFields();
    void shouldRejectInvalidEdit();
    void shouldTakePasswordFromStandardInput_data();
    void shouldTakePasswordFromStandardInput();
    void shouldLicenseByAssigningSubscriptions();
    void shouldTakeTheGroupsDefaultsUnlessOptedOut_data();
    void shouldTakeTheGroupsDefaultsUnlessOptedOut();
    void shouldSetAndShowTheGroupsDefaults();
    void shouldRejectADefaultTheGroupCannotUse_data();
    void shouldRejectADefaultTheGroupCannotUse();
    void shouldRoundTripGroupSettings();
    void shouldRejectInvalidGroupSettings_data();
    void shouldRejectInvalidGroupSettings();
    void shouldZeroQuotasOfServicesSwitchedOff();
    void shouldQueueActivationEmailsUnlessTurnedOff();
    void shouldRejectInvalidActivationEmail_data();
    void shouldRejectInvalidActivationEmail();
    void shouldResendActivationToSeveralAccounts();
    void shouldListAndRetryOutbox();
    void shouldWithdrawWhatAResendDisableOrDeleteLeavesUnsent();
    void shouldRoundTripMailSettings();
    void shouldRejectInvalidMailSettings_data();
    void shouldRejectInvalidMailSettings();
    void shouldManageGroupTemplateAndLinkLifetime();
    void shouldDeliverThroughRealSmtpServer();

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    QProcessEnvironment environment() const;
    // Runs the CLI with --database pointing at this test's database.
    Run cli(const QStringList &arguments) const;
    // Runs the CLI with exactly these arguments and environment.
    Run cliRaw(const QStringList &arguments, const QProcessEnvironment &environment,
               const QByteArray &input = QByteArray()) const;
    // Runs the CLI on this test's database with `input` on its standard input.
    Run cliWithInput(const QStringList &arguments, const QByteArray &input) const;
    // The object the CLI prints for `account show LOGIN --json`, without its "activation" (the
    // shape `account add` and `account edit` print).
    QJsonObject account(const QString &login) const;
    // The "activation" object of `account show LOGIN --json`.
    QJsonObject activation(const QString &login) const;
    // The id of the item the CLI prints for `KIND add --group GROUP --name NAME [extra] --json`.
    qint64 addItem(const QString &kind, const QString &group, const QString &name, const QStringList &extra = {});
    // A value inside a JSON object by a slash-separated path ("quotas/storage/limit").
    static QJsonValue valueAt(const QJsonObject &object, const QString &path);
    // Everything the test's database stores (its files, or every row on a server).
    QByteArray everyStoredByte() const;
    static QJsonDocument parse(const Run &run);
    void addRootAndCustomer();
    void addAccount(const QString &login, const QString &group, const QStringList &extra = {});
    // A UTF-8 file in the test's folder.
    QString writeFile(const QString &name, const QString &text) const;
    // Starts tests/integration/smtp_sink.py on a free port; its messages land in `folder`.
    std::unique_ptr<QProcess> startSmtpSink(const QString &folder, int &port) const;

    std::unique_ptr<QTemporaryDir> m_dir; // the CLI's XDG folders and the files a test writes
    QString m_database; // a file path or a server URL (bc::test::freshLocation)
};

QProcessEnvironment TestCli::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(u"BACKUP_CONSOLE_DATABASE"_s);
    env.remove(u"QT_LOGGING_RULES"_s);
    env.insert(u"XDG_DATA_HOME"_s, m_dir->filePath(u"xdg-data"_s));
    env.insert(u"XDG_CONFIG_HOME"_s, m_dir->filePath(u"xdg-config"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
    return env;
}

TestCli::Run TestCli::cliRaw(const QStringList &arguments, const QProcessEnvironment &env,
                             const QByteArray &input) const
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(CLI_PATH), arguments);
    Run run;
    if (process.waitForStarted(30000)) {
        process.write(input);
        process.closeWriteChannel();
    }
    if (process.state() == QProcess::NotRunning || !process.waitForFinished(120000)) {
        run.err = u"the CLI did not run: "_s + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

TestCli::Run TestCli::cli(const QStringList &arguments) const
{
    return cliRaw(arguments + QStringList {u"--database"_s, m_database}, environment());
}

TestCli::Run TestCli::cliWithInput(const QStringList &arguments, const QByteArray &input) const
{
    return cliRaw(arguments + QStringList {u"--database"_s, m_database}, environment(), input);
}

QJsonObject TestCli::account(const QString &login) const
{
    const Run run = cli({u"account"_s, u"show"_s, login, u"--json"_s});
    if (run.exitCode != 0)
        qWarning().noquote() << "account show failed:" << run.err;
    QJsonObject object = parse(run).object();
    object.remove(u"activation"_s);
    return object;
}

QJsonObject TestCli::activation(const QString &login) const
{
    const Run run = cli({u"account"_s, u"show"_s, login, u"--json"_s});
    if (run.exitCode != 0)
        qWarning().noquote() << "account show failed:" << run.err;
    return parse(run).object()[u"activation"_s].toObject();
}

qint64 TestCli::addItem(const QString &kind, const QString &group, const QString &name, const QStringList &extra)
{
    const Run run = cli(QStringList {kind, u"add"_s, u"--group"_s, group, u"--name"_s, name, u"--json"_s} + extra);
    if (run.exitCode != 0)
        qWarning().noquote() << kind << "add failed:" << run.err;
    return parse(run).object()[u"id"_s].toInteger();
}

QJsonValue TestCli::valueAt(const QJsonObject &object, const QString &path)
{
    QJsonValue value = object;
    for (const QString &key : path.split(u'/'))
        value = value.toObject().value(key);
    return value;
}

QByteArray TestCli::everyStoredByte() const
{
    return bc::test::storedBytes(m_database);
}

QJsonDocument TestCli::parse(const Run &run)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        qWarning().noquote() << "not JSON:" << error.errorString() << run.out;
    return document;
}

void TestCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    m_database = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!m_database.isEmpty(), "no database for the test (see the warning above)");
}

void TestCli::cleanup()
{
    m_dir.reset();
}

void TestCli::addRootAndCustomer()
{
    Run run = cli({u"group"_s, u"add"_s, u"Acme MSP"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"add"_s, u"Contoso"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"add"_s, u"Sales"_s, u"--parent"_s, u"Acme MSP/Contoso"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::addAccount(const QString &login, const QString &group, const QStringList &extra)
{
    const Run run = cli(QStringList {u"account"_s, u"add"_s, u"--group"_s, group, u"--login"_s, login, u"--email"_s,
                                     login + u"@example.com"_s}
                        + extra);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::shouldShowHelpAndVersion_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("expected");
    QTest::newRow("--help") << QStringList {u"--help"_s} << u"account add"_s;
    QTest::newRow("help") << QStringList {u"help"_s} << u"group list"_s;
    QTest::newRow("help account add") << QStringList {u"help"_s, u"account"_s, u"add"_s} << u"--quota"_s;
    QTest::newRow("account add --help") << QStringList {u"account"_s, u"add"_s, u"--help"_s} << u"--overage"_s;
    QTest::newRow("account list help") << QStringList {u"account"_s, u"list"_s, u"help"_s} << u"--include-subgroups"_s;
    QTest::newRow("group help") << QStringList {u"group"_s, u"help"_s} << u"group rename"_s;
    QTest::newRow("demo --help") << QStringList {u"demo"_s, u"--help"_s} << u"--msp-name"_s;
    QTest::newRow("help profile add") << QStringList {u"help"_s, u"profile"_s, u"add"_s} << u"--data-lock"_s;
    QTest::newRow("security-group edit --help")
        << QStringList {u"security-group"_s, u"edit"_s, u"--help"_s} << u"--no-permissions"_s;
    QTest::newRow("help account edit") << QStringList {u"help"_s, u"account"_s, u"edit"_s} << u"--reset-to-profile"_s;
    QTest::newRow("help account add") << QStringList {u"help"_s, u"account"_s, u"add"_s} << u"--password-stdin"_s;
    QTest::newRow("group settings --limit")
        << QStringList {u"help"_s, u"group"_s, u"settings"_s} << u"A cap for the group's accounts"_s;
    QTest::newRow("storage help") << QStringList {u"storage"_s, u"help"_s} << u"storage delete"_s;
    QTest::newRow("--version") << QStringList {u"--version"_s} << QStringLiteral(BACKUP_CONSOLE_VERSION);
}

void TestCli::shouldShowHelpAndVersion()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, expected);
    const Run run = cliRaw(arguments, environment());
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(expected), qPrintable(run.out));
    QVERIFY2(!QFile::exists(m_database), "help must not create a database");
}

void TestCli::shouldRejectBadUsage_data()
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
}

void TestCli::shouldRejectBadUsage()
{
    QFETCH(QStringList, arguments);
    const Run run = cli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.contains(u"help"_s), qPrintable(run.err)); // the usage hint
}

void TestCli::shouldSpeakTheChosenLanguage_data()
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

void TestCli::shouldSpeakTheChosenLanguage()
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

void TestCli::shouldManageGroups()
{
    addRootAndCustomer();

    Run run = cli({u"group"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith(u"Acme MSP"_s), qPrintable(run.out));
    QVERIFY2(lines.at(1).startsWith(u"  Contoso"_s), qPrintable(run.out));
    QVERIFY2(lines.at(2).startsWith(u"    Sales"_s), qPrintable(run.out));

    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonArray groups = parse(run).array();
    QCOMPARE(groups.size(), 3);
    QCOMPARE(groups.at(0)[u"path"_s].toString(), u"Acme MSP"_s);
    QCOMPARE(groups.at(1)[u"path"_s].toString(), u"Acme MSP/Contoso"_s);
    QCOMPARE(groups.at(2)[u"path"_s].toString(), u"Acme MSP/Contoso/Sales"_s);
    QCOMPARE(groups.at(2)[u"accounts"_s].toInt(), 0);
    const qint64 salesId = groups.at(2)[u"id"_s].toInteger();

    // A sibling with the same name is refused by core; the message names the field.
    run = cli({u"group"_s, u"add"_s, u"contoso"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"name: "_s), qPrintable(run.err));

    run = cli({u"group"_s, u"rename"_s, u"Acme MSP/Contoso/Sales"_s, u"Sales EMEA"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"rename"_s, QString::number(salesId), u"Sales Europe"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"path"_s].toString(), u"Acme MSP/Contoso/Sales Europe"_s);

    run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso/Sales"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"group: "_s), qPrintable(run.err));

    run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso"_s}); // has a subgroup
    QCOMPARE(run.exitCode, 1);

    run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso/Sales Europe"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 2);
}

void TestCli::shouldRefuseDeletingGroupWithAccounts()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso/Sales"_s);
    Run run = cli({u"group"_s, u"delete"_s, u"Acme MSP/Contoso/Sales"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(!run.err.isEmpty() && run.out.isEmpty(), qPrintable(run.err));

    run = cli({u"group"_s, u"list"_s});
    QVERIFY2(run.out.contains(u"Sales  (id 3, accounts: 1)"_s), qPrintable(run.out));
}

void TestCli::shouldStoreEveryAccountOption()
{
    addRootAndCustomer();
    const QStringList arguments {
        u"account"_s,
        u"add"_s,
        u"--group"_s,
        u"Acme MSP/Contoso"_s,
        u"--login"_s,
        u"jdoe"_s,
        u"--email"_s,
        u"jane.doe@contoso.com"_s,
        u"--first-name"_s,
        u"Jane"_s,
        u"--last-name"_s,
        u"Doe"_s,
        u"--admin"_s,
        u"--phone"_s,
        u"+44 20 7946 0958"_s,
        u"--address"_s,
        u"1 Main Street, Springfield"_s,
        u"--display-name"_s,
        u"J. Doe"_s,
        u"--notification-email"_s,
        u"alerts@contoso.com"_s,
        u"--mobile"_s,
        u"+49 151 1234 5678"_s,
        u"--no-agent-auto-update"_s,
        u"--quota"_s,
        u"workstations=3"_s,
        u"--quota"_s,
        u"servers=unlimited"_s,
        u"--quota"_s,
        u"virtual-machines=4"_s,
        u"--quota"_s,
        u"mobile-devices=5"_s,
        u"--quota"_s,
        u"m365-mailboxes=6"_s,
        u"--quota"_s,
        u"storage=1.5 TiB"_s,
        u"--overage"_s,
        u"workstations=1"_s,
        u"--overage"_s,
        u"storage=10GB"_s,
        u"--backup-locations"_s,
        u"cloud-only"_s,
        u"--notifications"_s,
        u"all"_s,
        u"--no-business-notifications"_s,
        u"--json"_s,
    };
    Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject added = parse(run).object();
    QCOMPARE(added[u"login"_s].toString(), u"jdoe"_s);

    run = cli({u"account"_s, u"show"_s, u"JDOE"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject account = parse(run).object();
    QCOMPARE(account.take(u"activation"_s).toObject()[u"email"_s].toString(), u"queued"_s);
    QCOMPARE(account, added);
    QCOMPARE(account[u"login"_s].toString(), u"jdoe"_s);
    QCOMPARE(account[u"email"_s].toString(), u"jane.doe@contoso.com"_s);
    QCOMPARE(account[u"firstName"_s].toString(), u"Jane"_s);
    QCOMPARE(account[u"lastName"_s].toString(), u"Doe"_s);
    QCOMPARE(account[u"administrator"_s].toBool(), true);
    QCOMPARE(account[u"phone"_s].toString(), u"+44 20 7946 0958"_s);
    QCOMPARE(account[u"address"_s].toString(), u"1 Main Street, Springfield"_s);
    QCOMPARE(account[u"displayName"_s].toString(), u"J. Doe"_s);
    QCOMPARE(account[u"notificationEmail"_s].toString(), u"alerts@contoso.com"_s);
    QCOMPARE(account[u"mobile"_s].toString(), u"+4915112345678"_s); // normalized to E.164 by core
    QCOMPARE(account[u"hasPassword"_s].toBool(), false);
    QCOMPARE(account[u"licensed"_s].toBool(), false);
    QCOMPARE(account[u"profileId"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(account[u"overrides"_s].toArray(), QJsonArray());
    QCOMPARE(account[u"agentAutoUpdate"_s].toBool(), false);
    QCOMPARE(account[u"backupLocations"_s].toString(), u"cloud-only"_s);
    QCOMPARE(account[u"notificationLevel"_s].toString(), u"all"_s);
    QCOMPARE(account[u"businessNotifications"_s].toBool(), false);
    QCOMPARE(account[u"status"_s].toString(), u"inactive"_s);
    QCOMPARE(account[u"groupId"_s].toInteger(), 2);
    const QJsonObject quotas = account[u"quotas"_s].toObject();
    QCOMPARE(quotas[u"workstations"_s][u"limit"_s].toInteger(), 3);
    QCOMPARE(quotas[u"workstations"_s][u"overage"_s].toInteger(), 1);
    QCOMPARE(quotas[u"servers"_s][u"limit"_s].toString(), u"unlimited"_s);
    QCOMPARE(quotas[u"virtual-machines"_s][u"limit"_s].toInteger(), 4);
    QCOMPARE(quotas[u"mobile-devices"_s][u"limit"_s].toInteger(), 5);
    QCOMPARE(quotas[u"m365-mailboxes"_s][u"limit"_s].toInteger(), 6);
    QCOMPARE(quotas[u"storage"_s][u"limit"_s].toInteger(), Q_INT64_C(1649267441664));
    QCOMPARE(quotas[u"storage"_s][u"overage"_s].toInteger(), Q_INT64_C(10000000000));

    // The defaults, when no option says otherwise.
    addAccount(u"plain"_s, u"Acme MSP"_s);
    run = cli({u"account"_s, u"show"_s, u"plain"_s, u"--json"_s});
    const QJsonObject plain = parse(run).object();
    QCOMPARE(plain[u"administrator"_s].toBool(), false);
    QCOMPARE(plain[u"agentAutoUpdate"_s].toBool(), true);
    QCOMPARE(plain[u"backupLocations"_s].toString(), u"local-and-cloud"_s);
    QCOMPARE(plain[u"notificationLevel"_s].toString(), u"less"_s);
    QCOMPARE(plain[u"businessNotifications"_s].toBool(), true);
    QCOMPARE(plain[u"quotas"_s][u"storage"_s][u"limit"_s].toString(), u"unlimited"_s);
    QCOMPARE(plain[u"displayName"_s].toString(), QString());
    QCOMPARE(plain[u"phone"_s].toString(), QString());

    // The text of `account show` has the new fields too.
    run = cli({u"account"_s, u"show"_s, u"jdoe"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &expected :
         {u"Display name:"_s, u"J. Doe"_s, u"Notification email:"_s, u"+4915112345678"_s,
          u"1 Main Street, Springfield"_s, u"Password set:"_s, u"Licensed:"_s, u"Profile:"_s, u"Security groups:"_s})
        QVERIFY2(run.out.contains(expected), qPrintable(expected + u" missing in\n"_s + run.out));

    // Text output names what was created.
    run =
        cli({u"account"_s, u"add"_s, u"--group"_s, u"1"_s, u"--login"_s, u"text"_s, u"--email"_s, u"t@example.com"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"\"text\""_s) && run.out.contains(u"id 3"_s), qPrintable(run.out));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
}

void TestCli::shouldRejectDuplicateLogin_data()
{
    QTest::addColumn<QString>("login");
    QTest::newRow("same") << u"alice"_s;
    QTest::newRow("other case") << u"ALICE"_s;
    QTest::newRow("padded") << u" Alice "_s;
    QTest::newRow("full width") << u"ＡＬＩＣＥ"_s;
}

void TestCli::shouldRejectDuplicateLogin()
{
    QFETCH(QString, login);
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    const Run run = cli({u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--login"_s, login,
                         u"--email"_s, u"alice2@example.com"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(u"login: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"already taken"_s), qPrintable(run.err));
}

void TestCli::shouldRejectInvalidInput_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<QString>("field");
    QTest::newRow("email") << QStringList {u"--email"_s, u"not-an-email"_s} << u"email"_s;
    QTest::newRow("empty login") << QStringList {u"--login"_s, u""_s} << u"login"_s;
    QTest::newRow("negative quota") << QStringList {u"--quota"_s, u"workstations=-1"_s}
                                    << u"quota.workstations.limit"_s;
    QTest::newRow("word quota") << QStringList {u"--quota"_s, u"servers=many"_s} << u"quota.servers.limit"_s;
    QTest::newRow("storage size") << QStringList {u"--quota"_s, u"storage=lots"_s} << u"quota.storage.limit"_s;
    QTest::newRow("storage unit") << QStringList {u"--quota"_s, u"storage=5 XB"_s} << u"quota.storage.limit"_s;
    QTest::newRow("storage overage") << QStringList {u"--overage"_s, u"storage=-5GB"_s} << u"quota.storage.overage"_s;
    QTest::newRow("unknown resource") << QStringList {u"--quota"_s, u"disks=4"_s} << u"quota"_s;
    QTest::newRow("no equals sign") << QStringList {u"--quota"_s, u"storage"_s} << u"quota"_s;
    QTest::newRow("notifications") << QStringList {u"--notifications"_s, u"loud"_s} << u"notificationLevel"_s;
    QTest::newRow("backup locations") << QStringList {u"--backup-locations"_s, u"moon"_s} << u"backupLocations"_s;
    QTest::newRow("unknown group") << QStringList {u"--group"_s, u"Acme MSP/Nowhere"_s} << u"group"_s;
    QTest::newRow("unknown group id") << QStringList {u"--group"_s, u"999"_s} << u"group"_s;
    QTest::newRow("admin without phone and address") << QStringList {u"--admin"_s} << u"phone"_s;
    QTest::newRow("admin without address")
        << QStringList {u"--admin"_s, u"--phone"_s, u"+1 555 0100 200"_s} << u"address"_s;
    QTest::newRow("mobile not E.164") << QStringList {u"--mobile"_s, u"12345"_s} << u"mobile"_s;
    QTest::newRow("phone too short") << QStringList {u"--phone"_s, u"12"_s} << u"phone"_s;
    QTest::newRow("notification email") << QStringList {u"--notification-email"_s, u"nope"_s} << u"notificationEmail"_s;
    QTest::newRow("unknown profile") << QStringList {u"--profile"_s, u"Gold"_s} << u"profile"_s;
    QTest::newRow("unknown profile id") << QStringList {u"--profile"_s, u"42"_s} << u"profile"_s;
    QTest::newRow("unknown storage") << QStringList {u"--storage"_s, u"Moon"_s} << u"storage"_s;
    QTest::newRow("unknown subscription") << QStringList {u"--subscription"_s, u"PAYG"_s} << u"subscriptions"_s;
    QTest::newRow("unknown security group") << QStringList {u"--security-group"_s, u"Ops"_s} << u"securityGroups"_s;
}

void TestCli::shouldRejectInvalidInput()
{
    QFETCH(QStringList, extra);
    QFETCH(QString, field);
    addRootAndCustomer();
    // Later options win, so `extra` replaces the valid defaults given first.
    const Run run = cli(QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--login"_s, u"bob"_s,
                                     u"--email"_s, u"bob@example.com"_s}
                        + extra);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(field + u": "_s), qPrintable(run.err));

    const Run list = cli({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(parse(list).object()[u"total"_s].toInt(), 0);
}

void TestCli::shouldReadStorageSizesAlikeInEveryLanguage_data()
{
    QTest::addColumn<QString>("command"); // account add, profile add or group settings --set
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value"); // after "storage="
    QTest::addColumn<QString>("lang"); // --lang and LANG; empty: C
    QTest::addColumn<qint64>("bytes"); // -1: refused
    QTest::addColumn<QString>("expected"); // in stderr when refused, in any language

    const qint64 refused = -1;
    const QString hint = u"use . as the decimal point"_s;
    QTest::newRow("account: decimal point")
        << u"account"_s << u"--quota"_s << u"1.5TB"_s << QString() << Q_INT64_C(1500000000000) << QString();
    QTest::newRow("account: decimal point in German")
        << u"account"_s << u"--quota"_s << u"1.5TB"_s << u"de"_s << Q_INT64_C(1500000000000) << QString();
    QTest::newRow("account: German thousands read as C reads them")
        << u"account"_s << u"--quota"_s << u"1.500GB"_s << u"de"_s << Q_INT64_C(1500000000) << QString();
    QTest::newRow("account: binary in French")
        << u"account"_s << u"--quota"_s << u"1.5 TiB"_s << u"fr"_s << Q_INT64_C(1649267441664) << QString();
    QTest::newRow("account: zero needs no unit")
        << u"account"_s << u"--quota"_s << u"0"_s << QString() << Q_INT64_C(0) << QString();
    QTest::newRow("account: comma refused with both readings")
        << u"account"_s << u"--quota"_s << u"1,500GB"_s << QString() << refused
        << u"\"1,500GB\" could mean 1500GB or 1.5GB; use . as the decimal point, without group separators."_s;
    QTest::newRow("account: comma refused in German")
        << u"account"_s << u"--quota"_s << u"1,500GB"_s << u"de"_s << refused << u"1500GB"_s;
    QTest::newRow("account: decimal comma refused with the hint")
        << u"account"_s << u"--quota"_s << u"1,5GB"_s << QString() << refused
        << u"Did you mean 1.5GB? Use . as the decimal point"_s;
    QTest::newRow("account: space between thousands")
        << u"account"_s << u"--quota"_s << u"1 500GB"_s << QString() << refused << u"Did you mean 1500GB?"_s;
    QTest::newRow("account: bare number refused") << u"account"_s << u"--quota"_s << u"500"_s << QString() << refused
                                                  << u"Add a unit, such as 500 GB or 1.5 TiB."_s;
    QTest::newRow("account: bare number refused in French, examples as C writes them")
        << u"account"_s << u"--quota"_s << u"500"_s << u"fr"_s << refused << u"1.5 TiB"_s;
    QTest::newRow("account: overage with a comma")
        << u"account"_s << u"--overage"_s << u"1,5GB"_s << QString() << refused << hint;
    QTest::newRow("account: overage bare")
        << u"account"_s << u"--overage"_s << u"10"_s << QString() << refused << u"Add a unit"_s;
    QTest::newRow("profile: decimal point")
        << u"profile"_s << u"--quota"_s << u"2.5GB"_s << QString() << Q_INT64_C(2500000000) << QString();
    QTest::newRow("profile: comma refused")
        << u"profile"_s << u"--quota"_s << u"1,500GB"_s << QString() << refused << hint;
    QTest::newRow("profile: bare number refused")
        << u"profile"_s << u"--quota"_s << u"500"_s << QString() << refused << u"Add a unit"_s;
    QTest::newRow("group: limit in German")
        << u"group"_s << u"--limit"_s << u"2TB"_s << u"de"_s << Q_INT64_C(2000000000000) << QString();
    QTest::newRow("group: comma refused") << u"group"_s << u"--limit"_s << u"1,500GB"_s << QString() << refused << hint;
    QTest::newRow("group: bare number refused")
        << u"group"_s << u"--limit"_s << u"500"_s << QString() << refused << u"Add a unit"_s;
}

void TestCli::shouldReadStorageSizesAlikeInEveryLanguage()
{
    QFETCH(QString, command);
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, lang);
    QFETCH(qint64, bytes);
    QFETCH(QString, expected);
    addRootAndCustomer();

    QStringList arguments;
    QString path = option == u"--overage"_s ? u"quotas/storage/overage"_s : u"quotas/storage/limit"_s;
    if (command == u"account"_s) {
        arguments = {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s,
                     u"--login"_s, u"bob"_s, u"--email"_s, u"bob@example.com"_s};
        if (option == u"--overage"_s)
            arguments += {u"--quota"_s, u"storage=1TB"_s};
    } else if (command == u"profile"_s) {
        arguments = {u"profile"_s, u"add"_s, u"--group"_s, u"Acme MSP"_s, u"--name"_s, u"P"_s};
    } else {
        arguments = {u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s};
        path = u"limits/storage"_s;
    }
    arguments += {option, u"storage="_s + value, u"--json"_s, u"--database"_s, m_database};
    QProcessEnvironment env = environment();
    if (!lang.isEmpty()) {
        // A terminal in that language, and --lang too: neither changes how the CLI reads numbers.
        const QString locale = lang == u"de"_s ? u"de_DE.UTF-8"_s : u"fr_FR.UTF-8"_s;
        env.insert(u"LANG"_s, locale);
        env.insert(u"LC_ALL"_s, locale);
        arguments += {u"--lang"_s, lang};
    }
    const Run run = cliRaw(arguments, env);
    if (bytes >= 0) {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(valueAt(parse(run).object(), path).toInteger(), bytes);
        return;
    }
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    const QString field = option == u"--overage"_s ? u"quota.storage.overage"_s : u"quota.storage.limit"_s;
    QVERIFY2(run.err.startsWith(field + u": "_s) || run.err.startsWith(field + u"\u00a0: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(expected, Qt::CaseInsensitive), qPrintable(run.err));
}

void TestCli::shouldDocumentHowStorageSizesAreWritten_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("account add") << QStringList {u"help"_s, u"account"_s, u"add"_s};
    QTest::newRow("account edit") << QStringList {u"account"_s, u"edit"_s, u"--help"_s};
    QTest::newRow("profile add") << QStringList {u"help"_s, u"profile"_s, u"add"_s};
    QTest::newRow("group settings") << QStringList {u"help"_s, u"group"_s, u"settings"_s};
}

void TestCli::shouldDocumentHowStorageSizesAreWritten()
{
    QFETCH(QStringList, arguments);
    const Run run = cliRaw(arguments, environment());
    QCOMPARE(run.exitCode, 0);
    // The help wraps its lines; compare the words.
    const QString help = run.out.simplified();
    QVERIFY2(help.contains(u". as the decimal point"_s), qPrintable(run.out));
}

void TestCli::shouldReportDatabaseProblems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::newRow("directory") << u"directory"_s;
    QTest::newRow("junk file") << u"junk"_s;
    QTest::newRow("foreign SQLite file") << u"foreign"_s;
    QTest::newRow("unsupported URL") << u"url"_s;
    QTest::newRow("unwritable folder") << u"unwritable"_s;
    QTest::newRow("PostgreSQL server not running") << u"postgresql"_s;
    QTest::newRow("MariaDB server not running") << u"mariadb"_s;
}

void TestCli::shouldReportDatabaseProblems()
{
    QFETCH(QString, kind);
    const bool aboutFiles = kind != "url"_L1 && kind != "postgresql"_L1 && kind != "mariadb"_L1;
    if (bc::test::isServer() && aboutFiles)
        QSKIP("a problem of SQLite files");
    QString location;
    if (kind == "directory"_L1) {
        location = m_dir->filePath(u"folder"_s);
        QVERIFY(QDir().mkpath(location));
    } else if (kind == "junk"_L1) {
        location = m_dir->filePath(u"junk.sqlite"_s);
        QFile file(location);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
    } else if (kind == "foreign"_L1) {
        location = m_dir->filePath(u"foreign.sqlite"_s);
        {
            // Somebody else's SQLite file: one table that is not ours.
            QSqlDatabase foreign = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            foreign.setDatabaseName(location);
            QVERIFY(foreign.open());
            QVERIFY(QSqlQuery(foreign).exec(u"CREATE TABLE songs (title TEXT)"_s));
            foreign.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
    } else if (kind == "url"_L1) {
        location = u"oracle://db.example.com/console"_s;
    } else if (!aboutFiles) {
        // Nothing listens on port 1.
        location = kind + u"://bc_test@127.0.0.1:1/console"_s;
    } else {
        // A folder nobody can create, root included: its parent is a file of the kernel's.
        location = u"/proc/version/sub/accounts.sqlite"_s;
    }
    const Run run = cliRaw({u"group"_s, u"list"_s, u"--database"_s, location}, environment());
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(!run.err.isEmpty(), "the reason goes to stderr");
    QVERIFY2(run.err.count(u'\n') == 1, qPrintable(run.err)); // the CLI's message only, no driver log
    for (const QString &driverText : {u"SELECT"_s, u"PRAGMA"_s, u"sqlite_master"_s, u"file is not a database"_s})
        QVERIFY2(!run.err.contains(driverText, Qt::CaseInsensitive), qPrintable(run.err));
}

void TestCli::shouldHonourDatabaseEnvironment()
{
    const QString location = bc::test::freshLocation(u"from-env"_s);
    QVERIFY(!location.isEmpty());
    QProcessEnvironment env = environment();
    env.insert(u"BACKUP_CONSOLE_DATABASE"_s, location);
    Run run = cliRaw({u"group"_s, u"add"_s, u"Env MSP"_s}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(bc::test::isServer() || QFile::exists(location));

    run = cliRaw({u"group"_s, u"list"_s, u"--json"_s, u"--database"_s, location}, environment());
    QCOMPARE(parse(run).array().at(0)[u"name"_s].toString(), u"Env MSP"_s);

    // --database wins over the environment.
    run = cliRaw({u"--database"_s, m_database, u"group"_s, u"list"_s, u"--json"_s}, env);
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(parse(run).array().size(), 0);
}

void TestCli::shouldFilterAccountList_data()
{
    QTest::addColumn<QStringList>("filter");
    QTest::addColumn<int>("total");
    QTest::addColumn<QStringList>("logins");
    const QStringList all {u"anna"_s, u"ben"_s, u"carla"_s, u"dora"_s, u"emil"_s};
    QTest::newRow("all") << QStringList {} << 5 << all;
    QTest::newRow("limit") << QStringList {u"--limit"_s, u"2"_s} << 5 << QStringList {u"anna"_s, u"ben"_s};
    QTest::newRow("descending") << QStringList {u"--sort"_s, u"login"_s, u"--descending"_s, u"--limit"_s, u"1"_s} << 5
                                << QStringList {u"emil"_s};
    QTest::newRow("group only") << QStringList {u"--group"_s, u"Acme MSP/Contoso"_s} << 2
                                << QStringList {u"ben"_s, u"carla"_s};
    QTest::newRow("group and below") << QStringList {u"--group"_s, u"Acme MSP/Contoso"_s, u"--include-subgroups"_s} << 4
                                     << QStringList {u"ben"_s, u"carla"_s, u"dora"_s, u"emil"_s};
    QTest::newRow("status") << QStringList {u"--status"_s, u"disabled"_s} << 1 << QStringList {u"carla"_s};
    // The status filter's other lists: ben holds a subscription, emil is an administrator, and
    // no activation email failed (none was sent: no mail server).
    QTest::newRow("unlicensed") << QStringList {u"--status"_s, u"unlicensed"_s} << 4
                                << QStringList {u"anna"_s, u"carla"_s, u"dora"_s, u"emil"_s};
    QTest::newRow("administrators") << QStringList {u"--status"_s, u"admin"_s} << 1 << QStringList {u"emil"_s};
    QTest::newRow("email failed") << QStringList {u"--status"_s, u"Email-Failed"_s} << 0 << QStringList {};
    QTest::newRow("search login") << QStringList {u"--search"_s, u"ORA"_s} << 1 << QStringList {u"dora"_s};
    QTest::newRow("search start of login") << QStringList {u"--search"_s, u"Em"_s} << 1 << QStringList {u"emil"_s};
    QTest::newRow("search email") << QStringList {u"--search"_s, u"contoso.test"_s} << 2
                                  << QStringList {u"ben"_s, u"carla"_s};
    QTest::newRow("combined") << QStringList {u"--group"_s,  u"1"_s,        u"--include-subgroups"_s,
                                              u"--status"_s, u"inactive"_s, u"--search"_s,
                                              u"example"_s}
                              << 3 << QStringList {u"anna"_s, u"dora"_s, u"emil"_s};
}

void TestCli::shouldFilterAccountList()
{
    QFETCH(QStringList, filter);
    QFETCH(int, total);
    QFETCH(QStringList, logins);
    addRootAndCustomer();
    addAccount(u"anna"_s, u"Acme MSP"_s);
    addAccount(u"ben"_s, u"Acme MSP/Contoso"_s, {u"--email"_s, u"ben@contoso.test"_s});
    addAccount(u"carla"_s, u"Acme MSP/Contoso"_s, {u"--email"_s, u"carla@contoso.test"_s});
    addAccount(u"dora"_s, u"Acme MSP/Contoso/Sales"_s);
    addAccount(u"emil"_s, u"Acme MSP/Contoso/Sales"_s,
               {u"--admin"_s, u"--phone"_s, u"+44 20 7946 0958"_s, u"--address"_s, u"1 Main Street"_s});
    QCOMPARE(cli({u"account"_s, u"disable"_s, u"carla"_s}).exitCode, 0);
    QCOMPARE(cli({u"subscription"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--name"_s, u"PAYG"_s}).exitCode,
             0);
    QCOMPARE(cli({u"account"_s, u"assign-subscription"_s, u"ben"_s, u"--subscription"_s, u"PAYG"_s}).exitCode, 0);

    const Run run = cli(QStringList {u"account"_s, u"list"_s, u"--json"_s} + filter);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QJsonObject result = parse(run).object();
    QCOMPARE(result[u"total"_s].toInt(), total);
    QStringList found;
    for (const QJsonValue &account : result[u"accounts"_s].toArray())
        found.append(account[u"login"_s].toString());
    QCOMPARE(found, logins);
}

void TestCli::shouldPrintAccountTable()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP"_s, {u"--first-name"_s, u"Alice"_s, u"--quota"_s, u"storage=500GB"_s});
    addAccount(u"bartholomew"_s, u"Acme MSP"_s,
               {u"--admin"_s, u"--phone"_s, u"+1 555 0100 200"_s, u"--address"_s, u"2 High Street"_s});
    const Run run = cli({u"account"_s, u"list"_s});
    QCOMPARE(run.exitCode, 0);
    const QStringList lines = run.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (const QString &header :
         {u"Login"_s, u"Name"_s, u"Email"_s, u"Status"_s, u"Admin"_s, u"Storage quota"_s, u"Created"_s})
        QVERIFY2(lines.at(0).contains(header), qPrintable(lines.at(0)));
    // Aligned: every column starts at the same offset on every line.
    const qsizetype emailColumn = lines.at(0).indexOf(u"Email"_s);
    QCOMPARE(lines.at(2).indexOf(u"alice@example.com"_s), emailColumn);
    QCOMPARE(lines.at(3).indexOf(u"bartholomew@example.com"_s), emailColumn);
    QVERIFY2(lines.at(2).contains(u"500"_s), qPrintable(lines.at(2)));
}

void TestCli::shouldChangeAccountStatus()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP"_s);
    auto status = [this]() {
        const Run run = cli({u"account"_s, u"show"_s, u"alice"_s, u"--json"_s});
        return parse(run).object()[u"status"_s].toString();
    };
    QCOMPARE(status(), u"inactive"_s);
    Run run = cli({u"account"_s, u"disable"_s, u"alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(status(), u"disabled"_s);
    run = cli({u"account"_s, u"enable"_s, u"Alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(status(), u"inactive"_s); // never activated: back to pending
    run = cli({u"account"_s, u"delete"_s, u"alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"account"_s, u"show"_s, u"alice"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"login: "_s), qPrintable(run.err));
    for (const QString &verb : {u"disable"_s, u"enable"_s, u"delete"_s})
        QCOMPARE(cli({u"account"_s, verb, u"alice"_s}).exitCode, 1);
}

void TestCli::shouldFillDemoData()
{
    Run run = cli({u"demo"_s, u"--msp-name"_s, u"Test MSP"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    const QJsonArray groups = parse(run).array();
    QVERIFY(groups.size() > 5);
    QCOMPARE(groups.at(0)[u"name"_s].toString(), u"Test MSP"_s);

    run = cli({u"account"_s, u"list"_s, u"--json"_s, u"--limit"_s, u"10"_s});
    const QJsonObject accounts = parse(run).object();
    QCOMPARE(accounts[u"total"_s].toInt(), 300);
    QCOMPARE(accounts[u"accounts"_s].toArray().size(), 10);
    run = cli({u"account"_s, u"list"_s, u"--json"_s, u"--status"_s, u"disabled"_s});
    QVERIFY(parse(run).object()[u"total"_s].toInt() > 0);

    run = cli({u"demo"_s}); // only into an empty database
    QCOMPARE(run.exitCode, 1);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::shouldRefuseADamagedFileAndLeaveItUnchanged()
{
    if (bc::test::isServer())
        QSKIP("a problem of SQLite files");
    Run run = cli({u"demo"_s, u"--msp-name"_s, u"Test MSP"_s, u"--accounts"_s, u"1500"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &depth : {QString(), u"--full"_s}) {
        run = cli(QStringList {u"database"_s, u"check"_s} + (depth.isEmpty() ? QStringList() : QStringList {depth}));
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(u"intact"_s), qPrintable(run.out));
    }
    QCOMPARE(QFileInfo(m_database + u"-wal"_s).size(), 0); // nothing waits to be folded into the file

    // Two pages of garbage in the middle, as a failing disk leaves them.
    {
        constexpr qint64 pageSize = 4096;
        QFile file(m_database);
        QVERIFY(file.open(QIODevice::ReadWrite));
        const qint64 pages = file.size() / pageSize;
        QVERIFY(pages > 16);
        QVERIFY(file.seek(pages / 2 * pageSize));
        QByteArray garbage;
        for (int i = 0; i < 2 * pageSize; ++i)
            garbage.append(static_cast<char>((i * 131 + 7) % 253));
        QCOMPARE(file.write(garbage), garbage.size());
    }
    const QByteArray before = everyStoredByte();

    run = cli({u"account"_s, u"add"_s, u"--group"_s, u"Test MSP"_s, u"--login"_s, u"newcomer"_s, u"--email"_s,
               u"newcomer@example.com"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    for (const QString &plain : {u"damaged"_s, QDir::toNativeSeparators(m_database), u"backup"_s, u".recover"_s})
        QVERIFY2(run.err.contains(plain), qPrintable(run.err));
    for (const QString &raw : {u"btree"_s, u"PRAGMA"_s, u"malformed"_s, u"error code"_s})
        QVERIFY2(!run.err.contains(raw, Qt::CaseInsensitive), qPrintable(run.err));
    QVERIFY2(everyStoredByte() == before, "adding an account wrote to a damaged file");

    for (const QString &depth : {QString(), u"--full"_s}) {
        run = cli(QStringList {u"database"_s, u"check"_s} + (depth.isEmpty() ? QStringList() : QStringList {depth}));
        QCOMPARE(run.exitCode, 3);
        QVERIFY2(run.err.contains(u"damaged"_s), qPrintable(run.err));
    }
    run = cli({u"database"_s, u"check"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject report = parse(run).object();
    QCOMPARE(report[u"intact"_s].toBool(true), false);
    QVERIFY(!report[u"findings"_s].toArray().isEmpty());
    QVERIFY2(everyStoredByte() == before, "checking a damaged file wrote to it");

    run = cli({u"help"_s, u"database"_s, u"check"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(u"--full"_s), qPrintable(run.out));
}

void TestCli::shouldLetOneOfConcurrentAddsWin()
{
    addRootAndCustomer();
    // Issue 4: twenty processes at once, on every backend.
    constexpr int racers = 20;
    std::vector<std::unique_ptr<QProcess>> processes;
    for (int i = 0; i < racers; ++i) {
        auto process = std::make_unique<QProcess>();
        process->setProcessEnvironment(environment());
        process->start(QStringLiteral(CLI_PATH),
                       {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--login"_s, u"racer"_s,
                        u"--email"_s, u"racer%1@example.com"_s.arg(i), u"--database"_s, m_database});
        processes.push_back(std::move(process));
    }
    int winners = 0;
    int losers = 0;
    for (const auto &process : processes) {
        QVERIFY2(process->waitForFinished(120000), qPrintable(process->errorString()));
        QCOMPARE(process->exitStatus(), QProcess::NormalExit);
        const QString err = QString::fromUtf8(process->readAllStandardError());
        if (process->exitCode() == 0) {
            ++winners;
        } else {
            QVERIFY2(process->exitCode() == 1, qPrintable(err));
            QVERIFY2(err.startsWith(u"login: "_s) && err.contains(u"already taken"_s), qPrintable(err));
            for (const QString &driverText : {u"UNIQUE"_s, u"duplicate"_s, u"Duplicate"_s, u"23505"_s, u"1062"_s})
                QVERIFY2(!err.contains(driverText), qPrintable(err));
            QCOMPARE(err.count(u'\n'), 1);
            ++losers;
        }
    }
    QCOMPARE(winners, 1);
    QCOMPARE(losers, racers - 1);

    const Run run = cli({u"account"_s, u"list"_s, u"--search"_s, u"racer"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"total"_s].toInt(), 1);
    // One row, and one audit entry for it: the losers left nothing behind.
    {
        QSqlDatabase db = bc::test::addConnection(m_database, u"race"_s);
        QVERIFY(db.open());
        QSqlQuery rows(db);
        QVERIFY(rows.exec(u"SELECT count(*) FROM accounts WHERE login_key = 'racer'"_s) && rows.next());
        QCOMPARE(rows.value(0).toInt(), 1);
        QSqlQuery audit(db);
        QVERIFY(audit.exec(u"SELECT count(*) FROM audit_log WHERE action = 'account.created' AND summary = 'racer'"_s)
                && audit.next());
        QCOMPARE(audit.value(0).toInt(), 1);
    }
    QSqlDatabase::removeDatabase(u"race"_s);
}

void TestCli::shouldManageCatalogItems_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("addOptions");
    QTest::addColumn<QStringList>("editOptions");
    QTest::addColumn<QString>("path"); // where the options show in the item's JSON
    QTest::addColumn<QJsonValue>("added");
    QTest::addColumn<QJsonValue>("edited");
    QTest::newRow("profile notifications")
        << u"profile"_s << QStringList {u"--notifications"_s, u"all"_s} << QStringList {u"--notifications"_s, u"off"_s}
        << u"notificationLevel"_s << QJsonValue(u"all"_s) << QJsonValue(u"off"_s);
    QTest::newRow("profile data lock") << u"profile"_s << QStringList {u"--data-lock"_s}
                                       << QStringList {u"--no-data-lock"_s} << u"dataLock"_s << QJsonValue(true)
                                       << QJsonValue(false);
    QTest::newRow("profile backup locations")
        << u"profile"_s << QStringList {u"--backup-locations"_s, u"cloud-only"_s}
        << QStringList {u"--backup-locations"_s, u"local-and-cloud"_s} << u"backupLocations"_s
        << QJsonValue(u"cloud-only"_s) << QJsonValue(u"local-and-cloud"_s);
    QTest::newRow("profile quota") << u"profile"_s << QStringList {u"--quota"_s, u"storage=1GB"_s}
                                   << QStringList {u"--quota"_s, u"storage=unlimited"_s} << u"quotas/storage/limit"_s
                                   << QJsonValue(1000000000) << QJsonValue(u"unlimited"_s);
    QTest::newRow("profile overage") << u"profile"_s << QStringList {u"--overage"_s, u"servers=2"_s}
                                     << QStringList {u"--overage"_s, u"servers=0"_s} << u"quotas/servers/overage"_s
                                     << QJsonValue(2) << QJsonValue(0);
    QTest::newRow("storage region") << u"storage"_s << QStringList {u"--region"_s, u"eu-central"_s}
                                    << QStringList {u"--region"_s, u"us-east"_s} << u"region"_s
                                    << QJsonValue(u"eu-central"_s) << QJsonValue(u"us-east"_s);
    QTest::newRow("subscription") << u"subscription"_s << QStringList {} << QStringList {} << u"groupId"_s
                                  << QJsonValue(2) << QJsonValue(2);
    QTest::newRow("security group permissions")
        << u"security-group"_s
        << QStringList {u"--permission"_s, u"view-audit-log"_s, u"--permission"_s, u"create-accounts"_s}
        << QStringList {u"--permission"_s, u"manage-settings"_s} << u"permissions"_s
        << QJsonValue(QJsonArray {u"create-accounts"_s, u"view-audit-log"_s})
        << QJsonValue(QJsonArray {u"manage-settings"_s});
    QTest::newRow("security group without permissions")
        << u"security-group"_s << QStringList {u"--permission"_s, u"delete-accounts"_s}
        << QStringList {u"--no-permissions"_s} << u"permissions"_s << QJsonValue(QJsonArray {u"delete-accounts"_s})
        << QJsonValue(QJsonArray());
}

void TestCli::shouldManageCatalogItems()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, addOptions);
    QFETCH(QStringList, editOptions);
    QFETCH(QString, path);
    QFETCH(QJsonValue, added);
    QFETCH(QJsonValue, edited);
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;

    Run run =
        cli(QStringList {kind, u"add"_s, u"--group"_s, contoso, u"--name"_s, u"First"_s, u"--json"_s} + addOptions);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject item = parse(run).object();
    QCOMPARE(item[u"name"_s].toString(), u"First"_s);
    QCOMPARE(item[u"groupId"_s].toInteger(), 2);
    QCOMPARE(valueAt(item, path), added);
    const qint64 id = item[u"id"_s].toInteger();

    // Names are unique within a group, compared as core compares them; another group may reuse one.
    run = cli({kind, u"add"_s, u"--group"_s, contoso, u"--name"_s, u" first "_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"name: "_s), qPrintable(run.err));
    run = cli({kind, u"add"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--name"_s, u"First"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"\"First\""_s), qPrintable(run.out));

    // list: what the group defines; --available: also what the groups above define.
    run = cli({kind, u"list"_s, u"--group"_s, contoso, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonArray items = parse(run).array();
    QCOMPARE(items.size(), 1);
    QCOMPARE(items.at(0).toObject(), item);
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 1);
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--available"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 2);
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP"_s, u"--available"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 0);
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--available"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Acme MSP/Contoso/Sales"_s) && run.out.contains(u"Acme MSP/Contoso"_s),
             qPrintable(run.out));

    // edit by name: only the options given change.
    run = cli(QStringList {kind, u"edit"_s, u"first"_s, u"--group"_s, contoso, u"--name"_s, u"Renamed"_s, u"--json"_s}
              + editOptions);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    item = parse(run).object();
    QCOMPARE(item[u"id"_s].toInteger(), id);
    QCOMPARE(item[u"name"_s].toString(), u"Renamed"_s);
    QCOMPARE(valueAt(item, path), edited);
    // edit by id; an edit without options keeps everything.
    run = cli({kind, u"edit"_s, QString::number(id), u"--group"_s, contoso, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object(), item);
    // Renaming onto the other item's name is refused by core.
    const qint64 other = addItem(kind, contoso, u"Second"_s);
    QVERIFY(other > 0);
    run = cli({kind, u"edit"_s, u"Second"_s, u"--group"_s, contoso, u"--name"_s, u"RENAMED"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"name: "_s), qPrintable(run.err));
    // An item of another group is not found by id or name.
    run = cli({kind, u"edit"_s, QString::number(id), u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--name"_s, u"X"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(kind + u": "_s), qPrintable(run.err));

    run = cli({kind, u"delete"_s, u"Renamed"_s, u"--group"_s, contoso});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Renamed"_s), qPrintable(run.out));
    run = cli({kind, u"delete"_s, QString::number(other), u"--group"_s, contoso});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({kind, u"list"_s, u"--group"_s, contoso, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 0);
    run = cli({kind, u"delete"_s, u"Renamed"_s, u"--group"_s, contoso});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(kind + u": "_s), qPrintable(run.err));
}

void TestCli::shouldRejectInvalidCatalogInput_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::newRow("empty name") << QStringList {u"subscription"_s, u"add"_s, u"--name"_s, u"  "_s} << u"name"_s;
    QTest::newRow("profile quota") << QStringList {u"profile"_s, u"add"_s,     u"--name"_s,
                                                   u"P"_s,       u"--quota"_s, u"storage=lots"_s}
                                   << u"quota.storage.limit"_s;
    QTest::newRow("profile notifications")
        << QStringList {u"profile"_s, u"add"_s, u"--name"_s, u"P"_s, u"--notifications"_s, u"loud"_s}
        << u"notificationLevel"_s;
    QTest::newRow("profile above the group's limit")
        << QStringList {u"profile"_s, u"add"_s, u"--name"_s, u"P"_s, u"--quota"_s, u"workstations=50"_s}
        << u"quota.workstations.limit"_s;
    QTest::newRow("unknown permission") << QStringList {u"security-group"_s, u"add"_s, u"--name"_s, u"S"_s,
                                                        u"--permission"_s,   u"fly"_s}
                                        << u"permission"_s;
    QTest::newRow("unknown group") << QStringList {u"storage"_s, u"add"_s,     u"--name"_s,
                                                   u"S"_s,       u"--group"_s, u"Acme MSP/Nowhere"_s}
                                   << u"group"_s;
}

void TestCli::shouldRejectInvalidCatalogInput()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    addRootAndCustomer();
    Run run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s, u"--limit"_s, u"workstations=10"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // Later options win, so a --group in `arguments` replaces this one.
    run = cli(QStringList {u"--group"_s, u"Acme MSP/Contoso"_s} + arguments);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(field + u": "_s), qPrintable(run.err));
    run = cli({arguments.first(), u"list"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 0);
}

void TestCli::shouldRefuseDeletingItemsInUse_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("accountOption");
    QTest::newRow("profile") << u"profile"_s << u"--profile"_s;
    QTest::newRow("storage") << u"storage"_s << u"--storage"_s;
    QTest::newRow("subscription") << u"subscription"_s << u"--subscription"_s;
    QTest::newRow("security group") << u"security-group"_s << u"--security-group"_s;
}

void TestCli::shouldRefuseDeletingItemsInUse()
{
    QFETCH(QString, kind);
    QFETCH(QString, accountOption);
    addRootAndCustomer();
    const qint64 id = addItem(kind, u"Acme MSP"_s, u"Shared"_s);
    QVERIFY(id > 0);
    // An account of a group below uses the item by name.
    addAccount(u"alice"_s, u"Acme MSP/Contoso/Sales"_s, {accountOption, u"shared"_s});

    Run run = cli({kind, u"delete"_s, u"Shared"_s, u"--group"_s, u"Acme MSP"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(u"name: "_s) && run.err.contains(u"in use"_s), qPrintable(run.err));
    run = cli({kind, u"list"_s, u"--group"_s, u"Acme MSP"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 1);

    // Once the account is gone, the item may go.
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"alice"_s}).exitCode, 0);
    run = cli({kind, u"delete"_s, QString::number(id), u"--group"_s, u"Acme MSP"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::shouldInheritProfileValuesAndKeepOverrides()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    QVERIFY(addItem(u"profile"_s, contoso, u"Standard"_s,
                    {u"--quota"_s, u"storage=500GB"_s, u"--quota"_s, u"workstations=3"_s, u"--overage"_s,
                     u"workstations=1"_s, u"--notifications"_s, u"more"_s, u"--backup-locations"_s, u"cloud-only"_s})
            > 0);
    const qint64 gold = addItem(u"profile"_s, u"Acme MSP"_s, u"Gold"_s, {u"--quota"_s, u"servers=9"_s});

    // Options given with --profile override exactly those values; the rest comes from the profile.
    addAccount(u"alice"_s, contoso,
               {u"--profile"_s, u"Standard"_s, u"--quota"_s, u"storage=1TB"_s, u"--notifications"_s, u"all"_s});
    QJsonObject alice = account(u"alice"_s);
    QCOMPARE(alice[u"profileId"_s].toInteger(), 1);
    QCOMPARE(alice[u"overrides"_s].toArray(), (QJsonArray {u"notificationLevel"_s, u"quota.storage"_s}));
    QCOMPARE(valueAt(alice, u"quotas/storage/limit"_s).toInteger(), Q_INT64_C(1000000000000));
    QCOMPARE(valueAt(alice, u"quotas/workstations/limit"_s).toInteger(), 3);
    QCOMPARE(valueAt(alice, u"quotas/workstations/overage"_s).toInteger(), 1);
    QCOMPARE(alice[u"notificationLevel"_s].toString(), u"all"_s);
    QCOMPARE(alice[u"backupLocations"_s].toString(), u"cloud-only"_s);

    // An overage alone overrides that resource and keeps the profile's limit.
    addAccount(u"bob"_s, contoso, {u"--profile"_s, u"1"_s, u"--overage"_s, u"workstations=2"_s});
    const QJsonObject bob = account(u"bob"_s);
    QCOMPARE(bob[u"overrides"_s].toArray(), QJsonArray {u"quota.workstations"_s});
    QCOMPARE(valueAt(bob, u"quotas/workstations/limit"_s).toInteger(), 3);
    QCOMPARE(valueAt(bob, u"quotas/workstations/overage"_s).toInteger(), 2);

    // Without a profile nothing is an override.
    addAccount(u"carla"_s, contoso, {u"--quota"_s, u"storage=1TB"_s});
    QCOMPARE(account(u"carla"_s)[u"overrides"_s].toArray(), QJsonArray());

    // A profile change reaches what is inherited, not what is overridden.
    Run run = cli({u"profile"_s, u"edit"_s, u"Standard"_s, u"--group"_s, contoso, u"--quota"_s, u"workstations=5"_s,
                   u"--notifications"_s, u"off"_s, u"--quota"_s, u"storage=600GB"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = account(u"alice"_s);
    QCOMPARE(valueAt(alice, u"quotas/workstations/limit"_s).toInteger(), 5);
    QCOMPARE(valueAt(alice, u"quotas/storage/limit"_s).toInteger(), Q_INT64_C(1000000000000));
    QCOMPARE(alice[u"notificationLevel"_s].toString(), u"all"_s);

    // Resetting an override takes the profile's value again; the other override stays.
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--reset-to-profile"_s, u"quota.storage"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = parse(run).object();
    QCOMPARE(alice[u"overrides"_s].toArray(), QJsonArray {u"notificationLevel"_s});
    QCOMPARE(valueAt(alice, u"quotas/storage/limit"_s).toInteger(), Q_INT64_C(600000000000));
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--reset-to-profile"_s, u"notifications"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = account(u"alice"_s);
    QCOMPARE(alice[u"overrides"_s].toArray(), QJsonArray());
    QCOMPARE(alice[u"notificationLevel"_s].toString(), u"off"_s);
    run = cli({u"account"_s, u"show"_s, u"alice"_s});
    QVERIFY2(run.out.contains(u"(from the profile)"_s) && !run.out.contains(u"(overridden)"_s), qPrintable(run.out));
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--reset-to-profile"_s, u"colour"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"reset-to-profile: "_s), qPrintable(run.err));

    // A value edited on an account with a profile becomes an override.
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--backup-locations"_s, u"local-and-cloud"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"overrides"_s].toArray(), QJsonArray {u"backupLocations"_s});

    // Another profile (of the group above, by name); then none: the values stay, nothing is overridden.
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--profile"_s, u"gold"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = parse(run).object();
    QCOMPARE(alice[u"profileId"_s].toInteger(), gold);
    QCOMPARE(valueAt(alice, u"quotas/servers/limit"_s).toInteger(), 9);
    QCOMPARE(alice[u"backupLocations"_s].toString(), u"local-and-cloud"_s);
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--no-profile"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = parse(run).object();
    QCOMPARE(alice[u"profileId"_s], QJsonValue(QJsonValue::Null));
    QCOMPARE(alice[u"overrides"_s].toArray(), QJsonArray());
    QCOMPARE(valueAt(alice, u"quotas/servers/limit"_s).toInteger(), 9);
}

void TestCli::shouldEnforceDataLock()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    const qint64 locked = addItem(u"profile"_s, contoso, u"Locked"_s, {u"--data-lock"_s});
    QVERIFY(addItem(u"profile"_s, contoso, u"Open"_s) > 0);
    addAccount(u"alice"_s, contoso, {u"--profile"_s, u"Locked"_s});

    Run run = cli({u"account"_s, u"delete"_s, u"alice"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"profile: "_s), qPrintable(run.err));
    QCOMPARE(account(u"alice"_s)[u"login"_s].toString(), u"alice"_s);

    for (const QStringList &change : {QStringList {u"--profile"_s, u"Open"_s}, QStringList {u"--no-profile"_s}}) {
        run = cli(QStringList {u"account"_s, u"edit"_s, u"alice"_s} + change);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"profile: "_s), qPrintable(run.err));
        QCOMPARE(account(u"alice"_s)[u"profileId"_s].toInteger(), locked);
    }
    // Everything else may change.
    run = cli({u"account"_s, u"edit"_s, u"alice"_s, u"--first-name"_s, u"Alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(account(u"alice"_s)[u"firstName"_s].toString(), u"Alice"_s);

    // Lifting the lock makes the account deletable.
    run = cli({u"profile"_s, u"edit"_s, u"Locked"_s, u"--group"_s, contoso, u"--no-data-lock"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"account"_s, u"delete"_s, u"alice"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::shouldEditOnlyTheGivenFields_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("login") << QStringList {u"--login"_s, u"alice.smith"_s} << u"login"_s
                           << QJsonValue(u"alice.smith"_s);
    QTest::newRow("email") << QStringList {u"--email"_s, u"new@example.com"_s} << u"email"_s
                           << QJsonValue(u"new@example.com"_s);
    QTest::newRow("first name") << QStringList {u"--first-name"_s, u"Alicia"_s} << u"firstName"_s
                                << QJsonValue(u"Alicia"_s);
    QTest::newRow("last name") << QStringList {u"--last-name"_s, u"Smith"_s} << u"lastName"_s << QJsonValue(u"Smith"_s);
    QTest::newRow("display name") << QStringList {u"--display-name"_s, u"Al"_s} << u"displayName"_s
                                  << QJsonValue(u"Al"_s);
    QTest::newRow("notification email") << QStringList {u"--notification-email"_s, u"n@example.com"_s}
                                        << u"notificationEmail"_s << QJsonValue(u"n@example.com"_s);
    QTest::newRow("mobile") << QStringList {u"--mobile"_s, u"+44 7700 900123"_s} << u"mobile"_s
                            << QJsonValue(u"+447700900123"_s);
    QTest::newRow("phone") << QStringList {u"--phone"_s, u"+44 20 7946 0000"_s} << u"phone"_s
                           << QJsonValue(u"+44 20 7946 0000"_s);
    QTest::newRow("address") << QStringList {u"--address"_s, u"3 Low Road"_s} << u"address"_s
                             << QJsonValue(u"3 Low Road"_s);
    QTest::newRow("no admin") << QStringList {u"--no-admin"_s} << u"administrator"_s << QJsonValue(false);
    QTest::newRow("agent auto-update") << QStringList {u"--agent-auto-update"_s} << u"agentAutoUpdate"_s
                                       << QJsonValue(true);
    QTest::newRow("business notifications")
        << QStringList {u"--business-notifications"_s} << u"businessNotifications"_s << QJsonValue(true);
    QTest::newRow("notifications") << QStringList {u"--notifications"_s, u"off"_s} << u"notificationLevel"_s
                                   << QJsonValue(u"off"_s);
    QTest::newRow("storage") << QStringList {u"--storage"_s, u"US"_s} << u"storageId"_s << QJsonValue(2);
    QTest::newRow("security groups") << QStringList {u"--security-group"_s, u"Ops"_s, u"--security-group"_s, u"1"_s}
                                     << u"securityGroupIds"_s << QJsonValue(QJsonArray {1, 2});
    QTest::newRow("no security groups") << QStringList {u"--no-security-groups"_s} << u"securityGroupIds"_s
                                        << QJsonValue(QJsonArray());
    QTest::newRow("no subscriptions") << QStringList {u"--no-subscriptions"_s} << u"subscriptionIds"_s
                                      << QJsonValue(QJsonArray());
}

void TestCli::shouldEditOnlyTheGivenFields()
{
    QFETCH(QStringList, options);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    QCOMPARE(addItem(u"storage"_s, contoso, u"EU"_s), 1);
    QCOMPARE(addItem(u"storage"_s, contoso, u"US"_s), 2);
    QCOMPARE(addItem(u"security-group"_s, contoso, u"Helpdesk"_s), 1);
    QCOMPARE(addItem(u"security-group"_s, contoso, u"Ops"_s), 2);
    QCOMPARE(addItem(u"subscription"_s, contoso, u"PAYG"_s), 1);
    addAccount(u"alice"_s, contoso,
               {u"--first-name"_s, u"Alice"_s, u"--admin"_s, u"--phone"_s, u"+1 555 0100 200"_s, u"--address"_s,
                u"1 Main Street"_s, u"--no-agent-auto-update"_s, u"--no-business-notifications"_s, u"--storage"_s,
                u"EU"_s, u"--security-group"_s, u"Helpdesk"_s, u"--subscription"_s, u"PAYG"_s});
    QJsonObject expected = account(u"alice"_s);
    QCOMPARE(expected[u"storageId"_s].toInteger(), 1);

    const Run run = cli(QStringList {u"account"_s, u"edit"_s, u"alice"_s, u"--json"_s} + options);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject edited = parse(run).object();
    expected[key] = value;
    if (key == "subscriptionIds"_L1)
        expected[u"licensed"_s] = false;
    if (key == "firstName"_L1 || key == "lastName"_L1)
        expected[u"displayName"_s] = edited[u"displayName"_s]; // core's default follows the names
    QCOMPARE(edited, expected);
    QCOMPARE(account(edited[u"login"_s].toString()), edited);
}

void TestCli::shouldRejectInvalidEdit()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP"_s);
    addAccount(u"bob"_s, u"Acme MSP"_s);
    const QJsonObject before = account(u"alice"_s);
    const QList<std::pair<QStringList, QString>> cases {
        {{u"--mobile"_s, u"12345"_s}, u"mobile"_s},     {{u"--admin"_s}, u"phone"_s},
        {{u"--login"_s, u"BOB"_s}, u"login"_s},         {{u"--email"_s, u"nope"_s}, u"email"_s},
        {{u"--profile"_s, u"Nothing"_s}, u"profile"_s}, {{u"--quota"_s, u"servers=-2"_s}, u"quota.servers.limit"_s},
    };
    for (const auto &[options, field] : cases) {
        const Run run = cli(QStringList {u"account"_s, u"edit"_s, u"alice"_s} + options);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
        QVERIFY2(run.err.startsWith(field + u": "_s), qPrintable(run.err));
        QCOMPARE(account(u"alice"_s), before);
    }
    const Run run = cli({u"account"_s, u"edit"_s, u"nobody"_s, u"--first-name"_s, u"X"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"login: "_s), qPrintable(run.err));
}

void TestCli::shouldTakePasswordFromStandardInput_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("good") << QByteArray("correct horse battery staple\n") << true;
    QTest::newRow("good without line break") << QByteArray("Tr0ub4dor&3-Xylophone") << true;
    QTest::newRow("good, CRLF") << QByteArray("Ünïcödé pässwörd 2024\r\n") << true;
    QTest::newRow("too short") << QByteArray("short\n") << false;
    QTest::newRow("the login") << QByteArray("alice.wonderland\n") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestCli::shouldTakePasswordFromStandardInput()
{
    QFETCH(QByteArray, input);
    QFETCH(bool, accepted);
    addRootAndCustomer();
    const QString login = u"alice.wonderland"_s;
    const QString password = QString::fromUtf8(input).trimmed();
    const QStringList add {u"account"_s, u"add"_s,     u"--group"_s,           u"Acme MSP"_s,         u"--login"_s,
                           login,        u"--email"_s, u"alice@example.com"_s, u"--password-stdin"_s, u"--json"_s};
    Run run = cliWithInput(add, input);
    if (!accepted) {
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"password: "_s), qPrintable(run.err));
        QCOMPARE(cli({u"account"_s, u"show"_s, login}).exitCode, 1);
        // The same password is refused when editing, and the account keeps having none.
        addAccount(login, u"Acme MSP"_s);
        run = cliWithInput({u"account"_s, u"edit"_s, login, u"--password-stdin"_s}, input);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.startsWith(u"password: "_s), qPrintable(run.err));
        QCOMPARE(account(login)[u"hasPassword"_s].toBool(), false);
    } else {
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(parse(run).object()[u"hasPassword"_s].toBool(), true);
        QCOMPARE(account(login)[u"hasPassword"_s].toBool(), true);
        QVERIFY2(!run.out.contains(password) && !run.err.contains(password), qPrintable(run.out));
        // A new password through edit.
        run = cliWithInput({u"account"_s, u"edit"_s, login, u"--password-stdin"_s, u"--json"_s},
                           "another long passphrase 77\n");
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QCOMPARE(parse(run).object()[u"hasPassword"_s].toBool(), true);
        QVERIFY(!run.out.contains(u"another long passphrase"_s));
    }
    if (accepted) {
        // Neither the account rows nor the audit log (before/after JSON) hold the password.
        const QByteArray stored = everyStoredByte();
        QVERIFY(!stored.isEmpty());
        QVERIFY2(!stored.contains(password.toUtf8()), "the password is stored in plain text");
        QVERIFY2(!stored.contains("another long passphrase"), "the password is stored in plain text");
    }
}

void TestCli::shouldLicenseByAssigningSubscriptions()
{
    addRootAndCustomer();
    const qint64 first = addItem(u"subscription"_s, u"Acme MSP"_s, u"Backup PAYG #1001"_s);
    const qint64 second = addItem(u"subscription"_s, u"Acme MSP/Contoso"_s, u"Backup PAYG #1002"_s);
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    QJsonObject alice = account(u"alice"_s);
    QCOMPARE(alice[u"licensed"_s].toBool(), false);
    Run run = cli({u"account"_s, u"show"_s, u"alice"_s});
    QVERIFY2(run.out.contains(u"unlicensed"_s), qPrintable(run.out));

    run = cli(
        {u"account"_s, u"assign-subscription"_s, u"alice"_s, u"--subscription"_s, u"backup payg #1001"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    alice = parse(run).object();
    QCOMPARE(alice[u"licensed"_s].toBool(), true);
    QCOMPARE(alice[u"subscriptionIds"_s].toArray(), QJsonArray {first});

    // Adds to what the account has; by id; twice the same is once.
    run = cli({u"account"_s, u"assign-subscription"_s, u"alice"_s, u"--subscription"_s, QString::number(second),
               u"--subscription"_s, QString::number(first)});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Backup PAYG #1001, Backup PAYG #1002"_s), qPrintable(run.out));
    QCOMPARE(account(u"alice"_s)[u"subscriptionIds"_s].toArray(), (QJsonArray {first, second}));

    // A subscription of another branch of the tree is not the account's to have.
    run = cli({u"group"_s, u"add"_s, u"Fabrikam"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(addItem(u"subscription"_s, u"Acme MSP/Fabrikam"_s, u"Other"_s) > 0);
    run = cli({u"account"_s, u"assign-subscription"_s, u"alice"_s, u"--subscription"_s, u"Other"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"subscriptions: "_s), qPrintable(run.err));
    run = cli({u"account"_s, u"assign-subscription"_s, u"nobody"_s, u"--subscription"_s, u"1"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"login: "_s), qPrintable(run.err));
}

void TestCli::shouldTakeTheGroupsDefaultsUnlessOptedOut_data()
{
    // Options of `account add` in Sales, below Contoso whose default profile is Standard and whose
    // only subscription is PAYG; expected: the profile and subscription the account gets.
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("profile");
    QTest::addColumn<QString>("subscription");
    QTest::newRow("the defaults") << QStringList() << u"Standard"_s << u"PAYG"_s;
    QTest::newRow("--no-profile") << QStringList {u"--no-profile"_s} << u""_s << u"PAYG"_s;
    QTest::newRow("--no-subscriptions") << QStringList {u"--no-subscriptions"_s} << u"Standard"_s << u""_s;
    QTest::newRow("both opted out") << QStringList {u"--no-profile"_s, u"--no-subscriptions"_s} << u""_s << u""_s;
    QTest::newRow("--profile instead") << QStringList {u"--profile"_s, u"Other"_s} << u"Other"_s << u"PAYG"_s;
}

void TestCli::shouldTakeTheGroupsDefaultsUnlessOptedOut()
{
    QFETCH(QStringList, options);
    QFETCH(QString, profile);
    QFETCH(QString, subscription);
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    QHash<QString, qint64> ids {
        {u"Standard"_s, addItem(u"profile"_s, contoso, u"Standard"_s, {u"--quota"_s, u"storage=500GB"_s})},
        {u"Other"_s, addItem(u"profile"_s, contoso, u"Other"_s)},
        {u"PAYG"_s, addItem(u"subscription"_s, contoso, u"PAYG"_s)},
    };
    Run run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--default-profile"_s, u"standard"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    addAccount(u"alice"_s, u"Acme MSP/Contoso/Sales"_s, options);
    if (QTest::currentTestFailed())
        return;
    const QJsonObject alice = account(u"alice"_s);
    QCOMPARE(alice[u"profileId"_s].toInteger(), ids.value(profile));
    QCOMPARE(alice[u"subscriptionIds"_s].toArray(),
             subscription.isEmpty() ? QJsonArray() : QJsonArray {ids.value(subscription)});
    QCOMPARE(alice[u"licensed"_s].toBool(), !subscription.isEmpty());
    // The profile's values, as if it had been named.
    const QJsonValue storage = valueAt(alice, u"quotas/storage/limit"_s);
    if (profile == "Standard"_L1)
        QCOMPARE(storage.toInteger(), Q_INT64_C(500000000000));
    else
        QCOMPARE(storage.toString(), u"unlimited"_s);
}

void TestCli::shouldSetAndShowTheGroupsDefaults()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    const qint64 standard = addItem(u"profile"_s, contoso, u"Standard"_s);
    const qint64 payg = addItem(u"subscription"_s, contoso, u"PAYG"_s);
    addItem(u"subscription"_s, contoso, u"Capped"_s);

    Run run = cli({u"help"_s, u"group"_s, u"settings"_s});
    for (const QString &text : {u"--default-profile"_s, u"--default-subscription"_s})
        QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in\n"_s + run.out));
    run = cli({u"help"_s, u"account"_s, u"add"_s});
    for (const QString &text : {u"--no-profile"_s, u"--no-subscriptions"_s, u"the group's default profile"_s})
        QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in\n"_s + run.out));

    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--default-profile"_s, u"Standard"_s,
               u"--default-subscription"_s, QString::number(payg), u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject shown = parse(run).object();
    QCOMPARE(shown[u"defaultProfileId"_s].toInteger(), standard);
    QCOMPARE(shown[u"defaultSubscriptionId"_s].toInteger(), payg);
    QCOMPARE(valueAt(shown, u"effectiveDefaults/profile/origin"_s).toString(), u"own"_s);
    QCOMPARE(valueAt(shown, u"effectiveDefaults/subscription/name"_s).toString(), u"PAYG"_s);

    // A unit below inherits them, and says from where.
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso/Sales"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    shown = parse(run).object();
    QVERIFY(shown[u"defaultProfileId"_s].isNull());
    QCOMPARE(valueAt(shown, u"effectiveDefaults/profile/id"_s).toInteger(), standard);
    QCOMPARE(valueAt(shown, u"effectiveDefaults/profile/origin"_s).toString(), u"inherited"_s);
    QCOMPARE(valueAt(shown, u"effectiveDefaults/profile/group"_s).toString(), contoso);
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso/Sales"_s});
    for (const QString &text : {u"Inherited: Standard from Contoso"_s, u"Inherited: PAYG from Contoso"_s})
        QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in\n"_s + run.out));

    // Deleting a default is refused, naming the group; none lets it go.
    run = cli({u"profile"_s, u"delete"_s, u"Standard"_s, u"--group"_s, contoso});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"default profile of \"Contoso\""_s), qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--default-profile"_s, u"none"_s,
               u"--default-subscription"_s, u"NONE"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    shown = parse(run).object();
    QVERIFY(shown[u"defaultProfileId"_s].isNull() && shown[u"defaultSubscriptionId"_s].isNull());
    QVERIFY(valueAt(shown, u"effectiveDefaults/profile"_s).isNull());
    run = cli({u"group"_s, u"settings"_s, contoso});
    QVERIFY2(run.out.contains(QRegularExpression(u"Default profile: +None\n"_s)), qPrintable(run.out));
    run = cli({u"profile"_s, u"delete"_s, u"Standard"_s, u"--group"_s, contoso});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

void TestCli::shouldRejectADefaultTheGroupCannotUse_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field");
    QTest::newRow("unknown profile") << QStringList {u"--default-profile"_s, u"Nope"_s} << u"profile"_s;
    QTest::newRow("another customer's profile")
        << QStringList {u"--default-profile"_s, u"Fabrikam only"_s} << u"profile"_s;
    QTest::newRow("a unit's subscription, by id")
        << QStringList {u"--default-subscription"_s, u"2"_s} << u"subscriptions"_s;
}

void TestCli::shouldRejectADefaultTheGroupCannotUse()
{
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    addRootAndCustomer();
    QVERIFY(cli({u"group"_s, u"add"_s, u"Fabrikam"_s}).exitCode == 0);
    QCOMPARE(addItem(u"profile"_s, u"Acme MSP/Fabrikam"_s, u"Fabrikam only"_s), 1);
    QCOMPARE(addItem(u"subscription"_s, u"Acme MSP/Contoso"_s, u"Contoso PAYG"_s), 1);
    QCOMPARE(addItem(u"subscription"_s, u"Acme MSP/Contoso/Sales"_s, u"Sales PAYG"_s), 2);
    Run run = cli(QStringList {u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s} + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(field + u": "_s), qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--json"_s});
    QVERIFY(parse(run).object()[u"defaultProfileId"_s].isNull());
    QVERIFY(parse(run).object()[u"defaultSubscriptionId"_s].isNull());
}

void TestCli::shouldRoundTripGroupSettings()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    const qint64 storage = addItem(u"storage"_s, u"Acme MSP"_s, u"EU"_s, {u"--region"_s, u"eu-central"_s});
    Run run = cli({u"group"_s, u"settings"_s, contoso, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"services"_s].toArray().size(), 8);

    run = cli({u"group"_s,
               u"settings"_s,
               contoso,
               u"--set"_s,
               u"--json"_s,
               u"--customer-id"_s,
               u"C-1001"_s,
               u"--contact-company"_s,
               u"Contoso Ltd"_s,
               u"--contact-address"_s,
               u"1 Contoso Way, Redmond"_s,
               u"--contact-phone"_s,
               u"+1 425 555 0100"_s,
               u"--contact-email"_s,
               u"it@contoso.com"_s,
               u"--service"_s,
               u"servers=off"_s,
               u"--service"_s,
               u"m365-teams=off"_s,
               u"--auto-backup"_s,
               u"m365-mailboxes=on"_s,
               u"--digest-recipient"_s,
               u"a@contoso.com"_s,
               u"--digest-recipient"_s,
               u"b@contoso.com"_s,
               u"--default-storage"_s,
               u"eu"_s,
               u"--limit"_s,
               u"storage=2TB"_s,
               u"--limit"_s,
               u"workstations=10"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject set = parse(run).object();
    QCOMPARE(set[u"customerId"_s].toString(), u"C-1001"_s);
    QCOMPARE(valueAt(set, u"contact/company"_s).toString(), u"Contoso Ltd"_s);
    QCOMPARE(valueAt(set, u"contact/address"_s).toString(), u"1 Contoso Way, Redmond"_s);
    QCOMPARE(valueAt(set, u"contact/phone"_s).toString(), u"+1 425 555 0100"_s);
    QCOMPARE(valueAt(set, u"contact/email"_s).toString(), u"it@contoso.com"_s);
    const QJsonArray services = set[u"services"_s].toArray();
    QCOMPARE(services.size(), 6);
    QVERIFY(!services.contains(u"servers"_s) && !services.contains(u"m365-teams"_s));
    QCOMPARE(set[u"backupNewUsersAutomatically"_s].toArray(), QJsonArray {u"m365-mailboxes"_s});
    QCOMPARE(set[u"digestRecipients"_s].toArray(), (QJsonArray {u"a@contoso.com"_s, u"b@contoso.com"_s}));
    QCOMPARE(set[u"defaultStorageId"_s].toInteger(), storage);
    QCOMPARE(valueAt(set, u"limits/storage"_s).toInteger(), Q_INT64_C(2000000000000));
    QCOMPARE(valueAt(set, u"limits/workstations"_s).toInteger(), 10);

    run = cli({u"group"_s, u"settings"_s, contoso, u"--json"_s});
    QCOMPARE(parse(run).object(), set);

    // Only what is given changes; --no-digest-recipients clears the list; services can come back.
    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--no-digest-recipients"_s, u"--service"_s,
               u"servers=on"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject expected = set;
    expected[u"digestRecipients"_s] = QJsonArray();
    QJsonArray more = services;
    more.insert(1, u"servers"_s);
    expected[u"services"_s] = more;
    QCOMPARE(parse(run).object(), expected);

    run = cli({u"group"_s, u"settings"_s, contoso});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    for (const QString &text : {u"C-1001"_s, u"Contoso Ltd"_s, u"m365-teams"_s, u"EU"_s, u"2 TB"_s})
        QVERIFY2(run.out.contains(text), qPrintable(text + u" missing in\n"_s + run.out));
    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--contact-company"_s, u"Contoso Inc"_s});
    QVERIFY2(run.exitCode == 0 && run.out.contains(u"Acme MSP/Contoso"_s), qPrintable(run.err));

    // group add --customer-id
    run = cli({u"group"_s, u"add"_s, u"Fabrikam"_s, u"--customer-id"_s, u"F-77"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Fabrikam"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"customerId"_s].toString(), u"F-77"_s);
    run = cli({u"group"_s, u"add"_s, u"Tailspin"_s, u"--customer-id"_s, QString(200, u'x')});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.startsWith(u"customerId: "_s), qPrintable(run.err));
    run = cli({u"group"_s, u"list"_s, u"--json"_s});
    QCOMPARE(parse(run).array().size(), 4); // Tailspin was not left behind
}

void TestCli::shouldRejectInvalidGroupSettings_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("field");
    QTest::newRow("contact email") << QStringList {u"--contact-email"_s, u"nope"_s} << u"contactEmail"_s;
    QTest::newRow("contact phone") << QStringList {u"--contact-phone"_s, u"12"_s} << u"contactPhone"_s;
    QTest::newRow("digest recipient") << QStringList {u"--digest-recipient"_s, u"x"_s} << u"digestRecipients"_s;
    QTest::newRow("unknown service") << QStringList {u"--service"_s, u"fax=off"_s} << u"service"_s;
    QTest::newRow("service state") << QStringList {u"--service"_s, u"servers=maybe"_s} << u"service"_s;
    QTest::newRow("auto-backup") << QStringList {u"--auto-backup"_s, u"m365-teams"_s} << u"auto-backup"_s;
    QTest::newRow("default storage") << QStringList {u"--default-storage"_s, u"Moon"_s} << u"storage"_s;
    QTest::newRow("limit") << QStringList {u"--limit"_s, u"servers=lots"_s} << u"quota.servers.limit"_s;
    QTest::newRow("limit above the group above")
        << QStringList {u"--limit"_s, u"storage=9TB"_s} << u"quota.storage.limit"_s;
    QTest::newRow("limit resource") << QStringList {u"--limit"_s, u"disks=3"_s} << u"limit"_s;
}

void TestCli::shouldRejectInvalidGroupSettings()
{
    QFETCH(QStringList, options);
    QFETCH(QString, field);
    addRootAndCustomer();
    Run run = cli({u"group"_s, u"settings"_s, u"Acme MSP"_s, u"--set"_s, u"--limit"_s, u"storage=5TB"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--json"_s});
    const QJsonObject before = parse(run).object();

    run = cli(QStringList {u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s} + options);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(field + u": "_s), qPrintable(run.err));
    run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--json"_s});
    QCOMPARE(parse(run).object(), before);
}

void TestCli::shouldZeroQuotasOfServicesSwitchedOff()
{
    addRootAndCustomer();
    Run run = cli({u"group"_s, u"settings"_s, u"Acme MSP/Contoso"_s, u"--set"_s, u"--service"_s, u"workstations=off"_s,
                   u"--service"_s, u"m365-mailboxes=off"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList quotas {u"--quota"_s,          u"workstations=5"_s, u"--quota"_s,
                              u"m365-mailboxes=7"_s, u"--quota"_s,        u"servers=4"_s};
    addAccount(u"contoso"_s, u"Acme MSP/Contoso"_s, quotas);
    addAccount(u"sales"_s, u"Acme MSP/Contoso/Sales"_s, quotas); // below: the services are off there too
    addAccount(u"msp"_s, u"Acme MSP"_s, quotas);
    for (const QString &login : {u"contoso"_s, u"sales"_s}) {
        const QJsonObject off = account(login);
        QCOMPARE(valueAt(off, u"quotas/workstations/limit"_s).toInteger(), 0);
        QCOMPARE(valueAt(off, u"quotas/m365-mailboxes/limit"_s).toInteger(), 0);
        QCOMPARE(valueAt(off, u"quotas/servers/limit"_s).toInteger(), 4);
    }
    const QJsonObject on = account(u"msp"_s);
    QCOMPARE(valueAt(on, u"quotas/workstations/limit"_s).toInteger(), 5);
    QCOMPARE(valueAt(on, u"quotas/m365-mailboxes/limit"_s).toInteger(), 7);
}

QString TestCli::writeFile(const QString &name, const QString &text) const
{
    const QString path = m_dir->filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(text.toUtf8()) < 0)
        qWarning() << "could not write" << path;
    return path;
}

std::unique_ptr<QProcess> TestCli::startSmtpSink(const QString &folder, int &port) const
{
    {
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        port = probe.serverPort();
    }
    auto sink = std::make_unique<QProcess>();
    sink->start(u"/usr/bin/python3"_s,
                {QStringLiteral(SMTP_SINK), u"--port"_s, QString::number(port), u"--folder"_s, folder});
    if (!sink->waitForStarted(10000))
        return nullptr;
    for (int i = 0; i < 100 && !sink->canReadLine(); ++i)
        sink->waitForReadyRead(200);
    if (!sink->readLine().startsWith("ready")) {
        qWarning() << "SMTP sink:" << sink->readAllStandardError();
        return nullptr;
    }
    return sink;
}

void TestCli::shouldQueueActivationEmailsUnlessTurnedOff()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"bob"_s, u"Acme MSP/Contoso"_s, {u"--no-activation-email"_s});
    const QString body = writeFile(u"body.txt"_s, u"Hello {name}, welcome to {organization}: {link}"_s);
    addAccount(u"carol"_s, u"Acme MSP/Contoso"_s,
               {u"--activation-subject"_s, u"Your backup for {organization}"_s, u"--activation-body-file"_s, body});

    QCOMPARE(activation(u"alice"_s)[u"email"_s].toString(), u"queued"_s);
    QVERIFY(!activation(u"alice"_s)[u"linkExpires"_s].toString().isEmpty());
    QVERIFY(activation(u"bob"_s)[u"email"_s].isNull());
    QVERIFY(activation(u"bob"_s)[u"linkExpires"_s].isNull());

    const Run shown = cli({u"account"_s, u"show"_s, u"alice"_s});
    QVERIFY2(shown.exitCode == 0, qPrintable(shown.err));
    QVERIFY2(shown.out.contains(u"Not sent: no mail server set up"_s), qPrintable(shown.out));
    QVERIFY2(shown.out.contains(u"Pending since:"_s) && shown.out.contains(u"Link expires:"_s), qPrintable(shown.out));

    const Run listed = cli({u"outbox"_s, u"list"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray messages = parse(listed).object()[u"messages"_s].toArray();
    QCOMPARE(messages.size(), 2);
    QStringList recipients;
    for (const QJsonValue &message : messages)
        recipients.append(message[u"recipient"_s].toString());
    QCOMPARE(recipients, (QStringList {u"carol@example.com"_s, u"alice@example.com"_s}));
    QVERIFY2(everyStoredByte().contains("Hello {name}, welcome"), "the custom body was not stored");
}

void TestCli::shouldRejectInvalidActivationEmail_data()
{
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("body without link") << QStringList {u"--activation-body-file"_s, u"no-link.txt"_s} << 1
                                       << u"activation-body-file: "_s;
    QTest::newRow("empty subject") << QStringList {u"--activation-subject"_s, u"  "_s} << 1
                                   << u"activation-subject: "_s;
    QTest::newRow("missing file") << QStringList {u"--activation-body-file"_s, u"missing.txt"_s} << 1
                                  << u"activation-body-file: "_s;
    QTest::newRow("no email and a subject")
        << QStringList {u"--no-activation-email"_s, u"--activation-subject"_s, u"Hi"_s} << 2 << u"not both"_s;
}

void TestCli::shouldRejectInvalidActivationEmail()
{
    QFETCH(QStringList, extra);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    addRootAndCustomer();
    writeFile(u"no-link.txt"_s, u"Hello {name}"_s);
    for (QString &argument : extra) {
        if (argument.endsWith(u".txt"_s))
            argument = m_dir->filePath(argument);
    }
    const Run run = cli(QStringList {u"account"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--login"_s,
                                     u"dave"_s, u"--email"_s, u"dave@example.com"_s}
                        + extra);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(run.out.isEmpty());
    QCOMPARE(cli({u"account"_s, u"show"_s, u"dave"_s}).exitCode, 1);
}

void TestCli::shouldResendActivationToSeveralAccounts()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"bob"_s, u"Acme MSP/Contoso"_s, {u"--no-activation-email"_s});
    addAccount(u"carol"_s, u"Acme MSP/Contoso"_s);
    QCOMPARE(cli({u"account"_s, u"disable"_s, u"carol"_s}).exitCode, 0);
    const QString expiresBefore = activation(u"alice"_s)[u"linkExpires"_s].toString();

    Run run = cli({u"account"_s, u"resend-activation"_s, u"alice"_s, u"bob"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"resent"_s].toArray(), (QJsonArray {u"alice"_s, u"bob"_s}));
    QCOMPARE(activation(u"bob"_s)[u"email"_s].toString(), u"queued"_s);
    QVERIFY(!activation(u"alice"_s)[u"linkExpires"_s].toString().isEmpty());
    QVERIFY(activation(u"alice"_s)[u"linkExpires"_s].toString() >= expiresBefore);
    QCOMPARE(parse(cli({u"outbox"_s, u"list"_s, u"--json"_s})).object()[u"messages"_s].toArray().size(), 4);

    // A disabled and an unknown account are refused by name; the others still get their email.
    run = cli({u"account"_s, u"resend-activation"_s, u"carol"_s, u"nobody"_s, u"alice"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"carol: "_s) && run.err.contains(u"nobody: "_s), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"\"alice\""_s), qPrintable(run.out));
    QCOMPARE(parse(cli({u"outbox"_s, u"list"_s, u"--json"_s})).object()[u"messages"_s].toArray().size(), 5);
    QCOMPARE(cli({u"account"_s, u"resend-activation"_s}).exitCode, 2);
}

void TestCli::shouldListAndRetryOutbox()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    // Nowhere to send to yet: send says so and sends nothing.
    Run run = cli({u"outbox"_s, u"send"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"mail settings"_s), qPrintable(run.err));

    // A refused connection leaves the email queued with the reason; retry queues it at once.
    QTcpServer closed;
    closed.listen(QHostAddress::LocalHost, 0);
    const QString port = QString::number(closed.serverPort());
    closed.close();
    run = cli({u"mail"_s, u"settings"_s, u"--set"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s, port, u"--security"_s,
               u"none"_s, u"--sender"_s, u"Desk <desk@msp.example>"_s, u"--timeout"_s, u"5"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"outbox"_s, u"send"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(parse(run).object()[u"sent"_s].toInt(), 0);
    QVERIFY2(run.err.contains(u"Not sent"_s), qPrintable(run.err));

    run = cli({u"outbox"_s, u"list"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject message = parse(run).object()[u"messages"_s].toArray().first().toObject();
    QCOMPARE(message[u"status"_s].toString(), u"queued"_s);
    QCOMPARE(message[u"attempts"_s].toInt(), 1);
    QVERIFY(!message[u"lastError"_s].toString().isEmpty());
    QCOMPARE(activation(u"alice"_s)[u"lastError"_s].toString(), message[u"lastError"_s].toString());

    const QString id = QString::number(message[u"id"_s].toInteger());
    run = cli({u"outbox"_s, u"retry"_s, id, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"attempts"_s].toInt(), 0);
    QCOMPARE(cli({u"outbox"_s, u"retry"_s, u"999"_s}).exitCode, 1);
    QCOMPARE(cli({u"outbox"_s, u"retry"_s, u"abc"_s}).exitCode, 1);
    run = cli({u"outbox"_s, u"list"_s});
    QVERIFY2(run.exitCode == 0 && run.out.contains(u"alice@example.com"_s), qPrintable(run.out + run.err));
}

void TestCli::shouldWithdrawWhatAResendDisableOrDeleteLeavesUnsent()
{
    addRootAndCustomer();
    for (const QString &login : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s})
        addAccount(login, u"Acme MSP/Contoso"_s);
    QCOMPARE(cli({u"account"_s, u"resend-activation"_s, u"alice"_s}).exitCode, 0);
    QCOMPARE(cli({u"account"_s, u"disable"_s, u"bob"_s}).exitCode, 0);
    QCOMPARE(cli({u"account"_s, u"delete"_s, u"carol"_s}).exitCode, 0);

    // Oldest first: the statuses of each recipient's messages.
    QHash<QString, QStringList> statuses;
    const QJsonArray messages = parse(cli({u"outbox"_s, u"list"_s, u"--json"_s})).object()[u"messages"_s].toArray();
    for (qsizetype i = messages.size() - 1; i >= 0; --i) {
        const QJsonObject message = messages.at(i).toObject();
        statuses[message[u"recipient"_s].toString().section(u'@', 0, 0)].append(message[u"status"_s].toString());
    }
    QCOMPARE(statuses.value(u"alice"_s), (QStringList {u"withdrawn"_s, u"queued"_s}));
    QCOMPARE(statuses.value(u"bob"_s), QStringList {u"withdrawn"_s});
    QCOMPARE(statuses.value(u"carol"_s), QStringList {u"withdrawn"_s});
    QCOMPARE(statuses.value(u"dave"_s), QStringList {u"queued"_s});

    // Without a mail server the queued email says why it waits.
    QCOMPARE(activation(u"alice"_s)[u"email"_s].toString(), u"queued"_s);
    QCOMPARE(activation(u"alice"_s)[u"mailServerSetUp"_s].toBool(true), false);
    const Run shown = cli({u"account"_s, u"show"_s, u"alice"_s});
    QVERIFY2(shown.out.contains(u"Not sent: no mail server set up"_s), qPrintable(shown.out));
}

void TestCli::shouldRoundTripMailSettings()
{
    Run run = cli({u"mail"_s, u"settings"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"configured"_s].toBool(), false);

    run = cli({u"mail"_s,
               u"settings"_s,
               u"--set"_s,
               u"--json"_s,
               u"--host"_s,
               u"smtp.msp.example"_s,
               u"--port"_s,
               u"465"_s,
               u"--security"_s,
               u"tls"_s,
               u"--user"_s,
               u"desk"_s,
               u"--sender"_s,
               u"Backup Desk <backup@msp.example>"_s,
               u"--ca-file"_s,
               u"/etc/ssl/company.pem"_s,
               u"--timeout"_s,
               u"12"_s,
               u"--activation-url"_s,
               u"https://activate.msp.example/"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"mail"_s, u"settings"_s, u"--json"_s});
    const QJsonObject settings = parse(run).object();
    QCOMPARE(settings[u"host"_s].toString(), u"smtp.msp.example"_s);
    QCOMPARE(settings[u"port"_s].toInt(), 465);
    QCOMPARE(settings[u"security"_s].toString(), u"tls"_s);
    QCOMPARE(settings[u"user"_s].toString(), u"desk"_s);
    QCOMPARE(settings[u"sender"_s].toString(), u"Backup Desk <backup@msp.example>"_s);
    QCOMPARE(settings[u"caFile"_s].toString(), u"/etc/ssl/company.pem"_s);
    QCOMPARE(settings[u"timeoutSeconds"_s].toInt(), 12);
    QCOMPARE(settings[u"activationUrl"_s].toString(), u"https://activate.msp.example/"_s);
    QCOMPARE(settings[u"configured"_s].toBool(), true);
    QVERIFY(!settings.contains(u"password"_s));

    // Only what is given changes.
    run = cli({u"mail"_s, u"settings"_s, u"--set"_s, u"--port"_s, u"587"_s, u"--security"_s, u"starttls"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"mail"_s, u"settings"_s});
    QVERIFY2(run.out.contains(u"smtp.msp.example"_s) && run.out.contains(u"587"_s) && run.out.contains(u"starttls"_s),
             qPrintable(run.out));
}

void TestCli::shouldRejectInvalidMailSettings_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("security") << QStringList {u"--set"_s, u"--security"_s, u"ssl3"_s} << 1 << u"security: "_s;
    QTest::newRow("port zero") << QStringList {u"--set"_s, u"--port"_s, u"0"_s} << 1 << u"port: "_s;
    QTest::newRow("port too high") << QStringList {u"--set"_s, u"--port"_s, u"70000"_s} << 1 << u"port: "_s;
    QTest::newRow("timeout") << QStringList {u"--set"_s, u"--timeout"_s, u"soon"_s} << 1 << u"timeout: "_s;
    QTest::newRow("sender") << QStringList {u"--set"_s, u"--sender"_s, u"Desk <not an address>"_s} << 1
                            << u"sender: "_s;
    QTest::newRow("option without --set") << QStringList {u"--host"_s, u"x"_s} << 2 << u"--set"_s;
    QTest::newRow("--set alone") << QStringList {u"--set"_s} << 2 << u"--set"_s;
}

void TestCli::shouldRejectInvalidMailSettings()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const Run run = cli(QStringList {u"mail"_s, u"settings"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(parse(cli({u"mail"_s, u"settings"_s, u"--json"_s})).object()[u"port"_s].toInt(), 587);
}

void TestCli::shouldManageGroupTemplateAndLinkLifetime()
{
    addRootAndCustomer();
    const QString contoso = u"Acme MSP/Contoso"_s;
    Run run = cli({u"group"_s, u"template"_s, contoso, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject standard = parse(run).object();
    QVERIFY(standard[u"bodyText"_s].toString().contains(u"{link}"_s));
    QCOMPARE(standard[u"activationDays"_s].toInt(), 7);

    const QString body = writeFile(u"body.txt"_s, u"Dear {name},\n\nactivate: {link}"_s);
    const QString html = writeFile(u"body.html"_s, u"<p>Dear {name}, <a href=\"{link}\">activate</a></p>"_s);
    run = cli({u"group"_s, u"template"_s, contoso, u"--set"_s, u"--subject"_s, u"Welcome, {name}"_s, u"--body-file"_s,
               body, u"--html-file"_s, html});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    // The group below inherits it.
    run = cli({u"group"_s, u"template"_s, u"Acme MSP/Contoso/Sales"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"subject"_s].toString(), u"Welcome, {name}"_s);
    QVERIFY(parse(run).object()[u"bodyHtml"_s].toString().contains(u"<a href"_s));
    run = cli({u"group"_s, u"template"_s, contoso});
    QVERIFY2(run.out.contains(u"Subject: Welcome, {name}"_s), qPrintable(run.out));

    const QString noLink = writeFile(u"nolink.txt"_s, u"Dear {name}"_s);
    run = cli({u"group"_s, u"template"_s, contoso, u"--set"_s, u"--body-file"_s, noLink});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"{link}"_s), qPrintable(run.err));
    QCOMPARE(cli({u"group"_s, u"template"_s, contoso, u"--subject"_s, u"x"_s}).exitCode, 2);
    QCOMPARE(cli({u"group"_s, u"template"_s, contoso, u"--set"_s}).exitCode, 2);
    QCOMPARE(cli({u"group"_s, u"template"_s, contoso, u"--set"_s, u"--reset"_s}).exitCode, 2);

    run = cli({u"group"_s, u"template"_s, contoso, u"--reset"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"subject"_s].toString(), standard[u"subject"_s].toString());

    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--activation-days"_s, u"3"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"activationDays"_s].toInt(), 3);
    run = cli({u"group"_s, u"settings"_s, contoso, u"--set"_s, u"--activation-days"_s, u"91"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"activation-days: "_s), qPrintable(run.err));
    addAccount(u"alice"_s, contoso);
    const QDateTime created = QDateTime::fromString(account(u"alice"_s)[u"createdAt"_s].toString(), Qt::ISODate);
    const QDateTime expires = QDateTime::fromString(activation(u"alice"_s)[u"linkExpires"_s].toString(), Qt::ISODate);
    QVERIFY2(qAbs(created.daysTo(expires) - 3) <= 1, qPrintable(expires.toString(Qt::ISODate)));
}

void TestCli::shouldDeliverThroughRealSmtpServer()
{
    const QString folder = m_dir->filePath(u"mail"_s);
    QVERIFY(QDir().mkpath(folder));
    int port = 0;
    std::unique_ptr<QProcess> sink = startSmtpSink(folder, port);
    QVERIFY2(sink, "the SMTP sink (python3-aiosmtpd) did not start");
    const auto received = [&folder] {
        return QDir(folder).entryList({u"*.eml"_s}, QDir::Files, QDir::Name);
    };

    addRootAndCustomer();
    Run run = cli({u"mail"_s, u"settings"_s, u"--set"_s, u"--host"_s, u"127.0.0.1"_s, u"--port"_s,
                   QString::number(port), u"--security"_s, u"none"_s, u"--sender"_s,
                   u"Backup Desk <desk@msp.example>"_s, u"--activation-url"_s, u"http://127.0.0.1:9/"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));

    run = cli({u"mail"_s, u"test"_s, u"--to"_s, u"admin@msp.example"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"admin@msp.example"_s), qPrintable(run.out));
    QTRY_COMPARE(received().size(), 1);
    QCOMPARE(cli({u"mail"_s, u"test"_s, u"--to"_s, u"not an address"_s}).exitCode, 1);
    QCOMPARE(cli({u"mail"_s, u"test"_s}).exitCode, 2);

    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"bob"_s, u"Acme MSP/Contoso"_s);
    QProcessEnvironment env = environment();
    env.insert(u"BACKUP_CONSOLE_SMTP_PASSWORD"_s, u"unused-without-user"_s);
    run = cliRaw({u"outbox"_s, u"send"_s, u"--json"_s, u"--database"_s, m_database}, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(parse(run).object()[u"sent"_s].toInt(), 2);
    QTRY_COMPARE(received().size(), 3);
    QCOMPARE(activation(u"alice"_s)[u"email"_s].toString(), u"sent"_s);

    QByteArray all;
    for (const QString &name : received()) {
        QFile file(QDir(folder).filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        all += file.readAll();
    }
    QVERIFY2(all.contains("To: bob@example.com") || all.contains("bob@example.com"), all.constData());
    QVERIFY2(all.contains("http://127.0.0.1:9/activate/"), all.constData());

    // Nothing is due any more: a second run sends nothing, and says so.
    run = cliWithInput({u"outbox"_s, u"send"_s}, "secret\n");
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"0"_s), qPrintable(run.out));
    sink->closeWriteChannel();
    QVERIFY(sink->waitForFinished(10000));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
