#include "core/services/accountimport.h"

#include "core/domain/accountcsv.h"
#include "core/domain/auditentry.h"
#include "core/domain/fields.h"
#include "core/platform/csvreader.h"
#include "core/rules/accountrules.h"
#include "core/rules/catalognames.h"
#include "core/rules/groupdefaults.h"
#include "core/rules/profilerules.h"
#include "core/services/accountservice.h"
#include "core/services/authority.h"
#include "core/services/groupservice.h"
#include "core/storage/accountstore.h"
#include "core/storage/auditstore.h"
#include "core/storage/catalogstore.h"
#include "core/storage/database.h"

#include <QElapsedTimer>
#include <QIODevice>
#include <QJsonObject>
#include <QLocale>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

enum class Action
{
    CreateOrUpdate,
    Create,
    Update,
    Disable,
    Delete,
};

std::optional<Action> actionOf(const QString &text)
{
    const QString key = text.trimmed().toCaseFolded();
    if (key.isEmpty())
        return Action::CreateOrUpdate;
    if (key == "create"_L1)
        return Action::Create;
    if (key == "update"_L1)
        return Action::Update;
    if (key == "disable"_L1)
        return Action::Disable;
    if (key == "delete"_L1)
        return Action::Delete;
    return std::nullopt;
}

std::optional<bool> switchOf(const QString &text)
{
    const QString key = text.trimmed().toCaseFolded();
    if (key == "yes"_L1 || key == "true"_L1 || key == "1"_L1)
        return true;
    if (key == "no"_L1 || key == "false"_L1 || key == "0"_L1)
        return false;
    return std::nullopt;
}

// The id of the item named `name`.
template<typename T> std::optional<qint64> idNamed(const QList<T> &items, const QString &name)
{
    if (const T *item = catalogItemNamed(items, name))
        return item->id;
    return std::nullopt;
}

} // namespace

AccountImport::AccountImport(Database &database, AccountService &accounts, GroupService &groups, Authority &authority)
    : m_db(database)
    , m_accounts(accounts)
    , m_groups(groups)
    , m_authority(authority)
{
}

