#include "ui/accounts/accountpagecache.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

// Rows [offset, offset + count) of a list whose account at row r has id 1000 + r.
QList<Account> rowsFrom(int offset, int count)
{
    QList<Account> accounts;
    for (int row = offset; row < offset + count; ++row) {
        Account account;
        account.id = 1000 + row;
        account.login = u"user%1"_s.arg(row);
        accounts.append(account);
    }
    return accounts;
}

QList<int> sorted(const QSet<int> &set)
{
    QList<int> list(set.cbegin(), set.cend());
    std::sort(list.begin(), list.end());
    return list;
}

} // namespace

// The account list's page cache alone, without a database: pages of 4 rows, at most 3 pages.
class AccountPageCacheTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldKeepThePagesAroundTheOneThatArrivedLast_data();
    void shouldKeepThePagesAroundTheOneThatArrivedLast();
    void shouldFindRowsAcrossPageBoundaries_data();
    void shouldFindRowsAcrossPageBoundaries();
    void shouldMoveRowsWhenOneIsInsertedOrRemoved_data();
    void shouldMoveRowsWhenOneIsInsertedOrRemoved();
    void shouldForgetRowsAndRequestsWhenCleared();
    void shouldAskForAPageOnceUntilItArrives();
    void shouldWantTheNextPageNearTheEndOfAPage_data();
    void shouldWantTheNextPageNearTheEndOfAPage();

private:
    static constexpr int pageSize = 4;
    static constexpr int capacity = 3;
};

void AccountPageCacheTest::shouldKeepThePagesAroundTheOneThatArrivedLast_data()
{
    QTest::addColumn<QList<int>>("arrivals"); // pages, in the order they arrive
    QTest::addColumn<QList<int>>("pages"); // the pages held afterwards

    QTest::newRow("one page") << QList<int> {0} << QList<int> {0};
    QTest::newRow("up to the capacity") << QList<int> {0, 1, 2} << QList<int> {0, 1, 2};
    QTest::newRow("scrolling down drops the first") << QList<int> {0, 1, 2, 3} << QList<int> {1, 2, 3};
    QTest::newRow("scrolling up drops the last") << QList<int> {5, 4, 3, 2} << QList<int> {2, 3, 4};
    QTest::newRow("a jump far down keeps the nearest") << QList<int> {0, 1, 2, 50} << QList<int> {1, 2, 50};
    QTest::newRow("a jump back to the top") << QList<int> {10, 11, 12, 0} << QList<int> {0, 10, 11};
    QTest::newRow("the same page again") << QList<int> {0, 1, 2, 1, 1} << QList<int> {0, 1, 2};
    QTest::newRow("between two held pages") << QList<int> {0, 8, 4} << QList<int> {0, 4, 8};
    QTest::newRow("past both ends, then the middle") << QList<int> {0, 8, 4, 6} << QList<int> {4, 6, 8};
}

void AccountPageCacheTest::shouldKeepThePagesAroundTheOneThatArrivedLast()
{
    QFETCH(QList<int>, arrivals);
    QFETCH(QList<int>, pages);

    AccountPageCache cache(pageSize, capacity);
    for (int page : arrivals)
        cache.keep(page * pageSize, rowsFrom(page * pageSize, pageSize));

    QCOMPARE(sorted(cache.pages()), pages);
    QCOMPARE(cache.pageCount(), pages.size());
    QVERIFY2(cache.rows().size() <= static_cast<size_t>(pageSize * capacity), "more rows than the capacity");
    for (int page : pages) {
        for (int row = page * pageSize; row < (page + 1) * pageSize; ++row) {
            QVERIFY2(cache.find(row), qPrintable(u"row %1 of a held page is missing"_s.arg(row)));
            QCOMPARE(cache.find(row)->id, 1000 + row);
        }
    }
}

void AccountPageCacheTest::shouldFindRowsAcrossPageBoundaries_data()
{
    QTest::addColumn<int>("offset"); // one delivery, not aligned on a page
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("held");

    QTest::newRow("first row") << 2 << 6 << 2 << true;
    QTest::newRow("before the first row") << 2 << 6 << 1 << false;
    QTest::newRow("last row of its first page") << 2 << 6 << 3 << true;
    QTest::newRow("first row of the next page") << 2 << 6 << 4 << true;
    QTest::newRow("last row") << 2 << 6 << 7 << true;
    QTest::newRow("after the last row") << 2 << 6 << 8 << false;
    QTest::newRow("negative row") << 2 << 6 << -1 << false;
    QTest::newRow("a short last page") << 8 << 3 << 10 << true;
    QTest::newRow("past a short last page") << 8 << 3 << 11 << false;
}

void AccountPageCacheTest::shouldFindRowsAcrossPageBoundaries()
{
    QFETCH(int, offset);
    QFETCH(int, count);
    QFETCH(int, row);
    QFETCH(bool, held);

    AccountPageCache cache(pageSize, capacity);
    cache.keep(offset, rowsFrom(offset, count));

    QCOMPARE(cache.contains(row), held);
    QCOMPARE(cache.find(row) != nullptr, held);
    QCOMPARE(cache.rowOf(1000 + row), held ? row : -1);
    if (held)
        QCOMPARE(cache.find(row)->login, u"user%1"_s.arg(row));
}

