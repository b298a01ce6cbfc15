#include "timelinepainter.h"

#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QSet>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// Okabe and Ito's palette: told apart with the common colour-vision deficiencies.
const QColor downloadedColour(0x00, 0x72, 0xb2);  // blue
const QColor unchangedColour(0xe6, 0x9f, 0x00);   // orange: a 304, nothing to save
const QColor notFoundColour(0x99, 0x99, 0x99);    // grey
const QColor errorColour(0xd5, 0x5e, 0x00);       // vermillion
const QColor retriedColour(0xa0, 0x4d, 0x9c);     // purple
const QColor cancelledColour(0x40, 0x40, 0x40);   // near black
const QColor onTheWireColour(0x56, 0xb4, 0xe9);   // sky blue: no outcome yet
const QColor inFlightColour(0x00, 0x9e, 0x73);    // bluish green
const QColor limitColour(0xcc, 0x33, 0x11);
QColor queueColour(const ChartColours &colours, const QColor &outcome) { return colours.faded(outcome, 0.72); }

// A request answered while its code has no result yet (a back-off before a
// retry, or its name or save to come): striped, so it is not taken for a
// queue wait.
void fillAnswered(QPainter &painter, const QRectF &rect, const ChartColours &colours)
{
    painter.fillRect(rect, colours.faded(onTheWireColour, 0.65));
    painter.fillRect(rect, QBrush(onTheWireColour, Qt::BDiagPattern));
}
QColor saveColour(const QColor &outcome) { return outcome.darker(170); }

// Phases, in the order they happen: greys while nothing moves on the wire,
// warm colours for opening a connection, blues for the exchange itself.
const QColor blockedColour(0xa8, 0xa8, 0xa8);
const QColor connectingColour(0xe6, 0x9f, 0x00);  // orange
const QColor tlsColour(0xcc, 0x79, 0xa7);         // reddish purple
const QColor sendingColour(0xf0, 0xe4, 0x42);     // yellow
const QColor waitingColour(0x56, 0xb4, 0xe9);     // sky blue
const QColor receivingColour(0x00, 0x72, 0xb2);   // blue
const QColor savingColour(0x8c, 0x51, 0x0a);      // brown

