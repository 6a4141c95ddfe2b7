#pragma once

#include "core/domain/enumkeys.h"

#include <QString>

namespace bc {

// How the console reaches its mail server. Stored in the database (shared by a team); the
// password is not part of it: it lives in the system keychain of each desk.
struct SmtpSettings
{
    enum class Security
    {
        None,
        StartTls,
        Tls
    };

    QString host;
    int port = 587;
    Security security = Security::StartTls;
    QString user;
    QString password;
    QString sender; // "Backup Desk <backup@msp.example>"
    QString caFile; // extra root certificate (PEM), e.g. a company CA; empty: the system's
    int timeoutSeconds = 30;
    QString activationBaseUrl = QStringLiteral("http://localhost:8080");

    [[nodiscard]] bool isConfigured() const { return !host.isEmpty() && !sender.isEmpty(); }
};

template<> struct EnumKeys<SmtpSettings::Security>
{
    static constexpr std::array entries {
        EnumKey<SmtpSettings::Security> {SmtpSettings::Security::None, "none"},
        EnumKey<SmtpSettings::Security> {SmtpSettings::Security::StartTls, "starttls"},
        EnumKey<SmtpSettings::Security> {SmtpSettings::Security::Tls, "tls"},
    };
};

} // namespace bc
