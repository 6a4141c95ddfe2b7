#include "tests/cli/clitest.h"
#include "tests/common/csvreader.h"
#include "tests/common/testdatabase.h"

#include <QJsonArray>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line: `audit list`, its filters and its three formats.
class TestCliAudit final : public CliTest
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepWhatEachFilterAsksNewestFirst_data();
    void shouldKeepWhatEachFilterAsksNewestFirst();
    void shouldPrintATableAndHowManyEntries();
    void shouldWriteCsvASpreadsheetReadsAsText();
    void shouldReadPastOnePageAndStopAtTheLimit_data();
    void shouldReadPastOnePageAndStopAtTheLimit();
    void shouldRefuseWhatItCannotRead_data();
    void shouldRefuseWhatItCannotRead();

private:
    void seed();
    QStringList listed(const QStringList &options);
};

// Acme MSP, Contoso below it and Sales below Contoso (addRootAndCustomer); alice in Contoso, bob
// in Sales, bob disabled (which withdraws his activation email), Sales renamed. The log then
// holds, newest first: group.renamed "Sales EU", account.disabled bob,
// account.activation-withdrawn bob, account.created bob, account.created alice, group.created
// Sales, group.created Contoso, group.created "Acme MSP".
void TestCliAudit::seed()
{
    addRootAndCustomer();
    addAccount(u"alice"_s, u"Acme MSP/Contoso"_s);
    addAccount(u"bob"_s, u"Acme MSP/Contoso/Sales"_s);
    Run run = cli({u"account"_s, u"disable"_s, u"bob"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    run = cli({u"group"_s, u"rename"_s, u"Acme MSP/Contoso/Sales"_s, u"Sales EU"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
}

// "action summary" of each entry `audit list --json` prints with `options`, in its order.
QStringList TestCliAudit::listed(const QStringList &options)
{
    const Run run = cli(QStringList {u"audit"_s, u"list"_s, u"--json"_s} + options);
    if (run.exitCode != 0)
        return {u"(exit %1) %2"_s.arg(run.exitCode).arg(run.err)};
    QStringList found;
    for (const QJsonValue &entry : parse(run).object()[u"entries"_s].toArray())
        found.append(entry[u"action"_s].toString() + u' ' + entry[u"summary"_s].toString());
    return found;
}

void TestCliAudit::shouldKeepWhatEachFilterAsksNewestFirst_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QStringList>("expected");

    const QString renamed = u"group.renamed Sales EU"_s, disabled = u"account.disabled bob"_s,
                  withdrawn = u"account.activation-withdrawn bob"_s, bobCreated = u"account.created bob"_s,
                  aliceCreated = u"account.created alice"_s, salesCreated = u"group.created Sales"_s,
                  contosoCreated = u"group.created Contoso"_s, rootCreated = u"group.created Acme MSP"_s;
    const QStringList all {renamed,      disabled,     withdrawn,      bobCreated,
                           aliceCreated, salesCreated, contosoCreated, rootCreated};
    QTest::newRow("no filter") << QStringList() << all;
    QTest::newRow("since long ago") << QStringList {u"--since"_s, u"2000-01-01"_s} << all;
    QTest::newRow("since tomorrow, in UTC")
        << QStringList {u"--since"_s, QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}
        << QStringList();
    QTest::newRow("until long ago") << QStringList {u"--until"_s, u"2000-01-01T00:00Z"_s} << QStringList();
    QTest::newRow("until next year") << QStringList {u"--until"_s,
                                                     QString::number(QDate::currentDate().year() + 1) + u"-01-01"_s}
                                     << all;
    QTest::newRow("action") << QStringList {u"--action"_s, u"account.created"_s}
                            << QStringList {bobCreated, aliceCreated};
    QTest::newRow("object type") << QStringList {u"--object-type"_s, u"group"_s}
                                 << QStringList {renamed, salesCreated, contosoCreated, rootCreated};
    QTest::newRow("object type in capitals") << QStringList {u"--object-type"_s, u"ACCOUNT"_s}
                                             << QStringList {disabled, withdrawn, bobCreated, aliceCreated};
    QTest::newRow("actor nobody was") << QStringList {u"--actor"_s, u"nobody-here"_s} << QStringList();
    QTest::newRow("group alone") << QStringList {u"--group"_s, u"Acme MSP/Contoso"_s}
                                 << QStringList {aliceCreated, contosoCreated};
    QTest::newRow("group and subgroups") << QStringList {u"--group"_s, u"Acme MSP/Contoso"_s, u"--include-subgroups"_s}
                                         << QStringList {renamed,      disabled,     withdrawn,     bobCreated,
                                                         aliceCreated, salesCreated, contosoCreated};
    QTest::newRow("search, any case") << QStringList {u"--search"_s, u"BO"_s}
                                      << QStringList {disabled, withdrawn, bobCreated};
    QTest::newRow("search, % literally") << QStringList {u"--search"_s, u"%"_s} << QStringList();
    QTest::newRow("combined") << QStringList {
        u"--group"_s, u"Acme MSP/Contoso"_s, u"--include-subgroups"_s, u"--object-type"_s, u"account"_s, u"--search"_s,
        u"b"_s} << QStringList {disabled, withdrawn, bobCreated};
    QTest::newRow("limit") << QStringList {u"--limit"_s, u"2"_s} << QStringList {renamed, disabled};
    QTest::newRow("limit 0") << QStringList {u"--limit"_s, u"0"_s} << QStringList();
}

void TestCliAudit::shouldKeepWhatEachFilterAsksNewestFirst()
{
    QFETCH(QStringList, options);
    QFETCH(QStringList, expected);
    seed();
    QCOMPARE(listed(options), expected);
}

void TestCliAudit::shouldPrintATableAndHowManyEntries()
{
    seed();
    const Run run = cli({u"audit"_s, u"list"_s, u"--group"_s, u"Acme MSP/Contoso/Sales EU"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList lines = run.out.trimmed().split(u'\n');
    QCOMPARE(lines.size(), 2 + 5); // header, rule, five entries
    QVERIFY2(lines.at(0).startsWith(u"Time"_s) && lines.at(0).contains(u"Group"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(2).contains(u"group.renamed"_s) && lines.at(2).contains(u"Acme MSP/Contoso/Sales EU"_s),
             qPrintable(lines.at(2)));
    QVERIFY2(lines.at(6).contains(u"group.created"_s), qPrintable(lines.at(6)));
    QVERIFY2(run.err.contains(u"Entries shown: 5."_s), qPrintable(run.err));
}

void TestCliAudit::shouldWriteCsvASpreadsheetReadsAsText()
{
    addRootAndCustomer();
    // Group names a spreadsheet would run as formulas, or that break a naive split.
    const QStringList names {u"=HYPERLINK(\"evil.example\",\"x\")"_s, u"+SUM(1)"_s, u"-2"_s, u"@cmd"_s,
                             u"Smith, \"Jr\""_s};
    for (const QString &name : names) {
        // After "--", so that "-2" is a name and not an option.
        const Run run = cliRaw(
            {u"--database"_s, m_database, u"group"_s, u"add"_s, u"--parent"_s, u"Acme MSP/Contoso"_s, u"--"_s, name},
            environment());
        QVERIFY2(run.exitCode == 0, qPrintable(name + u": "_s + run.err));
    }
    const Run run = cli({u"audit"_s, u"list"_s, u"--csv"_s, u"--object-type"_s, u"group"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QList<QStringList> records = bc::test::readCsv(run.out);
    QVERIFY2(!records.isEmpty(), qPrintable(u"not RFC 4180:\n"_s + run.out));
    QCOMPARE(records.first(),
             (QStringList {u"id"_s, u"at"_s, u"actor"_s, u"action"_s, u"objectType"_s, u"objectId"_s, u"groupId"_s,
                           u"group"_s, u"summary"_s, u"before"_s, u"after"_s, u"origin"_s}));
    QCOMPARE(records.size(), 1 + 3 + names.size());
    for (const QStringList &record : records)
        QCOMPARE(record.size(), 12);
    // Newest first: the names in reverse, each as text (an apostrophe before a formula).
    for (qsizetype i = 0; i < names.size(); ++i) {
        const QString &name = names.at(names.size() - 1 - i);
        const QStringList &record = records.at(1 + i);
        const QString text = u"=+-@"_s.contains(name.front()) ? u'\'' + name : name;
        QCOMPARE(record.at(3), u"group.created"_s);
        QCOMPARE(record.at(8), text);
        QCOMPARE(record.at(7), u"Acme MSP/Contoso/"_s + name); // a path starts with A: as it is
        QVERIFY2(QDateTime::fromString(record.at(1), Qt::ISODateWithMs).isValid(), qPrintable(record.at(1)));
        // before is empty for a new group; after is the group as JSON.
        QCOMPARE(record.at(9), QString());
        const QJsonDocument after = QJsonDocument::fromJson(record.at(10).toUtf8());
        QCOMPARE(after.object()[u"name"_s].toString(), name);
    }
}

void TestCliAudit::shouldReadPastOnePageAndStopAtTheLimit_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<int>("limit"); // -1: none

    // The demo's 1,100 accounts and its groups and items: more entries than one page of 1,000.
    QTest::newRow("json, all") << u"--json"_s << -1;
    QTest::newRow("json, the limit in the second page") << u"--json"_s << 1001;
    QTest::newRow("csv, all") << u"--csv"_s << -1;
    QTest::newRow("csv, one page exactly") << u"--csv"_s << 1000;
}

void TestCliAudit::shouldReadPastOnePageAndStopAtTheLimit()
{
    QFETCH(QString, format);
    QFETCH(int, limit);

    const Run demo = cli({u"demo"_s, u"--accounts"_s, u"1100"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    // What the log holds, asked without the CLI.
    qint64 total = 0, newest = 0;
    {
        QSqlDatabase db = bc::test::addConnection(m_database, u"audit"_s);
        QVERIFY(db.open());
        QSqlQuery rows(db);
        QVERIFY(rows.exec(u"SELECT count(*), max(id) FROM audit_log"_s) && rows.next());
        total = rows.value(0).toLongLong();
        newest = rows.value(1).toLongLong();
    }
    QSqlDatabase::removeDatabase(u"audit"_s);
    QVERIFY2(total > 1000, qPrintable(QString::number(total)));
    const qint64 expected = limit < 0 ? total : limit;
    QStringList arguments {u"audit"_s, u"list"_s, format};
    if (limit >= 0)
        arguments << u"--limit"_s << QString::number(limit);
    const Run run = cli(arguments);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QList<qint64> ids;
    if (format == "--json"_L1) {
        for (const QJsonValue &entry : parse(run).object()[u"entries"_s].toArray())
            ids.append(entry[u"id"_s].toInteger());
    } else {
        const QList<QStringList> records = bc::test::readCsv(run.out);
        QVERIFY2(!records.isEmpty(), "not RFC 4180");
        QCOMPARE(records.first().first(), u"id"_s); // one header, before the first page
        for (const QStringList &record : records.mid(1))
            ids.append(record.first().toLongLong());
    }
    QCOMPARE(ids.size(), expected);
    // From the newest on, no entry twice across the pages (the demo writes one entry after the
    // other, so newest first is greatest id first).
    QCOMPARE(ids.first(), newest);
    for (qsizetype i = 1; i < ids.size(); ++i)
        QVERIFY2(ids.at(i) < ids.at(i - 1), qPrintable(u"%1 after %2"_s.arg(ids.at(i)).arg(ids.at(i - 1))));
}

void TestCliAudit::shouldRefuseWhatItCannotRead_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("says");

    QTest::newRow("a time that is none") << QStringList {u"--since"_s, u"last tuesday"_s} << 1
                                         << u"since: \"last tuesday\" is not a time"_s;
    QTest::newRow("until before since") << QStringList {u"--since"_s, u"2026-03-04"_s, u"--until"_s, u"2026-03-01"_s}
                                        << 1 << u"until: The end of the time range must come after its start"_s;
    QTest::newRow("an object type that is none") << QStringList {u"--object-type"_s, u"printer"_s} << 1
                                                 << u"\"printer\" is not an object type; use one of account, group"_s;
    QTest::newRow("a group that is none") << QStringList {u"--group"_s, u"Acme MSP/Nowhere"_s} << 1 << u"Nowhere"_s;
    QTest::newRow("a negative limit") << QStringList {u"--limit"_s, u"-1"_s} << 1 << u"limit: Enter a whole number"_s;
    QTest::newRow("subgroups without a group")
        << QStringList {u"--include-subgroups"_s} << 2 << u"--include-subgroups needs --group."_s;
    QTest::newRow("json and csv") << QStringList {u"--json"_s, u"--csv"_s} << 2 << u"not both"_s;
}

void TestCliAudit::shouldRefuseWhatItCannotRead()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, says);

    addRootAndCustomer();
    const Run run = cli(QStringList {u"audit"_s, u"list"_s} + options);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(says), qPrintable(run.err));
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
}

QTEST_GUILESS_MAIN(TestCliAudit)
#include "tst_cli_audit.moc"
