#pragma once

#include "secretstore.h"

#include <QCoreApplication>

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
};

} // namespace bc
