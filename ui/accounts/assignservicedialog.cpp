#include "ui/accounts/assignservicedialog.h"

#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/workspace.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/widgets/checklistfield.h"
#include "ui/widgets/formproblem.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AssignServiceDialog::AssignServiceDialog(BulkActionRunner &runner, const QList<Subscription> &subscriptions,
                                         const AccountSelection &selection, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_selection(selection)
    , m_groupId(groupId)
{
    setObjectName(u"assignServiceDialog"_s);
    setWindowTitle(tr("Assign service"));
    auto *label = new QLabel(tr("&Subscriptions to add to %n account(s):", nullptr, selection.count), this);
    m_subscriptions = new CheckListField(Field::subscriptions, tr("Subscription"), QString(), this);
    m_subscriptions->setEmptyText(tr("This organization has no subscriptions; add one with Group → Subscriptions…"));
    QList<CheckListField::Item> items;
    for (const Subscription &subscription : subscriptions)
        items.append({subscription.id, subscription.name, QString(), QString()});
    m_subscriptions->setItems(items);
    label->setBuddy(m_subscriptions->view());
    m_error = formProblem(u"assignError"_s, this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Assign"));
    m_ok->setEnabled(false);
    connect(m_subscriptions, &CheckListField::changed, this,
            [this] { m_ok->setEnabled(!m_subscriptions->checkedIds().isEmpty() && !m_runner.isRunning()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &AssignServiceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssignServiceDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(label);
    layout->addWidget(m_subscriptions, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(420, 320);
}

void AssignServiceDialog::accept()
{
    const QList<qint64> chosen = m_subscriptions->checkedIds();
    if (chosen.isEmpty() || m_runner.isRunning())
        return;
    // Accounts done stay done; the first refusal is shown and the rest can be retried.
    const auto job = [chosen, groupId = m_groupId](WorkspaceServices &services, const QList<qint64> &ids,
                                                   const BulkProgress &progress) {
        if (auto refused = services.acting.refusesBulk(Permission::EditAccounts, groupId, ids.size()))
            return *refused;
        BulkOutcome outcome = services.accounts.assignSubscriptionsToAll(ids, chosen, progress);
        BulkActionRunner::nameFirstRefusal(services, outcome);
        return outcome;
    };
    const QPointer<AssignServiceDialog> self(this);
    const bool started =
        m_runner.run(tr("Assigning the subscriptions…"), m_selection, job, [self](const BulkOutcome &outcome) {
            if (!self)
                return; // closed meanwhile: the list shows what was done
            self->m_assigned += static_cast<int>(outcome.changed.size());
            Q_EMIT self->assigned(static_cast<int>(outcome.changed.size()));
            self->finishRun(outcome);
        });
    if (started)
        m_ok->setEnabled(false);
}

void AssignServiceDialog::finishRun(const BulkOutcome &outcome)
{
    // Done too: the accounts that had the subscriptions already.
    m_selection.leave(outcome.changed + outcome.unchanged);
    m_ok->setEnabled(!m_subscriptions->checkedIds().isEmpty());
    if (m_selection.isEmpty() || outcome.isComplete()) {
        QDialog::accept();
        return;
    }
    QString message = BulkActionRunner::interruption(outcome);
    if (!outcome.failed.isEmpty())
        message = outcome.failed.first().error.message;
    m_error->setText(message);
    m_error->show();
}

} // namespace bc
