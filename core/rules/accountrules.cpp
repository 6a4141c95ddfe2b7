#include "core/rules/accountrules.h"

#include "core/rules/passwordpolicy.h"

#include <QRegularExpression>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

bool hasControlCharacters(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.category() == QChar::Other_Control || c.category() == QChar::Other_Format || c == QChar::LineSeparator
            || c == QChar::ParagraphSeparator;
    });
}

} // namespace

QString AccountRules::loginKey(const QString &login)
{
    // NFKC_Casefold in effect: normalize, fold, normalize again (folding can denormalize).
    // QString::toCaseFolded() applies only the simple (one-to-one) folds, so "ß" stayed "ß" while
    // "SS" became "ss"; upper-casing applies the full mappings ("ß" → "SS"), after a first fold
    // so that "ẞ" (which folds to "ß" but upper-cases to itself) goes the same way. Plain ASCII,
    // which all of that leaves as it is but for lower case, is only lowered: a tenth of the time
    // (a key is taken several times for each record of an import).
    const QString trimmed = login.trimmed();
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.unicode() < 0x80; }))
        return trimmed.toLower();
    return trimmed.normalized(QString::NormalizationForm_KC)
        .toCaseFolded()
        .toUpper()
        .toCaseFolded()
        .normalized(QString::NormalizationForm_KC);
}

Result<void> AccountRules::checkLogin(const QString &login)
{
    const QString trimmed = login.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::Invalid, Field::login, tr("Enter a login."));
    const QList<uint> codePoints = trimmed.toUcs4();
    if (codePoints.size() > maxLoginLength)
        return fail(Error::Code::Invalid, Field::login,
                    tr("A login can have at most %n characters.", nullptr, maxLoginLength));
    for (uint codePoint : codePoints) {
        const bool allowed = QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint) || codePoint == '.'
            || codePoint == '_' || codePoint == '-' || codePoint == '@';
        if (!allowed) {
            const QString shown = QChar::isPrint(codePoint) && !QChar::isSpace(codePoint)
                ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&codePoint), 1)
                : tr("a space or invisible character");
            return fail(Error::Code::Invalid, Field::login,
                        tr("A login may contain letters, digits and . _ - @ only, not %1.").arg(shown));
        }
    }
    if (loginKey(trimmed).isEmpty())
        return fail(Error::Code::Invalid, Field::login, tr("Enter a login."));
    return {};
}

Result<void> AccountRules::checkEmail(const QString &email, const QString &field)
{
    const QString trimmed = email.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::Invalid, field, tr("Enter an email address."));
    if (trimmed.size() > maxEmailLength)
        return fail(Error::Code::Invalid, field,
                    tr("An email address can have at most %n characters.", nullptr, maxEmailLength));
    // Deliberately plain: one @, a local part without spaces, a domain with at least one dot,
    // labels of letters, digits and hyphens (international domains allowed).
    static const QRegularExpression pattern(
        u"^[^\\s@\"(),:;<>\\[\\]\\\\]+@(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,61}[\\p{L}\\p{N}])?\\.)+[\\p{L}]{2,63}$"_s,
        QRegularExpression::UseUnicodePropertiesOption);
    if (hasControlCharacters(trimmed) || !pattern.match(trimmed).hasMatch() || trimmed.contains(".."_L1)
        || trimmed.startsWith(u'.') || trimmed.section(u'@', 0, 0).endsWith(u'.'))
        return fail(Error::Code::Invalid, field,
                    tr("\"%1\" is not an email address; it should look like name@example.com.").arg(trimmed));
    return {};
}

Result<void> AccountRules::checkName(const QString &name, const QString &field)
{
    if (name.trimmed().size() > maxNameLength)
        return fail(Error::Code::Invalid, field, tr("A name can have at most %n characters.", nullptr, maxNameLength));
    if (hasControlCharacters(name))
        return fail(Error::Code::Invalid, field, tr("A name cannot contain line breaks or invisible characters."));
    return {};
}

