#include "core/domain/accountchange.h"
#include "core/platform/settings.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/operators.h"
#include "tests/common/testdatabase.h"
#include "ui/accounts/accountlistpanel.h"
#include "ui/accounts/undocontroller.h"
#include "ui/mainwindow/commandpalettemodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/shortcutsdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

namespace {

// A change made on the window's worker, as one job (its own audit batch): what Ctrl+Z takes back.
using Change =
    std::function<BulkOutcome(WorkspaceServices &services, const QHash<QString, qint64> &ids, qint64 otherGroup)>;

// A message box the window opened, as the test saw it.
struct Box
{
    QString name;
    QString text;
    QString informative;
    bool cancelIsDefault = false;
};

// new1 and new2 in the group, in one statement as an import makes them.
BulkOutcome createNew(WorkspaceServices &services, qint64 groupId)
{
    QList<AccountService::NewAccountRequest> requests;
    for (const QString &login : {u"new1"_s, u"new2"_s})
        requests.append({groupId, test::personDraft(login)});
    BulkOutcome outcome;
    outcome.total = static_cast<int>(requests.size());
    if (auto created = services.accounts.createAll(requests); !created)
        outcome.stoppedBy = created.error();
    else
        outcome.processed = outcome.total;
    return outcome;
}

} // namespace

Q_DECLARE_METATYPE(Change)

// Edit → Undo (Ctrl+Z) in a real main window on every backend: the operator's last job taken back
// once the question that says what changes is confirmed, nothing after Cancel; refused, saying
// why, when someone changed an account since or the operator may not; "nothing to undo" said; and
// a focused text field keeps Ctrl+Z for its own text.
class UndoControllerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldOfferUndoInTheEditMenuWithCtrlZ();
    void shouldTakeBackTheLastChangeOnlyWhenConfirmed_data();
    void shouldTakeBackTheLastChangeOnlyWhenConfirmed();
    void shouldRefuseWhenSomeoneElseChangedAnAccountSince_data();
    void shouldRefuseWhenSomeoneElseChangedAnAccountSince();
    void shouldShowWhatChangedBetweenTheQuestionAndTheUndo();
    void shouldTakeBackAGroupRename();
    void shouldTakeBackAGroupsSwitchOrActivation_data();
    void shouldTakeBackAGroupsSwitchOrActivation();
    void shouldMakeADeletedGroupAgain();
    void shouldSayWhenThereIsNothingToUndo();
    void shouldLeaveCtrlZToAFocusedTextField();
    void shouldRefuseAnOperatorWhoMayNotDoWhatTheUndoDoes();

private:
    // The window, shown and active, Contoso's accounts listed.
    std::unique_ptr<MainWindow> makeWindow();
    // `change` as one job of the window's worker; false (the reason to qWarning) when it did not complete.
    bool asOneJob(const Change &change);
    // Presses Ctrl+Z on the account list, answers every box it opens (the question with Undo when
    // `confirm`, else Cancel; `whileAsked` runs before the answer) and waits until the undo ended.
    bool pressUndo(MainWindow &window, bool confirm, const std::function<void()> &whileAsked = {});
    // Each account's status and group, "gone" for one that is not an account: what the test compares.
    QStringList state() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_db; // the test's own connection, to seed and check
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    qint64 m_fabrikamId = 0;
    QHash<QString, qint64> m_ids; // by login
    QList<Box> m_boxes; // what pressUndo() saw
};

void UndoControllerTest::init()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(u"settings.ini"_s));
    const QString location = test::freshLocation(u"undo"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : test::describe(db.error())));
    m_db = std::move(*db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_rootId = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contosoId = m_groups->create(m_rootId, u"Contoso"_s)->id;
    m_fabrikamId = m_groups->create(m_rootId, u"Fabrikam"_s)->id;
    // Made by the test's connection, outside any job's batch: nothing the window could undo.
    m_ids.clear();
    for (const QString &login : {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s, u"frank"_s, u"grace"_s}) {
        auto made = m_accounts->create(m_contosoId, test::personDraft(login), AccountStatus::Active);
        QVERIFY2(made, qPrintable(made ? QString() : test::describe(made.error())));
        m_ids.insert(login, made->id);
    }
    m_boxes.clear();
    m_workspace = test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
}

