#pragma once

#include <QString>
#include <QStringList>

// What the user asked for, in flags2's terms, before it is expanded.
struct CodeSelection
{
    QStringList arguments; // "BR", "cn", "A" (one letter: the 26 codes starting with it)
    bool all = false;      // -a: the 194 codes of the flags2 set
    bool every = false;    // -e: AA..ZZ
    int limit = 0;         // -l: keep the first N after sorting; 0 = no limit

    bool operator==(const CodeSelection &) const = default;
};

// The flags2 rules for country codes. Every list returned is sorted, upper
// case and free of duplicates.
namespace CountryCodes {

// The 194 codes of the flags2 flag set, read from resources/ (the one place
// they are kept).
QStringList flags2Set();

// The 20 most populous countries: what flags2 fetches when given no codes.
QStringList mostPopulous();

// AA, AB, ... ZZ: all 676 two-letter combinations.
QStringList everyPair();

// True for "A".."Z" and "AA".."ZZ", in any case.
bool isValidArgument(const QString &argument);

// Expands a selection. With no codes and neither all nor every: the 20 most
// populous. On a usage error returns an empty list and sets *error to
// flags2's words ("each CC argument must be A to Z or AA to ZZ.").
QStringList expand(const CodeSelection &selection, QString *error);

// The country's name in English from Qt's locale data, or empty when Qt
// does not know the code.
QString localeName(const QString &code);

// Reads the window's country field in the CLI's syntax: "BR CN A", "-a",
// "-e", "--all XX". Separators may be blanks, commas or semicolons. Invalid
// codes are kept, for expand() to report.
CodeSelection selectionFromText(const QString &text);
// The other way round: "-a XX", "" for the 20 most populous (no limit).
QString selectionToText(const CodeSelection &selection);

} // namespace CountryCodes
