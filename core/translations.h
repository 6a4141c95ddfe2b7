#pragma once

class QCoreApplication;

namespace bc {

// Installs the console's own translations and Qt's for the user's language. English has a file
// too: it holds the singular and plural forms of the "%n …" messages.
void installTranslations(QCoreApplication &application);

} // namespace bc
