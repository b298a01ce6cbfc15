#include "countrymetadata.h"

#include "base/countrycodes.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("CountryMetadata", text, disambiguation, n);
}

// Controls could end a line in a report or a terminal; format characters such
// as U+202E (right-to-left override) could make a name read as something else.
QString displayable(const QString &raw)
{
    QString text;
    text.reserve(raw.size());
    bool pendingSpace = false;
    for (const char32_t ch : raw.toUcs4()) {
        if (QChar::isSpace(ch)) { // tabs and line breaks too, before controls go
            pendingSpace = !text.isEmpty();
            continue;
        }
        const QChar::Category category = QChar::category(ch);
        if (category == QChar::Other_Control || category == QChar::Other_Format
            || category == QChar::Other_Surrogate || category == QChar::Other_NotAssigned
            || ch == QChar::ReplacementCharacter) // what toUcs4() makes of a lone surrogate
            continue;
        if (pendingSpace)
            text += u' ';
        pendingSpace = false;
        text += QString::fromUcs4(&ch, 1);
    }
    return text;
}

} // namespace

namespace CountryMetadata {

std::optional<QString> parse(const QByteArray &body, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("invalid JSON at offset %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("not a JSON object");
        return std::nullopt;
    }
    const QJsonValue country = document.object().value("country"_L1);
    if (country.isUndefined()) {
        *error = tr("no \"country\" field");
        return std::nullopt;
    }
    if (!country.isString()) {
        *error = tr("\"country\" is not a string");
        return std::nullopt;
    }
    const QString name = displayable(country.toString());
    if (name.isEmpty()) {
        *error = tr("the \"country\" field is empty");
        return std::nullopt;
    }
    if (name.size() > maxNameLength) {
        *error = tr("the country name is too long (%1 characters; at most %2)")
                     .arg(name.size())
                     .arg(maxNameLength);
        return std::nullopt;
    }
    return name;
}

QString localName(const QString &code)
{
    const QString name = CountryCodes::localeName(code.toUpper());
    return name.isEmpty() ? code.toUpper() : name;
}

} // namespace CountryMetadata
