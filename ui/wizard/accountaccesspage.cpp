#include "ui/wizard/accountaccesspage.h"

#include "core/rules/accountrules.h"
#include "core/rules/groupdefaults.h"
#include "ui/widgets/checklistfield.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/wizard/accountprofilepage.h"

#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

AccountAccessPage::AccountAccessPage(QWidget *parent)
    : QWizardPage(parent)
{
    setObjectName(u"accessPage"_s);
    setTitle(tr("Services and access"));
    setSubTitle(tr("The subscriptions that license the account, and the security groups that decide what it may "
                   "do in this console."));

    m_subscriptions = new CheckListField(Field::subscriptions, tr("Subscription"), QString(), this);
    m_subscriptions->setEmptyText(AccountProfilePage::loadingText());
    m_subscriptions->setEnabled(false);
    m_subscriptionsMessage = new FieldMessage(m_subscriptions->view(), this);

    m_securityGroups = new CheckListField(Field::securityGroups, tr("Security group"), tr("Permissions"), this);
    m_securityGroups->setEmptyText(AccountProfilePage::loadingText());
    m_securityGroups->setEnabled(false);
    m_securityGroupsMessage = new FieldMessage(m_securityGroups->view(), this);
    m_securityGroupsMessage->setHint(tr("Optional. They matter only once the user operates this console; "
                                        "administrator privileges already grant every permission."));

    auto *subscriptionsLabel = new QLabel(tr("S&ubscriptions:"), this);
    subscriptionsLabel->setObjectName(u"subscriptionsLabel"_s);
    subscriptionsLabel->setBuddy(m_subscriptions->view());
    auto *securityGroupsLabel = new QLabel(tr("Security &groups:"), this);
    securityGroupsLabel->setObjectName(u"securityGroupsLabel"_s);
    securityGroupsLabel->setBuddy(m_securityGroups->view());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(subscriptionsLabel);
    layout->addWidget(m_subscriptions, 2);
    layout->addWidget(m_subscriptionsMessage);
    layout->addSpacing(8);
    layout->addWidget(securityGroupsLabel);
    layout->addWidget(m_securityGroups, 3);
    layout->addWidget(m_securityGroupsMessage);
    setTabOrder(m_subscriptions->view(), m_securityGroups->view());

    connect(m_subscriptions, &CheckListField::changed, this, &AccountAccessPage::describeLicense);
    connect(m_securityGroups, &CheckListField::changed, this, [this] { m_securityGroupsMessage->clearError(); });
}

void AccountAccessPage::setCatalog(const Catalog &catalog, const QHash<qint64, QString> &grantRefusals)
{
    if (m_loaded)
        return;
    m_loaded = true;
    m_subscriptions->setEmptyText(tr("This organization has no subscriptions."));
    QList<CheckListField::Item> subscriptions;
    for (const Subscription &subscription : catalog.subscriptions)
        subscriptions.append(
            {subscription.id, subscription.name, QString(),
             subscription.id == catalog.defaultSubscription.id ? tr("The group's default subscription") : QString()});
    m_subscriptions->setItems(subscriptions);
    // A new account starts with the group's default subscription ticked (core's draft).
    m_subscriptions->setCheckedIds(GroupDefaults::newDraft(catalog).subscriptionIds);
    m_defaultSubscription = catalog.defaultSubscription.id;
    m_securityGroups->setEmptyText(tr("This organization has no security groups."));
    QList<CheckListField::Item> groups;
    for (const SecurityGroup &group : catalog.securityGroups)
        groups.append({group.id, group.name, permissionsText(group.permissions), QString()});
    m_securityGroups->setItems(groups);
    for (const SecurityGroup &group : catalog.securityGroups) {
        if (const QString refusal = grantRefusals.value(group.id); !refusal.isEmpty())
            m_securityGroups->setItemLocked(group.id, true, refusal);
    }
    m_subscriptions->setEnabled(true);
    m_securityGroups->setEnabled(true);
    describeLicense();
    Q_EMIT completeChanged();
}

bool AccountAccessPage::isComplete() const
{
    return m_loaded;
}

QString AccountAccessPage::permissionsText(Permissions permissions)
{
    QStringList labels;
    for (Permission permission : allPermissions) {
        if (permissions.testFlag(permission))
            labels.append(CatalogText::label(permission));
    }
    return labels.isEmpty() ? tr("No permissions") : labels.join(tr(", "));
}

void AccountAccessPage::applyTo(AccountDraft &draft) const
{
    draft.subscriptionIds = m_subscriptions->checkedIds();
    draft.securityGroupIds = m_securityGroups->checkedIds();
}

bool AccountAccessPage::hasField(const QString &field) const
{
    return field == Field::subscriptions || field == Field::securityGroups;
}

bool AccountAccessPage::showError(const Error &error)
{
    return FieldMessage::showIn(
        error, {{Field::subscriptions, m_subscriptionsMessage}, {Field::securityGroups, m_securityGroupsMessage}});
}

void AccountAccessPage::cleanupPage()
{
    // Keep what was ticked when the person goes back.
}

void AccountAccessPage::describeLicense()
{
    m_subscriptionsMessage->clearError();
    const QList<qint64> checked = m_subscriptions->checkedIds();
    const qsizetype ticked = checked.size();
    if (ticked == 1 && checked.first() == m_defaultSubscription)
        m_subscriptionsMessage->setHint(tr("Licensed by the group's default subscription."));
    else
        m_subscriptionsMessage->setHint(
            ticked == 0 ? tr("None ticked: the account starts unlicensed and backs up nothing until a subscription is "
                             "assigned to it.")
                        : tr("Licensed by %n subscription(s).", nullptr, static_cast<int>(ticked)));
}

} // namespace bc
