#include "ui/wizard/addaccountwizard.h"

#include "core/platform/logging.h"
#include "core/services/accountservice.h"
#include "core/services/actingoperator.h"
#include "core/services/catalogservice.h"
#include "core/services/groupservice.h"
#include "core/services/workspace.h"
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

// What the wizard reads about its group as it opens.
struct AddAccountWizard::GroupDetails
{
    QString name;
    QString path;
    Catalog catalog;
    // What the acting operator may not give (Authority::grantRefusals): the switch under 0.
    QHash<qint64, QString> grantRefusals;
    // The activation email of the group, read with the catalog; nullopt: the page reads it itself.
    std::optional<ActivationService::NewAccountEmail> email;
};

// What came of Finish: the account, or what core refused (by field).
struct AddAccountWizard::Saved
{
    std::optional<Account> account;
    QList<Error> errors;
};

AddAccountWizard::AddAccountWizard(Workspace &workspace, qint64 groupId, QWidget *parent)
    : QWizard(parent)
    , m_workspace(workspace)
    , m_groupId(groupId)
    , m_requestId(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    setObjectName(u"addAccountWizard"_s);
    m_guard = new DiscardGuard(this);
    m_retry.setSingleShot(true);
    m_retry.setInterval(retryIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &AddAccountWizard::retrySave);
    m_reload.setSingleShot(true);
    m_reload.setInterval(retryIntervalMs);
    connect(&m_reload, &QTimer::timeout, this, &AddAccountWizard::load);

    setWindowTitle(tr("Add account"));
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveFinishButtonOnEarlyPages);

    m_inheritance = new ProfileInheritance(this);
    m_identity = new AccountIdentityPage(workspace, this);
    m_quotas = new AccountQuotasPage(*m_inheritance, this);
    m_options = new AccountOptionsPage(*m_inheritance, this);
    m_profile = new AccountProfilePage(*m_inheritance, this);
    m_access = new AccountAccessPage(this);
    m_activation = new AccountActivationPage(
        workspace, groupId, [this] { return draft(); }, this);
    m_summary = new AccountSummaryPage(
        *m_inheritance, [this] { return draft(); }, this);
    setPage(IdentityPageId, m_identity);
    setPage(ProfilePageId, m_profile);
    setPage(QuotasPageId, m_quotas);
    setPage(OptionsPageId, m_options);
    setPage(AccessPageId, m_access);
    setPage(ActivationPageId, m_activation);
    setPage(SummaryPageId, m_summary);
    setStartId(IdentityPageId);

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

    m_finishText = buttonText(QWizard::FinishButton);
    // A server that answers again brings what could not be read.
    connect(&workspace, &Workspace::reachabilityChanged, this, [this](bool reachable) {
        if (reachable && m_loading && m_reload.isActive())
            load();
    });
    load();
}

void AddAccountWizard::load()
{
    m_reload.stop();
    m_workspace.call(
        this,
        [groupId = m_groupId](WorkspaceServices &services) -> Result<GroupDetails> {
            // Without the group's details the wizard still works: core checks the limits again on
            // Finish. Only a database that does not answer is worth waiting for.
            GroupDetails details;
            // The catalog, the path and the activation email in one round trip; the path ends with
            // the group's own name (a name holds no "/").
            ActivationService::NewAccountEmail email;
            auto offered = services.catalog.offered(groupId, services.activation.newAccountEmailReads(groupId, &email));
            if (!offered && offered.error().isDatabaseProblem())
                return fail(offered.error());
            if (!offered) {
                qCWarning(lcUi) << "catalog of group" << groupId << "unavailable:" << offered.error().message;
                details.name = tr("group %1").arg(groupId);
                details.path = details.name;
                return details;
            }
            details.catalog = offered->catalog;
            details.email = email;
            details.path = offered->groupPath;
            details.name = details.path.section(u'/', -1);
            // Greyed out what it may not give; Finish asks again (Authority::mayGrant).
            details.grantRefusals = services.acting.grantRefusals(details.catalog.securityGroups);
            return details;
        },
        [this](const Result<GroupDetails> &details) {
            if (details) {
                setGroupDetails(*details);
                return;
            }
            // Keep everything typed; try again shortly, or as soon as the server answers.
            qCInfo(lcUi) << "group details of the wizard unavailable:" << details.error().message;
            const QString problem =
                tr("The group's details could not be read: %1 Trying again…").arg(details.error().message);
            m_profile->setLoadingText(problem);
            m_quotas->setLoadingText(problem);
            m_reload.start();
        });
}

