#include "core/platform/translations.h"

#include "core/platform/logging.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace bc {

namespace {

const auto languageOption = u"--lang"_s;

bool install(QCoreApplication &application, const QLocale &locale, const QString &name, const QString &folder)
{
    auto *translator = new QTranslator(&application);
    if (translator->load(locale, name, u"_"_s, folder)) {
        QCoreApplication::installTranslator(translator);
        return true;
    }
    delete translator;
    return false;
}

} // namespace

QStringList availableLanguages()
{
    return {u"en"_s, u"de"_s, u"fr"_s};
}

QString languageOptionDescription()
{
    return QCoreApplication::translate("bc::Translations", "The language of the messages: %1 (default: the user's).")
        .arg(availableLanguages().join(u", "_s));
}

QString languageArgument(const QStringList &arguments)
{
    // arguments[0] is the program; "--" ends the options.
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == "--"_L1)
            break;
        if (argument == languageOption)
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument.startsWith(languageOption + u'='))
            return argument.mid(languageOption.size() + 1);
    }
    return {};
}

Result<void> installTranslations(QCoreApplication &application, const QString &languageOverride)
{
    const QString language = languageOverride.trimmed().toLower();
    if (!language.isEmpty() && !availableLanguages().contains(language)) {
        return fail(Error::Code::Invalid, u"lang"_s,
                    QCoreApplication::translate("bc::Translations", "There is no translation \"%1\"; choose one of %2.")
                        .arg(languageOverride, availableLanguages().join(u", "_s)));
    }
    QLocale locale;
    if (!language.isEmpty()) {
        locale = QLocale(language);
        QLocale::setDefault(locale);
    }
    // Installed later wins: English plurals first, then the chosen language on top.
    install(application, QLocale(QLocale::English), u"backup-console"_s, u":/i18n"_s);
    if (locale.language() != QLocale::English && locale.language() != QLocale::C) {
        if (!install(application, locale, u"backup-console"_s, u":/i18n"_s))
            qCDebug(lcCore) << "no translation for" << locale.name();
        install(application, locale, u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    }
    return {};
}

} // namespace bc