void UndoControllerTest::cleanup()
{
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> UndoControllerTest::makeWindow()
{
    auto window = std::make_unique<MainWindow>(*m_workspace, *m_settings, m_db->displayName());
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("window not active");
    window->selectGroup(m_contosoId);
    if (!QTest::qWaitFor([&] { return window->currentGroupId() == m_contosoId; }, 20000))
        qWarning("Contoso was not selected");
    return window;
}

bool UndoControllerTest::asOneJob(const Change &change)
{
    auto done = m_workspace->run([change, ids = m_ids, other = m_fabrikamId](WorkspaceServices &services) {
        return change(services, ids, other);
    });
    if (!QTest::qWaitFor([&done] { return done.isFinished(); }, 20000)) {
        qWarning("the change did not end");
        return false;
    }
    const BulkOutcome outcome = done.result();
    if (!outcome.isComplete())
        qWarning("the change did not complete: %s",
                 qPrintable(outcome.stoppedBy
                                ? outcome.stoppedBy->message
                                : (outcome.failed.isEmpty() ? u"?"_s : outcome.failed.first().error.message)));
    return outcome.isComplete();
}

bool UndoControllerTest::pressUndo(MainWindow &window, bool confirm, const std::function<void()> &whileAsked)
{
    auto *controller = window.findChild<UndoController *>();
    if (!controller) {
        qWarning("the window has no UndoController");
        return false;
    }
    QSignalSpy finished(controller, &UndoController::finished);
    // Every box the undo opens, answered as it opens.
    QTimer answering;
    answering.setInterval(20);
    connect(&answering, &QTimer::timeout, this, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box || !box->isVisible())
            return;
        m_boxes.append({box->objectName(), box->text(), box->informativeText(),
                        box->defaultButton() == box->button(QMessageBox::Cancel)});
        QAbstractButton *answer = box->button(QMessageBox::Cancel);
        if (box->objectName() == u"undoQuestion"_s) {
            if (whileAsked)
                whileAsked();
            if (confirm)
                answer = box->findChild<QPushButton *>(u"undoConfirm"_s);
        }
        if (!answer)
            answer = box->button(QMessageBox::Ok);
        if (answer)
            answer->click();
    });
    answering.start();
    QAbstractItemView *list = window.accountList()->view();
    list->setFocus();
    if (!QTest::qWaitFor([list] { return list->hasFocus(); }))
        qWarning("the list has no focus");
    QTest::keyClick(list, Qt::Key_Z, Qt::ControlModifier);
    if (!QTest::qWaitFor([&finished] { return finished.count() > 0; }, 30000)) {
        qWarning("the undo did not end");
        return false;
    }
    return true;
}

QStringList UndoControllerTest::state() const
{
    QStringList lines;
    for (const QString &login :
         {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s, u"frank"_s, u"grace"_s, u"new1"_s, u"new2"_s}) {
        auto found = m_accounts->findByLogin(login);
        if (!found || !*found) {
            lines.append(u"%1 gone"_s.arg(login));
            continue;
        }
        const Account &account = **found;
        lines.append(u"%1 %2 in %3, %4 workstations"_s.arg(login, toKey(account.status))
                         .arg(account.groupId)
                         .arg(account.quotas[Resource::Workstations].limit.value_or(-1)));
    }
    return lines;
}

void UndoControllerTest::shouldOfferUndoInTheEditMenuWithCtrlZ()
{
    auto window = makeWindow();
    auto *undo = window->findChild<QAction *>(u"undoAction"_s);
    QVERIFY2(undo, "the window has an undoAction");
    QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
    // Edit, after File, as desktop programs have it.
    const QList<QAction *> menus = window->menuBar()->actions();
    QVERIFY(menus.size() > 2);
    QCOMPARE(menus.at(1)->text(), u"&Edit"_s);
    QVERIFY2(menus.at(1)->menu()->actions().contains(undo), "Edit → Undo");
    // Listed once among the shortcuts (F1), no other action answers Ctrl+Z.
    int listed = 0;
    for (const ShortcutsDialog::Entry &entry : ShortcutsDialog::entries(*window)) {
        if (entry.shortcuts.contains(undo->shortcut())) {
            ++listed;
            QCOMPARE(entry.section, u"Edit"_s);
            QCOMPARE(entry.action, u"Undo"_s);
        }
    }
    QCOMPARE(listed, 1);
    // And in Go to anything (Ctrl+K).
    bool inPalette = false;
    for (const CommandPaletteModel::ActionEntry &entry : CommandPaletteModel::actionsOf(*window->menuBar()))
        inPalette = inPalette || entry.action == undo;
    QVERIFY2(inPalette, "the command palette offers Undo");
}

