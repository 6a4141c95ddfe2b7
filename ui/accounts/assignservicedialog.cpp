#include "ui/accounts/assignservicedialog.h"

#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "ui/widgets/checklistfield.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AssignServiceDialog::AssignServiceDialog(AccountService &accounts, const QList<Subscription> &subscriptions,
                                         const QList<qint64> &accountIds, QWidget *parent)
    : QDialog(parent)
    , m_accounts(accounts)
    , m_accountIds(accountIds)
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
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Assign"));
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_subscriptions, &CheckListField::changed, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_subscriptions->checkedIds().isEmpty());
    });
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
    if (chosen.isEmpty())
        return;
    // Accounts done stay done; the first refusal is shown and the rest can be retried.
    const BulkOutcome outcome = m_accounts.assignSubscriptionsToAll(m_accountIds, chosen);
    m_assigned += static_cast<int>(outcome.changed.size());
    for (qint64 id : outcome.changed)
        m_accountIds.removeOne(id);
    if (m_accountIds.isEmpty()) {
        QDialog::accept();
        return;
    }
    const qint64 refused = outcome.failed.isEmpty() ? m_accountIds.first() : outcome.failed.first().accountId;
    const QString message =
        outcome.failed.isEmpty() ? outcome.stoppedBy.value_or(Error()).message : outcome.failed.first().error.message;
    m_error->setText(tr("\"%1\": %2").arg(QString::number(refused), message));
    if (auto account = m_accounts.account(refused))
        m_error->setText(tr("\"%1\": %2").arg(account->login, message));
    m_error->show();
}

} // namespace bc
