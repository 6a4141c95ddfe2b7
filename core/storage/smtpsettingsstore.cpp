#include "core/storage/smtpsettingsstore.h"

#include "core/storage/databasestatements.h"

using namespace Qt::StringLiterals;

namespace bc {

Result<SmtpSettings> SmtpSettingsStore::smtpSettings()
{
    SmtpSettings settings;
    if (auto read = m_db.readTogether({smtpSettingsRead(&settings)}); !read)
        return fail(read.error());
    return settings;
}

Database::Read SmtpSettingsStore::smtpSettingsRead(SmtpSettings *into)
{
    *into = {};
    return {
        u"SELECT \"key\", value FROM database_settings WHERE \"key\" LIKE 'smtp.%' OR \"key\" = 'activation.baseUrl'"_s,
        {},
        [into](QSqlQuery &rows) -> Result<void> {
            SmtpSettings &settings = *into;
            while (rows.next()) {
                const QString key = rows.value(0).toString();
                const QString value = rows.value(1).toString();
                if (key == "smtp.host"_L1)
                    settings.host = value;
                else if (key == "smtp.port"_L1)
                    settings.port = value.toInt();
                else if (key == "smtp.security"_L1)
                    settings.security =
                        fromKey<SmtpSettings::Security>(value).value_or(SmtpSettings::Security::StartTls);
                else if (key == "smtp.user"_L1)
                    settings.user = value;
                else if (key == "smtp.sender"_L1)
                    settings.sender = value;
                else if (key == "smtp.caFile"_L1)
                    settings.caFile = value;
                else if (key == "smtp.timeoutSeconds"_L1)
                    settings.timeoutSeconds = value.toInt();
                else if (key == "activation.baseUrl"_L1)
                    settings.activationBaseUrl = value;
            }
            return {};
        }};
}

Result<void> SmtpSettingsStore::setSmtpSettings(const SmtpSettings &settings)
{
    const QList<std::pair<QString, QString>> values {
        {u"smtp.host"_s, settings.host},
        {u"smtp.port"_s, QString::number(settings.port)},
        {u"smtp.security"_s, toKey(settings.security)},
        {u"smtp.user"_s, settings.user},
        {u"smtp.sender"_s, settings.sender},
        {u"smtp.caFile"_s, settings.caFile},
        {u"smtp.timeoutSeconds"_s, QString::number(settings.timeoutSeconds)},
        {u"activation.baseUrl"_s, settings.activationBaseUrl},
    };
    for (const auto &[key, value] : values) {
        if (auto saved = writeDatabaseSetting(m_db, key, value); !saved)
            return saved;
    }
    return {};
}

} // namespace bc
