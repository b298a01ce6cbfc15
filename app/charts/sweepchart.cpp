#include "sweepchart.h"

#include "chartimage.h"
#include "logaxis.h"
#include "logplot.h"

#include "base/concurrencylimit.h"
#include "core/concurrencysweep.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QPainter>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

QString tr(const char *text, const char *disambiguation = nullptr, int n = -1)
{
    return QCoreApplication::translate("SweepChart", text, disambiguation, n);
}


const QColor elapsedColor(0x1f, 0x6f, 0xb4);
const QColor rateColor(0x2c, 0x8a, 0x2c);
const QColor idealColor(0x8a, 0x8a, 0x8a);
const QColor allAtOnceColor(0xc0, 0x50, 0x30);
// Beside the events line's blue when strategies are compared: Okabe and
// Ito's vermillion, told apart from blue in every common colour blindness.
const QColor threadsColor(0xd5, 0x5e, 0x00);

QString strategyLegend(NetworkStrategy strategy)
{
    return strategy == NetworkStrategy::Threads
        ? QCoreApplication::translate("SweepChart", "threads (a thread per request)")
        : QCoreApplication::translate("SweepChart", "events (one event loop)");
}

QString seconds(double value)
{
    return QString::number(value, 'g', 3);
}

QList<double> valuesOf(const QList<PlotSeries> &series)
{
    QList<double> values;
    for (const PlotSeries &s : series) {
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
    const QString flags = tr("%n flag(s)", nullptr, jobs);
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
                                     [](const SweepPoint &point) { return point.run.retried > 0; });
    if (retried)
        note += u' ' + tr("Requests that timed out or failed were retried: that time is not in the ideal.");
    return note;
}

