#include "core/rules/accountrules.h"
#include "core/rules/groupdefaults.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/databasestatements.h"
#include "tests/common/fixture.h"
#include "tests/common/testdatabase.h"

#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace bc;

Q_DECLARE_METATYPE(bc::DefaultChoice::Origin)
Q_DECLARE_METATYPE(bc::CatalogKind)

// A group's default profile and subscription for new accounts: its own, else the nearest
// group's above; the only subscription a group offers when no group names one; refused when the
// group cannot use it; kept from deletion; taken by every new account unless a front end opts out.
class TestGroupDefaults final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void aGroupTakesItsOwnElseTheNearestDefaultAbove_data();
    void aGroupTakesItsOwnElseTheNearestDefaultAbove();
    void aNewDraftStartsWithTheDefaultsUnlessOptedOut_data();
    void aNewDraftStartsWithTheDefaultsUnlessOptedOut();
    void aDefaultTheGroupCannotUseIsRefused_data();
    void aDefaultTheGroupCannotUseIsRefused();
    void defaultsRoundTripAndAreAudited();
    void theSettingsShowWhatAGroupWouldInherit();
    void deletingADefaultIsRefusedNamingTheGroup_data();
    void deletingADefaultIsRefusedNamingTheGroup();
    void theDatabaseClearsADefaultWhoseItemIsGone_data();
    void theDatabaseClearsADefaultWhoseItemIsGone();
    void inheritedTextSaysWhereADefaultComesFrom();

private:
    qint64 groupId(const QString &name) const;
    // Adds a profile (with a storage quota) or a subscription named `name` to `group`.
    qint64 addItem(const QString &kind, const QString &group, const QString &name);
    void setDefault(const QString &kind, const QString &group, qint64 id);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<GroupService> m_groups;
    std::unique_ptr<AccountService> m_accounts;
    std::unique_ptr<CatalogService> m_catalog;
    QHash<QString, qint64> m_groupIds;
};

void TestGroupDefaults::init()
{
    m_db = bc::test::openFresh(u"defaults"_s);
    QVERIFY(m_db);
    m_groups = std::make_unique<GroupService>(*m_db);
    m_accounts = std::make_unique<AccountService>(*m_db);
    m_catalog = std::make_unique<CatalogService>(*m_db);
    // Acme MSP ─┬─ Contoso ── Sales
    //           └─ Fabrikam
    const qint64 root = m_groups->createRoot(u"Acme MSP"_s)->id;
    const qint64 contoso = m_groups->create(root, u"Contoso"_s)->id;
    m_groupIds = {{u"Acme MSP"_s, root},
                  {u"Contoso"_s, contoso},
                  {u"Sales"_s, m_groups->create(contoso, u"Sales"_s)->id},
                  {u"Fabrikam"_s, m_groups->create(root, u"Fabrikam"_s)->id}};
}

