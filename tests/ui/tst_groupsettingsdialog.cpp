#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/operatorsignin.h"
#include "core/services/workspace.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/modalhelper.h"
#include "ui/catalog/catalogdialog.h"
#include "ui/groups/groupactions.h"
#include "ui/groups/groupsettingsdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

class GroupSettingsDialogTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldSaveEverySettingAndShowItAgain();
    void shouldRefuseABadDigestAddressNextToTheField();
    void shouldShowAContactErrorAsItIsTyped();
    void shouldRefuseALimitAboveTheGroupAbove();
    void shouldKeepTheGroupsOwnActivationEmailAndLinkLifetime();
    void shouldShowInheritedDefaultsAndSaveTheGroupsOwn();
    void shouldAskBeforeDiscardingWhatWasTyped();
    void shouldCloseAtOnceWhenNothingWasTyped();
    void shouldBeBusyUntilLoadedAndSafeWhenClosedBefore();
    void shouldOpenFromTheGroupActionsAtOnceOnTheTreesGroup();
    void shouldSaveTheMfaSwitchWhenAuthorityAllows_data();
    void shouldSaveTheMfaSwitchWhenAuthorityAllows();
    void shouldSayWhenAGroupAboveRequiresMfa();
    void shouldSaveNothingForAnOperatorWhoMayNotManageGroups();

private:
    std::unique_ptr<GroupSettingsDialog> makeDialog(AuthoritySource authority = authorityFor);
    // An operator with a password, as it would sign in.
    Operator makeOperator(const QString &login, qint64 groupId, bool administrator);
    static void clickOk(QDialog *dialog);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<CatalogService> m_catalog;
    qint64 m_rootId = 0;
    qint64 m_contosoId = 0;
    qint64 m_storageId = 0;
};

