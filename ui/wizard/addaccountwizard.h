#pragma once

#include "core/domain/account.h"
#include "core/domain/catalog.h"
#include "core/domain/error.h"

#include <QList>
#include <QTimer>
#include <QWizard>

#include <optional>

namespace bc {

class AccountAccessPage;
class AccountActivationPage;
class AccountIdentityPage;
class AccountOptionsPage;
class AccountProfilePage;
class AccountQuotasPage;
class AccountService;
class AccountSummaryPage;
class ActivationService;
class CatalogService;
class GroupService;
class ProfileInheritance;

// "Add account": account and contact details, profile and storage, quotas,
// options, services and access, activation email, summary. Every check is core's; Finish asks AccountService to
// create the account. Finish (or Ctrl+Enter) works from any page once every page is complete: it runs
// every page's own check and core's, shows the first problem at its field, and only then creates. A failed save keeps
// everything typed and says why next to the field concerned, or in a banner when the database is at fault.
class AddAccountWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAccountWizard)

public:
    enum PageId
    {
        IdentityPageId,
        ProfilePageId,
        QuotasPageId,
        OptionsPageId,
        AccessPageId,
        ActivationPageId,
        SummaryPageId
    };

    // Offers what the group's catalog holds: profiles, storages, subscriptions, security groups.
    AddAccountWizard(AccountService &accounts, GroupService &groups, CatalogService &catalogs, qint64 groupId,
                     QWidget *parent = nullptr);
    // Without a catalog service: no profiles, storages, subscriptions or security groups offered.
    AddAccountWizard(AccountService &accounts, GroupService &groups, qint64 groupId, QWidget *parent = nullptr);

    // Lets the activation page show and edit the email (the group's, or this account's own) with a
    // preview. Without it the page offers only whether to send the group's email. Set before show().
    void setActivationService(ActivationService &activation);

    // Set after a successful Finish.
    std::optional<Account> createdAccount() const { return m_created; }

    // While the database is unreachable after Finish, the wizard tries again this often, with the
    // same request id (AccountDraft::requestId), until it saves or the user cancels.
    static constexpr int retryIntervalMs = 3000;
    bool isRetrying() const { return m_retry.isActive(); }

    // Finish from any page: false (and the first problem shown at its field) while a check fails.
    void done(int result) override;
    // Asks before throwing away what was typed (DiscardGuard).
    void reject() override;

Q_SIGNALS:
    // Emitted once, after the account was saved.
    void accountCreated(const bc::Account &account);

private:
    AddAccountWizard(AccountService &accounts, GroupService &groups, CatalogService *catalogs, qint64 groupId,
                     QWidget *parent);
    AccountDraft draft() const;
    // Whether every page is complete: Finish is offered on every page then.
    [[nodiscard]] bool canFinish() const;
    void updateFinish();
    bool finish();
    // Goes back or forward to `id`; forward stops at a page whose check fails.
    void showPage(int id);
    bool save();
    void retrySave();
    void showErrors(const QList<bc::Error> &errors);

    AccountService &m_accounts;
    qint64 m_groupId;
    ProfileInheritance *m_inheritance = nullptr;
    AccountIdentityPage *m_identity = nullptr;
    AccountProfilePage *m_profile = nullptr;
    AccountQuotasPage *m_quotas = nullptr;
    AccountOptionsPage *m_options = nullptr;
    AccountAccessPage *m_access = nullptr;
    AccountActivationPage *m_activation = nullptr;
    AccountSummaryPage *m_summary = nullptr;
    std::optional<Account> m_created;
    // One id for every attempt to save this account: a retry cannot create it twice.
    QString m_requestId;
    QTimer m_retry;
    int m_attempts = 0;
};

} // namespace bc