void TestGroupDefaults::cleanup()
{
    m_catalog.reset();
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

qint64 TestGroupDefaults::groupId(const QString &name) const
{
    return m_groupIds.value(name);
}

qint64 TestGroupDefaults::addItem(const QString &kind, const QString &group, const QString &name)
{
    if (kind == "profile"_L1) {
        Profile profile;
        profile.groupId = groupId(group);
        profile.name = name;
        profile.notificationLevel = NotificationLevel::All;
        profile.quotas[Resource::Storage] = Quota {500'000'000'000, 0};
        profile.quotas[Resource::Workstations] = Quota {3, 1};
        auto saved = m_catalog->addProfile(profile);
        if (!saved)
            qWarning() << saved.error().message;
        return saved ? saved->id : 0;
    }
    if (kind == "storage"_L1) {
        auto saved = m_catalog->addStorage({0, groupId(group), name, QString()});
        return saved ? saved->id : 0;
    }
    auto saved = m_catalog->addSubscription({0, groupId(group), name});
    if (!saved)
        qWarning() << saved.error().message;
    return saved ? saved->id : 0;
}

void TestGroupDefaults::setDefault(const QString &kind, const QString &group, qint64 id)
{
    auto settings = m_catalog->settings(groupId(group));
    QVERIFY(settings);
    if (kind == "profile"_L1)
        settings->defaultProfileId = id;
    else if (kind == "storage"_L1)
        settings->defaultStorageId = id;
    else
        settings->defaultSubscriptionId = id;
    auto saved = m_catalog->updateSettings(groupId(group), *settings);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
}

void TestGroupDefaults::aGroupTakesItsOwnElseTheNearestDefaultAbove_data()
{
    // `items`: "Group/Name" of the profiles or subscriptions there are; `defaults`: "Group/Name" the
    // groups' settings name. Expected for `group`: the default's name ("" none), its origin, and the
    // group whose settings name it.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QStringList>("items");
    QTest::addColumn<QStringList>("defaults");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<DefaultChoice::Origin>("origin");
    QTest::addColumn<QString>("from");
    using O = DefaultChoice::Origin;
    const QStringList profiles {u"Acme MSP/Basic"_s, u"Contoso/Standard"_s, u"Sales/Road warrior"_s};
    QTest::newRow("profile: none named") << u"profile"_s << profiles << QStringList() << u"Sales"_s << u""_s << O::None
                                         << u""_s;
    QTest::newRow("profile: its own") << u"profile"_s << profiles << QStringList {u"Contoso/Standard"_s} << u"Contoso"_s
                                      << u"Standard"_s << O::Own << u"Contoso"_s;
    QTest::newRow("profile: inherited from its parent")
        << u"profile"_s << profiles << QStringList {u"Contoso/Standard"_s} << u"Sales"_s << u"Standard"_s
        << O::Inherited << u"Contoso"_s;
    QTest::newRow("profile: inherited from the top group")
        << u"profile"_s << profiles << QStringList {u"Acme MSP/Basic"_s} << u"Sales"_s << u"Basic"_s << O::Inherited
        << u"Acme MSP"_s;
    QTest::newRow("profile: the nearest of two above")
        << u"profile"_s << profiles << QStringList {u"Acme MSP/Basic"_s, u"Contoso/Standard"_s} << u"Sales"_s
        << u"Standard"_s << O::Inherited << u"Contoso"_s;
    QTest::newRow("profile: overridden in the child")
        << u"profile"_s << profiles << QStringList {u"Contoso/Standard"_s, u"Sales/Road warrior"_s} << u"Sales"_s
        << u"Road warrior"_s << O::Own << u"Sales"_s;
    QTest::newRow("profile: the parent keeps its own")
        << u"profile"_s << profiles << QStringList {u"Contoso/Standard"_s, u"Sales/Road warrior"_s} << u"Contoso"_s
        << u"Standard"_s << O::Own << u"Contoso"_s;
    QTest::newRow("profile: another branch does not inherit")
        << u"profile"_s << profiles << QStringList {u"Contoso/Standard"_s} << u"Fabrikam"_s << u""_s << O::None
        << u""_s;
    QTest::newRow("profile: the only profile is no default")
        << u"profile"_s << QStringList {u"Contoso/Standard"_s} << QStringList() << u"Contoso"_s << u""_s << O::None
        << u""_s;

    QTest::newRow("subscription: inherited from its parent")
        << u"subscription"_s << QStringList {u"Contoso/PAYG #1001"_s, u"Contoso/Capped #1002"_s}
        << QStringList {u"Contoso/Capped #1002"_s} << u"Sales"_s << u"Capped #1002"_s << O::Inherited << u"Contoso"_s;
    QTest::newRow("subscription: overridden in the child")
        << u"subscription"_s << QStringList {u"Contoso/PAYG #1001"_s, u"Sales/Sales #7"_s}
        << QStringList {u"Contoso/PAYG #1001"_s, u"Sales/Sales #7"_s} << u"Sales"_s << u"Sales #7"_s << O::Own
        << u"Sales"_s;
    QTest::newRow("subscription: exactly one offered, none named")
        << u"subscription"_s << QStringList {u"Contoso/PAYG #1001"_s} << QStringList() << u"Contoso"_s
        << u"PAYG #1001"_s << O::OnlyOne << u""_s;
    QTest::newRow("subscription: exactly one, counting what it inherits")
        << u"subscription"_s << QStringList {u"Acme MSP/MSP PAYG"_s} << QStringList() << u"Sales"_s << u"MSP PAYG"_s
        << O::OnlyOne << u""_s;
    QTest::newRow("subscription: two offered, none named")
        << u"subscription"_s << QStringList {u"Acme MSP/MSP PAYG"_s, u"Contoso/PAYG #1001"_s} << QStringList()
        << u"Sales"_s << u""_s << O::None << u""_s;
    QTest::newRow("subscription: one of two offered is named")
        << u"subscription"_s << QStringList {u"Acme MSP/MSP PAYG"_s, u"Contoso/PAYG #1001"_s}
        << QStringList {u"Acme MSP/MSP PAYG"_s} << u"Sales"_s << u"MSP PAYG"_s << O::Inherited << u"Acme MSP"_s;
    QTest::newRow("subscription: a named one wins over the only one below")
        << u"subscription"_s << QStringList {u"Acme MSP/MSP PAYG"_s} << QStringList {u"Acme MSP/MSP PAYG"_s}
        << u"Contoso"_s << u"MSP PAYG"_s << O::Inherited << u"Acme MSP"_s;
    QTest::newRow("subscription: none offered") << u"subscription"_s << QStringList {u"Fabrikam/F #1"_s}
                                                << QStringList() << u"Contoso"_s << u""_s << O::None << u""_s;
}

void TestGroupDefaults::aGroupTakesItsOwnElseTheNearestDefaultAbove()
{
    QFETCH(QString, kind);
    QFETCH(QStringList, items);
    QFETCH(QStringList, defaults);
    QFETCH(QString, group);
    QFETCH(QString, expected);
    QFETCH(DefaultChoice::Origin, origin);
    QFETCH(QString, from);
    QHash<QString, qint64> ids;
    QHash<qint64, QString> names;
    for (const QString &item : std::as_const(items)) {
        const QString owner = item.section(u'/', 0, 0);
        const QString name = item.section(u'/', 1);
        const qint64 id = addItem(kind, owner, name);
        QVERIFY2(id != 0, qPrintable(item));
        ids.insert(item, id);
        names.insert(id, name);
    }
    // Top down, as an administrator would set them up.
    for (const QString &owner : {u"Acme MSP"_s, u"Contoso"_s, u"Sales"_s}) {
        for (const QString &named : std::as_const(defaults)) {
            if (named.section(u'/', 0, 0) == owner) {
                setDefault(kind, owner, ids.value(named));
                if (QTest::currentTestFailed())
                    return;
            }
        }
    }

    auto catalog = m_catalog->catalog(groupId(group));
    QVERIFY(catalog);
    const DefaultChoice choice = kind == "profile"_L1 ? catalog->defaultProfile : catalog->defaultSubscription;
    QCOMPARE(names.value(choice.id), expected);
    QCOMPARE(choice.origin, origin);
    QCOMPARE(choice.groupName, from);
    QCOMPARE(choice.groupId, groupId(from));

    // What the group's new accounts start with, through the one function every front end calls.
    auto draft = m_accounts->newDraft(groupId(group));
    QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
    if (kind == "profile"_L1)
        QCOMPARE(draft->profileId, choice.id);
    else
        QCOMPARE(draft->subscriptionIds, choice.id == 0 ? QList<qint64>() : QList<qint64> {choice.id});
}

void TestGroupDefaults::aNewDraftStartsWithTheDefaultsUnlessOptedOut_data()
{
    QTest::addColumn<bool>("profile");
    QTest::addColumn<bool>("subscription");
    QTest::newRow("both") << true << true;
    QTest::newRow("no profile") << false << true;
    QTest::newRow("no subscription") << true << false;
    QTest::newRow("neither") << false << false;
}

void TestGroupDefaults::aNewDraftStartsWithTheDefaultsUnlessOptedOut()
{
    QFETCH(bool, profile);
    QFETCH(bool, subscription);
    const qint64 standard = addItem(u"profile"_s, u"Contoso"_s, u"Standard"_s);
    const qint64 payg = addItem(u"subscription"_s, u"Contoso"_s, u"PAYG #1001"_s);
    const qint64 storage = addItem(u"storage"_s, u"Acme MSP"_s, u"EU West"_s);
    QVERIFY(standard != 0 && payg != 0 && storage != 0);
    setDefault(u"profile"_s, u"Contoso"_s, standard);
    if (QTest::currentTestFailed())
        return;
    setDefault(u"storage"_s, u"Acme MSP"_s, storage);
    if (QTest::currentTestFailed())
        return;

    auto draft = m_accounts->newDraft(groupId(u"Sales"_s), {.profile = profile, .subscription = subscription});
    QVERIFY2(draft, qPrintable(draft ? QString() : draft.error().message));
    QCOMPARE(draft->profileId, profile ? standard : Q_INT64_C(0));
    QCOMPARE(draft->subscriptionIds, subscription ? QList<qint64> {payg} : QList<qint64>());
    QCOMPARE(draft->storageId, storage);
    // The profile's values fill the draft as if the person had chosen it; without it, unlimited.
    QCOMPARE(draft->quotas[Resource::Storage].limit,
             profile ? std::optional<qint64>(500'000'000'000) : std::optional<qint64>());
    QCOMPARE(draft->notificationLevel, profile ? NotificationLevel::All : NotificationLevel::Less);
    QVERIFY(draft->overrides.isEmpty());

    // Created as it is, the account is licensed and limited by default.
    draft->login = u"dora"_s;
    draft->email = u"dora@contoso.com"_s;
    auto created = m_accounts->create(groupId(u"Sales"_s), *draft);
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    QCOMPARE(created->isLicensed(), subscription);
    QCOMPARE(created->profileId, profile ? standard : Q_INT64_C(0));
    QCOMPARE(created->quotas[Resource::Workstations].limit, profile ? std::optional<qint64>(3) : std::nullopt);
}

void TestGroupDefaults::aDefaultTheGroupCannotUseIsRefused_data()
{
    // An item of `owner` named as Contoso's default.
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("owner");
    QTest::addColumn<QString>("field");
    QTest::newRow("profile of another customer") << u"profile"_s << u"Fabrikam"_s << Field::profile;
    QTest::newRow("profile of a unit below") << u"profile"_s << u"Sales"_s << Field::profile;
    QTest::newRow("subscription of another customer") << u"subscription"_s << u"Fabrikam"_s << Field::subscriptions;
    QTest::newRow("subscription of a unit below") << u"subscription"_s << u"Sales"_s << Field::subscriptions;
}

void TestGroupDefaults::aDefaultTheGroupCannotUseIsRefused()
{
    QFETCH(QString, kind);
    QFETCH(QString, owner);
    QFETCH(QString, field);
    const qint64 id = addItem(kind, owner, u"Elsewhere"_s);
    QVERIFY(id != 0);
    const qint64 contoso = groupId(u"Contoso"_s);
    GroupSettings settings = *m_catalog->settings(contoso);
    if (kind == "profile"_L1)
        settings.defaultProfileId = id;
    else
        settings.defaultSubscriptionId = id;
    const QList<Error> errors = m_catalog->validate(contoso, settings);
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    auto saved = m_catalog->updateSettings(contoso, settings);
    QVERIFY(!saved);
    QCOMPARE(saved.error().field, field);
    QVERIFY2(saved.error().message.contains(u"group above"_s), qPrintable(saved.error().message));
    const GroupSettings stored = *m_catalog->settings(contoso);
    QCOMPARE(stored.defaultProfileId, Q_INT64_C(0));
    QCOMPARE(stored.defaultSubscriptionId, Q_INT64_C(0));
}

void TestGroupDefaults::defaultsRoundTripAndAreAudited()
{
    const qint64 standard = addItem(u"profile"_s, u"Acme MSP"_s, u"Standard"_s);
    const qint64 payg = addItem(u"subscription"_s, u"Contoso"_s, u"PAYG #1001"_s);
    const qint64 contoso = groupId(u"Contoso"_s);
    GroupSettings settings = *m_catalog->settings(contoso);
    settings.defaultProfileId = standard;
    settings.defaultSubscriptionId = payg;
    QVERIFY(m_catalog->updateSettings(contoso, settings));
    const GroupSettings loaded = *m_catalog->settings(contoso);
    QCOMPARE(loaded.defaultProfileId, standard);
    QCOMPARE(loaded.defaultSubscriptionId, payg);

    settings.defaultProfileId = 0; // back to inheriting
    QVERIFY(m_catalog->updateSettings(contoso, settings));
    QCOMPARE(m_catalog->settings(contoso)->defaultProfileId, Q_INT64_C(0));
    QCOMPARE(m_catalog->settings(contoso)->defaultSubscriptionId, payg);

    auto all = AuditStore(*m_db).entriesFor(u"group"_s, contoso);
    QVERIFY(all);
    QList<AuditEntry> entries;
    std::copy_if(all->cbegin(), all->cend(), std::back_inserter(entries),
                 [](const AuditEntry &entry) { return entry.action == "group.settings-changed"_L1; });
    QCOMPARE(entries.size(), 2);
    const AuditEntry &first = entries.first();
    QCOMPARE(first.action, u"group.settings-changed"_s);
    QVERIFY(first.before.value(u"defaultProfileId"_s).isNull());
    QCOMPARE(first.after.value(u"defaultProfileId"_s).toInteger(), standard);
    QCOMPARE(first.after.value(u"defaultSubscriptionId"_s).toInteger(), payg);
    QCOMPARE(entries.last().before.value(u"defaultProfileId"_s).toInteger(), standard);
    QVERIFY(entries.last().after.value(u"defaultProfileId"_s).isNull());
}

void TestGroupDefaults::theSettingsShowWhatAGroupWouldInherit()
{
    const qint64 basic = addItem(u"profile"_s, u"Acme MSP"_s, u"Basic"_s);
    const qint64 roadWarrior = addItem(u"profile"_s, u"Sales"_s, u"Road warrior"_s);
    const qint64 payg = addItem(u"subscription"_s, u"Contoso"_s, u"PAYG #1001"_s);
    const qint64 eu = addItem(u"storage"_s, u"Contoso"_s, u"EU"_s);
    setDefault(u"profile"_s, u"Contoso"_s, basic);
    setDefault(u"profile"_s, u"Sales"_s, roadWarrior);
    setDefault(u"storage"_s, u"Contoso"_s, eu);
    if (QTest::currentTestFailed())
        return;

    auto sales = m_catalog->catalog(groupId(u"Sales"_s));
    QVERIFY(sales);
    QCOMPARE(sales->defaultProfile,
             (DefaultChoice {roadWarrior, DefaultChoice::Origin::Own, groupId(u"Sales"_s), u"Sales"_s}));
    QCOMPARE(sales->inheritedProfile,
             (DefaultChoice {basic, DefaultChoice::Origin::Inherited, groupId(u"Contoso"_s), u"Contoso"_s}));
    QCOMPARE(sales->inheritedSubscription, (DefaultChoice {payg, DefaultChoice::Origin::OnlyOne, 0, QString()}));
    QCOMPARE(sales->inheritedStorage,
             (DefaultChoice {eu, DefaultChoice::Origin::Inherited, groupId(u"Contoso"_s), u"Contoso"_s}));
    QCOMPARE(sales->defaultStorageId, eu);

    auto contoso = m_catalog->catalog(groupId(u"Contoso"_s));
    QVERIFY(contoso);
    QCOMPARE(contoso->inheritedProfile, DefaultChoice {});
    QCOMPARE(contoso->defaultProfile.origin, DefaultChoice::Origin::Own);
}

void TestGroupDefaults::deletingADefaultIsRefusedNamingTheGroup_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<CatalogKind>("catalogKind");
    QTest::newRow("profile") << u"profile"_s << CatalogKind::Profile;
    QTest::newRow("subscription") << u"subscription"_s << CatalogKind::Subscription;
    QTest::newRow("storage") << u"storage"_s << CatalogKind::Storage;
}

void TestGroupDefaults::deletingADefaultIsRefusedNamingTheGroup()
{
    QFETCH(QString, kind);
    QFETCH(CatalogKind, catalogKind);
    // Defined at the top, the default of a unit further down.
    const qint64 id = addItem(kind, u"Acme MSP"_s, u"Shared"_s);
    QVERIFY(id != 0);
    setDefault(kind, u"Sales"_s, id);
    if (QTest::currentTestFailed())
        return;

    auto removed = m_catalog->remove(catalogKind, id);
    QVERIFY(!removed);
    QCOMPARE(removed.error().code, Error::Code::NotAllowed);
    QVERIFY2(removed.error().message.contains(u"default"_s) && removed.error().message.contains(u"\"Sales\""_s),
             qPrintable(removed.error().message));
    QCOMPARE(m_catalog->catalog(groupId(u"Sales"_s))->defaultProfile.id, kind == "profile"_L1 ? id : Q_INT64_C(0));

    // Once the settings name another default (none here), it may go.
    setDefault(kind, u"Sales"_s, 0);
    if (QTest::currentTestFailed())
        return;
    auto again = m_catalog->remove(catalogKind, id);
    QVERIFY2(again, qPrintable(again ? QString() : again.error().message));
}

void TestGroupDefaults::theDatabaseClearsADefaultWhoseItemIsGone_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("table");
    QTest::newRow("profile") << u"profile"_s << u"profiles"_s;
    QTest::newRow("subscription") << u"subscription"_s << u"subscriptions"_s;
}

void TestGroupDefaults::theDatabaseClearsADefaultWhoseItemIsGone()
{
    // Core refuses the deletion; what another program deletes past core leaves no dangling default.
    QFETCH(QString, kind);
    QFETCH(QString, table);
    const qint64 id = addItem(kind, u"Contoso"_s, u"Doomed"_s);
    QVERIFY(id != 0);
    setDefault(kind, u"Contoso"_s, id);
    if (QTest::currentTestFailed())
        return;
    auto deleted = m_db->write([&]() -> Result<void> {
        auto query = m_db->run(u"DELETE FROM %1 WHERE id = ?"_s.arg(table), {id});
        if (!query)
            return fail(query.error());
        return {};
    });
    QVERIFY2(deleted, qPrintable(deleted ? QString() : deleted.error().message));
    const GroupSettings settings = *m_catalog->settings(groupId(u"Contoso"_s));
    QCOMPARE(settings.defaultProfileId, Q_INT64_C(0));
    QCOMPARE(settings.defaultSubscriptionId, Q_INT64_C(0));
}

void TestGroupDefaults::inheritedTextSaysWhereADefaultComesFrom()
{
    QCOMPARE(GroupDefaults::inheritedText({3, DefaultChoice::Origin::Inherited, 2, u"Contoso"_s}, u"Standard"_s),
             u"Inherited: Standard from Contoso"_s);
    QCOMPARE(GroupDefaults::inheritedText({7, DefaultChoice::Origin::OnlyOne, 0, QString()}, u"PAYG #1001"_s),
             u"Automatic: PAYG #1001, the only subscription offered"_s);
    QCOMPARE(GroupDefaults::inheritedText({}, QString()), u"None"_s);
}

QTEST_GUILESS_MAIN(TestGroupDefaults)
#include "tst_groupdefaults.moc"