void AddAccountWizard::setGroupDetails(const GroupDetails &details)
{
    // What the group offers is no change of the person's (unless they typed already).
    const bool untouched = !m_guard->hasChanges();
    m_loading = false;
    setWindowTitle(tr("Add account to %1").arg(details.name));
    m_quotas->setCatalog(details.catalog);
    m_access->setCatalog(details.catalog, details.grantRefusals);
    m_identity->setAdministratorRefusal(details.grantRefusals.value(0));
    // After the pages that follow the profile, so that its first choice reaches them.
    m_profile->setCatalog(details.catalog);
    m_summary->setGroup(details.path, details.catalog);
    if (details.email)
        m_activation->setGroupEmail(*details.email);
    else
        m_activation->load();
    if (untouched)
        m_guard->markUnchanged();
    updateFinish();
    Q_EMIT loaded();
    if (m_finishWhenLoaded && isVisible())
        accept();
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
    button(QWizard::FinishButton)->setEnabled(!m_loading && !m_saving && canFinish());
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
    if (m_saving)
        return false;
    if (m_loading) {
        // Finish as soon as the group's details are there: the keys pressed are not lost.
        m_finishWhenLoaded = true;
        return false;
    }
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
    // Then core, on everything together, and the save: the answer closes the wizard or shows why not.
    save();
    return false;
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

void AddAccountWizard::save()
{
    m_saving = true;
    m_retry.stop();
    m_summary->showSaving();
    setButtonText(QWizard::FinishButton, tr("Creating…"));
    updateFinish();
    m_workspace.call(
        this,
        [groupId = m_groupId, draft = draft()](WorkspaceServices &services) -> Result<Saved> {
            if (auto allowed = services.acting.allows(Permission::CreateAccounts, groupId); !allowed)
                return fail(allowed.error());
            // Nobody gives more than it has: the refusal shows at the switch or the security groups.
            if (auto granted = services.acting.mayGrant(draft); !granted) {
                if (granted.error().isDatabaseProblem())
                    return fail(granted.error());
                return Saved {std::nullopt, {granted.error()}};
            }
            // The account, its audit entry and its activation email commit together. create()
            // checks everything in its transaction, so a draft that passes is read once.
            Result<Account> created = services.accounts.create(groupId, draft);
            if (created)
                return Saved {*created, {}};
            if (created.error().isDatabaseProblem())
                return fail(created.error());
            // Refused: every problem at once, so that each shows at its field.
            QList<Error> errors = services.accounts.validate(groupId, draft);
            for (const Error &error : std::as_const(errors)) {
                if (error.isDatabaseProblem())
                    return fail(error);
            }
            if (errors.isEmpty())
                errors.append(created.error());
            return Saved {std::nullopt, errors};
        },
        [this](const Result<Saved> &result) { saved(result); });
}

void AddAccountWizard::saved(const Result<Saved> &result)
{
    m_saving = false;
    setButtonText(QWizard::FinishButton, m_finishText);
    const QList<Error> errors = !result ? QList<Error> {result.error()} : result->errors;
    if (!errors.isEmpty()) {
        qCInfo(lcUi) << "account not created:" << errors.first().message;
        showErrors(errors);
        updateFinish();
        return;
    }
    m_retry.stop();
    m_attempts = 0;
    m_created = result->account;
    updateFinish();
    Q_EMIT accountCreated(*m_created);
    QDialog::done(QDialog::Accepted);
}

void AddAccountWizard::retrySave()
{
    if (!isVisible() || currentId() != SummaryPageId)
        return;
    // Finish again: the same checks, and the save with the same request id.
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