void GroupSettingsDialogTest::init()
{
    const QString location = bc::test::freshLocation(u"console"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::test::openFixture(location);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    m_db = std::move(*db);
    m_workspace = bc::test::openWorkspace(*m_db);
    QVERIFY(m_workspace);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    m_rootId = m_groups->createRoot(u"Acme MSP"_s)->id;
    m_contosoId = m_groups->create(m_rootId, u"Contoso"_s)->id;
    auto storage = m_catalog->addStorage({.groupId = m_contosoId, .name = u"EU West"_s, .region = u"Frankfurt"_s});
    QVERIFY2(storage, qPrintable(storage ? QString() : storage.error().message));
    m_storageId = storage->id;
}

void GroupSettingsDialogTest::cleanup()
{
    m_workspace.reset();
    QTRY_COMPARE(Workspace::runningThreads(), 0);
    m_catalog.reset();
    m_groups.reset();
    m_db.reset();
}

std::unique_ptr<GroupSettingsDialog> GroupSettingsDialogTest::makeDialog(AuthoritySource authority)
{
    auto dialog =
        std::make_unique<GroupSettingsDialog>(*m_workspace, m_contosoId, u"Contoso"_s, nullptr, std::move(authority));
    dialog->show();
    if (!QTest::qWaitFor([&dialog] { return dialog->isLoaded(); }))
        qWarning("the settings did not arrive");
    return dialog;
}

void GroupSettingsDialogTest::clickOk(QDialog *dialog)
{
    dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
}

void GroupSettingsDialogTest::shouldSaveEverySettingAndShowItAgain()
{
    {
        auto dialog = makeDialog();
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"customerId"_s), u"C-1001"_s);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"contactCompany"_s), u"Contoso Ltd"_s);
        QTest::keyClicks(child<QPlainTextEdit>(dialog.get(), u"contactAddress"_s), u"1 Main Street, Reading"_s);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"contactPhone"_s), u"+44 20 7946 0958"_s);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"contactEmail"_s), u"it@contoso.com"_s);
        child<QCheckBox>(dialog.get(), u"service-m365-teams"_s)->setChecked(false);
        auto *autoTeams = child<QCheckBox>(dialog.get(), u"autoBackup-m365-teams"_s);
        QVERIFY2(!autoTeams->isEnabled(), "a service that is off takes no new users");
        child<QCheckBox>(dialog.get(), u"autoBackup-m365-mailboxes"_s)->setChecked(true);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"digestRecipientsInput"_s), u"ops@contoso.com"_s);
        child<QPushButton>(dialog.get(), u"digestRecipientsAdd"_s)->click();
        // Typed but not added: OK adds it.
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"digestRecipientsInput"_s), u"boss@contoso.com"_s);
        auto *storage = child<QComboBox>(dialog.get(), u"defaultStorage"_s);
        storage->setCurrentIndex(storage->findData(m_storageId));
        child<QCheckBox>(dialog.get(), u"workstationsUnlimited"_s)->setChecked(false);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"workstationsLimit"_s), u"10"_s);
        child<QCheckBox>(dialog.get(), u"storageUnlimited"_s)->setChecked(false);
        QTest::keyClicks(child<QLineEdit>(dialog.get(), u"storageLimit"_s), u"1 TB"_s);
        dialog->grab().save(u"/tmp/dlg-groupsettings.png"_s);
        clickOk(dialog.get());
        QTRY_VERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog.get(), u"settingsError"_s)->text()));
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
    }
    auto saved = m_catalog->settings(m_contosoId);
    QVERIFY(saved);
    QCOMPARE(saved->customerId, u"C-1001"_s);
    QCOMPARE(saved->contactCompany, u"Contoso Ltd"_s);
    QCOMPARE(saved->contactAddress, u"1 Main Street, Reading"_s);
    QCOMPARE(saved->contactPhone, u"+44 20 7946 0958"_s);
    QCOMPARE(saved->contactEmail, u"it@contoso.com"_s);
    QVERIFY(!saved->services.testFlag(Service::M365Teams));
    QVERIFY(saved->services.testFlag(Service::Workstations));
    QVERIFY(saved->backupNewUsersAutomatically.testFlag(Service::M365Mailboxes));
    QCOMPARE(saved->digestRecipients, (QStringList {u"ops@contoso.com"_s, u"boss@contoso.com"_s}));
    QCOMPARE(saved->defaultStorageId, m_storageId);
    QCOMPARE(saved->limits[Resource::Workstations].limit, std::optional<qint64>(10));
    QCOMPARE(saved->limits[Resource::Storage].limit, std::optional<qint64>(1000LL * 1000 * 1000 * 1000));
    QVERIFY(saved->limits[Resource::Servers].isUnlimited());

    // And the dialog shows it back.
    auto again = makeDialog();
    QCOMPARE(child<QLineEdit>(again.get(), u"customerId"_s)->text(), u"C-1001"_s);
    QCOMPARE(child<QListWidget>(again.get(), u"digestRecipientsList"_s)->count(), 2);
    QVERIFY(!child<QCheckBox>(again.get(), u"service-m365-teams"_s)->isChecked());
    QCOMPARE(child<QComboBox>(again.get(), u"defaultStorage"_s)->currentData().toLongLong(), m_storageId);
    QCOMPARE(child<QLineEdit>(again.get(), u"workstationsLimit"_s)->text(), u"10"_s);
    QVERIFY(child<QCheckBox>(again.get(), u"serversUnlimited"_s)->isChecked());
}

void GroupSettingsDialogTest::shouldRefuseABadDigestAddressNextToTheField()
{
    auto dialog = makeDialog();
    auto *company = child<QLineEdit>(dialog.get(), u"contactCompany"_s);
    QTest::keyClicks(company, u"Contoso Ltd"_s);
    auto *input = child<QLineEdit>(dialog.get(), u"digestRecipientsInput"_s);
    QTest::keyClicks(input, u"ops@@contoso"_s);
    clickOk(dialog.get());
    QVERIFY2(dialog->isVisible(), "OK is refused while an address is bad");
    auto *error = child<QLabel>(dialog.get(), u"digestRecipientsInputError"_s);
    QTRY_VERIFY(error->isVisible());
    QVERIFY2(!error->text().isEmpty(), "the reason is next to the field");
    auto *tabs = child<QTabWidget>(dialog.get(), u"settingsTabs"_s);
    QCOMPARE(tabs->currentIndex(), 2);
    QCOMPARE(input->text(), u"ops@@contoso"_s);
    QCOMPARE(company->text(), u"Contoso Ltd"_s);
    dialog->grab().save(u"/tmp/dlg-groupsettings-error.png"_s);
    QVERIFY(m_catalog->settings(m_contosoId)->contactCompany.isEmpty());
}

