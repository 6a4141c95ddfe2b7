#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/authority.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/accounts/accountactions.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/operators/mfaaction.h"
#include "ui/operators/mfadialog.h"
#include "ui/operators/mfaenrolmentview.h"
#include "ui/widgets/qrcodeview.h"

#include <QAction>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

const QString password = u"Kite-Harbor-Lantern-93"_s;

} // namespace

// Account → Two-step sign-in…: enrolling shows the QR code, the secret and the ten recovery codes
// once; closing before the codes were kept asks; Reset asks, then resets; Authority's refusals
// show in the dialog. Each job runs on the workspace's worker.
class MfaDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void enrollingShowsTheQrCodeAndTenRecoveryCodes();
    void closingBeforeTheCodesAreKeptAsks_data();
    void closingBeforeTheCodesAreKeptAsks();
    void aFolderThatCannotBeWrittenIsSaidInPlainWords();
    void resetAsksThenResets_data();
    void resetAsksThenResets();
    void theOnlyEnrolledTopOperatorResetsItsOwn();
    void aRefusalShowsInTheDialog_data();
    void aRefusalShowsInTheDialog();
    void anAccountThatIsNoOperatorHasNothingToPress();
    void theAccountMenuOffersItOnOneOperator();

private:
    Operator makeOperator(const QString &login, qint64 groupId);
    AuthoritySource actingAs(const Operator &acting) const;
    std::unique_ptr<MfaDialog> open(const QString &login, AuthoritySource authority);
    std::unique_ptr<MfaDialog> enrolled(const QString &login, const Operator &acting);
    bool isEnrolled(const QString &login) const;

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    Operator m_top; // msp-admin, in the top group
    Operator m_customer; // contoso-admin, in Contoso
};