QList<Error> AccountRules::checkQuotas(const Quotas &quotas, const Quotas &groupLimits)
{
    QList<Error> errors;
    const QLocale locale;
    for (Resource resource : allResources) {
        const Quota &quota = quotas[resource];
        if (quota.limit && *quota.limit < 0)
            errors.append({Error::Code::Invalid, Field::quotaLimit(resource), tr("Enter a number of zero or more.")});
        if (quota.overage < 0)
            errors.append({Error::Code::Invalid, Field::quotaOverage(resource), tr("Enter a number of zero or more.")});
        const std::optional<qint64> &cap = groupLimits[resource].limit;
        if (cap && (!quota.limit || *quota.limit > *cap)) {
            errors.append(
                {Error::Code::Invalid, Field::quotaLimit(resource),
                 tr("The group allows at most %1 for %2; enter %1 or less.")
                     .arg(Quotas::formatAmount(resource, *cap, locale), Quotas::displayName(resource).toLower())});
        }
    }
    return errors;
}

QString AccountRules::normalizedPhone(const QString &phone)
{
    QString digits;
    for (QChar c : phone.trimmed()) {
        if (!c.isSpace() && c != u'-' && c != u'.' && c != u'(' && c != u')' && c != u'/')
            digits.append(c);
    }
    return digits;
}

Result<void> AccountRules::checkMobile(const QString &mobile)
{
    static const QRegularExpression e164(u"^\\+[1-9][0-9]{6,14}$"_s);
    if (!e164.match(normalizedPhone(mobile)).hasMatch())
        return fail(Error::Code::Invalid, Field::mobile,
                    tr("Enter the mobile number in international form: + and country code, then the number, "
                       "e.g. +49 151 23456789."));
    return {};
}

