#pragma once

#include <QSet>
#include <QString>

// File names made from text a server sent (a country's name), safe to create
// on Linux, macOS and Windows and unable to leave the folder they are made in.
namespace SafeFileName {

// Longest stem in UTF-8 bytes: with " (CC)" and an extension it stays far
// below the 255 bytes every common file system allows.
inline constexpr int maxStemBytes = 120;

// A file stem (no extension) for a country's name: NFC; path separators and
// the characters Windows forbids (\ / : * ? " < > |) become '_'; controls and
// invisible format characters (bidi overrides) go; white space becomes single
// spaces; leading dots and spaces and trailing dots and spaces go (no hidden
// files, nothing Windows would strip); a reserved Windows device name (CON,
// NUL, COM1, LPT9... in any case, with or without an extension) gets '_';
// at most maxStemBytes, cut between graphemes. When nothing is left ("..",
// "", " . "), the code in lower case, as files are named by code ("///"
// becomes "___").
QString fromCountryName(const QString &name, const QString &code);

// Claims a stem for one code in a run: when another code already took the same
// stem (compared case-insensitively, as Windows and macOS do), the later one
// becomes "Name (CC)". *used holds the claims so far.
QString claim(const QString &stem, const QString &code, QSet<QString> *used);

// False for anything that is not one plain file name: empty, "." or "..",
// or holding a path separator. The saver's last check.
bool isPlainFileName(const QString &name);

} // namespace SafeFileName
