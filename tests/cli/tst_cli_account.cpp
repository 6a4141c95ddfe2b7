#include "tests/cli/clitest.h"
#include "tests/common/csvreader.h"

#include <QFile>
#include <QJsonArray>
#include <QMap>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line: `account list|show|import|disable|enable|delete|edit`.
class TestCliAccount final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldFilterAccountList_data();
    void shouldFilterAccountList();
    void shouldPrintAccountTable();
    void shouldWriteTheListAsCsv_data();
    void shouldWriteTheListAsCsv();
    void shouldImportAFileWithADryRunFirst();
    void shouldApplyWhatThePlannedDryRunShowed();
    void shouldRefuseAnImportWithoutGroupOrFile_data();
    void shouldRefuseAnImportWithoutGroupOrFile();
    void shouldChangeAccountStatus();
    void shouldEditOnlyTheGivenFields_data();
    void shouldEditOnlyTheGivenFields();
    void shouldRejectInvalidEdit();
    void shouldChangeManyAccountsAtOnce_data();
    void shouldChangeManyAccountsAtOnce();
    void shouldNameTheAccountsAChangeRefuses();
    void shouldRefuseAChangeWithoutAccountsOrChange_data();
    void shouldRefuseAChangeWithoutAccountsOrChange();
};

void TestCliAccount::shouldFilterAccountList_data()
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

void TestCliAccount::shouldFilterAccountList()
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

void TestCliAccount::shouldPrintAccountTable()
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

void TestCliAccount::shouldWriteTheListAsCsv_data()
{
    QTest::addColumn<QStringList>("filter");
    // login → its group's path below the listed group
    QTest::addColumn<QStringList>("records");
    QTest::newRow("every account, below the top group")
        << QStringList {}
        << QStringList {u"anna="_s, u"ben=Contoso"_s, u"carla=Contoso"_s, u"dora=Contoso/Sales"_s,
                        u"emil=Contoso/Sales"_s};
    QTest::newRow("a customer and below, paths below it")
        << QStringList {u"--group"_s, u"Acme MSP/Contoso"_s, u"--include-subgroups"_s}
        << QStringList {u"ben="_s, u"carla="_s, u"dora=Sales"_s, u"emil=Sales"_s};
    QTest::newRow("sorted, descending, limited")
        << QStringList {u"--sort"_s, u"login"_s, u"--descending"_s, u"--limit"_s, u"2"_s}
        << QStringList {u"emil=Contoso/Sales"_s, u"dora=Contoso/Sales"_s};
    QTest::newRow("filtered by status") << QStringList {u"--status"_s, u"disabled"_s}
                                        << QStringList {u"carla=Contoso"_s};
    QTest::newRow("nothing matches: the header alone") << QStringList {u"--search"_s, u"nobody"_s} << QStringList {};
}

