#include "core/services/quicksearch.h"

#include "core/storage/quicksearchloader.h"

#include <limits>

using namespace Qt::StringLiterals;

namespace bc {

QuickSearch::QuickSearch(const QString &databaseLocation, qint64 within, QObject *parent)
    : QObject(parent)
    , m_thread(new WorkerThread(u"quick search"_s))
    , m_loader(new QuickSearchLoader(databaseLocation))
    , m_within(within)
{
    m_thread->adopt(m_loader);
    connect(m_loader, &QuickSearchLoader::groupsFound, this, &QuickSearch::groupsFound);
    connect(m_loader, &QuickSearchLoader::accountsFound, this, &QuickSearch::accountsFound);
    connect(m_loader, &QuickSearchLoader::failed, this, &QuickSearch::failed);
    m_thread->start();
}

QuickSearch::~QuickSearch()
{
    m_loader->supersede(std::numeric_limits<quint64>::max());
    // The thread ends by itself if the loader waits on a server; the window need not wait.
}

void QuickSearch::supersede(quint64 generation)
{
    m_loader->supersede(generation);
}

void QuickSearch::search(quint64 generation, const QString &text, int limit)
{
    QMetaObject::invokeMethod(
        m_loader,
        [loader = m_loader, generation, text, limit, within = m_within] {
            loader->search(generation, text, limit, within);
        },
        Qt::QueuedConnection);
}

} // namespace bc
