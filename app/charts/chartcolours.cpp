#include "chartcolours.h"

#include <QPalette>

#include <algorithm>
#include <cmath>

namespace {

QColor mixed(const QColor &from, const QColor &to, double share)
{
    const auto channel = [share](float a, float b) { return float(a + (b - a) * share); };
    return QColor::fromRgbF(channel(from.redF(), to.redF()), channel(from.greenF(), to.greenF()),
                            channel(from.blueF(), to.blueF()));
}

double luminance(const QColor &colour)
{
    const auto linear = [](double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); };
    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF());
}

} // namespace

ChartColours ChartColours::fromPalette(const QPalette &palette)
{
    ChartColours colours;
    colours.background = palette.color(QPalette::Active, QPalette::Base);
    colours.ink = palette.color(QPalette::Active, QPalette::Text);
    // The same steps from the background as the light colours take from white.
    colours.muted = mixed(colours.ink, colours.background, 0.3);
    colours.grid = mixed(colours.background, colours.ink, 0.12);
    colours.frame = mixed(colours.background, colours.ink, 0.35);
    colours.stripe = mixed(colours.background, colours.ink, 0.04);
    return colours;
}

QColor ChartColours::faded(const QColor &colour, double towardsBackground) const
{
    return mixed(colour, background, towardsBackground);
}

QColor ChartColours::readable(const QColor &colour) const
{
    return luminance(background) > 0.18 ? colour.darker(130) : colour.lighter(150);
}

double ChartColours::contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}
