#include "ui/import/importwizard.h"

#include "core/domain/fields.h"
#include "core/domain/group.h"
#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/import/importcolumnspage.h"
#include "ui/import/importlauncher.h"
#include "ui/import/importrecordmodel.h"
#include "ui/import/importrunpage.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// File → Import accounts…: the file and its columns, the check that writes nothing, and the import
// that does what the check showed — driven as a person would, on the workspace's worker.
class ImportWizardTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldOpenOneWizardFromTheFileMenuForTheSelectedGroup();
    void shouldShowWhatEachColumnFeedsAndRememberThePersonsChoice();
    void shouldCheckFirstThenImportWhatTheCheckShowed_data();
    void shouldCheckFirstThenImportWhatTheCheckShowed();
    void shouldReportAnAccountChangedSinceTheCheckAsAConflict();
    void shouldImportNothingWhenTheFileChangedSinceTheCheck();
    void shouldStopAfterTheBatchUnderWay();
    void shouldSaveTheRecordsNotImportedAsAFileToFix();

private:
    QString writeFile(const QByteArray &bytes);
    std::unique_ptr<ImportWizard> openWizard(const QString &path);
    // Next on the current page, then waits for the run of the page it opens.
    void nextAndWait(ImportWizard &wizard);
    int accounts(const QString &where);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<Settings> m_settings;
    qint64 m_contoso = 0;
};

namespace {

const QByteArray ownFile = "login,email,firstName,group,action\r\n"
                           "carol,carol@contoso.com,Carol,Sales,\r\n"
                           "dave,dave@contoso.com,Dave,,\r\n"
                           "ada,ada@contoso.com,Ada Maria,,\r\n"
                           "erin,not-an-address,Erin,,\r\n";

} // namespace

void ImportWizardTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    auto db = test::openFixture(test::freshLocation(u"importwizard"_s));
    QVERIFY2(db, db ? "" : qPrintable(test::describe(db.error())));
    m_db = std::move(*db);
    GroupService groups(*m_db);
    AccountService accounts(*m_db);
    auto root = groups.createRoot(u"MSP"_s);
    QVERIFY(root);
    auto contoso = groups.create(root->id, u"Contoso"_s);
    QVERIFY(contoso);
    QVERIFY(groups.create(contoso->id, u"Sales"_s));
    m_contoso = contoso->id;
    AccountDraft ada = test::personDraft(u"ada"_s);
    ada.firstName = u"Ada"_s;
    QVERIFY(accounts.create(contoso->id, ada));
    m_workspace = test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
}

