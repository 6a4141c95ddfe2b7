#include "tests/benchmarks/responsivenessscript.h"

#include "core/domain/account.h"
#include "core/platform/memorysecretstore.h"
#include "core/platform/settings.h"
#include "tests/common/latencyproxy.h"
#include "ui/accounts/accountlistmodel.h"
#include "ui/connection/consolesession.h"
#include "ui/groups/grouptreemodel.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEventLoop>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMessageBox>
#include <QPointer>
#include <QSet>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>
#include <QWizard>

#include <memory>
#include <thread>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// What a script run keeps between its steps.
struct ScriptState
{
    QTemporaryDir dir;
    std::unique_ptr<Settings> settings;
    MemorySecretStore secrets;
    std::unique_ptr<ConsoleSession> session;
    bool sessionFinished = false;
    QPointer<QMainWindow> window;
    int listChanges = 0; // the account list's resets, reorders and updates so far
    int since = 0;
    int listUpdates = 0; // rows read again in place
    int updatesSince = 0;
    QString takenLogin; // of the first account listed at start
    int allRows = 0; // listed before the search
    QString freeLogin;
    QSet<qint64> selected;
    int notYetDisabled = 0;
    bool returned = false;
    int lastClickedPage = -1;
    bool finishClicked = false;
    bool loginCheckShown = false; // "Checking whether this login is free…" appeared under the login
    bool typedDuringOutage = false;
    QSet<QString> failedGroups;
};

QMainWindow *findMainWindow()
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == "mainWindow"_L1 && widget->isVisible())
            return qobject_cast<QMainWindow *>(widget);
    }
    return nullptr;
}

template<typename T> T *find(QObject *root, const QString &name)
{
    return root ? root->findChild<T *>(name) : nullptr;
}

// A visible top-level dialog (a modal one, or the window-modal wizard) by objectName.
template<typename T> T *findDialog(const QString &name)
{
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        if (widget->objectName() == name && widget->isVisible())
            return qobject_cast<T *>(widget);
    }
    return nullptr;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    if (!edit)
        return;
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Notes when a widget is shown (a message under an input appearing), however briefly.
class ShowWatcher final : public QObject
{
public:
    ShowWatcher(QWidget *watched, bool *shown)
        : QObject(watched)
        , m_shown(shown)
    {
        watched->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Show)
            *m_shown = true;
        return QObject::eventFilter(watched, event);
    }

private:
    bool *m_shown;
};

void clickIndex(QAbstractItemView *view, const QModelIndex &index, Qt::KeyboardModifiers modifiers = {})
{
    if (!view || !index.isValid())
        return;
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

} // namespace

struct ResponsivenessScript::State : ScriptState
{
};

QString ResponsivenessScript::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Done:
        return u"done"_s;
    case Outcome::TimedOut:
        return u"timed out"_s;
    case Outcome::Cut:
        return u"cut off"_s;
    case Outcome::Skipped:
        return u"skipped"_s;
    }
    return {};
}

ResponsivenessScript::ResponsivenessScript(test::LatencyProxy &proxy, const DatabaseAddress &address,
                                           const Options &options, QTextStream &log)
    : m_proxy(proxy)
    , m_address(address)
    , m_options(options)
    , m_log(log)
{
}

