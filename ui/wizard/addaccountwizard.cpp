#include "ui/wizard/addaccountwizard.h"

#include "core/platform/logging.h"
#include "core/services/accountservice.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "ui/widgets/discardguard.h"
#include "ui/widgets/profileinheritance.h"
#include "ui/wizard/accountaccesspage.h"
#include "ui/wizard/accountactivationpage.h"
#include "ui/wizard/accountidentitypage.h"
#include "ui/wizard/accountoptionspage.h"
#include "ui/wizard/accountprofilepage.h"
#include "ui/wizard/accountquotaspage.h"
#include "ui/wizard/accountsummarypage.h"

#include <QAbstractButton>
#include <QKeySequence>
#include <QShortcut>
#include <QUuid>

#include <algorithm>

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
    new DiscardGuard(this);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &AddAccountWizard::retrySave);

    // Without the group's details the wizard still works: core checks the limits again on Finish.
    QString groupName = tr("group %1").arg(groupId);
    if (auto group = groups.group(groupId))
        groupName = group->name;
    else
        qCWarning(lcUi) << "group" << groupId << "unavailable:" << group.error().message;
    const QString groupPath = groups.pathOr(groupId, groupName);
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
    setOption(QWizard::HaveFinishButtonOnEarlyPages);

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
    for (int id : pageIds())
        connect(page(id), &QWizardPage::completeChanged, this, &AddAccountWizard::updateFinish);
    connect(this, &QWizard::currentIdChanged, this, &AddAccountWizard::updateFinish);
    updateFinish();
    // Finish from the keyboard on any page, also from inside the address or the email body.
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &QDialog::accept);

    // Room for the messages below the fields without the pages jumping in size, and the hints on
    // one line; they wrap when the person makes the wizard narrower.
    resize(sizeHint().expandedTo(QSize(1000, 760)));
}

void AddAccountWizard::setActivationService(ActivationService &activation)
{
    m_activation->setActivationService(&activation);
}

bool AddAccountWizard::canFinish() const
{
    const QList<int> ids = pageIds();
    return std::ranges::all_of(ids, [this](int id) { return page(id)->isComplete(); });
}

void AddAccountWizard::updateFinish()
{
    // QWizard enables Finish only on the last page (HaveFinishButtonOnEarlyPages shows it, disabled,
    // before); this runs after it, on every change of a page's completeness and of the page. Not
    // QWizardPage::setFinalPage(): it has QWizard redo its layout and freeze the page's height.
    button(QWizard::FinishButton)->setEnabled(canFinish());
}

void AddAccountWizard::done(int result)
{
    if (result != QDialog::Accepted) {
        QWizard::done(result);
        return;
    }
    // Not QWizard::done(): it would check the page on screen again, after the account exists.
    if (finish())
        QDialog::done(result);
}

bool AddAccountWizard::finish()
{
    if (m_created)
        return true;
    // The page on screen first, with its own messages; the summary's check is core's, below.
    if (currentId() != SummaryPageId && !currentPage()->validatePage())
        return false;
    // Then every other page, in order: the first incomplete one is shown with its messages.
    for (int id : pageIds()) {
        if (id == currentId() || id == SummaryPageId || page(id)->isComplete())
            continue;
        showPage(id);
        if (currentId() == id)
            page(id)->validatePage();
        return false;
    }
    // Then core, on everything together (the summary's check), and only then create.
    if (const QList<Error> errors = m_accounts.validate(m_groupId, draft()); !errors.isEmpty()) {
        showErrors(errors);
        return false;
    }
    return save();
}

void AddAccountWizard::showPage(int id)
{
    while (currentId() > id)
        back();
    while (currentId() < id) {
        const int from = currentId();
        next();
        if (currentId() == from)
            return;
    }
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
            showPage(SummaryPageId);
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
    showPage(target);
    for (const Error &error : errors) {
        if (!m_identity->showError(error) && !m_profile->showError(error) && !m_quotas->showError(error)
            && !m_access->showError(error))
            m_summary->showProblem(error.message);
    }
}

void AddAccountWizard::reject()
{
    if (DiscardGuard::mayDiscard(this))
        QWizard::reject();
}

} // namespace bc
