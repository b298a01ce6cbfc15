#pragma once

#include "charts/runtimeline.h"

#include <QWidget>

class RunController;
class QPushButton;
class TimelineCanvas;

// The window's Timeline tab: every request of the last run as a bar over
// time (TimelineCanvas), with Fit and Save as PNG. It records the engine's
// signals into its own RunTimeline.
class TimelineView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TimelineView)

public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Records every run of this engine; call begin() before each start.
    void follow(RunController &controller);
    void begin(int limit);

    const RunTimeline &timeline() const { return m_timeline; }
    qsizetype rowCount() const { return m_timeline.rowCount(); }
    TimelineCanvas *canvas() const { return m_canvas; }

    // The whole run as a PNG; false and *error when it cannot be written.
    bool saveImage(const QString &path, QString *error) const;

public Q_SLOTS:
    void saveAsPng();

private:
    void updateButtons();

    RunTimeline m_timeline;
    TimelineCanvas *m_canvas = nullptr;
    QPushButton *m_fit = nullptr;
    QPushButton *m_save = nullptr;
};
