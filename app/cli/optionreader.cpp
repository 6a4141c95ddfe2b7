#include "app/cli/optionreader.h"

#include "core/rules/accountrules.h"

#include <QFile>

#include <limits>

using namespace Qt::StringLiterals;

namespace bc::cli {

QString OptionReader::resourceKeys()
{
    return allKeys<Resource>().join(u", "_s);
}

QList<Resource> OptionReader::readQuotas(const Invocation &invocation, const QString &option, bool overage,
                                         Quotas &quotas, QList<Error> &errors)
{
    QList<Resource> given;
    for (const QString &item : invocation.values(option)) {
        const qsizetype equals = item.indexOf(u'=');
        if (equals < 0) {
            errors.append({Error::Code::Invalid, option,
                           tr("Write \"%1\" as RESOURCE=VALUE, for example storage=500GB.").arg(item)});
            continue;
        }
        const QString key = item.left(equals);
        const QString value = item.mid(equals + 1);
        const std::optional<Resource> resource = fromKey<Resource>(key);
        if (!resource) {
            errors.append({Error::Code::Invalid, option,
                           tr("There is no resource \"%1\"; choose one of %2.").arg(key.trimmed(), resourceKeys())});
            continue;
        }
        if (overage) {
            auto parsed = Quotas::parseOverage(*resource, value, Field::quotaOverage(*resource), QLocale::c());
            if (!parsed) {
                errors.append(parsed.error());
                continue;
            }
            quotas[*resource].overage = *parsed;
        } else {
            auto parsed = Quotas::parseLimit(*resource, value, Field::quotaLimit(*resource), QLocale::c());
            if (!parsed) {
                errors.append(parsed.error());
                continue;
            }
            quotas[*resource].limit = *parsed;
        }
        if (!given.contains(*resource))
            given.append(*resource);
    }
    return given;
}

std::optional<BackupLocations> OptionReader::backupLocations(const Invocation &invocation, QList<Error> &errors)
{
    return choice<BackupLocations>(invocation, u"backup-locations"_s, Field::backupLocations, errors);
}

std::optional<NotificationLevel> OptionReader::notificationLevel(const Invocation &invocation, QList<Error> &errors)
{
    return choice<NotificationLevel>(invocation, u"notifications"_s, Field::notificationLevel, errors);
}

Error OptionReader::notAChoice(const QString &text, const QString &field, const QStringList &keys)
{
    if (keys.size() == 2)
        return {Error::Code::Invalid, field, tr("\"%1\" is not a choice; use %2 or %3.").arg(text, keys[0], keys[1])};
    return {Error::Code::Invalid, field, tr("\"%1\" is not a choice; use one of %2.").arg(text, keys.join(u", "_s))};
}

std::optional<bool> OptionReader::flag(const Invocation &invocation, const QString &on, const QString &off)
{
    if (invocation.isSet(on))
        return true;
    if (invocation.isSet(off))
        return false;
    return std::nullopt;
}

std::optional<QString> OptionReader::text(const Invocation &invocation, const QString &option)
{
    if (!invocation.isSet(option))
        return std::nullopt;
    return invocation.value(option);
}

std::optional<QString> OptionReader::fileText(const Invocation &invocation, const QString &option, QList<Error> &errors)
{
    if (!invocation.isSet(option))
        return std::nullopt;
    QFile file(invocation.value(option));
    if (!file.open(QIODevice::ReadOnly)) {
        errors.append({Error::Code::Invalid, option,
                       tr("The file \"%1\" could not be read: %2").arg(file.fileName(), file.errorString())});
        return std::nullopt;
    }
    return QString::fromUtf8(file.readAll());
}

std::optional<int> OptionReader::number(const Invocation &invocation, const QString &option, int minimum,
                                        QList<Error> &errors)
{
    if (!invocation.isSet(option))
        return std::nullopt;
    const std::optional<qint64> value = wholeNumber(invocation.value(option));
    if (!value || *value < minimum || *value > std::numeric_limits<int>::max()) {
        errors.append({Error::Code::Invalid, option,
                       minimum == 0 ? tr("Enter a whole number of zero or more.")
                                    : tr("Enter a whole number of %1 or more.").arg(minimum)});
        return std::nullopt;
    }
    return static_cast<int>(*value);
}

std::optional<QDateTime> OptionReader::time(const Invocation &invocation, const QString &option, QList<Error> &errors)
{
    if (!invocation.isSet(option))
        return std::nullopt;
    const QString text = invocation.value(option).trimmed();
    QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!when.isValid()) {
        errors.append({Error::Code::Invalid, option,
                       tr("\"%1\" is not a time; write it as 2026-03-04, 2026-03-04T09:30 (local time) or "
                          "2026-03-04T09:30Z (UTC).")
                           .arg(text)});
        return std::nullopt;
    }
    return when;
}

std::optional<qint64> OptionReader::wholeNumber(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

QList<std::pair<QString, bool>> OptionReader::switches(const Invocation &invocation, const QString &option,
                                                       QList<Error> &errors)
{
    QList<std::pair<QString, bool>> result;
    for (const QString &item : invocation.values(option)) {
        const qsizetype equals = item.indexOf(u'=');
        const QString state = equals < 0 ? QString() : item.mid(equals + 1).trimmed().toLower();
        if (equals < 0 || (state != "on"_L1 && state != "off"_L1)) {
            errors.append({Error::Code::Invalid, option,
                           tr("Write \"%1\" as KEY=on or KEY=off, for example servers=off.").arg(item)});
            continue;
        }
        result.append({item.left(equals).trimmed(), state == "on"_L1});
    }
    return result;
}

} // namespace bc::cli
