#include "core/domain/json.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/catalogservice.h"
#include "core/services/changeundo.h"
#include "core/services/groupservice.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/database.h"
#include "core/storage/groupstore.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QJsonDocument>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;

using bc::Account;
using bc::AccountDraft;
using bc::AccountService;
using bc::BulkOutcome;
using bc::UndoPlan;
using bc::test::describe;

namespace {

// A person's change, as one job of the console makes it.
using Change = std::function<void(AccountService &, const QList<qint64> &ids, qint64 otherGroup)>;

} // namespace

Q_DECLARE_METATYPE(Change)

// Edit → Undo (AccountService::lastChange, undo): the last change of whoever works on the
// connection is its audit batch (0022), taken back whole, each account as it was; refused, saying
// why, when someone changed one of its accounts since; undoing again takes back the change before.
// On SQLite, PostgreSQL and MariaDB.
class TestUndo final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void undoGivesTheAccountsBackAsTheyWere_data();
    void undoGivesTheAccountsBackAsTheyWere();
    void undoingACreateDeletesTheNewAccounts();
    void undoingAgainTakesBackTheChangeBefore();
    void aChangeSomeoneElseMadeSinceRefusesTheUndo();
    void aPurgedAccountCannotBeBroughtBack();
    void undoTakesBackAGroupOrCatalogChange_data();
    void undoTakesBackAGroupOrCatalogChange();
    void aGroupOrItemChangedSinceRefusesTheUndo();
    void whatCannotBeTakenBackRefusesTheUndo_data();
    void whatCannotBeTakenBackRefusesTheUndo();
    void undoingAnMfaSwitchAsksWhetherItMay();
    void aDeletedGroupComesBackUnderItsOwnId();
    void aDeletedItemComesBackUnderItsOwnId();
    void nothingToUndoWithoutAChange();

private:
    QList<qint64> createAccounts(int count);
    // Each account as the audit log writes it (its time of change left out), by id.
    QHash<qint64, QJsonObject> snapshot(const QList<qint64> &ids);
    // `change` in a batch of its own, as a job of the console's worker runs it.
    void asOneJob(const std::function<void()> &change);
    UndoPlan lastChange();
    // Undoes the last change, groups and catalog items included, in a job of its own.
    void undoLastChange();

    std::unique_ptr<bc::Database> m_db;
    std::unique_ptr<bc::GroupService> m_groups;
    std::unique_ptr<bc::CatalogService> m_catalog;
    std::unique_ptr<bc::ActivationService> m_activation;
    std::unique_ptr<AccountService> m_accounts;
    qint64 m_root = 0;
    qint64 m_customer = 0;
    qint64 m_other = 0;
};

void TestUndo::init()
{
    m_db = bc::test::openFresh(u"undo"_s);
    QVERIFY(m_db);
    m_db->setActingOperator(u"alice"_s);
    m_groups = std::make_unique<bc::GroupService>(*m_db);
    m_catalog = std::make_unique<bc::CatalogService>(*m_db);
    m_activation = std::make_unique<bc::ActivationService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    auto root = m_groups->createRoot(u"MSP"_s);
    QVERIFY(root);
    auto customer = m_groups->create(root->id, u"Contoso"_s);
    auto other = m_groups->create(root->id, u"Fabrikam"_s);
    QVERIFY(customer && other);
    m_root = root->id;
    m_customer = customer->id;
    m_other = other->id;
}

void TestUndo::cleanup()
{
    m_accounts.reset();
    m_activation.reset();
    m_catalog.reset();
    m_groups.reset();
    m_db.reset();
}

QList<qint64> TestUndo::createAccounts(int count)
{
    // Licensed, as most are: an entry's before and after hold the account's links too.
    bc::Subscription payg;
    payg.groupId = m_root; // offered to every group below
    payg.name = u"Backup PAYG #%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
    auto subscription = m_catalog->addSubscription(payg);
    if (!subscription) {
        qWarning() << describe(subscription.error());
        return {};
    }
    QList<qint64> ids;
    for (int i = 0; i < count; ++i) {
        AccountDraft draft = bc::test::personDraft(u"user%1"_s.arg(i));
        draft.subscriptionIds = {subscription->id};
        auto created = m_accounts->create(m_customer, draft);
        if (!created) {
            qWarning() << describe(created.error());
            return {};
        }
        ids.append(created->id);
    }
    return ids;
}

