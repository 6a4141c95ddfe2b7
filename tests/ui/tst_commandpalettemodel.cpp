#include "ui/mainwindow/commandpalettemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QMenu>
#include <QMenuBar>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace bc;

using Kind = CommandPaletteModel::Kind;

class CommandPaletteModelTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void shouldCollectTheMenusActionsWithPathShortcutAndState();
    void shouldScoreMatches_data();
    void shouldScoreMatches();
    void shouldListEveryActionInMenuOrderWhenNothingIsTyped();
    void shouldNarrowTheActionsAsTextIsTypedBestAndEnabledFirst();
    void shouldShowDisabledActionsGreyedAndSkipThem();
    void shouldAddGroupsAndAccountsUnderTheirHeadingsWhenTheyArrive();
    void shouldKeepTheActionRowsWhenResultsArrive();
    void shouldForgetResultsWhenTheTextIsCleared();

private:
    QList<CommandPaletteModel::ActionEntry> actions();
    QStringList titles() const;

    std::unique_ptr<QMenuBar> m_menuBar;
    std::unique_ptr<CommandPaletteModel> m_model;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QAction *m_addAccount = nullptr;
    QAction *m_deleteAccounts = nullptr;
    QAction *m_palette = nullptr;
};

void CommandPaletteModelTest::init()
{
    m_menuBar = std::make_unique<QMenuBar>();
    QMenu *file = m_menuBar->addMenu(u"&File"_s);
    m_palette = file->addAction(u"&Go to anything…"_s);
    m_palette->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    file->addSeparator();
    file->addAction(u"&Quit"_s)->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));
    QMenu *group = m_menuBar->addMenu(u"&Group"_s);
    group->addAction(u"Add &group…"_s);
    QMenu *advanced = group->addMenu(u"Ad&vanced"_s);
    advanced->addAction(u"&Storages…"_s);
    QMenu *account = m_menuBar->addMenu(u"&Account"_s);
    m_addAccount = account->addAction(u"&Add account…"_s);
    m_addAccount->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    m_deleteAccounts = account->addAction(u"De&lete…"_s);
    m_deleteAccounts->setEnabled(false);
    m_deleteAccounts->setToolTip(u"Data-locked accounts cannot be deleted"_s);
    account->addAction(u"Hidden"_s)->setVisible(false);
    group->addAction(m_addAccount); // in two menus, listed once

    m_model = std::make_unique<CommandPaletteModel>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_model.get(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
}

void CommandPaletteModelTest::cleanup()
{
    m_tester.reset();
    m_model.reset();
    m_menuBar.reset();
}

QList<CommandPaletteModel::ActionEntry> CommandPaletteModelTest::actions()
{
    return CommandPaletteModel::actionsOf(*m_menuBar, m_palette);
}

QStringList CommandPaletteModelTest::titles() const
{
    QStringList result;
    for (int row = 0; row < m_model->rowCount(); ++row)
        result.append(m_model->index(row, CommandPaletteModel::TitleColumn).data().toString());
    return result;
}

void CommandPaletteModelTest::shouldCollectTheMenusActionsWithPathShortcutAndState()
{
    const auto entries = actions();
    QStringList found;
    for (const auto &entry : entries)
        found.append(entry.menuPath + u": "_s + entry.title);
    QCOMPARE(found,
             (QStringList {u"File: Quit"_s, u"Group: Add group…"_s, u"Group › Advanced: Storages…"_s,
                           u"Group: Add account…"_s, u"Account: Delete…"_s}));
    QCOMPARE(entries.at(3).action, QPointer<QAction>(m_addAccount));
    QCOMPARE(entries.at(3).shortcut, QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText));
    QVERIFY(entries.at(3).enabled);
    QVERIFY(!entries.at(4).enabled);
    QCOMPARE(entries.at(4).toolTip, u"Data-locked accounts cannot be deleted"_s);
}

