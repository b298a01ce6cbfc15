#include "notelabel.h"

#include <QHelpEvent>
#include <QPainter>
#include <QStyle>
#include <QToolTip>

using namespace Qt::StringLiterals;

NoteLabel::NoteLabel(const QString &objectName, QWidget *parent)
    : QLabel(parent)
{
    setObjectName(objectName);
    setTextFormat(Qt::PlainText); // paths and typed words are never markup
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
}

void NoteLabel::showNote(const QString &text) { setNote(text, false); }
void NoteLabel::showProblem(const QString &text) { setNote(text, true); }

void NoteLabel::setNote(const QString &text, bool problem)
{
    if (problem != m_problem) {
        m_problem = problem;
        update();
    }
    setText(text);
}

QSize NoteLabel::sizeHint() const
{
    return {fontMetrics().horizontalAdvance(text()), fontMetrics().height()};
}

QSize NoteLabel::minimumSizeHint() const
{
    // The height of a line even when empty, so a message appearing moves nothing.
    return {0, fontMetrics().height()};
}

QString NoteLabel::shownText() const
{
    return fontMetrics().elidedText(text(), Qt::ElideMiddle, contentsRect().width());
}

bool NoteLabel::event(QEvent *event)
{
    if (event->type() == QEvent::ToolTip && toolTip().isEmpty()) {
        // The whole text, only when the line cannot show it.
        const QString shown = shownText();
        if (shown != text())
            QToolTip::showText(static_cast<QHelpEvent *>(event)->globalPos(), text(), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QLabel::event(event);
}

QColor NoteLabel::problemColour(const QPalette &palette)
{
    // A deep red on a light window, a light one on a dark window: either
    // reads at a contrast of 4.5:1 or more (WCAG AA).
    return palette.color(QPalette::Window).lightness() >= 128 ? QColor(0xb0, 0x00, 0x20) : QColor(0xff, 0x8a, 0x80);
}

void NoteLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    QPalette colours = palette();
    if (m_problem)
        colours.setColor(QPalette::WindowText, problemColour(colours));
    style()->drawItemText(&painter, contentsRect(), QStyle::visualAlignment(layoutDirection(), alignment()),
                          colours, isEnabled(), shownText(), foregroundRole());
}
