#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace bc {

// A number of bytes as a person types it: "500 GB", "1.5 TiB", "750 MiB". Decimal units (B, kB, MB,
// GB, TB, PB) are powers of 1000, binary ones (KiB … PiB) powers of 1024; units are matched without
// regard to case, with or without a space before them. Parsing is exact (no floating point) and
// refuses negatives, overflow, fractions of a byte and junk.
//
// How the number is read depends on the locale passed in: the console passes the language of its
// window, the CLI QLocale::c().
// - Its own notation: the locale's decimal point, and its group separator in groups of three
//   digits after a first group of one to three ("1,500.5" en, "1.500,5" de, "1 500,5" fr, where
//   U+0020, U+00A0 and U+202F are all group separators). Whatever QLocale itself writes is read too.
//   A number without group separators is always fine. QLocale::c() (and a locale with
//   OmitGroupSeparator) has no group separator: "." is the decimal point, and that is all.
// - A number that is valid in the locale's own notation is read that way, and nothing else is
//   considered: "1,500 GB" is 1500 GB in en and 1.5 GB in de (the feedback beside the field shows
//   which, see understood()).
// - A number that is not valid in its own notation is tried in the other common notations
//   ("1,500.5", "1.500,5", "1 500,5", "1 500.5"). It is always refused, offering what it may
//   have meant in the locale's own notation: one reading ("1,5 GB" in en: "Did you mean 1.5 GB?"),
//   or two ("1.500 GB" in fr: "could mean 1 500 GB or 1,5 GB"). With none it is junk.
// - A number needs a unit ("500" is refused: "Add a unit …"), except zero, which is zero in any unit.
// - Locales that write other digits or another decimal point than "." or "," are read and written
//   as QLocale::c() is.
// format() writes what parse() reads back to the same number of bytes, in the same locale.
class StorageSize
{
    Q_DECLARE_TR_FUNCTIONS(bc::StorageSize)

public:
    static Result<qint64> parse(const QString &text, const QLocale &locale, const QString &field = QString());
    static QString format(qint64 bytes, const QLocale &locale);
    // What parse() understands `text` to be, for the line beside a field: "= 1.5 TB" for "1,500 GB" in
    // en, "≈ 1.18 GiB" for "1234567 KiB", in the unit family typed (decimal or binary); empty when
    // `text` is empty or does not parse.
    static QString understood(const QString &text, const QLocale &locale);
};

} // namespace bc
