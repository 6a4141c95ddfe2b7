#include "core/mail/mailsender.h"

#include "core/platform/logging.h"

#include <QDateTime>
#include <QLocale>
#include <QStringList>

#include <curl/curl.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

struct CurlDeleter
{
    void operator()(CURL *curl) const { curl_easy_cleanup(curl); }
    void operator()(curl_mime *mime) const { curl_mime_free(mime); }
    void operator()(curl_slist *list) const { curl_slist_free_all(list); }
};

// RFC 2047 encoded-word for non-ASCII header text.
QByteArray encodedHeader(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    const bool ascii = std::all_of(utf8.cbegin(), utf8.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
    if (ascii)
        return utf8;
    return "=?UTF-8?B?" + utf8.toBase64() + "?=";
}

// "Name <address>" → address; a bare address stays as it is.
QByteArray addressOf(const QString &mailbox)
{
    if (mailbox.contains(u'<'))
        return mailbox.section(u'<', 1).section(u'>', 0, 0).trimmed().toUtf8();
    return mailbox.trimmed().toUtf8();
}

QByteArray fromHeader(const QString &sender)
{
    if (!sender.contains(u'<'))
        return sender.trimmed().toUtf8();
    const QString name = sender.section(u'<', 0, 0).trimmed().remove(u'"');
    return encodedHeader(name) + " <" + addressOf(sender) + ">";
}

QString curlMessage(CURLcode code, const char *detail)
{
    const QString text = QString::fromUtf8(detail && *detail ? detail : curl_easy_strerror(code)).trimmed();
    switch (code) {
    case CURLE_COULDNT_CONNECT:
    case CURLE_COULDNT_RESOLVE_HOST:
        return MailSender::tr("The mail server could not be reached (%1).").arg(text);
    case CURLE_OPERATION_TIMEDOUT:
        return MailSender::tr("The mail server did not answer in time.");
    case CURLE_LOGIN_DENIED:
        return MailSender::tr("The mail server refused the user name or password.");
    case CURLE_USE_SSL_FAILED:
    case CURLE_SSL_CONNECT_ERROR:
    case CURLE_PEER_FAILED_VERIFICATION:
        return MailSender::tr("A secure connection to the mail server failed (%1).").arg(text);
    case CURLE_SEND_ERROR:
    case CURLE_RECV_ERROR:
        return MailSender::tr("The connection to the mail server broke off (%1).").arg(text);
    default:
        return MailSender::tr("The mail server did not accept the message (%1).").arg(text);
    }
}

} // namespace

Result<void> MailSender::send(const SmtpSettings &settings, const QString &recipient, const QString &messageId,
                              const RenderedEmail &email)
{
    static const bool initialised = curl_global_init(CURL_GLOBAL_DEFAULT) == CURLE_OK;
    if (!initialised)
        return fail(Error::Code::Internal, QString(), tr("The mail library could not be started."));
    if (!settings.isConfigured())
        return fail(Error::Code::Invalid, u"host"_s, tr("Set up the mail server first (Settings → Email)."));

    std::unique_ptr<CURL, CurlDeleter> curl(curl_easy_init());
    if (!curl)
        return fail(Error::Code::Internal, QString(), tr("The mail library could not be started."));
    CURL *handle = curl.get();

    const QByteArray scheme = settings.security == SmtpSettings::Security::Tls ? "smtps" : "smtp";
    const QByteArray url = scheme + "://" + settings.host.toUtf8() + ":" + QByteArray::number(settings.port);
    const QByteArray from = addressOf(settings.sender);
    const QByteArray to = recipient.trimmed().toUtf8();
    const QByteArray user = settings.user.toUtf8();
    const QByteArray password = settings.password.toUtf8();
    const QByteArray caFile = settings.caFile.toUtf8();
    char errorBuffer[CURL_ERROR_SIZE] = {};

    curl_easy_setopt(handle, CURLOPT_URL, url.constData());
    curl_easy_setopt(handle, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(handle, CURLOPT_MAIL_FROM, ("<" + from + ">").constData());
    std::unique_ptr<curl_slist, CurlDeleter> recipients(curl_slist_append(nullptr, ("<" + to + ">").constData()));
    curl_easy_setopt(handle, CURLOPT_MAIL_RCPT, recipients.get());
    if (settings.security == SmtpSettings::Security::StartTls)
        curl_easy_setopt(handle, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    if (!caFile.isEmpty())
        curl_easy_setopt(handle, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(handle, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(handle, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(handle, CURLOPT_CONNECTTIMEOUT, static_cast<long>(qMax(1, settings.timeoutSeconds)));
    curl_easy_setopt(handle, CURLOPT_TIMEOUT, static_cast<long>(qMax(1, settings.timeoutSeconds) * 2));
    curl_easy_setopt(handle, CURLOPT_NOSIGNAL, 1L);

    const QByteArray date =
        QLocale::c().toString(QDateTime::currentDateTimeUtc(), u"ddd, dd MMM yyyy hh:mm:ss +0000"_s).toLatin1();
    const QList<QByteArray> headerLines {
        "Date: " + date,
        "From: " + fromHeader(settings.sender),
        "To: <" + to + ">",
        "Subject: " + encodedHeader(email.subject),
        "Message-ID: " + messageId.toUtf8(),
        "Auto-Submitted: auto-generated",
    };
    std::unique_ptr<curl_slist, CurlDeleter> headers;
    for (const QByteArray &line : headerLines)
        headers.reset(curl_slist_append(headers.release(), line.constData()));
    curl_easy_setopt(handle, CURLOPT_HTTPHEADER, headers.get());

    // multipart/alternative: plain text first, HTML second (the preferred one last).
    std::unique_ptr<curl_mime, CurlDeleter> mime(curl_mime_init(handle));
    curl_mime *alternative = curl_mime_init(handle);
    const QByteArray text = email.text.toUtf8();
    const QByteArray html = email.html.toUtf8();
    curl_mimepart *part = curl_mime_addpart(alternative);
    curl_mime_data(part, text.constData(), static_cast<size_t>(text.size()));
    curl_mime_type(part, "text/plain; charset=UTF-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(alternative);
    curl_mime_data(part, html.constData(), static_cast<size_t>(html.size()));
    curl_mime_type(part, "text/html; charset=UTF-8");
    curl_mime_encoder(part, "quoted-printable");
    part = curl_mime_addpart(mime.get());
    curl_mime_subparts(part, alternative); // `mime` owns `alternative` from here on
    curl_mime_type(part, "multipart/alternative");
    std::unique_ptr<curl_slist, CurlDeleter> partHeaders(curl_slist_append(nullptr, "Content-Disposition: inline"));
    curl_mime_headers(part, partHeaders.release(), 1);
    curl_easy_setopt(handle, CURLOPT_MIMEPOST, mime.get());

    const CURLcode result = curl_easy_perform(handle);
    if (result != CURLE_OK) {
        qCWarning(lcCore) << "SMTP delivery failed:" << curl_easy_strerror(result) << errorBuffer;
        return fail(Error::Code::ConnectionLost, QString(), curlMessage(result, errorBuffer));
    }
    return {};
}

} // namespace bc
