#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "core/domain/importmapping.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

class QIODevice;

namespace bc {

class AccountService;
class Authority;
class Database;
class GroupService;

// What an import does, or would do in a dry run, with one record of its file.
enum class ImportOutcome
{
    Create,
    Update,
    Unchanged,
    Disable,
    Delete,
    Error, // the record breaks a rule: nothing is done with it
    Conflict, // someone else changed the account between the check and the write
};

template<> struct EnumKeys<ImportOutcome>
{
    static constexpr std::array entries {
        EnumKey<ImportOutcome> {ImportOutcome::Create, "create"},
        EnumKey<ImportOutcome> {ImportOutcome::Update, "update"},
        EnumKey<ImportOutcome> {ImportOutcome::Unchanged, "unchanged"},
        EnumKey<ImportOutcome> {ImportOutcome::Disable, "disable"},
        EnumKey<ImportOutcome> {ImportOutcome::Delete, "delete"},
        EnumKey<ImportOutcome> {ImportOutcome::Error, "error"},
        EnumKey<ImportOutcome> {ImportOutcome::Conflict, "conflict"},
    };
};

// A field an update changes, as the account's CSV record writes it (AccountCsv).
struct ImportChange
{
    QString field;
    QString before;
    QString after;
};

// One record of an import file and what became of it.
struct ImportRow
{
    qint64 record = 0; // its number in the file, the header being 1
    QStringList fields = {}; // as the file has them
    QString login = {};
    ImportOutcome outcome = ImportOutcome::Error;
    QList<ImportChange> changes = {}; // of an update or a disable
    QList<Error> errors = {}; // of an error or a conflict, each on the field it is about
    QDateTime seen = {}; // when the account the record names was last changed; null: there was none
};

// What a dry run said of one record, which the apply that follows it must find again.
struct ImportSeen
{
    ImportOutcome outcome = ImportOutcome::Error;
    QDateTime seen = {}; // ImportRow::seen
};

// How many records had each outcome.
struct ImportCounts
{
    qint64 created = 0;
    qint64 updated = 0;
    qint64 unchanged = 0;
    qint64 disabled = 0;
    qint64 deleted = 0;
    qint64 errors = 0;
    qint64 conflicts = 0;

    void count(ImportOutcome outcome);
    friend bool operator==(const ImportCounts &, const ImportCounts &) = default;
};

// What an import was asked to do.
struct ImportRequest
{
    qint64 groupId = 0; // the group a record without a `group` names; `group` is a path below it
    bool apply = false; // false: a dry run, which writes nothing
    QString fileName = {}; // for the audit log's batch entry
    // The file's header, once, before its first record.
    std::function<void(const QStringList &header)> header = {};
    // Each record as it is done; false stops the import after the batch under way (Cancel).
    // `bytesRead`: how much of the file is read, for progress.
    std::function<bool(const ImportRow &row, qint64 bytesRead)> row = {};
    // The columns a person chose a field for (ImportMapping::of).
    ImportMapping::Choices columns = {};
    // For an apply after a dry run: what the dry run said of each record, by its number. A record
    // that would now do otherwise, or whose account was changed since, is a conflict and is not
    // written: applying does what the preview showed, or says why not.
    std::optional<QHash<qint64, ImportSeen>> preview = std::nullopt;
    // How many records are checked and written together, at most: their logins looked up in one
    // statement, their new accounts made in one transaction.
    int batchSize = 500;
    // How long an apply's batch should hold the database's writer lock, which every other desk's
    // write waits for: the batches of an apply grow or shrink to take about this long (issue 17: a
    // second desk's adds within 50 ms at p99 during an import).
    int batchMilliseconds = 25;
};

// How an import went.
struct ImportSummary
{
    QStringList header;
    ImportFormat format = ImportFormat::Console;
    QStringList unknownColumns;
    ImportCounts counts;
    bool stopped = false; // the request's `row` said stop: the records after its batch were not read
};

// Imports accounts from a CSV file (CsvReader, ImportMapping) into a group and the groups below
// it, checking every record by the rules the wizard's single creation uses (AccountService::check,
// Authority) and more: a login twice in the file, a login taken outside the group, a group that
// does not exist. A record with an `action` of create, update, disable or delete does that; without
// one, it creates the account its login names, or updates it when it exists. A dry run says for
// every record what applying would do, with an update's changes old → new, and writes nothing.
// Applying writes a batch of records per transaction (the batch sized to hold the writer lock
// about ImportRequest::batchMilliseconds), each record with its audit entry and activation email
// (through the outbox), so that an interrupted import leaves whole records only; importing the
// same file again finds them unchanged and goes on with the rest. Applying ends with one audit
// entry for the whole import, naming the file and its counts. Runs on the thread of its Database.
class AccountImport final
{
    Q_DECLARE_TR_FUNCTIONS(bc::AccountImport)
    Q_DISABLE_COPY_MOVE(AccountImport)

public:
    AccountImport(Database &database, AccountService &accounts, GroupService &groups, Authority &authority);

    // Reads `file` to its end. The error: a problem of the file itself (not of one record), or of the
    // database (the records before it are written whole).
    Result<ImportSummary> run(QIODevice &file, const ImportRequest &request);

    // An errors file: the file's header with `row`, `field` and `message` added, and for each
    // record that was not imported its fields with its errors, so that it can be fixed and
    // imported again as it is (ImportMapping ignores the three columns).
    static QStringList errorHeader(const QStringList &header);
    static QStringList errorRecord(const ImportRow &row, qsizetype columns);
    // An outcome in plain words, as a table of records says it ("create", "conflict").
    static QString outcomeText(ImportOutcome outcome);

private:
    struct GroupFacts
    {
        qint64 id = 0;
        Catalog catalog; // the accounts of the group may use; its ancestry, the group first
        QString path;
    };
    Result<GroupFacts> groupFacts(qint64 groupId);
    Result<GroupFacts> groupBelow(const QString &path);
    // A record on its way: what it would do, and what that needs to be written.
    struct Planned
    {
        ImportRow row;
        AccountDraft draft = {};
        std::optional<Account> existing = {};
        qint64 groupId = 0;
    };
    void plan(Planned &planned, const ImportMapping &mapping);
    // A record that would do otherwise than the preview said becomes a conflict.
    static void compare(ImportRow &row, const QHash<qint64, ImportSeen> &preview);
    // Sets the fields the file gives on `draft`; the errors name the field.
    void read(const QStringList &record, const ImportMapping &mapping, const Catalog &catalog, bool creating,
              AccountDraft &draft, QList<Error> &errors) const;
    QList<ImportChange> changes(const Account &before, const AccountDraft &after, const Catalog &catalog) const;
    void write(QList<Planned> &batch);
    void write(Planned &planned);
    static void refused(ImportRow &row, const Error &error);

    Database &m_db;
    AccountService &m_accounts;
    GroupService &m_groups;
    Authority &m_authority;
    qint64 m_groupId = 0;
    QString m_groupPath;
    QHash<qint64, GroupFacts> m_facts;
    QHash<QString, qint64> m_groupOfPath; // a `group` cell's key → its group
    QHash<QString, qint64> m_recordOfLogin; // login key → the record that named it first
    QSet<QString> m_freeLogins; // the login keys of the batch being imported that no account has
    QHash<QString, Account> m_existing; // the batch's accounts that exist, by login key
};

} // namespace bc
