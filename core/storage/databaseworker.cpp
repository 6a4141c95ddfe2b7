#include "core/storage/databaseworker.h"

#include "core/platform/logging.h"
#include "core/storage/database.h"

#include <QElapsedTimer>

#include <limits>

namespace bc {

DatabaseWorker::DatabaseWorker(QString location, QString password, QObject *parent)
    : QObject(parent)
    , m_location(std::move(location))
    , m_password(std::move(password))
{
}

DatabaseWorker::~DatabaseWorker() = default;

Database *DatabaseWorker::database(quint64 generation)
{
    if (!m_db) {
        QElapsedTimer timer;
        timer.start();
        Database::OpenOptions options;
        options.password = m_password;
        auto opened = Database::open(m_location, options);
        if (!opened) {
            Q_EMIT failed(generation, opened.error());
            return nullptr;
        }
        m_db = std::move(*opened);
        qCDebug(lcPerf) << "worker: connection opened in" << timer.elapsed() << "ms";
    }
    return m_db.get();
}

void DatabaseWorker::connectAhead()
{
    // Not for a worker whose owner is gone already (every generation superseded).
    if (m_db || m_latest.loadAcquire() == std::numeric_limits<quint64>::max())
        return;
    Database::OpenOptions options;
    options.password = m_password;
    options.confirmMigration = [](int, int) {
        return false;
    };
    QElapsedTimer timer;
    timer.start();
    if (auto opened = Database::open(m_location, options)) {
        m_db = std::move(*opened);
        qCDebug(lcPerf) << "worker: connection opened ahead in" << timer.elapsed() << "ms";
        openedAhead(*m_db);
    }
}

Database *DatabaseWorker::databaseFor(quint64 generation)
{
    return superseded(generation) ? nullptr : database(generation);
}

} // namespace bc
