#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QDialog>

class QLabel;
class QTabWidget;
class QTableView;

namespace bc {

class AccountBackupTab;
class AccountHistoryModel;
class AccountIdentityTab;
class AccountService;
class ActivationService;
class CatalogService;
class GroupService;
class CheckListField;
class FieldMessage;
class Workspace;

// Account details (double-click or Enter in the list): every field of the account on three tabs
// and its audit history on a fourth. OK validates with core (AccountService::validate, the same
// rules as the wizard) and saves through AccountService::update; when core refuses, the dialog
// stays open with everything typed and the reason next to the field concerned.
class AccountDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDetailsDialog)

public:
    // `workspace` serves the login field's live check.
    AccountDetailsDialog(Workspace &workspace, AccountService &accounts, CatalogService &catalog, qint64 accountId,
                         QWidget *parent = nullptr);

    // False when the account could not be read (the reason is shown by the caller).
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    // The read-only facts of the Account tab: the group's path, where the activation email stands.
    void setGroupService(GroupService &groups);
    void setActivationService(ActivationService &activation);
    [[nodiscard]] Error loadError() const { return m_loadError; }
    AccountHistoryModel *historyModel() const { return m_history; }

    void accept() override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

private:
    QWidget *createAccessTab();
    QWidget *createHistoryTab();
    void load(const Account &account);
    void showErrors(const QList<Error> &errors);
    bool showErrorInAccess(const Error &error);

    AccountService &m_accounts;
    qint64 m_accountId;
    qint64 m_groupId = 0;
    AccountStatus m_status = AccountStatus::Inactive;
    Catalog m_catalog;
    bool m_loaded = false;
    Error m_loadError;
    QTabWidget *m_tabs = nullptr;
    AccountIdentityTab *m_identity = nullptr;
    AccountBackupTab *m_backup = nullptr;
    CheckListField *m_subscriptions = nullptr;
    CheckListField *m_securityGroups = nullptr;
    FieldMessage *m_subscriptionsMessage = nullptr;
    FieldMessage *m_securityGroupsMessage = nullptr;
    AccountHistoryModel *m_history = nullptr;
    QTableView *m_historyView = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace bc
