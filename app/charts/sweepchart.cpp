#include "sweepchart.h"

#include "logaxis.h"

#include "core/concurrencylimit.h"
#include "core/concurrencysweep.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QImageWriter>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("SweepChart", text);
}

const QColor ink(0x20, 0x20, 0x20);
const QColor muted(0x60, 0x60, 0x60);
const QColor grid(0xe3, 0xe3, 0xe3);
const QColor frame(0xb0, 0xb0, 0xb0);
const QColor elapsedColor(0x1f, 0x6f, 0xb4);
const QColor rateColor(0x2c, 0x8a, 0x2c);
const QColor idealColor(0x8a, 0x8a, 0x8a);
const QColor allAtOnceColor(0xc0, 0x50, 0x30);

// "0.123", "4.56", "78.9", "312": three figures at most, whatever the size.
QString shortNumber(double value)
{
    const int decimals = value < 1.0 ? 3 : value < 10.0 ? 2 : value < 100.0 ? 1 : 0;
    return QString::number(value, 'f', decimals);
}

QString seconds(double value)
{
    return QString::number(value, 'g', 3);
}

struct Series
{
    QList<QPointF> points; // (level, value); values <= 0 are not drawn
    QColor color;
    bool ideal = false;    // dashed, no dots
    QString legend;
};

// One plot: a y axis of its own over the shared x axis.
class Panel
{
public:
    Panel(const QRectF &plot, const LogAxis &x, const LogAxis &y)
        : m_plot(plot), m_inner(plot.adjusted(10, 10, -10, -10)), m_x(x), m_y(y)
    {
    }

    QPointF map(QPointF value) const
    {
        return {m_inner.left() + m_x.fraction(value.x()) * m_inner.width(),
                m_inner.bottom() - m_y.fraction(value.y()) * m_inner.height()};
    }
    double mapX(double level) const { return map({level, m_y.lower()}).x(); }

    // yTitle, or shortTitle when the plot is too short for it.
    void drawGrid(QPainter &painter, const QString &yTitle, const QString &shortTitle) const
    {
        const QFontMetricsF metrics(painter.font());
        painter.setPen(QPen(grid, 1));
        for (double tick : m_x.ticks())
            painter.drawLine(QPointF(mapX(tick), m_plot.top()), QPointF(mapX(tick), m_plot.bottom()));
        for (double tick : m_y.ticks()) {
            const double y = map({m_x.lower(), tick}).y();
            painter.setPen(QPen(grid, 1));
            painter.drawLine(QPointF(m_plot.left(), y), QPointF(m_plot.right(), y));
            painter.setPen(muted);
            painter.drawText(QRectF(m_plot.left() - 50, y - 10, 44, 20), Qt::AlignRight | Qt::AlignVCenter,
                             LogAxis::label(tick));
        }
        painter.setPen(QPen(frame, 1));
        painter.drawRect(m_plot);

        // The axis title, read bottom to top, left of the tick labels.
        painter.save();
        painter.translate(m_plot.left() - 56 - metrics.height() / 2, m_plot.center().y());
        painter.rotate(-90);
        painter.setPen(ink);
        const QString title = metrics.horizontalAdvance(yTitle) < m_plot.height() - 4 ? yTitle : shortTitle;
        painter.drawText(QRectF(-m_plot.height() / 2, -metrics.height() / 2, m_plot.height(), metrics.height()),
                         Qt::AlignCenter, metrics.elidedText(title, Qt::ElideRight, m_plot.height()));
        painter.restore();
    }

    // Past N, every request is on the wire at once: more concurrency cannot help.
    void drawAllAtOnce(QPainter &painter, int jobs, bool labelled) const
    {
        if (jobs <= 1 || jobs < m_x.lower() || jobs > m_x.upper())
            return;
        const double x = mapX(jobs);
        painter.setPen(QPen(allAtOnceColor, 1.2, Qt::DotLine));
        painter.drawLine(QPointF(x, m_plot.top()), QPointF(x, m_plot.bottom()));
        if (!labelled)
            return;
        const QString text = tr("C = N = %1").arg(jobs);
        const QFontMetricsF metrics(painter.font());
        const double width = metrics.horizontalAdvance(text) + 8;
        // Beside the line, on whichever side has room.
        const bool right = x + width < m_plot.right();
        const QRectF box(right ? x + 3 : x - width - 3, m_plot.top() + 3, width, metrics.height());
        painter.setPen(allAtOnceColor);
        painter.drawText(box, Qt::AlignCenter, text);
    }

