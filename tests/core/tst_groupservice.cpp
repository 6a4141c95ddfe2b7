#include "core/services/groupservice.h"
#include "tests/common/fixture.h"

#include "core/platform/systemaccount.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/catalogservice.h"
#include "core/storage/auditstore.h"
#include "core/storage/database.h"
#include "tests/common/testdatabase.h"

#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

#include <array>
#include <memory>

#include <pwd.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

using bc::Error;
using bc::Group;
using bc::Quotas;
using bc::Resource;

namespace {

using bc::test::describe;

} // namespace

class TestGroupService final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void theRootCanBeCreatedOnlyOnce();
    void createRecordsTheGroupInTheAuditLogAndAnnouncesIt();
    void theAuditLogNamesTheSystemAccountWhateverTheEnvironmentSays_data();
    void theAuditLogNamesTheSystemAccountWhateverTheEnvironmentSays();
    void siblingNamesAreUniqueIgnoringCase();
    void theSameNameMayRepeatUnderDifferentParents();
    void createRefusesBadNamesAndMissingParents_data();
    void createRefusesBadNamesAndMissingParents();
    void renameKeepsBeforeAndAfterInTheAuditLog();
    void renameRefusesANameASiblingHas();
    void renameMayChangeOnlyTheCase();
    void removeRefusesAGroupWithAccounts();
    void removeRefusesAGroupWithSubgroups();
    void theRootCannotBeRemoved();
    void removeDeletesAnEmptyGroup();
    void pathJoinsTheNamesFromTheRoot();
    void pathOrFallsBackWhenThereIsNoPath_data();
    void pathOrFallsBackWhenThereIsNoPath();
    void resolveFindsAGroupByIdOrPath_data();
    void resolveFindsAGroupByIdOrPath();
    void resolveRefusesUnknownGroups_data();
    void resolveRefusesUnknownGroups();
    void effectiveLimitsTakeTheTightestOfTheAncestors();
    void childrenAndAllListTheTree();
    void findByPathMatchesFoldedNamesInOrder_data();
    void findByPathMatchesFoldedNamesInOrder();
    void findByPathStopsAtTheLimitNamesStartingWithTheTextFirst();
    void findByPathTakesWildcardsLiterally();
    void pathsGivesThePathsOfManyGroups();
    void firstStepsSayWhatTheDatabaseHasDone_data();
    void firstStepsSayWhatTheDatabaseHasDone();

private:
    QList<bc::AuditEntry> audit(qint64 groupId);
    std::unique_ptr<bc::Database> m_db;
    std::unique_ptr<bc::GroupService> m_groups;
    Group m_root;
    Group m_customer;
    Group m_unit;
};

void TestGroupService::init()
{
    m_db = bc::test::openFresh(u"groups"_s);
    QVERIFY(m_db);
    m_groups = std::make_unique<bc::GroupService>(*m_db);
    auto root = m_groups->createRoot(u"Northwind MSP"_s);
    QVERIFY(root);
    m_root = *root;
    auto customer = m_groups->create(m_root.id, u"Contoso"_s);
    QVERIFY(customer);
    m_customer = *customer;
    auto unit = m_groups->create(m_customer.id, u"Sales"_s);
    QVERIFY(unit);
    m_unit = *unit;
}

void TestGroupService::cleanup()
{
    m_groups.reset();
    m_db.reset();
}

QList<bc::AuditEntry> TestGroupService::audit(qint64 groupId)
{
    auto entries = bc::AuditStore(*m_db).entriesFor(u"group"_s, groupId);
    return entries ? *entries : QList<bc::AuditEntry>();
}

void TestGroupService::theRootCanBeCreatedOnlyOnce()
{
    QVERIFY(m_root.isRoot());
    QCOMPARE(m_root.name, u"Northwind MSP"_s);
    QSignalSpy added(m_groups.get(), &bc::GroupService::groupAdded);
    auto second = m_groups->createRoot(u"Another MSP"_s);
    QVERIFY(!second.has_value());
    QVERIFY2(second.error().code == Error::Code::NotAllowed, qPrintable(describe(second.error())));
    QCOMPARE(added.count(), 0);
    auto root = m_groups->root();
    QVERIFY(root && *root);
    QCOMPARE((*root)->id, m_root.id);
}

