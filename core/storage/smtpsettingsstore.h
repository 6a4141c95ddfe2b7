#pragma once

#include "core/domain/error.h"
#include "core/mail/smtpsettings.h"

namespace bc {

class Database;

// The database-wide mail settings: the SMTP server every console sends through, and the address
// of the activation page the links point to.
class SmtpSettingsStore
{
public:
    explicit SmtpSettingsStore(Database &database)
        : m_db(database)
    {
    }

    Result<SmtpSettings> smtpSettings();
    Result<void> setSmtpSettings(const SmtpSettings &settings);

private:
    Database &m_db;
};

} // namespace bc
