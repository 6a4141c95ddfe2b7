#include "ui/accounts/undocontroller.h"

#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/changeundo.h"
#include "core/services/workspace.h"
#include "ui/accounts/accountactions.h"
#include "ui/accounts/bulkactionrunner.h"

#include <QAction>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

// How long the status bar keeps what the undo said.
constexpr int messageTimeout = 10000;

// What undoing does to one kind of account of the plan.
enum class Kind
{
    Restore,
    Remove,
    Enable,
    Disable,
    Revert,
};

struct Part
{
    Kind kind;
    int count;
};

QList<Part> partsOf(const UndoPlan &plan)
{
    QList<Part> parts;
    for (const auto &[kind, ids] :
         {std::pair {Kind::Restore, &plan.toRestore}, std::pair {Kind::Remove, &plan.toRemove},
          std::pair {Kind::Enable, &plan.toEnable}, std::pair {Kind::Disable, &plan.toDisable},
          std::pair {Kind::Revert, &plan.toRevert}}) {
        if (!ids->isEmpty())
            parts.append({kind, static_cast<int>(ids->size())});
    }
    return parts;
}

bool isMove(const UndoPlan &plan)
{
    return plan.action == u"account.moved"_s;
}

} // namespace

UndoController::UndoController(BulkActionRunner *runner, QMenu *menu, QMainWindow *window)
    : QObject(window)
    , m_runner(runner)
    , m_window(window)
{
    m_action = new QAction(window->style()->standardIcon(QStyle::SP_ArrowBack), tr("&Undo"), window);
    m_action->setObjectName(u"undoAction"_s);
    // The window's shortcut: a focused line edit claims Ctrl+Z first (ShortcutOverride) for its text.
    m_action->setShortcut(QKeySequence::Undo);
    m_action->setStatusTip(tr("Take back your last change or bulk action, import included, once you confirmed "
                              "what it changes back."));
    connect(m_action, &QAction::triggered, this, &UndoController::undo);
    if (menu)
        menu->addAction(m_action);
}

void UndoController::undo()
{
    if (m_busy || m_runner->isRunning())
        return;
    m_busy = true;
    showMessage(tr("Looking for your last change…"));
    m_runner->workspace().call(
        this,
        [](WorkspaceServices &services) -> Result<Found> {
            auto last = services.accounts.lastChange();
            if (!last)
                return fail(last.error());
            Found found {*last, std::nullopt};
            if (found.plan && found.plan->isPossible()) {
                if (auto allowed = mayUndo(services, *found.plan); !allowed)
                    found.refused = allowed.error();
            }
            return found;
        },
        [this](const Result<Found> &found) { answer(found); });
}

Result<void> UndoController::mayUndo(WorkspaceServices &services, const UndoPlan &plan)
{
    const Permissions needed = plan.permissionsNeeded();
    for (qint64 groupId : plan.groupIds) {
        for (Permission permission : allPermissions) {
            if (!needed.testFlag(permission))
                continue;
            if (auto allowed = services.acting.allows(permission, groupId); !allowed)
                return allowed;
        }
    }
    return {};
}

void UndoController::answer(const Result<Found> &found)
{
    if (!found) {
        m_busy = false;
        showMessage(found.error().message);
        QMessageBox::warning(m_window, tr("Undo"), found.error().message);
        Q_EMIT finished();
        return;
    }
    if (!found->plan) {
        m_busy = false;
        showMessage(tr("There is nothing to undo."));
        Q_EMIT finished();
        return;
    }
    const UndoPlan &plan = *found->plan;
    m_window->statusBar()->clearMessage(); // the search is over; the question or refusal tells the rest
    if (plan.refusalCount > 0) {
        refuse(tr("Your last change, made on %1, cannot be undone.")
                   .arg(QLocale().toString(plan.at.toLocalTime(), QLocale::ShortFormat)),
               refusals(plan));
        return;
    }
    if (plan.changes() == 0) {
        refuse(plan.kept > 0 ? tr("Your last change only sent or withdrew activation emails, which cannot be taken "
                                  "back.")
                             : tr("Your last change has nothing that can be undone."),
               QString());
        return;
    }
    if (found->refused) {
        refuse(tr("You may not undo your last change."), found->refused->message);
        return;
    }
    QMessageBox box(QMessageBox::Question, tr("Undo"), question(plan), QMessageBox::Cancel, m_window);
    box.setObjectName(u"undoQuestion"_s);
    box.setInformativeText(consequences(plan));
    QPushButton *confirm = box.addButton(tr("Undo"), QMessageBox::AcceptRole);
    confirm->setObjectName(u"undoConfirm"_s);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != confirm) {
        m_busy = false;
        showMessage(tr("Nothing was undone."));
        Q_EMIT finished();
        return;
    }
    run(plan);
}

