#include "core/auth/recoverycodes.h"

#include "core/auth/totp.h"

#include <QSet>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

constexpr int codeBytes = 10; // 80 bits: 16 base32 characters, no padding
constexpr int groupLength = 4;

QString newCode()
{
    QByteArray bytes(codeBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    const QString plain = Totp::base32(bytes);
    QStringList groups;
    for (qsizetype at = 0; at < plain.size(); at += groupLength)
        groups.append(plain.mid(at, groupLength));
    return groups.join(u'-');
}

} // namespace

QStringList RecoveryCodes::generate()
{
    if (sodium_init() < 0)
        qFatal("libsodium could not be initialised");
    QStringList codes;
    QSet<QString> seen;
    while (codes.size() < count) {
        const QString code = newCode();
        if (!seen.contains(code)) {
            seen.insert(code);
            codes.append(code);
        }
    }
    return codes;
}

QString RecoveryCodes::normalized(const QString &typed)
{
    QString plain;
    for (const QChar c : typed) {
        if (c != u'-' && !c.isSpace())
            plain.append(c.toUpper());
    }
    return plain;
}

QString RecoveryCodes::hashOf(const QString &code)
{
    const QByteArray plain = normalized(code).toUtf8();
    QByteArray hash(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(hash.data()), static_cast<size_t>(hash.size()),
                       reinterpret_cast<const unsigned char *>(plain.constData()),
                       static_cast<unsigned long long>(plain.size()), nullptr, 0);
    return QString::fromLatin1(hash.toHex());
}

} // namespace bc