void GroupSettingsDialogTest::shouldShowAContactErrorAsItIsTyped()
{
    auto dialog = makeDialog();
    auto *email = child<QLineEdit>(dialog.get(), u"contactEmail"_s);
    QTest::keyClicks(email, u"not an email"_s);
    auto *error = child<QLabel>(dialog.get(), u"contactEmailError"_s);
    QTRY_VERIFY(error->isVisible());
    clickOk(dialog.get());
    QVERIFY(dialog->isVisible());
    QCOMPARE(email->text(), u"not an email"_s);
}

void GroupSettingsDialogTest::shouldRefuseALimitAboveTheGroupAbove()
{
    Quotas rootLimits;
    rootLimits[Resource::Servers].limit = 5;
    GroupSettings root = *m_catalog->settings(m_rootId);
    root.limits = rootLimits;
    QVERIFY(m_catalog->updateSettings(m_rootId, root));
    auto dialog = makeDialog();
    child<QCheckBox>(dialog.get(), u"serversUnlimited"_s)->setChecked(false);
    auto *error = child<QLabel>(dialog.get(), u"serversLimitError"_s);
    // The cap above arrives with the settings, and shows as the field's hint before anything is typed.
    QVERIFY2(error->text().contains(u"At most 5"_s), qPrintable(error->text()));
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"serversLimit"_s), u"50"_s);
    clickOk(dialog.get());
    QTRY_VERIFY(!dialog->isSaving());
    QVERIFY(dialog->isVisible());
    QVERIFY2(error->text().contains(u"5"_s), qPrintable(error->text()));
    QCOMPARE(child<QTabWidget>(dialog.get(), u"settingsTabs"_s)->currentIndex(), 3);
}

void GroupSettingsDialogTest::shouldKeepTheGroupsOwnActivationEmailAndLinkLifetime()
{
    ActivationService activation(*m_db);
    {
        auto dialog = makeDialog();
        auto *own = child<QCheckBox>(dialog.get(), u"ownActivationEmail"_s);
        auto *subject = child<QLineEdit>(dialog.get(), u"groupActivationSubject"_s);
        auto *body = child<QPlainTextEdit>(dialog.get(), u"groupActivationBody"_s);
        auto *bodyError = child<QLabel>(dialog.get(), u"groupActivationBodyError"_s);
        QVERIFY2(!own->isChecked() && !subject->isEnabled(), "a group starts with the default email");
        own->setChecked(true);
        child<QSpinBox>(dialog.get(), u"activationDays"_s)->setValue(14);
        subject->setText(u"Welcome to Contoso backups"_s);
        body->setPlainText(u"Hello {name}, no link here."_s);
        QTRY_VERIFY2(bodyError->text().contains(u"{link}"_s), qPrintable(bodyError->text()));
        clickOk(dialog.get());
        QVERIFY2(dialog->isVisible(), "a body without the link is refused and the dialog stays");
        body->setPlainText(u"Hello {name}, start here: {link}"_s);
        clickOk(dialog.get());
        QTRY_VERIFY(!dialog->isVisible());
    }
    QCOMPARE(*activation.activationDays(m_contosoId), 14);
    auto own = activation.ownTemplate(m_contosoId);
    QVERIFY(own && *own);
    QCOMPARE((*own)->subject, u"Welcome to Contoso backups"_s);
    QVERIFY((*own)->bodyHtml.contains(u"<a href=\"{link}\">"_s));
    auto entries = AuditStore(*m_db).entriesFor(u"group"_s, m_contosoId);
    QVERIFY(entries);
    QCOMPARE(entries->last().action, u"group.activation-changed"_s);

    // A unit below takes Contoso's email until it has its own.
    const qint64 unit = m_groups->create(m_contosoId, u"Sales"_s)->id;
    QCOMPARE(activation.effectiveTemplate(unit)->subject, u"Welcome to Contoso backups"_s);
}

