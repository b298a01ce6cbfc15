#include "logplot.h"

#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>

namespace {

// "0.123", "4.56", "78.9", "312": three figures at most, whatever the size.
QString shortNumber(double value)
{
    const int decimals = value < 1.0 ? 3 : value < 10.0 ? 2 : value < 100.0 ? 1 : 0;
    return QString::number(value, 'f', decimals);
}

// The background, letting a little of what is under it show.
QColor translucent(QColor background)
{
    background.setAlpha(230);
    return background;
}

} // namespace

LogPlot::LogPlot(const QRectF &plot, const LogAxis &x, const LogAxis &y, const ChartColours &colours)
    : m_plot(plot)
    , m_inner(plot.adjusted(10, 10, -10, -10))
    , m_x(x)
    , m_y(y)
    , m_colours(colours)
{
}

QPointF LogPlot::map(QPointF value) const
{
    return {m_inner.left() + m_x.fraction(value.x()) * m_inner.width(),
            m_inner.bottom() - m_y.fraction(value.y()) * m_inner.height()};
}

double LogPlot::mapX(double x) const
{
    return map({x, m_y.lower()}).x();
}

void LogPlot::drawGrid(QPainter &painter, const QString &yTitle, const QString &shortTitle) const
{
    const QFontMetricsF metrics(painter.font());
    painter.setPen(QPen(m_colours.grid, 1));
    for (double tick : m_x.ticks())
        painter.drawLine(QPointF(mapX(tick), m_plot.top()), QPointF(mapX(tick), m_plot.bottom()));
    // Every tick gets its line; a label only where it clears the last one
    // drawn (a short plot labels every other tick, or fewer).
    QRectF lastLabel;
    for (double tick : m_y.ticks()) {
        const double y = map({m_x.lower(), tick}).y();
        painter.setPen(QPen(m_colours.grid, 1));
        painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
        const QRectF label(m_plot.left() - 50, y - metrics.height() / 2, 44, metrics.height());
        if (lastLabel.isValid() && label.adjusted(0, -2, 0, 2).intersects(lastLabel))
            continue;
        painter.setPen(m_colours.muted);
        painter.drawText(label, Qt::AlignRight | Qt::AlignVCenter, LogAxis::label(tick));
        lastLabel = label;
    }
    painter.setPen(QPen(m_colours.frame, 1));
    painter.drawRect(m_plot);

    // The axis title, read bottom to top, left of the tick labels.
    painter.save();
    painter.translate(m_plot.left() - 56 - metrics.height() / 2, m_plot.center().y());
    painter.rotate(-90);
    painter.setPen(m_colours.ink);
    const QString title = metrics.horizontalAdvance(yTitle) < m_plot.height() - 4 ? yTitle : shortTitle;
    painter.drawText(QRectF(-m_plot.height() / 2, -metrics.height() / 2, m_plot.height(), metrics.height()),
                     Qt::AlignCenter, metrics.elidedText(title, Qt::ElideRight, m_plot.height()));
    painter.restore();
}

void LogPlot::drawMarker(QPainter &painter, double x, const QColor &color, const QString &label) const
{
    if (x < m_x.lower() || x > m_x.upper())
        return;
    const double at = mapX(x);
    painter.setPen(QPen(color, 1.2, Qt::DotLine));
    painter.drawLine(QPointF(at, m_plot.top()), QPointF(at, m_plot.bottom()));
    if (label.isEmpty())
        return;
    const QFontMetricsF metrics(painter.font());
    const double width = metrics.horizontalAdvance(label) + 8;
    // Beside the line, on whichever side has room.
    const bool right = at + width < m_plot.right();
    const QRectF box(right ? at + 3 : at - width - 3, m_plot.top() + 3, width, metrics.height());
    m_taken.append(box);
    m_text.append(box);
    painter.setPen(color);
    painter.drawText(box, Qt::AlignCenter, label);
}

void LogPlot::drawSeries(QPainter &painter, const PlotSeries &series) const
{
    QList<QPointF> shown;
    for (const QPointF &point : series.points) {
        if (point.y() > 0)
            shown.append(map(point));
    }
    if (shown.isEmpty())
        return;
    painter.save();
    painter.setClipRect(m_plot);
    const double width = series.dashed ? 1.6 : series.underneath ? 5.0 : 2.2;
    painter.setPen(QPen(series.color, width, series.dashed ? Qt::DashLine : Qt::SolidLine));
    painter.drawPolyline(shown.constData(), int(shown.size()));
    if (!series.dashed) {
        painter.setBrush(series.color);
        painter.setPen(QPen(m_colours.background, 1.2));
        const double radius = series.underneath ? 6.5 : 4.5;
        for (const QPointF &point : std::as_const(shown)) {
            painter.drawEllipse(point, radius, radius);
            m_taken.append(QRectF(point - QPointF(radius + 0.5, radius + 0.5), QSizeF(2 * radius + 1, 2 * radius + 1)));
        }
    }
    painter.restore();
}

