#include "fuzzbodies.h"

#include "core/runoptions.h"
#include "core/serverpreset.h"
#include "core/urltemplate.h"

#include <QCommandLineParser>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// One argument per line; a final line end ends the last argument, so seed
// files stay plain text, while empty arguments can still be made inside.
QStringList argumentsFrom(QByteArrayView input)
{
    QString text = QString::fromUtf8(input);
    if (text.endsWith(u'\n'))
        text.chop(1);
    QStringList arguments{u"qflags-cli"_s};
    if (!text.isEmpty())
        arguments += text.split(u'\n');
    return arguments;
}

bool sameOptions(const RunOptions &a, const RunOptions &b)
{
    return a.selection == b.selection && a.serverLabel == b.serverLabel
           && a.urlTemplate == b.urlTemplate && a.maxRequests == b.maxRequests
           && a.timeoutSeconds == b.timeoutSeconds && a.retries == b.retries
           && a.destination == b.destination && a.verbose == b.verbose
           && a.caCertificates == b.caCertificates;
}

// What read() returns is always a run the CLI can start.
void checkRunnable(const RunOptions &options)
{
    FUZZ_CHECK(options.maxRequests >= 1);
    FUZZ_CHECK(std::isfinite(options.timeoutSeconds) && options.timeoutSeconds > 0.0
               && options.timeoutSeconds <= 3600.0);
    FUZZ_CHECK(options.retries >= 0 && options.retries <= RunOptions::maxRetries);
    FUZZ_CHECK(!options.destination.trimmed().isEmpty());
    for (const QSslCertificate &certificate : options.caCertificates)
        FUZZ_CHECK(!certificate.isNull());
    const std::optional<ServerPreset> preset = ServerPreset::find(options.serverLabel);
    FUZZ_CHECK(preset && preset->label == options.serverLabel);
    QString error;
    FUZZ_CHECK(options.urlTemplate.isEmpty() || UrlTemplate::parse(options.urlTemplate, &error));
    FUZZ_CHECK(!CountryCodes::expand(options.selection, &error).isEmpty());
    for (qsizetype codes : {0, 1, 676, 100000}) {
        const int concurrency = options.effectiveConcurrency(codes);
        FUZZ_CHECK(concurrency >= 1 && concurrency <= maxConcurrency);
        FUZZ_CHECK(concurrency <= qMax<qsizetype>(1, codes));
    }
}

// A form the window remembered, unlike the defaults in every field.
RunOptions rememberedForm()
{
    RunOptions base;
    base.selection.arguments = {u"BR"_s};
    base.serverLabel = u"DELAY"_s;
    base.urlTemplate = u"http://h/{cc}.png"_s;
    base.maxRequests = 7;
    base.timeoutSeconds = 1.5;
    base.retries = 5;
    base.destination = u"/tmp/remembered"_s;
    return base;
}

// "Options not given keep their values from base."
void checkNotGivenKeepBase(const QCommandLineParser &parser, const RunOptions &options,
                           const RunOptions &base)
{
    if (!parser.isSet(u"a"_s) && !parser.isSet(u"e"_s) && parser.positionalArguments().isEmpty())
        FUZZ_CHECK(options.selection.arguments == base.selection.arguments);
    if (!parser.isSet(u"m"_s))
        FUZZ_CHECK(options.maxRequests == base.maxRequests);
    if (!parser.isSet(u"s"_s))
        FUZZ_CHECK(options.serverLabel == base.serverLabel);
    if (!parser.isSet(u"s"_s) && !parser.isSet(u"url"_s))
        FUZZ_CHECK(options.urlTemplate == base.urlTemplate);
    if (!parser.isSet(u"timeout"_s))
        FUZZ_CHECK(options.timeoutSeconds == base.timeoutSeconds);
    if (!parser.isSet(u"retries"_s))
        FUZZ_CHECK(options.retries == base.retries);
    if (!parser.isSet(u"d"_s))
        FUZZ_CHECK(options.destination == base.destination);
    if (!parser.isSet(u"cacert"_s))
        FUZZ_CHECK(options.caCertificates == base.caCertificates);
    else
        FUZZ_CHECK(!options.caCertificates.isEmpty());
}

} // namespace

int fuzzRunOptions(const uint8_t *data, size_t size)
{
    QCommandLineParser parser;
    const RunOptionsParser options(parser);
    // parse(), not process(): process() prints and exits on an error.
    if (!parser.parse(argumentsFrom(QByteArrayView(data, qsizetype(size))))) {
        FUZZ_CHECK(!parser.errorText().isEmpty());
        return 0;
    }
    QString error;
    const std::optional<RunOptions> read = options.read(&error);
    FUZZ_CHECK(read.has_value() == error.isEmpty());
    if (!read)
        return 0;
    checkRunnable(*read);

    // Read over its own result, nothing changes; over another form, only
    // what was given does.
    QString again;
    const std::optional<RunOptions> reread = options.read(&again, *read);
    FUZZ_CHECK(reread && sameOptions(*reread, *read));
    const RunOptions base = rememberedForm();
    const std::optional<RunOptions> overBase = options.read(&again, base);
    FUZZ_CHECK(overBase.has_value());
    checkRunnable(*overBase);
    checkNotGivenKeepBase(parser, *overBase, base);
    return 0;
}
