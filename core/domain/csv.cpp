#include "core/domain/csv.h"

using namespace Qt::StringLiterals;

namespace bc::Csv {

QString field(const QString &text)
{
    QString value = text;
    if (!value.isEmpty() && u"=+-@\t\r"_s.contains(value.front()))
        value.prepend(u'\'');
    const bool quoted = value.contains(u',') || value.contains(u'"') || value.contains(u'\n') || value.contains(u'\r')
        || value.startsWith(u' ') || value.endsWith(u' ');
    if (!quoted)
        return value;
    return u'"' + value.replace(u'"', u"\"\""_s) + u'"';
}

QString unguarded(const QString &text)
{
    if (text.size() > 1 && text.front() == u'\'' && u"=+-@\t\r"_s.contains(text.at(1)))
        return text.mid(1);
    return text;
}

QString row(const QStringList &fields)
{
    QStringList cells;
    cells.reserve(fields.size());
    for (const QString &text : fields)
        cells.append(field(text));
    return cells.join(u',') + u"\r\n"_s;
}

} // namespace bc::Csv
