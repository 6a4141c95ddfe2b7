#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/storage/changewatcher.h"
#include "core/storage/database.h"
#include "tests/common/testdatabase.h"

#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

// The cheap change detection of an SQLite database: commits of other connections are noticed,
// this connection's own are not, and nothing at all is noticed when nothing happened.
class TestChangeWatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noticesWhatAnotherConnectionCommitted();
    void stillListensAfterATransactionUndoneBeforeItsFirstStatement();
};

void TestChangeWatcher::noticesWhatAnotherConnectionCommitted()
{
    const QString location = bc::test::freshLocation(u"watched"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto mine = Database::open(location);
    auto theirs = Database::open(location);
    QVERIFY(mine && theirs);
    ChangeWatcher watcher(**mine, 50);
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);

    QVERIFY2(!watcher.poll(), "nothing happened yet");

    GroupService myGroups(**mine);
    QVERIFY(myGroups.createRoot(u"Acme MSP"_s));
    QVERIFY2(!watcher.poll(), "this connection's own commit is not news");

    GroupService theirGroups(**theirs);
    const qint64 root = theirGroups.root().value()->id;
    QVERIFY(theirGroups.create(root, u"Contoso"_s));
    QTRY_COMPARE(changed.count(), 1);
    QVERIFY(!watcher.poll());
}

void TestChangeWatcher::stillListensAfterATransactionUndoneBeforeItsFirstStatement()
{
    // On PostgreSQL the LISTEN waits for the connection's next statement; a write that gave up
    // before sending anything takes it back with nothing else, and the next statement carries it.
    const QString location = bc::test::freshLocation(u"watched"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto mine = Database::open(location);
    auto theirs = Database::open(location);
    QVERIFY(mine && theirs);
    QVERIFY(GroupService(**theirs).createRoot(u"Acme MSP"_s));
    ChangeWatcher watcher(**mine, 50);
    QSignalSpy changed(&watcher, &ChangeWatcher::changedElsewhere);
    auto refused = (*mine)->write(
        []() -> Result<void> { return fail(Error::Code::NotAllowed, QString(), u"refused before any statement"_s); });
    QVERIFY(!refused);
    auto root = GroupService(**mine).root();
    QVERIFY(root && *root);

    QVERIFY(GroupService(**theirs).create((*root)->id, u"Contoso"_s));
    QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 1000);
}

QTEST_GUILESS_MAIN(TestChangeWatcher)
#include "tst_changewatcher.moc"
