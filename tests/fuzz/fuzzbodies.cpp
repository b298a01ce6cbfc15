#include "fuzzbodies.h"

#include <QByteArray>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace {

QByteArrayView reportedInput;

} // namespace

QList<FuzzBody> fuzzBodies()
{
    return {
        {"httprequestparser", fuzzHttpRequestParser},
        {"countrycodes", fuzzCountryCodes},
        {"urltemplate", fuzzUrlTemplate},
        {"runoptions", fuzzRunOptions},
    };
}

QString fuzzRawUtf16(QByteArrayView input)
{
    QString text(input.size() / 2, Qt::Uninitialized);
    std::memcpy(text.data(), input.data(), size_t(text.size()) * sizeof(QChar));
    return text;
}

void setFuzzInputForReport(QByteArrayView input)
{
    reportedInput = input;
}

void fuzzCheckFailed(const char *condition, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: fuzz invariant broken: %s\n", file, line, condition);
    if (!reportedInput.isNull()) {
        // Percent-encoded so any bytes survive a log: QByteArray::fromPercentEncoding
        // gives the input back.
        const QByteArray encoded = reportedInput.toByteArray().toPercentEncoding();
        std::fprintf(stderr, "input (%lld bytes, percent-encoded): %s\n",
                     static_cast<long long>(reportedInput.size()), encoded.constData());
    }
    std::fflush(stderr);
    std::abort();
}
