#include "timelineview.h"

#include "savefiledialog.h"
#include "timelinecanvas.h"

#include "charts/chartimage.h"
#include "charts/timelinepainter.h"
#include "core/runcontroller.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

TimelineView::TimelineView(QWidget *parent)
    : QWidget(parent)
{
    m_canvas = new TimelineCanvas(m_timeline, this);
    m_canvas->setObjectName(u"timelineCanvas"_s);
    m_fit = new QPushButton(tr("&Zoom to fit"), this);
    m_fit->setObjectName(u"timelineFit"_s);
    m_fit->setToolTip(tr("Show the whole run (Home)"));
    m_save = new QPushButton(tr("E&xport PNG…"), this);
    m_save->setObjectName(u"timelineSave"_s);
    auto *hint = new QLabel(tr("Wheel: rows · Ctrl+wheel or +/−: zoom · Shift+wheel or ←/→: time · "
                               "hover a bar for its times"),
                            this);
    hint->setEnabled(false); // a quiet grey
    hint->setWordWrap(true); // two lines in a narrow window, never a wider one

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_fit);
    buttons->addWidget(m_save);
    buttons->addWidget(hint, 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_canvas, 1);

    connect(m_fit, &QPushButton::clicked, m_canvas, &TimelineCanvas::fitAll);
    connect(m_save, &QPushButton::clicked, this, &TimelineView::saveAsPng);
    updateButtons();
}

void TimelineView::follow(RunController &controller)
{
    connect(&controller, &RunController::runBatch, this, [this](const RunBatch &batch) {
        const bool wasEmpty = m_timeline.isEmpty();
        m_timeline.record(batch);
        if (wasEmpty != m_timeline.isEmpty())
            updateButtons();
    });
    connect(&controller, &RunController::runFinished, this, [this](const RunSummary &summary) {
        m_timeline.finish(summary.elapsedMs);
        updateButtons();
    });
}

void TimelineView::begin(int limit)
{
    m_timeline.begin(limit);
    m_canvas->restart();
    updateButtons();
}

void TimelineView::updateButtons()
{
    m_save->setEnabled(!m_timeline.isEmpty());
    m_canvas->wake();
}

bool TimelineView::saveImage(const QString &path, QString *error) const
{
    const QImage image = TimelinePainter::renderImage(m_timeline, TimelinePainter::exportSize(m_timeline));
    return ChartImage::savePng(image, path, error);
}

void TimelineView::saveAsPng()
{
    const QString path = SaveFileDialog::ask(this, u"timeline"_s, tr("Save the timeline as PNG"),
                                             u"qflags-timeline.png"_s, tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (QString error; !saveImage(path, &error))
        QMessageBox::warning(this, tr("Timeline not saved"), tr("Could not save %1: %2").arg(path, error));
}