void UndoController::run(const UndoPlan &plan)
{
    const auto job = [plan](WorkspaceServices &services, const BulkProgress &progress) {
        // The window's answer may be stale: the operator's permissions are asked again here, and
        // core checks each account again as it goes.
        if (auto allowed = mayUndo(services, plan); !allowed) {
            BulkOutcome refused;
            refused.total = plan.changes();
            refused.stoppedBy = allowed.error();
            return refused;
        }
        BulkOutcome outcome = services.accounts.undo(
            plan, progress, [&services](const Account &account) { return services.acting.mayGrant(account.draft()); },
            [&services](const AuditEntry &entry) {
                return ChangeUndo::undo({services.groups, services.catalog, services.activation,
                                         [&services](qint64 groupId, bool required) {
                                             return services.acting.maySetMfaRequired(groupId, required);
                                         }},
                                        entry);
            });
        // A refused account named by its login, where the failure is about an account (a reverted
        // change's failure names its audit entry, and its message names the account already).
        if (!outcome.failed.isEmpty()) {
            const qint64 id = outcome.failed.first().accountId;
            if (!plan.toRevert.contains(id)
                && (plan.toRemove.contains(id) || plan.toRestore.contains(id) || plan.toEnable.contains(id)
                    || plan.toDisable.contains(id)))
                BulkActionRunner::nameFirstRefusal(services, outcome);
        }
        return outcome;
    };
    const bool started =
        m_runner->run(tr("Undoing your last change…"), plan.changes(), job, [this, plan](const BulkOutcome &outcome) {
            m_busy = false;
            QString message = undone(plan, outcome);
            if (const QString stopped = BulkActionRunner::interruption(outcome);
                !stopped.isEmpty() && !outcome.stoppedBy)
                message += u' ' + stopped;
            showMessage(message);
            if (!outcome.failed.isEmpty() || outcome.stoppedBy) {
                QMessageBox box(QMessageBox::Warning, tr("Undo"), tr("Not everything was undone."), QMessageBox::Ok,
                                m_window);
                box.setObjectName(u"undoProblems"_s);
                box.setInformativeText(BulkActionRunner::problems(outcome).join(u'\n'));
                box.exec();
            }
            Q_EMIT finished();
        });
    if (!started) {
        m_busy = false;
        Q_EMIT finished();
    }
}

void UndoController::showMessage(const QString &message)
{
    m_window->statusBar()->showMessage(message, messageTimeout);
}

void UndoController::refuse(const QString &text, const QString &reasons)
{
    m_busy = false;
    showMessage(text);
    QMessageBox box(QMessageBox::Information, tr("Undo"), text, QMessageBox::Ok, m_window);
    box.setObjectName(u"undoRefused"_s);
    box.setInformativeText(reasons);
    box.exec();
    Q_EMIT finished();
}

QString UndoController::question(const UndoPlan &plan)
{
    const int count = plan.accounts();
    QString what;
    if (count == 0 && !plan.others.isEmpty())
        what = otherChange(plan.others.constLast());
    else if (plan.action == u"account.disabled"_s)
        what = tr("disabled %n account(s)", nullptr, count);
    else if (plan.action == u"account.enabled"_s)
        what = tr("enabled %n account(s)", nullptr, count);
    else if (plan.action == u"account.deleted"_s)
        what = tr("deleted %n account(s)", nullptr, count);
    else if (plan.action == u"account.created"_s)
        what = tr("created %n account(s)", nullptr, count);
    else if (plan.action == u"account.restored"_s)
        what = tr("restored %n account(s)", nullptr, count);
    else if (isMove(plan))
        what = tr("moved %n account(s)", nullptr, count);
    else
        what = tr("changed %n account(s)", nullptr, count);
    //: %1 what the change did ("disabled 3 accounts"), %2 when.
    return tr("Undo your last change (%1 on %2)?")
        .arg(what, QLocale().toString(plan.at.toLocalTime(), QLocale::ShortFormat));
}

QString UndoController::consequences(const UndoPlan &plan)
{
    const QList<Part> parts = partsOf(plan);
    QStringList lines;
    for (const Part &part : parts) {
        // One kind of account: named ("alice", "bob" and 3 more); several: counted.
        const QString who = parts.size() == 1 ? AccountActions::describeAccounts(plan.logins, part.count)
                                              : tr("%n account(s)", nullptr, part.count);
        switch (part.kind) {
        case Kind::Restore:
            //: %1 the accounts ("alice" and "bob", or "3 accounts").
            lines.append(tr("%1 will be restored from the recycle bin.", nullptr, part.count).arg(who));
            break;
        case Kind::Remove:
            lines.append(tr("%1 will be deleted again: they go to the recycle bin.", nullptr, part.count).arg(who));
            break;
        case Kind::Enable:
            lines.append(tr("%1 will be enabled again.", nullptr, part.count).arg(who));
            break;
        case Kind::Disable:
            lines.append(tr("%1 will be disabled again.", nullptr, part.count).arg(who));
            break;
        case Kind::Revert:
            lines.append(isMove(plan)
                             ? tr("%1 will be moved back to the group they were in.", nullptr, part.count).arg(who)
                             : tr("%1 will be given back their previous settings.", nullptr, part.count).arg(who));
            break;
        }
    }
    if (parts.size() > 1)
        lines.append(tr("Among them: %1.").arg(AccountActions::describeAccounts(plan.logins, plan.accounts())));
    for (const UndoPlan::Other &other : plan.others)
        lines.append(otherConsequence(other));
    if (plan.kept > 0)
        lines.append(tr("The %n activation email(s) it sent or withdrew stay as they are.", nullptr, plan.kept));
    return lines.join(u'\n');
}