void TestGroupService::createRecordsTheGroupInTheAuditLogAndAnnouncesIt()
{
    QSignalSpy added(m_groups.get(), &bc::GroupService::groupAdded);
    Quotas limits;
    limits[Resource::Storage].limit = 1000;
    auto group = m_groups->create(m_root.id, u"  Fabrikam  "_s, limits);
    QVERIFY(group);
    QCOMPARE(group->name, u"Fabrikam"_s);
    QCOMPARE(group->parentId, m_root.id);
    QCOMPARE(group->limits, limits);
    QVERIFY(group->createdAt.isValid());
    QCOMPARE(added.count(), 1);
    QCOMPARE(added.first().first().value<Group>().id, group->id);
    const auto entries = audit(group->id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().action, u"group.created"_s);
    QCOMPARE(entries.first().actor, bc::SystemAccount::name());
    QVERIFY(!entries.first().actor.isEmpty());
    QCOMPARE(entries.first().after.value(u"name"_s).toString(), u"Fabrikam"_s);
    QCOMPARE(entries.first().after.value(u"limits"_s).toObject().value(u"storage"_s).toInteger(), 1000);
    QVERIFY(entries.first().before.isEmpty());
}

void TestGroupService::theAuditLogNamesTheSystemAccountWhateverTheEnvironmentSays_data()
{
    QTest::addColumn<QByteArray>("user");
    QTest::newRow("USER unset") << QByteArray();
    QTest::newRow("USER=someone") << QByteArray("someone");
}

void TestGroupService::theAuditLogNamesTheSystemAccountWhateverTheEnvironmentSays()
{
    QFETCH(QByteArray, user);
    const struct passwd *account = getpwuid(geteuid());
    QVERIFY2(account && account->pw_name, "this process runs as an account the system does not know");
    const QString expected = QString::fromLocal8Bit(account->pw_name);
    QVERIFY(expected != "someone"_L1);
    const std::array<const char *, 3> names {"USER", "LOGNAME", "USERNAME"};
    std::array<QByteArray, 3> saved;
    for (std::size_t i = 0; i < names.size(); ++i) {
        saved[i] = qgetenv(names[i]);
        if (user.isEmpty())
            qunsetenv(names[i]);
        else
            qputenv(names[i], user);
    }
    const auto restore = qScopeGuard([&names, &saved] {
        for (std::size_t i = 0; i < names.size(); ++i) {
            if (saved[i].isNull())
                qunsetenv(names[i]);
            else
                qputenv(names[i], saved[i]);
        }
    });
    auto group = m_groups->create(m_root.id, u"Northwind"_s, {});
    QVERIFY2(group, group ? "" : qPrintable(describe(group.error())));
    const auto entries = audit(group->id);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().actor, expected);
}

void TestGroupService::siblingNamesAreUniqueIgnoringCase()
{
    QSignalSpy added(m_groups.get(), &bc::GroupService::groupAdded);
    for (const QString &name : {u"SALES"_s, u"sales"_s, u" Sales "_s, u"ＳＡＬＥＳ"_s}) {
        auto duplicate = m_groups->create(m_customer.id, name);
        QVERIFY2(!duplicate.has_value(), qPrintable(name));
        QVERIFY2(duplicate.error().code == Error::Code::NameTaken, qPrintable(describe(duplicate.error())));
        QCOMPARE(duplicate.error().field, u"name"_s);
        QVERIFY(duplicate.error().message.contains(name.trimmed()));
    }
    QCOMPARE(added.count(), 0);
    auto children = m_groups->children(m_customer.id);
    QVERIFY(children);
    QCOMPARE(children->size(), 1);
}

void TestGroupService::theSameNameMayRepeatUnderDifferentParents()
{
    auto fabrikam = m_groups->create(m_root.id, u"Fabrikam"_s);
    QVERIFY(fabrikam);
    auto sales = m_groups->create(fabrikam->id, u"Sales"_s);
    QVERIFY2(sales.has_value(), sales ? "" : qPrintable(describe(sales.error())));
    QVERIFY(sales->id != m_unit.id);
    // A child may also share its parent's name.
    QVERIFY(m_groups->create(m_unit.id, u"Sales"_s));
}

