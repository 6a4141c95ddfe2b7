#include "core/platform/memorysecretstore.h"

#include <QTimer>

namespace bc {

void MemorySecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    const QString secret = m_failReads.isEmpty() ? m_secrets.value(key) : QString();
    QTimer::singleShot(0, context, [secret, error = m_failReads, done = std::move(done)] { done(secret, error); });
}

void MemorySecretStore::write(const QString &key, const QString &secret, QObject *context, WriteDone done)
{
    if (m_failWrites.isEmpty()) {
        if (secret.isEmpty())
            m_secrets.remove(key);
        else
            m_secrets.insert(key, secret);
    }
    QTimer::singleShot(0, context, [error = m_failWrites, done = std::move(done)] { done(error); });
}

} // namespace bc