void LogPlot::drawValues(QPainter &painter, const PlotSeries &series) const
{
    const QFontMetricsF metrics(painter.font());
    painter.setPen(m_colours.readable(series.color));
    for (const QPointF &value : series.points) {
        if (value.y() <= 0)
            continue;
        const QPointF at = map(value);
        const QString text = shortNumber(value.y());
        const double width = metrics.horizontalAdvance(text) + 4;
        const double left = std::clamp(at.x() - width / 2, m_plot.left() + 1, m_plot.right() - width - 1);
        // Above its dot, else below it: never over a label or another line's dot.
        // Crowded values (a small chart, or points close together): the
        // first keeps its label, the dot still says where.
        const auto fits = [&](const QRectF &box) {
            return m_plot.contains(box) && std::none_of(m_taken.cbegin(), m_taken.cend(), [&box](const QRectF &taken) {
                       return taken.intersects(box);
                   });
        };
        const QRectF aboveBox(left, at.y() - 8 - metrics.height(), width, metrics.height());
        const QRectF belowBox(left, at.y() + 8, width, metrics.height());
        const QRectF box = fits(aboveBox) ? aboveBox : belowBox;
        if (!fits(box))
            continue;
        m_taken.append(box);
        m_text.append(box);
        painter.drawText(box, Qt::AlignCenter, text);
    }
}

void LogPlot::drawLegend(QPainter &painter, const QList<PlotSeries> &series, bool atTop) const
{
    const QFontMetricsF metrics(painter.font());
    const double sample = 26;
    double width = 0;
    for (const PlotSeries &s : series)
        width = std::max(width, metrics.horizontalAdvance(s.legend));
    width += sample + 20;
    const double lineHeight = metrics.height() + 4;
    const double height = series.size() * lineHeight + 6;
    const double left = m_plot.left() + 8;
    const double right = m_plot.right() - width - 8;
    const double top = m_plot.top() + 8;
    const double bottom = m_plot.bottom() - height - 8;
    const QList<QPointF> corners = atTop ? QList<QPointF>{{right, top}, {right, bottom}, {left, top}, {left, bottom}}
                                         : QList<QPointF>{{right, bottom}, {right, top}, {left, bottom}, {left, top}};
    auto hidden = [this](const QRectF &box) {
        double area = 0;
        for (const QRectF &taken : std::as_const(m_taken)) {
            const QRectF overlap = box.intersected(taken);
            area += overlap.width() * overlap.height();
        }
        return area;
    };
    QRectF box(corners.first(), QSizeF(width, height));
    double least = hidden(box);
    for (const QPointF &corner : corners) {
        const QRectF candidate(corner, QSizeF(width, height));
        if (const double area = hidden(candidate); area < least) {
            least = area;
            box = candidate;
        }
    }
    const bool hidesText = std::any_of(m_text.cbegin(), m_text.cend(),
                                       [&box](const QRectF &text) { return text.intersects(box); });
    if (hidesText || !m_plot.contains(box))
        return;
    painter.setPen(QPen(m_colours.frame, 1));
    painter.setBrush(translucent(m_colours.background));
    painter.drawRect(box);
    double y = box.top() + 3 + lineHeight / 2;
    for (const PlotSeries &s : series) {
        const QPointF from(box.left() + 6, y);
        const QPointF to(from.x() + sample, y);
        painter.setPen(QPen(s.color, s.dashed ? 1.6 : 2.2, s.dashed ? Qt::DashLine : Qt::SolidLine));
        painter.drawLine(from, to);
        if (!s.dashed) {
            painter.setBrush(s.color);
            painter.setPen(QPen(m_colours.background, 1));
            painter.drawEllipse((from + to) / 2, 4, 4);
        }
        painter.setPen(m_colours.ink);
        painter.drawText(QRectF(to.x() + 6, y - lineHeight / 2, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                         s.legend);
        y += lineHeight;
    }
}

void LogPlot::drawCentred(QPainter &painter, const QString &text) const
{
    const QRectF box = painter.boundingRect(m_plot.adjusted(20, 0, -20, 0), Qt::AlignCenter | Qt::TextWordWrap, text)
                           .adjusted(-8, -4, 8, 4);
    // Only where it fits inside the plot and clears the labels drawn so far.
    const bool hidesText = std::any_of(m_text.cbegin(), m_text.cend(),
                                       [&box](const QRectF &taken) { return taken.intersects(box); });
    if (!m_plot.contains(box) || hidesText)
        return;
    painter.setPen(Qt::NoPen);
    painter.setBrush(translucent(m_colours.background));
    painter.drawRect(box);
    painter.setPen(m_colours.muted);
    painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
}
