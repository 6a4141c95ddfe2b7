#include "app/cli/texttable.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

QString formatLine(const QStringList &cells, const QList<qsizetype> &widths)
{
    QString line;
    for (qsizetype column = 0; column < widths.size(); ++column) {
        const QString cell = cells.value(column);
        if (column > 0)
            line += u"  "_s;
        line += column + 1 < widths.size() ? cell.leftJustified(widths.at(column)) : cell;
    }
    while (line.endsWith(u' '))
        line.chop(1);
    return line;
}

} // namespace

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{
}

void TextTable::addRow(const QStringList &cells)
{
    m_rows.append(cells);
}

QString TextTable::toString() const
{
    QList<qsizetype> widths(m_header.size(), 0);
    auto measure = [&widths](const QStringList &cells) {
        if (widths.size() < cells.size())
            widths.resize(cells.size(), 0);
        for (qsizetype column = 0; column < cells.size(); ++column)
            widths[column] = std::max(widths.at(column), cells.at(column).size());
    };
    measure(m_header);
    for (const QStringList &row : m_rows)
        measure(row);

    QStringList lines;
    if (!m_header.isEmpty()) {
        lines.append(formatLine(m_header, widths));
        QStringList rules;
        for (qsizetype width : widths)
            rules.append(QString(width, u'-'));
        lines.append(formatLine(rules, widths));
    }
    for (const QStringList &row : m_rows)
        lines.append(formatLine(row, widths));
    return lines.join(u'\n');
}

} // namespace bc::cli