QHash<qint64, QJsonObject> TestUndo::snapshot(const QList<qint64> &ids)
{
    QHash<qint64, QJsonObject> accounts;
    for (qint64 id : ids) {
        auto account = m_accounts->account(id);
        accounts.insert(id, account ? bc::Json::fromAccount(*account) : QJsonObject {{u"gone"_s, true}});
    }
    return accounts;
}

void TestUndo::asOneJob(const std::function<void()> &change)
{
    bc::AuditBatchScope batch(*m_db);
    change();
}

UndoPlan TestUndo::lastChange()
{
    auto plan = m_accounts->lastChange();
    if (!plan) {
        qWarning() << describe(plan.error());
        return {};
    }
    return plan->value_or(UndoPlan());
}

void TestUndo::undoLastChange()
{
    const UndoPlan plan = lastChange();
    QVERIFY2(plan.isPossible(),
             plan.refusals.isEmpty() ? "nothing to undo" : qPrintable(plan.refusals.first().message));
    BulkOutcome undone;
    asOneJob([&] {
        undone = m_accounts->undo(plan, {}, {}, [this](const bc::AuditEntry &entry) {
            return bc::ChangeUndo::undo({*m_groups, *m_catalog, *m_activation}, entry);
        });
    });
    QVERIFY2(undone.isComplete(), undone.stoppedBy ? qPrintable(undone.stoppedBy->message) : "");
}

void TestUndo::undoGivesTheAccountsBackAsTheyWere_data()
{
    QTest::addColumn<Change>("prepare"); // before the change, in a job of its own
    QTest::addColumn<Change>("change");
    QTest::addColumn<QString>("action");
    const Change nothing = [](AccountService &, const QList<qint64> &, qint64) {
    };
    const auto outcomeOf = [](const BulkOutcome &outcome) {
        if (!outcome.isComplete())
            qWarning() << "the change did not complete"
                       << (outcome.failed.isEmpty() ? QString() : describe(outcome.failed.first().error));
    };
    QTest::newRow("disable") << nothing << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.disableAll(ids));
    }) << u"account.disabled"_s;
    QTest::newRow("enable") << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.disableAll(ids));
    }) << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.enableAll(ids));
    }) << u"account.enabled"_s;
    QTest::newRow("delete") << nothing << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.removeAll(ids));
    }) << u"account.deleted"_s;
    QTest::newRow("restore") << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.removeAll(ids));
    }) << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
        outcomeOf(accounts.restoreAll(ids));
    }) << u"account.restored"_s;
    QTest::newRow("move to another group")
        << nothing << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64 otherGroup) {
               bc::AccountChange change;
               change.groupId = otherGroup;
               outcomeOf(accounts.changeAll(ids, change));
           })
        << u"account.moved"_s;
    QTest::newRow("change quotas") << nothing
                                   << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
                                          bc::AccountChange change;
                                          change.setQuota(bc::Resource::Workstations, {.limit = 3, .overage = 1});
                                          outcomeOf(accounts.changeAll(ids, change));
                                      })
                                   << u"account.changed"_s;
    QTest::newRow("edit one account's contact fields")
        << nothing << Change([=](AccountService &accounts, const QList<qint64> &ids, qint64) {
               auto account = accounts.account(ids.first());
               AccountDraft draft = account->draft();
               draft.email = u"someone.else@example.com"_s;
               draft.lastName = u"Byron"_s;
               draft.login = u"ada.byron"_s;
               if (auto updated = accounts.update(ids.first(), draft); !updated)
                   qWarning() << describe(updated.error());
           })
        << u"account.changed"_s;
}

