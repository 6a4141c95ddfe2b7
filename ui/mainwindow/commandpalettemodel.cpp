#include "ui/mainwindow/commandpalettemodel.h"

#include <QAction>
#include <QApplication>
#include <QFont>
#include <QMenu>
#include <QMenuBar>
#include <QPixmap>
#include <QSet>
#include <QStyle>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// "&Add account…" → "Add account…"; "&&" stays one "&".
QString withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&' && i + 1 < text.size())
            ++i;
        plain.append(text.at(i));
    }
    return plain;
}

// Compared without case and accents: "Löschen" is found by "losch".
QString folded(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D).toCaseFolded();
    QString result;
    result.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            result.append(c);
    }
    return result;
}

// How well one typed word matches a folded text: 0 not at all.
int wordScore(const QString &text, const QString &word)
{
    if (const qsizetype at = text.indexOf(word); at >= 0) {
        if (at == 0)
            return 40;
        // At the start of a later word rather than inside one.
        qsizetype from = at;
        while (from >= 0) {
            if (from == 0 || !text.at(from - 1).isLetterOrNumber())
                return from == 0 ? 40 : 30;
            from = text.indexOf(word, from + 1);
            if (from < 0)
                break;
        }
        return 20;
    }
    // The letters in order, with gaps: the fewer letters skipped, the better.
    qsizetype position = 0;
    qsizetype first = -1;
    for (QChar c : word) {
        position = text.indexOf(c, position);
        if (position < 0)
            return 0;
        if (first < 0)
            first = position;
        ++position;
    }
    const qsizetype skipped = position - first - word.size();
    return static_cast<int>(qMax<qsizetype>(1, 10 - skipped));
}

void collectMenu(const QMenu &menu, const QString &path, const QAction *exclude,
                 QList<CommandPaletteModel::ActionEntry> &entries, QSet<const QAction *> &seen)
{
    const QList<QAction *> actions = menu.actions();
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || action == exclude)
            continue;
        if (const QMenu *submenu = action->menu()) {
            collectMenu(
                *submenu,
                CommandPaletteModel::tr("%1 › %2", "menu › submenu").arg(path, withoutMnemonic(submenu->title())),
                exclude, entries, seen);
            continue;
        }
        if (seen.contains(action))
            continue;
        seen.insert(action);
        entries.append({action, withoutMnemonic(action->text()), path,
                        action->shortcut().toString(QKeySequence::NativeText), action->icon(), action->isEnabled(),
                        action->toolTip()});
    }
}

} // namespace

CommandPaletteModel::CommandPaletteModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    const int size = QApplication::style()->pixelMetric(QStyle::PM_SmallIconSize);
    QPixmap blank(size, size);
    blank.fill(Qt::transparent);
    m_blankIcon = QIcon(blank);
}

CommandPaletteModel::~CommandPaletteModel() = default;

QList<CommandPaletteModel::ActionEntry> CommandPaletteModel::actionsOf(const QMenuBar &menuBar, const QAction *exclude)
{
    QList<ActionEntry> entries;
    QSet<const QAction *> seen;
    const QList<QAction *> menus = menuBar.actions();
    for (const QAction *menuAction : menus) {
        if (const QMenu *menu = menuAction->menu(); menu && menuAction->isVisible())
            collectMenu(*menu, withoutMnemonic(menu->title()), exclude, entries, seen);
    }
    return entries;
}

int CommandPaletteModel::matchScore(const QString &title, const QString &menuPath, const QString &typed)
{
    const QString foldedTitle = folded(title);
    const QString foldedPath = folded(menuPath);
    int total = 0;
    for (const QString &word : folded(typed).split(u' ', Qt::SkipEmptyParts)) {
        // The title counts double: "del" is Delete before the Delete group's menu.
        const int score = qMax(2 * wordScore(foldedTitle, word), wordScore(foldedPath, word));
        if (score == 0)
            return -1;
        total += score;
    }
    return total;
}

void CommandPaletteModel::setActions(const QList<ActionEntry> &actions)
{
    m_actions = actions;
    setText(m_text);
}

void CommandPaletteModel::setText(const QString &text)
{
    beginResetModel();
    m_text = text;
    struct Scored
    {
        int score;
        qsizetype order;
    };
    QList<Scored> scored;
    for (qsizetype i = 0; i < m_actions.size(); ++i) {
        const ActionEntry &entry = m_actions.at(i);
        if (const int score = matchScore(entry.title, entry.menuPath, text); score >= 0)
            scored.append({score, i});
    }
    if (!text.trimmed().isEmpty()) {
        // What can run first, then the best matches; the menus' order among equals.
        std::stable_sort(scored.begin(), scored.end(), [this](const Scored &a, const Scored &b) {
            const bool aEnabled = m_actions.at(a.order).enabled;
            const bool bEnabled = m_actions.at(b.order).enabled;
            if (aEnabled != bEnabled)
                return aEnabled;
            return a.score > b.score;
        });
    } else {
        // Nothing typed: nothing to search for.
        m_groups.clear();
        m_accounts.clear();
    }
    m_shown.clear();
    for (const Scored &entry : std::as_const(scored))
        m_shown.append(m_actions.at(entry.order));
    layOut();
    endResetModel();
}

void CommandPaletteModel::layOut()
{
    m_rows.clear();
    const auto section = [this](Kind kind, qsizetype count) {
        if (count == 0)
            return;
        m_rows.append({Kind::Heading, kind, -1});
        for (int i = 0; i < count; ++i)
            m_rows.append({kind, kind, i});
    };
    section(Kind::Action, m_shown.size());
    section(Kind::Group, m_groups.size());
    section(Kind::Account, m_accounts.size());
}

