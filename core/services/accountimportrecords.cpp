#include "core/services/accountimport.h"

#include "core/domain/fields.h"

using namespace Qt::StringLiterals;

// What an import tells of its records: counts, outcomes, conflicts with the preview, errors files.

namespace bc {

void ImportCounts::count(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Create:
        ++created;
        break;
    case ImportOutcome::Update:
        ++updated;
        break;
    case ImportOutcome::Unchanged:
        ++unchanged;
        break;
    case ImportOutcome::Disable:
        ++disabled;
        break;
    case ImportOutcome::Delete:
        ++deleted;
        break;
    case ImportOutcome::Error:
        ++errors;
        break;
    case ImportOutcome::Conflict:
        ++conflicts;
        break;
    }
}

QString AccountImport::outcomeText(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Create:
        return tr("create");
    case ImportOutcome::Update:
        return tr("update");
    case ImportOutcome::Unchanged:
        return tr("unchanged");
    case ImportOutcome::Disable:
        return tr("disable");
    case ImportOutcome::Delete:
        return tr("delete");
    case ImportOutcome::Error:
        return tr("error");
    case ImportOutcome::Conflict:
        return tr("conflict");
    }
    return {};
}

void AccountImport::compare(ImportRow &row, const QHash<qint64, ImportSeen> &preview)
{
    const auto said = preview.constFind(row.record);
    if (said != preview.cend() && said->outcome == row.outcome
        && (said->seen == row.seen || row.outcome == ImportOutcome::Error))
        return;
    QString message;
    if (said == preview.cend())
        message = tr("The check did not have this record: the file changed since. Check it again.");
    else if (said->outcome == row.outcome)
        message = tr("Someone changed the account since the check. Check the file again to see what the import "
                     "would do now.");
    else
        //: %1 and %2 are outcomes: create, update, unchanged, disable, delete, error.
        message = tr("The check said %1, but now it is %2: someone changed the account since. Check the file again "
                     "to see what the import would do now.")
                      .arg(outcomeText(said->outcome), outcomeText(row.outcome));
    row.errors = {{Error::Code::NotAllowed, Field::login, message}};
    row.outcome = ImportOutcome::Conflict;
    row.changes.clear();
}

QStringList AccountImport::errorHeader(const QStringList &header)
{
    return header + QStringList {u"row"_s, u"field"_s, u"message"_s};
}

QStringList AccountImport::errorRecord(const ImportRow &row, qsizetype columns)
{
    QStringList fields = row.fields.mid(0, columns);
    while (fields.size() < columns)
        fields.append(QString());
    QStringList names;
    QStringList messages;
    for (const Error &error : row.errors) {
        names.append(error.field);
        messages.append(error.message);
    }
    return fields + QStringList {QString::number(row.record), names.join(u"; "_s), messages.join(u' ')};
}

} // namespace bc