ResponsivenessScript::Run ResponsivenessScript::run()
{
    State state;
    m_state = &state;
    state.settings = std::make_unique<Settings>(state.dir.filePath(u"console.conf"_s));
    addSteps();

    QEventLoop loop;
    QTimer heart;
    heart.setTimerType(Qt::PreciseTimer);
    heart.setInterval(beatMs);
    QObject::connect(&heart, &QTimer::timeout, &heart, [this] { beat(); });
    QTimer poller;
    poller.setInterval(5);
    QObject::connect(&poller, &QTimer::timeout, &poller, [this, &loop] {
        poll();
        if (!m_finished)
            return;
        // A dialog left open (an error while the database opened, say) runs an event loop of
        // its own: closed first, so that this one can end.
        if (QWidget *modal = QApplication::activeModalWidget()) {
            if (auto *discard = find<QAbstractButton>(modal, u"discardChanges"_s))
                discard->click();
            else if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
            else
                modal->close();
            return;
        }
        loop.quit();
    });
    m_clock.start();
    m_lastBeat = now();
    m_lastBeatShared = m_lastBeat;
    heart.start();
    poller.start();
    std::thread watchdog([this] { watch(); });
    QTimer::singleShot(0, &poller, [this] { begin(0); });
    loop.exec();
    heart.stop();
    poller.stop();
    m_stopWatching = true;
    watchdog.join();
    m_proxy.setDown(false);
    state.session.reset();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    m_state = nullptr;

    Run run;
    run.actions = m_actions;
    run.selectedIds = m_selectedIds;
    run.typedKept = m_typedKept;
    for (const Action &action : std::as_const(m_actions)) {
        if (action.outcome != Outcome::Done)
            ++run.notDone;
        if (action.longestStallMs > run.longestStallMs) {
            run.longestStallMs = action.longestStallMs;
            run.longestStallAction = action.name;
        }
        // The outage lasts as long as it is made to: not an action's time.
        if (action.resultMs > run.slowestActionMs && !action.name.startsWith(u"server away"_s)) {
            run.slowestActionMs = action.resultMs;
            run.slowestAction = action.name;
        }
    }
    for (const Stall &stall : std::as_const(m_stalls)) {
        if (stall.end - stall.start - beatMs > stallThresholdMs)
            ++run.stallCount;
    }
    return run;
}

void ResponsivenessScript::beat()
{
    const double t = now();
    if (t - m_lastBeat > beatMs + 3)
        m_stalls.append({m_lastBeat, t});
    m_lastBeat = t;
    m_lastBeatShared = t;
}

// On its own thread: an action that keeps the GUI thread blocked past its time is ended by cutting
// the console's connections, as a dead network would; the blocked call then fails.
void ResponsivenessScript::watch()
{
    while (!m_stopWatching) {
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
        const double deadline = m_deadline;
        const double t = now();
        if (deadline > 0 && t > deadline && t - m_lastBeatShared > 500 && !m_cut) {
            m_cut = true;
            m_proxy.setDown(true);
            m_proxy.dropConnections();
        }
    }
}

void ResponsivenessScript::begin(int index)
{
    for (m_current = index; m_current < m_steps.size(); ++m_current) {
        const Step &step = m_steps.at(m_current);
        const QString group = step.name.section(u'|', 0, 0);
        // Without a window (the database did not open in time) nothing else can be done.
        const bool noWindow = m_current > 0 && !m_state->window;
        if (!noWindow && (group.isEmpty() || !m_state->failedGroups.contains(group)))
            break;
        if (step.measured)
            m_actions.append({step.name.section(u'|', 1), 0, 0, 0, Outcome::Skipped, {}});
    }
    if (m_current >= m_steps.size()) {
        m_finished = true;
        return;
    }
    m_stepStart = -1; // not started until act() runs
    QTimer::singleShot(0, QApplication::instance(), [this, index = m_current] {
        if (index != m_current)
            return;
        m_stepStart = now();
        m_stepChunks = m_proxy.requestsToServer();
        m_deadline = m_stepStart + m_options.timeoutMs;
        m_steps.at(index).act();
    });
}

void ResponsivenessScript::poll()
{
    if (m_finished || m_current < 0 || m_current >= m_steps.size() || m_stepStart < 0)
        return;
    // An error nobody asked for (the server went away, a statement failed): noted and closed, as
    // a person would.
    if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
        const QString name = box->objectName();
        if (name != "disableAccountsQuestion"_L1 && name != "discardChangesQuestion"_L1) {
            m_log << "  message during \"" << m_steps.at(m_current).name.section(u'|', 1) << "\": " << box->text()
                  << '\n';
            m_log.flush();
            box->reject();
            return;
        }
    }
    if (m_cut) {
        finish(Outcome::Cut);
        return;
    }
    if (m_steps.at(m_current).done()) {
        finish(Outcome::Done);
        return;
    }
    if (now() - m_stepStart > m_options.timeoutMs)
        finish(Outcome::TimedOut);
}

