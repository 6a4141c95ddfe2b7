#include "core/domain/databaseaddress.h"
#include "core/domain/fields.h"
#include "core/services/accountservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/loginfield.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

// The login input's check: "Checking…" while the database is asked on the workspace's worker, and
// an answer about a login that is no longer typed dropped.
class TestLoginField final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldSayCheckingUntilTheAnswerArrives();
    void shouldDropAnAnswerAboutALoginNoLongerTyped();
    void shouldTakeCoresWordThatTheLoginIsTaken();
    void shouldNotAskAgainAboutALoginJustFoundFree();

private:
    // Waits until every job handed to the worker so far has answered on the GUI thread.
    void waitForEarlierAnswers();

    QString m_location;
    qint64 m_rootId = 0;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<QWidget> m_host;
    QLineEdit *m_edit = nullptr;
    LoginField *m_field = nullptr;
};

void TestLoginField::init()
{
    m_location = bc::test::freshLocation(u"loginfield"_s);
    QVERIFY2(!m_location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(m_location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    GroupService groups(*m_db);
    AccountService accounts(*m_db);
    auto root = groups.createRoot(u"Acme MSP"_s);
    QVERIFY(root);
    m_rootId = root->id;
    AccountDraft alice;
    alice.login = u"alice"_s;
    alice.email = u"alice@example.com"_s;
    QVERIFY(accounts.create(root->id, alice));

    auto address = DatabaseAddress::parse(m_location);
    QVERIFY(address);
    m_workspace = std::make_unique<Workspace>(*address, Database::OpenOptions());
    auto opened = m_workspace->open();
    QTRY_VERIFY(opened.isFinished());
    QVERIFY2(opened.result(), qPrintable(opened.result() ? QString() : opened.result().error().message));

    m_host = std::make_unique<QWidget>();
    m_edit = new QLineEdit(m_host.get());
    m_edit->setObjectName(u"login"_s);
    m_field = new LoginField(*m_workspace, m_edit, m_host.get());
}

void TestLoginField::cleanup()
{
    m_host.reset();
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_db.reset();
}

void TestLoginField::waitForEarlierAnswers()
{
    // Jobs run in order, and their answers arrive in that order.
    bool answered = false;
    m_workspace->call(
        m_host.get(), [](WorkspaceServices &) { return Result<void>(); },
        [&answered](const Result<void> &) { answered = true; });
    QTRY_VERIFY2(answered, "the worker did not answer");
}

void TestLoginField::shouldSayCheckingUntilTheAnswerArrives()
{
    m_edit->setText(u"Alice"_s);
    QVERIFY2(!m_field->isChecking(), "the database is asked before typing pauses");
    // Nothing is known yet: the rule's verdict stands, and the database is asked now.
    QVERIFY2(m_field->validate(), "a login not known to be taken is refused");
    QVERIFY2(m_field->isChecking(), "validate() did not ask the database");
    QCOMPARE(m_field->message()->text(), LoginField::tr("Checking whether this login is free…"));
    QVERIFY(!m_field->message()->hasError());

    QTRY_VERIFY2(!m_field->isChecking(), "the answer did not arrive");
    QVERIFY2(!m_field->isValid(), "a taken login is valid");
    QVERIFY2(m_field->message()->error().contains(u"already taken"_s), qPrintable(m_field->message()->text()));
    QVERIFY2(!m_field->suggestionButton()->isHidden(), "no free variant is offered");
    QVERIFY2(m_field->suggestionButton()->text().contains(u"Alice2"_s),
             qPrintable(m_field->suggestionButton()->text()));
    // What the last answer knows, without asking again.
    QVERIFY(!m_field->validate());
    QVERIFY(!m_field->isChecking());
}

void TestLoginField::shouldDropAnAnswerAboutALoginNoLongerTyped()
{
    m_edit->setText(u"alice"_s);
    m_field->validate();
    QVERIFY(m_field->isChecking());
    // Typed on before the answer about "alice" came.
    m_edit->setText(u"alice.new"_s);
    QVERIFY2(!m_field->isChecking(), "an edit leaves the old check standing");
    waitForEarlierAnswers();
    QVERIFY2(m_field->isValid(), "the answer about \"alice\" was taken for \"alice.new\"");
    QVERIFY2(!m_field->message()->hasError(), qPrintable(m_field->message()->error()));
    QVERIFY2(m_field->suggestionButton()->isHidden(), "a variant of a login no longer typed is offered");

    // The pause after typing asks about what is typed now.
    QSignalSpy answered(m_field, &LoginField::changed);
    QVERIFY2(answered.wait(), "the pause after typing did not ask the database");
    QVERIFY(!m_field->isChecking());
    QVERIFY(m_field->isValid());
    QVERIFY(!m_field->message()->hasError());
}

void TestLoginField::shouldTakeCoresWordThatTheLoginIsTaken()
{
    // The login was free when checked, and someone took it before saving.
    m_edit->setText(u"bob"_s);
    m_field->validate();
    QTRY_VERIFY(!m_field->isChecking());
    QVERIFY(m_field->isValid());
    AccountDraft bob;
    bob.login = u"bob"_s;
    bob.email = u"bob@example.com"_s;
    QVERIFY(AccountService(*m_db).create(m_rootId, bob));
    m_field->showError(Error {Error::Code::LoginTaken, Field::login, u"The login \"bob\" is already taken."_s});
    QVERIFY2(!m_field->isValid(), "core's word that the login is taken was ignored");
    QVERIFY(m_field->message()->hasError());
    // Asked again for a free variant.
    QVERIFY(m_field->isChecking());
    QTRY_VERIFY(!m_field->isChecking());
    QVERIFY2(!m_field->suggestionButton()->isHidden(), "no free variant is offered");
}

void TestLoginField::shouldNotAskAgainAboutALoginJustFoundFree()
{
    // Next after the pause's answer: over a slow link another check is a round trip before the
    // next page, and the save checks the login anyway.
    m_edit->setText(u"carol"_s);
    QSignalSpy answered(m_field, &LoginField::changed);
    QVERIFY2(answered.wait(), "the pause after typing did not ask the database");
    QTRY_VERIFY(!m_field->isChecking());
    QVERIFY(m_field->isValid());
    QVERIFY(m_field->validate());
    QVERIFY2(!m_field->isChecking(), "a login found free a moment ago was asked about again");
    // Another login, typed and changed back: asked about again.
    m_edit->setText(u"caro"_s);
    m_edit->setText(u"carol"_s);
    QVERIFY(m_field->validate());
    QVERIFY2(m_field->isChecking(), "an edit kept the old answer");
    QTRY_VERIFY(!m_field->isChecking());
}

QTEST_MAIN(TestLoginField)
#include "tst_loginfield.moc"
