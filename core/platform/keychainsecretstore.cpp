#include "core/platform/keychainsecretstore.h"

#include "core/platform/logging.h"

#include <qt6keychain/keychain.h>

#include <QPointer>

using namespace Qt::StringLiterals;

namespace bc {

QString KeychainSecretStore::serviceName()
{
    return u"BackupConsole"_s;
}

namespace {

bool refused(const QKeychain::Job &job)
{
    return job.error() == QKeychain::AccessDeniedByUser || job.error() == QKeychain::AccessDenied;
}

void logFailure(const QKeychain::Job &job)
{
    qCWarning(lcUi).nospace() << "keychain: " << job.errorString() << " (QKeychain error " << int(job.error()) << ')';
}

} // namespace

// Without a Secret Service or KWallet (a server, Xvfb, no D-Bus session) QtKeychain reports
// OtherError or NoBackendAvailable; both read as "no keychain" here.
QString KeychainSecretStore::readError(const QKeychain::Job &job)
{
    logFailure(job);
    if (refused(job))
        return tr("The system keychain refused access; type the password. It is kept only until the console closes.");
    return tr("No system keychain is available; type the password. It is kept only until the console closes.");
}

QString KeychainSecretStore::writeError(const QKeychain::Job &job)
{
    logFailure(job);
    if (refused(job))
        return tr("The system keychain refused to store the password.");
    return tr("No system keychain is available to remember the password.");
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
            done(QString(), readError(*reader));
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
        done(ok ? QString() : writeError(*finished));
    });
    job->start();
}

} // namespace bc
