#include "core/platform/passwordhasher.h"

#include "core/platform/logging.h"

#include <sodium.h>

namespace bc {

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// Interactive limits: about 64 MiB and a fraction of a second on this class of machine.
const unsigned long long opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
const size_t memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;

// A hash of a phrase no password is checked against, made once with the limits above (the test of
// the hasher fails when they change and this is not made again). Hashing it at run time would cost
// every process a second Argon2id computation, or the first unknown login a longer answer.
constexpr char standIn[] = "$argon2id$v=19$m=65536,t=2,p=1$I3W9xFgiWhUM07MEE5x8cQ$"
                           "DqW1hcHYFji9KCm9PTGwkuz44WTQxJui4ztk3gTuWgM";

} // namespace

Result<QString> PasswordHasher::hash(const QString &password)
{
    if (!sodiumReady())
        return fail(Error::Code::Internal, QString(), tr("The password could not be protected (libsodium failed)."));
    QByteArray utf8 = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int result =
        crypto_pwhash_str(out, utf8.constData(), static_cast<unsigned long long>(utf8.size()), opsLimit, memLimit);
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    if (result != 0) {
        qCWarning(lcCore) << "crypto_pwhash_str failed (out of memory?)";
        return fail(Error::Code::Internal, QString(),
                    tr("The password could not be protected: not enough memory. Try again."));
    }
    return QString::fromLatin1(out);
}

bool PasswordHasher::verify(const QString &hash, const QString &password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    const QByteArray stored = hash.toLatin1();
    QByteArray utf8 = password.toUtf8();
    const bool ok =
        crypto_pwhash_str_verify(stored.constData(), utf8.constData(), static_cast<unsigned long long>(utf8.size()))
        == 0;
    sodium_memzero(utf8.data(), static_cast<size_t>(utf8.size()));
    return ok;
}

void PasswordHasher::spendVerification(const QString &password)
{
    verify(standInHash(), password);
}

QString PasswordHasher::standInHash()
{
    return QString::fromLatin1(standIn);
}

bool PasswordHasher::needsRehash(const QString &hash)
{
    return !sodiumReady() || crypto_pwhash_str_needs_rehash(hash.toLatin1().constData(), opsLimit, memLimit) != 0;
}

} // namespace bc
