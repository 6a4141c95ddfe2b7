#include "core/rules/passwordpolicy.h"

#include "core/rules/accountrules.h"

#include <QFile>
#include <QSet>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

const QSet<QString> &commonPasswords()
{
    static const QSet<QString> passwords = [] {
        QSet<QString> result;
        QFile file(u":/passwords/common-passwords.txt"_s);
        if (file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            while (!file.atEnd()) {
                const QString line = QString::fromUtf8(file.readLine()).trimmed();
                if (!line.isEmpty() && !line.startsWith(u'#'))
                    result.insert(line.toCaseFolded());
            }
        }
        return result;
    }();
    return passwords;
}

} // namespace

bool PasswordPolicy::isCommon(const QString &password)
{
    return commonPasswords().contains(password.toCaseFolded());
}

Result<void> PasswordPolicy::check(const QString &password, const QString &login, const QString &field)
{
    if (password.toUcs4().size() < minimumLength)
        return fail(Error::Code::Invalid, field,
                    tr("A password needs at least %n characters.", nullptr, minimumLength));
    if (!login.trimmed().isEmpty() && AccountRules::loginKey(password) == AccountRules::loginKey(login))
        return fail(Error::Code::Invalid, field, tr("The password cannot be the login."));
    if (isCommon(password))
        return fail(
            Error::Code::Invalid, field,
            tr("This password is one of the most common ones and is tried first by attackers; choose another."));
    return {};
}

} // namespace bc
