#pragma once

#include "core/platform/secretstore.h"

#include <QHash>

namespace bc {

// SecretStore in memory, for tests (no keychain daemon runs there). Answers on the next turn of
// the event loop, as the keychain does. `failReads` and `failWrites` make every read or write fail
// with that message, as where no keychain runs.
class MemorySecretStore final : public SecretStore
{
public:
    MemorySecretStore() = default;

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override;

    [[nodiscard]] QString secret(const QString &key) const { return m_secrets.value(key); }
    void setFailReads(const QString &error) { m_failReads = error; }
    void setFailWrites(const QString &error) { m_failWrites = error; }

private:
    QHash<QString, QString> m_secrets;
    QString m_failReads;
    QString m_failWrites;
};

} // namespace bc
