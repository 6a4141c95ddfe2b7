#pragma once

#include "core/platform/secretstore.h"

#include <QCoreApplication>

namespace QKeychain {
class Job;
}

namespace bc {

// SecretStore on the system keychain (Secret Service, KWallet …) through QtKeychain.
class KeychainSecretStore final : public SecretStore
{
    Q_DECLARE_TR_FUNCTIONS(bc::KeychainSecretStore)

public:
    KeychainSecretStore() = default;

    void read(const QString &key, QObject *context, ReadDone done) override;
    void write(const QString &key, const QString &secret, QObject *context, WriteDone done) override;

    static QString serviceName();

private:
    // What the user reads when a job failed; QtKeychain's own text ("Unknown error" when no
    // keychain service answers) goes to the log only.
    static QString readError(const QKeychain::Job &job);
    static QString writeError(const QKeychain::Job &job);
};

} // namespace bc
