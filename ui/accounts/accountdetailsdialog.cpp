#include "ui/accounts/accountdetailsdialog.h"

#include "core/mail/activationtext.h"
#include "core/rules/accountrules.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/activationservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
#include "ui/accounts/accountbackuptab.h"
#include "ui/accounts/accounthistorymodel.h"
#include "ui/accounts/accountidentitytab.h"
#include "ui/widgets/checklistfield.h"
#include "ui/widgets/discardguard.h"
#include "ui/widgets/fieldmessage.h"
#include "ui/widgets/formfield.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

QWidget *scrolled(QWidget *page, QWidget *parent)
{
    auto *area = new QScrollArea(parent);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    area->setWidget(page);
    return area;
}

QString permissionsText(const SecurityGroup &group)
{
    QStringList names;
    for (Permission permission : allPermissions) {
        if (group.permissions.testFlag(permission))
            names << CatalogText::label(permission);
    }
    return names.join(u", "_s);
}

} // namespace

AccountDetailsDialog::AccountDetailsDialog(Workspace &workspace, qint64 accountId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_accountId(accountId)
{
    setObjectName(u"accountDetailsDialog"_s);
    new DiscardGuard(this);
    setWindowTitle(tr("Account"));
    m_busy = new QLabel(tr("Loading…"), this);
    m_busy->setObjectName(u"accountBusy"_s);
    m_error = new QLabel(this);
    m_error->setObjectName(u"accountError"_s);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(u"color: #c62828;"_s);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &AccountDetailsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &AccountDetailsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_busy, 1, Qt::AlignCenter);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(880, 680);

    workspace.call(
        this,
        [accountId](WorkspaceServices &services) -> Result<Loaded> {
            auto details = services.accounts.details(accountId);
            if (!details)
                return fail(details.error());
            auto refusals = services.acting.grantRefusals(details->catalog.securityGroups);
            return Loaded {std::move(*details), std::move(refusals)};
        },
        [this](const Result<Loaded> &result) { loaded(result); });
}

void AccountDetailsDialog::loaded(const Result<Loaded> &result)
{
    if (!result) {
        m_loadError = result.error();
        m_busy->hide();
        m_error->setText(m_loadError.message);
        m_error->show();
        Q_EMIT loadFinished();
        return;
    }
    const AccountDetails &details = result->details;
    const Account &account = details.account;
    m_groupId = account.groupId;
    m_status = account.status;
    m_catalog = details.catalog;
    setWindowTitle(tr("Account \"%1\"").arg(account.login));
    createTabs();
    if (!details.groupPath.isEmpty())
        m_identity->setGroup(details.groupPath);
    if (details.activation) {
        const QString label = ActivationText::label(*details.activation);
        m_identity->setActivation(label.isEmpty() ? tr("No activation email queued") : label,
                                  ActivationText::pending(*details.activation));
    }
    load(account, result->grantRefusals);
    m_history->setEntries(details.history);
    m_loaded = true;
    m_busy->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(true);
    DiscardGuard::markUnchanged(this); // what arrived is no change of the user's
    Q_EMIT loadFinished();
}

void AccountDetailsDialog::createTabs()
{
    m_identity = new AccountIdentityTab(m_workspace, this);
    m_backup = new AccountBackupTab(m_catalog, this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"accountTabs"_s);
    m_tabs->addTab(scrolled(m_identity, m_tabs), tr("A&ccount"));
    m_tabs->addTab(scrolled(m_backup, m_tabs), tr("&Backup"));
    m_tabs->addTab(createAccessTab(), tr("Lice&nses and access"));
    m_tabs->addTab(createHistoryTab(), tr("Histor&y"));
    static_cast<QVBoxLayout *>(layout())->insertWidget(0, m_tabs, 1);
    m_identity->setFocus();
}

QWidget *AccountDetailsDialog::createAccessTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *subscriptionsLabel = new QLabel(tr("&Subscriptions (an account without one is unlicensed):"), page);
    m_subscriptions = new CheckListField(Field::subscriptions, tr("Subscription"), QString(), page);
    m_subscriptions->setEmptyText(tr("This organization has no subscriptions."));
    QList<CheckListField::Item> subscriptions;
    for (const Subscription &subscription : std::as_const(m_catalog.subscriptions))
        subscriptions.append({subscription.id, subscription.name, QString(), QString()});
    m_subscriptions->setItems(subscriptions);
    subscriptionsLabel->setBuddy(m_subscriptions->view());
    m_subscriptionsMessage = new FieldMessage(m_subscriptions->view(), page);

    auto *securityGroupsLabel = new QLabel(tr("Securit&y groups:"), page);
    m_securityGroups = new CheckListField(Field::securityGroups, tr("Security group"), tr("Permissions"), page);
    m_securityGroups->setEmptyText(tr("This organization has no security groups."));
    QList<CheckListField::Item> groups;
    for (const SecurityGroup &group : std::as_const(m_catalog.securityGroups))
        groups.append({group.id, group.name, permissionsText(group), QString()});
    m_securityGroups->setItems(groups);
    securityGroupsLabel->setBuddy(m_securityGroups->view());
    m_securityGroupsMessage = new FieldMessage(m_securityGroups->view(), page);

    layout->addWidget(subscriptionsLabel);
    layout->addWidget(m_subscriptions, 1);
    layout->addWidget(m_subscriptionsMessage);
    layout->addWidget(securityGroupsLabel);
    layout->addWidget(m_securityGroups, 1);
    layout->addWidget(m_securityGroupsMessage);
    return page;
}