// 1, 2 or 5 times a power of ten, so that about `count` ticks fit.
double niceStep(double span, double count)
{
    const double raw = span / std::max(1.0, count);
    const double magnitude = std::pow(10.0, std::floor(std::log10(std::max(raw, 1e-9))));
    for (const double factor : {1.0, 2.0, 5.0}) {
        if (factor * magnitude >= raw)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

// The same size of text whatever the screen, so images compare.
QFont exportFont()
{
    QFont font;
    font.setPixelSize(13);
    return font;
}

bool anyNamed(const RunTimeline &timeline)
{
    return std::any_of(timeline.rows().cbegin(), timeline.rows().cend(),
                       [](const TimelineRow &row) { return !row.countryName.isEmpty(); });
}

} // namespace

TimelinePainter::TimelinePainter(const RunTimeline &timeline, const QFont &font, const ChartColours &colours,
                                 TimelineColouring colouring)
    : m_timeline(timeline)
    , m_font(font)
    , m_colours(colours)
    , m_colouring(colouring)
{
}

TimelinePainter::Layout TimelinePainter::layout(const QRect &area) const
{
    const QFontMetrics metrics(m_font);
    const int line = metrics.height();
    const int labelWidth = anyNamed(m_timeline) ? metrics.averageCharWidth() * 20
                                                : metrics.horizontalAdvance(u"WW"_s) + line;
    const int left = area.left() + std::max(labelWidth, metrics.horizontalAdvance(tr("in flight")) + 8);
    const int right = area.right() - metrics.horizontalAdvance(u"1000"_s) - 10;
    // The rows matter most: in a short view (a small screen at 200 %) the
    // graph of requests in flight gives up its height first.
    const int graphHeight = std::clamp(area.height() / 5, 2 * line, 5 * line);

    Layout result;
    const int legendLines = legendLineCount(area.width() - 8);
    result.legend = QRect(area.left() + 4, area.top(), area.width() - 8, legendLines * (line + 4) + 4);
    result.graph = QRect(QPoint(left, result.legend.bottom() + 4),
                         QPoint(right, result.legend.bottom() + 4 + graphHeight));
    result.axis = QRect(QPoint(left, result.graph.bottom() + 1),
                        QPoint(right, result.graph.bottom() + line + 6));
    result.plot = QRect(QPoint(left, result.axis.bottom() + 1), QPoint(right, area.bottom() - 4));
    result.labels = QRect(QPoint(area.left() + 4, result.plot.top()),
                          QPoint(left - 6, result.plot.bottom()));
    return result;
}

double TimelinePainter::xOf(const QRect &plot, const TimelineFrame &frame, double ms) const
{
    const double span = double(std::max<qint64>(1, frame.toMs - frame.fromMs));
    return plot.left() + (ms - double(frame.fromMs)) * plot.width() / span;
}

qint64 TimelinePainter::timeAt(const QRect &area, const TimelineFrame &frame, int x) const
{
    const QRect plot = layout(area).plot;
    const double span = double(std::max<qint64>(1, frame.toMs - frame.fromMs));
    return frame.fromMs + qint64(double(x - plot.left()) * span / std::max(1, plot.width()));
}

qsizetype TimelinePainter::rowAt(const QRect &area, const TimelineFrame &frame, const QPoint &point) const
{
    const Layout parts = layout(area);
    if (point.y() < parts.plot.top() || point.y() > parts.plot.bottom() || point.x() > parts.plot.right())
        return -1;
    const auto row = qsizetype(std::floor(frame.firstRow + (point.y() - parts.plot.top()) / frame.rowHeight));
    return row >= 0 && row < m_timeline.rowCount() ? row : -1;
}

TimelineFrame TimelinePainter::fitAll(const QRect &area) const
{
    TimelineFrame frame;
    frame.fromMs = 0;
    frame.toMs = std::max<qint64>(m_timeline.endMs(), 100);
    const int plotHeight = layout(area).plot.height();
    frame.rowHeight = std::min(16.0, double(plotHeight) / double(std::max<qsizetype>(1, m_timeline.rowCount())));
    return frame;
}

QSize TimelinePainter::exportSize(const RunTimeline &timeline)
{
    // Rows get 16 pixels each until the image would pass 2400, then they are
    // squeezed.
    constexpr int width = 1600;
    constexpr int maxHeight = 2400;
    const TimelinePainter painter(timeline, exportFont());
    const QRect tall(0, 0, width, maxHeight);
    const int header = maxHeight - painter.layout(tall).plot.height();
    const qsizetype rows = std::max<qsizetype>(1, timeline.rowCount());
    return {width, int(std::min<qsizetype>(maxHeight, header + rows * 16))};
}

QImage TimelinePainter::renderImage(const RunTimeline &timeline, const QSize &size, TimelineColouring colouring)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing, false);
    const TimelinePainter timelinePainter(timeline, exportFont(), ChartColours::light(), colouring);
    const QRect area(QPoint(0, 0), size);
    timelinePainter.paint(painter, area, timelinePainter.fitAll(area));
    return image;
}

QColor TimelinePainter::colourOf(TimelineOutcome outcome)
{
    switch (outcome) {
    case TimelineOutcome::OnTheWire: return onTheWireColour;
    case TimelineOutcome::Downloaded: return downloadedColour;
    case TimelineOutcome::Unchanged: return unchangedColour;
    case TimelineOutcome::NotFound: return notFoundColour;
    case TimelineOutcome::Error: return errorColour;
    case TimelineOutcome::Cancelled: return cancelledColour;
    }
    return errorColour;
}

QColor TimelinePainter::colourOf(Phase phase)
{
    switch (phase) {
    case Phase::Queued: return ChartColours::light().faded(blockedColour, 0.5);
    case Phase::Blocked: return blockedColour;
    case Phase::Connecting: return connectingColour;
    case Phase::Tls: return tlsColour;
    case Phase::Sending: return sendingColour;
    case Phase::Waiting: return waitingColour;
    case Phase::Receiving: return receivingColour;
    case Phase::Saving: return savingColour;
    }
    return blockedColour;
}

