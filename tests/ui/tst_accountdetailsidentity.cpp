// The account details dialog checks and reads like the wizard's first page, shows what
// it does not edit (status, group, created, activation), and asks before throwing edits away (as
// does every other dialog with a DiscardGuard, here the group name dialog).

#include "core/mail/activationtext.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountdetailsdialog.h"
#include "ui/groups/groupnamedialog.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/addaccountwizard.h"

#include <QApplication>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

// The labels of `root`'s form rows whose input is visible, top to bottom, without mnemonics.
QStringList visibleLabels(QWidget *root, const QStringList &inputs)
{
    QList<std::pair<int, QString>> rows;
    for (const QString &name : inputs) {
        auto *input = root->findChild<QWidget *>(name);
        if (!input)
            return {u"no input named %1"_s.arg(name)};
        QString text;
        for (QLabel *label : root->findChildren<QLabel *>()) {
            if (label->buddy() == input && !label->objectName().endsWith(u"Hint"_s))
                text = label->text();
        }
        if (text.isEmpty()) {
            if (auto *button = qobject_cast<QAbstractButton *>(input))
                text = button->text();
        }
        rows.append({input->mapTo(root->window(), QPoint(0, 0)).y(), text.remove(u'&')});
    }
    std::ranges::sort(rows);
    QStringList labels;
    for (const auto &row : rows)
        labels << row.second;
    return labels;
}

const QStringList identityInputs {
    u"login"_s,  u"email"_s,    u"useNotificationEmail"_s, u"firstName"_s,      u"lastName"_s, u"displayName"_s,
    u"mobile"_s, u"password"_s, u"administrator"_s,        u"agentAutoUpdate"_s};

} // namespace

class TestAccountDetailsIdentity final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void shouldOfferAFreeLoginLikeTheWizard();
    void shouldNotCallItsOwnLoginTaken();
    void shouldUseTheWizardsLabelsInItsOrder();
    void shouldShowStatusGroupCreatedAndActivation();
    void shouldAskBeforeDiscardingAnEdit();
    void shouldCloseAtOnceWhenNothingChanged();
    void shouldAskBeforeDiscardingATypedGroupName();

private:
    std::unique_ptr<AccountDetailsDialog> openDetails(const QString &login);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    qint64 m_contosoId = 0;
};