void TestGroupService::createRefusesBadNamesAndMissingParents_data()
{
    QTest::addColumn<bool>("missingParent");
    QTest::addColumn<QString>("name");
    QTest::addColumn<Error::Code>("code");
    QTest::addColumn<QString>("field");
    QTest::newRow("slash") << false << u"Sales/EMEA"_s << Error::Code::Invalid << u"name"_s;
    QTest::newRow("empty") << false << QString() << Error::Code::Invalid << u"name"_s;
    QTest::newRow("101 characters") << false << QString(101, u'x') << Error::Code::Invalid << u"name"_s;
    QTest::newRow("missing parent") << true << u"Orphans"_s << Error::Code::NotFound << u"group"_s;
}

void TestGroupService::createRefusesBadNamesAndMissingParents()
{
    QFETCH(bool, missingParent);
    QFETCH(QString, name);
    QFETCH(Error::Code, code);
    QFETCH(QString, field);
    auto group = m_groups->create(missingParent ? 9999 : m_root.id, name);
    QVERIFY(!group.has_value());
    QVERIFY2(group.error().code == code, qPrintable(describe(group.error())));
    QCOMPARE(group.error().field, field);
}

void TestGroupService::renameKeepsBeforeAndAfterInTheAuditLog()
{
    QSignalSpy changed(m_groups.get(), &bc::GroupService::groupChanged);
    auto renamed = m_groups->rename(m_unit.id, u"Marketing"_s);
    QVERIFY(renamed);
    QCOMPARE(renamed->name, u"Marketing"_s);
    QCOMPARE(m_groups->group(m_unit.id)->name, u"Marketing"_s);
    QCOMPARE(changed.count(), 1);
    const auto entries = audit(m_unit.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().action, u"group.renamed"_s);
    QCOMPARE(entries.last().before.value(u"name"_s).toString(), u"Sales"_s);
    QCOMPARE(entries.last().after.value(u"name"_s).toString(), u"Marketing"_s);
}

void TestGroupService::renameRefusesANameASiblingHas()
{
    QVERIFY(m_groups->create(m_customer.id, u"Finance"_s));
    QSignalSpy changed(m_groups.get(), &bc::GroupService::groupChanged);
    auto renamed = m_groups->rename(m_unit.id, u"FINANCE"_s);
    QVERIFY(!renamed.has_value());
    QVERIFY2(renamed.error().code == Error::Code::NameTaken, qPrintable(describe(renamed.error())));
    QCOMPARE(renamed.error().field, u"name"_s);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_groups->group(m_unit.id)->name, u"Sales"_s);
    QCOMPARE(audit(m_unit.id).size(), 1);
    auto invalid = m_groups->rename(m_unit.id, u"a/b"_s);
    QVERIFY(!invalid.has_value());
    QCOMPARE(invalid.error().field, u"name"_s);
    auto gone = m_groups->rename(9999, u"Ghost"_s);
    QVERIFY(!gone.has_value());
    QCOMPARE(gone.error().code, Error::Code::NotFound);
}

void TestGroupService::renameMayChangeOnlyTheCase()
{
    auto renamed = m_groups->rename(m_unit.id, u"SALES"_s);
    QVERIFY2(renamed.has_value(), renamed ? "" : qPrintable(describe(renamed.error())));
    QCOMPARE(renamed->name, u"SALES"_s);
}

void TestGroupService::removeRefusesAGroupWithAccounts()
{
    bc::AccountService accounts(*m_db);
    bc::AccountDraft draft;
    draft.login = u"alice"_s;
    draft.email = u"alice@example.com"_s;
    QVERIFY(accounts.create(m_unit.id, draft));
    QSignalSpy removed(m_groups.get(), &bc::GroupService::groupRemoved);
    auto result = m_groups->remove(m_unit.id);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().code == Error::Code::NotAllowed, qPrintable(describe(result.error())));
    QVERIFY2(result.error().message.contains(u"Sales"_s) && result.error().message.contains(u'1'),
             qPrintable(result.error().message));
    QVERIFY(!result.error().message.contains(u"%"_s));
    QCOMPARE(removed.count(), 0);
    QVERIFY(m_groups->group(m_unit.id));
}

