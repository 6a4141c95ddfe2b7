#include "core/services/accountimport.h"

#include "core/domain/csv.h"
#include "core/domain/fields.h"
#include "core/rules/profilerules.h"
#include "core/services/accountexport.h"
#include "core/services/accountservice.h"
#include "core/services/authority.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/storage/database.h"
#include "tests/common/fixture.h"
#include "tests/common/operators.h"
#include "tests/common/testdatabase.h"

#include <QBuffer>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

using bc::Account;
using bc::AccountImport;
using bc::ImportOutcome;
using bc::ImportRow;
using bc::ImportSummary;
using bc::Resource;
using bc::test::describe;

Q_DECLARE_METATYPE(bc::ImportOutcome)

namespace {

// The header every record of the data-driven test is read under: this console's columns, separated
// by semicolons as Excel in German saves them, with one column the import does not know.
const QByteArray header = "\xEF\xBB\xBFlogin;email;firstName;lastName;group;profile;quota.storage.limit;"
                          "subscriptions;administrator;action;Department\r\n";

struct Imported
{
    ImportSummary summary;
    QList<ImportRow> rows;
};

} // namespace

class TestAccountImport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void aDryRunSaysWhatEachRecordWouldDoAndWritesNothing_data();
    void aDryRunSaysWhatEachRecordWouldDoAndWritesNothing();
    void anUpdateListsTheFieldsItChangesOldAndNew();
    void aLoginTwiceInTheFileIsAnErrorTheSecondTime();
    void applyingDoesWhatTheDryRunSaidAndTwiceChangesNothing();
    void ourOwnExportImportsBackUnchanged();
    void aMicrosoft365ExportCreatesItsUsers();
    void aStoppedImportLeavesWholeRecordsAndResumes();
    void theErrorsFileImportsAgainOnceFixed();
    void anOperatorImportsOnlyWhereItMay();
    void anApplyAfterAPreviewWritesNothingThatChangedSince();
    void aFileWithoutLoginsIsRefusedInPlainWords_data();
    void aFileWithoutLoginsIsRefusedInPlainWords();

private:
    bc::Result<Imported> import(const QByteArray &bytes, qint64 groupId, bool apply,
                                std::optional<bc::Authority> authority = std::nullopt, int stopAfter = -1,
                                int batchSize = 500);
    int count(const QString &sql);

    std::unique_ptr<bc::Database> m_db;
    std::unique_ptr<bc::GroupService> m_groups;
    std::unique_ptr<bc::AccountService> m_accounts;
    QHash<QString, qint64> m_group; // "root", "contoso", "sales", "limited", "fabrikam"
    std::optional<QHash<qint64, bc::ImportSeen>> m_preview; // given to the next import
};

void TestAccountImport::init()
{
    m_db = bc::test::openFresh(u"import"_s);
    QVERIFY(m_db);
    m_groups = std::make_unique<bc::GroupService>(*m_db);
    m_accounts = std::make_unique<bc::AccountService>(*m_db);
    auto root = m_groups->createRoot(u"MSP"_s);
    QVERIFY(root);
    auto contoso = m_groups->create(root->id, u"Contoso"_s);
    QVERIFY(contoso);
    auto sales = m_groups->create(contoso->id, u"Sales"_s);
    QVERIFY(sales);
    bc::Quotas capped;
    capped[Resource::Storage].limit = qint64(100) * 1000 * 1000 * 1000;
    auto limited = m_groups->create(contoso->id, u"Limited"_s, capped);
    QVERIFY(limited);
    auto fabrikam = m_groups->create(root->id, u"Fabrikam"_s);
    QVERIFY(fabrikam);
    m_group = {{u"root"_s, root->id},
               {u"contoso"_s, contoso->id},
               {u"sales"_s, sales->id},
               {u"limited"_s, limited->id},
               {u"fabrikam"_s, fabrikam->id}};
    bc::CatalogService catalog(*m_db);
    bc::Profile standard;
    standard.groupId = contoso->id;
    standard.name = u"Standard"_s;
    standard.quotas[Resource::Storage].limit = qint64(50) * 1000 * 1000 * 1000;
    QVERIFY(catalog.addProfile(standard));
    QVERIFY(catalog.addSubscription({0, root->id, u"PAYG"_s}));
    bc::Profile locked;
    locked.groupId = contoso->id;
    locked.name = u"Locked"_s;
    locked.dataLock = true;
    auto lockedProfile = catalog.addProfile(locked);
    QVERIFY(lockedProfile);
    for (const auto &[login, group] :
         {std::pair {u"ada"_s, contoso->id}, std::pair {u"bob"_s, fabrikam->id}, std::pair {u"kept"_s, contoso->id}}) {
        bc::AccountDraft draft = bc::test::personDraft(login);
        draft.firstName = u"Ada"_s;
        draft.lastName = u"Lovelace"_s;
        if (login == "kept"_L1)
            draft.profileId = lockedProfile->id;
        auto made = m_accounts->create(group, draft, bc::AccountStatus::Active);
        QVERIFY2(made, made ? "" : qPrintable(describe(made.error())));
    }
}

