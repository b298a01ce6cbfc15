#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// A URL with {cc} (lower-case code) and/or {CC} (upper-case code) in it, such as
// "https://flagcdn.com/w320/{cc}.png". Only http and https are accepted.
class UrlTemplate final
{
public:
    // Returns nothing and sets *error (a sentence for a person) when the text
    // has no placeholder, is not a valid URL, or is not http/https.
    static std::optional<UrlTemplate> parse(const QString &text, QString *error);

    QString text() const { return m_text; }
    QUrl urlFor(const QString &countryCode) const;

    // flags3's metadata for a code: metadata.json in the flag's own folder
    // (http://h/flags/br/br.png -> http://h/flags/br/metadata.json). Empty
    // when the folder does not hold the code (".../w320/{cc}.png"): every code
    // would share one file there, so there is no metadata to ask for.
    QUrl metadataUrlFor(const QString &countryCode) const;

    // The file extension the template implies ("png" for ".../{cc}.png"), or
    // empty when the path does not end in one.
    QString pathExtension() const;

private:
    explicit UrlTemplate(QString text) : m_text(std::move(text)) {}
    QString m_text;
};
