#pragma once

#include "account.h"
#include "error.h"

#include <QList>
#include <QWizard>

#include <optional>

namespace bc {

class AccountIdentityPage;
class AccountOptionsPage;
class AccountQuotasPage;
class AccountService;
class AccountSummaryPage;
class GroupService;

// "Add account" (seed 000): identity, quotas, options, summary. Every check is core's; Finish
// asks AccountService to create the account. A failed save keeps everything typed and says why
// next to the field concerned, or in a banner when the database is at fault.
class AddAccountWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AddAccountWizard)

public:
    enum PageId
    {
        IdentityPageId,
        QuotasPageId,
        OptionsPageId,
        SummaryPageId
    };

    AddAccountWizard(AccountService &accounts, GroupService &groups, qint64 groupId, QWidget *parent = nullptr);

    // Set after a successful Finish.
    std::optional<Account> createdAccount() const { return m_created; }

    bool validateCurrentPage() override;

Q_SIGNALS:
    // Emitted once, after the account was saved.
    void accountCreated(const bc::Account &account);

private:
    AccountDraft draft() const;
    bool save();
    void showErrors(const QList<bc::Error> &errors);

    AccountService &m_accounts;
    qint64 m_groupId;
    AccountIdentityPage *m_identity = nullptr;
    AccountQuotasPage *m_quotas = nullptr;
    AccountOptionsPage *m_options = nullptr;
    AccountSummaryPage *m_summary = nullptr;
    std::optional<Account> m_created;
};

} // namespace bc
