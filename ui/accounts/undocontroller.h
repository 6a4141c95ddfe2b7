#pragma once

#include "core/domain/bulkoutcome.h"
#include "core/domain/error.h"
#include "core/domain/undoplan.h"

#include <QObject>
#include <QString>

class QAction;
class QMainWindow;
class QMenu;

namespace bc {

class BulkActionRunner;
struct WorkspaceServices;

// Edit → Undo (Ctrl+Z): takes back the operator's last change — the audit batch one job wrote
// (AccountService::lastChange) — once the operator confirmed a question that says what will change.
// Reads the plan on the workspace's worker, says "nothing to undo" or why it is refused (someone
// changed an account since, a permission it lacks), and runs the undo as a bulk job of `runner`,
// which asks the acting operator's permissions again first. A focused text field keeps Ctrl+Z for
// its own undo (it claims the key before the window's shortcut sees it). Keeps MainWindow small.
class UndoController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UndoController)

public:
    // Adds the action to `menu`; status messages and problems go to `window`'s status bar and boxes.
    UndoController(BulkActionRunner *runner, QMenu *menu, QMainWindow *window);

    QAction *action() const { return m_action; }
    // Asks the worker for the last change, then asks, refuses or says there is nothing; what the
    // action does. Nothing while a bulk action or an earlier undo is under way.
    void undo();
    bool isBusy() const { return m_busy; }

    // The texts, in plain words (for the boxes, and for tests):
    // "Undo your last change (disabled 3 accounts on 12/6/24 12:03 PM)?"
    static QString question(const UndoPlan &plan);
    // What undoing does to the accounts: "\"alice\", \"bob\" and \"carol\" will be enabled again.",
    // one line per kind, and the activation emails that stay sent.
    static QString consequences(const UndoPlan &plan);
    // Why it may not be undone: the refusals, one a line, "and 3 more" when there are more.
    static QString refusals(const UndoPlan &plan);
    // A group's or catalog item's change: what it did, and what undoing it does.
    static QString otherChange(const UndoPlan::Other &other);
    static QString otherConsequence(const UndoPlan::Other &other);
    // What the status bar says once it was undone: "Undone: 3 accounts enabled again."
    static QString undone(const UndoPlan &plan, const BulkOutcome &outcome);
    // On the worker: whether the acting operator may undo `plan`, each permission it needs in each
    // of its groups (Authority::allows); the first refusal otherwise.
    static Result<void> mayUndo(WorkspaceServices &services, const UndoPlan &plan);

Q_SIGNALS:
    // An undo ran (`outcome`), or was refused or found nothing (no outcome): for tests to wait on.
    void finished();

private:
    // What the worker found: the last change, and whether this operator may undo it.
    struct Found
    {
        std::optional<UndoPlan> plan;
        std::optional<Error> refused;
    };

    void answer(const Result<Found> &found);
    void run(const UndoPlan &plan);
    void showMessage(const QString &message);
    void refuse(const QString &text, const QString &reasons);

    BulkActionRunner *m_runner;
    QMainWindow *m_window;
    QAction *m_action = nullptr;
    bool m_busy = false;
};

} // namespace bc