QString UndoController::refusals(const UndoPlan &plan)
{
    QStringList lines;
    for (const Error &refusal : plan.refusals)
        lines.append(refusal.message);
    if (const int more = plan.refusalCount - static_cast<int>(plan.refusals.size()); more > 0)
        lines.append(tr("and %n more", nullptr, more));
    return lines.join(u'\n');
}

QString UndoController::undone(const UndoPlan &plan, const BulkOutcome &outcome)
{
    const int count = static_cast<int>(outcome.changed.size() + outcome.unchanged.size());
    if (outcome.stoppedBy && outcome.processed == 0 && count == 0)
        return tr("Nothing was undone: %1").arg(outcome.stoppedBy->message);
    const QList<Part> parts = partsOf(plan);
    if (parts.isEmpty())
        return tr("Undone: your last change is taken back.");
    if (parts.size() != 1)
        return tr("Undone: %n account(s) back as they were.", nullptr, count);
    switch (parts.first().kind) {
    case Kind::Restore:
        return tr("Undone: %n account(s) restored from the recycle bin.", nullptr, count);
    case Kind::Remove:
        return tr("Undone: %n account(s) deleted again.", nullptr, count);
    case Kind::Enable:
        return tr("Undone: %n account(s) enabled again.", nullptr, count);
    case Kind::Disable:
        return tr("Undone: %n account(s) disabled again.", nullptr, count);
    case Kind::Revert:
        return isMove(plan) ? tr("Undone: %n account(s) moved back.", nullptr, count)
                            : tr("Undone: %n account(s) given back their previous settings.", nullptr, count);
    }
    return {};
}

QString UndoController::otherChange(const UndoPlan::Other &other)
{
    const QString verb = other.action.mid(other.objectType.size() + 1);
    if (other.objectType == u"group"_s) {
        //: What a change did, in "Undo your last change (%1 on <date>)?".
        if (verb == u"renamed"_s)
            return tr("renamed the group \"%1\"").arg(other.name);
        if (verb == u"mfa-required"_s)
            return tr("required multi-factor authentication in \"%1\"").arg(other.name);
        if (verb == u"mfa-optional"_s)
            return tr("made multi-factor authentication optional in \"%1\"").arg(other.name);
        if (verb == u"activation-changed"_s)
            return tr("changed the activation link or email of \"%1\"").arg(other.name);
        if (verb == u"deleted"_s)
            return tr("deleted the group \"%1\"").arg(other.name);
        return verb == u"created"_s ? tr("made the group \"%1\"").arg(other.name)
                                    : tr("changed the settings of \"%1\"").arg(other.name);
    }
    if (verb == u"deleted"_s)
        return tr("deleted \"%1\"").arg(other.name);
    return verb == u"created"_s ? tr("added \"%1\"").arg(other.name) : tr("changed \"%1\"").arg(other.name);
}

QString UndoController::otherConsequence(const UndoPlan::Other &other)
{
    const QString verb = other.action.mid(other.objectType.size() + 1);
    if (other.objectType == u"group"_s) {
        if (verb == u"renamed"_s)
            return tr("The group \"%1\" will be called \"%2\" again.").arg(other.name, other.previousName);
        if (verb == u"mfa-required"_s)
            return tr("The group \"%1\" will no longer require multi-factor authentication.").arg(other.name);
        if (verb == u"mfa-optional"_s)
            return tr("The group \"%1\" will require multi-factor authentication again.").arg(other.name);
        if (verb == u"activation-changed"_s)
            return tr("The group \"%1\" will get its previous activation link lifetime and email back.")
                .arg(other.name);
        if (verb == u"deleted"_s)
            return tr("The group \"%1\" will be made again as it was: its settings, its activation link and email, "
                      "and whether it requires multi-factor authentication.")
                .arg(other.name);
        return verb == u"created"_s ? tr("The group \"%1\" will be deleted again.").arg(other.name)
                                    : tr("The group \"%1\" will get its previous settings back.").arg(other.name);
    }
    if (verb == u"deleted"_s)
        return tr("\"%1\" will be added again as it was.").arg(other.name);
    return verb == u"created"_s ? tr("\"%1\" will be deleted again.").arg(other.name)
                                : tr("\"%1\" will get its previous settings back.").arg(other.name);
}

} // namespace bc
