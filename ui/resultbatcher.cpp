#include "resultbatcher.h"

ResultBatcher::ResultBatcher(QObject *parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(40);
    connect(&m_timer, &QTimer::timeout, this, &ResultBatcher::flush);
}

void ResultBatcher::add(const DownloadResult &result)
{
    m_pending.append(result);
    if (!m_timer.isActive())
        m_timer.start();
}

void ResultBatcher::flush()
{
    m_timer.stop();
    if (m_pending.isEmpty())
        return;
    const QList<DownloadResult> batch = std::exchange(m_pending, {});
    Q_EMIT batchReady(batch);
}