void UndoControllerTest::shouldTakeBackTheLastChangeOnlyWhenConfirmed_data()
{
    QTest::addColumn<Change>("change");
    QTest::addColumn<bool>("confirm");
    QTest::addColumn<QString>("asked"); // a part of the question
    QTest::addColumn<QString>("told"); // a part of what it says will change
    QTest::addColumn<QString>("status"); // a part of the status bar's message after the undo

    const Change disable = [](WorkspaceServices &services, const QHash<QString, qint64> &ids, qint64) {
        return services.accounts.disableAll({ids[u"alice"_s], ids[u"bob"_s], ids[u"carol"_s]});
    };
    QTest::newRow("disable, confirmed") << disable << true << u"disabled 3 account"_s
                                        << u"\"alice\", \"bob\", and \"carol\" will be enabled again."_s
                                        << u"Undone: 3 account"_s;
    QTest::newRow("disable, canceled") << disable << false << u"disabled 3 account"_s << u"will be enabled again"_s
                                       << u"Nothing was undone."_s;
    QTest::newRow("delete, confirmed") << Change(
        [](WorkspaceServices &services, const QHash<QString, qint64> &ids, qint64) {
            return services.accounts.removeAll({ids[u"alice"_s], ids[u"bob"_s]});
        }) << true << u"deleted 2 account"_s
                                       << u"\"alice\" and \"bob\" will be restored from the recycle bin."_s
                                       << u"restored from the recycle bin"_s;
    QTest::newRow("create, confirmed") << Change(
        [](WorkspaceServices &services, const QHash<QString, qint64> &ids, qint64) {
            return createNew(services, services.accounts.account(ids[u"alice"_s])->groupId);
        }) << true << u"created 2 account"_s
                                       << u"\"new1\" and \"new2\" will be deleted again: they go to the recycle bin."_s
                                       << u"deleted again"_s;
    QTest::newRow("move, confirmed") << Change(
        [](WorkspaceServices &services, const QHash<QString, qint64> &ids, qint64 otherGroup) {
            AccountChange change;
            change.groupId = otherGroup;
            return services.accounts.changeAll({ids[u"dave"_s], ids[u"erin"_s]}, change);
        }) << true << u"moved 2 account"_s
                                     << u"\"dave\" and \"erin\" will be moved back to the group they were in."_s
                                     << u"moved back"_s;
    QTest::newRow("quotas, confirmed") << Change(
        [](WorkspaceServices &services, const QHash<QString, qint64> &ids, qint64) {
            AccountChange change;
            change.setQuota(Resource::Workstations, {.limit = 3, .overage = 1});
            return services.accounts.changeAll({ids[u"frank"_s]}, change);
        }) << true << u"changed 1 account"_s
                                       << u"\"frank\" will be given back their previous settings."_s
                                       << u"previous settings"_s;
}

void UndoControllerTest::shouldTakeBackTheLastChangeOnlyWhenConfirmed()
{
    QFETCH(Change, change);
    QFETCH(bool, confirm);
    QFETCH(QString, asked);
    QFETCH(QString, told);
    QFETCH(QString, status);
    auto window = makeWindow();
    const QStringList before = state();
    QVERIFY(asOneJob(change));
    const QStringList changed = state();
    QVERIFY2(changed != before, "the change changed something");

    QVERIFY(pressUndo(*window, confirm));
    QCOMPARE(m_boxes.size(), 1);
    const Box &question = m_boxes.first();
    QCOMPARE(question.name, u"undoQuestion"_s);
    QVERIFY2(question.text.contains(asked), qPrintable(question.text));
    QVERIFY2(question.informative.contains(told), qPrintable(question.informative));
    QVERIFY2(question.cancelIsDefault, "Cancel is the default answer");
    QCOMPARE(state(), confirm ? before : changed);
    QVERIFY2(window->statusBar()->currentMessage().contains(status), qPrintable(window->statusBar()->currentMessage()));
}