void ResponsivenessScript::finish(Outcome outcome)
{
    const Step &step = m_steps.at(m_current);
    const double end = now();
    m_deadline = 0;
    if (m_cut) {
        m_proxy.setDown(false);
        m_cut = false;
    }
    Action action;
    action.name = step.name.section(u'|', 1);
    action.resultMs = end - m_stepStart;
    action.outcome = outcome;
    action.roundTrips = m_proxy.requestsToServer() - m_stepChunks;
    for (const Stall &stall : std::as_const(m_stalls)) {
        const double overlap = qMin(end, stall.end) - qMax(m_stepStart, stall.start) - beatMs;
        action.longestStallMs = qMax(action.longestStallMs, overlap);
    }
    if (outcome != Outcome::Done)
        m_state->failedGroups.insert(step.name.section(u'|', 0, 0));
    if (step.measured || outcome != Outcome::Done) {
        m_actions.append(action);
        m_log << "  " << action.name << ": " << QString::number(action.resultMs, 'f', 0) << " ms, stall "
              << QString::number(action.longestStallMs, 'f', 0) << " ms, " << outcomeName(outcome) << '\n';
        m_log.flush();
    }
    m_stepStart = -1;
    const int next = m_current + 1;
    QTimer::singleShot(0, QApplication::instance(), [this, next] { begin(next); });
}

