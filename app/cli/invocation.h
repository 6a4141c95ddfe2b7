#pragma once

#include "app/cli/commandspec.h"

#include <QCommandLineParser>
#include <QStringList>

#include <memory>
#include <optional>

namespace bc::cli {

// A parsed command line: which command, its positional arguments and its options.
class Invocation
{
public:
    Invocation(std::optional<CommandSpec> command, QStringList arguments,
               std::shared_ptr<const QCommandLineParser> parser);

    // nullopt for the bare program (`--help`, `--version`).
    [[nodiscard]] const std::optional<CommandSpec> &command() const { return m_command; }
    [[nodiscard]] const QStringList &arguments() const { return m_arguments; }
    [[nodiscard]] QString argument(qsizetype index) const { return m_arguments.value(index); }

    [[nodiscard]] bool isSet(const QString &option) const;
    [[nodiscard]] QString value(const QString &option) const;
    [[nodiscard]] QStringList values(const QString &option) const;

private:
    std::optional<CommandSpec> m_command;
    QStringList m_arguments;
    std::shared_ptr<const QCommandLineParser> m_parser;
};

} // namespace bc::cli
