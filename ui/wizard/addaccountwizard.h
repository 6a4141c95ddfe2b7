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
class AccountSummaryPage;
class DiscardGuard;
class ProfileInheritance;
class Workspace;

// "Add account": account and contact details, profile and storage, quotas,
// options, services and access, activation email, summary. Every check is core's; Finish asks AccountService to
// create the account. Finish (or Ctrl+Enter) works from any page once every page is complete: it runs
// every page's own check, then core's and the save together, as one job on the workspace's worker (Finish
// is off and says so meanwhile), and shows the first problem at its field. A failed save keeps everything
// typed and says why next to the field concerned, or in a banner when the database is at fault.
// The group's name, limits and catalog are read on the worker as the wizard opens; the pages that
// need them say "Loading…" until they arrive, and the first page can be filled meanwhile. Closed
// before an answer arrives, the wizard simply never hears it.
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
    AddAccountWizard(Workspace &workspace, qint64 groupId, QWidget *parent = nullptr);

    // Whether the group's details are still on their way (the pages after the first wait for them).
    [[nodiscard]] bool isLoading() const { return m_loading; }
    // Whether Finish was pressed and the account is being created.
    [[nodiscard]] bool isSaving() const { return m_saving; }

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
    // The group's details arrived and every page offers them.
    void loaded();

private:
    struct GroupDetails;
    struct Saved;
    void load();
    void setGroupDetails(const GroupDetails &details);
    AccountDraft draft() const;
    // Whether every page is complete: Finish is offered on every page then.
    [[nodiscard]] bool canFinish() const;
    void updateFinish();
    bool finish();
    // Goes back or forward to `id`; forward stops at a page whose check fails.
    void showPage(int id);
    void save();
    void saved(const Result<Saved> &result);
    void retrySave();
    void showErrors(const QList<bc::Error> &errors);

    Workspace &m_workspace;
    qint64 m_groupId;
    bool m_loading = true;
    bool m_saving = false;
    bool m_finishWhenLoaded = false;
    QTimer m_reload;
    QString m_finishText;
    DiscardGuard *m_guard = nullptr;
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
