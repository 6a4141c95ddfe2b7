#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace bc {

// Where an import file comes from, told by its header.
enum class ImportFormat
{
    Console, // this console's own columns (AccountCsv), as `account list --csv` writes them
    Microsoft365, // the Microsoft 365 admin center's "Export users"
    GoogleWorkspace, // the Google Workspace admin console's user download
};

// Which columns of an import file feed which of an account's fields. Headers compare by their
// letters and digits, without case and without a bracketed note ("First Name [Required]"). This console's own columns
// are the names of AccountCsv::columns() plus `action` and `sendActivation`; the columns an errors file adds
// (`row`, `field`, `message`) and the read-only ones (`status`, `createdAt`, `activatedAt`) are
// known and ignored. Every other column is unknown: shown, and ignored.
class ImportMapping
{
public:
    // Fields an import reads besides the account's own (Field::…).
    static inline const QString action = QStringLiteral("action");
    static inline const QString sendActivation = QStringLiteral("sendActivation");

    // A person's choices: a column's key (columnKey) → the fields it feeds; none to ignore it.
    using Choices = QHash<QString, QStringList>;
    // The mapping a header asks for, with the columns a person chose fields for. A field chosen for
    // a column takes it instead of the columns the header gave it, except the address, which joins
    // its columns.
    static ImportMapping of(const QStringList &header, const Choices &choices = {});
    // The key of a column's header, under which a choice is kept: its letters and digits, case
    // folded, without a bracketed note.
    static QString columnKey(const QString &header);
    // The fields a person may choose for a column: this console's own columns that an import reads.
    static QStringList choosableFields();

    [[nodiscard]] ImportFormat format() const { return m_format; }
    // The file's columns that feed nothing, as the header names them.
    [[nodiscard]] QStringList unknownColumns() const { return m_unknown; }
    // Does a column feed `field`?
    [[nodiscard]] bool has(const QString &field) const { return m_columns.contains(field); }
    // The fields some column feeds.
    [[nodiscard]] QStringList fields() const { return m_columns.keys(); }
    // The fields column `column` feeds; none for an ignored one.
    [[nodiscard]] QStringList fieldsOf(qsizetype column) const;
    // The value of `field` in a record: the non-empty values of its columns joined with ", " (the
    // parts of an address), with the apostrophe our exports put before a formula-like value removed.
    [[nodiscard]] QString value(const QStringList &record, const QString &field) const;
    // Its stable key, for JSON: "console", "microsoft-365", "google-workspace".
    static QString key(ImportFormat format);

private:
    ImportFormat m_format = ImportFormat::Console;
    QHash<QString, QList<qsizetype>> m_columns; // field → the columns feeding it, in file order
    QStringList m_unknown;
};

} // namespace bc
