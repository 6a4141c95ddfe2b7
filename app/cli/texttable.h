#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace bc::cli {

// Plain-text columns padded to the widest cell, for terminal output.
class TextTable
{
public:
    explicit TextTable(QStringList header = {});

    void addRow(const QStringList &cells);
    // Lines without trailing blanks; the header (if any) is followed by a rule of dashes.
    [[nodiscard]] QString toString() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

} // namespace bc::cli