void TestGroupService::removeRefusesAGroupWithSubgroups()
{
    auto result = m_groups->remove(m_customer.id);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().code == Error::Code::NotAllowed, qPrintable(describe(result.error())));
    QVERIFY2(result.error().message.contains(u"Contoso"_s) && result.error().message.contains(u"subgroup"_s),
             qPrintable(result.error().message));
    QVERIFY(m_groups->group(m_customer.id));
}

void TestGroupService::theRootCannotBeRemoved()
{
    auto result = m_groups->remove(m_root.id);
    QVERIFY(!result.has_value());
    QVERIFY2(result.error().code == Error::Code::NotAllowed, qPrintable(describe(result.error())));
    QVERIFY2(result.error().message.contains(u"top group"_s), qPrintable(result.error().message));

    // Even once it is empty.
    QVERIFY(m_groups->remove(m_unit.id));
    QVERIFY(m_groups->remove(m_customer.id));
    auto empty = m_groups->remove(m_root.id);
    QVERIFY(!empty.has_value());
    QCOMPARE(empty.error().code, Error::Code::NotAllowed);
    QVERIFY(m_groups->group(m_root.id));
}

void TestGroupService::removeDeletesAnEmptyGroup()
{
    QSignalSpy removed(m_groups.get(), &bc::GroupService::groupRemoved);
    QVERIFY(m_groups->remove(m_unit.id));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(0).toLongLong(), m_unit.id);
    QCOMPARE(removed.first().at(1).toLongLong(), m_customer.id);
    auto gone = m_groups->group(m_unit.id);
    QVERIFY(!gone.has_value());
    QCOMPARE(gone.error().code, Error::Code::NotFound);
    const auto entries = audit(m_unit.id);
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.last().action, u"group.deleted"_s);
    QCOMPARE(entries.last().before.value(u"name"_s).toString(), u"Sales"_s);
    QVERIFY(entries.last().after.isEmpty());
    auto again = m_groups->remove(m_unit.id);
    QVERIFY(!again.has_value());
    QCOMPARE(again.error().code, Error::Code::NotFound);
    QCOMPARE(removed.count(), 1);
}

void TestGroupService::pathJoinsTheNamesFromTheRoot()
{
    QCOMPARE(*m_groups->path(m_unit.id), u"Northwind MSP/Contoso/Sales"_s);
    QCOMPARE(*m_groups->path(m_root.id), u"Northwind MSP"_s);
    auto missing = m_groups->path(9999);
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestGroupService::pathOrFallsBackWhenThereIsNoPath_data()
{
    QTest::addColumn<bool>("exists");
    QTest::addColumn<QString>("fallback");
    QTest::addColumn<QString>("expected");
    QTest::newRow("a group: its path") << true << u"Sales"_s << u"Northwind MSP/Contoso/Sales"_s;
    QTest::newRow("a group, no fallback: its path") << true << QString() << u"Northwind MSP/Contoso/Sales"_s;
    QTest::newRow("no group: the fallback") << false << u"Sales"_s << u"Sales"_s;
    QTest::newRow("no group, no fallback: the id") << false << QString() << u"9999"_s;
}

void TestGroupService::pathOrFallsBackWhenThereIsNoPath()
{
    QFETCH(bool, exists);
    QFETCH(QString, fallback);
    QFETCH(QString, expected);
    QCOMPARE(m_groups->pathOr(exists ? m_unit.id : 9999, fallback), expected);
}

void TestGroupService::resolveFindsAGroupByIdOrPath_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("expectedPath");
    QTest::newRow("root by name") << u"Northwind MSP"_s << u"Northwind MSP"_s;
    QTest::newRow("unit by path") << u"Northwind MSP/Contoso/Sales"_s << u"Northwind MSP/Contoso/Sales"_s;
    QTest::newRow("any case") << u"northwind msp/CONTOSO/sales"_s << u"Northwind MSP/Contoso/Sales"_s;
    QTest::newRow("extra slashes and blanks") << u" /Northwind MSP//Contoso/ "_s << u"Northwind MSP/Contoso"_s;
    QTest::newRow("id") << u"#unit"_s << u"Northwind MSP/Contoso/Sales"_s;
}

