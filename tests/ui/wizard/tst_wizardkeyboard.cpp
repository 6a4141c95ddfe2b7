// An account from the keyboard in as few keys as possible (Finish from any page,
// Ctrl+Enter), typed input never thrown away by Escape unasked, the first page in reading order
// and narrow enough for a small screen.

#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "tests/ui/wizard/wizardtest.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/addaccountwizard.h"

#include <QApplication>
#include <QCheckBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;
using namespace WizardTest;

class TestWizardKeyboard final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldCreateAnAccountWithCtrlNLoginEmailNamesCtrlEnter();
    void shouldFinishFromAnyPageOnceEverythingIsValid_data();
    void shouldFinishFromAnyPageOnceEverythingIsValid();
    void shouldNotCreateButShowTheProblemWhenAFieldIsInvalid_data();
    void shouldNotCreateButShowTheProblemWhenAFieldIsInvalid();
    void shouldShowAnInvalidLaterPageInsteadOfCreating();
    void shouldAskBeforeDiscardingWhatWasTyped();
    void shouldCloseAtOnceWhenNothingWasTyped();
    void shouldTabThroughTheFirstPageInVisualOrder_data();
    void shouldTabThroughTheFirstPageInVisualOrder();
    void shouldShrinkToASmallScreen_data();
    void shouldShrinkToASmallScreen();

private:
    std::unique_ptr<AddAccountWizard> openWizard();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<bc::Workspace> m_workspace; // the window's worker, on a connection of its own
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    qint64 m_customerId = 0;
};

void TestWizardKeyboard::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY2(m_dir->isValid(), qPrintable(m_dir->errorString()));
    const QString location = bc::test::freshLocation(u"accounts"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    auto root = m_groups->createRoot(u"Acme MSP"_s);
    QVERIFY2(root, qPrintable(root ? QString() : root.error().message));
    auto customer = m_groups->create(root->id, u"Contoso"_s);
    QVERIFY2(customer, qPrintable(customer ? QString() : customer.error().message));
    m_customerId = customer->id;
    AccountDraft taken;
    taken.login = u"alice"_s;
    taken.email = u"alice@example.com"_s;
    QVERIFY(m_accounts->create(m_customerId, taken));
    m_workspace = openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void TestWizardKeyboard::cleanup()
{
    closeWorkspace(m_workspace);
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_workspace.reset();
    m_db.reset();
    m_dir.reset();
}

std::unique_ptr<AddAccountWizard> TestWizardKeyboard::openWizard()
{
    auto wizard = std::make_unique<AddAccountWizard>(*m_workspace, m_customerId);
    wizard->show();
    if (!QTest::qWaitFor([&wizard] { return !wizard->isLoading(); }))
        QTest::qFail("the wizard did not read its group's details", __FILE__, __LINE__);
    if (!QTest::qWaitForWindowActive(wizard.get()))
        QTest::qFail("the wizard was not activated", __FILE__, __LINE__);
    return wizard;
}

void TestWizardKeyboard::shouldCreateAnAccountWithCtrlNLoginEmailNamesCtrlEnter()
{
    Settings settings(m_dir->filePath(u"settings.ini"_s));
    MainWindow window(*m_workspace, settings, m_db->displayName());
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.selectGroup(m_customerId);
    // The tree reads its groups on the worker: Ctrl+N adds to the current group once there is one
    // (a busy machine took over five seconds on PostgreSQL).
    QTRY_COMPARE_WITH_TIMEOUT(window.currentGroupId(), m_customerId, 20000);
    const auto type = [](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
    };
    const auto press = [](int key, Qt::KeyboardModifiers modifiers = Qt::NoModifier) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), modifiers);
    };

    QTest::keyClick(&window, Qt::Key_N, Qt::ControlModifier);
    // Guarded: the wizard deletes itself once it closed (WA_DeleteOnClose).
    QPointer<AddAccountWizard> wizard;
    QTRY_VERIFY_WITH_TIMEOUT((wizard = window.findChild<AddAccountWizard *>()) && wizard->isActiveWindow(), 20000);
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), u"login"_s);
    type(u"bob.builder"_s);
    press(Qt::Key_Tab);
    type(u"bob@example.com"_s);
    press(Qt::Key_R, Qt::AltModifier); // First name
    type(u"Bob"_s);
    press(Qt::Key_Tab);
    type(u"Builder"_s);
    press(Qt::Key_Return, Qt::ControlModifier);

    QTRY_VERIFY2(!wizard || !wizard->isVisible(), "Ctrl+Enter did not finish from the first page");
    auto saved = m_accounts->findByLogin(u"bob.builder"_s);
    QVERIFY2(saved && *saved, "the account was not created");
    QCOMPARE((*saved)->email, u"bob@example.com"_s);
    QCOMPARE((*saved)->firstName, u"Bob"_s);
    QCOMPARE((*saved)->lastName, u"Builder"_s);
}