Result<void> AccountRules::checkPhone(const QString &phone, const QString &field)
{
    static const QRegularExpression allowed(u"^\\+?[0-9 ()./-]+( ?(ext\\.?|x) ?[0-9]{1,6})?$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = phone.trimmed();
    const auto digits = std::count_if(trimmed.cbegin(), trimmed.cend(), [](QChar c) { return c.isDigit(); });
    if (!allowed.match(trimmed).hasMatch() || digits < 6 || trimmed.size() > 40)
        return fail(Error::Code::Invalid, field,
                    tr("Enter a telephone number with at least 6 digits, e.g. +44 20 7946 0958."));
    return {};
}

Result<void> AccountRules::checkAddress(const QString &address, const QString &field)
{
    if (address.trimmed().size() > maxAddressLength)
        return fail(Error::Code::Invalid, field,
                    tr("An address can have at most %n characters.", nullptr, maxAddressLength));
    const QString withoutLineBreaks = QString(address).remove(u'\n').remove(u'\r');
    if (hasControlCharacters(withoutLineBreaks))
        return fail(Error::Code::Invalid, field, tr("An address cannot contain invisible characters."));
    return {};
}

QList<Error> AccountRules::check(const AccountDraft &draft, const Quotas &groupLimits)
{
    QList<Error> errors;
    const auto collect = [&errors](const Result<void> &result) {
        if (!result)
            errors.append(result.error());
    };
    collect(checkLogin(draft.login));
    collect(checkEmail(draft.email));
    collect(checkName(draft.firstName, Field::firstName));
    collect(checkName(draft.lastName, Field::lastName));
    // A display name made of the first and last name has been checked with them already.
    if (draft.displayName.trimmed()
        != QStringList {draft.firstName.trimmed(), draft.lastName.trimmed()}.join(u' ').trimmed())
        collect(checkName(draft.displayName, Field::displayName));
    if (!draft.notificationEmail.trimmed().isEmpty())
        collect(checkEmail(draft.notificationEmail, Field::notificationEmail));
    if (!draft.mobile.trimmed().isEmpty())
        collect(checkMobile(draft.mobile));
    collect(checkAddress(draft.address));
    const QStringList required = requiredContactFields(draft.administrator);
    if (draft.phone.trimmed().isEmpty()) {
        if (required.contains(Field::phone))
            errors.append({Error::Code::Invalid, Field::phone, tr("An administrator needs a telephone number.")});
    } else {
        collect(checkPhone(draft.phone));
    }
    if (required.contains(Field::address) && draft.address.trimmed().isEmpty())
        errors.append({Error::Code::Invalid, Field::address, tr("An administrator needs a postal address.")});
    if (!draft.password.isEmpty())
        collect(PasswordPolicy::check(draft.password, draft.login, Field::password));
    errors.append(checkQuotas(draft.quotas, groupLimits));
    return errors;
}

QStringList AccountRules::requiredContactFields(bool administrator)
{
    // Administrators must be reachable by telephone and by post.
    return administrator ? QStringList {Field::phone, Field::address} : QStringList();
}

bool AccountRules::showsContactFields(const AccountDraft &draft)
{
    return draft.administrator || !draft.phone.isEmpty() || !draft.address.isEmpty();
}

AccountDraft AccountRules::normalized(AccountDraft draft)
{
    draft.login = draft.login.trimmed();
    draft.email = draft.email.trimmed();
    draft.firstName = draft.firstName.trimmed();
    draft.lastName = draft.lastName.trimmed();
    draft.displayName = draft.displayName.trimmed();
    if (draft.displayName.isEmpty())
        draft.displayName = QStringList {draft.firstName, draft.lastName}.join(u' ').trimmed();
    draft.notificationEmail = draft.notificationEmail.trimmed();
    draft.mobile = normalizedPhone(draft.mobile);
    draft.phone = draft.phone.trimmed();
    draft.address = draft.address.trimmed();
    return draft;
}

QStringList AccountRules::loginVariants(const QString &login, int count)
{
    QString base = login.trimmed();
    // "alice7" → "alice8", "alice9", ...; "alice" → "alice2", "alice3", ...
    static const QRegularExpression trailingNumber(u"^(.*?)(\\d+)$"_s);
    qint64 next = 2;
    if (const auto match = trailingNumber.match(base); match.hasMatch() && !match.captured(1).isEmpty()) {
        bool ok = false;
        const qint64 number = match.captured(2).toLongLong(&ok);
        if (ok && number < std::numeric_limits<qint64>::max() - count) {
            base = match.captured(1);
            next = number + 1;
        }
    }
    QStringList variants;
    for (int i = 0; i < count; ++i) {
        const QString suffix = QString::number(next + i);
        variants.append(base.left(maxLoginLength - suffix.size()) + suffix);
    }
    return variants;
}

QString GroupRules::nameKey(const QString &name)
{
    return AccountRules::loginKey(name);
}

Result<void> GroupRules::checkName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return fail(Error::Code::Invalid, Field::groupName, tr("Enter a name for the group."));
    if (trimmed.size() > maxNameLength)
        return fail(Error::Code::Invalid, Field::groupName,
                    tr("A group name can have at most %n characters.", nullptr, maxNameLength));
    if (trimmed.contains(u'/'))
        return fail(Error::Code::Invalid, Field::groupName,
                    tr("A group name cannot contain \"/\"; it separates groups in paths."));
    if (hasControlCharacters(trimmed))
        return fail(Error::Code::Invalid, Field::groupName,
                    tr("A group name cannot contain line breaks or invisible characters."));
    return {};
}

Quotas GroupRules::tightest(const Quotas &a, const Quotas &b)
{
    Quotas result = a;
    for (Resource resource : allResources) {
        const auto &other = b[resource].limit;
        auto &mine = result[resource].limit;
        if (other && (!mine || *other < *mine))
            mine = other;
    }
    return result;
}

} // namespace bc