void ResponsivenessScript::addSteps()
{
    State &s = *m_state;
    const auto tree = [&s] {
        return find<QTreeView>(s.window, u"groupTree"_s);
    };
    const auto list = [&s] {
        return find<QTableView>(s.window, u"accountList"_s);
    };
    const auto model = [list] {
        return list() ? list()->model() : nullptr;
    };
    const auto action = [&s](const QString &name) {
        return find<QAction>(s.window, name);
    };
    const auto rowLoaded = [model](int row) {
        return model() && model()->index(row, 0).data(AccountListModel::AccountIdRole).toLongLong() != 0;
    };
    // A new answer arrived since the action and its first rows show.
    const auto listShown = [&s, model, rowLoaded] {
        return model() && s.listChanges > s.since && (model()->rowCount() == 0 || rowLoaded(0));
    };
    const auto markList = [&s] {
        s.since = s.listChanges;
        s.updatesSince = s.listUpdates;
    };
    const auto root = [tree] {
        return tree() ? tree()->model()->index(0, 0) : QModelIndex();
    };
    // The groups below `parent` show: not the "Loading…" row that stands in for them.
    const auto groupsShown = [tree](const QModelIndex &parent) {
        return tree() && tree()->model()->index(0, 0, parent).data(GroupTreeModel::GroupIdRole).toLongLong() != 0;
    };
    // The customers (children of the top group) that have units, in the tree's order.
    const auto customers = [tree, root] {
        QList<QModelIndex> found;
        if (!tree())
            return found;
        for (int row = 0; row < tree()->model()->rowCount(root()); ++row) {
            const QModelIndex index = tree()->model()->index(row, 0, root());
            if (tree()->model()->hasChildren(index))
                found.append(index);
        }
        return found;
    };
    const auto noModal = [] {
        return QApplication::activeModalWidget() == nullptr;
    };
    const auto wizard = [] {
        return findDialog<QWizard>(u"addAccountWizard"_s);
    };
    const auto wizardField = [wizard](const QString &name) {
        return find<QLineEdit>(wizard(), name);
    };
    // Closes what dialogs are open, discarding what they hold.
    const Step closeDialogs {u"|close the dialogs"_s, [] {},
                             [] {
                                 QWidget *modal = QApplication::activeModalWidget();
                                 if (!modal)
                                     return true;
                                 if (auto *discard = find<QAbstractButton>(modal, u"discardChanges"_s))
                                     QTimer::singleShot(0, discard, [discard] { discard->click(); });
                                 else if (auto *dialog = qobject_cast<QDialog *>(modal))
                                     QTimer::singleShot(0, dialog, [dialog] { dialog->reject(); });
                                 return false;
                             },
                             false};

    m_steps.append(
        {u"|open the database"_s,
         [this, &s] {
             s.session = std::make_unique<ConsoleSession>(*s.settings, s.secrets);
             QObject::connect(s.session.get(), &ConsoleSession::finished, s.session.get(),
                              [&s] { s.sessionFinished = true; });
             s.session->start(m_address, ConsoleSession::Origin::CommandLine);
         },
         [&s, tree, root, model, rowLoaded, groupsShown] {
             if (!s.window) {
                 s.window = findMainWindow();
                 if (!s.window || !model())
                     return false;
                 QObject::connect(model(), &QAbstractItemModel::modelReset, s.window, [&s] { ++s.listChanges; });
                 QObject::connect(model(), &QAbstractItemModel::layoutChanged, s.window, [&s] { ++s.listChanges; });
                 QObject::connect(model(), &QAbstractItemModel::dataChanged, s.window, [&s] { ++s.listUpdates; });
             }
             if (!tree() || !groupsShown(root()) || model()->rowCount() == 0 || !rowLoaded(0))
                 return false;
             s.takenLogin = model()->index(0, AccountListModel::LoginColumn).data().toString();
             return true;
         }});
    for (int i = 0; i < 3; ++i) {
        m_steps.append(
            {u"|expand customer %1"_s.arg(i + 1),
             [tree, customers, i] {
                 if (const auto found = customers(); i < found.size())
                     tree()->expand(found.at(i));
             },
             [tree, customers, i] {
                 // Its units show: not the "Loading…" row that stands in for them.
                 const auto found = customers();
                 return i >= found.size()
                     || tree()->model()->index(0, 0, found.at(i)).data(GroupTreeModel::GroupIdRole).toLongLong() != 0;
             }});
    }
    // What the list shows matches what was asked: rows found by the search, all rows again,
    // rows in the new order. A reset alone could be another change arriving meanwhile.
    const auto rowText = [model](int row, int column) {
        return model()->index(row, column).data().toString();
    };
    const auto loadedUpTo = [model, rowLoaded](int count) {
        for (int row = 0; row < qMin(count, model()->rowCount()); ++row) {
            if (!rowLoaded(row))
                return false;
        }
        return true;
    };
    m_steps.append({u"list|search"_s,
                    [&s, model, markList] {
                        s.allRows = model()->rowCount();
                        markList();
                        auto *search = find<QLineEdit>(s.window, u"search"_s);
                        search->setFocus();
                        // A login's first letters, as a person searching for it types them.
                        QTest::keyClicks(search, s.takenLogin.left(3));
                    },
                    [&s, model, listShown, rowText] {
                        if (!listShown() || model()->rowCount() == 0)
                            return false;
                        const QString typed = s.takenLogin.left(3);
                        for (int column : {AccountListModel::LoginColumn, AccountListModel::NameColumn,
                                           AccountListModel::EmailColumn}) {
                            if (rowText(0, column).contains(typed, Qt::CaseInsensitive))
                                return true;
                        }
                        return false;
                    }});
    m_steps.append({u"list|clear the search"_s,
                    [&s, markList] {
                        markList();
                        find<QLineEdit>(s.window, u"search"_s)->clear();
                    },
                    [&s, model, listShown] {
                        return listShown() && model()->rowCount() == s.allRows;
                    }});
    m_steps.append(
        {u"list|sort by name"_s,
         [list, markList] {
             markList();
             QHeaderView *header = list()->horizontalHeader();
             const int column = AccountListModel::NameColumn;
             const QPoint at(header->sectionViewportPosition(column) + header->sectionSize(column) / 2,
                             header->height() / 2);
             QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
         },
         [list, model, listShown, loadedUpTo, rowText] {
             constexpr int rows = 10;
             QHeaderView *header = list()->horizontalHeader();
             if (!listShown() || header->sortIndicatorSection() != AccountListModel::NameColumn || !loadedUpTo(rows))
                 return false;
             const int sign = header->sortIndicatorOrder() == Qt::AscendingOrder ? 1 : -1;
             for (int row = 1; row < qMin(rows, model()->rowCount()); ++row) {
                 const int order =
                     QString::localeAwareCompare(rowText(row - 1, AccountListModel::NameColumn).toCaseFolded(),
                                                 rowText(row, AccountListModel::NameColumn).toCaseFolded());
                 if (order * sign > 0)
                     return false;
             }
             return true;
         }});
    for (int i = 0; i < 2; ++i) {
        // A customer, then a unit of the next customer.
        const auto target = [customers, tree, i] {
            const auto found = customers();
            if (found.size() <= i)
                return QModelIndex();
            return i == 0 ? found.at(0) : tree()->model()->index(0, 0, found.at(i));
        };
        m_steps.append({i == 0 ? u"|select a customer"_s : u"|select a unit"_s,
                        [tree, target, markList] {
                            markList();
                            clickIndex(tree(), target());
                        },
                        [tree, target, listShown] {
                            return tree()->currentIndex() == target() && listShown();
                        }});
    }

    m_steps.append({u"wizard|open the Add account wizard"_s, [action] { action(u"addAccountAction"_s)->trigger(); },
                    [wizardField] {
                        QLineEdit *login = wizardField(u"login"_s);
                        return login && login->isVisible() && login->isEnabled();
                    }});
    m_steps.append({u"wizard|type email and names"_s,
                    [wizardField] {
                        typeInto(wizardField(u"email"_s), u"bench.runner@example.com"_s);
                        typeInto(wizardField(u"firstName"_s), u"Bench"_s);
                        typeInto(wizardField(u"lastName"_s), u"Runner"_s);
                    },
                    [wizardField] {
                        return wizardField(u"lastName"_s) && wizardField(u"lastName"_s)->text() == "Runner"_L1;
                    }});
    m_steps.append({u"wizard|type a taken login"_s,
                    [&s, wizardField] { typeInto(wizardField(u"login"_s), s.takenLogin); },
                    [wizard] {
                        auto *suggestion = find<QAbstractButton>(wizard(), u"useSuggestedLogin"_s);
                        return suggestion && suggestion->isVisible();
                    }});
    m_steps.append({u"wizard|type a free login"_s,
                    [this, &s, wizard, wizardField] {
                        s.freeLogin = u"bench.%1ms.%2"_s.arg(m_proxy.delay()).arg(QCoreApplication::applicationPid());
                        typeInto(wizardField(u"login"_s), s.freeLogin);
                        // What shows the login free: "Checking…" under it, then nothing. Watched
                        // from now on: the taken login's message before does not count.
                        s.loginCheckShown = false;
                        if (auto *message = find<QWidget>(wizard(), u"loginError"_s))
                            new ShowWatcher(message, &s.loginCheckShown);
                    },
                    [&s, wizard] {
                        auto *suggestion = find<QAbstractButton>(wizard(), u"useSuggestedLogin"_s);
                        auto *message = find<QWidget>(wizard(), u"loginError"_s);
                        return suggestion && !suggestion->isVisible() && message && s.loginCheckShown
                            && !message->isVisible()
                            && (wizard()->button(QWizard::NextButton)->isEnabled()
                                || wizard()->button(QWizard::FinishButton)->isEnabled());
                    }});
    m_steps.append({u"wizard|finish the wizard"_s,
                    [&s] {
                        s.lastClickedPage = -1;
                        s.finishClicked = false;
                    },
                    [&s, wizard, list] {
                        if (QWizard *open = wizard()) {
                            // Finish when it can, else Next once per page.
                            QAbstractButton *finishButton = open->button(QWizard::FinishButton);
                            QAbstractButton *nextButton = open->button(QWizard::NextButton);
                            if (finishButton->isVisible() && finishButton->isEnabled() && !s.finishClicked) {
                                s.finishClicked = true;
                                QTimer::singleShot(0, finishButton, [finishButton] { finishButton->click(); });
                            } else if (nextButton->isVisible() && nextButton->isEnabled()
                                       && open->currentId() != s.lastClickedPage) {
                                s.lastClickedPage = open->currentId();
                                QTimer::singleShot(0, nextButton, [nextButton] { nextButton->click(); });
                            }
                            return false;
                        }
                        // The new account shows, selected, in the list.
                        const QModelIndexList rows =
                            list()->selectionModel()->selectedRows(AccountListModel::LoginColumn);
                        return rows.size() == 1 && rows.first().data().toString() == s.freeLogin;
                    }});
    m_steps.append(closeDialogs);

    m_steps.append({u"details|select an account"_s, [list] { clickIndex(list(), list()->model()->index(0, 0)); },
                    [list, action] {
                        return list()->selectionModel()->selectedRows().size() == 1
                            && action(u"accountDetailsAction"_s)->isEnabled();
                    }});
    m_steps.append({u"details|open account details"_s, [action] { action(u"accountDetailsAction"_s)->trigger(); },
                    [] {
                        auto *dialog = findDialog<QDialog>(u"accountDetailsDialog"_s);
                        auto *login = find<QLineEdit>(dialog, u"login"_s);
                        return login && !login->text().isEmpty();
                    }});
    m_steps.append({u"details|close account details"_s,
                    [] {
                        if (auto *dialog = findDialog<QDialog>(u"accountDetailsDialog"_s))
                            dialog->reject();
                    },
                    noModal});
    m_steps.append(closeDialogs);
    m_steps.append({u"settings|open group settings"_s, [action] { action(u"groupSettingsAction"_s)->trigger(); },
                    [] {
                        auto *dialog = findDialog<QDialog>(u"groupSettingsDialog"_s);
                        auto *profile = find<QComboBox>(dialog, u"defaultProfile"_s);
                        return dialog && (!profile || profile->count() > 0);
                    }});
    m_steps.append({u"settings|close group settings"_s,
                    [] {
                        if (auto *dialog = findDialog<QDialog>(u"groupSettingsDialog"_s))
                            dialog->reject();
                    },
                    noModal});
    m_steps.append(closeDialogs);

    m_steps.append({u"disable|select the top group"_s,
                    [tree, root, markList] {
                        markList();
                        clickIndex(tree(), root());
                    },
                    [tree, root, listShown] {
                        return tree()->currentIndex() == root() && listShown();
                    }});
    m_steps.append({u"disable|show active accounts only"_s,
                    [&s, markList] {
                        markList();
                        auto *status = find<QComboBox>(s.window, u"statusFilter"_s);
                        status->setCurrentIndex(status->findData(toKey(AccountStatus::Active)));
                    },
                    listShown});
    m_steps.append({u"disable|select %1 accounts"_s.arg(m_options.disableCount),
                    [this, list] {
                        list()->scrollToTop();
                        clickIndex(list(), list()->model()->index(0, 0));
                        const int last = qMin(m_options.disableCount, list()->model()->rowCount()) - 1;
                        clickIndex(list(), list()->model()->index(last, 0), Qt::ShiftModifier);
                    },
                    [this, &s, list, action] {
                        const QModelIndexList rows = list()->selectionModel()->selectedRows();
                        if (rows.size() != qMin(m_options.disableCount, list()->model()->rowCount()))
                            return false;
                        s.selected.clear();
                        for (const QModelIndex &row : rows) {
                            if (const qint64 id = row.data(AccountListModel::AccountIdRole).toLongLong())
                                s.selected.insert(id);
                        }
                        m_selectedIds = s.selected.values();
                        return s.selected.size() == rows.size() && action(u"disableAccountsAction"_s)->isEnabled();
                    }});
    m_steps.append({u"disable|disable %1 accounts"_s.arg(m_options.disableCount),
                    [&s, action] {
                        s.returned = false;
                        action(u"disableAccountsAction"_s)->trigger();
                        s.returned = true;
                    },
                    [&s, model] {
                        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
                            box && box->objectName() == "disableAccountsQuestion"_L1) {
                            for (QAbstractButton *button : box->buttons()) {
                                if (box->buttonRole(button) == QMessageBox::AcceptRole)
                                    QTimer::singleShot(0, button, [button] { button->click(); });
                            }
                            return false;
                        }
                        // None of them is shown as anything but disabled any more. Only the rows
                        // the list holds are looked at: asking for another row's data would make
                        // the list read its page, which a person looking at the window does not.
                        auto *accounts = qobject_cast<AccountListModel *>(model());
                        if (!accounts)
                            return false;
                        s.notYetDisabled = 0;
                        for (const auto &[row, account] : accounts->loadedRows()) {
                            if (s.selected.contains(account.id) && account.status != AccountStatus::Disabled)
                                ++s.notYetDisabled;
                        }
                        return s.returned && s.notYetDisabled == 0;
                    }});
    m_steps.append(closeDialogs);

    m_steps.append({u"outage|open the wizard before the outage"_s,
                    [action] { action(u"addAccountAction"_s)->trigger(); },
                    [wizardField] {
                        QLineEdit *login = wizardField(u"login"_s);
                        return login && login->isVisible() && login->isEnabled();
                    },
                    false});
    m_steps.append({u"outage|type before the outage"_s,
                    [wizardField] {
                        typeInto(wizardField(u"login"_s), u"kept.login"_s);
                        typeInto(wizardField(u"email"_s), u"kept@example.com"_s);
                    },
                    [] { return true; }, false});
    m_steps.append({u"outage|server away %1 s, typing meanwhile"_s.arg(m_options.outageMs / 1000),
                    [this, &s] {
                        s.typedDuringOutage = false;
                        m_proxy.setDown(true);
                        m_proxy.dropConnections();
                    },
                    [this, &s, wizardField] {
                        if (!s.typedDuringOutage && now() - m_stepStart > m_options.outageMs / 5) {
                            s.typedDuringOutage = true;
                            QTimer::singleShot(0, QApplication::instance(),
                                               [wizardField] { typeInto(wizardField(u"firstName"_s), u"Kept"_s); });
                        }
                        return now() - m_stepStart >= m_options.outageMs;
                    }});
    m_steps.append({u"outage|server back"_s, [this] { m_proxy.setDown(false); },
                    [this, wizardField] {
                        m_typedKept = wizardField(u"login"_s) && wizardField(u"login"_s)->text() == "kept.login"_L1
                            && wizardField(u"email"_s)->text() == "kept@example.com"_L1
                            && wizardField(u"firstName"_s)->text() == "Kept"_L1;
                        return true;
                    },
                    false});
    m_steps.append(closeDialogs);
    m_steps.append({u"|reload after the outage"_s,
                    [action, markList] {
                        markList();
                        action(u"reloadAction"_s)->trigger();
                    },
                    [&s, model, rowLoaded, noModal] {
                        const bool answered = s.listChanges > s.since || s.listUpdates > s.updatesSince;
                        return answered && (model()->rowCount() == 0 || rowLoaded(0)) && noModal();
                    }});
    m_steps.append(closeDialogs);
    m_steps.append({u"|close the window"_s, [action] { action(u"quitAction"_s)->trigger(); },
                    [&s] {
                        return s.sessionFinished;
                    }});
}

} // namespace bc
