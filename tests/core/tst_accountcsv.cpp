#include "core/domain/accountcsv.h"
#include "core/domain/fields.h"
#include "tests/common/csvreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using bc::Account;
using bc::Resource;
using bc::AccountCsv::Names;

// AccountCsv: the record of an account, the columns a spreadsheet shows and an import reads back.
class TestAccountCsv final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theColumnsNameEachFieldOnce();
    void aGroupIsNamedBelowTheListedGroup_data();
    void aGroupIsNamedBelowTheListedGroup();
    void aRecordHoldsEachFieldUnderItsColumn_data();
    void aRecordHoldsEachFieldUnderItsColumn();
    void aQuotaReadsBackAsTheLimitItWas_data();
    void aQuotaReadsBackAsTheLimitItWas();

private:
    static Account sample();
};

Account TestAccountCsv::sample()
{
    Account account;
    account.id = 42;
    account.groupId = 7;
    account.login = u"anna.berg"_s;
    account.email = u"anna@contoso.test"_s;
    account.firstName = u"Anna"_s;
    account.lastName = u"Berg"_s;
    account.status = bc::AccountStatus::Inactive;
    account.createdAt = QDateTime(QDate(2026, 3, 4), QTime(9, 30), Qt::UTC);
    return account;
}

void TestAccountCsv::theColumnsNameEachFieldOnce()
{
    const QStringList columns = bc::AccountCsv::columns();
    QCOMPARE(QSet<QString>(columns.cbegin(), columns.cend()).size(), columns.size());
    QCOMPARE(columns.first(), bc::Field::login);
    for (const QString &name : {bc::Field::email, bc::Field::group, bc::Field::profile, bc::Field::subscriptions,
                                bc::Field::quotaLimit(Resource::Storage), u"status"_s})
        QVERIFY2(columns.contains(name), qPrintable(name));
    // Never a password: the file goes to spreadsheets and mailboxes.
    QVERIFY(!columns.contains(bc::Field::password));
}

void TestAccountCsv::aGroupIsNamedBelowTheListedGroup_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("listed");
    QTest::addColumn<QString>("expected");
    QTest::newRow("the listed group itself") << u"Acme MSP/Contoso"_s << u"Acme MSP/Contoso"_s << QString();
    QTest::newRow("a child") << u"Acme MSP/Contoso/Sales"_s << u"Acme MSP/Contoso"_s << u"Sales"_s;
    QTest::newRow("a grandchild") << u"Acme MSP/Contoso/Sales/EU"_s << u"Acme MSP/Contoso"_s << u"Sales/EU"_s;
    QTest::newRow("a sibling whose name starts alike, not below")
        << u"Acme MSP/Contoso Ltd"_s << u"Acme MSP/Contoso"_s << QString();
    QTest::newRow("no listed group: the whole path") << u"Acme MSP/Contoso"_s << QString() << u"Acme MSP/Contoso"_s;
}

void TestAccountCsv::aGroupIsNamedBelowTheListedGroup()
{
    QFETCH(QString, group);
    QFETCH(QString, listed);
    QFETCH(QString, expected);
    QCOMPARE(bc::AccountCsv::groupBelow(group, listed), expected);
}

void TestAccountCsv::aRecordHoldsEachFieldUnderItsColumn_data()
{
    QTest::addColumn<Account>("account");
    QTest::addColumn<Names>("names");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("expected");

    const Account plain = sample();
    QTest::newRow("login") << plain << Names {} << bc::Field::login << u"anna.berg"_s;
    QTest::newRow("status as its key") << plain << Names {} << u"status"_s << u"inactive"_s;
    QTest::newRow("a switch") << plain << Names {} << bc::Field::administrator << u"no"_s;
    QTest::newRow("created, UTC") << plain << Names {} << u"createdAt"_s << u"2026-03-04T09:30:00Z"_s;
    QTest::newRow("never activated") << plain << Names {} << u"activatedAt"_s << QString();
    QTest::newRow("the group's path") << plain << Names {.group = u"Contoso/Sales"_s} << bc::Field::group
                                      << u"Contoso/Sales"_s;
    QTest::newRow("the listed group itself") << plain << Names {} << bc::Field::group << QString();
    QTest::newRow("a profile by name") << plain << Names {.profile = u"Standard, EU"_s} << bc::Field::profile
                                       << u"Standard, EU"_s;
    QTest::newRow("several subscriptions") << plain << Names {.subscriptions = {u"PAYG #1001"_s, u"M365 \"Plus\""_s}}
                                           << bc::Field::subscriptions << u"PAYG #1001; M365 \"Plus\""_s;
    QTest::newRow("no security group") << plain << Names {} << bc::Field::securityGroups << QString();

    Account hostile = plain;
    hostile.firstName = u"=HYPERLINK(\"http://x\")"_s;
    hostile.address = u"1 Main Street\nSpringfield"_s;
    QTest::newRow("a formula stays text")
        << hostile << Names {} << bc::Field::firstName << u"'=HYPERLINK(\"http://x\")"_s;
    QTest::newRow("a line break stays in its field")
        << hostile << Names {} << bc::Field::address << u"1 Main Street\nSpringfield"_s;
}

void TestAccountCsv::aRecordHoldsEachFieldUnderItsColumn()
{
    QFETCH(Account, account);
    QFETCH(Names, names);
    QFETCH(QString, column);
    QFETCH(QString, expected);
    const QStringList columns = bc::AccountCsv::columns();
    const QList<QStringList> records = bc::test::readCsv(bc::AccountCsv::record(account, names));
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().size(), columns.size());
    QCOMPARE(records.first().at(columns.indexOf(column)), expected);
}

void TestAccountCsv::aQuotaReadsBackAsTheLimitItWas_data()
{
    QTest::addColumn<Resource>("resource");
    QTest::addColumn<std::optional<qint64>>("limit");
    QTest::newRow("unlimited storage") << Resource::Storage << std::optional<qint64>();
    QTest::newRow("500 GB of storage") << Resource::Storage << std::optional<qint64>(500LL * 1000 * 1000 * 1000);
    QTest::newRow("a storage size of odd bytes") << Resource::Storage << std::optional<qint64>(1234567);
    QTest::newRow("no workstation") << Resource::Workstations << std::optional<qint64>(0);
    QTest::newRow("12,000 mailboxes") << Resource::M365Mailboxes << std::optional<qint64>(12000);
}

void TestAccountCsv::aQuotaReadsBackAsTheLimitItWas()
{
    QFETCH(Resource, resource);
    QFETCH(std::optional<qint64>, limit);
    Account account = sample();
    account.quotas[resource].limit = limit;
    const QStringList columns = bc::AccountCsv::columns();
    const QList<QStringList> records = bc::test::readCsv(bc::AccountCsv::record(account, {}));
    QCOMPARE(records.size(), 1);
    const QString text = records.first().at(columns.indexOf(bc::Field::quotaLimit(resource)));
    // What an import reads: the same limit, whatever the reader's language.
    const auto read = bc::Quotas::parseLimit(resource, text, {}, QLocale::c());
    QVERIFY2(read, qPrintable(text));
    QCOMPARE(*read, limit);
}

QTEST_GUILESS_MAIN(TestAccountCsv)
#include "tst_accountcsv.moc"
