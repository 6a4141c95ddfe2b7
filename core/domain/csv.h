#pragma once

#include <QString>
#include <QStringList>

namespace bc {

// Comma-separated values (RFC 4180) that a spreadsheet opens as text, whatever a field holds: for
// the audit log's export and `audit list --csv`.
namespace Csv {

// One field: quoted when it holds a comma, a quote, a line break or blanks at either end, quotes
// doubled. A field a spreadsheet would run as a formula (it starts with = + - @, a tab or a
// carriage return) gets a leading apostrophe first, as OWASP recommends.
QString field(const QString &text);
// A field as field() had it before the apostrophe it puts before a formula-like value: what an
// import of our own files reads.
QString unguarded(const QString &text);
// The fields of one record, ending with CR LF.
QString row(const QStringList &fields);

} // namespace Csv

} // namespace bc