void CommandPaletteModelTest::shouldScoreMatches_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("menuPath");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("score"); // -1: no match
    QTest::newRow("nothing typed") << u"Add account…"_s << u"Account"_s << u""_s << 0;
    QTest::newRow("the start of the title") << u"Add account…"_s << u"Account"_s << u"add"_s << 80;
    QTest::newRow("the start of a later word") << u"Add account…"_s << u"Account"_s << u"acc"_s << 60;
    QTest::newRow("inside a word") << u"Add account…"_s << u"Account"_s << u"ccount"_s << 40;
    QTest::newRow("letters in order") << u"Add account…"_s << u"Account"_s << u"adac"_s << 16;
    QTest::newRow("a word of the menu and one of the title") << u"Disable"_s << u"Account"_s << u"acc dis"_s << 40 + 80;
    QTest::newRow("case does not count") << u"Disable"_s << u"Account"_s << u"DISABLE"_s << 80;
    QTest::newRow("accents do not count") << u"Löschen…"_s << u"Konto"_s << u"losch"_s << 80;
    QTest::newRow("every word must match") << u"Disable"_s << u"Account"_s << u"dis group"_s << -1;
    QTest::newRow("letters out of order") << u"Disable"_s << u"Account"_s << u"elb"_s << -1;
}

void CommandPaletteModelTest::shouldScoreMatches()
{
    QFETCH(QString, title);
    QFETCH(QString, menuPath);
    QFETCH(QString, typed);
    QFETCH(int, score);
    QCOMPARE(CommandPaletteModel::matchScore(title, menuPath, typed), score);
}

void CommandPaletteModelTest::shouldListEveryActionInMenuOrderWhenNothingIsTyped()
{
    m_model->setActions(actions());
    QCOMPARE(titles(),
             (QStringList {u"Actions"_s, u"Quit"_s, u"Add group…"_s, u"Storages…"_s, u"Add account…"_s, u"Delete…"_s}));
    QCOMPARE(m_model->kind(0), Kind::Heading);
    QVERIFY(!m_model->isRunnable(0));
    QCOMPARE(m_model->nextRunnableRow(-1, 1), 1);
    QCOMPARE(m_model->index(4, CommandPaletteModel::DetailColumn).data().toString(), u"Group"_s);
    QCOMPARE(m_model->index(4, CommandPaletteModel::HintColumn).data().toString(),
             QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText));
    QCOMPARE(m_model->action(4), m_addAccount);
}

void CommandPaletteModelTest::shouldNarrowTheActionsAsTextIsTypedBestAndEnabledFirst()
{
    m_model->setActions(actions());
    QSignalSpy reset(m_model.get(), &QAbstractItemModel::modelReset);
    m_model->setText(u"a"_s);
    QCOMPARE(reset.count(), 1);
    // "Add group", "Add account" start with it; "Storages" holds it inside a word; "Delete"
    // only in its menu, and it cannot run; "Quit" not at all.
    QCOMPARE(titles(), (QStringList {u"Actions"_s, u"Add group…"_s, u"Add account…"_s, u"Storages…"_s, u"Delete…"_s}));
    // Best first: the start of a word before letters spread over the menu's name.
    m_model->setText(u"ac"_s);
    QCOMPARE(titles(), (QStringList {u"Actions"_s, u"Add account…"_s, u"Storages…"_s, u"Delete…"_s}));
    m_model->setText(u"zzz"_s);
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(m_model->nextRunnableRow(-1, 1), -1);
}

void CommandPaletteModelTest::shouldShowDisabledActionsGreyedAndSkipThem()
{
    m_model->setActions(actions());
    m_model->setText(u"del"_s);
    QCOMPARE(titles(), (QStringList {u"Actions"_s, u"Delete…"_s}));
    const QModelIndex disabled = m_model->index(1, CommandPaletteModel::TitleColumn);
    QVERIFY(!(disabled.flags() & Qt::ItemIsEnabled));
    QVERIFY(!m_model->isRunnable(1));
    QCOMPARE(m_model->nextRunnableRow(-1, 1), -1);
    QCOMPARE(disabled.data(Qt::ToolTipRole).toString(), u"Data-locked accounts cannot be deleted"_s);
}