void UndoControllerTest::shouldRefuseWhenSomeoneElseChangedAnAccountSince_data()
{
    QTest::addColumn<QStringList>("enabledByZoe");
    QTest::addColumn<QString>("more");
    QTest::newRow("one account") << QStringList {u"bob"_s} << QString();
    QTest::newRow("seven accounts") << QStringList {u"alice"_s, u"bob"_s,   u"carol"_s, u"dave"_s,
                                                    u"erin"_s,  u"frank"_s, u"grace"_s}
                                    << u"and 2 more"_s;
}

void UndoControllerTest::shouldRefuseWhenSomeoneElseChangedAnAccountSince()
{
    QFETCH(QStringList, enabledByZoe);
    QFETCH(QString, more);
    auto window = makeWindow();
    QVERIFY(asOneJob([](WorkspaceServices &services, const QHash<QString, qint64> &ids, qint64) {
        QList<qint64> all = ids.values();
        std::sort(all.begin(), all.end()); // in the order they were made: alice's refusal first
        return services.accounts.disableAll(all);
    }));
    // Zoe, on another console, enables some of them again.
    m_db->setActingOperator(u"zoe"_s);
    QList<qint64> zoes;
    for (const QString &login : std::as_const(enabledByZoe))
        zoes.append(m_ids[login]);
    QVERIFY(m_accounts->enableAll(zoes).isComplete());
    const QStringList now = state();

    QVERIFY(pressUndo(*window, true));
    QCOMPARE(m_boxes.size(), 1);
    const Box &refused = m_boxes.first();
    QCOMPARE(refused.name, u"undoRefused"_s);
    QVERIFY2(refused.text.contains(u"cannot be undone"_s), qPrintable(refused.text));
    QVERIFY2(refused.informative.contains(u"\"%1\" was changed since. zoe changed it on"_s.arg(enabledByZoe.first())),
             qPrintable(refused.informative));
    if (!more.isEmpty())
        QVERIFY2(refused.informative.contains(more), qPrintable(refused.informative));
    else
        QVERIFY2(!refused.informative.contains(u"more"_s), qPrintable(refused.informative));
    QCOMPARE(state(), now);
}

void UndoControllerTest::shouldShowWhatChangedBetweenTheQuestionAndTheUndo()
{
    auto window = makeWindow();
    const QStringList before = state();
    QVERIFY(asOneJob([](WorkspaceServices &services, const QHash<QString, qint64> &ids, qint64) {
        AccountChange change;
        change.setQuota(Resource::Workstations, {.limit = 3, .overage = 1});
        return services.accounts.changeAll({ids[u"alice"_s], ids[u"bob"_s]}, change);
    }));
    // While the question waits, zoe gives bob another quota.
    QVERIFY(pressUndo(*window, true, [this] {
        m_db->setActingOperator(u"zoe"_s);
        AccountChange change;
        change.setQuota(Resource::Workstations, {.limit = 7, .overage = 1});
        if (!m_accounts->changeAll({m_ids[u"bob"_s]}, change).isComplete())
            qWarning("zoe's change did not complete");
    }));
    QCOMPARE(m_boxes.size(), 2);
    QCOMPARE(m_boxes.at(0).name, u"undoQuestion"_s);
    QCOMPARE(m_boxes.at(1).name, u"undoProblems"_s);
    QVERIFY2(m_boxes.at(1).informative.contains(u"\"bob\" was changed since"_s), qPrintable(m_boxes.at(1).informative));
    // alice has her quota back; bob keeps zoe's.
    QStringList expected = before;
    expected[1] = u"bob active in %1, 7 workstations"_s.arg(m_contosoId);
    QCOMPARE(state(), expected);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"Undone: 1 account"_s),
             qPrintable(window->statusBar()->currentMessage()));
}