void GroupSettingsDialogTest::shouldShowInheritedDefaultsAndSaveTheGroupsOwn()
{
    // The top group names a default profile; Contoso offers exactly one subscription.
    Profile basic;
    basic.groupId = m_rootId;
    basic.name = u"Basic"_s;
    const qint64 basicId = m_catalog->addProfile(basic).value().id;
    Profile standard;
    standard.groupId = m_contosoId;
    standard.name = u"Standard"_s;
    const qint64 standardId = m_catalog->addProfile(standard).value().id;
    const qint64 paygId = m_catalog->addSubscription({0, m_contosoId, u"Backup PAYG #1001"_s}).value().id;
    GroupSettings root = *m_catalog->settings(m_rootId);
    root.defaultProfileId = basicId;
    QVERIFY(m_catalog->updateSettings(m_rootId, root));
    {
        auto dialog = makeDialog();
        auto *profile = child<QComboBox>(dialog.get(), u"defaultProfile"_s);
        auto *subscription = child<QComboBox>(dialog.get(), u"defaultSubscription"_s);
        auto *storage = child<QComboBox>(dialog.get(), u"defaultStorage"_s);
        QCOMPARE(profile->currentIndex(), 0);
        QCOMPARE(profile->currentText(), u"Inherited: Basic from Acme MSP"_s);
        QCOMPARE(subscription->currentText(), u"Automatic: Backup PAYG #1001, the only subscription offered"_s);
        QCOMPARE(storage->currentText(), u"None"_s);
        // Each has a label with a mnemonic that leads to it.
        for (QComboBox *box : {profile, subscription, storage}) {
            const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
            const auto label =
                std::find_if(labels.cbegin(), labels.cend(), [box](QLabel *l) { return l->buddy() == box; });
            QVERIFY2(label != labels.cend() && (*label)->text().contains(u'&'), qPrintable(box->objectName()));
        }
        // Chosen with the keyboard: Alt+P on the tab, then the arrow keys.
        auto *tabs = child<QTabWidget>(dialog.get(), u"settingsTabs"_s);
        tabs->setCurrentIndex(3);
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
        QTest::keyClick(dialog.get(), Qt::Key_P, Qt::AltModifier);
        QTRY_VERIFY(profile->hasFocus());
        while (profile->currentData().toLongLong() != standardId && profile->currentIndex() < profile->count() - 1)
            QTest::keyClick(profile, Qt::Key_Down);
        QCOMPARE(profile->currentData().toLongLong(), standardId);
        subscription->setCurrentIndex(subscription->findData(paygId));
        dialog->grab().save(u"/tmp/dlg-groupsettings-defaults.png"_s);
        clickOk(dialog.get());
        QTRY_VERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog.get(), u"settingsError"_s)->text()));
    }
    const GroupSettings saved = *m_catalog->settings(m_contosoId);
    QCOMPARE(saved.defaultProfileId, standardId);
    QCOMPARE(saved.defaultSubscriptionId, paygId);
    auto entries = AuditStore(*m_db).entriesFor(u"group"_s, m_contosoId);
    QVERIFY(entries);
    QCOMPARE(entries->last().after.value(u"defaultProfileId"_s).toInteger(), standardId);

    // Shown again as the group's own; back to inheriting with the first entry.
    auto again = makeDialog();
    auto *profile = child<QComboBox>(again.get(), u"defaultProfile"_s);
    QCOMPARE(profile->currentData().toLongLong(), standardId);
    profile->setCurrentIndex(0);
    clickOk(again.get());
    QTRY_VERIFY(!again->isVisible());
    QCOMPARE(m_catalog->settings(m_contosoId)->defaultProfileId, Q_INT64_C(0));
}

