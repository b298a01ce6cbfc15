#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>

#include <cstddef>
#include <cstdint>

// The fuzz bodies: one per parser, each taking any bytes at all. Both the
// libFuzzer targets (libfuzzer.cpp) and the fixed-seed ctest
// (tst_fuzzparsers.cpp) run these same functions. A body returns 0; a crash,
// a hang or a broken promise of the parser's header is the failure.
int fuzzHttpRequestParser(const uint8_t *data, size_t size);
int fuzzCountryCodes(const uint8_t *data, size_t size);
int fuzzUrlTemplate(const uint8_t *data, size_t size);
int fuzzRunOptions(const uint8_t *data, size_t size);

struct FuzzBody
{
    const char *name; // also the folder of its seeds: corpus/<name>/ and dict/<name>.dict
    int (*run)(const uint8_t *data, size_t size);
};

// Every body, so a runner can find one by name or run them all.
QList<FuzzBody> fuzzBodies();

// The input's bytes as UTF-16 code units. Invalid UTF-8 only ever decodes
// to U+FFFD; raw UTF-16 also brings lone surrogates, which a pasted string
// can hold.
QString fuzzRawUtf16(QByteArrayView input);

// Invariants are checked in every build type, release included: a broken one
// must stop the fuzzer (and fail the test) as loudly as a crash does.
#define FUZZ_CHECK(condition) \
    ((condition) ? void() : fuzzCheckFailed(#condition, __FILE__, __LINE__))

[[noreturn]] void fuzzCheckFailed(const char *condition, const char *file, int line);

// The input being run, printed when a check fails. libFuzzer saves its own
// crash inputs; the ctest has no other record of a mutated input.
void setFuzzInputForReport(QByteArrayView input);
