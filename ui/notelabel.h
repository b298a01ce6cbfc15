#pragma once

#include <QLabel>

// The line under a form field: what the field will do, or, in red, why it
// cannot be used. It keeps one line's height whatever it says, and never asks
// for more width than it gets: a longer text is elided in the middle (a path
// keeps its start and its last folder) and shown whole in a tooltip, so typing
// never makes the form jump or the window grow.
class NoteLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NoteLabel)

public:
    explicit NoteLabel(const QString &objectName, QWidget *parent = nullptr);

    void showNote(const QString &text);    // plain: what will happen
    void showProblem(const QString &text); // red: what is wrong
    bool showsProblem() const { return m_problem; }
    // The red of a problem, readable on this palette's window.
    static QColor problemColour(const QPalette &palette);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    bool event(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setNote(const QString &text, bool problem);
    QString shownText() const;

    bool m_problem = false;
};
