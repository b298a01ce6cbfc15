#pragma once

// A paint device that draws nothing and records where each piece of text
// would go, for tests that check labels do not overlap or fall outside.

#include <QPaintDevice>
#include <QPaintEngine>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QTextItem>

#include <memory>

class TextRecorder final : public QPaintDevice
{
public:
    struct Text
    {
        QString text;
        QRectF rect; // in device coordinates, after the painter's transform
    };

    explicit TextRecorder(QSize size)
        : m_size(size)
        , m_engine(std::make_unique<Engine>(this))
    {
    }
    ~TextRecorder() override = default;

    QPaintEngine *paintEngine() const override { return m_engine.get(); }
    const QList<Text> &texts() const { return m_texts; }

    // "a" over "b": every pair whose rectangles overlap by more than a
    // sliver, and every text that leaves the device's area.
    QStringList problems() const
    {
        QStringList found;
        const QRectF area(QPointF(0, 0), QSizeF(m_size));
        for (qsizetype i = 0; i < m_texts.size(); ++i) {
            const Text &a = m_texts.at(i);
            if (!area.adjusted(-0.5, -0.5, 0.5, 0.5).contains(a.rect))
                found.append(QStringLiteral("\"%1\" leaves the area").arg(a.text));
            for (qsizetype j = i + 1; j < m_texts.size(); ++j) {
                const Text &b = m_texts.at(j);
                const QRectF overlap = a.rect.intersected(b.rect);
                if (overlap.width() > 1.0 && overlap.height() > 1.0)
                    found.append(QStringLiteral("\"%1\" over \"%2\"").arg(a.text, b.text));
            }
        }
        return found;
    }

protected:
    int metric(PaintDeviceMetric metric) const override
    {
        switch (metric) {
        case PdmWidth: return m_size.width();
        case PdmHeight: return m_size.height();
        case PdmWidthMM: return m_size.width() * 254 / 960;
        case PdmHeightMM: return m_size.height() * 254 / 960;
        case PdmNumColors: return 0x7fffffff;
        case PdmDepth: return 32;
        case PdmDpiX: case PdmDpiY: case PdmPhysicalDpiX: case PdmPhysicalDpiY: return 96;
        case PdmDevicePixelRatio: return 1;
        case PdmDevicePixelRatioScaled: return int(QPaintDevice::devicePixelRatioFScale());
        }
        return 0;
    }

private:
    class Engine final : public QPaintEngine
    {
    public:
        explicit Engine(TextRecorder *device) : QPaintEngine(AllFeatures), m_device(device) {}
        bool begin(QPaintDevice *) override { return true; }
        bool end() override { return true; }
        void updateState(const QPaintEngineState &) override {}
        void drawPixmap(const QRectF &, const QPixmap &, const QRectF &) override {}
        void drawPolygon(const QPointF *, int, PolygonDrawMode) override {}
        void drawTextItem(const QPointF &at, const QTextItem &item) override
        {
            const QFontMetricsF metrics(item.font());
            const QRectF local(at.x(), at.y() - metrics.ascent(), item.width(), metrics.ascent() + metrics.descent());
            const QRectF mapped = painter()->transform().mapRect(local);
            // Pieces of one line (a fallback font's glyphs) join their line.
            if (!m_device->m_texts.isEmpty()) {
                TextRecorder::Text &last = m_device->m_texts.last();
                if (qAbs(last.rect.top() - mapped.top()) < 0.5 && qAbs(last.rect.right() - mapped.left()) < 0.5) {
                    last.rect = last.rect.united(mapped);
                    last.text += item.text();
                    return;
                }
            }
            m_device->m_texts.append({item.text(), mapped});
        }
        Type type() const override { return User; }

    private:
        TextRecorder *m_device;
    };

    QSize m_size;
    std::unique_ptr<Engine> m_engine;
    QList<Text> m_texts;
};