void CommandPaletteModelTest::shouldAddGroupsAndAccountsUnderTheirHeadingsWhenTheyArrive()
{
    m_model->setActions(actions());
    m_model->setText(u"qu"_s);
    QCOMPARE(titles(), (QStringList {u"Actions"_s, u"Quit"_s}));
    QSignalSpy inserted(m_model.get(), &QAbstractItemModel::rowsInserted);

    AccountMatch alice;
    alice.account.id = 41;
    alice.account.groupId = 7;
    alice.account.login = u"alice"_s;
    alice.account.displayName = u"Alice Contoso"_s;
    alice.account.email = u"alice@contoso.com"_s;
    alice.groupPath = u"Acme MSP/Contoso"_s;
    m_model->setAccounts({alice});
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(titles(), (QStringList {u"Actions"_s, u"Quit"_s, u"Accounts"_s, u"alice (Alice Contoso)"_s}));

    m_model->setGroups({{7, u"Contoso"_s, u"Acme MSP/Contoso"_s}, {9, u"Contoso Labs"_s, u"Acme MSP/Contoso Labs"_s}});
    QCOMPARE(titles(),
             (QStringList {u"Actions"_s, u"Quit"_s, u"Groups"_s, u"Contoso"_s, u"Contoso Labs"_s, u"Accounts"_s,
                           u"alice (Alice Contoso)"_s}));
    QCOMPARE(m_model->kind(2), Kind::Heading);
    QCOMPARE(m_model->kind(4), Kind::Group);
    QCOMPARE(m_model->groupId(4), 9);
    QCOMPARE(m_model->index(4, CommandPaletteModel::DetailColumn).data().toString(), u"Acme MSP/Contoso Labs"_s);
    QCOMPARE(m_model->kind(6), Kind::Account);
    QCOMPARE(m_model->accountId(6), 41);
    QCOMPARE(m_model->groupId(6), 7);
    QVERIFY2(m_model->index(6, CommandPaletteModel::DetailColumn).data().toString().contains(u"alice@contoso.com"_s),
             "the email shows");
    QCOMPARE(m_model->nextRunnableRow(1, 1), 3);
    QCOMPARE(m_model->nextRunnableRow(5, -1), 4);

    // A newer answer replaces the section.
    m_model->setGroups({{9, u"Contoso Labs"_s, u"Acme MSP/Contoso Labs"_s}});
    QCOMPARE(titles(),
             (QStringList {u"Actions"_s, u"Quit"_s, u"Groups"_s, u"Contoso Labs"_s, u"Accounts"_s,
                           u"alice (Alice Contoso)"_s}));
    m_model->setAccounts({});
    QCOMPARE(titles(), (QStringList {u"Actions"_s, u"Quit"_s, u"Groups"_s, u"Contoso Labs"_s}));
}

void CommandPaletteModelTest::shouldKeepTheActionRowsWhenResultsArrive()
{
    m_model->setActions(actions());
    m_model->setText(u"add"_s);
    const QPersistentModelIndex addAccount = m_model->index(2, CommandPaletteModel::TitleColumn);
    QCOMPARE(addAccount.data().toString(), u"Add account…"_s);
    m_model->setGroups({{3, u"Address Book Co"_s, u"Acme MSP/Address Book Co"_s}});
    QVERIFY(addAccount.isValid());
    QCOMPARE(addAccount.row(), 2);
}

void CommandPaletteModelTest::shouldForgetResultsWhenTheTextIsCleared()
{
    m_model->setActions(actions());
    m_model->setText(u"con"_s);
    m_model->setGroups({{7, u"Contoso"_s, u"Acme MSP/Contoso"_s}});
    // Typing on keeps them until the next answer.
    m_model->setText(u"cont"_s);
    QVERIFY(titles().contains(u"Contoso"_s));
    m_model->setText(QString());
    QVERIFY(!titles().contains(u"Contoso"_s));
    QVERIFY(!titles().contains(u"Groups"_s));
}

QTEST_MAIN(CommandPaletteModelTest)
#include "tst_commandpalettemodel.moc"
