#include "ui/accounts/accountlistmodel.h"

#include "core/platform/logging.h"
#include "core/services/accountservice.h"
#include "core/services/activationservice.h"
#include "core/services/workspace.h"

// The Activation column of the account list: the states of the listed accounts' activation emails,
// read for each page that arrives and followed as the emails change.

namespace bc {

template<typename Source, typename Creator> void AccountListModel::followActivation(Source *source, Creator *creator)
{
    // A new account's email is queued with it; placed in the list first, its state follows.
    if (creator)
        connect(creator, &Creator::accountAdded, this, [this](const Account &a) { refreshActivation(a.id); });
    connect(source, &Source::outboxChanged, this, &AccountListModel::refreshActivation);
    connect(source, &Source::outboxesChanged, this, &AccountListModel::refreshActivations);
    connect(source, &Source::accountActivated, this, [this](const Account &a) { refreshActivation(a.id); });
}

void AccountListModel::setActivationService(ActivationService *activation)
{
    m_activationService = activation;
    m_pages->readActivation();
    loadActivation(m_cache.ids());
    if (activation)
        followActivation(activation, m_accounts);
}

void AccountListModel::loadActivation(const QList<qint64> &accountIds)
{
    const auto keep = [this, accountIds](const Result<QHash<qint64, ActivationState>> &states) {
        if (states)
            keepActivation(accountIds, *states);
        else
            qCWarning(lcUi) << "activation states:" << states.error().message;
    };
    if (accountIds.isEmpty())
        return;
    if (m_workspace) {
        // One indexed query for the accounts, after what the user waits for; shown when it arrives.
        m_workspace->call(
            this, [accountIds](WorkspaceServices &services) { return services.activation.states(accountIds); }, keep,
            Workspace::Priority::Background);
    } else if (m_activationService) {
        keep(m_activationService->states(accountIds));
    }
}

void AccountListModel::keepActivation(const QList<qint64> &accountIds, const QHash<qint64, ActivationState> &states)
{
    int first = m_count, last = -1;
    for (qint64 id : accountIds) {
        if (const auto it = states.constFind(id); it != states.cend())
            m_activation.insert(id, *it);
        else
            m_activation.remove(id);
        if (const int row = m_cache.rowOf(id); row >= 0) {
            first = qMin(first, row);
            last = qMax(last, row);
        }
    }
    if (last >= first)
        Q_EMIT dataChanged(index(first, ActivationColumn), index(last, ActivationColumn));
}

ActivationState AccountListModel::activationOf(qint64 accountId) const
{
    ActivationState state = m_activation.value(accountId);
    state.mailServerSetUp = m_mailServerSetUp;
    return state;
}

void AccountListModel::refreshActivation(qint64 accountId)
{
    loadActivation({accountId});
}

void AccountListModel::refreshActivations(const QList<qint64> &accountIds)
{
    // Only the rows held are shown; the others are read with their page.
    QList<qint64> held;
    for (qint64 id : accountIds) {
        if (m_cache.rowOf(id) >= 0)
            held.append(id);
    }
    loadActivation(held);
}

void AccountListModel::setMailServerSetUp(bool setUp)
{
    if (setUp == m_mailServerSetUp)
        return;
    m_mailServerSetUp = setUp;
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, ActivationColumn), index(m_count - 1, ActivationColumn));
}

// The workspace's, from setWorkspace() (accountlistmodel.cpp).
template void AccountListModel::followActivation<Workspace, Workspace>(Workspace *, Workspace *);

} // namespace bc
