#include "core/services/accountpages.h"

#include "core/storage/accountpageloader.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace bc {

AccountPages::AccountPages(const QString &databaseLocation, QObject *parent)
    : AccountPages(databaseLocation, QString(), parent)
{
}

AccountPages::AccountPages(const QString &databaseLocation, const QString &password, QObject *parent)
    : QObject(parent)
    , m_thread(new WorkerThread(u"account pages"_s))
    , m_loader(new AccountPageLoader(databaseLocation, password))
{
    m_thread->adopt(m_loader);
    connect(m_loader, &AccountPageLoader::loaded, this, &AccountPages::loaded);
    connect(m_loader, &AccountPageLoader::fetched, this, &AccountPages::fetched);
    connect(m_loader, &AccountPageLoader::located, this, &AccountPages::located);
    connect(m_loader, &AccountPageLoader::found, this, &AccountPages::found);
    connect(m_loader, &AccountPageLoader::failed, this, &AccountPages::failed);
    connect(m_loader, &AccountPageLoader::anchored, this, &AccountPages::anchored);
    connect(m_loader, &AccountPageLoader::activationRead, this, &AccountPages::activationRead);
    connect(m_loader, &AccountPageLoader::dataLockedRead, this, &AccountPages::dataLockedRead);
    m_thread->start();
    // While the window reads its tree, so that the first page does not wait for a connection.
    QMetaObject::invokeMethod(m_loader, [loader = m_loader] { loader->connectAhead(); });
}

AccountPages::~AccountPages()
{
    m_loader->supersede(std::numeric_limits<quint64>::max());
    // The thread ends by itself if the loader waits on a server; the window need not wait.
}

void AccountPages::supersede(quint64 generation)
{
    m_loader->supersede(generation);
}

template<typename Request> void AccountPages::queue(Request request)
{
    m_loader->requestQueued();
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, request = std::move(request)] {
            loader->requestStarts();
            request(loader);
            loader->requestDone();
        },
        Qt::QueuedConnection);
}

void AccountPages::load(quint64 generation, const AccountQuery &query, int offset, int limit,
                        const QList<qint64> &locate)
{
    queue([generation, query, offset, limit, locate](AccountPageLoader *loader) {
        loader->load(generation, query, offset, limit, locate);
    });
}

void AccountPages::fetch(quint64 generation, quint64 epoch, const AccountQuery &query, int offset, int limit)
{
    queue([generation, epoch, query, offset, limit](AccountPageLoader *loader) {
        loader->fetch(generation, epoch, query, offset, limit);
    });
}

void AccountPages::locate(quint64 generation, const AccountQuery &query, qint64 id, AccountListChange change)
{
    queue(
        [generation, query, id, change](AccountPageLoader *loader) { loader->locate(generation, query, id, change); });
}

void AccountPages::find(quint64 generation, const AccountQuery &query, qint64 id)
{
    queue([generation, query, id](AccountPageLoader *loader) { loader->find(generation, query, id); });
}

void AccountPages::readDataLocked(quint64 question, const QList<qint64> &accountIds)
{
    // Not a request: a detail, asked when the connection is quiet.
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader, question, accountIds] { loader->readDataLocked(question, accountIds); },
        Qt::QueuedConnection);
}

void AccountPages::readActivation()
{
    QMetaObject::invokeMethod(
        m_loader, [loader = m_loader] { loader->setReadsActivation(true); }, Qt::QueuedConnection);
}

} // namespace bc