void TestCliAccount::shouldWriteTheListAsCsv()
{
    QFETCH(QStringList, filter);
    QFETCH(QStringList, records);
    addRootAndCustomer();
    addAccount(u"anna"_s, u"Acme MSP"_s);
    addAccount(u"ben"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"carla"_s, u"Acme MSP/Contoso"_s, {u"--first-name"_s, u"=cmd|' /C calc'!A0"_s});
    addAccount(u"dora"_s, u"Acme MSP/Contoso/Sales"_s);
    addAccount(u"emil"_s, u"Acme MSP/Contoso/Sales"_s,
               {u"--admin"_s, u"--phone"_s, u"+44 20 7946 0958"_s, u"--address"_s, u"1 Main Street"_s});
    QCOMPARE(cli({u"account"_s, u"disable"_s, u"carla"_s}).exitCode, 0);
    QCOMPARE(
        cli({u"subscription"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--name"_s, u"PAYG, EU"_s}).exitCode,
        0);
    QCOMPARE(cli({u"account"_s, u"assign-subscription"_s, u"ben"_s, u"--subscription"_s, u"PAYG, EU"_s}).exitCode, 0);

    const Run run = cli(QStringList {u"account"_s, u"list"_s, u"--csv"_s} + filter);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QList<QStringList> read = bc::test::readCsv(run.out);
    QVERIFY2(!read.isEmpty(), qPrintable(run.out));
    // The columns scripts and an import rely on, in order.
    QStringList columns {
        u"login"_s,   u"email"_s,         u"firstName"_s,         u"lastName"_s,      u"displayName"_s, u"group"_s,
        u"status"_s,  u"administrator"_s, u"notificationEmail"_s, u"mobile"_s,        u"phone"_s,       u"address"_s,
        u"profile"_s, u"storage"_s,       u"subscriptions"_s,     u"securityGroups"_s};
    for (const QString &resource : {u"workstations"_s, u"servers"_s, u"virtual-machines"_s, u"mobile-devices"_s,
                                    u"m365-mailboxes"_s, u"storage"_s})
        columns << u"quota.%1.limit"_s.arg(resource) << u"quota.%1.overage"_s.arg(resource);
    columns << u"createdAt"_s << u"activatedAt"_s;
    QCOMPARE(read.first(), columns);
    QStringList found;
    for (const QStringList &record : read.mid(1)) {
        QCOMPARE(record.size(), columns.size());
        const QString login = record.at(columns.indexOf(u"login"_s));
        found.append(login + u'=' + record.at(columns.indexOf(u"group"_s)));
        const auto field = [&](const QString &column) {
            return record.at(columns.indexOf(column));
        };
        if (login == "ben"_L1)
            QCOMPARE(field(u"subscriptions"_s), u"PAYG, EU"_s);
        if (login == "carla"_L1) {
            QCOMPARE(field(u"status"_s), u"disabled"_s);
            // A spreadsheet shows it as text, never runs it.
            QCOMPARE(field(u"firstName"_s), u"'=cmd|' /C calc'!A0"_s);
        }
        if (login == "emil"_L1) {
            QCOMPARE(field(u"administrator"_s), u"yes"_s);
            QCOMPARE(field(u"phone"_s), u"'+44 20 7946 0958"_s);
        }
    }
    QCOMPARE(found, records);
}

void TestCliAccount::shouldImportAFileWithADryRunFirst()
{
    addRootAndCustomer();
    addAccount(u"anna"_s, u"Acme MSP"_s);
    // As Excel in German saves it: a byte order mark, semicolons, CR LF; one column it does not know.
    const QString users = writeFile(u"users.csv"_s,
                                    u"\uFEFFlogin;email;firstName;group;Department\r\n"
                                    "ben;ben@contoso.test;Ben;Contoso;IT\r\n"
                                    "dora;dora@contoso.test;Dora;Contoso/Sales;Sales\r\n"
                                    "anna;anna@example.com;Anna Maria;;Board\r\n"
                                    "emil;emil(at)contoso.test;Emil;Contoso;IT\r\n"
                                    "BEN;ben2@contoso.test;Ben;Contoso;IT\r\n"_s);
    const QStringList import {u"account"_s, u"import"_s, users, u"--group"_s, u"Acme MSP"_s};

    // The dry run says what each record would do, and writes nothing.
    Run run = cli(import + QStringList {u"--dry-run"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1); // records with errors
    QJsonObject result = parse(run).object();
    QCOMPARE(result[u"dryRun"_s].toBool(), true);
    QCOMPARE(result[u"created"_s].toInt(), 2);
    QCOMPARE(result[u"updated"_s].toInt(), 1);
    QCOMPARE(result[u"unchanged"_s].toInt(), 0);
    QCOMPARE(result[u"errors"_s].toInt(), 2);
    QCOMPARE(result[u"conflicts"_s].toInt(), 0);
    QCOMPARE(result[u"format"_s].toString(), u"console"_s);
    QCOMPARE(result[u"unknownColumns"_s].toArray(), QJsonArray {u"Department"_s});
    const QJsonArray rows = result[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 5);
    QStringList outcomes;
    for (const QJsonValue &row : rows)
        outcomes.append(row[u"login"_s].toString() + u'=' + row[u"outcome"_s].toString());
    QCOMPARE(outcomes,
             (QStringList {u"ben=create"_s, u"dora=create"_s, u"anna=update"_s, u"emil=error"_s, u"BEN=error"_s}));
    QCOMPARE(rows[2][u"changes"_s].toArray(),
             (QJsonArray {
                 QJsonObject {{u"field"_s, u"firstName"_s}, {u"old"_s, QString()}, {u"new"_s, u"Anna Maria"_s}},
                 // An empty display name is made of the names.
                 QJsonObject {{u"field"_s, u"displayName"_s}, {u"old"_s, QString()}, {u"new"_s, u"Anna Maria"_s}}}));
    QCOMPARE(rows[3][u"errors"_s][0][u"field"_s].toString(), u"email"_s);
    QCOMPARE(rows[3][u"record"_s].toInt(), 5);
    run = cli({u"account"_s, u"list"_s, u"--json"_s});
    QCOMPARE(parse(run).object()[u"total"_s].toInt(), 1);

    // Applying does what the dry run said, and writes the records it could not import to a file.
    const QString errors = m_dir->filePath(u"errors.csv"_s);
    run = cli(import + QStringList {u"--errors"_s, errors});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.out.trimmed(), u"2 created, 1 updated, 0 unchanged, 0 disabled, 0 deleted, 2 errors, 0 conflicts."_s);
    QVERIFY2(run.err.contains(u"Record 5, email: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(u"Ignored columns: Department."_s), qPrintable(run.err));
    const Run sales = cli({u"account"_s, u"list"_s, u"--group"_s, u"Acme MSP/Contoso/Sales"_s, u"--json"_s});
    QCOMPARE(parse(sales).object()[u"accounts"_s][0][u"login"_s].toString(), u"dora"_s);
    QCOMPARE(account(u"anna"_s)[u"firstName"_s].toString(), u"Anna Maria"_s);
    QFile errorsFile(errors);
    QVERIFY(errorsFile.open(QIODevice::ReadOnly));
    QList<QStringList> written = bc::test::readCsv(QString::fromUtf8(errorsFile.readAll()));
    errorsFile.close();
    QCOMPARE(written.size(), 3);
    QCOMPARE(written[0],
             (QStringList {u"login"_s, u"email"_s, u"firstName"_s, u"group"_s, u"Department"_s, u"row"_s, u"field"_s,
                           u"message"_s}));
    QCOMPARE(written[1].mid(0, 6),
             (QStringList {u"emil"_s, u"emil(at)contoso.test"_s, u"Emil"_s, u"Contoso"_s, u"IT"_s, u"5"_s}));
    QCOMPARE(written[1][6], u"email"_s);
    QCOMPARE(written[2][5], u"6"_s);

    // The same file again changes nothing.
    run = cli(import + QStringList {u"--json"_s});
    result = parse(run).object();
    QCOMPARE(result[u"created"_s].toInt(), 0);
    QCOMPARE(result[u"updated"_s].toInt(), 0);
    QCOMPARE(result[u"unchanged"_s].toInt(), 3);

    // Fixed in a spreadsheet, the errors file imports as it is.
    written[1][1] = u"emil@contoso.test"_s;
    QString fixed;
    for (const QStringList &record : std::as_const(written)) {
        QStringList quoted;
        for (const QString &field : record)
            quoted.append(u'"' + QString(field).replace(u'"', u"\"\""_s) + u'"');
        fixed += quoted.join(u',') + u"\r\n"_s;
    }
    run = cli({u"account"_s, u"import"_s, writeFile(u"fixed.csv"_s, fixed), u"--group"_s, u"Acme MSP"_s});
    // Emil is created; BEN, alone in this file, is ben's update.
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.startsWith(u"1 created, 1 updated, "_s), qPrintable(run.out + run.err));
}

// A dry run in one run and the apply in another: the dry run writes its plan (--plan), the apply
// does what it showed, and columns the header does not name are fed by --column.
void TestCliAccount::shouldApplyWhatThePlannedDryRunShowed()
{
    addRootAndCustomer();
    addAccount(u"anna"_s, u"Acme MSP"_s);
    const QString text = u"User Name,Mail,Given,Room\nben,ben@contoso.test,Ben,12\nanna,anna@example.com,Anna "
                         "Maria,3\ncarl,carl@contoso.test,Carl,4\n"_s;
    const QString users = writeFile(u"users.csv"_s, text);
    const QString plan = m_dir->filePath(u"plan.json"_s);
    const QStringList import {u"account"_s, u"import"_s, users, u"--group"_s, u"Acme MSP"_s};
    const QStringList columns {u"--column"_s, u"User Name=login"_s, u"--column"_s, u"mail=email"_s,
                               u"--column"_s, u"Given=firstName"_s, u"--column"_s, u"Room="_s};

    Run run = cli(import + columns + QStringList {u"--dry-run"_s, u"--plan"_s, plan, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonObject result = parse(run).object();
    QCOMPARE(result[u"created"_s].toInt(), 2);
    QCOMPARE(result[u"updated"_s].toInt(), 1);
    QCOMPARE(result[u"unknownColumns"_s].toArray(), QJsonArray());
    QVERIFY(QFile::exists(plan));

    // The plan holds the columns; a changed file, another group or no plan at all write nothing.
    run = cli(import + columns + QStringList {u"--plan"_s, plan});
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.err.contains(u"--dry-run, not with --plan"_s), qPrintable(run.err));
    writeFile(u"users.csv"_s, text + u"dora,dora@contoso.test,Dora,5\n"_s);
    run = cli(import + QStringList {u"--plan"_s, plan});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"The file changed since the dry run"_s), qPrintable(run.err));
    writeFile(u"users.csv"_s, text);
    run = cli({u"account"_s, u"import"_s, users, u"--group"_s, u"Acme MSP/Contoso"_s, u"--plan"_s, plan});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"checked for another group"_s), qPrintable(run.err));
    run = cli(import + QStringList {u"--plan"_s, users});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"not a plan"_s), qPrintable(run.err));
    run = cli(import + QStringList {u"--column"_s, u"Room=office"_s, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"no field \"office\""_s), qPrintable(run.err));
    run = cli(import + QStringList {u"--column"_s, u"Room"_s, u"--dry-run"_s});
    QCOMPARE(run.exitCode, 2);
    QCOMPARE(parse(cli({u"account"_s, u"list"_s, u"--json"_s})).object()[u"total"_s].toInt(), 1);

    // Someone changes anna after the dry run: the apply creates what it showed and leaves anna be.
    QCOMPARE(cli({u"account"_s, u"edit"_s, u"anna"_s, u"--first-name"_s, u"Annie"_s}).exitCode, 0);
    run = cli(import + QStringList {u"--plan"_s, plan, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    result = parse(run).object();
    QCOMPARE(result[u"created"_s].toInt(), 2);
    QCOMPARE(result[u"updated"_s].toInt(), 0);
    QCOMPARE(result[u"conflicts"_s].toInt(), 1);
    QCOMPARE(result[u"rows"_s][1][u"outcome"_s].toString(), u"conflict"_s);
    QCOMPARE(account(u"anna"_s)[u"firstName"_s].toString(), u"Annie"_s);
    QCOMPARE(account(u"carl"_s)[u"email"_s].toString(), u"carl@contoso.test"_s);
}

void TestCliAccount::shouldRefuseAnImportWithoutGroupOrFile_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");
    QTest::newRow("no group") << QStringList {u"users.csv"_s} << 2 << u"needs --group"_s;
    QTest::newRow("no such file") << QStringList {u"missing.csv"_s, u"--group"_s, u"Acme MSP"_s} << 1
                                  << u"could not be opened"_s;
    QTest::newRow("no such group") << QStringList {u"users.csv"_s, u"--group"_s, u"Acme MSP/Nowhere"_s} << 1
                                   << u"Nowhere"_s;
    QTest::newRow("no login column") << QStringList {u"nologin.csv"_s, u"--group"_s, u"Acme MSP"_s} << 1
                                     << u"no login column"_s;
    QTest::newRow("no login column, JSON: no document")
        << QStringList {u"nologin.csv"_s, u"--group"_s, u"Acme MSP"_s, u"--json"_s} << 1 << u"no login column"_s;
    QTest::newRow("a broken file, JSON: no document")
        << QStringList {u"broken.csv"_s, u"--group"_s, u"Acme MSP"_s, u"--json"_s} << 1 << u"never closed"_s;
}

