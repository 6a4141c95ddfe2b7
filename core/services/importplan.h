#pragma once

#include "core/domain/error.h"
#include "core/domain/importmapping.h"
#include "core/services/accountimport.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QHash>

class QIODevice;

namespace bc {

// What a dry run of an import showed, kept so that a later apply does exactly that
// (ImportRequest::preview) or says why not: the file's SHA-256, the group, the columns chosen
// and, for each record, its outcome and when its account was last changed. The console keeps it
// between the wizard's Check and Import pages; the CLI writes it to a file (`account import
// --dry-run --plan FILE`) and a later run applies the file with it (`--plan FILE`).
struct ImportPlan
{
    Q_DECLARE_TR_FUNCTIONS(bc::ImportPlan)

public:
    QByteArray checksum;
    qint64 groupId = 0;
    ImportMapping::Choices columns;
    QHash<qint64, ImportSeen> records;

    // The SHA-256 of `file`, read whole; it is read again from its start afterwards.
    static QByteArray checksumOf(QIODevice &file);

    // A JSON document, and back: an error (on Field "plan") for a file that is not one.
    [[nodiscard]] QByteArray toJson() const;
    static Result<ImportPlan> fromJson(const QByteArray &json);

    // Whether `file` is the one checked, and the import's group the one it was checked for; the
    // error says what differs and what to do.
    Result<void> matches(QIODevice &file, qint64 importGroupId) const;
};

} // namespace bc
