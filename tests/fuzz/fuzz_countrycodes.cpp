#include "fuzzbodies.h"

#include "base/countrycodes.h"

#include <algorithm>

namespace {

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

bool isAsciiLetter(QChar c)
{
    return isAsciiUpper(c) || (c >= u'a' && c <= u'z');
}

// The rule as the header states it, kept apart from the code under test:
// one or two letters A to Z, in any case.
bool isCodeArgument(const QString &argument)
{
    return (argument.size() == 1 || argument.size() == 2)
           && std::all_of(argument.cbegin(), argument.cend(), isAsciiLetter);
}

// "Every list returned is sorted, upper case and free of duplicates."
bool isSortedSetOfCodes(const QStringList &codes)
{
    for (qsizetype i = 0; i < codes.size(); ++i) {
        const QString &code = codes[i];
        if (code.size() != 2 || !isAsciiUpper(code[0]) || !isAsciiUpper(code[1]))
            return false;
        if (i > 0 && !(codes[i - 1] < code))
            return false;
    }
    return true;
}

// Returns what expand() gave without a limit, or nothing on a usage error.
QStringList checkExpandWithoutLimit(CodeSelection selection)
{
    selection.limit = 0;
    QString error;
    const QStringList codes = CountryCodes::expand(selection, &error);
    const bool valid = std::all_of(selection.arguments.cbegin(), selection.arguments.cend(),
                                   isCodeArgument);
    for (const QString &argument : selection.arguments)
        FUZZ_CHECK(CountryCodes::isValidArgument(argument) == isCodeArgument(argument));
    FUZZ_CHECK(codes.isEmpty() == !valid && error.isEmpty() == valid);
    if (!valid)
        return {};
    FUZZ_CHECK(isSortedSetOfCodes(codes));
    for (const QString &argument : selection.arguments) {
        if (argument.size() == 2)
            FUZZ_CHECK(std::binary_search(codes.cbegin(), codes.cend(), argument.toUpper()));
    }
    if (selection.every)
        FUZZ_CHECK(codes.size() == 26 * 26);
    if (selection.all)
        FUZZ_CHECK(codes.size() >= CountryCodes::flags2Set().size());
    if (selection.arguments.isEmpty() && !selection.all && !selection.every)
        FUZZ_CHECK(codes == CountryCodes::mostPopulous());
    return codes;
}

// -l N keeps the first N after sorting; a negative N is a usage error.
void checkExpandWithLimit(CodeSelection selection, const QStringList &unlimited, int limit)
{
    selection.limit = limit;
    QString error;
    const QStringList codes = CountryCodes::expand(selection, &error);
    if (limit < 0) {
        FUZZ_CHECK(codes.isEmpty() && !error.isEmpty());
        return;
    }
    FUZZ_CHECK(error.isEmpty());
    const qsizetype kept = limit == 0 ? unlimited.size() : qMin<qsizetype>(limit, unlimited.size());
    FUZZ_CHECK(codes == unlimited.first(kept));
}

// The window's field: text -> selection -> text -> selection changes nothing.
CodeSelection checkTextRoundTrip(const QString &text)
{
    const CodeSelection read = CountryCodes::selectionFromText(text);
    FUZZ_CHECK(read.limit == 0);
    for (const QString &word : read.arguments)
        FUZZ_CHECK(!word.isEmpty());
    const QString written = CountryCodes::selectionToText(read);
    FUZZ_CHECK(CountryCodes::selectionFromText(written) == read);
    if (read.arguments.isEmpty() && !read.all && !read.every)
        FUZZ_CHECK(written.isEmpty());
    return read;
}

} // namespace

int fuzzCountryCodes(const uint8_t *data, size_t size)
{
    const QByteArrayView input(data, qsizetype(size));
    // The first byte also picks the limit, from -1 (a usage error) to 30.
    const int limit = input.isEmpty() ? 0 : static_cast<unsigned char>(input.front()) % 32 - 1;
    for (const QString &text : {QString::fromUtf8(input), fuzzRawUtf16(input)}) {
        const CodeSelection selection = checkTextRoundTrip(text);
        const QStringList unlimited = checkExpandWithoutLimit(selection);
        if (!unlimited.isEmpty())
            checkExpandWithLimit(selection, unlimited, limit);
    }
    return 0;
}
