#pragma once

#include "core/downloadresult.h"

#include <QList>
#include <QObject>
#include <QTimer>

// Collects results as they arrive and hands them on in batches, at most a few
// times per frame, so a thousand results a second cost the views a handful of
// inserts instead of a thousand.
class ResultBatcher final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResultBatcher)

public:
    explicit ResultBatcher(QObject *parent = nullptr);

    void add(const DownloadResult &result);
    void flush(); // hands on what is pending now

Q_SIGNALS:
    void batchReady(const QList<DownloadResult> &results);

private:
    QList<DownloadResult> m_pending;
    QTimer m_timer;
};