Result<ImportSummary> AccountImport::run(QIODevice &file, const ImportRequest &request)
{
    m_facts.clear();
    m_groupOfPath.clear();
    m_recordOfLogin.clear();
    m_groupId = request.groupId;
    auto top = groupFacts(request.groupId);
    if (!top)
        return fail(top.error());
    m_groupPath = top->path;

    CsvReader reader(file);
    ImportSummary summary;
    const std::optional<QStringList> header = reader.next();
    if (!header) {
        if (!reader.errorString().isEmpty())
            return fail(Error::Code::Invalid, QString(), reader.errorString());
        return fail(Error::Code::Invalid, QString(), tr("The file is empty: it needs a header naming its columns."));
    }
    summary.header = *header;
    if (request.header)
        request.header(*header);
    const ImportMapping mapping = ImportMapping::of(*header, request.columns);
    summary.format = mapping.format();
    summary.unknownColumns = mapping.unknownColumns();
    if (!mapping.has(Field::login))
        return fail(Error::Code::Invalid, Field::login,
                    tr("The file has no login column: name one \"login\" (or, in an export of Microsoft 365 or "
                       "Google Workspace, \"User principal name\" or \"Email Address\")."));

    // Records are read, checked and written a batch at a time: which of their logins are free is asked
    // once per batch, and its new accounts are made in one transaction, so that a file of new
    // accounts costs a few statements and one commit per batch, not per record. Cancel stops after
    // the batch under way. An apply's batch holds the database's writer lock while it writes, and
    // every other desk's "Add account" waits for it: its size follows how long the last one wrote,
    // so that each holds the lock about request.batchMilliseconds.
    const qsizetype largest = std::max(1, request.batchSize);
    const qsizetype smallest = std::min<qsizetype>(largest, 20);
    qsizetype batchSize = request.apply ? smallest : largest;
    bool more = true;
    while (more && !summary.stopped) {
        QList<Planned> batch;
        while (batch.size() < batchSize) {
            std::optional<QStringList> record = reader.next();
            if (!record) {
                more = false;
                break;
            }
            if (std::all_of(record->cbegin(), record->cend(), [](const QString &field) { return field.isEmpty(); }))
                continue; // a spreadsheet's empty line ";;;;"
            batch.append({.row = {.record = reader.recordNumber(), .fields = *std::move(record)}});
        }
        QStringList logins;
        for (const Planned &planned : std::as_const(batch))
            logins.append(mapping.value(planned.row.fields, Field::login));
        auto free = AccountStore(m_db).freeLogins(logins);
        if (!free)
            return fail(free.error());
        m_freeLogins.clear();
        for (const QString &login : std::as_const(*free))
            m_freeLogins.insert(AccountRules::loginKey(login));
        // The accounts of the batch's taken logins, read together.
        QStringList taken;
        for (const QString &login : std::as_const(logins)) {
            if (!m_freeLogins.contains(AccountRules::loginKey(login)))
                taken.append(login);
        }
        auto existing = m_accounts.findByLogins(taken);
        if (!existing)
            return fail(existing.error());
        m_existing = *std::move(existing);
        for (Planned &planned : batch) {
            plan(planned, mapping);
            if (request.preview)
                compare(planned.row, *request.preview);
        }
        if (request.apply) {
            QElapsedTimer writing;
            writing.start();
            write(batch);
            // At most twice as many next time: a first batch that read a cold cache says little.
            const double took = std::max<double>(1, static_cast<double>(writing.elapsed()));
            const auto fitting =
                static_cast<qsizetype>(static_cast<double>(batch.size()) * request.batchMilliseconds / took);
            batchSize = std::clamp(fitting, smallest, std::min(largest, 2 * std::max(batchSize, batch.size())));
        }
        for (const Planned &planned : std::as_const(batch)) {
            // A lost server or a full disk is no fault of the record: the import stops there, whole
            // records written, to be run again.
            if (!planned.row.errors.isEmpty() && planned.row.errors.constFirst().isDatabaseProblem())
                return fail(planned.row.errors.constFirst());
        }
        for (const Planned &planned : std::as_const(batch)) {
            summary.counts.count(planned.row.outcome);
            if (request.row && !request.row(planned.row, reader.bytesRead()))
                summary.stopped = true;
        }
    }
    if (!summary.stopped && !reader.errorString().isEmpty())
        return fail(Error::Code::Invalid, QString(), reader.errorString());

    if (request.apply) {
        AuditEntry entry;
        entry.action = u"accounts.imported"_s;
        entry.objectType = u"group"_s;
        entry.objectId = request.groupId;
        entry.groupId = request.groupId;
        entry.summary = request.fileName;
        entry.after = QJsonObject {
            {u"file"_s, request.fileName},
            {u"created"_s, summary.counts.created},
            {u"updated"_s, summary.counts.updated},
            {u"unchanged"_s, summary.counts.unchanged},
            {u"disabled"_s, summary.counts.disabled},
            {u"deleted"_s, summary.counts.deleted},
            {u"errors"_s, summary.counts.errors},
            {u"conflicts"_s, summary.counts.conflicts},
            {u"stopped"_s, summary.stopped},
        };
        if (auto audited = m_db.write([&] { return AuditStore(m_db).append(entry); }); !audited)
            return fail(audited.error());
    }
    return summary;
}

