#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/shortcutsdialog.h"

#include <QAction>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QToolBar>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace bc;

class HelpDialogsTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shouldListTheShortcutsOfEveryMenuInOrder();
    void shouldListShortcutsOfActionsOutsideTheMenusOnce();
    void shouldListTheMnemonicsOfTheMenusLast();
    void shouldShowTheShortcutsInATree();
    void shouldShowVersionAndLicenceInAbout();
};

namespace {

// A window shaped like the console's: menus with mnemonics, an action without a shortcut, a
// separator, a submenu, an action in two menus and one that lives only in a tool bar.
struct Window
{
    QMainWindow window;
    QAction *add = nullptr;

    Window()
    {
        QMenu *file = window.menuBar()->addMenu(u"&File"_s);
        file->addAction(u"&Settings…"_s); // no shortcut: not listed
        file->addSeparator();
        file->addAction(u"&Quit"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
        QMenu *account = window.menuBar()->addMenu(u"&Account"_s);
        add = account->addAction(u"&Add account…"_s);
        add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
        QMenu *more = account->addMenu(u"&More"_s);
        more->addAction(u"&Disable"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
        QMenu *group = window.menuBar()->addMenu(u"&Group"_s);
        group->addAction(add); // listed once, under the first menu
        QToolBar *bar = window.addToolBar(u"Main"_s);
        QAction *refresh = bar->addAction(u"&Refresh"_s);
        refresh->setShortcuts({QKeySequence(Qt::Key_F5), QKeySequence(Qt::CTRL | Qt::Key_R)});
    }
};

QStringList describe(const QList<ShortcutsDialog::Entry> &entries)
{
    QStringList lines;
    for (const ShortcutsDialog::Entry &entry : entries) {
        QStringList keys;
        for (const QKeySequence &key : entry.shortcuts)
            keys.append(key.toString(QKeySequence::PortableText));
        lines.append(u"%1 | %2 | %3"_s.arg(entry.section, entry.action, keys.join(u", ")));
    }
    return lines;
}

} // namespace

void HelpDialogsTest::shouldListTheShortcutsOfEveryMenuInOrder()
{
    Window w;
    const QStringList lines = describe(ShortcutsDialog::entries(w.window));
    QVERIFY2(lines.size() >= 3, qPrintable(lines.join(u'\n')));
    QCOMPARE(lines.mid(0, 3),
             (QStringList {u"File | Quit | Ctrl+Q"_s, u"Account | Add account | Ctrl+N"_s,
                           u"Account | Disable | Ctrl+D"_s}));
}

void HelpDialogsTest::shouldListShortcutsOfActionsOutsideTheMenusOnce()
{
    Window w;
    const QStringList lines = describe(ShortcutsDialog::entries(w.window));
    QCOMPARE(lines.filter(u"Other | "_s), QStringList {u"Other | Refresh | F5, Ctrl+R"_s});
    QCOMPARE(lines.filter(u"Add account"_s).size(), 1);
}

void HelpDialogsTest::shouldListTheMnemonicsOfTheMenusLast()
{
    Window w;
    const QStringList lines = describe(ShortcutsDialog::entries(w.window));
    QCOMPARE(lines.mid(4),
             (QStringList {u"Menus | File menu | Alt+F"_s, u"Menus | Account menu | Alt+A"_s,
                           u"Menus | Group menu | Alt+G"_s}));
}

void HelpDialogsTest::shouldShowTheShortcutsInATree()
{
    Window w;
    ShortcutsDialog dialog(w.window);
    auto *tree = dialog.findChild<QTreeWidget *>(u"shortcutsTree"_s);
    QVERIFY2(tree, "the dialog has a shortcutsTree");
    QCOMPARE(tree->topLevelItemCount(), 4); // File, Account, Other, Menus
    QCOMPARE(tree->topLevelItem(1)->text(0), u"Account"_s);
    QCOMPARE(tree->topLevelItem(1)->childCount(), 2);
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(0), u"Add account"_s);
    QCOMPARE(tree->topLevelItem(1)->child(0)->text(1),
             QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText));
}

void HelpDialogsTest::shouldShowVersionAndLicenceInAbout()
{
    AboutDialog dialog;
    auto *version = dialog.findChild<QLabel *>(u"aboutVersion"_s);
    QVERIFY2(version, "the dialog has an aboutVersion label");
    QVERIFY2(version->text().contains(QString::fromLatin1(BACKUP_CONSOLE_VERSION)), qPrintable(version->text()));
    auto *text = dialog.findChild<QLabel *>(u"aboutText"_s);
    QVERIFY2(text && text->text().contains(u"GPL-3.0-or-later"_s), "the licence is named by its SPDX id");
    auto *icon = dialog.findChild<QLabel *>(u"aboutIcon"_s);
    QVERIFY2(icon && !icon->pixmap().isNull(), "the icon is drawn from the SVG");
}

QTEST_MAIN(HelpDialogsTest)
#include "tst_helpdialogs.moc"
