#pragma once

#include <QColor>

class QPalette;

// The neutral colours of a chart: its background, text and lines. Light for
// images written to files; from the window's palette on screen, so a dark
// theme gets a dark chart. The series' own colours stay as they are.
struct ChartColours
{
    QColor background{Qt::white};
    QColor ink{0x20, 0x20, 0x20};     // titles, labels
    QColor muted{0x60, 0x60, 0x60};   // tick labels, notes
    QColor grid{0xe3, 0xe3, 0xe3};
    QColor frame{0xb0, 0xb0, 0xb0};
    QColor stripe{0xf6, 0xf6, 0xf6};  // every other row

    static ChartColours light() { return {}; }
    static ChartColours fromPalette(const QPalette &palette);
    // `colour` moved towards the background: a lighter tint on white, a
    // darker one on black.
    QColor faded(const QColor &colour, double towardsBackground) const;
    // A series' colour for its text: darker on a light background, lighter on a dark one.
    QColor readable(const QColor &colour) const;
    // WCAG 2 contrast ratio, 1 to 21.
    static double contrast(const QColor &a, const QColor &b);
};
