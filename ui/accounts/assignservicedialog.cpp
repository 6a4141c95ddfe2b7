#include "ui/accounts/assignservicedialog.h"

#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/workspace.h"
#include "ui/accounts/bulkactionrunner.h"
#include "ui/widgets/checklistfield.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AssignServiceDialog::AssignServiceDialog(BulkActionRunner &runner, const QList<Subscription> &subscriptions,
                                         const QList<qint64> &accountIds, qint64 groupId, QWidget *parent)
    : QDialog(parent)
    , m_runner(runner)
    , m_accountIds(accountIds)
    , m_groupId(groupId)
{
    setObjectName(u"assignServiceDialog"_s);
    setWindowTitle(tr("Assign service"));
    auto *label =
        new QLabel(tr("&Subscriptions to add to %n account(s):", nullptr, static_cast<int>(accountIds.size())), this);
    m_subscriptions = new CheckListField(Field::subscriptions, tr("Subscription"), QString(), this);
    m_subscriptions->setEmptyText(tr("This organization has no subscriptions; add one with Group → Subscriptions…"));
    QList<CheckListField::Item> items;
    for (const Subscription &subscription : subscriptions)
        items.append({subscription.id, subscription.name, QString(), QString()});
    m_subscriptions->setItems(items);
    label->setBuddy(m_subscriptions->view());
    m_error = new QLabel(this);
    m_error->setObjectName(u"assignError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
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
    const QList<qint64> ids = m_accountIds;
    const QString refusal = tr("\"%1\": %2");
    const auto job = [ids, chosen, refusal, groupId = m_groupId](WorkspaceServices &services,
                                                                 const BulkProgress &progress) {
        if (auto refused = services.acting.refusesBulk(Permission::EditAccounts, groupId, ids.size()))
            return *refused;
        BulkOutcome outcome = services.accounts.assignSubscriptionsToAll(ids, chosen, progress);
        // The refused account by its login, read here on the worker.
        if (!outcome.failed.isEmpty()) {
            BulkFailure &first = outcome.failed.first();
            if (auto account = services.accounts.account(first.accountId))
                first.error.message = refusal.arg(account->login, first.error.message);
        }
        return outcome;
    };
    const QPointer<AssignServiceDialog> self(this);
    const bool started = m_runner.run(tr("Assigning the subscriptions…"), static_cast<int>(ids.size()), job,
                                      [self](const BulkOutcome &outcome) {
                                          if (!self)
                                              return; // closed meanwhile: the list shows what was done
                                          self->m_assigned += static_cast<int>(outcome.changed.size());
                                          Q_EMIT self->assigned(static_cast<int>(outcome.changed.size()));
                                          // Done too: the accounts that had them all already.
                                          for (qint64 id : outcome.changed + outcome.unchanged)
                                              self->m_accountIds.removeOne(id);
                                          self->m_ok->setEnabled(!self->m_subscriptions->checkedIds().isEmpty());
                                          if (self->m_accountIds.isEmpty()) {
                                              self->QDialog::accept();
                                              return;
                                          }
                                          QString message = BulkActionRunner::interruption(outcome);
                                          if (!outcome.failed.isEmpty())
                                              message = outcome.failed.first().error.message;
                                          self->m_error->setText(message);
                                          self->m_error->show();
                                      });
    if (started)
        m_ok->setEnabled(false);
}

} // namespace bc
