#include "translations.h"

#include "logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace bc {

void installTranslations(QCoreApplication &application)
{
    const auto install = [&application](const QLocale &locale, const QString &name, const QString &folder) {
        auto *translator = new QTranslator(&application);
        if (translator->load(locale, name, u"_"_s, folder)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
        return false;
    };
    // Installed later wins: English plurals first, then the user's language on top.
    install(QLocale(QLocale::English), u"backup-console"_s, u":/i18n"_s);
    const QLocale locale;
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        if (!install(locale, u"backup-console"_s, u":/i18n"_s))
            qCDebug(lcCore) << "no translation for" << locale.name();
        install(locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
}

} // namespace bc