    void drawSeries(QPainter &painter, const Series &series) const
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
        QPen pen(series.color, series.ideal ? 1.6 : 2.2, series.ideal ? Qt::DashLine : Qt::SolidLine);
        painter.setPen(pen);
        painter.drawPolyline(shown.constData(), int(shown.size()));
        if (!series.ideal) {
            painter.setBrush(series.color);
            painter.setPen(QPen(Qt::white, 1.2));
            for (const QPointF &point : std::as_const(shown))
                painter.drawEllipse(point, 4.5, 4.5);
        }
        painter.restore();
    }

    // Each measured value above its dot (below it near the top).
    void drawValues(QPainter &painter, const Series &series) const
    {
        const QFontMetricsF metrics(painter.font());
        painter.setPen(series.color.darker(130));
        for (const QPointF &value : series.points) {
            if (value.y() <= 0)
                continue;
            const QPointF at = map(value);
            const QString text = shortNumber(value.y());
            const double width = metrics.horizontalAdvance(text) + 4;
            const double top = at.y() - 8 - metrics.height() < m_plot.top() ? at.y() + 8
                                                                            : at.y() - 8 - metrics.height();
            const double left = std::clamp(at.x() - width / 2, m_plot.left() + 1, m_plot.right() - width - 1);
            painter.drawText(QRectF(left, top, width, metrics.height()), Qt::AlignCenter, text);
        }
    }

    void drawLegend(QPainter &painter, const QList<Series> &series, bool topRight) const
    {
        const QFontMetricsF metrics(painter.font());
        const double sample = 26;
        double width = 0;
        for (const Series &s : series)
            width = std::max(width, metrics.horizontalAdvance(s.legend));
        width += sample + 20;
        const double lineHeight = metrics.height() + 4;
        const double height = series.size() * lineHeight + 6;
        const QRectF box(topRight ? m_plot.right() - width - 8 : m_plot.left() + 8,
                         m_plot.top() + 8, width, height);
        painter.setPen(QPen(frame, 1));
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRect(box);
        double y = box.top() + 3 + lineHeight / 2;
        for (const Series &s : series) {
            const QPointF from(box.left() + 6, y);
            const QPointF to(from.x() + sample, y);
            painter.setPen(QPen(s.color, s.ideal ? 1.6 : 2.2, s.ideal ? Qt::DashLine : Qt::SolidLine));
            painter.drawLine(from, to);
            if (!s.ideal) {
                painter.setBrush(s.color);
                painter.setPen(QPen(Qt::white, 1));
                painter.drawEllipse((from + to) / 2, 4, 4);
            }
            painter.setPen(ink);
            painter.drawText(QRectF(to.x() + 6, y - lineHeight / 2, width, lineHeight), Qt::AlignLeft | Qt::AlignVCenter,
                             s.legend);
            y += lineHeight;
        }
    }

    void drawCentred(QPainter &painter, const QString &text) const
    {
        const QRectF box = painter.boundingRect(m_plot.adjusted(20, 0, -20, 0), Qt::AlignCenter | Qt::TextWordWrap,
                                                text)
                               .adjusted(-8, -4, 8, 4);
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(255, 255, 255, 230));
        painter.drawRect(box);
        painter.setPen(muted);
        painter.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, text);
    }

private:
    QRectF m_plot;
    QRectF m_inner; // dots at the ends stay inside the frame
    const LogAxis &m_x;
    const LogAxis &m_y;
};

QList<double> valuesOf(const QList<Series> &series)
{
    QList<double> values;
    for (const Series &s : series) {
        for (const QPointF &point : s.points)
            values.append(point.y());
    }
    return values;
}

} // namespace

qint64 SweepChart::requestMs() const
{
    return m_data.points.isEmpty() ? m_data.requestMs : m_data.points.constFirst().requestMs;
}

bool SweepChart::requestMsEstimated() const
{
    return !m_data.points.isEmpty() && m_data.points.constFirst().requestMsEstimated;
}

