#pragma once

// The user's language, as the system says (LANGUAGE, LC_ALL, LC_MESSAGES,
// LANG): our strings from the catalogue built into the program, Qt's own
// (buttons, QCommandLineParser's help) from Qt's translations. English, the
// source language, needs only its plurals. Call once, after the application
// object exists and before any text is made.
#include <QLocale>

namespace Translations {
// Tests pass a locale of their own, so they read the same whatever the user's.
void install(const QLocale &locale = QLocale::system());
}