void MfaDialogTest::init()
{
    const QString location = bc::test::freshLocation(u"console"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_workspace = bc::test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
    GroupService groups(*m_db);
    m_rootId = groups.createRoot(u"Acme MSP"_s)->id;
    m_contosoId = groups.create(m_rootId, u"Contoso"_s)->id;
    m_top = makeOperator(u"msp-admin"_s, m_rootId);
    m_customer = makeOperator(u"contoso-admin"_s, m_contosoId);
}

void MfaDialogTest::cleanup()
{
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_db.reset();
}

Operator MfaDialogTest::makeOperator(const QString &login, qint64 groupId)
{
    AccountDraft draft = bc::test::personDraft(login);
    draft.administrator = true;
    draft.password = password;
    auto account = AccountService(*m_db).create(groupId, draft, AccountStatus::Active);
    if (!account)
        qFatal("%s", qPrintable(account.error().message));
    return {account->id, account->login, account->groupId, account->administrator, account->securityGroupIds};
}

AuthoritySource MfaDialogTest::actingAs(const Operator &acting) const
{
    return [acting](WorkspaceServices &services) {
        return Authority::of(services.database, acting);
    };
}

std::unique_ptr<MfaDialog> MfaDialogTest::open(const QString &login, AuthoritySource authority)
{
    auto dialog = std::make_unique<MfaDialog>(*m_workspace, login, nullptr, std::move(authority));
    dialog->show();
    if (!QTest::qWaitFor([&dialog] { return !dialog->isBusy(); }))
        qWarning("the dialog did not load");
    return dialog;
}

// The dialog of `login` after Enrol was pressed and answered.
std::unique_ptr<MfaDialog> MfaDialogTest::enrolled(const QString &login, const Operator &acting)
{
    auto dialog = open(login, actingAs(acting));
    child<QPushButton>(dialog.get(), u"enrolButton"_s)->click();
    if (!QTest::qWaitFor([&dialog] { return !dialog->isBusy(); }))
        qWarning("the enrolment did not answer");
    return dialog;
}

bool MfaDialogTest::isEnrolled(const QString &login) const
{
    auto status = OperatorSignIn(*m_db).mfaStatus(login);
    return status && status->enrolled;
}

void MfaDialogTest::enrollingShowsTheQrCodeAndTenRecoveryCodes()
{
    auto dialog = open(m_top.login, actingAs(m_top));
    QVERIFY(dialog->isLoaded());
    QVERIFY2(child<QLabel>(dialog.get(), u"mfaState"_s)->text().contains(u"not enrolled"_s),
             qPrintable(child<QLabel>(dialog.get(), u"mfaState"_s)->text()));
    QVERIFY(!child<QPushButton>(dialog.get(), u"resetButton"_s)->isEnabled());
    auto *view = child<MfaEnrolmentView>(dialog.get(), u"mfaEnrolment"_s);
    QVERIFY(!view->isVisible());

    child<QPushButton>(dialog.get(), u"enrolButton"_s)->click();
    QVERIFY(dialog->isBusy());
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY2(!child<QLabel>(dialog.get(), u"mfaRefusal"_s)->isVisible(),
             qPrintable(child<QLabel>(dialog.get(), u"mfaRefusal"_s)->text()));
    QVERIFY(view->isVisible());
    auto *qr = child<QrCodeView>(dialog.get(), u"mfaQrCode"_s);
    QVERIFY2(qr->text().startsWith(u"otpauth://totp/"_s), qPrintable(qr->text()));
    QVERIFY(qr->text().contains(u"msp-admin"_s));
    QVERIFY(qr->moduleCount() >= 21);
    QVERIFY(qr->isVisible() && qr->width() >= 180);
    // The secret in groups of four, the one the URI carries.
    const QString secret = child<QLineEdit>(dialog.get(), u"mfaSecret"_s)->text();
    QVERIFY2(QRegularExpression(u"^([A-Z2-7]{4} )+[A-Z2-7]{1,4}$"_s).match(secret).hasMatch(), qPrintable(secret));
    QVERIFY(qr->text().contains(u"secret="_s + QString(secret).remove(u' ')));
    child<QPushButton>(dialog.get(), u"copySecretButton"_s)->click();
    QCOMPARE(QGuiApplication::clipboard()->text(), QString(secret).remove(u' '));
    const QStringList codes =
        child<QPlainTextEdit>(dialog.get(), u"recoveryCodes"_s)->toPlainText().split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(codes.size(), 10);
    QVERIFY(child<QLabel>(dialog.get(), u"onlyOnceNote"_s)->text().contains(u"only once"_s));
    // Enrolled now, and the top group's operators need it: it is enrolled.
    QVERIFY(isEnrolled(m_top.login));
    QVERIFY2(child<QLabel>(dialog.get(), u"mfaState"_s)->text().contains(u"is enrolled"_s),
             qPrintable(child<QLabel>(dialog.get(), u"mfaState"_s)->text()));
    QVERIFY2(child<QLabel>(dialog.get(), u"mfaRequirement"_s)->text().contains(u"must use"_s),
             qPrintable(child<QLabel>(dialog.get(), u"mfaRequirement"_s)->text()));
    QVERIFY(!child<QPushButton>(dialog.get(), u"enrolButton"_s)->isEnabled());
    QVERIFY(child<QPushButton>(dialog.get(), u"resetButton"_s)->isEnabled());
    // The codes shown are the ones the database keeps: one signs in.
    auto signedIn = OperatorSignIn(*m_db).signIn(m_top.login, password, codes.at(3));
    QVERIFY2(signedIn, qPrintable(signedIn ? QString() : signedIn.error().message));
}

void MfaDialogTest::closingBeforeTheCodesAreKeptAsks_data()
{
    QTest::addColumn<QString>("kept"); // how the codes were kept: "", "copied", "saved"
    QTest::addColumn<bool>("asked");
    QTest::newRow("neither copied nor saved") << QString() << true;
    QTest::newRow("copied") << u"copied"_s << false;
    QTest::newRow("saved") << u"saved"_s << false;
}

void MfaDialogTest::closingBeforeTheCodesAreKeptAsks()
{
    QFETCH(QString, kept);
    QFETCH(bool, asked);
    auto dialog = enrolled(m_top.login, m_top);
    auto *view = child<MfaEnrolmentView>(dialog.get(), u"mfaEnrolment"_s);
    QVERIFY(view->isVisible());
    const QStringList codes = child<QPlainTextEdit>(dialog.get(), u"recoveryCodes"_s)->toPlainText().split(u'\n');
    QTemporaryDir folder;
    if (kept == "copied"_L1) {
        child<QPushButton>(dialog.get(), u"copyCodesButton"_s)->click();
        QCOMPARE(QGuiApplication::clipboard()->text().split(u'\n'), codes);
    } else if (kept == "saved"_L1) {
        const QString path = folder.filePath(u"codes.txt"_s);
        QVERIFY(view->saveCodes(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(file.readAll());
        for (const QString &code : codes)
            QVERIFY2(text.contains(code), qPrintable(text));
        QVERIFY(child<QLabel>(dialog.get(), u"saveCodesMessage"_s)->text().contains(u"Saved"_s));
    }
    QStringList questions;
    // Keep them open first, then close after all. The watch ends with the test (a box never asked).
    QObject watch;
    whenModalOpens<QMessageBox>(&watch, [&questions](QMessageBox *box) {
        questions.append(box->objectName());
        box->findChild<QPushButton *>(u"keepCodesButton"_s)->click();
    });
    dialog->reject();
    if (asked) {
        QCOMPARE(questions, QStringList {u"unkeptCodesQuestion"_s});
        QVERIFY2(dialog->isVisible(), "Keep them open keeps the dialog");
        whenModalOpens<QMessageBox>(
            &watch, [](QMessageBox *box) { box->findChild<QPushButton *>(u"closeWithoutCodesButton"_s)->click(); });
        dialog->reject();
    }
    QVERIFY(!dialog->isVisible());
    QCOMPARE(questions.size(), asked ? 1 : 0);
}

void MfaDialogTest::aFolderThatCannotBeWrittenIsSaidInPlainWords()
{
    auto dialog = enrolled(m_top.login, m_top);
    auto *view = child<MfaEnrolmentView>(dialog.get(), u"mfaEnrolment"_s);
    QTemporaryDir folder;
    const QString path = folder.filePath(u"no such folder/codes.txt"_s);
    QVERIFY(!view->saveCodes(path));
    auto *message = child<QLabel>(dialog.get(), u"saveCodesMessage"_s);
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(u"could not be saved"_s) && message->text().contains(u"codes.txt"_s),
             qPrintable(message->text()));
    QVERIFY(!view->codesKept());
}

void MfaDialogTest::resetAsksThenResets_data()
{
    QTest::addColumn<bool>("confirmed");
    QTest::newRow("Cancel") << false;
    QTest::newRow("Reset") << true;
}

void MfaDialogTest::resetAsksThenResets()
{
    QFETCH(bool, confirmed);
    QVERIFY(OperatorSignIn(*m_db).enroll(m_top.login));
    QVERIFY(OperatorSignIn(*m_db).enroll(m_customer.login));
    auto dialog = open(m_customer.login, actingAs(m_top));
    auto *reset = child<QPushButton>(dialog.get(), u"resetButton"_s);
    QVERIFY(reset->isEnabled());
    QStringList questions;
    QObject watch;
    whenModalOpens<QMessageBox>(&watch, [&questions, confirmed](QMessageBox *box) {
        questions.append(box->objectName());
        box->findChild<QPushButton *>(confirmed ? u"confirmResetButton"_s : u"cancelResetButton"_s)->click();
    });
    reset->click();
    QCOMPARE(questions, QStringList {u"resetMfaQuestion"_s});
    QTRY_VERIFY(!dialog->isBusy());
    QCOMPARE(isEnrolled(m_customer.login), !confirmed);
    QCOMPARE(child<QLabel>(dialog.get(), u"mfaState"_s)->text().contains(u"not enrolled"_s), confirmed);
    QCOMPARE(child<QPushButton>(dialog.get(), u"enrolButton"_s)->isEnabled(), confirmed);
    QCOMPARE(reset->isEnabled(), !confirmed);
    QVERIFY(!child<QLabel>(dialog.get(), u"mfaRefusal"_s)->isVisible());
}

void MfaDialogTest::theOnlyEnrolledTopOperatorResetsItsOwn()
{
    // After the reset nobody is enrolled: it needs no MFA and signs in again (Authority::mayReset).
    QVERIFY(OperatorSignIn(*m_db).enroll(m_top.login));
    auto dialog = open(m_top.login, actingAs(m_top));
    QObject watch;
    whenModalOpens<QMessageBox>(
        &watch, [](QMessageBox *box) { box->findChild<QPushButton *>(u"confirmResetButton"_s)->click(); });
    child<QPushButton>(dialog.get(), u"resetButton"_s)->click();
    QTRY_VERIFY(!dialog->isBusy());
    QVERIFY2(!child<QLabel>(dialog.get(), u"mfaRefusal"_s)->isVisible(),
             qPrintable(child<QLabel>(dialog.get(), u"mfaRefusal"_s)->text()));
    QVERIFY(!isEnrolled(m_top.login));
    QVERIFY(child<QLabel>(dialog.get(), u"mfaRequirement"_s)->text().contains(u"optional"_s));
}

void MfaDialogTest::aRefusalShowsInTheDialog_data()
{
    QTest::addColumn<QString>("who"); // "top": msp-admin; "nobody": the console without sign-in
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("press"); // "enrol", "reset", or "" (refused on opening)
    QTest::addColumn<QString>("refusal");
    QTest::newRow("enrol another before itself")
        << u"top"_s << u"contoso-admin"_s << u"enrol"_s << u"Enrol yourself first"_s;
    QTest::newRow("reset its own while another is enrolled")
        << u"top"_s << u"msp-admin"_s << u"reset"_s << u"may not reset its own"_s;
    QTest::newRow("a customer's operator, the top one")
        << u"customer"_s << u"msp-admin"_s << QString() << u"works only in"_s;
    QTest::newRow("operators exist, nobody signed in")
        << u"nobody"_s << u"contoso-admin"_s << QString() << u"sign in"_s;
}

void MfaDialogTest::aRefusalShowsInTheDialog()
{
    QFETCH(QString, who);
    QFETCH(QString, login);
    QFETCH(QString, press);
    QFETCH(QString, refusal);
    if (press == "reset"_L1) {
        QVERIFY(OperatorSignIn(*m_db).enroll(m_top.login));
        QVERIFY(OperatorSignIn(*m_db).enroll(m_customer.login));
    }
    const AuthoritySource authority = who == "top"_L1 ? actingAs(m_top)
        : who == "customer"_L1                        ? actingAs(m_customer)
                                                      : AuthoritySource(authorityFor);
    auto dialog = open(login, authority);
    auto *message = child<QLabel>(dialog.get(), u"mfaRefusal"_s);
    if (press.isEmpty()) {
        QVERIFY(!dialog->isLoaded());
        QVERIFY(!child<QPushButton>(dialog.get(), u"enrolButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(dialog.get(), u"resetButton"_s)->isEnabled());
    } else {
        QVERIFY2(!message->isVisible(), qPrintable(message->text()));
        QObject watch;
        if (press == "reset"_L1)
            whenModalOpens<QMessageBox>(
                &watch, [](QMessageBox *box) { box->findChild<QPushButton *>(u"confirmResetButton"_s)->click(); });
        child<QPushButton>(dialog.get(), press == "enrol"_L1 ? u"enrolButton"_s : u"resetButton"_s)->click();
        QTRY_VERIFY(!dialog->isBusy());
        // Nothing changed.
        QCOMPARE(isEnrolled(login), press == "reset"_L1);
    }
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(refusal), qPrintable(message->text()));
    QVERIFY(!child<MfaEnrolmentView>(dialog.get(), u"mfaEnrolment"_s)->isVisible());
}

void MfaDialogTest::anAccountThatIsNoOperatorHasNothingToPress()
{
    auto user = AccountService(*m_db).create(m_contosoId, bc::test::personDraft(u"end-user"_s));
    QVERIFY(user);
    auto dialog = open(u"end-user"_s, actingAs(m_top));
    QVERIFY(dialog->isLoaded());
    QVERIFY2(child<QLabel>(dialog.get(), u"mfaState"_s)->text().contains(u"not an operator"_s),
             qPrintable(child<QLabel>(dialog.get(), u"mfaState"_s)->text()));
    QVERIFY(!child<QPushButton>(dialog.get(), u"enrolButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(dialog.get(), u"resetButton"_s)->isEnabled());
}

void MfaDialogTest::theAccountMenuOffersItOnOneOperator()
{
    QVERIFY(AccountService(*m_db).create(m_contosoId, bc::test::personDraft(u"end-user"_s)));
    // The window of the top group's operator, signed in on the workspace as the console signs in:
    // with operators, nobody signed in reaches no group.
    auto signedIn =
        m_workspace->run([](WorkspaceServices &services) { return services.acting.signIn(u"msp-admin"_s, password); });
    QTRY_VERIFY(signedIn.isFinished());
    QVERIFY2(signedIn.result(), qPrintable(signedIn.result() ? QString() : signedIn.result().error().message));
    QTemporaryDir folder;
    Settings settings(folder.filePath(u"settings.ini"_s));
    MainWindow window(*m_workspace, settings, m_db->displayName());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *actions = window.findChild<AccountActions *>();
    QVERIFY(actions);
    actions->mfaAction()->setAuthoritySource(actingAs(m_top));
    auto *action = window.findChild<QAction *>(u"mfaAction"_s);
    QVERIFY(action);
    // In the Account menu and the list's context menu.
    AccountListPanel *panel = window.accountList();
    QVERIFY(panel->view()->actions().contains(action));
    window.selectGroup(m_contosoId);
    QTRY_COMPARE(window.currentGroupId(), m_contosoId);
    QTRY_VERIFY(panel->model()->isSettled());
    QVERIFY(!action->isEnabled());

    const auto select = [&](const QString &login) {
        const qint64 id = AccountService(*m_db).findByLogin(login)->value().id;
        panel->selectAccount(id);
        return QTest::qWaitFor([&] { return panel->selectedAccountIds() == QList<qint64> {id}; });
    };
    QVERIFY(select(u"end-user"_s));
    QTRY_VERIFY2(action->toolTip().contains(u"not an operator"_s), qPrintable(action->toolTip()));
    QVERIFY(!action->isEnabled());
    QVERIFY(select(u"contoso-admin"_s));
    QTRY_VERIFY2(action->isEnabled(), qPrintable(action->toolTip()));
    // Two accounts: off.
    panel->view()->selectAll();
    QTRY_VERIFY(panel->selectedAccountIds().size() == 2);
    QTRY_VERIFY(!action->isEnabled());
    QVERIFY(select(u"contoso-admin"_s));
    QTRY_VERIFY(action->isEnabled());

    // It opens the dialog of that operator, acting as the window's operator; enrolled, it says so
    // in the status bar.
    QString title;
    QObject watch;
    whenModalOpens<MfaDialog>(&watch, [&title, this](MfaDialog *dialog) {
        title = dialog->windowTitle();
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isBusy(); }));
        QVERIFY(OperatorSignIn(*m_db).enroll(m_top.login)); // else it could not enrol another
        dialog->enrol();
        QVERIFY(QTest::qWaitFor([dialog] { return !dialog->isBusy(); }));
        dialog->findChild<QPushButton *>(u"copyCodesButton"_s)->click();
        dialog->reject();
    });
    action->trigger();
    QCOMPARE(title, u"Two-step sign-in of \"contoso-admin\""_s);
    QVERIFY(isEnrolled(m_customer.login));
    QVERIFY2(window.statusBar()->currentMessage().contains(u"contoso-admin"_s),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(MfaDialogTest)
#include "tst_mfadialog.moc"
