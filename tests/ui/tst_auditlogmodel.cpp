#include "core/services/auditlog.h"
#include "core/services/workspace.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/audittestlog.h"
#include "ui/audit/auditlogmodel.h"

#include <QAbstractItemModelTester>
#include <QPointer>
#include <QScopeGuard>
#include <QSemaphore>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// The audit log window's model on every backend: each filter keeps what AuditLog keeps, pages
// follow each other without gaps or repeats, an answer a newer filter made stale is dropped, new
// entries go on top, and the model may go while a page is on its way.
class AuditLogModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldKeepWhatEachFilterKeeps_data();
    void shouldKeepWhatEachFilterKeeps();
    void shouldConcatenatePagesWithoutGapsOrRepeats_data();
    void shouldConcatenatePagesWithoutGapsOrRepeats();
    void shouldDropAnAnswerANewerFilterMadeStale_data();
    void shouldDropAnAnswerANewerFilterMadeStale();
    void shouldPutNewEntriesOnTopWhenRefreshed_data();
    void shouldPutNewEntriesOnTopWhenRefreshed();
    void shouldShowAPlainMessageWhenTheLogRefusesAFilter();
    void shouldSurviveBeingDestroyedWhileAPageIsOnItsWay();

private:
    std::unique_ptr<AuditLogModel> makeModel(int pageSize = AuditLogModel::defaultPageSize);
    // Reads every page there is, and waits for them.
    static void loadAll(AuditLogModel &model);
    static QString summaries(const AuditLogModel &model);
    // Holds the worker until the guard goes: nothing the model asks is answered meanwhile.
    [[nodiscard]] auto holdWorker();

    std::unique_ptr<Database> m_db; // the test's own connection, to seed and check the log
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    test::AuditTestLog m_log;
};

void AuditLogModelTest::init()
{
    m_log = {};
    m_db = m_log.openSeeded(u"auditlogmodel"_s);
    QVERIFY(m_db);
    m_workspace = test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void AuditLogModelTest::cleanup()
{
    m_tester.reset();
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_db.reset();
}

std::unique_ptr<AuditLogModel> AuditLogModelTest::makeModel(int pageSize)
{
    auto model = std::make_unique<AuditLogModel>(*m_workspace);
    model->setPageSize(pageSize);
    m_tester =
        std::make_unique<QAbstractItemModelTester>(model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    return model;
}

void AuditLogModelTest::loadAll(AuditLogModel &model)
{
    for (int round = 0; round < 100; ++round) {
        QTRY_VERIFY(!model.isLoading());
        if (!model.canFetchMore({}))
            return;
        model.fetchMore({});
    }
    QFAIL("the log did not end");
}

QString AuditLogModelTest::summaries(const AuditLogModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out.append(model.index(row, AuditLogModel::SummaryColumn).data().toString());
    return out.join(u',');
}

auto AuditLogModelTest::holdWorker()
{
    // Shared with the job: the worker may still be inside acquire() when the guard runs.
    auto release = std::make_shared<QSemaphore>();
    m_workspace->run([release](WorkspaceServices &) {
        release->acquire();
        return Result<void>();
    });
    return qScopeGuard([release] { release->release(); });
}

void AuditLogModelTest::shouldKeepWhatEachFilterKeeps_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<bool>("subgroups");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("objectType");
    QTest::addColumn<int>("sinceMinutes"); // after the log's start; -1: none
    QTest::addColumn<int>("untilMinutes");
    QTest::addColumn<QString>("search");
    QTest::addColumn<QString>("expected");
    const QString all = u"frida,erik,dora,gold,fabrikam,bert,anna"_s;
    QTest::newRow("no filter") << QString() << false << QString() << QString() << -1 << -1 << QString() << all;
    QTest::newRow("actor") << QString() << false << u"alice"_s << QString() << -1 << -1 << QString()
                           << u"frida,erik,fabrikam,anna"_s;
    QTest::newRow("object type account") << QString() << false << QString() << u"account"_s << -1 << -1 << QString()
                                         << u"frida,erik,dora,bert,anna"_s;
    QTest::newRow("object type profile") << QString() << false << QString() << u"profile"_s << -1 << -1 << QString()
                                         << u"gold"_s;
    QTest::newRow("group alone") << u"Contoso"_s << false << QString() << QString() << -1 << -1 << QString()
                                 << u"gold,anna"_s;
    QTest::newRow("group and subgroups") << u"Contoso"_s << true << QString() << QString() << -1 << -1 << QString()
                                         << u"erik,gold,bert,anna"_s;
    QTest::newRow("top group and subgroups")
        << u"MSP"_s << true << QString() << QString() << -1 << -1 << QString() << all;
    QTest::newRow("since") << QString() << false << QString() << QString() << 3 * 60 + 30 << -1 << QString()
                           << u"frida,erik,dora,gold"_s;
    QTest::newRow("until") << QString() << false << QString() << QString() << -1 << 2 * 60 + 30 << QString()
                           << u"bert,anna"_s;
    QTest::newRow("since and until") << QString() << false << QString() << QString() << 2 * 60 << 5 * 60 << QString()
                                     << u"gold,fabrikam,bert"_s;
    QTest::newRow("search in any case") << QString() << false << QString() << QString() << -1 << -1 << u"ERI"_s
                                        << u"erik"_s;
    QTest::newRow("actor and type") << QString() << false << u"bob"_s << u"account"_s << -1 << -1 << QString()
                                    << u"dora,bert"_s;
    QTest::newRow("nothing kept") << u"Fabrikam"_s << false << u"carol"_s << QString() << -1 << -1 << QString()
                                  << QString();
}

void AuditLogModelTest::shouldKeepWhatEachFilterKeeps()
{
    QFETCH(QString, group);
    QFETCH(bool, subgroups);
    QFETCH(QString, actor);
    QFETCH(QString, objectType);
    QFETCH(int, sinceMinutes);
    QFETCH(int, untilMinutes);
    QFETCH(QString, search);
    QFETCH(QString, expected);
    AuditQuery query;
    query.groupId = group.isEmpty() ? 0 : m_log.groups.value(group);
    query.includeSubgroups = subgroups;
    query.actor = actor;
    query.objectType = objectType;
    if (sinceMinutes >= 0)
        query.since = test::AuditTestLog::start().addSecs(sinceMinutes * 60);
    if (untilMinutes >= 0)
        query.until = test::AuditTestLog::start().addSecs(untilMinutes * 60);
    query.search = search;

    auto model = makeModel();
    QSignalSpy loading(model.get(), &AuditLogModel::loadingChanged);
    model->setQuery(query);
    QVERIFY(model->isLoading());
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(loading.count(), 2);
    QVERIFY2(model->errorMessage().isEmpty(), qPrintable(model->errorMessage()));
    QCOMPARE(summaries(*model), expected);
    QVERIFY(model->isComplete());
    QVERIFY(!model->canFetchMore({}));
    // And the same as AuditLog itself.
    QStringList fromLog;
    for (const AuditEntry &entry : test::AuditTestLog::expected(*m_db, query))
        fromLog.append(entry.summary);
    QCOMPARE(summaries(*model), fromLog.join(u','));
}

void AuditLogModelTest::shouldConcatenatePagesWithoutGapsOrRepeats_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("pages"); // how many reads the whole log takes
    QTest::newRow("one entry a page") << 1 << 8;
    QTest::newRow("two a page") << 2 << 4;
    QTest::newRow("three a page, the last short") << 3 << 3;
    QTest::newRow("a page exactly the log, then an empty one") << 7 << 2;
    QTest::newRow("one page") << 200 << 1;
}