QColor TimelinePainter::phaseColour(Phase phase) const
{
    // The queue's grey is the blocked one faded into this palette's background.
    return phase == Phase::Queued ? m_colours.faded(blockedColour, 0.5) : colourOf(phase);
}

QColor TimelinePainter::capColour(TimelineOutcome outcome) const
{
    // Downloaded's blue is receiving's: its cap is the ink instead.
    return outcome == TimelineOutcome::Downloaded ? m_colours.ink : colourOf(outcome);
}

QList<Phase> TimelinePainter::phasesSeen() const
{
    std::array<bool, phaseCount> seen{};
    for (const TimelineRow &row : m_timeline.rows()) {
        for (const RequestSpan &span : row.requests) {
            for (const PhaseSegment &segment : RequestPhaseBreakdown::segmentsOf(span))
                seen[int(segment.phase)] = true;
        }
        if (row.respondedMs >= 0 && row.savedMs > row.respondedMs)
            seen[int(Phase::Saving)] = true;
    }
    QList<Phase> phases;
    for (int phase = 0; phase < phaseCount; ++phase) {
        if (seen[phase])
            phases.append(Phase(phase));
    }
    return phases;
}

QColor TimelinePainter::retriedColour()
{
    return ::retriedColour;
}

void TimelinePainter::paint(QPainter &painter, const QRect &area, const TimelineFrame &frame) const
{
    painter.save();
    painter.setFont(m_font);
    painter.fillRect(area, m_colours.background);
    const Layout parts = layout(area);
    paintLegend(painter, parts.legend);
    paintAxis(painter, parts, frame);
    paintRows(painter, parts, frame);
    paintGraph(painter, parts, frame);
    if (m_timeline.isLive()) {
        // Where "now" is: bars to its left are final.
        const double x = xOf(parts.plot, frame, m_timeline.nowMs());
        if (x >= parts.plot.left() && x <= parts.plot.right()) {
            painter.setPen(QPen(m_colours.ink, 1, Qt::DotLine));
            painter.drawLine(QPointF(x, parts.graph.top()), QPointF(x, parts.plot.bottom()));
        }
    }
    painter.restore();
}

const QList<TimelinePainter::LegendItem> &TimelinePainter::legendItems() const
{
    if (m_legendRevision == m_timeline.revision())
        return m_legend;
    m_legendRevision = m_timeline.revision();
    using Kind = LegendItem::Kind;
    QList<LegendItem> &items = m_legend;
    items.clear();
    const auto &rows = m_timeline.rows();
    if (m_colouring == TimelineColouring::Phases) {
        for (const Phase phase : phasesSeen()) {
            items.append({Kind::Swatch, phaseColour(phase), {}, RequestPhaseBreakdown::shortNameOf(phase)});
        }
        if (m_timeline.isLive())
            items.append({Kind::Swatch, onTheWireColour, {}, tr("on the wire")});
        // The caps at the requests' ends: only the outcomes this run had.
        QSet<TimelineOutcome> outcomes;
        bool retried = false;
        for (const TimelineRow &row : rows) {
            if (row.isDone())
                outcomes.insert(row.outcome);
            retried = retried || row.retried();
        }
        if (!outcomes.isEmpty() || retried)
            items.append({Kind::Label, m_colours.muted, {}, tr("ends:")});
        const std::pair<TimelineOutcome, QString> named[] = {
            {TimelineOutcome::Downloaded, tr("downloaded")}, {TimelineOutcome::Unchanged, tr("unchanged")},
            {TimelineOutcome::NotFound, tr("not found")},    {TimelineOutcome::Error, tr("error")},
            {TimelineOutcome::Cancelled, tr("cancelled")},
        };
        for (const auto &[outcome, text] : named) {
            if (outcomes.contains(outcome))
                items.append({Kind::Cap, capColour(outcome), {}, text});
        }
        if (retried)
            items.append({Kind::Cap, ::retriedColour, {}, tr("retried")});
    } else {
        items.append({Kind::Swatch, queueColour(m_colours, downloadedColour), {}, tr("queued")});
        items.append({Kind::Swatch, downloadedColour, {}, tr("downloaded")});
        // A re-run's; a first run has none.
        if (std::any_of(rows.cbegin(), rows.cend(),
                        [](const TimelineRow &row) { return row.outcome == TimelineOutcome::Unchanged; }))
            items.append({Kind::Swatch, unchangedColour, {}, tr("unchanged")});
        items.append({Kind::Swatch, notFoundColour, {}, tr("not found")});
        items.append({Kind::Swatch, errorColour, {}, tr("error")});
        items.append({Kind::Swatch, ::retriedColour, {}, tr("retried")});
        items.append({Kind::Swatch, cancelledColour, {}, tr("cancelled")});
        if (m_timeline.isLive()) {
            items.append({Kind::Swatch, onTheWireColour, {}, tr("on the wire")});
            items.append({Kind::Answered, onTheWireColour, {}, tr("answered")});
        }
        items.append({Kind::Swatch, saveColour(downloadedColour), {}, tr("saving")});
    }
    items.append({Kind::Line, {}, QPen(inFlightColour, 2), tr("in flight")});
    items.append({Kind::Line, {}, QPen(limitColour, 2, Qt::DashLine), tr("limit")});
    return m_legend;
}