void GroupSettingsDialogTest::shouldAskBeforeDiscardingWhatWasTyped()
{
    auto dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    auto *email = child<QLineEdit>(dialog.get(), u"contactEmail"_s);
    QTest::keyClicks(email, u"it@contoso.com"_s);
    bool asked = false;
    whenModalOpens<QMessageBox>(this, [&asked](QMessageBox *box) {
        asked = true;
        box->findChild<QPushButton *>(u"keepEditing"_s)->click();
    });
    QTest::keyClick(email, Qt::Key_Escape);
    QTRY_VERIFY(asked);
    QVERIFY2(dialog->isVisible(), "Keep editing closed the dialog");
    QCOMPARE(email->text(), u"it@contoso.com"_s);

    whenModalOpens<QMessageBox>(this,
                                [](QMessageBox *box) { box->findChild<QPushButton *>(u"discardChanges"_s)->click(); });
    QTest::keyClick(email, Qt::Key_Escape);
    QTRY_VERIFY2(!dialog->isVisible(), "Discard did not close the dialog");
    QVERIFY2(m_catalog->settings(m_contosoId)->contactEmail.isEmpty(), "a discarded edit was saved");
}

void GroupSettingsDialogTest::shouldCloseAtOnceWhenNothingWasTyped()
{
    auto dialog = makeDialog();
    QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
    // Looking is not changing: another tab visited.
    child<QTabWidget>(dialog.get(), u"settingsTabs"_s)->setCurrentIndex(1);
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY2(!dialog->isVisible(), "Escape on an unchanged dialog did not close it at once");
}