void AccountImport::plan(Planned &planned, const ImportMapping &mapping)
{
    ImportRow &row = planned.row;
    AccountDraft &draft = planned.draft;
    std::optional<Account> &existing = planned.existing;
    qint64 &groupId = planned.groupId;
    const auto refuse = [&row](const Error &error) {
        row.outcome = ImportOutcome::Error;
        row.errors.append(error);
    };
    row.login = mapping.value(row.fields, Field::login);
    if (auto valid = AccountRules::checkLogin(row.login); !valid)
        return refuse(valid.error());
    const std::optional<Action> action = actionOf(mapping.value(row.fields, ImportMapping::action));
    if (!action)
        return refuse({Error::Code::Invalid, ImportMapping::action,
                       tr("The action \"%1\" is none of create, update, disable and delete.")
                           .arg(mapping.value(row.fields, ImportMapping::action))});
    const QString key = AccountRules::loginKey(row.login);
    if (const auto first = m_recordOfLogin.constFind(key); first != m_recordOfLogin.cend())
        return refuse({Error::Code::Invalid, Field::login,
                       tr("The login \"%1\" is already in record %2 of this file; a file names each account once.")
                           .arg(row.login)
                           .arg(*first)});
    m_recordOfLogin.insert(key, row.record);

    // The group a `group` cell names, below the import's; without one, the import's.
    std::optional<GroupFacts> named;
    if (const QString below = mapping.value(row.fields, Field::group); !below.isEmpty()) {
        auto facts = groupBelow(below);
        if (!facts)
            return refuse(facts.error());
        named = *facts;
    }

    // The batch read the accounts of its taken logins; a free login no account has (one an earlier
    // record of the batch creates is that record's, and a second record of it was refused above).
    if (const auto found = m_existing.constFind(key); found != m_existing.cend()) {
        existing = *found;
        row.seen = existing->updatedAt;
    }
    if (existing) {
        auto facts = groupFacts(existing->groupId);
        if (!facts)
            return refuse(facts.error());
        if (!facts->catalog.ancestry.contains(m_groupId))
            return refuse({Error::Code::LoginTaken, Field::login,
                           tr("The login \"%1\" is taken by an account outside \"%2\"; logins are unique across "
                              "all organizations.")
                               .arg(row.login, m_groupPath)});
        if (*action == Action::Create)
            return refuse(
                {Error::Code::LoginTaken, Field::login, AccountService::loginTakenMessage(row.login, QString())});
        if (named && named->id != existing->groupId)
            return refuse({Error::Code::Invalid, Field::group,
                           tr("The account \"%1\" is in \"%2\"; an import does not move accounts to another group.")
                               .arg(row.login, facts->path)});
        groupId = existing->groupId;
    } else {
        if (*action != Action::CreateOrUpdate && *action != Action::Create)
            return refuse({Error::Code::NotFound, Field::login,
                           tr("There is no account with the login \"%1\" in \"%2\".").arg(row.login, m_groupPath)});
        groupId = named ? named->id : m_groupId;
    }

    if (*action == Action::Delete || *action == Action::Disable) {
        const Permission needed = *action == Action::Delete ? Permission::DeleteAccounts : Permission::EditAccounts;
        if (auto allowed = m_authority.allows(needed, groupId); !allowed)
            return refuse(allowed.error());
        if (*action == Action::Delete) {
            // The refusal removeAll() would give (a data-locked profile), said by the dry run too.
            auto refusal = m_accounts.deleteRefusal({existing->id});
            if (!refusal)
                return refuse(refusal.error());
            if (!refusal->isEmpty())
                return refuse({Error::Code::NotAllowed, Field::profile, *refusal});
            row.outcome = ImportOutcome::Delete;
        } else if (existing->status == AccountStatus::Disabled) {
            row.outcome = ImportOutcome::Unchanged;
        } else {
            row.outcome = ImportOutcome::Disable;
            row.changes.append({u"status"_s, toKey(existing->status), toKey(AccountStatus::Disabled)});
        }
        return;
    }

    auto facts = groupFacts(groupId);
    if (!facts)
        return refuse(facts.error());
    const Catalog &catalog = facts->catalog;
    draft = existing ? existing->draft() : GroupDefaults::newDraft(catalog);
    read(row.fields, mapping, catalog, !existing, draft, row.errors);
    if (!row.errors.isEmpty()) {
        row.outcome = ImportOutcome::Error;
        return;
    }

    // Checked as create() and update() check: the prepared draft is what they would store.
    AccountDraft prepared = draft;
    const QList<Error> errors = m_accounts.check(catalog, prepared, existing ? &*existing : nullptr, !existing);
    if (!errors.isEmpty()) {
        row.outcome = ImportOutcome::Error;
        row.errors = errors;
        return;
    }
    if (existing) {
        if (auto allowed = m_authority.allows(Permission::EditAccounts, groupId); !allowed)
            return refuse(allowed.error());
        if (auto granted = m_authority.mayGrantChange(*existing, prepared); !granted)
            return refuse(granted.error());
        row.changes = changes(*existing, prepared, catalog);
        row.outcome = row.changes.isEmpty() ? ImportOutcome::Unchanged : ImportOutcome::Update;
    } else {
        if (auto allowed = m_authority.allows(Permission::CreateAccounts, groupId); !allowed)
            return refuse(allowed.error());
        if (auto granted = m_authority.mayGrant(prepared.administrator, prepared.securityGroupIds); !granted)
            return refuse(granted.error());
        row.outcome = ImportOutcome::Create;
    }
}

