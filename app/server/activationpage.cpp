#include "app/server/activationpage.h"

#include "core/rules/passwordpolicy.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace bc::server {

QByteArray ActivationPage::page(const QString &title, const QString &body)
{
    const QString language =
        QLocale().bcp47Name().isEmpty() || QLocale().language() == QLocale::C ? u"en"_s : QLocale().bcp47Name();
    const QString html = uR"(<!DOCTYPE html>
<html lang="%1">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>%2</title>
<style>
body { font-family: system-ui, sans-serif; background: #f4f6f8; color: #1b1f23; margin: 0; }
main { max-width: 28rem; margin: 4rem auto; background: #fff; padding: 2rem; border-radius: 8px;
       box-shadow: 0 1px 4px rgba(0,0,0,.12); }
h1 { font-size: 1.4rem; margin-top: 0; }
label { display: block; font-weight: 600; margin: 1rem 0 .3rem; }
input[type=password] { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem;
       border: 1px solid #8a949e; border-radius: 4px; }
input:focus, button:focus { outline: 3px solid #3b82c4; outline-offset: 1px; }
button { margin-top: 1.5rem; padding: .7rem 1.2rem; font-size: 1rem; background: #1f5a94; color: #fff;
       border: 0; border-radius: 4px; cursor: pointer; }
.hint { color: #4b545c; font-size: .9rem; }
.error { color: #a4001d; background: #fdecee; padding: .6rem; border-radius: 4px; }
</style>
</head>
<body>
<main>
<h1>%2</h1>
%3
</main>
</body>
</html>
)"_s.arg(language, title.toHtmlEscaped(), body);
    return html.toUtf8();
}

QByteArray ActivationPage::form(const QString &name, const QString &login, const QString &error)
{
    QString body;
    body += u"<p>"_s
        + tr("Hello %1. Choose a password for the backup account <strong>%2</strong>.")
              .arg(name.toHtmlEscaped(), login.toHtmlEscaped())
        + u"</p>\n"_s;
    if (!error.isEmpty())
        body += u"<p class=\"error\" role=\"alert\" id=\"error\">"_s + error.toHtmlEscaped() + u"</p>\n"_s;
    body += uR"(<form method="post" autocomplete="off">
<input type="text" name="username" value="%1" autocomplete="username" hidden>
<label for="password">%2</label>
<input type="password" id="password" name="password" autocomplete="new-password" required minlength="%5" aria-describedby="rule">
<p class="hint" id="rule">%3</p>
<label for="confirm">%4</label>
<input type="password" id="confirm" name="confirm" autocomplete="new-password" required minlength="%5">
<button type="submit" id="activate">%6</button>
</form>
)"_s.arg(
        login.toHtmlEscaped(), tr("New password"),
        tr("At least %n characters; not your login and not a common password.", nullptr, PasswordPolicy::minimumLength),
        tr("Repeat the password"))
                .arg(PasswordPolicy::minimumLength)
                .arg(tr("Activate my account"));
    return page(tr("Activate your backup account"), body);
}

QByteArray ActivationPage::done(const QString &name, const QString &login)
{
    return page(tr("Your account is active"),
                u"<p id=\"done\">"_s
                    + tr("Thank you, %1. The account %2 is active; sign in with your login and the password you "
                         "chose.")
                          .arg(name.toHtmlEscaped(), u"<strong>"_s + login.toHtmlEscaped() + u"</strong>"_s)
                    + u"</p>"_s);
}

QByteArray ActivationPage::refused(const QString &title, const QString &message)
{
    return page(title, u"<p class=\"error\" role=\"alert\" id=\"refused\">"_s + message.toHtmlEscaped() + u"</p>"_s);
}

} // namespace bc::server
