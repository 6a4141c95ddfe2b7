#pragma once

#include "core/domain/error.h"
#include "core/mail/smtpsettings.h"
#include "core/storage/database.h"

namespace bc {

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
    // The statement smtpSettings() runs, to send with others (Database::readTogether).
    Database::Read smtpSettingsRead(SmtpSettings *into);
    Result<void> setSmtpSettings(const SmtpSettings &settings);

private:
    Database &m_db;
};

} // namespace bc