void SweepChart::paint(QPainter &painter, const QRectF &area) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    painter.fillRect(area, m_colours.background);

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
    painter.setPen(m_colours.ink);
    const double titleHeight = QFontMetricsF(heading).height() + 4;
    painter.drawText(QRectF(content.left(), content.top(), content.width(), titleHeight),
                     Qt::AlignLeft | Qt::AlignVCenter,
                     QFontMetricsF(heading).elidedText(m_data.title, Qt::ElideRight, content.width()));
    painter.setFont(text);

    // A line per strategy measured: one as before ("measured"), or both
    // side by side, each in its own colour in both panels, with a key under
    // the title (the plots' legends give way to their values in a small chart).
    QList<NetworkStrategy> strategies;
    for (const SweepPoint &point : m_data.points) {
        if (!strategies.contains(point.strategy))
            strategies.append(point.strategy);
    }
    const bool compared = strategies.size() > 1;
    const auto colourOf = [&](NetworkStrategy strategy) {
        return compared && strategy == NetworkStrategy::Threads ? threadsColor : elapsedColor;
    };
    double keyHeight = 0;
    if (compared) {
        keyHeight = metrics.height() + 4;
        // The strategies' short names where the long ones would not fit.
        double needed = 0;
        for (const NetworkStrategy strategy : std::as_const(strategies))
            needed += 46 + metrics.horizontalAdvance(strategyLegend(strategy));
        const bool shortNames = needed > content.width();
        double x = content.left();
        const double y = content.top() + titleHeight + keyHeight / 2;
        for (const NetworkStrategy strategy : std::as_const(strategies)) {
            painter.setPen(QPen(colourOf(strategy), 2.2));
            painter.drawLine(QPointF(x, y), QPointF(x + 22, y));
            painter.setBrush(colourOf(strategy));
            painter.drawEllipse(QPointF(x + 11, y), 3, 3);
            painter.setPen(m_colours.ink);
            const QString name = shortNames ? (strategy == NetworkStrategy::Threads
                                                   ? QCoreApplication::translate("SweepChart", "threads")
                                                   : QCoreApplication::translate("SweepChart", "events"))
                                            : strategyLegend(strategy);
            painter.drawText(QRectF(x + 28, y - keyHeight / 2, metrics.horizontalAdvance(name) + 2, keyHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, name);
            x += 28 + metrics.horizontalAdvance(name) + 18;
        }
        painter.setBrush(Qt::NoBrush);
    }
    painter.setPen(m_colours.muted);
    const QString note = idealNote();
    const QRectF noteArea(content.left(), content.top() + titleHeight + keyHeight, content.width(),
                          3 * metrics.height());
    const QRectF noteUsed = painter.boundingRect(noteArea, Qt::AlignLeft | Qt::TextWordWrap, note);

    // Two plots over one x axis: elapsed time above, flags per second below.
    // A small chart keeps what fits, most useful first: the plots before the
    // note (it is also in the accessible description), the elapsed time
    // before the rate. Nothing is drawn over anything else.
    const double bottomSpace = 2 * metrics.height() + 12;
    const double gap = 14;
    constexpr double smallestPanel = 48;
    const auto panelHeightBelow = [&](double top, int panels) {
        return (content.bottom() - bottomSpace - top - gap * (panels - 1)) / panels;
    };
    const double belowNote = noteUsed.bottom() + 10;
    const double belowTitle = content.top() + titleHeight + keyHeight + 6;
    const bool showNote = panelHeightBelow(belowNote, 2) >= smallestPanel;
    const int panels = showNote || panelHeightBelow(belowTitle, 2) >= smallestPanel ? 2 : 1;
    if (showNote)
        painter.drawText(noteArea, Qt::AlignLeft | Qt::TextWordWrap, note);
    const double top = showNote ? belowNote : belowTitle;
    const double left = content.left() + 62 + metrics.height();
    const double right = content.right() - 4;
    const double panelHeight = std::max(1.0, panelHeightBelow(top, panels));
    const QRectF upperPlot(left, top, right - left, panelHeight);
    const QRectF lowerPlot(left, upperPlot.bottom() + gap, right - left, panelHeight);
    const QRectF &axisPlot = panels == 2 ? lowerPlot : upperPlot;

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
    const int saved = m_data.points.isEmpty() ? m_data.jobs : m_data.points.constLast().run.ok;

    QList<PlotSeries> elapsedLines;
    QList<PlotSeries> rateLines;
    for (const NetworkStrategy strategy : strategies) {
        const QString name = compared ? strategyLegend(strategy) : tr("measured");
        PlotSeries elapsed{{}, colourOf(strategy), false, name};
        // The first of two drawn wide: where both lie on one line, both show.
        elapsed.underneath = compared && strategy == strategies.constFirst();
        PlotSeries rate{{}, compared ? elapsed.color : rateColor, false, name};
        rate.underneath = elapsed.underneath;
        for (const SweepPoint &point : m_data.points) {
            if (point.strategy != strategy)
                continue;
            elapsed.points.append({double(point.level), point.elapsedSeconds()});
            rate.points.append({double(point.level), point.flagsPerSecond()});
        }
        elapsedLines.append(elapsed);
        rateLines.append(rate);
    }
    PlotSeries idealElapsed{{}, idealColor, true, tr("ideal ⌈N/C⌉ × %1 s").arg(seconds(request / 1000.0))};
    PlotSeries idealRate{{}, idealColor, true, tr("ideal")};
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

    const QList<PlotSeries> upperSeries = QList<PlotSeries>{idealElapsed} + elapsedLines;
    const QList<PlotSeries> lowerSeries = QList<PlotSeries>{idealRate} + rateLines;
    const LogAxis upperY(valuesOf(upperSeries));
    const LogAxis lowerY(valuesOf(lowerSeries));
    const LogPlot upper(upperPlot, x, upperY, m_colours);
    const LogPlot lower(lowerPlot, x, lowerY, m_colours);

    const bool both = panels == 2;
    upper.drawGrid(painter, tr("Elapsed (s)"), tr("s"));
    if (both)
        lower.drawGrid(painter, tr("Flags per second"), tr("Flags/s"));
    // Past N, every request is on the wire at once: more concurrency cannot help.
    if (m_data.jobs > 1) {
        upper.drawMarker(painter, m_data.jobs, allAtOnceColor, tr("C = N = %1").arg(m_data.jobs));
        if (both)
            lower.drawMarker(painter, m_data.jobs, allAtOnceColor, QString());
    }
    for (const PlotSeries &series : upperSeries)
        upper.drawSeries(painter, series);
    if (both) {
        for (const PlotSeries &series : lowerSeries)
            lower.drawSeries(painter, series);
    }
    for (const PlotSeries &series : std::as_const(elapsedLines))
        upper.drawValues(painter, series);
    if (both) {
        for (const PlotSeries &series : std::as_const(rateLines))
            lower.drawValues(painter, series);
    }
    if (m_data.points.isEmpty()) {
        upper.drawCentred(painter, tr("Each level is a whole run; its point appears here when it ends."));
    } else {
        // Elapsed falls to the right, the rate rises: legends on the right,
        // where the lines usually are not (above a falling line, below a
        // rising one), unless another corner hides fewer dots and values.
        upper.drawLegend(painter, elapsedLines + QList<PlotSeries>{idealElapsed}, true);
        if (both)
            lower.drawLegend(painter, rateLines + QList<PlotSeries>{idealRate}, false);
    }

    // The shared x axis, under the lowest plot: a label where it clears the
    // last one drawn.
    painter.setPen(m_colours.muted);
    QRectF lastLabel;
    for (double tick : x.ticks()) {
        const QString label = LogAxis::label(tick);
        const double width = metrics.horizontalAdvance(label) + 6;
        const QRectF box(upper.mapX(tick) - width / 2, axisPlot.bottom() + 3, width, metrics.height());
        if ((lastLabel.isValid() && box.intersects(lastLabel)) || box.left() < area.left() || box.right() > area.right())
            continue;
        painter.drawText(box, Qt::AlignCenter, label);
        lastLabel = box;
    }
    painter.setPen(m_colours.ink);
    const QRectF axisTitle(axisPlot.left(), axisPlot.bottom() + 4 + metrics.height(), axisPlot.width(),
                           metrics.height() + 4);
    painter.drawText(axisTitle, Qt::AlignCenter,
                     metrics.elidedText(tr("Concurrency C: requests on the wire at once (log scale)"), Qt::ElideRight,
                                        axisTitle.width()));
    painter.restore();
}

QImage SweepChart::render(QSize size, qreal devicePixelRatio) const
{
    QImage image(size * devicePixelRatio, QImage::Format_ARGB32_Premultiplied);
    image.setDevicePixelRatio(devicePixelRatio);
    image.fill(m_colours.background);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)));
    return image;
}

bool SweepChart::savePng(const QString &path, QString *error, QSize size) const
{
    if (QString reason; !ChartImage::savePng(render(size), path, &reason)) {
        *error = QCoreApplication::translate("SweepChart", "Cannot write %1: %2")
                     .arg(QFileInfo(path).absoluteFilePath(), reason);
        return false;
    }
    return true;
}