void TestGroupService::resolveFindsAGroupByIdOrPath()
{
    QFETCH(QString, text);
    QFETCH(QString, expectedPath);
    if (text == u"#unit"_s)
        text = QString::number(m_unit.id);
    auto group = m_groups->resolve(text);
    QVERIFY2(group.has_value(), group ? "" : qPrintable(describe(group.error())));
    QCOMPARE(*m_groups->path(group->id), expectedPath);
}

void TestGroupService::resolveRefusesUnknownGroups_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Error::Code>("code");
    QTest::newRow("unknown child") << u"Northwind MSP/Fabrikam"_s << Error::Code::NotFound;
    QTest::newRow("unknown root") << u"Contoso/Sales"_s << Error::Code::NotFound;
    QTest::newRow("unknown id") << u"9999"_s << Error::Code::NotFound;
    QTest::newRow("too deep") << u"Northwind MSP/Contoso/Sales/Team"_s << Error::Code::NotFound;
    QTest::newRow("nothing") << u"  "_s << Error::Code::Invalid;
}

void TestGroupService::resolveRefusesUnknownGroups()
{
    QFETCH(QString, text);
    QFETCH(Error::Code, code);
    auto group = m_groups->resolve(text);
    QVERIFY2(!group.has_value(), qPrintable(text));
    QVERIFY2(group.error().code == code, qPrintable(describe(group.error())));
    QCOMPARE(group.error().field, u"group"_s);
    QVERIFY(!group.error().message.isEmpty());
}

void TestGroupService::effectiveLimitsTakeTheTightestOfTheAncestors()
{
    Quotas rootLimits;
    rootLimits[Resource::Storage].limit = 1000;
    rootLimits[Resource::Servers].limit = 10;
    Quotas customerLimits;
    customerLimits[Resource::Storage].limit = 500;
    customerLimits[Resource::Servers].limit = 20;
    Quotas unitLimits;
    unitLimits[Resource::Workstations].limit = 3;
    unitLimits[Resource::Storage].limit = 800;

    const QString location = bc::test::freshLocation(u"limits"_s);
    QVERIFY2(!location.isEmpty(), "no database for the test (see the warning above)");
    auto db = bc::Database::open(location);
    QVERIFY(db);
    bc::GroupService groups(**db);
    auto root = groups.create(0, u"MSP"_s, rootLimits);
    QVERIFY(root);
    auto customer = groups.create(root->id, u"Customer"_s, customerLimits);
    QVERIFY(customer);
    auto unit = groups.create(customer->id, u"Unit"_s, unitLimits);
    QVERIFY(unit);

    auto limits = groups.effectiveLimits(unit->id);
    QVERIFY(limits);
    QCOMPARE((*limits)[Resource::Storage].limit, std::optional<qint64>(500));
    QCOMPARE((*limits)[Resource::Servers].limit, std::optional<qint64>(10));
    QCOMPARE((*limits)[Resource::Workstations].limit, std::optional<qint64>(3));
    QCOMPARE((*limits)[Resource::VirtualMachines].limit, std::optional<qint64>());
    auto rootOnly = groups.effectiveLimits(root->id);
    QVERIFY(rootOnly);
    QCOMPARE(*rootOnly, rootLimits);
    auto missing = groups.effectiveLimits(9999);
    QVERIFY(!missing.has_value());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestGroupService::childrenAndAllListTheTree()
{
    QVERIFY(m_groups->create(m_customer.id, u"Engineering"_s));
    auto children = m_groups->children(m_customer.id);
    QVERIFY(children);
    QStringList names;
    for (const Group &child : *children)
        names.append(child.name);
    QCOMPARE(names, (QStringList {u"Engineering"_s, u"Sales"_s}));
    auto all = m_groups->all();
    QVERIFY(all);
    QCOMPARE(all->size(), 4);
    QCOMPARE(all->first().id, m_root.id);
    auto customer = m_groups->group(m_customer.id);
    QVERIFY(customer);
    QCOMPARE(customer->childCount, 2);
    QCOMPARE(customer->accountCount, 0);
}

void TestGroupService::findByPathMatchesFoldedNamesInOrder_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("paths"); // in the order found
    QTest::newRow("a piece of the own name") << u"ale"_s << QStringList {u"Northwind MSP/Contoso/Sales"_s};
    QTest::newRow("case and width do not count") << u"ＳＡＬＥＳ"_s << QStringList {u"Northwind MSP/Contoso/Sales"_s};
    QTest::newRow("the whole path") << u"Northwind MSP/Contoso/Sales"_s
                                    << QStringList {u"Northwind MSP/Contoso/Sales"_s};
    QTest::newRow("pieces of the names above, in order")
        << u"north/sal"_s << QStringList {u"Northwind MSP/Contoso/Sales"_s};
    QTest::newRow("pieces skip groups between") << u"wind / es"_s << QStringList {u"Northwind MSP/Contoso/Sales"_s};
    QTest::newRow("pieces in the wrong order") << u"sales/contoso"_s << QStringList {};
    QTest::newRow("an empty piece is left out")
        << u"contoso/"_s << QStringList {u"Northwind MSP/Contoso"_s, u"Northwind MSP/Fabrikam/Contoso Labs"_s};
    QTest::newRow("one piece per group above") << u"contoso/contoso/sales"_s << QStringList {};
    QTest::newRow("nearer the top first")
        << u"o"_s
        << QStringList {u"Northwind MSP"_s, u"Northwind MSP/Contoso"_s, u"Northwind MSP/Fabrikam/Contoso Labs"_s};
    QTest::newRow("a unit of another customer")
        << u"fab/lab"_s << QStringList {u"Northwind MSP/Fabrikam/Contoso Labs"_s};
    QTest::newRow("nothing typed") << u" / "_s << QStringList {};
    QTest::newRow("no such group") << u"globex"_s << QStringList {};
}

