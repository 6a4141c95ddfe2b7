#include "ui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// "&Add account…" → "Add account": iconText() drops the mnemonic and "...", not "…".
QString plainText(const QAction *action)
{
    QString text = action->iconText();
    if (text.endsWith(u'…'))
        text.chop(1);
    return text.trimmed();
}

void collectMenu(const QMenu *menu, const QString &section, QList<ShortcutsDialog::Entry> &entries,
                 QSet<const QAction *> &seen)
{
    const QList<QAction *> actions = menu->actions();
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (const QMenu *submenu = action->menu()) {
            collectMenu(submenu, section, entries, seen);
            continue;
        }
        if (seen.contains(action) || action->shortcuts().isEmpty())
            continue;
        seen.insert(action);
        entries.append({section, plainText(action), action->shortcuts()});
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMainWindow &window, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"shortcutsDialog"_s);
    setWindowTitle(tr("Keyboard Shortcuts"));

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(u"shortcutsTree"_s);
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setSelectionMode(QAbstractItemView::NoSelection);
    m_tree->setFocusPolicy(Qt::NoFocus);

    QTreeWidgetItem *sectionItem = nullptr;
    for (const Entry &entry : entries(window)) {
        if (!sectionItem || sectionItem->text(0) != entry.section) {
            sectionItem = new QTreeWidgetItem(m_tree, {entry.section});
            sectionItem->setFirstColumnSpanned(true);
            QFont bold = sectionItem->font(0);
            bold.setBold(true);
            sectionItem->setFont(0, bold);
        }
        QStringList keys;
        for (const QKeySequence &shortcut : entry.shortcuts)
            keys.append(shortcut.toString(QKeySequence::NativeText));
        new QTreeWidgetItem(sectionItem, {entry.action, keys.join(tr(", ", "between shortcuts of one action"))});
    }
    m_tree->expandAll();
    m_tree->header()->setStretchLastSection(false);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree);
    layout->addWidget(buttons);
    resize(460, 520);
}

ShortcutsDialog::~ShortcutsDialog() = default;

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMainWindow &window)
{
    QList<Entry> result;
    QSet<const QAction *> seen;
    if (const QMenuBar *bar = window.menuBar()) {
        const QList<QAction *> menus = bar->actions();
        for (const QAction *menuAction : menus) {
            if (const QMenu *menu = menuAction->menu())
                collectMenu(menu, plainText(menuAction), result, seen);
        }
    }
    // Shortcuts on actions that live only in a tool bar or a widget (or that another part of the
    // window added, such as the command palette), whoever made them.
    const QString other = tr("Other");
    const QList<QAction *> all = window.findChildren<QAction *>();
    for (const QAction *action : all) {
        if (seen.contains(action) || action->isSeparator() || action->menu() || action->shortcuts().isEmpty()
            || plainText(action).isEmpty())
            continue;
        seen.insert(action);
        result.append({other, plainText(action), action->shortcuts()});
    }
    // The menus' mnemonics: Alt and the underlined letter opens a menu.
    if (const QMenuBar *bar = window.menuBar()) {
        const QString menus = tr("Menus");
        const QList<QAction *> menuActions = bar->actions();
        for (const QAction *menuAction : menuActions) {
            const QKeySequence mnemonic = QKeySequence::mnemonic(menuAction->text());
            if (menuAction->menu() && menuAction->isVisible() && !mnemonic.isEmpty())
                result.append({menus, tr("%1 menu").arg(plainText(menuAction)), {mnemonic}});
        }
    }
    return result;
}

} // namespace bc