void TestAccountImport::cleanup()
{
    m_accounts.reset();
    m_groups.reset();
    m_db.reset();
}

bc::Result<Imported> TestAccountImport::import(const QByteArray &bytes, qint64 groupId, bool apply,
                                               std::optional<bc::Authority> authority, int stopAfter, int batchSize)
{
    if (!authority) {
        auto anyone = bc::Authority::withoutSignIn(*m_db);
        if (!anyone)
            return bc::fail(anyone.error());
        authority = *anyone;
    }
    QBuffer file;
    file.setData(bytes);
    file.open(QIODevice::ReadOnly);
    Imported imported;
    AccountImport importer(*m_db, *m_accounts, *m_groups, *authority);
    auto summary = importer.run(file,
                                {.groupId = groupId,
                                 .apply = apply,
                                 .fileName = u"users.csv"_s,
                                 .row =
                                     [&](const ImportRow &row, qint64) {
                                         imported.rows.append(row);
                                         return stopAfter < 0 || imported.rows.size() < stopAfter;
                                     },
                                 .preview = m_preview,
                                 .batchSize = batchSize});
    if (!summary)
        return bc::fail(summary.error());
    imported.summary = *summary;
    return imported;
}

void TestAccountImport::anApplyAfterAPreviewWritesNothingThatChangedSince()
{
    const QByteArray file = header
        + "carol;carol@contoso.com;Carol;;;;;;;;\r\n"
          "dave;dave@contoso.com;Dave;;;;;;;;\r\n"
          "ada;ada@contoso.com;Ada Maria;;;;;;;;\r\n"
          "kept;kept@example.com;Kept;;;;;;;;\r\n"
          "bob;;;;;;;;;;\r\n";
    const qint64 contoso = m_group[u"contoso"_s];
    auto preview = import(file, contoso, false);
    QVERIFY(preview);
    QHash<qint64, bc::ImportSeen> seen;
    for (const ImportRow &row : std::as_const(preview->rows))
        seen.insert(row.record, {row.outcome, row.seen});
    QVERIFY(!seen.value(4).seen.isNull()); // ada's account as the preview saw it
    QVERIFY(seen.value(2).seen.isNull()); // carol has none

    // Meanwhile someone else makes carol's account and changes ada's; kept's stays as it was.
    QTest::qWait(5); // a change in the same millisecond would look the same
    bc::AccountDraft carol = bc::test::personDraft(u"carol"_s);
    QVERIFY(m_accounts->create(contoso, carol));
    auto ada = m_accounts->findByLogin(u"ada"_s);
    QVERIFY(ada && *ada);
    auto adaBefore = m_accounts->account((*ada)->id);
    QVERIFY(adaBefore);
    bc::AccountDraft changed = adaBefore->draft();
    changed.lastName = u"King"_s;
    QVERIFY(m_accounts->update((*ada)->id, changed));

    m_preview = seen;
    const QByteArray longer = file + "erin;erin@contoso.com;Erin;;;;;;;;\r\n"; // and the file grew
    auto applied = import(longer, contoso, true);
    m_preview.reset();
    QVERIFY(applied);
    QCOMPARE(applied->summary.counts, (bc::ImportCounts {.created = 1, .updated = 1, .errors = 1, .conflicts = 3}));
    QHash<QString, ImportOutcome> outcomes;
    for (const ImportRow &row : std::as_const(applied->rows))
        outcomes.insert(row.login, row.outcome);
    QCOMPARE(outcomes.value(u"carol"_s), ImportOutcome::Conflict); // the preview said create
    QCOMPARE(outcomes.value(u"ada"_s), ImportOutcome::Conflict); // changed since
    QCOMPARE(outcomes.value(u"erin"_s), ImportOutcome::Conflict); // not in the preview
    QCOMPARE(outcomes.value(u"dave"_s), ImportOutcome::Create);
    QCOMPARE(outcomes.value(u"kept"_s), ImportOutcome::Update);
    QCOMPARE(outcomes.value(u"bob"_s), ImportOutcome::Error); // outside Contoso, as the preview said
    // Nothing of the conflicts was written: ada keeps the other person's change, and no erin.
    auto adaAfter = m_accounts->account((*ada)->id);
    QVERIFY(adaAfter);
    QCOMPARE(adaAfter->firstName, u"Ada"_s);
    QCOMPARE(adaAfter->lastName, u"King"_s);
    auto erin = m_accounts->findByLogin(u"erin"_s);
    QVERIFY(erin && !*erin);
    for (const ImportRow &row : std::as_const(applied->rows)) {
        if (row.outcome == ImportOutcome::Conflict)
            QVERIFY2(!row.errors.isEmpty() && !row.errors.constFirst().message.isEmpty(), qPrintable(row.login));
    }
}