int TimelinePainter::legendItemWidth(const LegendItem &item, const QFontMetrics &metrics) const
{
    const int box = metrics.height() - 4;
    const int text = metrics.horizontalAdvance(item.text);
    switch (item.kind) {
    case LegendItem::Kind::Label: return text + 6;
    case LegendItem::Kind::Cap: return 3 + 4 + text + 14;
    case LegendItem::Kind::Line: return box + 8 + text + 14;
    case LegendItem::Kind::Swatch:
    case LegendItem::Kind::Answered: return box + 4 + text + 14;
    }
    return text;
}

int TimelinePainter::legendLineCount(int width) const
{
    const QFontMetrics metrics(m_font);
    int lines = 1;
    int x = 0;
    for (const LegendItem &item : legendItems()) {
        const int itemWidth = legendItemWidth(item, metrics);
        if (x > 0 && x + itemWidth > width) {
            ++lines;
            x = 0;
        }
        x += itemWidth;
    }
    return lines;
}

void TimelinePainter::paintLegend(QPainter &painter, const QRect &rect) const
{
    // As many lines as the items need: a narrow window wraps them rather
    // than cutting the last ones off.
    const QFontMetrics metrics(m_font);
    const int box = metrics.height() - 4;
    const int lineHeight = metrics.height() + 4;
    int x = rect.left();
    int top = rect.top() + (rect.height() - legendLineCount(rect.width()) * lineHeight) / 2;
    for (const LegendItem &item : legendItems()) {
        const int itemWidth = legendItemWidth(item, metrics);
        if (x > rect.left() && x + itemWidth > rect.right()) {
            x = rect.left();
            top += lineHeight;
        }
        const QRect line(x, top, itemWidth, lineHeight);
        const int y = line.top() + (lineHeight - box) / 2;
        int textLeft = x;
        switch (item.kind) {
        case LegendItem::Kind::Label:
            break;
        case LegendItem::Kind::Cap: // as a cap is drawn at a request's end
            painter.fillRect(QRect(x, y, 3, box), item.colour);
            textLeft += 3 + 4;
            break;
        case LegendItem::Kind::Swatch:
            painter.fillRect(QRect(x, y, box, box), item.colour);
            textLeft += box + 4;
            break;
        case LegendItem::Kind::Answered:
            fillAnswered(painter, QRect(x, y, box, box), m_colours);
            textLeft += box + 4;
            break;
        case LegendItem::Kind::Line:
            painter.setPen(item.pen);
            painter.drawLine(x, line.center().y(), x + box + 4, line.center().y());
            textLeft += box + 8;
            break;
        }
        painter.setPen(item.kind == LegendItem::Kind::Label ? item.colour : m_colours.ink);
        painter.drawText(QRect(textLeft, line.top(), metrics.horizontalAdvance(item.text) + 2, lineHeight),
                         Qt::AlignVCenter | Qt::AlignLeft, item.text);
        x += itemWidth;
    }

    // What the run was, on the right of the last line when there is room.
    const QString seconds = QString::number(double(m_timeline.endMs()) / 1000.0, 'f', 2);
    const QString codes = tr("%n code(s)", nullptr, int(m_timeline.rowCount()));
    const QString caption =
        tr("%1, at most %2 on the wire, %3 s").arg(codes).arg(m_timeline.maxOverlap()).arg(seconds);
    if (x + metrics.horizontalAdvance(caption) + 8 < rect.right()) {
        painter.setPen(m_colours.ink);
        painter.drawText(QRect(rect.left(), top, rect.width(), lineHeight), Qt::AlignVCenter | Qt::AlignRight,
                         caption);
    }
}