void TestWizardKeyboard::shouldFinishFromAnyPageOnceEverythingIsValid_data()
{
    QTest::addColumn<int>("page");
    QTest::addColumn<int>("key");
    QTest::newRow("identity, Ctrl+Return") << int(AddAccountWizard::IdentityPageId) << int(Qt::Key_Return);
    QTest::newRow("identity, Ctrl+Enter") << int(AddAccountWizard::IdentityPageId) << int(Qt::Key_Enter);
    QTest::newRow("quotas, Ctrl+Return") << int(AddAccountWizard::QuotasPageId) << int(Qt::Key_Return);
    QTest::newRow("activation, Ctrl+Enter") << int(AddAccountWizard::ActivationPageId) << int(Qt::Key_Enter);
    QTest::newRow("summary, Ctrl+Return") << int(AddAccountWizard::SummaryPageId) << int(Qt::Key_Return);
}

void TestWizardKeyboard::shouldFinishFromAnyPageOnceEverythingIsValid()
{
    QFETCH(int, page);
    QFETCH(int, key);
    auto wizard = openWizard();
    QVERIFY(wizard);
    QAbstractButton *finish = wizard->button(QWizard::FinishButton);
    QVERIFY2(finish->isVisible() && !finish->isEnabled(), "Finish is not shown, disabled, on an empty first page");
    CHECKED(typeInto(*wizard, u"login"_s, u"carol"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"carol@example.com"_s));
    QTRY_VERIFY2(finish->isEnabled(), "Finish stayed disabled with every required field valid");
    QVERIFY2(wizard->button(QWizard::NextButton)->isEnabled(), "Next is disabled");
    CHECKED(next(*wizard, page));
    QTRY_VERIFY2(finish->isVisible() && finish->isEnabled(), qPrintable(u"Finish is disabled on page %1"_s.arg(page)));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key(key), Qt::ControlModifier);
    QTRY_VERIFY2(!wizard->isVisible(), "Ctrl+Enter did not finish");
    QVERIFY(wizard->createdAccount());
    QCOMPARE(wizard->createdAccount()->login, u"carol"_s);
}

void TestWizardKeyboard::shouldNotCreateButShowTheProblemWhenAFieldIsInvalid_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("field");
    QTest::newRow("no email") << u"dave"_s << QString() << u"email"_s;
    QTest::newRow("an email without a domain") << u"dave"_s << u"dave@"_s << u"email"_s;
    QTest::newRow("a login with a space") << u"dave smith"_s << u"dave@example.com"_s << u"login"_s;
    QTest::newRow("a login already taken") << u"Alice"_s << u"dave@example.com"_s << u"login"_s;
}

void TestWizardKeyboard::shouldNotCreateButShowTheProblemWhenAFieldIsInvalid()
{
    QFETCH(QString, login);
    QFETCH(QString, email);
    QFETCH(QString, field);
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, login));
    if (!email.isEmpty()) {
        CHECKED(typeInto(*wizard, u"email"_s, email));
    }
    FIND(QLineEdit, firstName, *wizard, u"firstName"_s);
    firstName->setFocus();
    QTRY_VERIFY(firstName->hasFocus());
    QTest::keyClick(firstName, Qt::Key_Return, Qt::ControlModifier);

    QVERIFY2(wizard->isVisible(), "the wizard closed with an invalid field");
    QVERIFY2(!wizard->createdAccount(), "an account was created with an invalid field");
    QCOMPARE(wizard->currentId(), int(AddAccountWizard::IdentityPageId));
    FIND(FieldMessage, message, *wizard, field + u"Error"_s);
    QTRY_VERIFY2(message->isVisible() && message->hasError(), qPrintable(u"no error under %1"_s.arg(field)));
    QTRY_COMPARE(QApplication::focusWidget()->objectName(), field);
    QVERIFY2(!wizard->button(QWizard::FinishButton)->isEnabled(), "Finish is enabled with an invalid field");
    auto saved = m_accounts->findByLogin(login);
    QVERIFY2(saved && (!*saved || login == u"Alice"_s), "the account was saved");
}