void TestUndo::undoGivesTheAccountsBackAsTheyWere()
{
    QFETCH(Change, prepare);
    QFETCH(Change, change);
    QFETCH(QString, action);
    const QList<qint64> ids = createAccounts(3);
    QCOMPARE(ids.size(), 3);
    asOneJob([&] { prepare(*m_accounts, ids, m_other); });
    const QHash<qint64, QJsonObject> before = snapshot(ids);
    asOneJob([&] { change(*m_accounts, ids, m_other); });
    QVERIFY(snapshot(ids) != before);

    const UndoPlan plan = lastChange();
    QVERIFY2(plan.isPossible(),
             qPrintable(plan.refusals.isEmpty() ? u"nothing to undo"_s : plan.refusals.first().message));
    QCOMPARE(plan.action, action);
    QVERIFY(!plan.logins.isEmpty());
    QVERIFY(plan.groupIds.contains(m_customer));
    QCOMPARE(plan.permissionsNeeded().testFlag(bc::Permission::DeleteAccounts),
             !plan.toRemove.isEmpty() || !plan.toRestore.isEmpty());
    BulkOutcome undone;
    asOneJob([&] { undone = m_accounts->undo(plan); });
    QVERIFY2(!undone.stoppedBy && undone.failed.isEmpty(),
             qPrintable(undone.stoppedBy
                            ? describe(*undone.stoppedBy)
                            : (undone.failed.isEmpty() ? QString() : describe(undone.failed.first().error))));
    QCOMPARE(snapshot(ids), before);
}

void TestUndo::undoingACreateDeletesTheNewAccounts()
{
    QList<qint64> made;
    asOneJob([&] {
        QList<AccountService::NewAccountRequest> requests;
        for (const QString &login : {u"ada"_s, u"bob"_s})
            requests.append({m_customer, bc::test::personDraft(login)});
        auto created = m_accounts->createAll(requests);
        QVERIFY(created);
        for (const Account &account : std::as_const(*created))
            made.append(account.id);
    });
    const UndoPlan plan = lastChange();
    QCOMPARE(plan.action, u"account.created"_s);
    QCOMPARE(plan.toRemove, made);
    asOneJob([&] { QVERIFY(m_accounts->undo(plan).isComplete()); });
    for (qint64 id : std::as_const(made))
        QVERIFY(!m_accounts->account(id));
    // Into the recycle bin, from where they come back.
    auto kept = m_accounts->deletedAccounts(0);
    QVERIFY(kept);
    QCOMPARE(kept->size(), 2);
}

void TestUndo::undoingAgainTakesBackTheChangeBefore()
{
    const QList<qint64> ids = createAccounts(2);
    const QHash<qint64, QJsonObject> start = snapshot(ids);
    asOneJob([&] { QVERIFY(m_accounts->disable(ids.at(0))); });
    const QHash<qint64, QJsonObject> afterFirst = snapshot(ids);
    asOneJob([&] { QVERIFY(m_accounts->remove(ids.at(1))); });

    UndoPlan plan = lastChange();
    QCOMPARE(plan.toRestore, QList<qint64> {ids.at(1)});
    asOneJob([&] { QVERIFY(m_accounts->undo(plan).isComplete()); });
    QCOMPARE(snapshot(ids), afterFirst);

    plan = lastChange();
    QCOMPARE(plan.toEnable, QList<qint64> {ids.at(0)});
    asOneJob([&] { QVERIFY(m_accounts->undo(plan).isComplete()); });
    QCOMPARE(snapshot(ids), start);

    // The accounts were made outside any job's batch (as before 0022): nothing more to undo.
    auto none = m_accounts->lastChange();
    QVERIFY(none);
    QVERIFY(!none->has_value());
}

void TestUndo::aChangeSomeoneElseMadeSinceRefusesTheUndo()
{
    const QList<qint64> ids = createAccounts(2);
    asOneJob([&] { QVERIFY(m_accounts->disableAll(ids).isComplete()); });
    m_db->setActingOperator(u"bob"_s);
    asOneJob([&] { QVERIFY(m_accounts->enable(ids.at(1))); });
    const QHash<qint64, QJsonObject> now = snapshot(ids);
    m_db->setActingOperator(u"alice"_s);

    const UndoPlan plan = lastChange();
    QVERIFY(!plan.isPossible());
    QCOMPARE(plan.refusalCount, 1);
    QVERIFY2(plan.refusals.first().message.contains(u"\"user1\" was changed since"_s),
             qPrintable(plan.refusals.first().message));
    QVERIFY2(plan.refusals.first().message.contains(u"bob"_s), qPrintable(plan.refusals.first().message));
    BulkOutcome refused;
    asOneJob([&] { refused = m_accounts->undo(plan); });
    QVERIFY(refused.stoppedBy);
    QCOMPARE(snapshot(ids), now);
}

