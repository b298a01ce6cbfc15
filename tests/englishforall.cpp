// Every test reads the programs' English, as the programs do without a
// catalogue of the user's language: the source strings with their plurals
// ("%n flag(s)" reads "1 flag", "2 flags"), whatever the machine's language.
// QFLAGS_TEST_LOCALE=pt_BR runs a test in another of the programs' languages.

#include "base/translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

void installEnglish()
{
    const QString locale = qEnvironmentVariable("QFLAGS_TEST_LOCALE");
    Translations::install(locale.isEmpty() ? QLocale(QLocale::English, QLocale::UnitedStates) : QLocale(locale));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