void AccountImport::read(const QStringList &record, const ImportMapping &mapping, const Catalog &catalog, bool creating,
                         AccountDraft &draft, QList<Error> &errors) const
{
    // An empty cell leaves the field as it is: the account's on an update, the group's default on a create.
    const auto text = [&](const QString &field, QString &into) {
        if (const QString value = mapping.value(record, field); !value.isEmpty())
            into = value;
    };
    if (creating)
        text(Field::login, draft.login);
    text(Field::email, draft.email);
    text(Field::firstName, draft.firstName);
    text(Field::lastName, draft.lastName);
    text(Field::displayName, draft.displayName);
    text(Field::notificationEmail, draft.notificationEmail);
    text(Field::mobile, draft.mobile);
    text(Field::phone, draft.phone);
    text(Field::address, draft.address);
    const auto yesNo = [&](const QString &field, bool &into) {
        const QString value = mapping.value(record, field);
        if (value.isEmpty())
            return;
        if (const std::optional<bool> on = switchOf(value))
            into = *on;
        else
            errors.append({Error::Code::Invalid, field, tr("Write yes or no, not \"%1\".").arg(value)});
    };
    yesNo(Field::administrator, draft.administrator);
    if (creating)
        yesNo(ImportMapping::sendActivation, draft.sendActivationEmail);

    if (const QString name = mapping.value(record, Field::profile); !name.isEmpty()) {
        if (const std::optional<qint64> id = idNamed(catalog.profiles, name)) {
            draft.profileId = *id;
        } else {
            errors.append({Error::Code::NotFound, Field::profile,
                           tr("There is no profile \"%1\" in this group or a group above it.").arg(name)});
        }
    }
    if (const QString name = mapping.value(record, Field::storage); !name.isEmpty()) {
        if (const std::optional<qint64> id = idNamed(catalog.storages, name)) {
            draft.storageId = *id;
        } else {
            errors.append({Error::Code::NotFound, Field::storage,
                           tr("There is no storage \"%1\" in this group or a group above it.").arg(name)});
        }
    }
    const auto names = [&](const QString &field, const auto &items, QList<qint64> &into, const QString &missing) {
        const QString value = mapping.value(record, field);
        if (value.isEmpty())
            return;
        QList<qint64> ids;
        for (const QString &part : value.split(u';', Qt::SkipEmptyParts)) {
            const QString name = part.trimmed();
            if (name.isEmpty())
                continue;
            if (const std::optional<qint64> id = idNamed(items, name)) {
                if (!ids.contains(*id))
                    ids.append(*id);
            } else {
                errors.append({Error::Code::NotFound, field, missing.arg(name)});
                return;
            }
        }
        std::ranges::sort(ids);
        into = ids;
    };
    names(Field::subscriptions, catalog.subscriptions, draft.subscriptionIds,
          tr("There is no subscription \"%1\" in this group or a group above it."));
    names(Field::securityGroups, catalog.securityGroups, draft.securityGroupIds,
          tr("There is no security group \"%1\" in this group or a group above it."));

    // Quotas the file gives are the account's own where they differ from its profile's.
    const QLocale c = QLocale::c();
    QSet<QString> given;
    for (Resource resource : allResources) {
        Quota &quota = draft.quotas[resource];
        if (const QString limitText = mapping.value(record, Field::quotaLimit(resource)); !limitText.isEmpty()) {
            auto limit = Quotas::parseLimit(resource, limitText, Field::quotaLimit(resource), c);
            if (limit)
                quota.limit = *limit;
            else
                errors.append(limit.error());
            given.insert(ProfileRules::quotaKey(resource));
        }
        if (const QString overageText = mapping.value(record, Field::quotaOverage(resource)); !overageText.isEmpty()) {
            auto overage = Quotas::parseOverage(resource, overageText, Field::quotaOverage(resource), c);
            if (overage)
                quota.overage = *overage;
            else
                errors.append(overage.error());
            given.insert(ProfileRules::quotaKey(resource));
        }
    }
    if (draft.profileId != 0 && !given.isEmpty()) {
        const auto profile = std::find_if(catalog.profiles.cbegin(), catalog.profiles.cend(),
                                          [&draft](const Profile &p) { return p.id == draft.profileId; });
        if (profile != catalog.profiles.cend()) {
            const QSet<QString> differing = ProfileRules::differences(*profile, draft);
            for (const QString &key : std::as_const(given)) {
                if (differing.contains(key))
                    draft.overrides.insert(key);
                else
                    draft.overrides.remove(key);
            }
        }
    }
}

