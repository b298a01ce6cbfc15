// Every test reads the programs' English, as the programs do without a
// catalogue of the user's language: the source strings with their plurals
// ("%n flag(s)" reads "1 flag", "2 flags"), whatever the machine's language.

#include "base/translations.h"

#include <QCoreApplication>
#include <QLocale>

namespace {

void installEnglish()
{
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
}

} // namespace

Q_COREAPP_STARTUP_FUNCTION(installEnglish)