int TestAccountImport::count(const QString &sql)
{
    auto query = m_db->run(sql);
    return query && query->next() ? query->value(0).toInt() : -1;
}

void TestAccountImport::aDryRunSaysWhatEachRecordWouldDoAndWritesNothing_data()
{
    QTest::addColumn<QByteArray>("record");
    QTest::addColumn<ImportOutcome>("outcome");
    QTest::addColumn<QString>("field"); // of the error

    const auto row = [](const char *name, const char *record, ImportOutcome outcome, const QString &field = {}) {
        QTest::newRow(name) << QByteArray(record) << outcome << field;
    };
    row("a new login creates", "carol;carol@contoso.com;Carol;Smith;;;;;;;IT", ImportOutcome::Create);
    row("in a group below, with a profile, a quota and a subscription",
        "carol;carol@contoso.com;Carol;Smith;Sales;standard;20 GB;PAYG;no;;", ImportOutcome::Create);
    row("an existing login updates", "ada;ada@contoso.com;Ada Maria;;;;;;;;", ImportOutcome::Update);
    row("the same values are unchanged", "ADA;ada@contoso.com;Ada;Lovelace;;;;;;;", ImportOutcome::Unchanged);
    row("disable", "ada;;;;;;;;;disable;", ImportOutcome::Disable);
    row("delete", "ada;;;;;;;;;Delete;", ImportOutcome::Delete);
    row("delete of an account on a data-locked profile", "kept;;;;;;;;;delete;", ImportOutcome::Error, u"profile"_s);
    row("a login taken outside the group", "bob;bob@fabrikam.com;Bob;;;;;;;;", ImportOutcome::Error, u"login"_s);
    row("create of a login that exists", "ada;ada@contoso.com;;;;;;;;create;", ImportOutcome::Error, u"login"_s);
    row("update of a login that does not", "carol;carol@contoso.com;;;;;;;;update;", ImportOutcome::Error, u"login"_s);
    row("an action it does not know", "carol;carol@contoso.com;;;;;;;;merge;", ImportOutcome::Error, u"action"_s);
    row("a login with a space", "carol smith;carol@contoso.com;;;;;;;;;", ImportOutcome::Error, u"login"_s);
    row("no login", ";carol@contoso.com;Carol;;;;;;;;", ImportOutcome::Error, u"login"_s);
    row("a bad email", "carol;carol(at)contoso.com;;;;;;;;;", ImportOutcome::Error, u"email"_s);
    row("a group that does not exist", "carol;carol@contoso.com;;;Nowhere;;;;;;", ImportOutcome::Error, u"group"_s);
    row("a group beside, not below", "carol;carol@contoso.com;;;Fabrikam;;;;;;", ImportOutcome::Error, u"group"_s);
    row("moving an account", "ada;ada@contoso.com;;;Sales;;;;;;", ImportOutcome::Error, u"group"_s);
    row("a profile that does not exist", "carol;carol@contoso.com;;;;Gold;;;;;", ImportOutcome::Error, u"profile"_s);
    row("a subscription that does not exist", "carol;carol@contoso.com;;;;;;\"PAYG; Gold\";;;", ImportOutcome::Error,
        u"subscriptions"_s);
    row("a quota that is no amount", "carol;carol@contoso.com;;;;;lots;;;;", ImportOutcome::Error,
        u"quota.storage.limit"_s);
    row("a quota above the group's limit", "carol;carol@contoso.com;;;Limited;;200 GB;;;;", ImportOutcome::Error,
        u"quota.storage.limit"_s);
    row("within the group's limit", "carol;carol@contoso.com;;;Limited;;100 GB;;;;", ImportOutcome::Create);
    row("a switch that is no yes or no", "carol;carol@contoso.com;;;;;;;maybe;;", ImportOutcome::Error,
        u"administrator"_s);
    row("an administrator without phone and address", "carol;carol@contoso.com;;;;;;;yes;;", ImportOutcome::Error,
        u"phone"_s);
}

