#include "core/storage/databaseworker.h"

#include "core/platform/logging.h"
#include "core/storage/database.h"

#include <QElapsedTimer>

namespace bc {

DatabaseWorker::DatabaseWorker(QString location, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
{
}

DatabaseWorker::~DatabaseWorker() = default;

Database *DatabaseWorker::database(quint64 generation)
{
    if (!m_db) {
        QElapsedTimer timer;
        timer.start();
        auto opened = Database::open(m_location);
        if (!opened) {
            Q_EMIT failed(generation, opened.error());
            return nullptr;
        }
        m_db = std::move(*opened);
        qCDebug(lcPerf) << "worker: connection opened in" << timer.elapsed() << "ms";
    }
    return m_db.get();
}

Database *DatabaseWorker::databaseFor(quint64 generation)
{
    return superseded(generation) ? nullptr : database(generation);
}

} // namespace bc
