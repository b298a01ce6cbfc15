#include "timelinecanvas.h"

#include "core/requestphases.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QPainter>
#include <QScrollBar>
#include <QLocale>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// About the screen's rate, and a rate a loaded machine keeps up with.
constexpr int frameIntervalMs = 33;
constexpr qint64 shortestSpanMs = 20;

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 3);
}

} // namespace

TimelineCanvas::TimelineCanvas(const RunTimeline &timeline, QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_timeline(timeline)
    , m_painter(timeline, font())
{
    setFocusPolicy(Qt::StrongFocus);
    setAccessibleName(tr("Request timeline"));
    m_rowHeight = fontMetrics().height() + 4;
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    horizontalScrollBar()->setSingleStep(1);
    connect(horizontalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_fitTime && !m_settingScrollBars) {
            m_fromMs = value;
            viewport()->update();
        }
    });
    connect(verticalScrollBar(), &QScrollBar::valueChanged, viewport(), qOverload<>(&QWidget::update));
    m_frameTimer.setInterval(frameIntervalMs);
    connect(&m_frameTimer, &QTimer::timeout, this, &TimelineCanvas::onFrameTick);
    m_frameTimer.start();
}

void TimelineCanvas::restart()
{
    fitAll();
    m_frameTimer.start();
}

void TimelineCanvas::wake()
{
    if (!m_frameTimer.isActive())
        m_frameTimer.start();
}

void TimelineCanvas::fitAll()
{
    m_fitTime = true;
    verticalScrollBar()->setValue(0);
    updateScrollBars();
    viewport()->update();
}

TimelineFrame TimelineCanvas::frame() const
{
    TimelineFrame frame;
    if (m_fitTime) {
        frame.fromMs = 0;
        frame.toMs = std::max<qint64>(m_timeline.endMs(), 100);
    } else {
        frame.fromMs = m_fromMs;
        frame.toMs = m_fromMs + m_spanMs;
    }
    frame.firstRow = verticalScrollBar()->value();
    frame.rowHeight = m_rowHeight;
    return frame;
}

void TimelineCanvas::zoom(double factor, int anchorX)
{
    const TimelineFrame current = frame();
    const QRect area = viewport()->rect();
    const qint64 anchor = m_painter.timeAt(area, current, anchorX);
    const qint64 span = current.toMs - current.fromMs;
    const qint64 whole = std::max<qint64>(m_timeline.endMs(), 100);
    const qint64 newSpan = std::clamp<qint64>(qint64(double(span) / factor), shortestSpanMs, whole);
    if (newSpan >= whole) {
        m_fitTime = true;
    } else {
        // The time under the cursor stays under the cursor.
        const double share = double(anchor - current.fromMs) / double(std::max<qint64>(1, span));
        m_fromMs = std::clamp<qint64>(anchor - qint64(share * double(newSpan)), 0, whole - newSpan);
        m_spanMs = newSpan;
        m_fitTime = false;
    }
    updateScrollBars();
    viewport()->update();
}

void TimelineCanvas::scrollTime(double pages)
{
    if (m_fitTime)
        return;
    horizontalScrollBar()->setValue(horizontalScrollBar()->value() + int(pages * double(m_spanMs)));
}

void TimelineCanvas::updateScrollBars()
{
    const QRect plot = m_painter.layout(viewport()->rect()).plot;
    const int visibleRows = std::max(1, int(plot.height() / m_rowHeight));
    QScrollBar *rows = verticalScrollBar();
    // At the bottom during a run, stay at the bottom as rows arrive.
    const bool following = rows->maximum() > 0 && rows->value() == rows->maximum();
    rows->setRange(0, std::max(0, int(m_timeline.rowCount()) - visibleRows));
    rows->setPageStep(visibleRows);
    if (following)
        rows->setValue(rows->maximum());

    QScrollBar *time = horizontalScrollBar();
    // Not a QSignalBlocker: the scroll area shows and hides the bar on its
    // rangeChanged signal.
    m_settingScrollBars = true;
    if (m_fitTime) {
        time->setRange(0, 0);
    } else {
        const qint64 whole = std::max(m_timeline.endMs(), m_fromMs + m_spanMs);
        time->setRange(0, int(whole - m_spanMs));
        time->setPageStep(int(m_spanMs));
        time->setSingleStep(int(std::max<qint64>(1, m_spanMs / 20)));
        time->setValue(int(m_fromMs));
    }
    m_settingScrollBars = false;
}

void TimelineCanvas::onFrameTick()
{
    const bool changed = m_timeline.revision() != m_paintedRevision;
    if (!changed && !m_timeline.isLive()) {
        m_frameTimer.stop(); // until the next run
        return;
    }
    if (!isVisible()) {
        m_frameTimer.stop(); // showEvent() wakes it: no 30 Hz ticks for a hidden tab
        return;
    }
    updateScrollBars();
    viewport()->update();
}

void TimelineCanvas::paintEvent(QPaintEvent *)
{
    QPainter painter(viewport());
    // In the palette's colours as they are now: a theme may change them.
    const TimelinePainter themed(m_timeline, font(), ChartColours::fromPalette(palette()));
    themed.paint(painter, viewport()->rect(), frame());
    m_paintedRevision = m_timeline.revision();
    ++m_paintCount;
}