// A change that renamed a group, taken back as accounts are: asked first, then the old name again.
void UndoControllerTest::shouldTakeBackAGroupRename()
{
    auto window = makeWindow();
    QVERIFY(asOneJob([](WorkspaceServices &services, const QHash<QString, qint64> &, qint64 otherGroup) {
        BulkOutcome outcome;
        outcome.total = 1;
        if (auto renamed = services.groups.rename(otherGroup, u"Fabrikam Ltd"_s); !renamed)
            outcome.stoppedBy = renamed.error();
        else
            outcome.processed = 1;
        return outcome;
    }));
    QCOMPARE(m_groups->group(m_fabrikamId)->name, u"Fabrikam Ltd"_s);
    QVERIFY(pressUndo(*window, true));
    QCOMPARE(m_boxes.size(), 1);
    const Box &question = m_boxes.first();
    QCOMPARE(question.name, u"undoQuestion"_s);
    QVERIFY2(question.text.contains(u"renamed the group \"Fabrikam Ltd\""_s), qPrintable(question.text));
    QVERIFY2(question.informative.contains(u"The group \"Fabrikam Ltd\" will be called \"Fabrikam\" again."_s),
             qPrintable(question.informative));
    QCOMPARE(m_groups->group(m_fabrikamId)->name, u"Fabrikam"_s);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"your last change is taken back"_s),
             qPrintable(window->statusBar()->currentMessage()));
}

void UndoControllerTest::shouldTakeBackAGroupsSwitchOrActivation_data()
{
    QTest::addColumn<bool>("mfa"); // the MFA switch, else the activation link and email
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("consequence");
    QTest::newRow("MFA required") << true << u"required multi-factor authentication in \"Fabrikam\""_s
                                  << u"The group \"Fabrikam\" will no longer require multi-factor authentication."_s;
    QTest::newRow("activation email") << false << u"changed the activation link or email of \"Fabrikam\""_s
                                      << u"The group \"Fabrikam\" will get its previous activation link lifetime "
                                         "and email back."_s;
}

// A group's MFA switch or activation settings, taken back through the window: asked, then as before.
void UndoControllerTest::shouldTakeBackAGroupsSwitchOrActivation()
{
    QFETCH(bool, mfa);
    QFETCH(QString, change);
    QFETCH(QString, consequence);
    auto window = makeWindow();
    const auto now = [this] {
        auto days = ActivationService(*m_db).activationDays(m_fabrikamId);
        return u"%1 %2"_s.arg(m_groups->group(m_fabrikamId)->mfaRequired).arg(days ? *days : -1);
    };
    const QString before = now();
    QVERIFY(asOneJob([mfa](WorkspaceServices &services, const QHash<QString, qint64> &, qint64 otherGroup) {
        BulkOutcome outcome;
        outcome.total = 1;
        if (mfa) {
            if (auto set = services.groups.setMfaRequired(otherGroup, true); !set)
                outcome.stoppedBy = set.error();
        } else if (auto set = services.activation.setGroupActivation(otherGroup, 3, std::nullopt); !set) {
            outcome.stoppedBy = set.error();
        }
        outcome.processed = outcome.stoppedBy ? 0 : 1;
        return outcome;
    }));
    QVERIFY(now() != before);
    QVERIFY(pressUndo(*window, true));
    QCOMPARE(m_boxes.size(), 1);
    const Box &question = m_boxes.first();
    QCOMPARE(question.name, u"undoQuestion"_s);
    QVERIFY2(question.text.contains(change), qPrintable(question.text));
    QVERIFY2(question.informative.contains(consequence), qPrintable(question.informative));
    QCOMPARE(now(), before);
    QVERIFY2(window->statusBar()->currentMessage().contains(u"your last change is taken back"_s),
             qPrintable(window->statusBar()->currentMessage()));
}

