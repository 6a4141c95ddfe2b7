#pragma once

#include "core/domain/error.h"

#include <QCoreApplication>
#include <QString>

namespace bc {

// The port numbers a server (database, mail) can be reached on, for every form, the CLI and the
// stored settings.
class PortRules
{
    Q_DECLARE_TR_FUNCTIONS(bc::PortRules)

public:
    static constexpr int lowest = 1;
    static constexpr int highest = 65535;
    // A database address may leave its port at 0: the backend's default.
    enum class Zero
    {
        Refused,
        MeansDefault
    };

    static bool isValid(int port, Zero zero = Zero::Refused);
    static Result<void> check(int port, Zero zero = Zero::Refused, const QString &field = QStringLiteral("port"));
    // The error of a port that is no number from lowest to highest.
    static Error invalid(const QString &field = QStringLiteral("port"));
};

} // namespace bc
