#include "core/auth/totp.h"

#include "core/platform/logging.h"

#include <QUrl>

#include <liboath/oath.h>
#include <sodium.h>

#include <algorithm>
#include <cstdlib>
#include <memory>
#include <optional>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

bool oathReady()
{
    // oath_init() is meant to be called once; liboath never needs oath_done() before exit.
    static const bool ready = oath_init() == OATH_OK;
    return ready;
}

// liboath's base32 decoding; nullopt for text that is not base32.
std::optional<QByteArray> decodedSecret(const QString &secret)
{
    const QByteArray text = secret.toLatin1();
    char *raw = nullptr;
    size_t length = 0;
    if (!oathReady()
        || oath_base32_decode(text.constData(), static_cast<size_t>(text.size()), &raw, &length) != OATH_OK)
        return std::nullopt;
    const std::unique_ptr<char, decltype(&std::free)> owned(raw, &std::free);
    if (length == 0)
        return std::nullopt;
    return QByteArray(raw, static_cast<qsizetype>(length));
}

bool isDigits(const QString &code)
{
    return std::ranges::all_of(code, [](QChar c) { return c >= u'0' && c <= u'9'; });
}

} // namespace

QString Totp::newSecret()
{
    if (sodium_init() < 0 || !oathReady())
        qFatal("libsodium or liboath could not be initialised");
    QByteArray bytes(secretBytes, Qt::Uninitialized);
    randombytes_buf(bytes.data(), static_cast<size_t>(bytes.size()));
    return base32(bytes);
}

QString Totp::base32(const QByteArray &bytes)
{
    char *raw = nullptr;
    size_t length = 0;
    if (!oathReady()
        || oath_base32_encode(bytes.constData(), static_cast<size_t>(bytes.size()), &raw, &length) != OATH_OK)
        qFatal("liboath could not write base32");
    const std::unique_ptr<char, decltype(&std::free)> owned(raw, &std::free);
    return QString::fromLatin1(raw, static_cast<qsizetype>(length));
}

qint64 Totp::stepAt(const QDateTime &at)
{
    return at.toSecsSinceEpoch() / stepSeconds;
}

Result<QString> Totp::code(const QString &secret, const QDateTime &at, int length)
{
    const auto key = decodedSecret(secret);
    if (!key)
        return fail(Error::Code::Invalid, QString(), tr("The one-time password secret is damaged."));
    char out[16] = {};
    if (oath_totp_generate(key->constData(), static_cast<size_t>(key->size()),
                           static_cast<time_t>(at.toSecsSinceEpoch()), stepSeconds, OATH_TOTP_DEFAULT_START_TIME,
                           static_cast<unsigned>(length), out)
        != OATH_OK)
        return fail(Error::Code::Internal, QString(), tr("The one-time password could not be computed."));
    return QString::fromLatin1(out);
}

Totp::Check Totp::check(const QString &secret, const QString &code, const QDateTime &now, qint64 lastAcceptedStep)
{
    // liboath takes the number of digits from the code it is given: only six digits are a code.
    if (code.size() != digits || !isDigits(code))
        return {};
    const auto key = decodedSecret(secret);
    if (!key) {
        qCWarning(lcCore) << "a stored TOTP secret is not base32";
        return {};
    }
    int position = 0;
    uint64_t counter = 0;
    const QByteArray otp = code.toLatin1();
    const int found = oath_totp_validate3(key->constData(), static_cast<size_t>(key->size()),
                                          static_cast<time_t>(now.toSecsSinceEpoch()), stepSeconds,
                                          OATH_TOTP_DEFAULT_START_TIME, window, &position, &counter, otp.constData());
    if (found < 0)
        return {};
    const auto step = static_cast<qint64>(counter);
    return {step > lastAcceptedStep ? Outcome::Accepted : Outcome::Replayed, step};
}

QString Totp::uri(const QString &issuer, const QString &login, const QString &secret)
{
    const auto encoded = [](const QString &text) {
        return QString::fromLatin1(QUrl::toPercentEncoding(text));
    };
    return u"otpauth://totp/%1:%2?secret=%3&issuer=%1"_s.arg(encoded(issuer), encoded(login), encoded(secret));
}

} // namespace bc
