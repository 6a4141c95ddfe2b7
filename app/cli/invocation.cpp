#include "app/cli/invocation.h"

namespace bc::cli {

Invocation::Invocation(std::optional<CommandSpec> command, QStringList arguments,
                       std::shared_ptr<const QCommandLineParser> parser)
    : m_command(std::move(command))
    , m_arguments(std::move(arguments))
    , m_parser(std::move(parser))
{
}

bool Invocation::isSet(const QString &option) const
{
    return m_parser->isSet(option);
}

QString Invocation::value(const QString &option) const
{
    return m_parser->value(option);
}

QStringList Invocation::values(const QString &option) const
{
    return m_parser->values(option);
}

} // namespace bc::cli