void TestAccountImport::aDryRunSaysWhatEachRecordWouldDoAndWritesNothing()
{
    QFETCH(QByteArray, record);
    QFETCH(ImportOutcome, outcome);
    QFETCH(QString, field);
    const int accounts = count(u"SELECT count(*) FROM accounts"_s);
    const int entries = count(u"SELECT count(*) FROM audit_log"_s);
    auto imported = import(header + record + "\r\n", m_group[u"contoso"_s], false);
    QVERIFY2(imported, imported ? "" : qPrintable(describe(imported.error())));
    QCOMPARE(imported->rows.size(), 1);
    const ImportRow &row = imported->rows.constFirst();
    QCOMPARE(row.record, 2);
    QVERIFY2(
        row.outcome == outcome,
        qPrintable(bc::toKey(row.outcome) + u": "_s + (row.errors.isEmpty() ? QString() : row.errors.first().message)));
    if (field.isEmpty()) {
        QCOMPARE(row.errors.size(), 0);
    } else {
        QVERIFY(!row.errors.isEmpty());
        QCOMPARE(row.errors.first().field, field);
        QVERIFY(!row.errors.first().message.isEmpty());
    }
    QCOMPARE(imported->summary.unknownColumns, QStringList {u"Department"_s});
    // Nothing is written by a dry run.
    QCOMPARE(count(u"SELECT count(*) FROM accounts"_s), accounts);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), entries);
}

void TestAccountImport::anUpdateListsTheFieldsItChangesOldAndNew()
{
    auto imported =
        import(header + "ada;ada@contoso.com;Ada Maria;;;Standard;;PAYG;;;\r\n", m_group[u"contoso"_s], false);
    QVERIFY(imported);
    const ImportRow &row = imported->rows.constFirst();
    QCOMPARE(row.outcome, ImportOutcome::Update);
    QStringList changes;
    for (const bc::ImportChange &change : row.changes)
        changes.append(u"%1: %2 → %3"_s.arg(change.field, change.before, change.after));
    // The profile brings its storage quota; the empty cells leave their fields as they are, and so
    // does the display name the account was given.
    QCOMPARE(changes,
             (QStringList {u"firstName: Ada → Ada Maria"_s, u"profile:  → Standard"_s, u"subscriptions:  → PAYG"_s,
                           u"quota.storage.limit: unlimited → 50 GB"_s}));
}

