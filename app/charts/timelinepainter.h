#pragma once

#include "chartcolours.h"

#include "runtimeline.h"

#include "core/requestphases.h"

#include <QColor>
#include <QCoreApplication>
#include <QFont>
#include <QImage>
#include <QPen>
#include <QRect>

class QFontMetrics;
class QPainter;

// What a timeline's bars are coloured by: each request's phases (queued,
// blocked, connecting, TLS, sending, waiting, receiving; then saving), with
// its outcome as a cap at its end; or each request by its outcome.
enum class TimelineColouring { Phases, Outcomes };

// The part of a run a timeline shows: a time range and the rows from firstRow.
struct TimelineFrame
{
    qint64 fromMs = 0;
    qint64 toMs = 1000;
    double firstRow = 0;
    double rowHeight = 16; // may be below a pixel: rows are squeezed, not cut
};

// Draws a RunTimeline onto any QPainter: a legend, the in-flight count and
// the concurrency limit as step lines, a time axis in seconds, and one row per
// code with its queue wait (light), each request on the wire and its save.
// By phases, a request is a bar of its phases with its outcome as a cap at
// the end (attempts that were retried in purple); by outcomes, a bar in its
// outcome's colour. The window's view and the PNG export share it.
class TimelinePainter final
{
    Q_DECLARE_TR_FUNCTIONS(TimelinePainter)

public:
    struct Layout
    {
        QRect legend;
        QRect graph;  // in flight and limit over time
        QRect axis;   // tick labels in seconds
        QRect labels; // row labels, left of plot
        QRect plot;   // the rows' bars
    };

    // Light colours unless told otherwise (the window passes its palette's).
    TimelinePainter(const RunTimeline &timeline, const QFont &font,
                    const ChartColours &colours = ChartColours::light(),
                    TimelineColouring colouring = TimelineColouring::Phases);

    Layout layout(const QRect &area) const;
    void paint(QPainter &painter, const QRect &area, const TimelineFrame &frame) const;

    // Where a point of the area falls: a row (-1 outside the plot) and a time.
    qsizetype rowAt(const QRect &area, const TimelineFrame &frame, const QPoint &point) const;
    qint64 timeAt(const QRect &area, const TimelineFrame &frame, int x) const;

    // The whole run: time from 0 to its end, every row squeezed in.
    TimelineFrame fitAll(const QRect &area) const;

    // For export: a fixed width, a height that grows with the rows (capped).
    static QSize exportSize(const RunTimeline &timeline);
    // The whole run on a white image of this size.
    static QImage renderImage(const RunTimeline &timeline, const QSize &size,
                              TimelineColouring colouring = TimelineColouring::Phases);

    static QColor colourOf(TimelineOutcome outcome);
    static QColor colourOf(Phase phase); // the queue's as on a light background
    // As this painter's palette shows it.
    QColor phaseColour(Phase phase) const;
    static QColor retriedColour();

private:
    struct LegendItem
    {
        enum class Kind { Swatch, Cap, Answered, Line, Label };
        Kind kind = Kind::Swatch;
        QColor colour;
        QPen pen;
        QString text;
    };
    // Worked out again only when the timeline changed: layout() needs them
    // on every paint and every mouse move.
    const QList<LegendItem> &legendItems() const;
    int legendItemWidth(const LegendItem &item, const QFontMetrics &metrics) const;
    int legendLineCount(int width) const;
    void paintLegend(QPainter &painter, const QRect &rect) const;
    void paintGraph(QPainter &painter, const Layout &layout, const TimelineFrame &frame) const;
    void paintAxis(QPainter &painter, const Layout &layout, const TimelineFrame &frame) const;
    void paintRows(QPainter &painter, const Layout &layout, const TimelineFrame &frame) const;
    double xOf(const QRect &plot, const TimelineFrame &frame, double ms) const;
    // By phases: the colour of the cap at the end of a request.
    QColor capColour(TimelineOutcome outcome) const;
    // The phases some request of the run went through, in order.
    QList<Phase> phasesSeen() const;

    const RunTimeline &m_timeline;
    QFont m_font;
    ChartColours m_colours;
    TimelineColouring m_colouring;
    mutable QList<LegendItem> m_legend;
    mutable quint64 m_legendRevision = ~quint64(0);
};
