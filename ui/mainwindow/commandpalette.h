#pragma once

#include <QFrame>
#include <QTimer>

class QLabel;
class QLineEdit;
class QMainWindow;
class QTreeView;

namespace bc {

class CommandPaletteModel;
class QuickSearch;
struct AccountMatch;
struct Error;
struct GroupMatch;

// "Go to anything" (Ctrl+K): a popup over the main window with a line edit and a list. Typing
// narrows the menus' actions at once and, a moment later, finds groups by their path and accounts
// by login, email or name, on a worker thread with a connection of its own (QuickSearch).
// Up and Down move, Enter runs the row (an action is triggered, a group or an account is asked
// for through groupChosen() and accountChosen()), Escape closes.
class CommandPalette final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandPalette)

public:
    // How many groups and how many accounts are shown at most.
    static constexpr int resultLimit = 8;
    // How long typing must pause before the database is asked.
    static constexpr int searchDelayMs = 150;

    // `databaseLocation` is what Database::open() takes (the worker opens its own connection).
    // `within`: the groups and accounts it finds are in that group or below (QuickSearch).
    CommandPalette(QMainWindow &window, const QString &databaseLocation, qint64 within, QWidget *parent = nullptr);
    ~CommandPalette() override;

    // Shows the palette over the window with an empty line, the actions of the window's menus
    // as they are now (without `exclude`, the palette's own action), and the focus in the line.
    void popup(const QAction *exclude = nullptr);
    CommandPaletteModel *model() const { return m_model; }

Q_SIGNALS:
    void groupChosen(qint64 groupId);
    void accountChosen(qint64 accountId, qint64 groupId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void onTextEdited();
    void search();
    void onGroupsFound(quint64 generation, const QList<bc::GroupMatch> &groups);
    void onAccountsFound(quint64 generation, const QList<bc::AccountMatch> &accounts);
    void onFailed(quint64 generation, const bc::Error &error);
    // After the rows changed: the row the user moved to stays, else the first that can run.
    void ensureCurrentRow();
    void moveCurrent(int step);
    void setCurrentRow(int row);
    int currentRow() const;
    // Runs the current row; while a search runs and the row is not one the user chose (or a
    // result of an earlier text), when the results are in.
    void runCurrent();
    void run(int row);
    void showStatus();
    void fitHeight();

    QMainWindow &m_window;
    CommandPaletteModel *m_model = nullptr;
    QLineEdit *m_text = nullptr;
    QTreeView *m_list = nullptr;
    QLabel *m_status = nullptr;
    QTimer m_delay;
    QuickSearch *m_search = nullptr;
    quint64 m_generation = 0;
    bool m_searching = false; // a search for the current text is queued or running
    bool m_moved = false; // the user moved the current row since the text changed
    bool m_runWhenFound = false; // Enter was pressed while the results were coming
    QString m_error;
};

} // namespace bc
