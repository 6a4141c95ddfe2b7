#include "changewatcher.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace bc {

ChangeWatcher::ChangeWatcher(Database &database, int intervalMs, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
    poll();
    m_timer.setInterval(intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeWatcher::poll);
    m_timer.start();
}

bool ChangeWatcher::poll()
{
    qint64 version = -1;
    {
        auto query = m_db.run(u"PRAGMA data_version"_s);
        if (!query || !query->next())
            return false; // a passing problem; the next look tells
        version = query->value(0).toLongLong();
    }
    const bool changed = m_version >= 0 && version != m_version;
    m_version = version;
    if (changed)
        Q_EMIT changedElsewhere();
    return changed;
}

} // namespace bc