void TestUndo::aPurgedAccountCannotBeBroughtBack()
{
    const QList<qint64> ids = createAccounts(1);
    asOneJob([&] { QVERIFY(m_accounts->remove(ids.first())); });
    m_db->setActingOperator(u"bob"_s);
    asOneJob([&] { QVERIFY(m_accounts->purgeAll(ids).isComplete()); });
    m_db->setActingOperator(u"alice"_s);
    const UndoPlan plan = lastChange();
    QVERIFY(!plan.isPossible());
    QVERIFY2(plan.refusals.first().message.contains(u"purged"_s), qPrintable(plan.refusals.first().message));
}

void TestUndo::undoTakesBackAGroupOrCatalogChange_data()
{
    QTest::addColumn<QString>("change");
    QTest::newRow("a group renamed, with an account disabled") << u"rename"_s;
    QTest::newRow("a group made") << u"group"_s;
    QTest::newRow("a profile made") << u"profile-created"_s;
    QTest::newRow("a profile changed (its accounts follow)") << u"profile-changed"_s;
    QTest::newRow("a storage changed") << u"storage-changed"_s;
    QTest::newRow("a security group changed") << u"security-group-changed"_s;
    QTest::newRow("a subscription made, then changed") << u"subscription-made-and-changed"_s;
    QTest::newRow("a group's settings") << u"settings"_s;
    QTest::newRow("a storage deleted") << u"storage-deleted"_s;
    QTest::newRow("a group's MFA switch") << u"mfa"_s;
    QTest::newRow("a group's activation link and email") << u"activation"_s;
    QTest::newRow("a group deleted") << u"group-deleted"_s;
}

