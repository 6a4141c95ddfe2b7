#pragma once

#include "core/domain/accountmatch.h"
#include "core/domain/group.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QList>
#include <QPointer>

class QAction;
class QMenuBar;

namespace bc {

// The rows of the command palette ("go to anything"): the menus' actions that match what was
// typed, at once, then the groups and the accounts the database found for it (QuickSearch),
// each kind under a heading row. Holds no SQL and runs nothing: the palette does.
class CommandPaletteModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPaletteModel)

public:
    enum Column
    {
        TitleColumn,
        DetailColumn, // the menu of an action, the path of a group, the email and group of an account
        HintColumn, // an action's shortcut, an account's status
        ColumnCount
    };
    enum class Kind
    {
        Heading,
        Action,
        Group,
        Account
    };
    Q_ENUM(Kind)

    // An action of the menus, as the palette offers it.
    struct ActionEntry
    {
        QPointer<QAction> action;
        QString title; // without its mnemonic: "Add account…"
        QString menuPath; // "Account", or "Group › Advanced" for a submenu
        QString shortcut; // as the menus show it
        QIcon icon;
        bool enabled = true;
        QString toolTip;
    };

    explicit CommandPaletteModel(QObject *parent = nullptr);
    ~CommandPaletteModel() override;

    // The actions of a menu bar's menus and their submenus, in menu order, without separators,
    // hidden actions and `exclude` (the palette's own action).
    static QList<ActionEntry> actionsOf(const QMenuBar &menuBar, const QAction *exclude = nullptr);
    // How well `typed` matches an action (higher is better); -1 when it does not. Every word of
    // `typed` must be found in the title or the menu path: as a substring (best at the start of a
    // word), else as letters in order ("adac" in "Add account"). Case and accents do not count.
    // 0 for nothing typed.
    static int matchScore(const QString &title, const QString &menuPath, const QString &typed);

    // What the menus offer now (their enabled state included); filtered by text().
    void setActions(const QList<ActionEntry> &actions);
    // The actions that match `text`, at once: enabled ones first, best matches first. The groups
    // and accounts found for an earlier text stay until setGroups() and setAccounts() replace them.
    void setText(const QString &text);
    QString text() const { return m_text; }
    void setGroups(const QList<GroupMatch> &groups);
    void setAccounts(const QList<AccountMatch> &accounts);

    Kind kind(int row) const;
    // Whether the row can be run: an enabled action, a group, an account.
    bool isRunnable(int row) const;
    // The first runnable row after `row` going by `step` (1 or -1), or -1; -1 as `row` starts at
    // the top.
    int nextRunnableRow(int row, int step) const;
    QAction *action(int row) const;
    qint64 groupId(int row) const; // of a group row, or of an account row's account
    qint64 accountId(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

private:
    struct Row
    {
        Kind kind = Kind::Heading;
        Kind section = Kind::Action; // a heading's section
        int item = -1; // in m_shown, m_groups or m_accounts
    };
    void layOut();
    // The first row of a section and its number of rows (its heading included).
    std::pair<int, int> sectionRange(Kind section) const;
    // Replaces a section's rows with `items` new ones: `assign(true)` empties its data,
    // `assign(false)` fills it.
    template<typename Assign> void replaceSection(Kind section, qsizetype items, Assign assign);

    QList<ActionEntry> m_actions;
    QList<ActionEntry> m_shown;
    QList<GroupMatch> m_groups;
    QList<AccountMatch> m_accounts;
    QString m_text;
    QList<Row> m_rows;
    QIcon m_blankIcon;
};

} // namespace bc