void ImportWizardTest::cleanup()
{
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

QString ImportWizardTest::writeFile(const QByteArray &bytes)
{
    const QString path = m_dir->filePath(u"users.csv"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

std::unique_ptr<ImportWizard> ImportWizardTest::openWizard(const QString &path)
{
    auto wizard = std::make_unique<ImportWizard>(*m_workspace, *m_settings, m_contoso, u"Contoso"_s);
    wizard->show();
    if (!path.isEmpty())
        wizard->columnsPage()->setFilePath(path);
    return wizard;
}

void ImportWizardTest::nextAndWait(ImportWizard &wizard)
{
    const int before = wizard.currentId();
    QAbstractButton *next =
        wizard.button(before == ImportWizard::PreviewPageId ? QWizard::CommitButton : QWizard::NextButton);
    QVERIFY(next->isEnabled());
    QTest::mouseClick(next, Qt::LeftButton);
    QCOMPARE(wizard.currentId(), before + 1);
    auto *page = qobject_cast<ImportRunPage *>(wizard.currentPage());
    QVERIFY(page);
    QTRY_VERIFY_WITH_TIMEOUT(!page->isRunning(), 30000);
}

int ImportWizardTest::accounts(const QString &where)
{
    auto query = m_db->run(u"SELECT count(*) FROM accounts WHERE "_s + where);
    return query && query->next() ? query->value(0).toInt() : -1;
}

void ImportWizardTest::shouldOpenOneWizardFromTheFileMenuForTheSelectedGroup()
{
    QWidget mainWindow;
    QMenu file(u"&File"_s);
    Group contoso;
    contoso.id = m_contoso;
    contoso.name = u"Contoso"_s;
    const Group *selected = nullptr;
    ImportLauncher launcher(
        *m_workspace, *m_settings, [&selected] { return selected; }, &file, &mainWindow);
    QVERIFY(file.actions().contains(launcher.action()));
    QCOMPARE(launcher.action()->objectName(), u"importAccountsAction"_s);
    // No group selected: it says so, and opens nothing.
    bool told = false;
    whenModalOpens<QMessageBox>(this, [&told](QMessageBox *box) {
        told = box->text().contains(u"Select the group"_s);
        box->accept();
    });
    launcher.action()->trigger();
    QVERIFY(told);
    QVERIFY(!launcher.wizard());

    selected = &contoso;
    launcher.action()->trigger();
    QPointer<ImportWizard> wizard = launcher.wizard();
    QVERIFY(wizard);
    QVERIFY(wizard->isVisible());
    QCOMPARE(wizard->groupId(), m_contoso);
    QVERIFY(wizard->windowTitle().contains(u"Contoso"_s));
    launcher.action()->trigger(); // raises the one there is
    QCOMPARE(launcher.wizard(), wizard.data());
    QCOMPARE(mainWindow.findChildren<ImportWizard *>().size(), 1);
    wizard->reject(); // closed, it is gone
    QTRY_VERIFY(!wizard);
}

void ImportWizardTest::shouldShowWhatEachColumnFeedsAndRememberThePersonsChoice()
{
    const QString path = writeFile("User principal name,Display name,Alternate email address,Office\r\n"
                                   "ann@contoso.com,Ann,ann@home.example,Room 4\r\n");
    auto wizard = openWizard(path);
    ImportColumnsPage *page = wizard->columnsPage();
    QVERIFY(page->findChild<QLabel *>(u"importKind"_s)->text().contains(u"Microsoft 365"_s));
    // The sign-in name gives login and email; the unknown columns nothing.
    QCOMPARE(page->columnBox(0)->currentData().toStringList(), (QStringList {Field::login, Field::email}));
    QCOMPARE(page->columnBox(1)->currentData().toStringList(), QStringList {Field::displayName});
    QCOMPARE(page->columnBox(2)->currentData().toStringList(), QStringList());
    QVERIFY(page->columnBox(2)->toolTip().contains(u"ann@home.example"_s));
    QVERIFY(page->isComplete());

    // The person gives the alternate address to the email: the sign-in name keeps only the login.
    QComboBox *alternate = page->columnBox(2);
    alternate->setFocus();
    const int email = alternate->findData(QStringList {Field::email});
    QVERIFY(email > 0);
    alternate->setCurrentIndex(email);
    Q_EMIT alternate->activated(email);
    QCOMPARE(page->columnBox(0)->currentData().toStringList(), QStringList {Field::login});
    QCOMPARE(page->mapping().value({u"ann@contoso.com"_s, u"Ann"_s, u"ann@home.example"_s}, Field::email),
             u"ann@home.example"_s);

    // Without a login column the page is not complete, and says why.
    QComboBox *upn = page->columnBox(0);
    Q_EMIT upn->activated(0); // Ignore
    QVERIFY(!page->isComplete());
    QVERIFY(!wizard->button(QWizard::NextButton)->isEnabled());
    QVERIFY(page->findChild<QLabel *>(u"importMappingProblem"_s)->text().contains(u"login"_s));
    Q_EMIT upn->activated(upn->findData(QStringList {Field::login}));
    QVERIFY(page->isComplete());
    QVERIFY(page->validatePage());

    // The next file of the kind opens with the choice.
    wizard.reset();
    auto again = openWizard(path);
    QCOMPARE(again->columnsPage()->columnBox(2)->currentData().toStringList(), QStringList {Field::email});
    // Until the person asks for the columns as the file names them.
    QTest::mouseClick(again->findChild<QPushButton *>(u"importResetColumns"_s), Qt::LeftButton);
    QCOMPARE(again->columnsPage()->columnBox(2)->currentData().toStringList(), QStringList());
    QCOMPARE(again->columnsPage()->columnBox(0)->currentData().toStringList(),
             (QStringList {Field::login, Field::email}));
}

void ImportWizardTest::shouldCheckFirstThenImportWhatTheCheckShowed_data()
{
    QTest::addColumn<int>("outcome"); // ImportOutcome, or -1 for all
    QTest::addColumn<QString>("search");
    QTest::addColumn<QStringList>("logins"); // the rows the check's table shows then
    QTest::newRow("all") << -1 << QString() << QStringList {u"carol"_s, u"dave"_s, u"ada"_s, u"erin"_s};
    QTest::newRow("to create") << int(ImportOutcome::Create) << QString() << QStringList {u"carol"_s, u"dave"_s};
    QTest::newRow("errors") << int(ImportOutcome::Error) << QString() << QStringList {u"erin"_s};
    QTest::newRow("a search in the details") << -1 << u"Ada Maria"_s << QStringList {u"ada"_s};
}

void ImportWizardTest::shouldCheckFirstThenImportWhatTheCheckShowed()
{
    QFETCH(int, outcome);
    QFETCH(QString, search);
    QFETCH(QStringList, logins);
    auto wizard = openWizard(writeFile(ownFile));
    nextAndWait(*wizard);
    ImportRunPage *check = wizard->previewPage();
    QAbstractItemModelTester recordsTester(check->records(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester filterTester(check->filter(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(check->isDone());
    QCOMPARE(check->counts(), (ImportCounts {.created = 2, .updated = 1, .errors = 1}));
    QCOMPARE(accounts(u"login IN ('carol', 'dave')"_s), 0); // the check wrote nothing
    const QString counts = check->findChild<QLabel *>(u"importCheckCounts"_s)->text();
    QVERIFY2(counts.contains(u"2 to create"_s) && counts.contains(u"1 with errors"_s), qPrintable(counts));

    auto *show = check->findChild<QComboBox *>(u"importCheckShow"_s);
    show->setCurrentIndex(show->findData(outcome));
    QTest::keyClicks(check->findChild<QLineEdit *>(u"importCheckSearch"_s), search);
    QStringList shown;
    for (int row = 0; row < check->filter()->rowCount(); ++row)
        shown.append(check->filter()->index(row, ImportRecordModel::LoginColumn).data().toString());
    QCOMPARE(shown, logins);
    // An update names its change old → new; an error its field and reason.
    const auto details = [&check](const QString &login) {
        for (const ImportRecordModel::Entry &entry : check->records()->entries()) {
            if (entry.login == login)
                return entry.details;
        }
        return QString();
    };
    QVERIFY2(details(u"ada"_s).contains(u"First name: Ada → Ada Maria"_s), qPrintable(details(u"ada"_s)));
    QVERIFY2(details(u"erin"_s).startsWith(u"Email: "_s), qPrintable(details(u"erin"_s)));

    nextAndWait(*wizard);
    ImportRunPage *apply = wizard->applyPage();
    QVERIFY(apply->isDone());
    QCOMPARE(apply->counts(), check->counts());
    QCOMPARE(accounts(u"login IN ('carol', 'dave')"_s), 2);
    QCOMPARE(accounts(u"login = 'ada' AND first_name = 'Ada Maria'"_s), 1);
    QVERIFY(wizard->button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard->button(QWizard::BackButton)->isVisible() || !wizard->button(QWizard::BackButton)->isEnabled());
}

void ImportWizardTest::shouldReportAnAccountChangedSinceTheCheckAsAConflict()
{
    auto wizard = openWizard(writeFile(ownFile));
    nextAndWait(*wizard);
    QCOMPARE(wizard->previewPage()->counts().updated, 1);
    // Someone else, on another connection, changes ada and makes dave meanwhile.
    QTest::qWait(5);
    AccountService others(*m_db);
    auto ada = others.findByLogin(u"ada"_s);
    QVERIFY(ada && *ada);
    auto account = others.account((*ada)->id);
    QVERIFY(account);
    AccountDraft changed = account->draft();
    changed.firstName = u"Augusta"_s;
    QVERIFY(others.update((*ada)->id, changed));
    QVERIFY(others.create(m_contoso, test::personDraft(u"dave"_s)));

    nextAndWait(*wizard);
    ImportRunPage *apply = wizard->applyPage();
    QCOMPARE(apply->counts(), (ImportCounts {.created = 1, .errors = 1, .conflicts = 2}));
    QCOMPARE(accounts(u"login = 'ada' AND first_name = 'Augusta'"_s), 1); // not overwritten
    QCOMPARE(accounts(u"login = 'carol'"_s), 1);
}

void ImportWizardTest::shouldImportNothingWhenTheFileChangedSinceTheCheck()
{
    const QString path = writeFile(ownFile);
    auto wizard = openWizard(path);
    nextAndWait(*wizard);
    writeFile(ownFile + "frank,frank@contoso.com,Frank,,\r\n");
    nextAndWait(*wizard);
    ImportRunPage *apply = wizard->applyPage();
    QVERIFY(!apply->isDone());
    const QString status = apply->findChild<QLabel *>(u"importApplyStatus"_s)->text();
    QVERIFY2(status.contains(u"changed since the check"_s), qPrintable(status));
    QCOMPARE(accounts(u"login IN ('carol', 'dave', 'frank')"_s), 0);
}

void ImportWizardTest::shouldStopAfterTheBatchUnderWay()
{
    QByteArray many = "login,email\r\n";
    for (int i = 0; i < 3000; ++i)
        many += "user" + QByteArray::number(i) + ",user" + QByteArray::number(i) + "@contoso.com\r\n";
    auto wizard = openWizard(writeFile(many));
    nextAndWait(*wizard);
    QCOMPARE(wizard->previewPage()->counts().created, 3000);
    QTest::mouseClick(wizard->button(QWizard::CommitButton), Qt::LeftButton);
    ImportRunPage *apply = wizard->applyPage();
    QVERIFY(apply->isRunning());
    QTest::mouseClick(apply->findChild<QPushButton *>(u"importApplyStop"_s), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!apply->isRunning(), 30000);
    QVERIFY(!apply->isDone());
    const int made = accounts(u"login LIKE 'user%'"_s);
    // Whole batches, the first of which is small: an apply's batches grow to hold the writer lock
    // about 25 ms (ImportRequest::batchMilliseconds).
    QVERIFY2(made >= 1 && made < 3000, qPrintable(QString::number(made)));
    QCOMPARE(apply->counts().created, made);
    const QString status = apply->findChild<QLabel *>(u"importApplyStatus"_s)->text();
    QVERIFY2(status.contains(u"stopped"_s), qPrintable(status));
}

void ImportWizardTest::shouldSaveTheRecordsNotImportedAsAFileToFix()
{
    auto wizard = openWizard(writeFile(ownFile));
    nextAndWait(*wizard);
    ImportRunPage *check = wizard->previewPage();
    QVERIFY(check->findChild<QPushButton *>(u"importCheckSaveErrors"_s)->isEnabled());
    const QString errors = m_dir->filePath(u"errors.csv"_s);
    QCOMPARE(check->saveErrors(errors), QString());
    QFile file(errors);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    QVERIFY(lines.at(0).startsWith("login,email,firstName,group,action,row,field,message"));
    QVERIFY2(lines.at(1).startsWith("erin,not-an-address,Erin,,,5,email,"), lines.at(1).constData());
    QCOMPARE(check->saveErrors(m_dir->filePath(u"no/such/folder/errors.csv"_s)).isEmpty(), false);
}

QTEST_MAIN(ImportWizardTest)
#include "tst_importwizard.moc"
