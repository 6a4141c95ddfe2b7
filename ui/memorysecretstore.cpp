#include "memorysecretstore.h"

#include <QTimer>

namespace bc {

void MemorySecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    QTimer::singleShot(0, context, [secret = m_secrets.value(key), done = std::move(done)] { done(secret, {}); });
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