void TestWizardKeyboard::shouldShowAnInvalidLaterPageInsteadOfCreating()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, u"erin"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"erin@example.com"_s));
    CHECKED(next(*wizard, AddAccountWizard::QuotasPageId));
    CHECKED(click(*wizard, u"workstationsUnlimited"_s));
    CHECKED(typeInto(*wizard, u"workstationsLimit"_s, u"many"_s));
    QTRY_VERIFY2(!wizard->button(QWizard::FinishButton)->isEnabled(), "Finish is enabled with an invalid quota");
    // Back on the first page, Finish is still withheld, and Ctrl+Enter leads to the quota.
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTest::mouseClick(wizard->button(QWizard::BackButton), Qt::LeftButton);
    QTRY_COMPARE(wizard->currentId(), int(AddAccountWizard::IdentityPageId));
    QVERIFY2(!wizard->button(QWizard::FinishButton)->isEnabled(), "Finish is enabled with an invalid later page");
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Enter, Qt::ControlModifier);
    QTRY_COMPARE(wizard->currentId(), int(AddAccountWizard::QuotasPageId));
    QVERIFY(wizard->isVisible());
    QVERIFY(!wizard->createdAccount());
    FIND(FieldMessage, message, *wizard, u"workstationsLimitError"_s);
    QTRY_VERIFY2(message->hasError(), "the quota's error is not shown");
}

void TestWizardKeyboard::shouldAskBeforeDiscardingWhatWasTyped()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    FIND(QLineEdit, login, *wizard, u"login"_s);
    QTRY_COMPARE(QApplication::focusWidget(), login);
    QTest::keyClicks(login, u"frank"_s);

    // Escape → the question, Keep editing is its default (Enter keeps editing).
    QString asked;
    whenModalOpens<QMessageBox>(this, [&asked](QMessageBox *box) {
        asked = box->text();
        QCOMPARE(box->objectName(), u"discardChangesQuestion"_s);
        QCOMPARE(box->defaultButton()->objectName(), u"keepEditing"_s);
        QTest::keyClick(box, Qt::Key_Return);
    });
    QTest::keyClick(login, Qt::Key_Escape);
    QTRY_COMPARE(asked, u"Discard the changes you made?"_s);
    QVERIFY2(wizard->isVisible(), "Keep editing closed the wizard");
    QCOMPARE(login->text(), u"frank"_s);

    // Cancel → the question → Keep editing.
    bool keptAgain = false;
    whenModalOpens<QMessageBox>(this, [&keptAgain](QMessageBox *box) {
        box->findChild<QPushButton *>(u"keepEditing"_s)->click();
        keptAgain = true;
    });
    QTest::mouseClick(wizard->button(QWizard::CancelButton), Qt::LeftButton);
    QTRY_VERIFY(keptAgain);
    QVERIFY(wizard->isVisible());
    QCOMPARE(login->text(), u"frank"_s);

    // The window's close button → the question → Discard closes.
    whenModalOpens<QMessageBox>(this,
                                [](QMessageBox *box) { box->findChild<QPushButton *>(u"discardChanges"_s)->click(); });
    wizard->close();
    QTRY_VERIFY2(!wizard->isVisible(), "Discard did not close the wizard");
    QVERIFY(!wizard->createdAccount());
}

void TestWizardKeyboard::shouldCloseAtOnceWhenNothingWasTyped()
{
    auto wizard = openWizard();
    QVERIFY(wizard);
    FIND(QLineEdit, login, *wizard, u"login"_s);
    QTRY_COMPARE(QApplication::focusWidget(), login);
    // Typed and taken back is nothing changed.
    QTest::keyClicks(login, u"x"_s);
    QTest::keyClick(login, Qt::Key_Backspace);
    QTest::keyClick(login, Qt::Key_Escape);
    QVERIFY2(!wizard->isVisible(), "Escape on an untouched wizard did not close it at once");
    QVERIFY2(!QApplication::activeModalWidget() || !qobject_cast<QMessageBox *>(QApplication::activeModalWidget()),
             "a question was asked");
}