// What the groups and the catalog hold, as the audit log writes them.
void TestUndo::undoTakesBackAGroupOrCatalogChange()
{
    QFETCH(QString, change);
    const QList<qint64> ids = createAccounts(1);
    bc::Profile gold;
    gold.groupId = m_customer;
    gold.name = u"Gold"_s;
    gold.quotas[bc::Resource::Workstations].limit = 5;
    auto profile = m_catalog->addProfile(gold);
    bc::Storage eu {0, m_customer, u"EU"_s, u"eu-west"_s};
    auto storage = m_catalog->addStorage(eu);
    bc::SecurityGroup desk {0, m_customer, u"Desk"_s, bc::Permissions(bc::Permission::CreateAccounts)};
    auto securityGroup = m_catalog->addSecurityGroup(desk);
    QVERIFY(profile && storage && securityGroup);
    if (change == "profile-changed"_L1) {
        AccountDraft draft = m_accounts->account(ids.first())->draft();
        draft.profileId = profile->id;
        QVERIFY(m_accounts->update(ids.first(), draft));
    }
    if (change == "group-deleted"_L1) {
        // Everything a group keeps besides accounts and groups, to be made again as it was.
        auto sales = m_groups->create(m_customer, u"Sales"_s);
        QVERIFY(sales);
        auto settings = m_catalog->settings(sales->id);
        QVERIFY(settings);
        settings->customerId = u"C-42"_s;
        settings->contactCompany = u"Contoso Sales"_s;
        settings->defaultStorageId = storage->id; // its group's, above
        settings->digestRecipients = {u"sales@contoso.test"_s};
        settings->limits[bc::Resource::Servers].limit = 3;
        QVERIFY(m_catalog->updateSettings(sales->id, *settings));
        QVERIFY(m_activation->setGroupActivation(
            sales->id, 30, bc::EmailTemplate {u"Welcome to Sales"_s, u"Open {link}"_s, u"<p>Open {link}</p>"_s}));
        QVERIFY(m_groups->setMfaRequired(sales->id, true));
    }
    const auto state = [this, &ids] {
        QStringList parts;
        // An item deleted and added again by the undo has another id: the rest must be as before.
        const auto text = [](QJsonObject object) {
            object.remove(u"id"_s);
            return QString::fromUtf8(QJsonDocument(object).toJson());
        };
        // Each group by its name (one made again has another id): switch, activation, settings.
        QStringList groupParts;
        const auto groups = m_groups->all();
        for (const bc::Group &group : *groups) {
            const auto activation = m_activation->groupActivation(group.id);
            const auto settings = m_catalog->settings(group.id);
            groupParts.append(QStringList {group.name + (group.mfaRequired ? u" (MFA)"_s : QString()),
                                           activation ? text(bc::Json::fromGroupActivation(*activation)) : u"?"_s,
                                           settings ? text(bc::Json::fromSettings(*settings)) : u"?"_s}
                                  .join(u" | "_s));
        }
        groupParts.sort();
        parts.append(groupParts);
        for (qint64 group : {m_root, m_customer}) {
            const auto profiles = m_catalog->profiles(group);
            const auto storages = m_catalog->storages(group);
            const auto subscriptions = m_catalog->subscriptions(group);
            const auto securityGroups = m_catalog->securityGroups(group);
            for (const bc::Profile &item : *profiles)
                parts.append(text(bc::Json::from(item)));
            for (const bc::Storage &item : *storages)
                parts.append(text(bc::Json::from(item)));
            for (const bc::Subscription &item : *subscriptions)
                parts.append(text(bc::Json::from(item)));
            for (const bc::SecurityGroup &item : *securityGroups)
                parts.append(text(bc::Json::from(item)));
        }
        const QHash<qint64, QJsonObject> accounts = snapshot(ids);
        for (const QJsonObject &account : accounts)
            parts.append(text(account));
        return parts;
    };
    const QStringList before = state();
    asOneJob([&] {
        if (change == "rename"_L1) {
            QVERIFY(m_accounts->disable(ids.first()));
            QVERIFY(m_groups->rename(m_other, u"Fabrikam Ltd"_s));
        } else if (change == "group"_L1) {
            QVERIFY(m_groups->create(m_customer, u"Sales"_s));
        } else if (change == "profile-created"_L1) {
            bc::Profile silver;
            silver.groupId = m_customer;
            silver.name = u"Silver"_s;
            QVERIFY(m_catalog->addProfile(silver));
        } else if (change == "profile-changed"_L1) {
            bc::Profile changed = *profile;
            changed.quotas[bc::Resource::Workstations].limit = 9;
            changed.notificationLevel = bc::NotificationLevel::More;
            QVERIFY(m_catalog->updateProfile(changed));
        } else if (change == "settings"_L1) {
            auto settings = m_catalog->settings(m_customer);
            QVERIFY(settings);
            settings->contactCompany = u"Contoso Ltd"_s;
            settings->defaultStorageId = storage->id;
            settings->digestRecipients = {u"it@contoso.test"_s};
            settings->limits[bc::Resource::Servers].limit = 4;
            QVERIFY(m_catalog->updateSettings(m_customer, *settings));
        } else if (change == "storage-deleted"_L1) {
            QVERIFY(m_catalog->remove(bc::CatalogKind::Storage, storage->id));
        } else if (change == "group-deleted"_L1) {
            QVERIFY(m_groups->remove(m_groups->children(m_customer)->first().id));
        } else if (change == "mfa"_L1) {
            QVERIFY(m_groups->setMfaRequired(m_customer, true));
        } else if (change == "activation"_L1) {
            QVERIFY(m_activation->setGroupActivation(
                m_customer, 21, bc::EmailTemplate {u"Welcome"_s, u"Open {link}"_s, u"<p>Open {link}</p>"_s}));
        } else if (change == "storage-changed"_L1) {
            QVERIFY(m_catalog->updateStorage({storage->id, m_customer, u"EU North"_s, u"eu-north"_s}));
        } else if (change == "security-group-changed"_L1) {
            QVERIFY(m_catalog->updateSecurityGroup({securityGroup->id, m_customer, u"Desk"_s,
                                                    bc::Permission::CreateAccounts | bc::Permission::DeleteAccounts}));
        } else {
            auto made = m_catalog->addSubscription({0, m_customer, u"Backup #7"_s});
            QVERIFY(made);
            QVERIFY(m_catalog->updateSubscription({made->id, m_customer, u"Backup #8"_s}));
        }
    });
    QVERIFY(state() != before);
    const UndoPlan plan = lastChange();
    QVERIFY2(plan.isPossible(), qPrintable(plan.refusals.isEmpty() ? QString() : plan.refusals.first().message));
    QVERIFY(!plan.others.isEmpty());
    const bc::Permission needed = change == "mfa"_L1   ? bc::Permission::ManageOperators
        : plan.others.first().objectType == u"group"_s ? bc::Permission::ManageGroups
                                                       : bc::Permission::ManageSettings;
    QVERIFY(plan.permissionsNeeded().testFlag(needed));
    BulkOutcome undone;
    asOneJob([&] {
        undone = m_accounts->undo(plan, {}, {}, [this](const bc::AuditEntry &entry) {
            return bc::ChangeUndo::undo({*m_groups, *m_catalog, *m_activation}, entry);
        });
    });
    QVERIFY2(undone.isComplete(), undone.stoppedBy ? qPrintable(describe(*undone.stoppedBy)) : "");
    QCOMPARE(state(), before);
    // The undo is a change of its own, closed: the next undo takes back nothing of this one.
    auto next = m_accounts->lastChange();
    QVERIFY(next);
    QVERIFY(!next->has_value() || (*next)->others.isEmpty()
            || (*next)->others.first().entryId < plan.others.last().entryId);
}

