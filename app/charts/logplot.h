#pragma once

#include "chartcolours.h"
#include "logaxis.h"

#include <QColor>
#include <QList>
#include <QPointF>
#include <QRectF>
#include <QString>

class QPainter;

// One line on a plot: measured (solid, with dots) or a reference (dashed).
struct PlotSeries
{
    QList<QPointF> points; // (x, y) in data units; y <= 0 is not drawn
    QColor color;
    bool dashed = false;   // a reference line: dashed, no dots
    QString legend;
    // Drawn wider, with larger dots: a line another may lie on stays in
    // sight around it.
    bool underneath = false;
};

// One plot rectangle with log axes on both sides: grid, tick labels, a y
// axis title, lines with dots, their values, a legend, a vertical marker.
// The x tick labels are the caller's (several plots may share one x axis).
// Holds references to the axes: they must outlive it.
class LogPlot final
{
public:
    LogPlot(const QRectF &plot, const LogAxis &x, const LogAxis &y, const ChartColours &colours);

    QPointF map(QPointF value) const;
    double mapX(double x) const;

    // yTitle, or shortTitle when the plot is too short for it.
    void drawGrid(QPainter &painter, const QString &yTitle, const QString &shortTitle) const;
    // A dotted vertical line at x, labelled beside its top when label is not empty.
    void drawMarker(QPainter &painter, double x, const QColor &color, const QString &label) const;
    void drawSeries(QPainter &painter, const PlotSeries &series) const;
    // Each value above its dot (below it near the top).
    void drawValues(QPainter &painter, const PlotSeries &series) const;
    // In the corner where it hides the fewest dots, values and labels drawn
    // so far; atTop picks the side first among equals. None where every
    // corner would hide a label (a small chart).
    void drawLegend(QPainter &painter, const QList<PlotSeries> &series, bool atTop) const;
    // A line of text in the middle, on the background's colour.
    void drawCentred(QPainter &painter, const QString &text) const;

private:
    QRectF m_plot;
    QRectF m_inner; // dots at the ends stay inside the frame
    const LogAxis &m_x;
    const LogAxis &m_y;
    ChartColours m_colours;
    mutable QList<QRectF> m_taken; // dots and text already drawn, for the legend to avoid
    mutable QList<QRectF> m_text;  // text already drawn: no label goes over one
};
