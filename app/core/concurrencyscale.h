#pragma once

#include "base/concurrencylimit.h"

// The concurrency slider's scale: 1 to 1000 on one slider, with every value
// from 1 to 30 a step of its own (where people compare 1, 2, 5, 6, 10...) and
// the rest logarithmic, so 100 and 1000 are still a short drag away.
namespace ConcurrencyScale {

constexpr int linearUpTo = 30;   // positions 0..29 are 1..30
constexpr int maxValue = maxConcurrency;

int positionCount();             // slider range is 0 .. positionCount() - 1
int valueAt(int position);       // 1..1000
int positionOf(int value);       // the position whose value is nearest

} // namespace ConcurrencyScale
