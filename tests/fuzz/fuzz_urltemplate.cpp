#include "fuzzbodies.h"

#include "core/urltemplate.h"

using namespace Qt::StringLiterals;

namespace {

// A code the input picks from its last two bytes, beside fixed ones, so a
// template that works for "br" alone is caught too.
QString codeFrom(QByteArrayView input)
{
    if (input.size() < 2)
        return u"zz"_s;
    const auto letter = [](char byte) {
        return QChar(u'a' + static_cast<unsigned char>(byte) % 26);
    };
    return QString(letter(input[input.size() - 2])) + letter(input.back());
}

// What parse() accepts is an http or https URL with a host, for any code.
void checkUrl(const UrlTemplate &urlTemplate, const QString &code)
{
    const QUrl url = urlTemplate.urlFor(code);
    FUZZ_CHECK(url.isValid());
    const QString scheme = url.scheme().toLower();
    FUZZ_CHECK(scheme == u"http"_s || scheme == u"https"_s);
    FUZZ_CHECK(!url.host().isEmpty());
    FUZZ_CHECK(urlTemplate.urlFor(code.toUpper()) == url);
}

void checkTemplate(const QString &text, const QString &code)
{
    QString error;
    const std::optional<UrlTemplate> parsed = UrlTemplate::parse(text, &error);
    FUZZ_CHECK(parsed.has_value() == error.isEmpty());
    if (!parsed)
        return;
    const QString kept = parsed->text();
    FUZZ_CHECK(kept == text.trimmed());
    FUZZ_CHECK(kept.contains(u"{cc}"_s) || kept.contains(u"{CC}"_s));

    QString reparseError;
    const std::optional<UrlTemplate> reparsed = UrlTemplate::parse(kept, &reparseError);
    FUZZ_CHECK(reparsed && reparsed->text() == kept && reparseError.isEmpty());

    for (const QString &c : {u"br"_s, u"aa"_s, u"zz"_s, code})
        checkUrl(*parsed, c);
    const QString extension = parsed->pathExtension();
    FUZZ_CHECK(extension == extension.toLower());
}

} // namespace

int fuzzUrlTemplate(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    for (const QString &text : {QString::fromUtf8(input), fuzzRawUtf16(input)})
        checkTemplate(text, codeFrom(input));
    return 0;
}