void GroupSettingsDialogTest::shouldBeBusyUntilLoadedAndSafeWhenClosedBefore()
{
    // The worker is held up by a job of its own, so that the dialog's read waits behind it.
    test::WorkerHold blocker(*m_workspace);
    auto dialog = std::make_unique<GroupSettingsDialog>(*m_workspace, m_contosoId, u"Contoso"_s, nullptr);
    dialog->show();
    auto *ok = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *busy = child<QLabel>(dialog.get(), u"settingsBusy"_s);
    QVERIFY(!dialog->isLoaded());
    QVERIFY2(!ok->isEnabled(), "OK waits for the settings");
    QVERIFY2(busy->isVisible() && busy->text() == u"Loading…"_s, qPrintable(busy->text()));
    QVERIFY2(!child<QTabWidget>(dialog.get(), u"settingsTabs"_s)->isEnabled(), "the form is off while loading");
    clickOk(dialog.get());
    QVERIFY2(dialog->isVisible(), "OK does nothing before the settings arrived");

    // Closed before the answer: the answer is dropped, nothing crashes.
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(!dialog->isVisible());
    dialog.reset();
    blocker.release();
    QTRY_VERIFY(blocker.isFinished());
    // The next dialog's read comes after the dropped one, which has been delivered (or not) by then.
    auto again = makeDialog();
    QVERIFY(again->isLoaded());
    QVERIFY(again->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    QVERIFY(!child<QLabel>(again.get(), u"settingsBusy"_s)->isVisible());
}

void GroupSettingsDialogTest::shouldOpenFromTheGroupActionsAtOnceOnTheTreesGroup()
{
    QWidget window;
    Group tree;
    tree.id = m_contosoId;
    tree.name = u"Contoso (renamed)"_s;
    // The tree's name titles the dialog at once (no read before it opens); the database's name
    // replaces it when the settings arrive.
    GroupActions actions(
        *m_workspace, [&tree] { return &tree; }, &window);
    QString loadedTitle;
    bool loaded = false;
    whenModalOpens<GroupSettingsDialog>(this, [&](GroupSettingsDialog *dialog) {
        loaded = QTest::qWaitFor([dialog] { return dialog->isLoaded(); });
        loadedTitle = dialog->windowTitle();
        dialog->reject();
    });
    actions.settingsAction()->trigger();
    QTRY_VERIFY(loaded);
    QCOMPARE(loadedTitle, u"Settings of \"Contoso\""_s);
    // Before the event loop ran, only the tree's name is known.
    GroupSettingsDialog direct(*m_workspace, m_contosoId, u"Contoso (renamed)"_s);
    QCOMPARE(direct.windowTitle(), u"Settings of \"Contoso (renamed)\""_s);
    QVERIFY(!direct.isLoaded());
    QTRY_VERIFY(direct.isLoaded());
    QCOMPARE(direct.windowTitle(), u"Settings of \"Contoso\""_s);

    QString listTitle;
    whenModalOpens<CatalogDialog>(this, [&](CatalogDialog *dialog) {
        listTitle = dialog->windowTitle();
        dialog->reject();
    });
    actions.openCatalog(CatalogKind::Storage);
    QTRY_COMPARE(listTitle, u"Storages of \"Contoso (renamed)\""_s);
}

Operator GroupSettingsDialogTest::makeOperator(const QString &login, qint64 groupId, bool administrator)
{
    AccountDraft draft = bc::test::personDraft(login);
    draft.administrator = administrator;
    draft.password = u"Kite-Harbor-Lantern-93"_s;
    auto account = AccountService(*m_db).create(groupId, draft, AccountStatus::Active);
    if (!account)
        qFatal("%s", qPrintable(account.error().message));
    return {account->id, account->login, account->groupId, account->administrator, account->securityGroupIds};
}

void GroupSettingsDialogTest::shouldSaveTheMfaSwitchWhenAuthorityAllows_data()
{
    QTest::addColumn<QString>("who"); // empty: the console as it is, nobody signed in
    QTest::addColumn<bool>("enrolled");
    QTest::addColumn<bool>("before"); // the switch as the dialog finds it
    QTest::addColumn<QString>("refusal"); // empty: saved
    // Where the refusal shows: under the switch, or below the tabs when nothing may be saved at all.
    QTest::addColumn<QString>("shownIn");
    const QString underSwitch = u"mfaRequiredError"_s;
    const QString belowTabs = u"settingsError"_s;
    QTest::newRow("no operator yet, nobody signed in") << QString() << false << false << QString() << QString();
    QTest::newRow("its administrator, enrolled") << u"contoso"_s << true << false << QString() << QString();
    QTest::newRow("its administrator, not enrolled: locked out")
        << u"contoso"_s << false << false << u"Enrol yourself first"_s << underSwitch;
    QTest::newRow("its administrator turns it off, not enrolled")
        << u"contoso"_s << false << true << QString() << QString();
    QTest::newRow("the top group's administrator, enrolled") << u"root"_s << true << false << QString() << QString();
    QTest::newRow("a sibling's administrator") << u"fabrikam"_s << true << false << u"works only in"_s << belowTabs;
    QTest::newRow("operators exist, nobody signed in") << u"nobody"_s << false << false << u"sign in"_s << belowTabs;
}

void GroupSettingsDialogTest::shouldSaveTheMfaSwitchWhenAuthorityAllows()
{
    QFETCH(QString, who);
    QFETCH(bool, enrolled);
    QFETCH(bool, before);
    QFETCH(QString, refusal);
    QFETCH(QString, shownIn);
    if (before)
        QVERIFY(m_groups->setMfaRequired(m_contosoId, true));
    AuthoritySource authority = authorityFor;
    if (!who.isEmpty()) {
        const qint64 fabrikam = m_groups->create(m_rootId, u"Fabrikam"_s)->id;
        const qint64 groupId = who == "root"_L1 ? m_rootId : who == "fabrikam"_L1 ? fabrikam : m_contosoId;
        const Operator acting = makeOperator(u"admin-"_s + who, groupId, true);
        if (enrolled)
            QVERIFY(OperatorSignIn(*m_db).enroll(acting.login));
        if (who != "nobody"_L1)
            authority = [acting](WorkspaceServices &services) {
                return Authority::of(services.database, acting);
            };
    }
    auto dialog = makeDialog(authority);
    auto *box = child<QCheckBox>(dialog.get(), u"mfaRequired"_s);
    QCOMPARE(box->isChecked(), before);
    box->setChecked(!before);
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"customerId"_s), u"C-7"_s);
    clickOk(dialog.get());
    if (refusal.isEmpty()) {
        QTRY_VERIFY2(!dialog->isVisible(), qPrintable(child<QLabel>(dialog.get(), u"settingsError"_s)->text()));
        QCOMPARE(m_groups->group(m_contosoId)->mfaRequired, !before);
        QCOMPARE(m_catalog->settings(m_contosoId)->customerId, u"C-7"_s);
        return;
    }
    QTRY_VERIFY(!dialog->isSaving());
    QVERIFY(dialog->isVisible());
    auto *message = child<QLabel>(dialog.get(), shownIn);
    QVERIFY2(message->isVisible() && message->text().contains(refusal), qPrintable(message->text()));
    QCOMPARE(child<QTabWidget>(dialog.get(), u"settingsTabs"_s)->currentIndex(), 0);
    // A refusal saves nothing, the rest of the form included; what was typed stays.
    QCOMPARE(m_groups->group(m_contosoId)->mfaRequired, before);
    QCOMPARE(m_catalog->settings(m_contosoId)->customerId, QString());
    QCOMPARE(box->isChecked(), !before);
}

