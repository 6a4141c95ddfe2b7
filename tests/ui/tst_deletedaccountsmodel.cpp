#include "ui/accounts/deletedaccountsmodel.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

DeletedAccount kept(qint64 id, const QString &login, qint64 groupId, const QDateTime &deletedAt,
                    AccountStatus status = AccountStatus::Active)
{
    DeletedAccount entry;
    entry.account.id = id;
    entry.account.login = login;
    entry.account.email = login + u"@contoso.com"_s;
    entry.account.firstName = u"Ada"_s;
    entry.account.lastName = login;
    entry.account.groupId = groupId;
    entry.account.status = status;
    entry.deletedAt = deletedAt;
    return entry;
}

const QDateTime march1(QDate(2026, 3, 1), QTime(9, 30), Qt::UTC);

} // namespace

// The recycle bin's rows as View → Deleted accounts… shows them: each column's words, the purge
// date that follows the retention period, the ids the dialog acts on, and a sound model throughout.
class DeletedAccountsModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldBeASoundModelWhileItsRowsChange();
    void shouldShowEachColumn_data();
    void shouldShowEachColumn();
    void shouldPurgeTheRetentionPeriodAfterTheDeletion_data();
    void shouldPurgeTheRetentionPeriodAfterTheDeletion();
    void shouldSortTheDatesAsTimesNotAsText();
    void shouldFindRowsById();
};

void DeletedAccountsModelTest::shouldBeASoundModelWhileItsRowsChange()
{
    DeletedAccountsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), int(DeletedAccountsModel::ColumnCount));
    model.setAccounts({kept(1, u"alice"_s, 7, march1), kept(2, u"bob"_s, 8, march1.addDays(1))},
                      {{7, u"Acme MSP/Contoso"_s}}, 30);
    QCOMPARE(model.rowCount(), 2);
    model.setAccounts({kept(2, u"bob"_s, 8, march1.addDays(1))}, {}, 10);
    QCOMPARE(model.rowCount(), 1);
    model.setAccounts({}, {}, 10);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(resets.count(), 3);
    QCOMPARE(model.index(0, 0, model.index(0, 0)).isValid(), false);
}

void DeletedAccountsModelTest::shouldShowEachColumn_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("shown");
    const QLocale locale;
    QTest::newRow("login") << int(DeletedAccountsModel::LoginColumn) << u"Login"_s << u"alice"_s;
    QTest::newRow("display name, from the names")
        << int(DeletedAccountsModel::NameColumn) << u"Display name"_s << u"Ada alice"_s;
    QTest::newRow("email") << int(DeletedAccountsModel::EmailColumn) << u"Email"_s << u"alice@contoso.com"_s;
    QTest::newRow("group path") << int(DeletedAccountsModel::GroupColumn) << u"Group"_s << u"Acme MSP/Contoso"_s;
    QTest::newRow("status") << int(DeletedAccountsModel::StatusColumn) << u"Status"_s
                            << AccountText::label(AccountStatus::Disabled);
    QTest::newRow("deleted") << int(DeletedAccountsModel::DeletedColumn) << u"Deleted"_s
                             << locale.toString(march1.toLocalTime(), QLocale::ShortFormat);
    QTest::newRow("purged on") << int(DeletedAccountsModel::PurgedColumn) << u"Purged on"_s
                               << locale.toString(march1.addDays(30).toLocalTime().date(), QLocale::ShortFormat);
}

void DeletedAccountsModelTest::shouldShowEachColumn()
{
    QFETCH(int, column);
    QFETCH(QString, header);
    QFETCH(QString, shown);
    DeletedAccountsModel model;
    model.setAccounts({kept(1, u"alice"_s, 7, march1, AccountStatus::Disabled)}, {{7, u"Acme MSP/Contoso"_s}}, 30);
    QCOMPARE(model.headerData(column, Qt::Horizontal).toString(), header);
    QCOMPARE(model.index(0, column).data().toString(), shown);
    QCOMPARE(model.index(0, column).data(DeletedAccountsModel::IdRole).toLongLong(), 1);
    QCOMPARE(model.index(0, column).data(DeletedAccountsModel::GroupIdRole).toLongLong(), 7);
}

void DeletedAccountsModelTest::shouldPurgeTheRetentionPeriodAfterTheDeletion_data()
{
    QTest::addColumn<int>("days");
    QTest::newRow("a day") << 1;
    QTest::newRow("the default month") << 30;
    QTest::newRow("ten years") << 3650;
}

void DeletedAccountsModelTest::shouldPurgeTheRetentionPeriodAfterTheDeletion()
{
    QFETCH(int, days);
    DeletedAccountsModel model;
    model.setAccounts({kept(1, u"alice"_s, 7, march1)}, {}, days);
    QCOMPARE(model.retentionDays(), days);
    const QModelIndex purged = model.index(0, DeletedAccountsModel::PurgedColumn);
    QCOMPARE(purged.data(DeletedAccountsModel::SortRole).toDateTime(), march1.addDays(days));
    QCOMPARE(purged.data().toString(),
             QLocale().toString(march1.addDays(days).toLocalTime().date(), QLocale::ShortFormat));
    // A group whose path was not read shows its id rather than nothing.
    QCOMPARE(model.index(0, DeletedAccountsModel::GroupColumn).data().toString(), u"7"_s);
}

void DeletedAccountsModelTest::shouldSortTheDatesAsTimesNotAsText()
{
    DeletedAccountsModel model;
    // As text, "10:00" on the 9th would sort before "9:30" on the 1st in many locales; as times not.
    model.setAccounts({kept(1, u"first"_s, 7, march1), kept(2, u"latest"_s, 7, march1.addDays(8).addSecs(1800)),
                       kept(3, u"between"_s, 7, march1.addDays(2))},
                      {}, 30);
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setSortRole(DeletedAccountsModel::SortRole);
    proxy.sort(DeletedAccountsModel::DeletedColumn, Qt::DescendingOrder);
    QStringList order;
    for (int row = 0; row < proxy.rowCount(); ++row)
        order.append(proxy.index(row, DeletedAccountsModel::LoginColumn).data().toString());
    QCOMPARE(order, QStringList({u"latest"_s, u"between"_s, u"first"_s}));
}

void DeletedAccountsModelTest::shouldFindRowsById()
{
    DeletedAccountsModel model;
    model.setAccounts({kept(5, u"alice"_s, 7, march1), kept(9, u"bob"_s, 7, march1)}, {}, 30);
    QCOMPARE(model.rowOf(9), 1);
    QCOMPARE(model.rowOf(5), 0);
    QCOMPARE(model.rowOf(6), -1);
    QVERIFY(model.at(1) && model.at(1)->account.login == u"bob"_s);
    QVERIFY(!model.at(2));
}

QTEST_MAIN(DeletedAccountsModelTest)
#include "tst_deletedaccountsmodel.moc"
