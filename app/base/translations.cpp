#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Translations {

void install(const QLocale &locale)
{
    auto load = [&locale](const QString &name, const QString &folder) {
        auto *translator = new QTranslator(QCoreApplication::instance());
        // Tries each of the user's languages in order: pt_BR, then pt, ...
        if (translator->load(locale, name, u"_"_s, folder)) {
            QCoreApplication::installTranslator(translator);
            return true;
        }
        delete translator;
        return false;
    };
    load(u"qtbase"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    // A language we have no catalogue for (or C) reads English, with its plurals.
    if (!load(u"qflags"_s, u":/i18n"_s)) {
        auto *english = new QTranslator(QCoreApplication::instance());
        if (english->load(u"qflags_en"_s, u":/i18n"_s))
            QCoreApplication::installTranslator(english);
        else
            delete english;
    }
}

} // namespace Translations