void TestUndo::aGroupOrItemChangedSinceRefusesTheUndo()
{
    auto storage = m_catalog->addStorage({0, m_customer, u"EU"_s, u"eu-west"_s});
    QVERIFY(storage);
    asOneJob([&] {
        QVERIFY(m_groups->rename(m_other, u"Fabrikam Ltd"_s));
        QVERIFY(m_catalog->updateStorage({storage->id, m_customer, u"EU North"_s, u"eu-north"_s}));
    });
    m_db->setActingOperator(u"bob"_s);
    asOneJob([&] {
        QVERIFY(m_groups->rename(m_other, u"Fabrikam Group"_s));
        QVERIFY(m_catalog->updateStorage({storage->id, m_customer, u"EU North 2"_s, u"eu-north"_s}));
    });
    m_db->setActingOperator(u"alice"_s);
    const UndoPlan plan = lastChange();
    QVERIFY(!plan.isPossible());
    QCOMPARE(plan.refusalCount, 2);
    QStringList messages;
    for (const bc::Error &refusal : plan.refusals)
        messages.append(refusal.message);
    QVERIFY2(messages.join(u'|').contains(u"The group \"Fabrikam Ltd\" was renamed since."_s),
             qPrintable(messages.join(u'|')));
    QVERIFY2(messages.join(u'|').contains(u"\"EU North\" was changed since."_s), qPrintable(messages.join(u'|')));
    BulkOutcome refused;
    asOneJob([&] { refused = m_accounts->undo(plan); });
    QVERIFY(refused.stoppedBy);
    QCOMPARE(m_groups->group(m_other)->name, u"Fabrikam Group"_s);
}

void TestUndo::whatCannotBeTakenBackRefusesTheUndo_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("says");
    QTest::newRow("a group deleted, then the group it was in")
        << u"group-deleted"_s << u"The group that \"Sales\" was in was deleted since."_s;
    QTest::newRow("a group deleted by an earlier version") << u"group-deleted-before"_s << u"make it again by hand"_s;
    QTest::newRow("an item deleted with its group") << u"item-deleted"_s << u"was deleted with its group since"_s;
    QTest::newRow("a group's MFA switch, turned back since") << u"mfa"_s << u"was turned since"_s;
    QTest::newRow("a group's activation, changed again since")
        << u"activation"_s << u"activation link or email of \"Fabrikam\" was changed since"_s;
    QTest::newRow("a group made, then given a group of its own")
        << u"group-filled"_s << u"has accounts or groups of its own since"_s;
}

