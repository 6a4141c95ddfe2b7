#include "app/cli/commandline.h"

#include "app/cli/commandcatalog.h"
#include "app/cli/optioncatalog.h"

using namespace Qt::StringLiterals;

namespace bc::cli {

namespace {

QString displayName(const QString &option)
{
    return (option.size() == 1 ? u"-"_s : u"--"_s) + option;
}

// The command the words start with, as far as they name one; for the usage hint.
QString guessCommandName(const QStringList &positional)
{
    if (auto command = CommandCatalog::find(positional))
        return command->name();
    if (!positional.isEmpty() && !CommandCatalog::commandsOf(positional.first()).isEmpty())
        return positional.first();
    return QString();
}

} // namespace

std::expected<Invocation, UsageError> CommandLine::parse(const QStringList &arguments)
{
    auto parser = std::make_shared<QCommandLineParser>();
    parser->setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser->addOptions(OptionCatalog::options());
    if (!parser->parse(arguments))
        return std::unexpected(UsageError {parser->errorText(), guessCommandName(parser->positionalArguments())});

    QStringList positional = parser->positionalArguments();
    const bool wantsHelp = parser->isSet(u"help"_s);

    if (positional.isEmpty()) {
        if (wantsHelp || parser->isSet(u"version"_s))
            return Invocation(std::nullopt, {}, parser);
        return std::unexpected(UsageError {tr("Name a command."), QString()});
    }

    std::optional<CommandSpec> command = CommandCatalog::find(positional);
    if (!command) {
        const QString &first = positional.first();
        if (!CommandCatalog::commandsOf(first).isEmpty()) {
            if (positional.size() == 1 && wantsHelp)
                return Invocation(CommandCatalog::find({u"help"_s}), {first}, parser);
            if (positional.size() == 1)
                return std::unexpected(UsageError {tr("\"%1\" needs a command.").arg(first), first});
            if (positional.at(1) == "help"_L1)
                return Invocation(CommandCatalog::find({u"help"_s}), {first}, parser);
            return std::unexpected(UsageError {tr("Unknown command \"%1 %2\".").arg(first, positional.at(1)), first});
        }
        return std::unexpected(UsageError {tr("Unknown command \"%1\".").arg(first), QString()});
    }

    positional.remove(0, command->words.size());

    // "COMMAND --help" and "COMMAND help" show the command's help.
    if (wantsHelp || (command->words.first() != "help"_L1 && positional == QStringList {u"help"_s}))
        return Invocation(CommandCatalog::find({u"help"_s}), command->words, parser);

    const QStringList accepted = command->options + OptionCatalog::globalOptions();
    for (const QString &option : parser->optionNames()) {
        if (!accepted.contains(option))
            return std::unexpected(UsageError {
                tr("The command \"%1\" does not take the option %2.").arg(command->name(), displayName(option)),
                command->name()});
    }
    for (const auto &[one, other] : OptionCatalog::exclusiveOptions()) {
        if (parser->isSet(one) && parser->isSet(other))
            return std::unexpected(UsageError {
                tr("Give either %1 or %2, not both.").arg(displayName(one), displayName(other)), command->name()});
    }
    if (positional.size() < command->minArguments)
        return std::unexpected(UsageError {tr("The command \"%1\" needs more arguments: %2 %1 %3")
                                               .arg(command->name(), CommandCatalog::programName(), command->arguments),
                                           command->name()});
    if (positional.size() > command->maxArguments)
        return std::unexpected(UsageError {tr("The command \"%1\" takes no argument \"%2\".")
                                               .arg(command->name(), positional.at(command->maxArguments)),
                                           command->name()});
    return Invocation(command, positional, parser);
}

} // namespace bc::cli