void TestAccountImport::aLoginTwiceInTheFileIsAnErrorTheSecondTime()
{
    auto imported = import(header
                               + "carol;carol@contoso.com;;;;;;;;;\r\nada;ada@contoso.com;;;;;;;;;\r\n"
                                 "Carol;other@contoso.com;;;;;;;;;\r\n",
                           m_group[u"contoso"_s], false);
    QVERIFY(imported);
    QCOMPARE(imported->rows.size(), 3);
    QCOMPARE(imported->rows.at(0).outcome, ImportOutcome::Create);
    QCOMPARE(imported->rows.at(2).outcome, ImportOutcome::Error);
    QCOMPARE(imported->rows.at(2).errors.first().field, u"login"_s);
    QVERIFY2(imported->rows.at(2).errors.first().message.contains(u"record 2"_s),
             qPrintable(imported->rows.at(2).errors.first().message));
}

void TestAccountImport::applyingDoesWhatTheDryRunSaidAndTwiceChangesNothing()
{
    const QByteArray file = header
        + "carol;carol@contoso.com;Carol;Smith;Sales;Standard;20 GB;PAYG;;;\r\n"
          "dave;dave@contoso.com;Dave;Jones;;;;;;;\r\n"
          "ada;ada@contoso.com;Ada Maria;;;;;;;;\r\n"
          "bob;bob@fabrikam.com;Bob;;;;;;;;\r\n"
          "erin;not-an-address;Erin;;;;;;;;\r\n";
    const qint64 contoso = m_group[u"contoso"_s];
    auto preview = import(file, contoso, false);
    QVERIFY(preview);
    const bc::ImportCounts expected {.created = 2, .updated = 1, .errors = 2};
    QCOMPARE(preview->summary.counts, expected);

    auto applied = import(file, contoso, true);
    QVERIFY(applied);
    QCOMPARE(applied->summary.counts, expected);
    for (qsizetype i = 0; i < preview->rows.size(); ++i)
        QCOMPARE(applied->rows.at(i).outcome, preview->rows.at(i).outcome);

    auto carol = m_accounts->findByLogin(u"carol"_s);
    QVERIFY(carol && *carol);
    auto stored = m_accounts->account((*carol)->id);
    QVERIFY(stored);
    QCOMPARE(stored->groupId, m_group[u"sales"_s]);
    QCOMPARE(stored->quotas[Resource::Storage].limit, std::optional<qint64>(qint64(20) * 1000 * 1000 * 1000));
    QCOMPARE(stored->subscriptionIds.size(), 1);
    QVERIFY(stored->profileId != 0);
    QCOMPARE(stored->status, bc::AccountStatus::Inactive);
    auto ada = m_accounts->findByLogin(u"ada"_s);
    QVERIFY(ada && *ada);
    QCOMPARE((*ada)->firstName, u"Ada Maria"_s);
    // One entry per account, and one for the import naming the file and its counts.
    QCOMPARE(
        count(u"SELECT count(*) FROM audit_log WHERE action = 'account.created' AND summary IN ('carol', 'dave')"_s),
        2);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'account.changed' AND summary = 'ada'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE action = 'accounts.imported' AND summary = 'users.csv'"_s),
             1);
    // Activation emails wait in the outbox; the import did not send them.
    QCOMPARE(count(u"SELECT count(*) FROM outbox"_s), 2);

    const int entries = count(u"SELECT count(*) FROM audit_log"_s);
    auto again = import(file, contoso, true);
    QVERIFY(again);
    QCOMPARE(again->summary.counts, (bc::ImportCounts {.unchanged = 3, .errors = 2}));
    // The second time writes only the import's own entry.
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), entries + 1);
}

