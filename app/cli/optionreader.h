#pragma once

#include "app/cli/invocation.h"

#include "core/domain/account.h"
#include "core/domain/enumkeys.h"
#include "core/domain/error.h"
#include "core/domain/quota.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>

#include <optional>
#include <utility>

namespace bc::cli {

// Turns option values into core's types with core's parsers (Quotas::parse*, AccountText::*FromKey).
// A value that cannot be read becomes an Error naming its field; nothing here judges a value.
class OptionReader
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::OptionReader)

public:
    // The RESOURCE=VALUE items of `option` into `quotas` (limits, or overages when `overage`);
    // returns the resources whose value was read. Numbers are read as QLocale::c() reads them, whatever
    // the language: "." is the decimal point and storage sizes take no group separators.
    static QList<Resource> readQuotas(const Invocation &invocation, const QString &option, bool overage, Quotas &quotas,
                                      QList<Error> &errors);
    // nullopt when the option was not given or could not be read.
    static std::optional<BackupLocations> backupLocations(const Invocation &invocation, QList<Error> &errors);
    static std::optional<NotificationLevel> notificationLevel(const Invocation &invocation, QList<Error> &errors);
    // true for `on`, false for `off`, nullopt when neither was given.
    static std::optional<bool> flag(const Invocation &invocation, const QString &on, const QString &off);
    // The value of a text option; nullopt when it was not given.
    static std::optional<QString> text(const Invocation &invocation, const QString &option);
    // The contents of the UTF-8 file an option names; nullopt when the option was not given.
    static std::optional<QString> fileText(const Invocation &invocation, const QString &option, QList<Error> &errors);
    // A whole number as typed on the command line, blanks around it allowed; nullopt for any other text.
    static std::optional<qint64> wholeNumber(const QString &text);
    // A time as ISO 8601 writes it: a day (2026-03-04, its start), a time of day (2026-03-04T09:30,
    // seconds optional), local time unless it ends in Z or an offset (+02:00); nullopt when the
    // option was not given or is no such time (then `errors` says so).
    static std::optional<QDateTime> time(const Invocation &invocation, const QString &option, QList<Error> &errors);
    // A whole number from `minimum` on; nullopt when the option was not given or is no such number
    // (then `errors` says so).
    static std::optional<int> number(const Invocation &invocation, const QString &option, int minimum,
                                     QList<Error> &errors);
    // The KEY=on|off items of a repeatable option.
    static QList<std::pair<QString, bool>> switches(const Invocation &invocation, const QString &option,
                                                    QList<Error> &errors);
    static QString resourceKeys();

    // The value of a keyed enum an option names; nullopt when the option was not given or names
    // none of the enum's keys (then `errors` says so, for `field`).
    template<KeyedEnum Enum>
    static std::optional<Enum> choice(const Invocation &invocation, const QString &option, const QString &field,
                                      QList<Error> &errors)
    {
        if (!invocation.isSet(option))
            return std::nullopt;
        const QString text = invocation.value(option);
        if (auto value = fromKey<Enum>(text))
            return value;
        errors.append(notAChoice(text, field, allKeys<Enum>()));
        return std::nullopt;
    }

private:
    static Error notAChoice(const QString &text, const QString &field, const QStringList &keys);
};

} // namespace bc::cli