void TestGroupService::findByPathMatchesFoldedNamesInOrder()
{
    QFETCH(QString, text);
    QFETCH(QStringList, paths);
    auto fabrikam = m_groups->create(m_root.id, u"Fabrikam"_s);
    QVERIFY(fabrikam);
    QVERIFY(m_groups->create(fabrikam->id, u"Contoso Labs"_s));
    auto found = m_groups->findByPath(text, 8);
    QVERIFY2(found, found ? "" : qPrintable(describe(found.error())));
    QStringList foundPaths;
    for (const bc::GroupMatch &match : *found) {
        foundPaths.append(match.path);
        QCOMPARE(match.path.section(u'/', -1), match.name);
        QCOMPARE(*m_groups->path(match.id), match.path);
    }
    QCOMPARE(foundPaths, paths);
}

void TestGroupService::findByPathStopsAtTheLimitNamesStartingWithTheTextFirst()
{
    for (const QString &name : {u"Wholesale"_s, u"Presales"_s, u"Sales Team"_s, u"Resale"_s})
        QVERIFY(m_groups->create(m_root.id, name));
    auto found = m_groups->findByPath(u"sale"_s, 3);
    QVERIFY2(found, found ? "" : qPrintable(describe(found.error())));
    QStringList names;
    for (const bc::GroupMatch &match : *found)
        names.append(match.name);
    // Names that start with the text, then nearer the top, then by path.
    QCOMPARE(names, (QStringList {u"Sales Team"_s, u"Sales"_s, u"Presales"_s}));
}