std::pair<int, int> CommandPaletteModel::sectionRange(Kind section) const
{
    int first = -1;
    int count = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).section == section) {
            if (first < 0)
                first = row;
            ++count;
        }
    }
    if (first >= 0)
        return {first, count};
    // Where it would go: after the sections before it.
    int before = 0;
    for (const Row &row : m_rows) {
        if (row.section < section)
            ++before;
    }
    return {before, 0};
}

template<typename Assign> void CommandPaletteModel::replaceSection(Kind section, qsizetype items, Assign assign)
{
    const auto [first, count] = sectionRange(section);
    if (count > 0) {
        beginRemoveRows({}, first, first + count - 1);
        assign(true);
        layOut();
        endRemoveRows();
    }
    if (items == 0)
        return;
    // Its heading and its items.
    beginInsertRows({}, first, first + static_cast<int>(items));
    assign(false);
    layOut();
    endInsertRows();
}

void CommandPaletteModel::setGroups(const QList<GroupMatch> &groups)
{
    replaceSection(Kind::Group, groups.size(), [this, &groups](bool emptying) {
        if (emptying)
            m_groups.clear();
        else
            m_groups = groups;
    });
}

void CommandPaletteModel::setAccounts(const QList<AccountMatch> &accounts)
{
    replaceSection(Kind::Account, accounts.size(), [this, &accounts](bool emptying) {
        if (emptying)
            m_accounts.clear();
        else
            m_accounts = accounts;
    });
}

CommandPaletteModel::Kind CommandPaletteModel::kind(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).kind : Kind::Heading;
}

bool CommandPaletteModel::isRunnable(int row) const
{
    switch (kind(row)) {
    case Kind::Heading:
        return false;
    case Kind::Action:
        return m_shown.at(m_rows.at(row).item).enabled;
    case Kind::Group:
    case Kind::Account:
        return true;
    }
    return false;
}

int CommandPaletteModel::nextRunnableRow(int row, int step) const
{
    const int count = static_cast<int>(m_rows.size());
    for (int next = row + step; next >= 0 && next < count; next += step) {
        if (isRunnable(next))
            return next;
    }
    return -1;
}

QAction *CommandPaletteModel::action(int row) const
{
    return kind(row) == Kind::Action ? m_shown.at(m_rows.at(row).item).action.data() : nullptr;
}

qint64 CommandPaletteModel::groupId(int row) const
{
    switch (kind(row)) {
    case Kind::Group:
        return m_groups.at(m_rows.at(row).item).id;
    case Kind::Account:
        return m_accounts.at(m_rows.at(row).item).account.groupId;
    default:
        return 0;
    }
}

qint64 CommandPaletteModel::accountId(int row) const
{
    return kind(row) == Kind::Account ? m_accounts.at(m_rows.at(row).item).account.id : 0;
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int CommandPaletteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags CommandPaletteModel::flags(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return Qt::NoItemFlags;
    if (kind(index.row()) == Kind::Heading)
        return Qt::ItemIsEnabled;
    // A disabled action shows greyed and cannot be chosen.
    return isRunnable(index.row()) ? Qt::ItemIsEnabled | Qt::ItemIsSelectable : Qt::NoItemFlags;
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    switch (row.kind) {
    case Kind::Heading:
        if (role == Qt::DisplayRole && column == TitleColumn) {
            switch (row.section) {
            case Kind::Action:
                return tr("Actions");
            case Kind::Group:
                return tr("Groups");
            case Kind::Account:
                return tr("Accounts");
            case Kind::Heading:
                break;
            }
        }
        if (role == Qt::FontRole) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Kind::Action: {
        const ActionEntry &entry = m_shown.at(row.item);
        if (role == Qt::DisplayRole) {
            if (column == TitleColumn)
                return entry.title;
            return column == DetailColumn ? entry.menuPath : entry.shortcut;
        }
        if (role == Qt::DecorationRole && column == TitleColumn) {
            if (!entry.icon.isNull())
                return entry.icon;
            // An empty icon of the same size, so that titles without one line up with the rest.
            return m_blankIcon;
        }
        if (role == Qt::ToolTipRole && !entry.toolTip.isEmpty() && entry.toolTip != entry.title)
            return entry.toolTip;
        return {};
    }
    case Kind::Group: {
        const GroupMatch &group = m_groups.at(row.item);
        if (role == Qt::DisplayRole) {
            if (column == TitleColumn)
                return group.name;
            return column == DetailColumn ? group.path : QVariant();
        }
        if (role == Qt::DecorationRole && column == TitleColumn)
            return QApplication::style()->standardIcon(QStyle::SP_DirIcon);
        if (role == Qt::ToolTipRole)
            return group.path;
        return {};
    }
    case Kind::Account: {
        const AccountMatch &match = m_accounts.at(row.item);
        const Account &account = match.account;
        if (role == Qt::DisplayRole) {
            switch (column) {
            case TitleColumn: {
                const QString name = account.displayName.isEmpty()
                    ? QStringList {account.firstName, account.lastName}.join(u' ').trimmed()
                    : account.displayName;
                return name.isEmpty() ? account.login : tr("%1 (%2)", "login (name)").arg(account.login, name);
            }
            case DetailColumn:
                return tr("%1 in %2", "email in group path").arg(account.email, match.groupPath);
            default:
                return AccountText::label(account.status);
            }
        }
        if (role == Qt::DecorationRole && column == TitleColumn)
            return QApplication::style()->standardIcon(QStyle::SP_FileIcon);
        if (role == Qt::ToolTipRole)
            return tr("%1 in %2", "email in group path").arg(account.email, match.groupPath);
        return {};
    }
    }
    return {};
}

} // namespace bc