void TestUndo::whatCannotBeTakenBackRefusesTheUndo()
{
    QFETCH(QString, change);
    QFETCH(QString, says);
    const QList<qint64> ids = createAccounts(1);
    bc::Result<bc::Storage> otherStorage = bc::Storage {};
    if (change == "item-deleted"_L1) {
        otherStorage = m_catalog->addStorage({0, m_other, u"EU"_s, u"eu-west"_s});
        QVERIFY(otherStorage);
    }
    bc::Result<bc::Group> sales = bc::Group {};
    if (change == "group-deleted"_L1) {
        sales = m_groups->create(m_other, u"Sales"_s);
        QVERIFY(sales);
    }
    asOneJob([&] {
        QVERIFY(m_accounts->disable(ids.first()));
        if (change == "group-deleted"_L1) {
            QVERIFY(m_groups->remove(sales->id));
        } else if (change == "group-deleted-before"_L1) {
            // As the console wrote it before it kept a deleted group's settings.
            QVERIFY(m_db->write([&] {
                return bc::AuditStore(*m_db).append({.action = u"group.deleted"_s,
                                                     .objectType = u"group"_s,
                                                     .objectId = 4242,
                                                     .groupId = m_other,
                                                     .summary = u"Sales"_s,
                                                     .before = QJsonObject {{u"name"_s, u"Sales"_s}}});
            }));
        } else if (change == "item-deleted"_L1) {
            QVERIFY(m_catalog->remove(bc::CatalogKind::Storage, otherStorage->id));
        } else if (change == "mfa"_L1) {
            QVERIFY(m_groups->setMfaRequired(m_other, true));
        } else if (change == "activation"_L1) {
            QVERIFY(m_activation->setGroupActivation(m_other, 14, std::nullopt));
        } else {
            QVERIFY(m_groups->create(m_other, u"Sales"_s));
        }
    });
    if (change == "item-deleted"_L1 || change == "group-deleted"_L1) {
        m_db->setActingOperator(u"bob"_s);
        asOneJob([&] { QVERIFY(m_groups->remove(m_other)); });
        m_db->setActingOperator(u"alice"_s);
    }
    if (change == "mfa"_L1) {
        m_db->setActingOperator(u"bob"_s);
        asOneJob([&] { QVERIFY(m_groups->setMfaRequired(m_other, false)); });
        m_db->setActingOperator(u"alice"_s);
    }
    if (change == "activation"_L1) {
        m_db->setActingOperator(u"bob"_s);
        asOneJob([&] { QVERIFY(m_activation->setGroupActivation(m_other, 30, std::nullopt)); });
        m_db->setActingOperator(u"alice"_s);
    }
    if (change == "group-filled"_L1) {
        m_db->setActingOperator(u"bob"_s);
        const qint64 made = m_groups->children(m_other)->first().id;
        asOneJob([&] { QVERIFY(m_groups->create(made, u"North"_s)); });
        m_db->setActingOperator(u"alice"_s);
    }
    const UndoPlan plan = lastChange();
    QVERIFY(!plan.isPossible());
    QCOMPARE(plan.toEnable, QList<qint64> {ids.first()});
    QVERIFY2(plan.refusals.first().message.contains(says), qPrintable(plan.refusals.first().message));
}

void TestUndo::undoingAnMfaSwitchAsksWhetherItMay()
{
    // Requiring MFA again is what `group mfa require` is: whoever undoes must be allowed it
    // (ActingOperator::maySetMfaRequired), or the switch stays as it is.
    QVERIFY(m_groups->setMfaRequired(m_other, true));
    asOneJob([&] { QVERIFY(m_groups->setMfaRequired(m_other, false)); });
    const UndoPlan plan = lastChange();
    QVERIFY(plan.isPossible());
    QCOMPARE(plan.permissionsNeeded(), bc::Permissions(bc::Permission::ManageOperators));
    QList<std::pair<qint64, bool>> asked;
    const bc::ChangeUndo::MfaGate refuse = [&asked](qint64 groupId, bool required) -> bc::Result<void> {
        asked.append({groupId, required});
        return bc::fail(bc::Error::Code::NotAllowed, QString(), u"Enrol yourself first."_s);
    };
    BulkOutcome refused;
    asOneJob([&] {
        refused = m_accounts->undo(plan, {}, {}, [&](const bc::AuditEntry &entry) {
            return bc::ChangeUndo::undo({*m_groups, *m_catalog, *m_activation, refuse}, entry);
        });
    });
    QVERIFY(refused.stoppedBy);
    QCOMPARE(refused.stoppedBy->message, u"Enrol yourself first."_s);
    QCOMPARE(asked, (QList<std::pair<qint64, bool>> {{m_other, true}}));
    QVERIFY(!m_groups->group(m_other)->mfaRequired);
}

