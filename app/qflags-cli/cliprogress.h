#pragma once

#include <QElapsedTimer>

#include <cstdio>

// A one-line progress bar on a terminal, redrawn at most ten times a second:
//  45%|#############                 | 305/676 [0.8s, 381.2/s]
class CliProgress final
{
public:
    explicit CliProgress(std::FILE *terminal);

    void update(int done, int total);
    void finish(); // draws the last state and ends the line

private:
    void draw();

    std::FILE *m_terminal;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -1;
    int m_done = 0;
    int m_total = 0;
};