void TestAccountDetailsIdentity::init()
{
    const QString location = bc::test::freshLocation(u"console"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_workspace = bc::test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    const qint64 root = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contosoId = m_groups->create(root, u"Contoso"_s)->id;
    for (const QString &login : {u"alice"_s, u"bob"_s}) {
        AccountDraft draft;
        draft.login = login;
        draft.email = login + u"@contoso.com"_s;
        auto created = m_accounts->create(m_contosoId, draft);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    }
    m_workspace = std::make_unique<Workspace>(m_db->address(), m_db->openOptions());
    QFuture<Result<void>> opened = m_workspace->open();
    QTRY_VERIFY(opened.isFinished());
    QVERIFY(opened.result());
}

void TestAccountDetailsIdentity::cleanup()
{
    qDeleteAll(findChildren<QTimer *>());
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

std::unique_ptr<AccountDetailsDialog> TestAccountDetailsIdentity::openDetails(const QString &login)
{
    const qint64 id = m_accounts->findByLogin(login).value().value().id;
    auto dialog = std::make_unique<AccountDetailsDialog>(*m_workspace, id);
    dialog->show();
    if (!QTest::qWaitFor([&dialog] { return dialog->isLoaded(); }))
        QTest::qFail("the account was not loaded", __FILE__, __LINE__);
    if (!QTest::qWaitForWindowExposed(dialog.get()))
        QTest::qFail("the dialog was not shown", __FILE__, __LINE__);
    return dialog;
}

void TestAccountDetailsIdentity::shouldOfferAFreeLoginLikeTheWizard()
{
    auto dialog = openDetails(u"bob"_s);
    QVERIFY(dialog);
    auto *login = dialog->findChild<QLineEdit *>(u"login"_s);
    QVERIFY(login);
    login->selectAll();
    QTest::keyClicks(login, u"ALICE"_s);
    auto *message = dialog->findChild<FieldMessage *>(u"loginError"_s);
    auto *suggestion = dialog->findChild<QPushButton *>(u"useSuggestedLogin"_s);
    QVERIFY(message && suggestion);
    // As typing pauses, the database is asked: taken, and a free variant offered.
    QTRY_VERIFY2(message->hasError() && message->isVisible(), "a taken login is not reported as typed");
    QTRY_VERIFY(suggestion->isVisible());
    QVERIFY2(suggestion->text().contains(u"alice"_s, Qt::CaseInsensitive), qPrintable(suggestion->text()));
    QTest::mouseClick(suggestion, Qt::LeftButton);
    QVERIFY2(login->text() != u"ALICE"_s && !login->text().isEmpty(), qPrintable(login->text()));
    QTRY_VERIFY(!message->hasError());
    QVERIFY(!suggestion->isVisible());
}

void TestAccountDetailsIdentity::shouldNotCallItsOwnLoginTaken()
{
    auto dialog = openDetails(u"bob"_s);
    QVERIFY(dialog);
    auto *login = dialog->findChild<QLineEdit *>(u"login"_s);
    login->selectAll();
    QTest::keyClicks(login, u"Bob"_s);
    auto *message = dialog->findChild<FieldMessage *>(u"loginError"_s);
    QTest::keyClicks(login, u"x"_s);
    QTest::keyClick(login, Qt::Key_Backspace);
    QTRY_VERIFY2(!message->hasError(), qPrintable(message->error()));
    auto *suggestion = dialog->findChild<QPushButton *>(u"useSuggestedLogin"_s);
    QVERIFY(!suggestion->isVisible());
}

void TestAccountDetailsIdentity::shouldUseTheWizardsLabelsInItsOrder()
{
    auto dialog = openDetails(u"bob"_s);
    QVERIFY(dialog);
    AddAccountWizard wizard(*m_workspace, m_contosoId);
    QTRY_VERIFY(!wizard.isLoading());
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    const QStringList inWizard = visibleLabels(wizard.currentPage(), identityInputs);
    QCOMPARE(visibleLabels(dialog.get(), identityInputs), inWizard);
    QVERIFY2(inWizard.contains(u"Administrator privileges"_s), qPrintable(inWizard.join(u", "_s)));
}

void TestAccountDetailsIdentity::shouldShowStatusGroupCreatedAndActivation()
{
    ActivationService activation(*m_db);
    const qint64 id = m_accounts->findByLogin(u"alice"_s).value().value().id;
    auto owned = openDetails(u"alice"_s);
    QVERIFY(owned && owned->isLoaded());
    AccountDetailsDialog &dialog = *owned;
    const auto text = [&dialog](const QString &name) {
        auto *label = dialog.findChild<QLabel *>(name);
        return label ? label->text() : u"(no label %1)"_s.arg(name);
    };
    QCOMPARE(text(u"status"_s), AccountText::label(AccountStatus::Inactive));
    QCOMPARE(text(u"group"_s), u"Acme MSP/Contoso"_s);
    const Account account = *m_accounts->account(id);
    QCOMPARE(text(u"created"_s), QLocale().toString(account.createdAt.toLocalTime(), QLocale::LongFormat));
    // What the list's Activation column says of the queued email (no mail server here).
    QCOMPARE(text(u"activation"_s), ActivationText::label(*activation.state(id)));
    QVERIFY2(!text(u"activation"_s).isEmpty(), "the activation state is shown");
    // Shown, not edited: no input among them.
    for (const QString &name : {u"status"_s, u"group"_s, u"created"_s, u"activation"_s})
        QVERIFY(!dialog.findChild<QLabel *>(name)->buddy());
}

void TestAccountDetailsIdentity::shouldAskBeforeDiscardingAnEdit()
{
    auto dialog = openDetails(u"bob"_s);
    QVERIFY(dialog);
    auto *email = dialog->findChild<QLineEdit *>(u"email"_s);
    email->setFocus();
    QTest::keyClicks(email, u".uk"_s);
    bool asked = false;
    whenModalOpens<QMessageBox>(this, [&asked](QMessageBox *box) {
        asked = true;
        box->findChild<QPushButton *>(u"keepEditing"_s)->click();
    });
    QTest::keyClick(email, Qt::Key_Escape);
    QTRY_VERIFY(asked);
    QVERIFY2(dialog->isVisible(), "Keep editing closed the dialog");
    QCOMPARE(email->text(), u"bob@contoso.com.uk"_s);

    whenModalOpens<QMessageBox>(this,
                                [](QMessageBox *box) { box->findChild<QPushButton *>(u"discardChanges"_s)->click(); });
    QTest::keyClick(email, Qt::Key_Escape);
    QTRY_VERIFY2(!dialog->isVisible(), "Discard did not close the dialog");
    QCOMPARE(m_accounts->findByLogin(u"bob"_s).value().value().email, u"bob@contoso.com"_s);
}

void TestAccountDetailsIdentity::shouldCloseAtOnceWhenNothingChanged()
{
    auto dialog = openDetails(u"bob"_s);
    QVERIFY(dialog);
    // Looking is not changing: the password shown, the tabs visited.
    dialog->findChild<QAbstractButton *>(u"showPassword"_s)->click();
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY2(!dialog->isVisible(), "Escape on an unchanged dialog did not close it at once");
}

void TestAccountDetailsIdentity::shouldAskBeforeDiscardingATypedGroupName()
{
    GroupNameDialog dialog(u"Add group"_s, u"Name:"_s, QString(), [](const QString &) { return Result<void>(); });
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *name = dialog.findChild<QLineEdit *>(u"groupName"_s);
    QTest::keyClicks(name, u"Fabrikam"_s);
    bool asked = false;
    whenModalOpens<QMessageBox>(this, [&asked](QMessageBox *box) {
        asked = true;
        QTest::keyClick(box, Qt::Key_Escape); // Escape in the question keeps editing too
    });
    dialog.reject();
    QTRY_VERIFY(asked);
    QVERIFY(dialog.isVisible());
    QCOMPARE(name->text(), u"Fabrikam"_s);
    name->clear();
    dialog.reject();
    QVERIFY2(!dialog.isVisible(), "an emptied name still asked");
}

QTEST_MAIN(TestAccountDetailsIdentity)
#include "tst_accountdetailsidentity.moc"
