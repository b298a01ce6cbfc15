#pragma once

#include "charts/sweepchart.h"

#include <QWidget>

// Shows a SweepChart, repainted as points arrive; the same drawing as the PNG.
class SweepChartWidget final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SweepChartWidget)

public:
    explicit SweepChartWidget(QWidget *parent = nullptr);

    const SweepChart &chart() const { return m_chart; }
    void setData(const SweepChartData &data);

    QSize sizeHint() const override { return {720, 460}; }
    // Room for the axes' labels and a few points: the smallest a netbook leaves.
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().averageCharWidth() * 34, fontMetrics().height() * 8};
    }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    SweepChart m_chart;
};