void GroupSettingsDialogTest::shouldSayWhenAGroupAboveRequiresMfa()
{
    QVERIFY(m_groups->setMfaRequired(m_rootId, true));
    auto dialog = makeDialog();
    QVERIFY(!child<QCheckBox>(dialog.get(), u"mfaRequired"_s)->isChecked());
    auto *message = child<QLabel>(dialog.get(), u"mfaRequiredError"_s);
    QVERIFY2(message->text().contains(u"\"Acme MSP\""_s), qPrintable(message->text()));
    // Closing asks nothing: what arrived is no change.
    dialog->reject();
    QVERIFY(!dialog->isVisible());
}

void GroupSettingsDialogTest::shouldSaveNothingForAnOperatorWhoMayNotManageGroups()
{
    // A helpdesk operator of Contoso: it edits accounts there, but not the group's settings. The
    // window greys the action out; the dialog's save asks again on the worker.
    auto helpdesk = m_catalog->addSecurityGroup(
        {0, m_contosoId, u"Helpdesk"_s, Permissions(Permission::CreateAccounts) | Permission::EditAccounts});
    QVERIFY2(helpdesk, qPrintable(helpdesk ? QString() : helpdesk.error().message));
    auto desk = AccountService(*m_db).create(
        m_contosoId, bc::test::operatorDraft(u"desk"_s, u"Kite-Harbor-Lantern-93"_s, false, {helpdesk->id}),
        AccountStatus::Active);
    QVERIFY2(desk, qPrintable(desk ? QString() : desk.error().message));
    const Operator acting {desk->id, desk->login, desk->groupId, false, desk->securityGroupIds};
    auto dialog =
        makeDialog([acting](WorkspaceServices &services) { return Authority::of(services.database, acting); });
    QVERIFY(dialog->isLoaded());
    QTest::keyClicks(child<QLineEdit>(dialog.get(), u"customerId"_s), u"C-7"_s);
    clickOk(dialog.get());
    QTRY_VERIFY(!dialog->isSaving());
    QVERIFY2(dialog->isVisible(), "refused: the dialog stays open with what was typed");
    auto *message = child<QLabel>(dialog.get(), u"settingsError"_s);
    QVERIFY2(message->isVisible() && message->text().contains(u"Contoso"_s), qPrintable(message->text()));
    QCOMPARE(child<QLineEdit>(dialog.get(), u"customerId"_s)->text(), u"C-7"_s);
    QCOMPARE(m_catalog->settings(m_contosoId)->customerId, QString());
}

QTEST_MAIN(GroupSettingsDialogTest)
#include "tst_groupsettingsdialog.moc"