void AuditLogModelTest::shouldConcatenatePagesWithoutGapsOrRepeats()
{
    QFETCH(int, pageSize);
    QFETCH(int, pages);
    auto model = makeModel(pageSize);
    QSignalSpy loading(model.get(), &AuditLogModel::loadingChanged);
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    model->setQuery({});
    loadAll(*model); // the model tester asks for more as well, as a view would
    QCOMPARE(loading.count(), 2 * pages);
    // Each page went in after the one before, whole but the last.
    int next = 0;
    for (const QList<QVariant> &arguments : std::as_const(inserted)) {
        QCOMPARE(arguments.at(1).toInt(), next);
        next = arguments.at(2).toInt() + 1;
        QVERIFY(next - arguments.at(1).toInt() == pageSize || next == 7);
    }
    QCOMPARE(next, 7);
    QCOMPARE(summaries(*model), u"frida,erik,dora,gold,fabrikam,bert,anna"_s);
    QSet<qint64> ids;
    for (int row = 0; row < model->rowCount(); ++row)
        ids.insert(model->index(row, 0).data(AuditLogModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), 7);
}

void AuditLogModelTest::shouldDropAnAnswerANewerFilterMadeStale_data()
{
    QTest::addColumn<bool>("fetchingMore");
    QTest::newRow("page one of an older filter") << false;
    QTest::newRow("the next page of an older filter") << true;
}