void TestGroupService::findByPathTakesWildcardsLiterally()
{
    QVERIFY(m_groups->create(m_root.id, u"100% Backup_Co"_s));
    QVERIFY(m_groups->create(m_root.id, u"1000 Backup Co"_s));
    for (const QString &text : {u"100%"_s, u"p_c"_s, u"0%"_s}) {
        auto found = m_groups->findByPath(text, 8);
        QVERIFY2(found, found ? "" : qPrintable(describe(found.error())));
        QCOMPARE(found->size(), 1);
        QCOMPARE(found->first().name, u"100% Backup_Co"_s);
    }
    auto none = m_groups->findByPath(u"!"_s, 8);
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestGroupService::pathsGivesThePathsOfManyGroups()
{
    auto paths = m_groups->paths({m_unit.id, m_root.id, 9999});
    QVERIFY2(paths, paths ? "" : qPrintable(describe(paths.error())));
    QCOMPARE(paths->size(), 2);
    QCOMPARE(paths->value(m_unit.id), u"Northwind MSP/Contoso/Sales"_s);
    QCOMPARE(paths->value(m_root.id), u"Northwind MSP"_s);
    auto none = m_groups->paths({});
    QVERIFY(none);
    QVERIFY(none->isEmpty());
}

void TestGroupService::firstStepsSayWhatTheDatabaseHasDone_data()
{
    // What is done before asking; "empty" and "top" start from a database of their own.
    QTest::addColumn<QString>("done");
    // hasRoot, customers, accounts, storages, profiles, email
    QTest::addColumn<QList<bool>>("expected");
    QTest::newRow("a new database") << u"empty"_s << QList<bool> {false, false, false, false, false, false};
    QTest::newRow("only the top group") << u"top"_s << QList<bool> {true, false, false, false, false, false};
    QTest::newRow("a customer") << u""_s << QList<bool> {true, true, false, false, false, false};
    QTest::newRow("a storage of a customer only")
        << u"customer-storage"_s << QList<bool> {true, true, false, false, false, false};
    QTest::newRow("a storage of the top group") << u"storage"_s << QList<bool> {true, true, false, true, false, false};
    QTest::newRow("a profile of the top group") << u"profile"_s << QList<bool> {true, true, false, false, true, false};
    QTest::newRow("an account in a unit") << u"account"_s << QList<bool> {true, true, true, false, false, false};
    QTest::newRow("a mail server") << u"mail"_s << QList<bool> {true, true, false, false, false, true};
}

void TestGroupService::firstStepsSayWhatTheDatabaseHasDone()
{
    QFETCH(QString, done);
    QFETCH(QList<bool>, expected);
    std::unique_ptr<bc::Database> own;
    bc::Database *db = m_db.get();
    if (done == "empty"_L1 || done == "top"_L1) {
        auto opened = bc::Database::open(bc::test::freshLocation(u"firststeps"_s));
        QVERIFY2(opened, opened ? "" : qPrintable(describe(opened.error())));
        own = std::move(*opened);
        db = own.get();
        if (done == "top"_L1)
            QVERIFY(bc::GroupService(*db).createRoot(u"Northwind MSP"_s));
    }
    bc::CatalogService catalog(*db);
    if (done == "customer-storage"_L1)
        QVERIFY(catalog.addStorage({0, m_customer.id, u"EU West"_s, QString()}));
    if (done == "storage"_L1)
        QVERIFY(catalog.addStorage({0, m_root.id, u"MSP cloud"_s, QString()}));
    if (done == "profile"_L1) {
        bc::Profile profile;
        profile.groupId = m_root.id;
        profile.name = u"Standard"_s;
        QVERIFY(catalog.addProfile(profile));
    }
    if (done == "account"_L1) {
        bc::AccountDraft draft;
        draft.login = u"alice"_s;
        draft.email = u"alice@example.com"_s;
        QVERIFY(bc::AccountService(*db).create(m_unit.id, draft));
    }
    if (done == "mail"_L1) {
        bc::SmtpSettings smtp;
        smtp.host = u"mail.example.com"_s;
        smtp.sender = u"backup@example.com"_s;
        QVERIFY(bc::ActivationService(*db).setSmtpSettings(smtp));
    }
    auto steps = bc::GroupService(*db).firstSteps();
    QVERIFY2(steps, steps ? "" : qPrintable(describe(steps.error())));
    const QList<bool> actual {steps->hasRoot,  steps->customers, steps->accounts,
                              steps->storages, steps->profiles,  steps->email};
    QCOMPARE(actual, expected);
}

QTEST_GUILESS_MAIN(TestGroupService)
#include "tst_groupservice.moc"
