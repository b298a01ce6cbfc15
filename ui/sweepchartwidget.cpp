#include "sweepchartwidget.h"

#include <QPainter>

SweepChartWidget::SweepChartWidget(QWidget *parent)
    : QWidget(parent)
{
    setAttribute(Qt::WA_OpaquePaintEvent); // the chart fills itself
    setAccessibleName(tr("Sweep chart"));
}

void SweepChartWidget::setData(const SweepChartData &data)
{
    m_chart.setData(data);
    setAccessibleDescription(m_chart.data().title + u'\n' + m_chart.idealNote());
    update();
}

void SweepChartWidget::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setFont(font());
    // In the palette's colours as they are now (a dark theme, a dark chart);
    // an exported PNG stays light.
    SweepChart themed = m_chart;
    themed.setColours(ChartColours::fromPalette(palette()));
    themed.paint(painter, QRectF(rect()));
}
