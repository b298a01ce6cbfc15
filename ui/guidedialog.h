#pragma once

#include <QDialog>

// F1: a short guide, inside the program, to what the window shows and why
// concurrency helps. Not modal: it stays open beside a run.
class GuideDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(GuideDialog)

public:
    explicit GuideDialog(QWidget *parent = nullptr);

    // The guide as HTML, one translated paragraph at a time.
    static QString text();
};
