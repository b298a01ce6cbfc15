#include "concurrencyscale.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr int logSteps = 70; // positions 30..99 cover 31..1000

} // namespace

namespace ConcurrencyScale {

int positionCount()
{
    return linearUpTo + logSteps;
}

int valueAt(int position)
{
    position = std::clamp(position, 0, positionCount() - 1);
    if (position < linearUpTo)
        return position + 1;
    const double fraction = double(position - linearUpTo + 1) / logSteps;
    const double value = linearUpTo * std::pow(double(maxValue) / linearUpTo, fraction);
    return std::clamp(int(std::lround(value)), linearUpTo + 1, maxValue);
}

int positionOf(int value)
{
    value = std::clamp(value, 1, maxValue);
    if (value <= linearUpTo)
        return value - 1;
    int best = linearUpTo;
    for (int position = linearUpTo; position < positionCount(); ++position) {
        if (std::abs(valueAt(position) - value) < std::abs(valueAt(best) - value))
            best = position;
    }
    return best;
}

} // namespace ConcurrencyScale
