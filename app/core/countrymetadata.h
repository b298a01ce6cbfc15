#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

// A country's name, as flags3 reads it from /{cc}/metadata.json
// ({"iso_cc": "BR", "country": "Brazil"}), or as the system knows it.
namespace CountryMetadata {

// Longer than this is not a country's name (the longest ISO 3166 name has
// under 60 characters): the metadata is refused rather than cut.
inline constexpr int maxNameLength = 200;

// The "country" string of a metadata body, made fit to show: controls and
// invisible format characters (bidi overrides included) removed, runs of white
// space made one space. Nothing, with *error set to a short reason ("invalid
// JSON at offset 12: unterminated string", "no \"country\" field"), when the
// body gives no usable name.
std::optional<QString> parse(const QByteArray &body, QString *error);

// The system's own name for the territory of a code (QLocale), else the code.
QString localName(const QString &code);

} // namespace CountryMetadata