// A deleted group, made again through the window where it was.
void UndoControllerTest::shouldMakeADeletedGroupAgain()
{
    auto sales = m_groups->create(m_fabrikamId, u"Sales"_s);
    QVERIFY(sales);
    auto window = makeWindow();
    QVERIFY(asOneJob([id = sales->id](WorkspaceServices &services, const QHash<QString, qint64> &, qint64) {
        BulkOutcome outcome;
        outcome.total = 1;
        if (auto removed = services.groups.remove(id); !removed)
            outcome.stoppedBy = removed.error();
        outcome.processed = outcome.stoppedBy ? 0 : 1;
        return outcome;
    }));
    QVERIFY(m_groups->children(m_fabrikamId)->isEmpty());
    QVERIFY(pressUndo(*window, true));
    QCOMPARE(m_boxes.size(), 1);
    const Box &question = m_boxes.first();
    QCOMPARE(question.name, u"undoQuestion"_s);
    QVERIFY2(question.text.contains(u"deleted the group \"Sales\""_s), qPrintable(question.text));
    QVERIFY2(question.informative.contains(
                 u"The group \"Sales\" will be made again as it was: its settings, its activation link and email, "
                 "and whether it requires multi-factor authentication."_s),
             qPrintable(question.informative));
    const auto children = m_groups->children(m_fabrikamId);
    QVERIFY(children);
    QCOMPARE(children->size(), 1);
    QCOMPARE(children->first().name, u"Sales"_s);
}

void UndoControllerTest::shouldSayWhenThereIsNothingToUndo()
{
    auto window = makeWindow();
    const QStringList before = state();
    QVERIFY(pressUndo(*window, true));
    QVERIFY2(m_boxes.isEmpty(), qPrintable(m_boxes.isEmpty() ? QString() : m_boxes.first().name));
    QCOMPARE(window->statusBar()->currentMessage(), u"There is nothing to undo."_s);
    QCOMPARE(state(), before);
}

void UndoControllerTest::shouldLeaveCtrlZToAFocusedTextField()
{
    auto window = makeWindow();
    QVERIFY(asOneJob([](WorkspaceServices &services, const QHash<QString, qint64> &ids, qint64) {
        return services.accounts.disableAll({ids[u"alice"_s]});
    }));
    const QStringList changed = state();
    auto *undo = window->findChild<QAction *>(u"undoAction"_s);
    QSignalSpy triggered(undo, &QAction::triggered);
    auto *search = window->findChild<QLineEdit *>(u"search"_s);
    QVERIFY(search);
    search->setFocus();
    QTRY_VERIFY(search->hasFocus());
    QTest::keyClicks(search, u"ali"_s);
    QCOMPARE(search->text(), u"ali"_s);
    QTest::keyClick(search, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY2(search->text().size() < 3, qPrintable(u"the field undid its typing: "_s + search->text()));
    // A shortcut's action is triggered as the key is pressed: the account undo stayed out of it.
    QCOMPARE(triggered.count(), 0);
    QVERIFY2(!window->findChild<UndoController *>()->isBusy(), "no undo is under way");
    QCOMPARE(state(), changed);

    // On the list, the same keys undo the accounts' change.
    QVERIFY(pressUndo(*window, true));
    QCOMPARE(triggered.count(), 1);
    QCOMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.first().name, u"undoQuestion"_s);
}

void UndoControllerTest::shouldRefuseAnOperatorWhoMayNotDoWhatTheUndoDoes()
{
    // An operator of the top group (MariaDB offers no other) that may create and edit accounts, not
    // delete them: undoing its new accounts would delete them.
    auto made = test::makeOperatorWith(*m_db, m_rootId, u"helpdesk"_s,
                                       Permission::CreateAccounts | Permission::EditAccounts, u"Sw0rdfish-Pass"_s);
    QVERIFY2(made, qPrintable(made ? QString() : test::describe(made.error())));
    QVERIFY(test::signIn(*m_workspace, u"helpdesk"_s, u"Sw0rdfish-Pass"_s));
    auto window = makeWindow();
    QVERIFY(asOneJob([contoso = m_contosoId](WorkspaceServices &services, const QHash<QString, qint64> &, qint64) {
        return createNew(services, contoso);
    }));
    const QStringList now = state();
    QVERIFY2(now.contains(u"new1 inactive in %1, -1 workstations"_s.arg(m_contosoId)), qPrintable(now.join(u'\n')));

    QVERIFY(pressUndo(*window, true));
    QCOMPARE(m_boxes.size(), 1);
    QCOMPARE(m_boxes.first().name, u"undoRefused"_s);
    QVERIFY2(m_boxes.first().informative.contains(u"Delete accounts"_s), qPrintable(m_boxes.first().informative));
    QCOMPARE(state(), now);
}

QTEST_MAIN(UndoControllerTest)
#include "tst_undocontroller.moc"