void TestUndo::aDeletedGroupComesBackUnderItsOwnId()
{
    // Renamed, then deleted: the delete undone makes it again as it was last, under its id; the
    // rename undone, next, finds it there (under a new id it would find none).
    auto sales = m_groups->create(m_customer, u"Sales"_s);
    QVERIFY(sales);
    asOneJob([&] { QVERIFY(m_groups->rename(sales->id, u"Sales East"_s)); });
    asOneJob([&] { QVERIFY(m_groups->remove(sales->id)); });
    undoLastChange();
    auto back = m_groups->group(sales->id);
    QVERIFY(back);
    QCOMPARE(back->name, u"Sales East"_s);
    QCOMPARE(back->parentId, m_customer);
    undoLastChange();
    QCOMPARE(m_groups->group(sales->id)->name, u"Sales"_s);

    // Its id taken meanwhile (SQLite gives the largest id again to the next new group; here a row
    // written with that id, on every backend): it comes back under a new one, and the other group
    // stays as it is.
    asOneJob([&] { QVERIFY(m_groups->remove(sales->id)); });
    QVERIFY(bc::GroupStore(*m_db).insert(m_other, u"Support"_s, {}, QDateTime::currentDateTimeUtc(), sales->id));
    undoLastChange();
    const auto children = m_groups->children(m_customer);
    QVERIFY(children);
    QCOMPARE(children->size(), 1);
    QCOMPARE(children->first().name, u"Sales"_s);
    QVERIFY(children->first().id != sales->id);
    QCOMPARE(m_groups->group(sales->id)->name, u"Support"_s);
    QCOMPARE(m_groups->group(sales->id)->parentId, m_other);
}

void TestUndo::aDeletedItemComesBackUnderItsOwnId()
{
    // Changed, then deleted: the delete undone adds it again as it was last, under its id; the
    // change undone, next, finds it there (under a new id it would find none).
    auto eu = m_catalog->addStorage({0, m_customer, u"EU"_s, u"eu-west"_s});
    QVERIFY(eu);
    asOneJob([&] { QVERIFY(m_catalog->updateStorage({eu->id, m_customer, u"EU North"_s, u"eu-north"_s})); });
    asOneJob([&] { QVERIFY(m_catalog->remove(bc::CatalogKind::Storage, eu->id)); });
    undoLastChange();
    auto back = bc::CatalogStore(*m_db).storage(eu->id);
    QVERIFY(back);
    QCOMPARE(back->name, u"EU North"_s);
    QCOMPARE(back->region, u"eu-north"_s);
    undoLastChange();
    back = bc::CatalogStore(*m_db).storage(eu->id);
    QVERIFY(back);
    QCOMPARE(back->name, u"EU"_s);
    QCOMPARE(back->region, u"eu-west"_s);

    // Its id taken meanwhile (a row written with it, on every backend): it comes back under a new
    // one, and the other storage stays as it is.
    asOneJob([&] { QVERIFY(m_catalog->remove(bc::CatalogKind::Storage, eu->id)); });
    QVERIFY(bc::CatalogStore(*m_db).insert(bc::Storage {0, m_other, u"US"_s, u"us-east"_s},
                                           QDateTime::currentDateTimeUtc(), eu->id));
    undoLastChange();
    const auto storages = m_catalog->storages(m_customer);
    QVERIFY(storages);
    QCOMPARE(storages->size(), 1);
    QCOMPARE(storages->first().name, u"EU"_s);
    QVERIFY(storages->first().id != eu->id);
    QCOMPARE(bc::CatalogStore(*m_db).storage(eu->id)->name, u"US"_s);
}

void TestUndo::nothingToUndoWithoutAChange()
{
    auto none = m_accounts->lastChange();
    QVERIFY2(none, none ? "" : qPrintable(describe(none.error())));
    QVERIFY(!none->has_value());
    BulkOutcome outcome = m_accounts->undo(UndoPlan());
    QVERIFY(outcome.stoppedBy);
}

QTEST_GUILESS_MAIN(TestUndo)
#include "tst_undo.moc"