QString SweepChart::titleFor(const QString &serverLabel, int jobs, double delayMinSeconds, double delayMaxSeconds,
                             double errorRate)
{
    const QString flags = jobs == 1 ? tr("1 flag") : tr("%1 flags").arg(jobs);
    QString delay;
    if (delayMaxSeconds > 0 && delayMinSeconds < delayMaxSeconds)
        delay = tr("answers delayed %1 to %2 s").arg(seconds(delayMinSeconds), seconds(delayMaxSeconds));
    else if (delayMaxSeconds > 0)
        delay = tr("answers delayed %1 s").arg(seconds(delayMaxSeconds));
    else if (delayMaxSeconds == 0)
        delay = tr("no delay");
    if (errorRate > 0)
        delay += (delay.isEmpty() ? QString() : u" · "_s) + tr("%1 % answered 418").arg(qRound(errorRate * 100));
    const QString server = tr("%1 server").arg(serverLabel);
    return delay.isEmpty() ? tr("Sweep · %1 · %2").arg(server, flags)
                           : tr("Sweep · %1 · %2 · %3").arg(server, flags, delay);
}

QString SweepChart::idealNote() const
{
    const qint64 request = requestMs();
    const int jobs = m_data.jobs;
    if (request <= 0)
        return tr("Ideal: the N = %1 requests go in waves of C at a time, each wave as long as one request "
                  "(measured at the first level).").arg(jobs);
    const QString wave = requestMsEstimated()
                             ? tr("%1 s, one request's time measured at C = %2")
                                   .arg(seconds(request / 1000.0))
                                   .arg(m_data.points.constFirst().level)
                             : tr("%1 s, the server's mean delay").arg(seconds(request / 1000.0));
    QString note = tr("Ideal = ⌈N/C⌉ × %1: the N = %2 requests go in waves of C at a time. "
                      "From C = N on, all are on the wire at once and the run takes one wave.")
                       .arg(wave)
                       .arg(jobs);
    // Otherwise a run well above the ideal looks like a fault of the engine.
    const bool retried = std::any_of(m_data.points.cbegin(), m_data.points.cend(),
                                     [](const SweepPoint &point) { return point.retried > 0; });
    if (retried)
        note += u' ' + tr("Requests that timed out or failed were retried: that time is not in the ideal.");
    return note;
}

