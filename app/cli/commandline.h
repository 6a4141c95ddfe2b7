#pragma once

#include "app/cli/invocation.h"

#include <QCoreApplication>
#include <QStringList>

#include <expected>

namespace bc::cli {

// What went wrong with the command line, and the command it concerns (for the usage hint).
struct UsageError
{
    QString message;
    QString commandName;
};

// Turns the program's arguments into an Invocation, or says why it cannot (a usage error).
// Options may stand anywhere; each command accepts only its own options and the global ones.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(bc::cli::CommandLine)

public:
    static std::expected<Invocation, UsageError> parse(const QStringList &arguments);
};

} // namespace bc::cli
