#include "addaccountwizard.h"

#include "accountidentitypage.h"
#include "accountoptionspage.h"
#include "accountquotaspage.h"
#include "accountservice.h"
#include "accountsummarypage.h"
#include "groupservice.h"
#include "uilogging.h"

using namespace Qt::StringLiterals;

namespace bc {

AddAccountWizard::AddAccountWizard(AccountService &accounts, GroupService &groups, qint64 groupId, QWidget *parent)
    : QWizard(parent)
    , m_accounts(accounts)
    , m_groupId(groupId)
{
    setObjectName(u"addAccountWizard"_s);

    // Without the group's details the wizard still works: core checks the limits again on Finish.
    QString groupName = tr("group %1").arg(groupId);
    if (auto group = groups.group(groupId))
        groupName = group->name;
    else
        qCWarning(lcUi) << "group" << groupId << "unavailable:" << group.error().message;
    QString groupPath = groupName;
    if (auto path = groups.path(groupId))
        groupPath = *path;
    Quotas limits;
    if (auto effective = groups.effectiveLimits(groupId))
        limits = *effective;
    else
        qCWarning(lcUi) << "limits of group" << groupId << "unavailable:" << effective.error().message;

    setWindowTitle(tr("Add account to %1").arg(groupName));
    setOption(QWizard::NoBackButtonOnStartPage);

    m_identity = new AccountIdentityPage(accounts, this);
    m_quotas = new AccountQuotasPage(limits, this);
    m_options = new AccountOptionsPage(this);
    m_summary = new AccountSummaryPage(
        accounts, groupId, groupPath, [this] { return draft(); }, this);
    setPage(IdentityPageId, m_identity);
    setPage(QuotasPageId, m_quotas);
    setPage(OptionsPageId, m_options);
    setPage(SummaryPageId, m_summary);
    setStartId(IdentityPageId);

    connect(m_summary, &AccountSummaryPage::errorsFound, this, &AddAccountWizard::showErrors);

    // Room for the messages below the fields without the pages jumping in size.
    resize(sizeHint().expandedTo(QSize(760, 600)));
}

bool AddAccountWizard::validateCurrentPage()
{
    if (!QWizard::validateCurrentPage())
        return false;
    // Finish: the last page is valid, so save; a failure keeps the wizard open.
    return currentId() != SummaryPageId || save();
}

AccountDraft AddAccountWizard::draft() const
{
    AccountDraft draft;
    m_identity->applyTo(draft);
    m_quotas->applyTo(draft);
    m_options->applyTo(draft);
    return draft;
}

bool AddAccountWizard::save()
{
    if (m_created)
        return true;
    const Result<Account> created = m_accounts.create(m_groupId, draft());
    if (!created) {
        qCInfo(lcUi) << "account not created:" << created.error().message;
        showErrors({created.error()});
        return false;
    }
    m_created = *created;
    Q_EMIT accountCreated(*m_created);
    return true;
}

void AddAccountWizard::showErrors(const QList<Error> &errors)
{
    // Back to the first page with a field concerned, then each error next to its field;
    // what concerns no field (the database) goes in the banner of the last page.
    int target = SummaryPageId;
    for (const Error &error : errors) {
        if (m_identity->hasField(error.field))
            target = IdentityPageId;
        else if (m_quotas->hasField(error.field))
            target = std::min<int>(target, QuotasPageId);
    }
    while (currentId() > target)
        back();
    for (const Error &error : errors) {
        if (!m_identity->showError(error) && !m_quotas->showError(error))
            m_summary->showProblem(error.message);
    }
}

} // namespace bc
