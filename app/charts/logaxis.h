#pragma once

#include <QList>
#include <QString>

// A logarithmic axis over positive values, from a round value at or below
// the smallest to one at or above the largest (1, 2, 5 times a power of ten),
// so that 1/x falls on a straight line and a doubling is the same step
// everywhere. Maps values to a fraction of the axis's length.
class LogAxis final
{
public:
    // Values <= 0 are left out; with none left the axis spans 1 to 10.
    explicit LogAxis(const QList<double> &values);

    double lower() const { return m_lower; }
    double upper() const { return m_upper; }

    // 0 at lower(), 1 at upper(); values <= 0 give 0.
    double fraction(double value) const;

    // Labelled ticks: 1, 2, 5 times powers of ten within the axis; when that
    // gives fewer than three, every whole multiple (1, 2, 3 ... 9) instead.
    QList<double> ticks() const;

    // "0.05", "2", "30", "1000"
    static QString label(double value);

    // The round values at or just below / above a value.
    static double roundDown(double value);
    static double roundUp(double value);

private:
    double m_lower = 1.0;
    double m_upper = 10.0;
};
