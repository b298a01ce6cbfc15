#include "cliprogress.h"

#include <string>

CliProgress::CliProgress(std::FILE *terminal)
    : m_terminal(terminal)
{
    m_clock.start();
}

void CliProgress::update(int done, int total)
{
    m_done = done;
    m_total = total;
    const qint64 elapsed = m_clock.elapsed();
    if (m_lastDrawMs < 0 || elapsed - m_lastDrawMs >= 100 || done == total)
        draw();
}

void CliProgress::finish()
{
    draw();
    std::fputc('\n', m_terminal);
    std::fflush(m_terminal);
}

void CliProgress::draw()
{
    constexpr int width = 30;
    m_lastDrawMs = m_clock.elapsed();
    const double fraction = m_total > 0 ? double(m_done) / m_total : 1.0;
    const int filled = int(fraction * width);
    const double seconds = double(m_lastDrawMs) / 1000.0;
    const std::string bar = std::string(filled, '#') + std::string(width - filled, ' ');
    std::fprintf(m_terminal, "\r%3d%%|%s| %d/%d [%.1fs, %.1f/s]", int(fraction * 100),
                 bar.c_str(), m_done, m_total, seconds, seconds > 0 ? m_done / seconds : 0.0);
    std::fflush(m_terminal);
}