void SweepChart::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(area, Qt::white);

    QFont text = painter.font();
    text.setPixelSize(12);
    QFont heading = text;
    heading.setPixelSize(16);
    heading.setBold(true);
    const QFontMetricsF metrics(text);
    const QRectF content = area.adjusted(14, 10, -14, -8);

    // Title, and what the ideal assumes.
    // A narrow window gets a smaller title before an elided one.
    while (heading.pixelSize() > 12 && QFontMetricsF(heading).horizontalAdvance(m_data.title) > content.width())
        heading.setPixelSize(heading.pixelSize() - 1);
    painter.setFont(heading);
    painter.setPen(ink);
    const double titleHeight = QFontMetricsF(heading).height() + 4;
    painter.drawText(QRectF(content.left(), content.top(), content.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(heading).elidedText(m_data.title, Qt::ElideRight, content.width()));
    painter.setFont(text);
    painter.setPen(muted);
    const QString note = idealNote();
    const QRectF noteArea(content.left(), content.top() + titleHeight, content.width(), 3 * metrics.height());
    const QRectF noteUsed = painter.boundingRect(noteArea, Qt::AlignLeft | Qt::TextWordWrap, note);
    painter.drawText(noteArea, Qt::AlignLeft | Qt::TextWordWrap, note);

    // Two plots over one x axis: elapsed time above, flags per second below.
    const double left = content.left() + 62 + metrics.height();
    const double right = content.right() - 4;
    const double top = noteUsed.bottom() + 10;
    const double bottomSpace = 2 * metrics.height() + 12;
    const double gap = 14;
    const double panelHeight = std::max(40.0, (content.bottom() - bottomSpace - top - gap) / 2);
    const QRectF upperPlot(left, top, right - left, panelHeight);
    const QRectF lowerPlot(left, upperPlot.bottom() + gap, right - left, panelHeight);

    QList<double> levels;
    for (int level : m_data.levels)
        levels.append(level);
    for (const SweepPoint &point : m_data.points)
        levels.append(point.level);
    const LogAxis x(levels);

    // The ideal covers the planned range as soon as one request's time is
    // known, through every whole C: flat while ceil(N/C) stays, down where it drops.
    const qint64 request = requestMs();
    int lowest = maxConcurrency;
    int highest = 0;
    for (double level : std::as_const(levels)) {
        lowest = std::min(lowest, int(level));
        highest = std::max(highest, int(level));
    }
    // The flags a run saves: as the last level saved, else all of them.
    const int saved = m_data.points.isEmpty() ? m_data.jobs : m_data.points.constLast().ok;

    Series elapsed{{}, elapsedColor, false, tr("measured")};
    Series rate{{}, rateColor, false, tr("measured")};
    Series idealElapsed{{}, idealColor, true, tr("ideal ⌈N/C⌉ × %1 s").arg(seconds(request / 1000.0))};
    Series idealRate{{}, idealColor, true, tr("ideal")};
    for (const SweepPoint &point : m_data.points) {
        elapsed.points.append({double(point.level), point.elapsedSeconds()});
        rate.points.append({double(point.level), point.flagsPerSecond});
    }
    if (request > 0 && m_data.jobs > 0) {
        qint64 previous = -1;
        auto add = [&](int level, qint64 ms) {
            idealElapsed.points.append({double(level), ms / 1000.0});
            idealRate.points.append({double(level), saved * 1000.0 / ms});
        };
        for (int level = lowest; level <= highest; ++level) {
            const qint64 ms = ConcurrencySweep::idealMs(m_data.jobs, level, request);
            if (ms == previous)
                continue;
            if (previous > 0 && idealElapsed.points.constLast().x() < level - 1)
                add(level - 1, previous); // the end of a flat stretch
            add(level, ms);
            previous = ms;
        }
        if (previous > 0 && idealElapsed.points.constLast().x() < highest)
            add(highest, previous);
    }

    const QList<Series> upperSeries{idealElapsed, elapsed};
    const QList<Series> lowerSeries{idealRate, rate};
    const LogAxis upperY(valuesOf(upperSeries));
    const LogAxis lowerY(valuesOf(lowerSeries));
    const Panel upper(upperPlot, x, upperY);
    const Panel lower(lowerPlot, x, lowerY);

    upper.drawGrid(painter, tr("Elapsed (s)"), tr("s"));
    lower.drawGrid(painter, tr("Flags per second"), tr("Flags/s"));
    upper.drawAllAtOnce(painter, m_data.jobs, true);
    lower.drawAllAtOnce(painter, m_data.jobs, false);
    for (const Series &series : upperSeries)
        upper.drawSeries(painter, series);
    for (const Series &series : lowerSeries)
        lower.drawSeries(painter, series);
    upper.drawValues(painter, elapsed);
    lower.drawValues(painter, rate);
    if (m_data.points.isEmpty()) {
        upper.drawCentred(painter, tr("Each level is a whole run; its point appears here when it ends."));
    } else {
        // Elapsed falls to the right, the rate rises: legends where the lines are not.
        upper.drawLegend(painter, {elapsed, idealElapsed}, true);
        lower.drawLegend(painter, {rate, idealRate}, false);
    }

    // The shared x axis, under the lower plot.
    painter.setPen(muted);
    for (double tick : x.ticks()) {
        const double at = lower.mapX(tick);
        painter.drawText(QRectF(at - 30, lowerPlot.bottom() + 3, 60, metrics.height()), Qt::AlignCenter,
                         LogAxis::label(tick));
    }
    painter.setPen(ink);
    painter.drawText(QRectF(lowerPlot.left(), lowerPlot.bottom() + 4 + metrics.height(), lowerPlot.width(),
                            metrics.height() + 4),
                     Qt::AlignCenter, tr("Concurrency C: requests on the wire at once (log scale)"));
    painter.restore();
}

QImage SweepChart::render(QSize size, qreal devicePixelRatio) const
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool SweepChart::savePng(const QString &path, QString *error, QSize size) const
{
    QImageWriter writer(path, "png");
    if (writer.write(render(size)))
        return true;
    *error = QCoreApplication::translate("SweepChart", "Cannot write %1: %2")
                 .arg(QFileInfo(path).absoluteFilePath(), writer.errorString());
    return false;
}