QList<ImportChange> AccountImport::changes(const Account &before, const AccountDraft &after,
                                           const Catalog &catalog) const
{
    Account changed = before;
    static_cast<AccountDraft &>(changed) = after;
    const QStringList columns = AccountCsv::columns();
    const QStringList old = AccountCsv::fields(before, AccountCsv::namesIn(catalog, before, QString()));
    const QStringList now = AccountCsv::fields(changed, AccountCsv::namesIn(catalog, changed, QString()));
    QList<ImportChange> result;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        if (old.value(i) != now.value(i))
            result.append({columns.at(i), old.value(i), now.value(i)});
    }
    return result;
}

void AccountImport::write(QList<Planned> &batch)
{
    // The batch's new accounts together; when one of them is refused (someone took its login
    // meanwhile), nothing of it was written, and they are made one by one to say which.
    QList<AccountService::NewAccountRequest> creates;
    for (const Planned &planned : std::as_const(batch)) {
        if (planned.row.outcome == ImportOutcome::Create)
            creates.append({planned.groupId, planned.draft});
    }
    bool created = false;
    if (!creates.isEmpty()) {
        auto made = m_accounts.createAll(creates);
        created = made.has_value();
        if (!made && made.error().isDatabaseProblem()) {
            for (Planned &planned : batch) {
                if (planned.row.outcome == ImportOutcome::Create)
                    refused(planned.row, made.error());
            }
            return;
        }
    }
    for (Planned &planned : batch) {
        if (planned.row.outcome != ImportOutcome::Create || !created)
            write(planned);
    }
}

void AccountImport::write(Planned &planned)
{
    Result<void> done;
    switch (planned.row.outcome) {
    case ImportOutcome::Create:
        if (auto made = m_accounts.create(planned.groupId, planned.draft); !made)
            done = fail(made.error());
        break;
    case ImportOutcome::Update:
        if (auto updated = m_accounts.update(planned.existing->id, planned.draft); !updated)
            done = fail(updated.error());
        break;
    case ImportOutcome::Disable:
        if (auto disabled = m_accounts.disable(planned.existing->id); !disabled)
            done = fail(disabled.error());
        break;
    case ImportOutcome::Delete:
        done = m_accounts.remove(planned.existing->id);
        break;
    case ImportOutcome::Unchanged:
    case ImportOutcome::Error:
    case ImportOutcome::Conflict:
        return;
    }
    if (!done)
        refused(planned.row, done.error());
}

void AccountImport::refused(ImportRow &row, const Error &error)
{
    // A login taken since the check: someone else made that account meanwhile.
    row.outcome = error.code == Error::Code::LoginTaken ? ImportOutcome::Conflict : ImportOutcome::Error;
    row.errors = {error};
}

Result<AccountImport::GroupFacts> AccountImport::groupFacts(qint64 groupId)
{
    if (const auto cached = m_facts.constFind(groupId); cached != m_facts.cend())
        return *cached;
    auto catalog = loadCatalog(m_db, groupId);
    if (!catalog)
        return fail(catalog.error());
    auto path = m_groups.path(groupId);
    if (!path)
        return fail(path.error());
    GroupFacts facts {groupId, *std::move(catalog), *path};
    m_facts.insert(groupId, facts);
    return facts;
}

Result<AccountImport::GroupFacts> AccountImport::groupBelow(const QString &path)
{
    const QString key = GroupRules::nameKey(path);
    if (const auto cached = m_groupOfPath.constFind(key); cached != m_groupOfPath.cend())
        return groupFacts(*cached);
    auto group = m_groups.resolve(m_groupPath + u'/' + path);
    if (!group) {
        Error error = group.error();
        if (error.code == Error::Code::NotFound)
            error.message = tr("There is no group \"%1\" in \"%2\".").arg(path, m_groupPath);
        return fail(error);
    }
    m_groupOfPath.insert(key, group->id);
    return groupFacts(group->id);
}

} // namespace bc
