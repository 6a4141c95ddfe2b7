#include "app/cli/importcommands.h"

#include "app/cli/commandcatalog.h"
#include "app/cli/output.h"

#include "core/domain/csv.h"
#include "core/services/accountimport.h"
#include "core/services/groupservice.h"

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
    const bool dryRun = invocation.isSet(u"dry-run"_s);
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
             }});
    // A failure part way (a lost server) leaves the document unfinished; the exit status says so.
    if (!summary)
        return m_output.error(summary.error());
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