void AccountPageCacheTest::shouldMoveRowsWhenOneIsInsertedOrRemoved_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("delta");
    QTest::addColumn<QList<int>>("rows"); // the rows held afterwards (rows 4..11 held before)
    QTest::addColumn<QList<qint64>>("ids"); // their accounts, in row order

    const QList<qint64> before {1004, 1005, 1006, 1007, 1008, 1009, 1010, 1011};
    QTest::newRow("inserted before the held rows") << 0 << 1 << QList<int> {5, 6, 7, 8, 9, 10, 11, 12} << before;
    QTest::newRow("inserted among them") << 6 << 1 << QList<int> {4, 5, 7, 8, 9, 10, 11, 12} << before;
    QTest::newRow("inserted after them") << 20 << 1 << QList<int> {4, 5, 6, 7, 8, 9, 10, 11} << before;
    QTest::newRow("removed before the held rows") << 1 << -1 << QList<int> {3, 4, 5, 6, 7, 8, 9, 10} << before;
    QTest::newRow("removed among them") << 6 << -1 << QList<int> {4, 5, 6, 7, 8, 9, 10}
                                        << QList<qint64> {1004, 1005, 1007, 1008, 1009, 1010, 1011};
    QTest::newRow("removed on a page boundary")
        << 8 << -1 << QList<int> {4, 5, 6, 7, 8, 9, 10} << QList<qint64> {1004, 1005, 1006, 1007, 1009, 1010, 1011};
    QTest::newRow("removed after them") << 12 << -1 << QList<int> {4, 5, 6, 7, 8, 9, 10, 11} << before;
}

void AccountPageCacheTest::shouldMoveRowsWhenOneIsInsertedOrRemoved()
{
    QFETCH(int, row);
    QFETCH(int, delta);
    QFETCH(QList<int>, rows);
    QFETCH(QList<qint64>, ids);

    AccountPageCache cache(pageSize, capacity);
    cache.keep(4, rowsFrom(4, 8));
    QVERIFY(cache.request(5));
    const quint64 epoch = cache.epoch();

    cache.shift(row, delta);

    QList<int> held;
    for (const auto &[at, account] : cache.rows())
        held.append(at);
    QCOMPARE(held, rows);
    QCOMPARE(cache.ids(), ids);
    QVERIFY2(cache.epoch() > epoch, "rows moved without a new epoch");
    QVERIFY2(!cache.isRequested(5), "a page asked for before the move would land one off");
}

void AccountPageCacheTest::shouldForgetRowsAndRequestsWhenCleared()
{
    AccountPageCache cache(pageSize, capacity);
    cache.keep(0, rowsFrom(0, 8));
    QVERIFY(cache.request(2));
    const quint64 epoch = cache.epoch();

    cache.clear();

    QCOMPARE(cache.pageCount(), 0);
    QVERIFY(!cache.contains(0));
    QCOMPARE(cache.rowOf(1000), -1);
    QVERIFY(!cache.isRequested(2));
    QVERIFY2(cache.epoch() > epoch, "pages asked for before the clear would be taken");
}

void AccountPageCacheTest::shouldAskForAPageOnceUntilItArrives()
{
    AccountPageCache cache(pageSize, capacity);
    QVERIFY(cache.request(3));
    QVERIFY2(!cache.request(3), "the same page asked for twice");
    QVERIFY(cache.request(4));
    cache.delivered(3);
    QVERIFY(!cache.isRequested(3));
    QVERIFY(cache.isRequested(4));
    QVERIFY(cache.request(3));
    cache.forgetRequests();
    QVERIFY(!cache.isRequested(3));
    QVERIFY(!cache.isRequested(4));
}

void AccountPageCacheTest::shouldWantTheNextPageNearTheEndOfAPage_data()
{
    QTest::addColumn<QList<int>>("held"); // pages held
    QTest::addColumn<int>("row");
    QTest::addColumn<bool>("wanted");

    // Pages of 4 rows: the last quarter of a page is its last row.
    QTest::newRow("start of a page") << QList<int> {0} << 0 << false;
    QTest::newRow("middle of a page") << QList<int> {0} << 2 << false;
    QTest::newRow("last row, next page missing") << QList<int> {0} << 3 << true;
    QTest::newRow("last row, next page held") << QList<int> {0, 1} << 3 << false;
    QTest::newRow("last row of a later page") << QList<int> {0, 1} << 7 << true;
    QTest::newRow("row not held") << QList<int> {0} << 7 << false;
}

void AccountPageCacheTest::shouldWantTheNextPageNearTheEndOfAPage()
{
    QFETCH(QList<int>, held);
    QFETCH(int, row);
    QFETCH(bool, wanted);

    AccountPageCache cache(pageSize, capacity);
    for (int page : held)
        cache.keep(page * pageSize, rowsFrom(page * pageSize, pageSize));
    QCOMPARE(cache.wantsNextPage(row), wanted);
}

QTEST_GUILESS_MAIN(AccountPageCacheTest)
#include "tst_accountpagecache.moc"
