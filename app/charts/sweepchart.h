#pragma once

#include "chartcolours.h"

#include "core/sweeppoint.h"

#include <QImage>
#include <QList>
#include <QSize>
#include <QString>

class QPainter;
class QRectF;

// What a sweep chart shows. The x axis spans the planned levels from the
// start, so the chart does not jump as points arrive.
struct SweepChartData
{
    QString title;            // titleFor(...)
    QList<int> levels;        // planned
    int jobs = 0;             // N
    // The ideal's length of one request, when known before the first point
    // (the server's delay); the points carry it once measured.
    qint64 requestMs = 0;
    QList<SweepPoint> points; // measured so far, in level order
};

// Elapsed time and flags per second against concurrency, on logarithmic
// axes (so 1/C is a straight line), measured (solid, with dots) beside the
// ideal ceil(N/C) x d (dashed), with N marked: past it every request is on
// the wire at once. Paints on any QPainter: the window's widget, a PNG.
// Text needs a QGuiApplication.
class SweepChart final
{
public:
    static constexpr QSize defaultSize{960, 600};

    SweepChart() = default;
    explicit SweepChart(SweepChartData data) : m_data(std::move(data)) {}

    const SweepChartData &data() const { return m_data; }
    void setData(SweepChartData data) { m_data = std::move(data); }

    // Light unless told otherwise: files are read on white paper and pages.
    void setColours(const ChartColours &colours) { m_colours = colours; }
    void paint(QPainter &painter, const QRectF &area) const;
    QImage render(QSize size = defaultSize, qreal devicePixelRatio = 1.0) const;
    // Returns false with *error set when the file cannot be written.
    bool savePng(const QString &path, QString *error, QSize size = defaultSize) const;

    // "Sweep · DELAY server · 20 flags · answers delayed 0.5 to 5 s"; a delay
    // range below 0 is unknown (a custom server), 0 to 0 none. An error rate
    // (0 to 1) adds "25 % answered 418".
    static QString titleFor(const QString &serverLabel, int jobs, double delayMinSeconds,
                            double delayMaxSeconds, double errorRate = 0.0);
    // The line under the title: what the ideal assumes and what N means.
    QString idealNote() const;

private:
    qint64 requestMs() const;
    bool requestMsEstimated() const;

    SweepChartData m_data;
    ChartColours m_colours;
};