void TestWizardKeyboard::shouldTabThroughTheFirstPageInVisualOrder_data()
{
    QTest::addColumn<bool>("differentEmail");
    QTest::addColumn<bool>("administrator");
    QTest::addColumn<QString>("login");
    QTest::newRow("as it opens") << false << false << QString();
    QTest::newRow("notification email") << true << false << QString();
    QTest::newRow("administrator") << false << true << QString();
    QTest::newRow("both, a taken login") << true << true << u"alice"_s;
}

void TestWizardKeyboard::shouldTabThroughTheFirstPageInVisualOrder()
{
    QFETCH(bool, differentEmail);
    QFETCH(bool, administrator);
    QFETCH(QString, login);
    auto wizard = openWizard();
    QVERIFY(wizard);
    if (differentEmail) {
        CHECKED(click(*wizard, u"useNotificationEmail"_s));
    }
    if (administrator) {
        CHECKED(click(*wizard, u"administrator"_s));
    }
    if (!login.isEmpty()) {
        CHECKED(typeInto(*wizard, u"login"_s, login));
        FIND(QPushButton, suggestion, *wizard, u"useSuggestedLogin"_s);
        QTRY_VERIFY(suggestion->isVisible());
    }
    // What a person sees, top to bottom and left to right: every input of the page.
    QWidget *page = wizard->currentPage();
    QList<QWidget *> visual;
    for (QWidget *widget : page->findChildren<QWidget *>()) {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus)
            && !widget->focusProxy())
            visual.append(widget);
    }
    // Rows by their middle (a button beside an input is a few pixels off), then left to right.
    const auto middle = [page](const QWidget *widget) {
        return widget->mapTo(page, QPoint(0, widget->height() / 2));
    };
    std::ranges::sort(visual, [&middle](const QWidget *a, const QWidget *b) {
        const QPoint ma = middle(a);
        const QPoint mb = middle(b);
        return std::abs(ma.y() - mb.y()) > 4 ? ma.y() < mb.y() : ma.x() < mb.x();
    });
    QVERIFY2(visual.size() >= 10, qPrintable(u"only %1 inputs found"_s.arg(visual.size())));
    QCOMPARE(visual.first()->objectName(), u"login"_s);

    visual.first()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), visual.first());
    QStringList expected;
    QStringList visited;
    for (QWidget *widget : std::as_const(visual))
        expected << widget->objectName();
    visited << QApplication::focusWidget()->objectName();
    for (qsizetype i = 1; i < visual.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        visited << QApplication::focusWidget()->objectName();
    }
    QCOMPARE(visited, expected);
    // Shift+Tab goes back the same way.
    QStringList back;
    for (qsizetype i = 1; i < visual.size(); ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
        back.prepend(QApplication::focusWidget()->objectName());
    }
    back << expected.last();
    QCOMPARE(back, expected);
}

void TestWizardKeyboard::shouldShrinkToASmallScreen_data()
{
    QTest::addColumn<int>("page");
    for (int page : {AddAccountWizard::IdentityPageId, AddAccountWizard::ProfilePageId, AddAccountWizard::OptionsPageId,
                     AddAccountWizard::AccessPageId})
        QTest::newRow(qPrintable(u"page %1"_s.arg(page))) << page;
}

void TestWizardKeyboard::shouldShrinkToASmallScreen()
{
    QFETCH(int, page);
    auto wizard = openWizard();
    QVERIFY(wizard);
    CHECKED(typeInto(*wizard, u"login"_s, u"gina"_s));
    CHECKED(typeInto(*wizard, u"email"_s, u"gina@example.com"_s));
    CHECKED(click(*wizard, u"administrator"_s));
    CHECKED(typeInto(*wizard, u"phone"_s, u"+44 20 7946 0958"_s));
    CHECKED(typeInto(*wizard, u"address"_s, u"1 High Street"_s));
    CHECKED(next(*wizard, page));
    // Long hints wrap: the wizard fits beside the list on a 1024-pixel screen.
    const int width = wizard->minimumSizeHint().width();
    QVERIFY2(width <= 700, qPrintable(u"the wizard needs %1 pixels on page %2"_s.arg(width).arg(page)));
    wizard->resize(700, wizard->height());
    QTRY_COMPARE(wizard->width(), 700);
}

QTEST_MAIN(TestWizardKeyboard)
#include "tst_wizardkeyboard.moc"