void TestCliAccount::shouldRefuseAnImportWithoutGroupOrFile()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, says);
    addRootAndCustomer();
    writeFile(u"users.csv"_s, u"login,email\nben,ben@contoso.test\n"_s);
    writeFile(u"nologin.csv"_s, u"Name,Mail\nBen,ben@contoso.test\n"_s);
    writeFile(u"broken.csv"_s, u"login,email\n\"ben,ben@contoso.test\n"_s);
    for (QString &argument : arguments) {
        if (argument.endsWith(u".csv"_s))
            argument = m_dir->filePath(argument);
    }
    const Run run = cli(QStringList {u"account"_s, u"import"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QCOMPARE(run.out, QString());
}

void TestCliAccount::shouldChangeAccountStatus()
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

void TestCliAccount::shouldEditOnlyTheGivenFields_data()
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

void TestCliAccount::shouldEditOnlyTheGivenFields()
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

void TestCliAccount::shouldRejectInvalidEdit()
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

void TestCliAccount::shouldChangeManyAccountsAtOnce_data()
{
    QTest::addColumn<QStringList>("target");
    QTest::addColumn<QStringList>("change");
    QTest::addColumn<QString>("path"); // in `account show --json`
    QTest::addColumn<QJsonValue>("expected");
    QTest::addColumn<QStringList>("changed"); // the logins; the others stay as they were

    const QStringList contoso {u"--group"_s, u"Acme MSP/Contoso"_s, u"--include-subgroups"_s};
    QTest::newRow("a quota, by login") << QStringList {u"ben"_s, u"dora"_s}
                                       << QStringList {u"--quota"_s, u"servers=7"_s} << u"quotas/servers/limit"_s
                                       << QJsonValue(7) << QStringList {u"ben"_s, u"dora"_s};
    QTest::newRow("a subscription, on a list")
        << contoso << QStringList {u"--add-subscription"_s, u"PAYG"_s} << u"licensed"_s << QJsonValue(true)
        << QStringList {u"ben"_s, u"carla"_s, u"dora"_s};
    QTest::newRow("moved, the disabled ones")
        << QStringList {u"--group"_s, u"Acme MSP/Contoso"_s, u"--include-subgroups"_s, u"--status"_s, u"disabled"_s}
        << QStringList {u"--move-to"_s, u"Acme MSP/Contoso/Sales"_s} << u"groupId"_s << QJsonValue(3)
        << QStringList {u"carla"_s, u"dora"_s};
    QTest::newRow("found by a search") << QStringList {u"--group"_s, u"Acme MSP"_s, u"--include-subgroups"_s,
                                                       u"--search"_s, u"contoso.test"_s}
                                       << QStringList {u"--quota"_s, u"servers=2"_s} << u"quotas/servers/limit"_s
                                       << QJsonValue(2) << QStringList {u"ben"_s, u"carla"_s};
}

void TestCliAccount::shouldChangeManyAccountsAtOnce()
{
    QFETCH(QStringList, target);
    QFETCH(QStringList, change);
    QFETCH(QString, path);
    QFETCH(QJsonValue, expected);
    QFETCH(QStringList, changed);
    addRootAndCustomer();
    addAccount(u"anna"_s, u"Acme MSP"_s);
    addAccount(u"ben"_s, u"Acme MSP/Contoso"_s, {u"--email"_s, u"ben@contoso.test"_s});
    addAccount(u"carla"_s, u"Acme MSP/Contoso"_s, {u"--email"_s, u"carla@contoso.test"_s});
    addAccount(u"dora"_s, u"Acme MSP/Contoso"_s);
    QCOMPARE(cli({u"account"_s, u"disable"_s, u"carla"_s}).exitCode, 0);
    QCOMPARE(cli({u"account"_s, u"disable"_s, u"dora"_s}).exitCode, 0);
    QCOMPARE(cli({u"subscription"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--name"_s, u"PAYG"_s}).exitCode,
             0);
    // Every account's value, from one listing (each CLI run costs a process start).
    const auto values = [this, &path] {
        QMap<QString, QJsonValue> byLogin;
        const Run listed = cli({u"account"_s, u"list"_s, u"--json"_s});
        for (const QJsonValue &account : parse(listed).object()[u"accounts"_s].toArray())
            byLogin.insert(account[u"login"_s].toString(), valueAt(account.toObject(), path));
        return byLogin;
    };
    const QMap<QString, QJsonValue> before = values();
    QCOMPARE(before.size(), 4);

    const Run run = cli(QStringList {u"account"_s, u"change"_s} + target + change + QStringList {u"--json"_s});

    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject result = parse(run).object();
    QCOMPARE(result[u"changed"_s].toInt(), changed.size());
    QVERIFY(result[u"failed"_s].toArray().isEmpty());
    const QMap<QString, QJsonValue> after = values();
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (changed.contains(it.key()))
            QVERIFY2(it.value() == expected, qPrintable(it.key() + u": "_s + it.value().toVariant().toString()));
        else
            QVERIFY2(it.value() == before.value(it.key()), qPrintable(it.key() + u" changed"_s));
    }
}

void TestCliAccount::shouldNameTheAccountsAChangeRefuses()
{
    addRootAndCustomer();
    addAccount(u"ben"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"carla"_s, u"Acme MSP/Contoso"_s);
    QCOMPARE(cli({u"subscription"_s, u"add"_s, u"--group"_s, u"Acme MSP/Contoso"_s, u"--name"_s, u"PAYG"_s}).exitCode,
             0);
    QCOMPARE(cli({u"account"_s, u"assign-subscription"_s, u"carla"_s, u"--subscription"_s, u"PAYG"_s}).exitCode, 0);

    // The top group does not offer Contoso's subscription: Carla stays, Ben moves.
    const Run run = cli({u"account"_s, u"change"_s, u"ben"_s, u"carla"_s, u"--move-to"_s, u"Acme MSP"_s});

    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(u"\"carla\""_s), qPrintable(run.err));
    QVERIFY2(!run.err.contains(u"\"ben\""_s), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"Changed 1 account"_s), qPrintable(run.out));
    QCOMPARE(account(u"ben"_s)[u"groupId"_s].toInteger(), 1);
    QCOMPARE(account(u"carla"_s)[u"groupId"_s].toInteger(), 2);
}