void TimelineCanvas::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    updateScrollBars();
}

void TimelineCanvas::showEvent(QShowEvent *event)
{
    QAbstractScrollArea::showEvent(event);
    updateScrollBars();
    wake(); // catch up with what happened while the tab was hidden
}

void TimelineCanvas::wheelEvent(QWheelEvent *event)
{
    const QPoint steps = event->angleDelta() / 120;
    const int delta = event->angleDelta().y() != 0 ? event->angleDelta().y() : event->angleDelta().x();
    if (event->modifiers() & Qt::ControlModifier) {
        zoom(std::pow(1.25, double(delta) / 120.0), int(event->position().x()));
    } else if ((event->modifiers() & Qt::ShiftModifier) || (steps.y() == 0 && event->angleDelta().x() != 0)) {
        scrollTime(-double(delta) / 120.0 / 10.0);
    } else {
        verticalScrollBar()->setValue(verticalScrollBar()->value() - delta / 40);
    }
    event->accept();
}

void TimelineCanvas::keyPressEvent(QKeyEvent *event)
{
    const int centre = m_painter.layout(viewport()->rect()).plot.center().x();
    QScrollBar *rows = verticalScrollBar();
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal: zoom(1.5, centre); break;
    case Qt::Key_Minus: zoom(1.0 / 1.5, centre); break;
    case Qt::Key_Left: scrollTime(-0.1); break;
    case Qt::Key_Right: scrollTime(0.1); break;
    case Qt::Key_Up: rows->setValue(rows->value() - 1); break;
    case Qt::Key_Down: rows->setValue(rows->value() + 1); break;
    case Qt::Key_PageUp: rows->setValue(rows->value() - rows->pageStep()); break;
    case Qt::Key_PageDown: rows->setValue(rows->value() + rows->pageStep()); break;
    case Qt::Key_End: rows->setValue(rows->maximum()); break;
    case Qt::Key_Home:
    case Qt::Key_0: fitAll(); break;
    default: QAbstractScrollArea::keyPressEvent(event); return;
    }
    event->accept();
}

bool TimelineCanvas::viewportEvent(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QAbstractScrollArea::viewportEvent(event);
    auto *help = static_cast<QHelpEvent *>(event);
    const qsizetype row = m_painter.rowAt(viewport()->rect(), frame(), help->pos());
    if (row < 0) {
        QToolTip::hideText();
        event->ignore();
    } else {
        QToolTip::showText(help->globalPos(), toolTipFor(row), viewport());
    }
    return true;
}

QString TimelineCanvas::toolTipFor(qsizetype index) const
{
    const TimelineRow &row = m_timeline.row(index);
    QString outcome;
    switch (row.outcome) {
    case TimelineOutcome::OnTheWire: outcome = tr("on the wire"); break;
    case TimelineOutcome::Downloaded: outcome = tr("downloaded"); break;
    case TimelineOutcome::Unchanged: outcome = tr("unchanged"); break;
    case TimelineOutcome::NotFound: outcome = tr("not found"); break;
    case TimelineOutcome::Error: outcome = tr("error"); break;
    case TimelineOutcome::Cancelled: outcome = tr("cancelled"); break;
    }
    QStringList lines;
    lines << (row.countryName.isEmpty() ? tr("%1: %2").arg(row.code, outcome)
                                        : tr("%1 %2: %3").arg(row.code, row.countryName, outcome));
    lines << tr("queued 0.000 s to %1 s").arg(seconds(row.firstStartMs));
    for (qsizetype i = 0; i < row.requests.size(); ++i) {
        const RequestSpan &span = row.requests.at(i);
        const QString end = span.endedMs < 0 ? tr("now") : tr("%1 s").arg(seconds(span.endedMs));
        const QString status = span.httpStatus > 0 ? tr("HTTP %1").arg(span.httpStatus) : tr("no answer");
        const QString what = span.purpose == RequestSpan::Purpose::Metadata ? tr("metadata") : tr("request %1").arg(i + 1);
        lines << tr("%1: %2 s to %3, %4").arg(what, seconds(span.startedMs), end, span.endedMs < 0 ? tr("waiting") : status);
        // Its phases, as a browser's network panel lists them.
        QStringList phases;
        for (const PhaseSegment &part : RequestPhaseBreakdown::segmentsOf(span)) {
            phases << tr("%1 %2 ms").arg(RequestPhaseBreakdown::nameOf(part.phase),
                                         QLocale().toString(part.durationUs() / 1000.0, 'f', 1));
        }
        if (span.endedMs >= 0 && span.phases.endedUs >= 0 && !RequestPhaseBreakdown::openedConnection(span))
            phases << tr("on a connection already open");
        if (!phases.isEmpty())
            lines << u"    "_s + phases.join(tr(", "));
    }
    if (row.savedMs >= 0 && row.respondedMs >= 0)
        lines << tr("saved %1 s to %2 s").arg(seconds(row.respondedMs), seconds(row.savedMs));
    if (!row.message.isEmpty() && row.outcome != TimelineOutcome::Downloaded)
        lines << row.message;
    return lines.join(u'\n');
}
