#include "keychainsecretstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace bc {

QString KeychainSecretStore::serviceName()
{
    return u"BackupConsole"_s;
}

void KeychainSecretStore::read(const QString &key, QObject *context, ReadDone done)
{
    auto *job = new QKeychain::ReadPasswordJob(serviceName());
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        auto *reader = static_cast<QKeychain::ReadPasswordJob *>(finished);
        if (reader->error() == QKeychain::NoError)
            done(reader->textData(), QString());
        else if (reader->error() == QKeychain::EntryNotFound)
            done(QString(), QString());
        else
            done(QString(), tr("The keychain could not be read: %1").arg(reader->errorString()));
    });
    job->start();
}

void KeychainSecretStore::write(const QString &key, const QString &secret, QObject *context, WriteDone done)
{
    QKeychain::Job *job = nullptr;
    if (secret.isEmpty()) {
        job = new QKeychain::DeletePasswordJob(serviceName());
    } else {
        auto *writer = new QKeychain::WritePasswordJob(serviceName());
        writer->setTextData(secret);
        job = writer;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(key);
    QObject::connect(job, &QKeychain::Job::finished, context, [done = std::move(done)](QKeychain::Job *finished) {
        const bool ok = finished->error() == QKeychain::NoError || finished->error() == QKeychain::EntryNotFound;
        done(ok ? QString() : tr("The keychain did not take the password: %1").arg(finished->errorString()));
    });
    job->start();
}

} // namespace bc
