#pragma once

#include <QObject>

class QAction;
class QHeaderView;
class QMenu;

namespace bc {

// The columns of a table, shown or hidden from a menu of their titles: the header's context menu
// (right-click), and action() for the keyboard (View → Columns…). One column is never hidden (the
// one that names a row), so a table always shows it; the header's saveState() keeps the others.
class ColumnChooser final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ColumnChooser)

public:
    ColumnChooser(QHeaderView *header, int fixedColumn, QObject *parent);

    // "Columns…": the menu under the header's first column.
    QAction *action() const { return m_action; }
    // The menu, filled afresh each time it opens: one checkable entry per column, in the header's
    // order, and "Show all columns".
    QMenu *menu() const { return m_menu; }

Q_SIGNALS:
    // A column was shown or hidden from the menu.
    void columnsChanged();

private:
    void fillMenu();

    QHeaderView *m_header = nullptr;
    int m_fixedColumn = 0;
    QMenu *m_menu = nullptr;
    QAction *m_action = nullptr;
};

} // namespace bc
