#pragma once

#include "charts/timelinepainter.h"

#include <QAbstractScrollArea>
#include <QTimer>

// The timeline drawn in the window: rows scroll, time zooms. While a run goes
// on it repaints from a frame timer, and only when something changed (or bars
// on the wire grew), never once per signal. Wheel scrolls rows, Ctrl+wheel
// zooms time around the cursor, Shift+wheel scrolls time; keys: + and - zoom,
// arrows and Page Up/Down scroll, Home or 0 fits the whole run.
class TimelineCanvas final : public QAbstractScrollArea
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineCanvas)

public:
    explicit TimelineCanvas(const RunTimeline &timeline, QWidget *parent = nullptr);

    // A new run began: back to the whole run and the first row, and follow it.
    void restart();
    // Something changed outside a run's signals: paint it on the next frame.
    void wake();
    // Time from 0 to the end of the run, rows from the first.
    void fitAll();
    void zoom(double factor, int anchorX);

    TimelineFrame frame() const;
    int paintCount() const { return m_paintCount; }

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    void onFrameTick();
    void updateScrollBars();
    void scrollTime(double pages);
    QString toolTipFor(qsizetype row) const;

    const RunTimeline &m_timeline;
    TimelinePainter m_painter;
    QTimer m_frameTimer;
    quint64 m_paintedRevision = ~quint64(0);
    bool m_settingScrollBars = false;
    bool m_fitTime = true; // else [m_fromMs, m_fromMs + m_spanMs]
    qint64 m_fromMs = 0;
    qint64 m_spanMs = 1000;
    double m_rowHeight = 16;
    int m_paintCount = 0;
};