QWidget *AccountDetailsDialog::createHistoryTab()
{
    m_history = new AccountHistoryModel(this);
    m_history->setCatalog(m_catalog); // names instead of ids
    m_historyView = new QTableView(this);
    m_historyView->setObjectName(u"accountHistory"_s);
    m_historyView->setModel(m_history);
    m_historyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_historyView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_historyView->setWordWrap(false);
    m_historyView->verticalHeader()->hide();
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    m_historyView->setColumnWidth(AccountHistoryModel::WhenColumn, 170);
    m_historyView->setColumnWidth(AccountHistoryModel::WhoColumn, 90);
    m_historyView->setColumnWidth(AccountHistoryModel::WhatColumn, 240);
    return m_historyView;
}

void AccountDetailsDialog::load(const Account &account, const QHash<qint64, QString> &grantRefusals)
{
    m_identity->load(account);
    m_backup->load(account);
    m_subscriptions->setCheckedIds(account.subscriptionIds);
    if (m_backup->isDataLocked()) {
        // Data lock keeps the account's licenses: say so on each of them.
        for (qint64 id : account.subscriptionIds)
            m_subscriptions->setItemLocked(id, true,
                                           tr("The account is on a data-locked profile; its licenses "
                                              "cannot be removed."));
    }
    m_securityGroups->setCheckedIds(account.securityGroupIds);
    // Greyed out what the operator may not give; what the account has already may be taken away
    // (OK asks Authority::mayGrantChange again).
    m_identity->setAdministratorRefusal(grantRefusals.value(0));
    for (const SecurityGroup &group : std::as_const(m_catalog.securityGroups)) {
        const QString refusal = grantRefusals.value(group.id);
        if (!refusal.isEmpty() && !account.securityGroupIds.contains(group.id))
            m_securityGroups->setItemLocked(group.id, true, refusal);
    }
}

bool AccountDetailsDialog::showErrorInAccess(const Error &error)
{
    if (error.field == Field::subscriptions) {
        m_subscriptionsMessage->setError(error.message);
        return true;
    }
    if (error.field == Field::securityGroups) {
        m_securityGroupsMessage->setError(error.message);
        return true;
    }
    return false;
}

void AccountDetailsDialog::showErrors(const QList<Error> &errors)
{
    int firstTab = -1;
    for (const Error &error : errors) {
        QWidget *where = nullptr;
        if (m_identity->showError(error))
            where = m_identity;
        else if (m_backup->showError(error))
            where = m_backup;
        else if (showErrorInAccess(error))
            where = m_subscriptions;
        if (!where) {
            m_error->setText(error.message);
            m_error->show();
        } else if (firstTab < 0) {
            firstTab = tabOf(m_tabs, where);
        }
    }
    if (firstTab >= 0)
        m_tabs->setCurrentIndex(firstTab);
}

void AccountDetailsDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_busy->setText(tr("Saving…"));
    m_busy->setVisible(saving);
    m_tabs->setEnabled(!saving);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!saving);
}

void AccountDetailsDialog::accept()
{
    if (!m_loaded || m_saving)
        return;
    m_identity->clearErrors();
    m_backup->clearErrors();
    m_subscriptionsMessage->clearError();
    m_securityGroupsMessage->clearError();
    m_error->hide();

    AccountDraft draft;
    m_identity->applyTo(draft);
    if (!m_backup->applyTo(draft)) {
        m_tabs->setCurrentIndex(tabOf(m_tabs, m_backup));
        return;
    }
    draft.subscriptionIds = m_subscriptions->checkedIds();
    draft.securityGroupIds = m_securityGroups->checkedIds();
    setSaving(true);
    m_workspace.call(
        this,
        [groupId = m_groupId, accountId = m_accountId, draft](WorkspaceServices &services) -> Result<QList<Error>> {
            if (auto allowed = services.acting.allows(Permission::EditAccounts, groupId); !allowed)
                return fail(allowed.error());
            // Nobody gives more than it has. Giving all the draft has passes at once (an
            // administrator's without a read); otherwise what the change adds, against the account
            // as it is now.
            if (auto all = services.acting.mayGrant(draft); !all) {
                if (all.error().isDatabaseProblem())
                    return fail(all.error());
                auto before = services.accounts.account(accountId);
                if (!before)
                    return fail(before.error());
                if (auto granted = services.acting.mayGrantChange(*before, draft); !granted) {
                    if (granted.error().isDatabaseProblem())
                        return fail(granted.error());
                    return QList<Error> {granted.error()};
                }
            }
            if (QList<Error> errors = services.accounts.validate(groupId, draft, accountId); !errors.isEmpty())
                return withLostConnection(errors);
            // Another console may have won the race since; core says so and the dialog stays.
            if (auto saved = services.accounts.update(accountId, draft); !saved)
                return fail(saved.error());
            return QList<Error>();
        },
        [this, login = draft.login.trimmed()](const Result<QList<Error>> &result) {
            setSaving(false);
            if (!result) {
                showErrors({result.error()});
                return;
            }
            if (!result->isEmpty()) {
                showErrors(*result);
                return;
            }
            m_savedLogin = login;
            QDialog::accept();
        });
}

void AccountDetailsDialog::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QDialog::reject();
}

} // namespace bc
