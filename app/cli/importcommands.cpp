#include "app/cli/importcommands.h"

#include "app/cli/commandcatalog.h"
#include "app/cli/output.h"

#include "core/domain/csv.h"
#include "core/services/accountimport.h"
#include "core/services/groupservice.h"
#include "core/services/importplan.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

// How many records' errors the text output names before it only counts them.
constexpr qint64 errorsShown = 20;

QJsonObject rowJson(const ImportRow &row)
{
    QJsonArray changes;
    for (const ImportChange &change : row.changes)
        changes.append(QJsonObject {{u"field"_s, change.field}, {u"old"_s, change.before}, {u"new"_s, change.after}});
    QJsonArray errors;
    for (const Error &error : row.errors)
        errors.append(QJsonObject {{u"field"_s, error.field}, {u"message"_s, error.message}});
    return {{u"record"_s, row.record},
            {u"login"_s, row.login},
            {u"outcome"_s, toKey(row.outcome)},
            {u"changes"_s, changes},
            {u"errors"_s, errors}};
}

QJsonObject countsJson(const ImportCounts &counts)
{
    return {{u"created"_s, counts.created},    {u"updated"_s, counts.updated}, {u"unchanged"_s, counts.unchanged},
            {u"disabled"_s, counts.disabled},  {u"deleted"_s, counts.deleted}, {u"errors"_s, counts.errors},
            {u"conflicts"_s, counts.conflicts}};
}

} // namespace

ImportCommands::ImportCommands(Database &database, AccountService &accounts, GroupService &groups, Authority &authority,
                               Output &output)
    : m_db(database)
    , m_accounts(accounts)
    , m_groups(groups)
    , m_authority(authority)
    , m_output(output)
{
}

