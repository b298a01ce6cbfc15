#include "fuzzbodies.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>

// Each libFuzzer target is this file built with QFLAGS_FUZZ_TARGET naming
// its body, so the bodies stay in one place for the ctest as well.
namespace {

FuzzBody chosenBody()
{
    for (const FuzzBody &body : fuzzBodies()) {
        if (std::strcmp(body.name, QFLAGS_FUZZ_TARGET) == 0)
            return body;
    }
    std::fprintf(stderr, "no fuzz body named %s\n", QFLAGS_FUZZ_TARGET);
    std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const FuzzBody body = chosenBody();
    return body.run(data, size);
}