void TimelinePainter::paintAxis(QPainter &painter, const Layout &parts, const TimelineFrame &frame) const
{
    const double spanSeconds = double(std::max<qint64>(1, frame.toMs - frame.fromMs)) / 1000.0;
    const double step = niceStep(spanSeconds, parts.plot.width() / 90.0);
    const int decimals = step >= 1.0 ? 0 : int(std::ceil(-std::log10(step) - 1e-9));
    const double first = std::ceil(double(frame.fromMs) / 1000.0 / step - 1e-9) * step;
    for (double t = first; t * 1000.0 <= double(frame.toMs) + 0.5; t += step) {
        const double x = xOf(parts.plot, frame, qint64(std::llround(t * 1000.0)));
        painter.setPen(m_colours.grid);
        painter.drawLine(QPointF(x, parts.graph.top()), QPointF(x, parts.plot.bottom()));
        painter.setPen(m_colours.ink);
        const QString label = tr("%1 s").arg(QString::number(t, 'f', decimals));
        painter.drawText(QRectF(x - 40, parts.axis.top(), 80, parts.axis.height()), Qt::AlignCenter, label);
    }
    painter.setPen(m_colours.ink);
    painter.drawLine(parts.axis.bottomLeft(), parts.axis.bottomRight());
}

void TimelinePainter::paintGraph(QPainter &painter, const Layout &parts, const TimelineFrame &frame) const
{
    const QRect &graph = parts.graph;
    painter.setPen(m_colours.grid);
    painter.drawRect(graph.adjusted(0, 0, -1, 0));
    painter.setPen(m_colours.ink);
    painter.drawText(QRect(QPoint(graph.left() - parts.labels.width() - 6, graph.top()),
                           QPoint(graph.left() - 6, graph.bottom())),
                     Qt::AlignRight | Qt::AlignVCenter, tr("in flight"));

    const int top = std::max({1, m_timeline.maxLimit(), m_timeline.maxOverlap()});
    const double scale = (graph.height() - 4) / (top * 1.1);
    auto yOf = [&](int value) { return graph.bottom() - value * scale; };
    painter.drawText(QRect(graph.right() + 4, graph.top(), 60, graph.height()), Qt::AlignLeft | Qt::AlignBottom,
                     u"0"_s);
    painter.drawText(QRectF(graph.right() + 4, yOf(top) - 10, 60, 20), Qt::AlignLeft | Qt::AlignVCenter,
                     QString::number(top));

    const qint64 end = std::min(frame.toMs, m_timeline.endMs());
    // A step line over [from, end]. A run of thousands has many steps to a
    // pixel: each pixel column adds at most four points, its extremes.
    auto stepLine = [&](const QList<TimelineStep> &series) {
        QPolygonF points;
        int value = 0;
        auto it = series.cbegin();
        for (; it != series.cend() && it->atMs <= frame.fromMs; ++it)
            value = it->value;
        int column = int(std::floor(xOf(graph, frame, frame.fromMs)));
        int entering = value, lowest = value, highest = value;
        auto flush = [&] {
            const double x = column;
            points.append({x, yOf(entering)});
            points.append({x, yOf(entering <= value ? lowest : highest)});
            points.append({x, yOf(entering <= value ? highest : lowest)});
            points.append({x, yOf(value)});
        };
        for (; it != series.cend() && it->atMs <= end; ++it) {
            const int x = int(std::floor(xOf(graph, frame, it->atMs)));
            if (x != column) {
                flush();
                column = x;
                entering = lowest = highest = value;
            }
            value = it->value;
            lowest = std::min(lowest, value);
            highest = std::max(highest, value);
        }
        flush();
        points.append({xOf(graph, frame, end), yOf(value)});
        return points;
    };

    painter.save();
    painter.setClipRect(graph);
    painter.setRenderHint(QPainter::Antialiasing, false);
    QPolygonF inFlight = stepLine(m_timeline.inFlightSeries());
    QPolygonF area = inFlight;
    area.append({inFlight.last().x(), double(graph.bottom())});
    area.append({inFlight.first().x(), double(graph.bottom())});
    painter.setPen(Qt::NoPen);
    painter.setBrush(m_colours.faded(inFlightColour, 0.8));
    painter.drawPolygon(area);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(inFlightColour, 2));
    painter.drawPolyline(inFlight);
    painter.setPen(QPen(limitColour, 2, Qt::DashLine));
    painter.drawPolyline(stepLine(m_timeline.limitSeries()));
    painter.restore();
}