void TestAccountImport::ourOwnExportImportsBackUnchanged()
{
    // What `account list --csv` and the console's Export… write (AccountExport) reads back as it is.
    bc::AccountDraft draft = bc::test::personDraft(u"frank"_s);
    draft.mobile = u"+41791234567"_s; // the formula guard writes it as '+41…
    draft.administrator = true;
    bc::CatalogService catalogs(*m_db);
    auto catalog = catalogs.catalog(m_group[u"sales"_s]);
    QVERIFY(catalog);
    draft.profileId = catalog->profiles.first().id;
    draft.subscriptionIds = {catalog->subscriptions.first().id};
    draft.quotas[Resource::Workstations] = {3, 1};
    draft.overrides.insert(bc::ProfileRules::quotaKey(Resource::Workstations));
    auto frank = m_accounts->create(m_group[u"sales"_s], draft);
    QVERIFY2(frank, frank ? "" : qPrintable(describe(frank.error())));
    bc::AccountQuery query;
    query.groupId = m_group[u"contoso"_s];
    query.includeSubgroups = true;
    QString file;
    auto written =
        bc::AccountExport(*m_accounts, *m_groups, catalogs).run(query, -1, [&file](const QString &text, qint64) {
            file += text;
            return true;
        });
    QVERIFY2(written, written ? "" : qPrintable(describe(written.error())));
    QCOMPARE(*written, 3); // ada, kept and frank
    QVERIFY(file.contains(u"'+41791234567"_s));
    QVERIFY(file.contains(u",Sales,"_s));
    auto imported = import(file.toUtf8(), m_group[u"contoso"_s], false);
    QVERIFY(imported);
    QCOMPARE(imported->summary.counts, (bc::ImportCounts {.unchanged = 3}));
}

void TestAccountImport::aMicrosoft365ExportCreatesItsUsers()
{
    const QByteArray file = "Block credential,City,Country/Region,Display name,First name,Last name,Licenses,"
                            "Mobile phone,Phone number,Postal code,State,Street address,User principal name\r\n"
                            "False,Redmond,United States,Megan Bowen,Megan,Bowen,Microsoft 365 E5,+1 425 555 0109,"
                            "+1 425 555 0100,98052,WA,1 Microsoft Way,MeganB@contoso.onmicrosoft.com\r\n";
    auto imported = import(file, m_group[u"contoso"_s], true);
    QVERIFY(imported);
    QCOMPARE(imported->summary.format, bc::ImportFormat::Microsoft365);
    QCOMPARE(imported->summary.counts, (bc::ImportCounts {.created = 1}));
    QCOMPARE(imported->summary.unknownColumns, (QStringList {u"Block credential"_s, u"Licenses"_s}));
    auto megan = m_accounts->findByLogin(u"meganb@contoso.onmicrosoft.com"_s);
    QVERIFY(megan && *megan);
    QCOMPARE((*megan)->email, u"MeganB@contoso.onmicrosoft.com"_s);
    QCOMPARE((*megan)->displayName, u"Megan Bowen"_s);
    QCOMPARE((*megan)->mobile, u"+14255550109"_s);
    QCOMPARE((*megan)->phone, u"+1 425 555 0100"_s);
    QCOMPARE((*megan)->address, u"1 Microsoft Way, Redmond, WA, 98052, United States"_s);
}

void TestAccountImport::aStoppedImportLeavesWholeRecordsAndResumes()
{
    QByteArray file = header;
    for (int i = 0; i < 6; ++i)
        file += "user" + QByteArray::number(i) + ";user" + QByteArray::number(i) + "@contoso.com;;;;;;;;;\r\n";
    // Cancel after the third record: the batch it is in (of two) is done, the rest is not read.
    auto stopped = import(file, m_group[u"contoso"_s], true, std::nullopt, 3, 2);
    QVERIFY(stopped);
    QVERIFY(stopped->summary.stopped);
    QCOMPARE(stopped->summary.counts, (bc::ImportCounts {.created = 4}));
    QCOMPARE(count(u"SELECT count(*) FROM accounts WHERE login LIKE 'user%'"_s), 4);
    auto resumed = import(file, m_group[u"contoso"_s], true, std::nullopt, -1, 2);
    QVERIFY(resumed);
    QCOMPARE(resumed->summary.counts, (bc::ImportCounts {.created = 2, .unchanged = 4}));
    QCOMPARE(count(u"SELECT count(*) FROM accounts WHERE login LIKE 'user%'"_s), 6);
}