ExitCode ImportCommands::import(const Invocation &invocation)
{
    if (!invocation.isSet(u"group"_s))
        return m_output.usageError(tr("The command \"account import\" needs --group."),
                                   CommandCatalog::usageHint(u"account import"_s));
    auto group = m_groups.resolve(invocation.value(u"group"_s));
    if (!group)
        return m_output.error(group.error());
    const QString path = invocation.argument(0);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return m_output.error({Error::Code::Invalid, u"file"_s,
                               tr("The file \"%1\" could not be opened: %2").arg(path, file.errorString())});

    const bool dryRun = invocation.isSet(u"dry-run"_s);
    // --column HEADER=FIELD[,FIELD…]: what a column feeds instead of what its header says; none
    // after the = ignores it (the wizard's Columns page, ImportMapping::Choices).
    ImportMapping::Choices chosen;
    const QStringList choosable = ImportMapping::choosableFields();
    for (const QString &given : invocation.values(u"column"_s)) {
        const qsizetype equals = given.indexOf(u'=');
        if (equals <= 0)
            return m_output.usageError(tr("--column takes a column's header, =, and the fields it feeds: "
                                          "--column \"User principal name=login,email\" (none after = ignores it)."),
                                       CommandCatalog::usageHint(u"account import"_s));
        QStringList fields = given.mid(equals + 1).split(u',', Qt::SkipEmptyParts);
        for (QString &field : fields) {
            field = field.trimmed();
            if (!choosable.contains(field))
                return m_output.error(
                    {Error::Code::Invalid, u"column"_s,
                     tr("An import has no field \"%1\". The fields: %2.").arg(field, choosable.join(u", "_s))});
        }
        chosen.insert(ImportMapping::columnKey(given.left(equals)), fields);
    }
    // --plan: a dry run writes what it showed there; an apply does what such a plan showed.
    const QString planPath = invocation.value(u"plan"_s);
    std::optional<ImportPlan> plan;
    if (!planPath.isEmpty() && !dryRun) {
        QFile planFile(planPath);
        if (!planFile.open(QIODevice::ReadOnly))
            return m_output.error(
                {Error::Code::Invalid, u"plan"_s,
                 tr("The plan \"%1\" could not be opened: %2").arg(planPath, planFile.errorString())});
        auto read = ImportPlan::fromJson(planFile.readAll());
        if (!read)
            return m_output.error(read.error());
        if (!chosen.isEmpty())
            return m_output.usageError(tr("The plan holds the columns its dry run used: give --column with "
                                          "--dry-run, not with --plan."),
                                       CommandCatalog::usageHint(u"account import"_s));
        if (auto same = read->matches(file, group->id); !same)
            return m_output.error(same.error());
        chosen = read->columns;
        plan = *std::move(read);
    }
    ImportPlan written;
    std::unique_ptr<QSaveFile> planFile;
    if (!planPath.isEmpty() && dryRun) {
        planFile = std::make_unique<QSaveFile>(planPath);
        if (!planFile->open(QIODevice::WriteOnly))
            return m_output.error(
                {Error::Code::Invalid, u"plan"_s,
                 tr("The plan \"%1\" could not be written: %2").arg(planFile->fileName(), planFile->errorString())});
        written.checksum = ImportPlan::checksumOf(file);
        written.groupId = group->id;
        written.columns = chosen;
    }

    // The errors file is written as the records come, and replaces an older one only when whole.
    std::unique_ptr<QSaveFile> errorsFile;
    if (invocation.isSet(u"errors"_s)) {
        errorsFile = std::make_unique<QSaveFile>(invocation.value(u"errors"_s));
        if (!errorsFile->open(QIODevice::WriteOnly))
            return m_output.error({Error::Code::Invalid, u"errors"_s,
                                   tr("The errors file \"%1\" could not be written: %2")
                                       .arg(errorsFile->fileName(), errorsFile->errorString())});
    }
    const bool json = invocation.isSet(u"json"_s);
    // The document begins with the first record: a file refused as a whole prints none.
    bool begun = false;
    const auto beginJson = [&] {
        if (json && !std::exchange(begun, true))
            m_output.beginJsonArray(u"rows"_s);
    };
    qsizetype columns = 0;
    qint64 named = 0;
    AccountImport importer(m_db, m_accounts, m_groups, m_authority);
    auto summary = importer.run(
        file,
        {.groupId = group->id,
         .apply = !dryRun,
         .fileName = QFileInfo(path).fileName(),
         .header =
             [&](const QStringList &header) {
                 columns = header.size();
                 if (errorsFile)
                     errorsFile->write(Csv::row(AccountImport::errorHeader(header)).toUtf8());
             },
         .row =
             [&](const ImportRow &row, qint64) {
                 if (planFile)
                     written.records.insert(row.record, {row.outcome, row.seen});
                 if (json) {
                     beginJson();
                     m_output.jsonArrayItem(rowJson(row));
                 }
                 if (row.errors.isEmpty())
                     return true;
                 if (errorsFile)
                     errorsFile->write(Csv::row(AccountImport::errorRecord(row, columns)).toUtf8());
                 if (!json && ++named <= errorsShown) {
                     for (const Error &error : row.errors)
                         //: An import's error: the record's number in the file, its field, the reason.
                         m_output.message(tr("Record %1, %2: %3").arg(row.record).arg(error.field, error.message));
                 }
                 return true;
             },
         .columns = chosen,
         .preview = plan ? std::optional(plan->records) : std::nullopt});
    // A failure part way (a lost server) leaves the document unfinished; the exit status says so.
    if (!summary)
        return m_output.error(summary.error());
    if (planFile && (planFile->write(written.toJson()) < 0 || !planFile->commit()))
        return m_output.error(
            {Error::Code::Invalid, u"plan"_s,
             tr("The plan \"%1\" could not be written: %2").arg(planFile->fileName(), planFile->errorString())});
    if (errorsFile && !errorsFile->commit())
        m_output.message(tr("The errors file \"%1\" could not be written: %2")
                             .arg(errorsFile->fileName(), errorsFile->errorString()));

    const ImportCounts &counts = summary->counts;
    if (json) {
        QJsonObject rest = countsJson(counts);
        rest.insert(u"dryRun"_s, dryRun);
        rest.insert(u"format"_s, ImportMapping::key(summary->format));
        rest.insert(u"unknownColumns"_s, QJsonArray::fromStringList(summary->unknownColumns));
        beginJson();
        m_output.endJsonArray(rest);
    } else {
        if (named > errorsShown)
            m_output.message(tr("… and %n more record(s) with errors.", nullptr, int(named - errorsShown)));
        if (!summary->unknownColumns.isEmpty())
            m_output.message(tr("Ignored columns: %1.").arg(summary->unknownColumns.join(u", "_s)));
        const QString line = tr("%1 created, %2 updated, %3 unchanged, %4 disabled, %5 deleted, %6 errors, "
                                "%7 conflicts.")
                                 .arg(counts.created)
                                 .arg(counts.updated)
                                 .arg(counts.unchanged)
                                 .arg(counts.disabled)
                                 .arg(counts.deleted)
                                 .arg(counts.errors)
                                 .arg(counts.conflicts);
        m_output.data(dryRun ? tr("Dry run, nothing written: %1").arg(line) : line);
    }
    return counts.errors + counts.conflicts > 0 ? ExitCode::Rejected : ExitCode::Success;
}

} // namespace bc::cli
