#include "ui/accounts/accountlistexport.h"

#include "core/domain/accountcsv.h"
#include "core/services/accountexport.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/csvreader.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "ui/widgets/csvfileexport.h"

#include <QDir>
#include <QFile>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

Q_DECLARE_METATYPE(bc::AccountQuery)

// File → Export accounts…: every account of the list as it is filtered and sorted, written on the
// worker as `account list --csv` writes it, or no file at all.
class AccountListExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldWriteEveryAccountOfTheListAsTheImportReadsIt_data();
    void shouldWriteEveryAccountOfTheListAsTheImportReadsIt();
    void shouldLeaveNoFileWhenCanceled();
    void shouldSayInPlainWordsWhenTheFileCannotBeWritten();

private:
    AccountListExport *makeExport(const AccountQuery &query, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QWidget> m_window;
    QHash<QString, qint64> m_groups;
};

void AccountListExportTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = test::openFixture(test::freshLocation(u"accountexport"_s));
    QVERIFY2(db, db ? "" : qPrintable(test::describe(db.error())));
    m_db = std::move(*db);
    GroupService groups(*m_db);
    AccountService accounts(*m_db);
    auto root = groups.createRoot(u"MSP"_s);
    QVERIFY(root);
    auto contoso = groups.create(root->id, u"Contoso"_s);
    QVERIFY(contoso);
    auto sales = groups.create(contoso->id, u"Sales"_s);
    QVERIFY(sales);
    m_groups = {{u"root"_s, root->id}, {u"contoso"_s, contoso->id}, {u"sales"_s, sales->id}};
    for (const auto &[login, group] : {std::pair {u"anna"_s, root->id}, std::pair {u"ben"_s, contoso->id},
                                       std::pair {u"dora"_s, sales->id}, std::pair {u"emil"_s, sales->id}}) {
        AccountDraft draft = test::personDraft(login);
        draft.mobile = u"+41791234567"_s;
        auto made = accounts.create(group, draft);
        QVERIFY2(made, made ? "" : qPrintable(test::describe(made.error())));
        if (login == "emil"_L1)
            QVERIFY(accounts.disable(made->id));
    }
    m_workspace = test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
    m_window = std::make_unique<QWidget>();
}

void AccountListExportTest::cleanup()
{
    m_window.reset();
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_db.reset();
    m_dir.reset();
}

AccountListExport *AccountListExportTest::makeExport(const AccountQuery &query, int count)
{
    auto *menu = new QMenu(m_window.get());
    auto *exporter = new AccountListExport(
        *m_workspace,
        [query, count] {
            return std::pair {query, count};
        },
        menu, m_window.get());
    if (!menu->actions().contains(exporter->action()) || exporter->action()->objectName() != "exportAccountsAction"_L1)
        qWarning("the export's action is not in its menu");
    return exporter;
}

void AccountListExportTest::shouldWriteEveryAccountOfTheListAsTheImportReadsIt_data()
{
    QTest::addColumn<AccountQuery>("query");
    QTest::addColumn<QStringList>("records"); // login=group below the listed group
    AccountQuery everything;
    QTest::newRow("every group") << everything
                                 << QStringList {u"anna="_s, u"ben=Contoso"_s, u"dora=Contoso/Sales"_s,
                                                 u"emil=Contoso/Sales"_s};
    AccountQuery contoso;
    contoso.includeSubgroups = true;
    contoso.sortColumn = AccountColumn::Login;
    contoso.sortOrder = Qt::DescendingOrder;
    QTest::newRow("a customer and below, sorted backwards")
        << contoso << QStringList {u"emil=Sales"_s, u"dora=Sales"_s, u"ben="_s};
    AccountQuery disabled;
    disabled.status = AccountStatus::Disabled;
    QTest::newRow("disabled only") << disabled << QStringList {u"emil=Contoso/Sales"_s};
}

void AccountListExportTest::shouldWriteEveryAccountOfTheListAsTheImportReadsIt()
{
    QFETCH(AccountQuery, query);
    QFETCH(QStringList, records);
    if (query.includeSubgroups)
        query.groupId = m_groups.value(u"contoso"_s);
    AccountListExport *exporter = makeExport(query, int(records.size()));
    QSignalSpy said(exporter, &AccountListExport::statusMessage);
    const QString path = m_dir->filePath(u"accounts.csv"_s);
    exporter->exportTo(path);
    QVERIFY(exporter->csvExport()->isRunning());
    QVERIFY(!exporter->action()->isEnabled());
    QTRY_VERIFY(!exporter->csvExport()->isRunning());
    QVERIFY(exporter->action()->isEnabled());
    QFile file(path);
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = file.readAll();
    QList<QStringList> read = test::readCsv(QString::fromUtf8(bytes));
    QCOMPARE(read.takeFirst(), AccountCsv::columns());
    QStringList found;
    const qsizetype group = AccountCsv::columns().indexOf(u"group"_s);
    for (const QStringList &record : std::as_const(read))
        found.append(record.value(0) + u'=' + record.value(group));
    QCOMPARE(found, records);
    // Byte for byte what `account list --csv` writes for the same list: one writer for both.
    QString expected;
    CatalogService catalog(*m_db);
    AccountService accounts(*m_db);
    GroupService groups(*m_db);
    QVERIFY(AccountExport(accounts, groups, catalog).run(query, -1, [&expected](const QString &text, qint64) {
        expected += text;
        return true;
    }));
    QCOMPARE(QString::fromUtf8(bytes), expected);
    QVERIFY(expected.contains(u"'+41791234567"_s)); // the formula guard
    QCOMPARE(said.size(), 1);
    // "N account(s)": the English plural forms come with the console's translations, which the test loads not.
    const QString message = said.first().first().toString();
    QVERIFY2(message.startsWith(u"%1 account"_s.arg(records.size()))
                 && message.endsWith(u" exported to %1."_s.arg(QDir::toNativeSeparators(path))),
             qPrintable(message));
}

void AccountListExportTest::shouldLeaveNoFileWhenCanceled()
{
    AccountListExport *exporter = makeExport({}, 4);
    QSignalSpy said(exporter, &AccountListExport::statusMessage);
    const QString path = m_dir->filePath(u"accounts.csv"_s);
    {
        // The worker is held, so that Cancel comes before the export has written anything.
        test::WorkerHold hold(*m_workspace);
        exporter->exportTo(path);
        QProgressDialog *progress = exporter->csvExport()->progressDialog();
        QVERIFY(progress);
        QCOMPARE(progress->objectName(), u"accountExportProgress"_s);
        Q_EMIT progress->canceled(); // the Cancel button
    }
    QTRY_VERIFY(!exporter->csvExport()->isRunning());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(said.size(), 1);
    QCOMPARE(said.first().first().toString(), u"The export was canceled; no file was written."_s);
}

void AccountListExportTest::shouldSayInPlainWordsWhenTheFileCannotBeWritten()
{
    AccountListExport *exporter = makeExport({}, 4);
    const QString path = m_dir->filePath(u"no such folder/accounts.csv"_s);
    exporter->exportTo(path);
    QTRY_VERIFY(!exporter->csvExport()->isRunning());
    QVERIFY(!QFile::exists(path));
    auto *box = m_window->findChild<QMessageBox *>(u"accountExportError"_s);
    QVERIFY(box);
    QVERIFY2(box->text().contains(u"may not write"_s), qPrintable(box->text()));
    box->close();
}

QTEST_MAIN(AccountListExportTest)
#include "tst_accountlistexport.moc"