void AuditLogModelTest::shouldDropAnAnswerANewerFilterMadeStale()
{
    QFETCH(bool, fetchingMore);
    auto model = makeModel(2);
    if (fetchingMore)
        m_tester.reset(); // it would read every page at once, as a view scrolled to the end would
    AuditQuery alice;
    alice.actor = u"alice"_s;
    AuditQuery bob;
    bob.actor = u"bob"_s;
    if (fetchingMore) {
        model->setQuery(alice);
        QTRY_VERIFY(!model->isLoading());
        QCOMPARE(summaries(*model), u"frida,erik"_s);
    }
    {
        const auto release = holdWorker();
        if (fetchingMore) {
            QVERIFY(model->canFetchMore({}));
            model->fetchMore({}); // alice's next page: held
        } else {
            model->setQuery(alice); // held
        }
        model->setQuery(bob);
    }
    QTRY_VERIFY(!model->isLoading());
    // Let every answer arrive: the stale one comes first, and must change nothing.
    auto last = m_workspace->run([](WorkspaceServices &) { return Result<void>(); });
    QTRY_VERIFY(last.isFinished());
    QCoreApplication::processEvents();
    QCOMPARE(summaries(*model), u"dora,bert"_s);
    loadAll(*model);
    QCOMPARE(summaries(*model), u"dora,bert"_s);
}

void AuditLogModelTest::shouldPutNewEntriesOnTopWhenRefreshed_data()
{
    QTest::addColumn<int>("pageSize");
    QTest::addColumn<int>("newEntries");
    QTest::newRow("one new entry, the whole log shown") << 200 << 1;
    QTest::newRow("two new entries, part of the log shown") << 3 << 2;
    QTest::newRow("more new entries than a page") << 2 << 3;
}

void AuditLogModelTest::shouldPutNewEntriesOnTopWhenRefreshed()
{
    QFETCH(int, pageSize);
    QFETCH(int, newEntries);
    auto model = makeModel(pageSize);
    model->setQuery({});
    QTRY_VERIFY(!model->isLoading());
    const int before = model->rowCount();
    const qint64 firstId = model->index(0, 0).data(AuditLogModel::IdRole).toLongLong();
    QList<AuditEntry> fresh;
    for (int i = 0; i < newEntries; ++i)
        fresh.append({.action = u"account.created"_s,
                      .objectType = u"account"_s,
                      .groupId = m_log.groups.value(u"Sales"_s),
                      .summary = u"new%1"_s.arg(i)});
    QVERIFY(m_db->write([&] { return AuditStore(*m_db).appendAll(fresh); }));
    QSignalSpy inserted(model.get(), &QAbstractItemModel::rowsInserted);
    QSignalSpy reset(model.get(), &QAbstractItemModel::modelReset);
    model->refresh();
    QTRY_VERIFY(!model->isLoading());
    if (newEntries > pageSize) {
        // What lies between the new page and the old rows is unknown: the model starts over.
        QCOMPARE(reset.count(), 1);
        loadAll(*model);
        QCOMPARE(model->rowCount(), 7 + newEntries);
        return;
    }
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), newEntries - 1);
    QCOMPARE(model->rowCount(), before + newEntries);
    QCOMPARE(model->index(newEntries, 0).data(AuditLogModel::IdRole).toLongLong(), firstId);
    QCOMPARE(model->index(0, AuditLogModel::SummaryColumn).data().toString(), u"new%1"_s.arg(newEntries - 1));
    loadAll(*model);
    QCOMPARE(model->rowCount(), 7 + newEntries); // nothing twice
}

void AuditLogModelTest::shouldShowAPlainMessageWhenTheLogRefusesAFilter()
{
    auto model = makeModel();
    QSignalSpy errors(model.get(), &AuditLogModel::errorChanged);
    AuditQuery backwards;
    backwards.since = test::AuditTestLog::start().addDays(2);
    backwards.until = test::AuditTestLog::start();
    model->setQuery(backwards);
    QTRY_VERIFY(!model->isLoading());
    QCOMPARE(errors.count(), 1);
    QVERIFY(!model->errorMessage().isEmpty());
    QVERIFY2(!model->errorMessage().contains(u"SELECT"_s, Qt::CaseInsensitive), qPrintable(model->errorMessage()));
    QCOMPARE(model->rowCount(), 0);
    model->setQuery({});
    QTRY_VERIFY(!model->isLoading());
    QVERIFY(model->errorMessage().isEmpty());
    QCOMPARE(model->rowCount(), 7);
}

void AuditLogModelTest::shouldSurviveBeingDestroyedWhileAPageIsOnItsWay()
{
    auto model = makeModel(2);
    QPointer<AuditLogModel> watched(model.get());
    {
        const auto release = holdWorker();
        model->setQuery({}); // held on the worker
        m_tester.reset();
        model.reset();
        QVERIFY(!watched);
    }
    // The answer comes and finds nobody.
    auto last = m_workspace->run([](WorkspaceServices &services) { return services.audit.page({}, {}, 1); });
    QTRY_VERIFY(last.isFinished());
    QCoreApplication::processEvents();
    QVERIFY(last.result());
    QCOMPARE(last.result()->size(), 1);
}

QTEST_MAIN(AuditLogModelTest)
#include "tst_auditlogmodel.moc"