void TestAccountImport::theErrorsFileImportsAgainOnceFixed()
{
    const QByteArray file = header + "carol;carol(at)contoso.com;Carol;;;;;;;;IT\r\ndave;dave@contoso.com;;;;;;;;;\r\n";
    auto imported = import(file, m_group[u"contoso"_s], true);
    QVERIFY(imported);
    QCOMPARE(imported->summary.counts, (bc::ImportCounts {.created = 1, .errors = 1}));
    const ImportRow &bad = imported->rows.first();
    const qsizetype columns = imported->summary.header.size();
    const QStringList errorHeader = AccountImport::errorHeader(imported->summary.header);
    QStringList record = AccountImport::errorRecord(bad, columns);
    QCOMPARE(record.size(), errorHeader.size());
    QCOMPARE(record.mid(columns), (QStringList {u"2"_s, u"email"_s, bad.errors.first().message}));
    record[1] = u"carol@contoso.com"_s; // fixed in a spreadsheet
    auto again = import((bc::Csv::row(errorHeader) + bc::Csv::row(record)).toUtf8(), m_group[u"contoso"_s], true);
    QVERIFY(again);
    QCOMPARE(again->summary.counts, (bc::ImportCounts {.created = 1}));
    QCOMPARE(again->summary.unknownColumns, QStringList {u"Department"_s});
}

void TestAccountImport::anOperatorImportsOnlyWhereItMay()
{
    // A helpdesk operator of Sales: it creates and edits accounts there and below, nowhere else.
    auto helpdesk = bc::test::makeOperatorWith(
        *m_db, m_group[u"sales"_s], u"sales-desk"_s,
        bc::Permissions(bc::Permission::CreateAccounts) | bc::Permission::EditAccounts, u"correct horse battery"_s);
    QVERIFY2(helpdesk, helpdesk ? "" : qPrintable(describe(helpdesk.error())));
    auto authority =
        bc::Authority::of(*m_db, {helpdesk->id, helpdesk->login, helpdesk->groupId, false, helpdesk->securityGroupIds});
    QVERIFY(authority);
    const QByteArray file = header
        + "carol;carol@contoso.com;;;Sales;;;;;;\r\n"
          "dave;dave@contoso.com;;;;;;;;;\r\n"
          "ada;ada@contoso.com;Ada Maria;;;;;;;;\r\n"
          "erin;erin@contoso.com;;;Sales;;;;yes;;\r\n";
    auto imported = import(file, m_group[u"contoso"_s], false, *authority);
    QVERIFY(imported);
    QCOMPARE(imported->rows.at(0).outcome, ImportOutcome::Create);
    for (int i : {1, 2}) {
        QCOMPARE(imported->rows.at(i).outcome, ImportOutcome::Error);
        QCOMPARE(imported->rows.at(i).errors.first().code, bc::Error::Code::NotAllowed);
    }
    // It may not make an administrator: it is none.
    QCOMPARE(imported->rows.at(3).outcome, ImportOutcome::Error);
}

void TestAccountImport::aFileWithoutLoginsIsRefusedInPlainWords_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("says");
    QTest::newRow("empty") << QByteArray() << u"The file is empty"_s;
    QTest::newRow("no login column") << QByteArray("Name,Mail\nAda,ada@contoso.com\n") << u"no login column"_s;
    QTest::newRow("a quote never closed") << QByteArray("login,email\nada,\"ada@contoso.com\n") << u"never closed"_s;
}

void TestAccountImport::aFileWithoutLoginsIsRefusedInPlainWords()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, says);
    auto imported = import(file, m_group[u"contoso"_s], false);
    QVERIFY(!imported);
    QVERIFY2(imported.error().message.contains(says), qPrintable(imported.error().message));
}

QTEST_GUILESS_MAIN(TestAccountImport)
#include "tst_accountimport.moc"