void TestCliAccount::shouldRefuseAChangeWithoutAccountsOrChange_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no accounts") << QStringList {u"--quota"_s, u"servers=1"_s} << 2 << u"Name the accounts"_s;
    QTest::newRow("logins and a list") << QStringList {u"ben"_s, u"--group"_s, u"1"_s, u"--quota"_s, u"servers=1"_s}
                                       << 2 << u"not both"_s;
    QTest::newRow("a filter without a group")
        << QStringList {u"--status"_s, u"active"_s, u"--quota"_s, u"servers=1"_s} << 2 << u"--group"_s;
    QTest::newRow("nothing to change") << QStringList {u"ben"_s} << 2 << u"Say what to change"_s;
    QTest::newRow("an unknown login") << QStringList {u"nobody"_s, u"--quota"_s, u"servers=1"_s} << 1 << u"nobody"_s;
    QTest::newRow("an overage without its quota")
        << QStringList {u"ben"_s, u"--overage"_s, u"storage=1GB"_s} << 1 << u"--quota storage"_s;
    QTest::newRow("an unknown subscription")
        << QStringList {u"ben"_s, u"--add-subscription"_s, u"Gold"_s} << 1 << u"Gold"_s;
}

void TestCliAccount::shouldRefuseAChangeWithoutAccountsOrChange()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    addRootAndCustomer();
    addAccount(u"ben"_s, u"Acme MSP/Contoso"_s);
    const QJsonObject before = account(u"ben"_s);

    const Run run = cli(QStringList {u"account"_s, u"change"_s} + arguments);

    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(account(u"ben"_s), before);
}

QTEST_GUILESS_MAIN(TestCliAccount)

#include "tst_cli_account.moc"
