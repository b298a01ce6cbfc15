#include "logaxis.h"

#include <algorithm>
#include <cmath>

namespace {

constexpr double steps[] = {1.0, 2.0, 5.0};
// A hair of slack so that 0.3 * 10 is still 3 after floating point.
constexpr double slack = 1e-9;

} // namespace

LogAxis::LogAxis(const QList<double> &values)
{
    double low = 0.0;
    double high = 0.0;
    for (double value : values) {
        if (!(value > 0.0) || !std::isfinite(value))
            continue;
        low = low > 0.0 ? std::min(low, value) : value;
        high = std::max(high, value);
    }
    if (low <= 0.0)
        return; // 1 to 10
    m_lower = roundDown(low);
    m_upper = roundUp(high);
    if (m_upper <= m_lower)
        m_upper = roundUp(m_lower * (1.0 + 1e-6)); // one value: one step up
}

double LogAxis::roundDown(double value)
{
    const double decade = std::pow(10.0, std::floor(std::log10(value) + slack));
    double best = decade;
    for (double step : steps) {
        if (step * decade <= value * (1.0 + slack))
            best = step * decade;
    }
    return best;
}

double LogAxis::roundUp(double value)
{
    const double decade = std::pow(10.0, std::floor(std::log10(value) + slack));
    for (double step : steps) {
        if (step * decade >= value * (1.0 - slack))
            return step * decade;
    }
    return 10.0 * decade;
}

double LogAxis::fraction(double value) const
{
    if (!(value > 0.0))
        return 0.0;
    return std::log(value / m_lower) / std::log(m_upper / m_lower);
}

QList<double> LogAxis::ticks() const
{
    auto collect = [this](const QList<double> &multiples) {
        QList<double> ticks;
        for (double decade = std::pow(10.0, std::floor(std::log10(m_lower) + slack));
             decade <= m_upper * (1.0 + slack); decade *= 10.0) {
            for (double multiple : multiples) {
                const double tick = multiple * decade;
                if (tick >= m_lower * (1.0 - slack) && tick <= m_upper * (1.0 + slack))
                    ticks.append(tick);
            }
        }
        return ticks;
    };
    QList<double> ticks = collect({1.0, 2.0, 5.0});
    if (ticks.size() < 3)
        ticks = collect({1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0});
    return ticks;
}

QString LogAxis::label(double value)
{
    // 'g' would write 1000 as 1e+03.
    if (value >= 1.0 && std::abs(value - std::round(value)) < 1e-6)
        return QString::number(std::llround(value));
    return QString::number(value, 'g', 3);
}
