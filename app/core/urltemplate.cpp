#include "urltemplate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

const auto lowerPlaceholder = u"{cc}"_s;
const auto upperPlaceholder = u"{CC}"_s;

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("UrlTemplate", text, disambiguation, n);
}

QString substitute(const QString &text, const QString &code)
{
    QString result = text;
    result.replace(lowerPlaceholder, code.toLower());
    result.replace(upperPlaceholder, code.toUpper());
    return result;
}

} // namespace

std::optional<UrlTemplate> UrlTemplate::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        *error = tr("Enter a URL template, such as https://flagcdn.com/w320/{cc}.png");
        return std::nullopt;
    }
    // A brace pair that is not ours is a typo of one, not part of the URL.
    static const QRegularExpression placeholder(u"\\{[^{}]*\\}"_s);
    for (const QRegularExpressionMatch &match : placeholder.globalMatch(trimmed)) {
        if (match.captured() != lowerPlaceholder && match.captured() != upperPlaceholder) {
            *error = tr("Unknown placeholder %1: use {cc} (lower-case code) or {CC} (upper-case code)")
                         .arg(match.captured());
            return std::nullopt;
        }
    }
    if (!trimmed.contains(lowerPlaceholder) && !trimmed.contains(upperPlaceholder)) {
        *error = tr("The URL template must contain {cc} (lower-case code) or {CC} (upper-case code)");
        return std::nullopt;
    }
    const QUrl sample(substitute(trimmed, u"br"_s), QUrl::StrictMode);
    const QString scheme = sample.scheme().toLower();
    if (scheme != u"http"_s && scheme != u"https"_s) {
        *error = tr("The URL template must start with http:// or https://");
        return std::nullopt;
    }
    if (!sample.isValid() || sample.host().isEmpty()) {
        // Qt's words end in "; source was ..." with the whole URL: its first
        // clause is the problem.
        *error = tr("The URL template is not a valid URL: %1")
                     .arg(sample.isValid() ? tr("no host name") : sample.errorString().section(u';', 0, 0));
        return std::nullopt;
    }
    return UrlTemplate(trimmed);
}

QUrl UrlTemplate::urlFor(const QString &countryCode) const
{
    return QUrl(substitute(m_text, countryCode));
}

QUrl UrlTemplate::metadataUrlFor(const QString &countryCode) const
{
    const auto folderFor = [this](const QString &code) {
        const QString path = urlFor(code).path();
        return path.left(path.lastIndexOf(u'/') + 1);
    };
    if (folderFor(u"aa"_s) == folderFor(u"zz"_s))
        return {};
    return urlFor(countryCode).resolved(QUrl(u"metadata.json"_s));
}

QString UrlTemplate::pathExtension() const
{
    return QFileInfo(urlFor(u"xx"_s).path()).suffix().toLower();
}