void TimelinePainter::paintRows(QPainter &painter, const Layout &parts, const TimelineFrame &frame) const
{
    const QRect &plot = parts.plot;
    const QFontMetrics metrics(m_font);
    const double rowHeight = std::max(0.05, frame.rowHeight);
    const qsizetype first = std::max<qsizetype>(0, qsizetype(std::floor(frame.firstRow)));
    const qsizetype last = std::min<qsizetype>(
        m_timeline.rowCount() - 1, qsizetype(std::ceil(frame.firstRow + plot.height() / rowHeight)));
    const bool labelled = rowHeight >= metrics.height() * 0.8;
    const double gap = rowHeight >= 6 ? 2.0 : 0.0;
    const qint64 now = m_timeline.nowMs();

    painter.save();
    for (qsizetype index = first; index <= last; ++index) {
        const TimelineRow &row = m_timeline.row(index);
        const double top = plot.top() + (double(index) - frame.firstRow) * rowHeight;
        if (labelled) {
            painter.setClipping(false);
            painter.setPen(m_colours.ink);
            const QString text = row.countryName.isEmpty() ? row.code : row.code + u' ' + row.countryName;
            const QRectF labelRect(parts.labels.left(), top, parts.labels.width(), rowHeight);
            if (labelRect.top() >= plot.top() - 1 && labelRect.bottom() <= plot.bottom() + 1)
                painter.drawText(labelRect, Qt::AlignLeft | Qt::AlignVCenter,
                                 metrics.elidedText(text, Qt::ElideRight, parts.labels.width()));
        }
        painter.setClipRect(plot);
        if (labelled && index % 2 == 1)
            painter.fillRect(QRectF(plot.left(), top, plot.width(), rowHeight), m_colours.stripe);

        const QColor colour = colourOf(row.outcome);
        const double barTop = top + gap / 2;
        const double barHeight = std::max(rowHeight - gap, 0.5);
        auto bar = [&](qint64 from, qint64 to, const QColor &fill, double heightShare = 1.0,
                       bool answered = false) {
            if (to < frame.fromMs || from > frame.toMs)
                return;
            const double x0 = xOf(plot, frame, from);
            const double x1 = std::max(xOf(plot, frame, to), x0 + 1.0); // a short request stays visible
            const double h = barHeight * heightShare;
            const QRectF rect(x0, barTop + (barHeight - h) / 2, x1 - x0, h);
            if (answered)
                fillAnswered(painter, rect, m_colours);
            else
                painter.fillRect(rect, fill);
        };
        qsizetype lastFlag = -1;
        for (qsizetype i = 0; i < row.requests.size(); ++i) {
            if (row.requests.at(i).purpose == RequestSpan::Purpose::Flag)
                lastFlag = i;
        }
        if (m_colouring == TimelineColouring::Outcomes) {
            if (row.firstStartMs > 0)
                bar(0, row.firstStartMs, queueColour(m_colours, colour), 0.5);
            for (qsizetype i = 0; i < row.requests.size(); ++i) {
                const RequestSpan &span = row.requests.at(i);
                const bool open = span.endedMs < 0;
                const bool flag = span.purpose == RequestSpan::Purpose::Flag;
                // Attempts that failed and were tried again, in their own colour.
                const QColor fill = open ? onTheWireColour : flag && i != lastFlag ? ::retriedColour : colour;
                const bool answered = !open && !row.isDone() && !(flag && i != lastFlag);
                bar(span.startedMs, open ? now : span.endedMs, fill, flag ? 1.0 : 0.6, answered);
            }
            if (row.respondedMs >= 0 && row.savedMs > row.respondedMs)
                bar(row.respondedMs, row.savedMs, saveColour(colour));
            continue;
        }

        // By phases: each request a bar of its phases, its queue wait (the
        // first, and a retry's after its back-off) at half height, and a cap
        // at its end in its outcome's colour.
        const auto segment = [&](double fromMs, double toMs, const QColor &fill, double heightShare,
                                 double minWidth) {
            if (toMs < double(frame.fromMs) || fromMs > double(frame.toMs))
                return;
            const double x0 = xOf(plot, frame, fromMs);
            const double width = std::max(xOf(plot, frame, toMs) - x0, minWidth);
            const double h = barHeight * heightShare;
            painter.fillRect(QRectF(x0, barTop + (barHeight - h) / 2, width, h), fill);
        };
        const auto cap = [&](double atMs, const QColor &fill, double heightShare) {
            if (atMs < double(frame.fromMs) || atMs > double(frame.toMs))
                return;
            const double x = xOf(plot, frame, atMs);
            const double h = barHeight * heightShare;
            painter.fillRect(QRectF(x - 2, barTop + (barHeight - h) / 2, 3, h), fill);
        };
        for (qsizetype i = 0; i < row.requests.size(); ++i) {
            const RequestSpan &span = row.requests.at(i);
            const bool open = span.endedMs < 0;
            const bool flag = span.purpose == RequestSpan::Purpose::Flag;
            const double share = flag ? 1.0 : 0.6;
            const QList<PhaseSegment> segments = RequestPhaseBreakdown::segmentsOf(span);
            bool stepped = false;
            for (const PhaseSegment &part : segments) {
                const bool queued = part.phase == Phase::Queued;
                stepped = stepped || !queued;
                segment(part.fromUs / 1000.0, part.toUs / 1000.0, phaseColour(part.phase), queued ? 0.5 : share, 0.0);
            }
            // A new connection stays in sight however short, over what
            // follows it: it is what tells a request that opened one from
            // one that reused one.
            for (const PhaseSegment &part : segments) {
                if (part.phase == Phase::Connecting || part.phase == Phase::Tls)
                    segment(part.fromUs / 1000.0, part.toUs / 1000.0, colourOf(part.phase), share, 3.0);
            }
            if (open) {
                bar(span.startedMs, now, onTheWireColour, share);
                continue;
            }
            if (!stepped) // no steps from the network: the request as one bar
                bar(span.startedMs, span.endedMs, waitingColour, share);
            const bool retried = flag && i != lastFlag;
            const QColor end = retried ? ::retriedColour : !row.isDone() ? onTheWireColour : capColour(row.outcome);
            cap(double(span.endedMs), end, share);
        }
        if (row.respondedMs >= 0 && row.savedMs > row.respondedMs)
            bar(row.respondedMs, row.savedMs, savingColour);
    }
    painter.restore();
}
