#include "core/mail/emailtemplate.h"

using namespace Qt::StringLiterals;

namespace bc {

EmailTemplate EmailTemplates::defaultActivation()
{
    EmailTemplate email;
    email.subject = tr("Activate your backup account, {name}");
    email.bodyText = tr("Hello {name},\n\n"
                        "{organization} has created a backup account for you with the login {login}.\n\n"
                        "Open this link to choose your password and activate the account:\n{link}\n\n"
                        "The link works once and expires on {expiry}.\n\n"
                        "If you did not expect this message, you can ignore it.");
    email.bodyHtml = htmlFromText(email.bodyText);
    // The link deserves to be a link in HTML.
    email.bodyHtml.replace(u"{link}"_s, u"<a href=\"{link}\">{link}</a>"_s);
    return email;
}

QStringList EmailTemplates::placeholders()
{
    return {u"{name}"_s, u"{login}"_s, u"{organization}"_s, u"{link}"_s, u"{expiry}"_s};
}

QString EmailTemplates::htmlFromText(const QString &text)
{
    QStringList paragraphs;
    for (const QString &paragraph : text.split(u"\n\n"_s))
        paragraphs.append(u"<p>"_s + paragraph.toHtmlEscaped().replace(u'\n', u"<br>"_s) + u"</p>"_s);
    return u"<!DOCTYPE html><html><body>"_s + paragraphs.join(QString()) + u"</body></html>"_s;
}

RenderedEmail EmailTemplates::render(const EmailTemplate &email, const EmailValues &values, const QLocale &locale)
{
    const QString expiry =
        values.expires.isValid() ? locale.toString(values.expires.toLocalTime(), QLocale::LongFormat) : QString();
    const QList<std::pair<QString, QString>> pairs {
        {u"{name}"_s, values.name}, {u"{login}"_s, values.login}, {u"{organization}"_s, values.organization},
        {u"{link}"_s, values.link}, {u"{expiry}"_s, expiry},
    };
    // One pass over the template, so a value that itself contains "{link}" is not expanded again.
    const auto fill = [&pairs](const QString &input, bool escape) {
        QString output;
        output.reserve(input.size() * 2);
        for (qsizetype i = 0; i < input.size();) {
            bool replaced = false;
            if (input.at(i) == u'{') {
                for (const auto &[key, value] : pairs) {
                    if (QStringView(input).mid(i).startsWith(key)) {
                        output += escape ? value.toHtmlEscaped() : value;
                        i += key.size();
                        replaced = true;
                        break;
                    }
                }
            }
            if (!replaced)
                output += input.at(i++);
        }
        return output;
    };
    RenderedEmail rendered;
    rendered.subject = fill(email.subject, false).simplified();
    rendered.text = fill(email.bodyText, false);
    rendered.html = fill(email.bodyHtml, true);
    return rendered;
}

} // namespace bc
