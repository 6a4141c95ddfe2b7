#include "core/domain/quota.h"

#include "core/domain/storagesize.h"

using namespace Qt::StringLiterals;

namespace bc {

QString Quotas::columnPrefix(Resource resource)
{
    switch (resource) {
    case Resource::Workstations:
        return u"ws"_s;
    case Resource::Servers:
        return u"srv"_s;
    case Resource::VirtualMachines:
        return u"vm"_s;
    case Resource::MobileDevices:
        return u"mob"_s;
    case Resource::M365Mailboxes:
        return u"m365"_s;
    case Resource::Storage:
        return u"storage"_s;
    }
    Q_UNREACHABLE();
    return {};
}

QString Quotas::displayName(Resource resource)
{
    switch (resource) {
    case Resource::Workstations:
        return tr("Physical workstations");
    case Resource::Servers:
        return tr("Physical servers");
    case Resource::VirtualMachines:
        return tr("Virtual machines");
    case Resource::MobileDevices:
        return tr("Mobile devices");
    case Resource::M365Mailboxes:
        return tr("Microsoft 365 mailboxes");
    case Resource::Storage:
        return tr("Storage");
    }
    Q_UNREACHABLE();
    return {};
}

namespace {

Result<qint64> parseCount(const QString &text, const QString &field, bool unlimitedAllowed, const QLocale &locale)
{
    const QString input = text.trimmed();
    bool ok = false;
    const qint64 value = input.toLongLong(&ok);
    if (!ok) {
        const qint64 localized = locale.toLongLong(input, &ok);
        if (ok && localized >= 0)
            return localized;
        if (input.startsWith(u'-'))
            return fail(Error::Code::Invalid, field, Quotas::tr("Enter a number of zero or more."));
        return fail(Error::Code::Invalid, field,
                    unlimitedAllowed ? Quotas::tr("Enter a whole number, or choose Unlimited.")
                                     : Quotas::tr("Enter a whole number (0 for no overage)."));
    }
    if (value < 0)
        return fail(Error::Code::Invalid, field, Quotas::tr("Enter a number of zero or more."));
    return value;
}

bool meansUnlimited(const QString &text)
{
    const QString input = text.trimmed();
    return input.isEmpty() || input.compare("unlimited"_L1, Qt::CaseInsensitive) == 0
        || input.compare(Quotas::tr("Unlimited"), Qt::CaseInsensitive) == 0;
}

} // namespace

Result<std::optional<qint64>> Quotas::parseLimit(Resource resource, const QString &text, const QString &field,
                                                 const QLocale &locale)
{
    if (meansUnlimited(text))
        return std::optional<qint64>();
    const Result<qint64> value =
        resource == Resource::Storage ? StorageSize::parse(text, locale, field) : parseCount(text, field, true, locale);
    if (!value)
        return fail(value.error());
    return std::optional<qint64>(*value);
}

Result<qint64> Quotas::parseOverage(Resource resource, const QString &text, const QString &field, const QLocale &locale)
{
    if (text.trimmed().isEmpty())
        return 0;
    return resource == Resource::Storage ? StorageSize::parse(text, locale, field)
                                         : parseCount(text, field, false, locale);
}

QString Quotas::formatLimit(Resource resource, const std::optional<qint64> &limit, const QLocale &locale)
{
    if (!limit)
        return tr("Unlimited");
    return formatAmount(resource, *limit, locale);
}

QString Quotas::formatAmount(Resource resource, qint64 amount, const QLocale &locale)
{
    return resource == Resource::Storage ? StorageSize::format(amount, locale) : locale.toString(amount);
}

} // namespace bc
