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
        // The same red as the rest of the form; a style sheet, so a theme's
        // own style sheet can still override it.
        setStyleSheet(problem ? u"color: #b00020;"_s : QString());
        m_problem = problem;
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

void NoteLabel::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    style()->drawItemText(&painter, contentsRect(), QStyle::visualAlignment(layoutDirection(), alignment()),
                          palette(), isEnabled(), shownText(), foregroundRole());
}
