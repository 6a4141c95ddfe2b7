#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"
#include "core/services/accountservice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QTabWidget;
class QTableView;

namespace bc {

class AccountBackupTab;
class AccountHistoryModel;
class AccountIdentityTab;
class CheckListField;
class FieldMessage;
class Workspace;

// Account details (double-click or Enter in the list): every field of the account on three tabs
// and its audit history on a fourth. The account, its group's offer, its history, its group's path
// and its activation email are read on the workspace's worker; until they arrive the dialog says
// "Loading…" and OK is off. OK validates with core (AccountService::validate, the same rules as
// the wizard) and saves through AccountService::update, on the worker too, while the dialog says
// "Saving…"; when core refuses or the server does not answer, the dialog stays open with
// everything typed and the reason next to the field concerned. Closed before an answer came, the
// dialog simply never hears it.
class AccountDetailsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDetailsDialog)

public:
    AccountDetailsDialog(Workspace &workspace, qint64 accountId, QWidget *parent = nullptr);

    // Whether the account arrived; false while loading and when it could not be read (the reason
    // is shown in the dialog, and in loadError()).
    [[nodiscard]] bool isLoaded() const { return m_loaded; }
    [[nodiscard]] Error loadError() const { return m_loadError; }
    // Whether OK was pressed and the answer has not come yet.
    [[nodiscard]] bool isSaving() const { return m_saving; }
    AccountHistoryModel *historyModel() const { return m_history; }
    // The login as saved, once OK succeeded.
    [[nodiscard]] QString savedLogin() const { return m_savedLogin; }

    void accept() override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

Q_SIGNALS:
    // The account was read (or could not be: see isLoaded()); the tabs exist from now on.
    void loadFinished();

private:
    // The account, and what the operator may not give of its organization's security groups and
    // the administrator switch (under 0; Authority::grantRefusals).
    struct Loaded
    {
        AccountDetails details;
        QHash<qint64, QString> grantRefusals;
    };
    void loaded(const Result<Loaded> &result);
    void createTabs();
    QWidget *createAccessTab();
    QWidget *createHistoryTab();
    void load(const Account &account, const QHash<qint64, QString> &grantRefusals);
    void showErrors(const QList<Error> &errors);
    bool showErrorInAccess(const Error &error);
    void setSaving(bool saving);

    Workspace &m_workspace;
    qint64 m_accountId;
    qint64 m_groupId = 0;
    AccountStatus m_status = AccountStatus::Inactive;
    Catalog m_catalog;
    bool m_loaded = false;
    bool m_saving = false;
    Error m_loadError;
    QString m_savedLogin;
    QLabel *m_busy = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
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
