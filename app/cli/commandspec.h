#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

namespace bc::cli {

// How one command words an option that several commands share with different meanings
// (`--limit N` lists, `--limit RESOURCE=N` caps a group).
struct OptionText
{
    QString valueName;
    QString description;
};

// One command of the CLI: the words that name it, what it takes and what it says in its help.
struct CommandSpec
{
    QStringList words; // {"account", "add"}
    QString arguments; // "LOGIN", shown in the usage line
    QString summary; // one line, translated
    QStringList options; // the long names of the options it accepts (besides the global ones)
    int minArguments = 0; // positional arguments after the command words
    int maxArguments = 0;
    QHash<QString, OptionText> optionTexts = {}; // this command's wording of shared options

    [[nodiscard]] QString name() const { return words.join(u' '); }
};

} // namespace bc::cli
