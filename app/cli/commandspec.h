#pragma once

#include <QString>
#include <QStringList>

namespace bc::cli {

// One command of the CLI: the words that name it, what it takes and what it says in its help.
struct CommandSpec
{
    QStringList words; // {"account", "add"}
    QString arguments; // "LOGIN", shown in the usage line
    QString summary; // one line, translated
    QStringList options; // the long names of the options it accepts (besides the global ones)
    int minArguments = 0; // positional arguments after the command words
    int maxArguments = 0;

    [[nodiscard]] QString name() const { return words.join(u' '); }
};

} // namespace bc::cli
