#pragma once

#include "core/domain/error.h"

#include <QString>
#include <QStringList>

class QCoreApplication;

namespace bc {

// The languages the console speaks, as given to --lang: "en", "de", "fr".
QStringList availableLanguages();

// The help text of the --lang option, the same in the console, the CLI and the server.
QString languageOptionDescription();

// The value of "--lang xx" or "--lang=xx" among a program's arguments, or an empty string. Read
// before any parser runs, so that even --help and the parser's errors speak that language.
QString languageArgument(const QStringList &arguments);

// Installs the console's own translations and Qt's (standard buttons, dialogs). English has a file
// too: it holds the singular and plural forms of the "%n …" messages. `languageOverride` ("de",
// "fr", "en") wins over the user's locale and also becomes QLocale's default, so that sizes,
// numbers and dates follow it; empty means the user's locale. Fails, changing nothing, on a
// language the console does not speak.
Result<void> installTranslations(QCoreApplication &application, const QString &languageOverride = {});

} // namespace bc
