#pragma once

#include <QDialog>
#include <QKeySequence>

class QMainWindow;
class QTreeWidget;

namespace bc {

// Help → Keyboard shortcuts: every shortcut of a main window, read from its actions (the menus
// first, in their order, then any other action of the window that has one, then the menus'
// mnemonics), so the list cannot fall behind the menus.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    struct Entry
    {
        QString section; // the menu's title, without its mnemonic
        QString action; // the action's text, without mnemonic or ellipsis
        QList<QKeySequence> shortcuts;
    };

    explicit ShortcutsDialog(const QMainWindow &window, QWidget *parent = nullptr);
    ~ShortcutsDialog() override;

    // The actions of window that have a shortcut, grouped by menu, and the menus' mnemonics.
    static QList<Entry> entries(const QMainWindow &window);

private:
    QTreeWidget *m_tree = nullptr;
};

} // namespace bc
