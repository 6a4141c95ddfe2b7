#include "addaccountwizard.h"

#include "accountaccesspage.h"
#include "accountactivationpage.h"
#include "accountidentitypage.h"
#include "accountoptionspage.h"
#include "accountprofilepage.h"
#include "accountquotaspage.h"
#include "accountservice.h"
#include "accountsummarypage.h"
#include "catalogservice.h"
#include "groupservice.h"
#include "profileinheritance.h"
#include "uilogging.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace bc {

AddAccountWizard::AddAccountWizard(AccountService &accounts, GroupService &groups, CatalogService &catalogs,
                                   qint64 groupId, QWidget *parent)
    : AddAccountWizard(accounts, groups, &catalogs, groupId, parent)
{
}

AddAccountWizard::AddAccountWizard(AccountService &accounts, GroupService &groups, qint64 groupId, QWidget *parent)
    : AddAccountWizard(accounts, groups, nullptr, groupId, parent)
{
}

AddAccountWizard::AddAccountWizard(AccountService &accounts, GroupService &groups, CatalogService *catalogs,
                                   qint64 groupId, QWidget *parent)
    : QWizard(parent)
    , m_accounts(accounts)
    , m_groupId(groupId)
    , m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(u"addAccountWizard"_s);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &AddAccountWizard::retrySave);

    // Without the group's details the wizard still works: core checks the limits again on Finish.
    QString groupName = tr("group %1").arg(groupId);
    if (auto group = groups.group(groupId))
        groupName = group->name;
    else
        qCWarning(lcUi) << "group" << groupId << "unavailable:" << group.error().message;
    QString groupPath = groupName;
    if (auto path = groups.path(groupId))
        groupPath = *path;
    Catalog catalog;
    if (auto effective = groups.effectiveLimits(groupId))
        catalog.limits = *effective;
    else
        qCWarning(lcUi) << "limits of group" << groupId << "unavailable:" << effective.error().message;
    if (catalogs) {
        if (auto offered = catalogs->catalog(groupId))
            catalog = *offered;
        else
            qCWarning(lcUi) << "catalog of group" << groupId << "unavailable:" << offered.error().message;
    }

    setWindowTitle(tr("Add account to %1").arg(groupName));
    setOption(QWizard::NoBackButtonOnStartPage);

    m_inheritance = new ProfileInheritance(this);
    m_identity = new AccountIdentityPage(accounts, this);
    m_quotas = new AccountQuotasPage(catalog, *m_inheritance, this);
    m_options = new AccountOptionsPage(*m_inheritance, this);
    // After the pages that follow the profile, so that its first choice reaches them.
    m_profile = new AccountProfilePage(catalog, *m_inheritance, this);
    m_access = new AccountAccessPage(catalog, this);
    m_activation = new AccountActivationPage(
        groupId, [this] { return draft(); }, this);
    m_summary = new AccountSummaryPage(
        accounts, groupId, groupPath, catalog, *m_inheritance, [this] { return draft(); }, this);
    setPage(IdentityPageId, m_identity);
    setPage(ProfilePageId, m_profile);
    setPage(QuotasPageId, m_quotas);
    setPage(OptionsPageId, m_options);
    setPage(AccessPageId, m_access);
    setPage(ActivationPageId, m_activation);
    setPage(SummaryPageId, m_summary);
    setStartId(IdentityPageId);

    connect(m_summary, &AccountSummaryPage::errorsFound, this, &AddAccountWizard::showErrors);

    // Room for the messages below the fields without the pages jumping in size.
    resize(sizeHint().expandedTo(QSize(800, 720)));
}

void AddAccountWizard::setActivationService(ActivationService &activation)
{
    m_activation->setActivationService(&activation);
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
    m_profile->applyTo(draft);
    m_inheritance->writeTo(draft);
    m_quotas->applyTo(draft);
    m_options->applyTo(draft);
    m_access->applyTo(draft);
    m_activation->applyTo(draft);
    draft.requestId = m_requestId;
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
    m_retry.stop();
    m_created = *created;
    Q_EMIT accountCreated(*m_created);
    return true;
}

void AddAccountWizard::retrySave()
{
    if (!isVisible() || currentId() != SummaryPageId)
        return;
    // Finish again (QWizard::done validates the page, which checks and saves).
    qCInfo(lcUi) << "retrying to save the account";
    accept();
}

void AddAccountWizard::showErrors(const QList<Error> &errors)
{
    for (const Error &error : errors) {
        if (error.code == Error::Code::ConnectionLost || error.code == Error::Code::DatabaseBusy) {
            // Nothing the user can fix: keep everything, say so, and try again by ourselves.
            m_summary->showRetrying(error.message, ++m_attempts);
            m_retry.start();
            return;
        }
    }
    m_retry.stop();
    m_attempts = 0;
    // Back to the first page with a field concerned, then each error next to its field;
    // what concerns no field (the database) goes in the banner of the last page.
    int target = SummaryPageId;
    for (const Error &error : errors) {
        if (m_identity->hasField(error.field))
            target = IdentityPageId;
        else if (m_profile->hasField(error.field))
            target = std::min<int>(target, ProfilePageId);
        else if (m_quotas->hasField(error.field))
            target = std::min<int>(target, QuotasPageId);
        else if (m_access->hasField(error.field))
            target = std::min<int>(target, AccessPageId);
    }
    while (currentId() > target)
        back();
    for (const Error &error : errors) {
        if (!m_identity->showError(error) && !m_profile->showError(error) && !m_quotas->showError(error)
            && !m_access->showError(error))
            m_summary->showProblem(error.message);
    }
}

} // namespace bc
