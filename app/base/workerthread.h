#pragma once

#include "processresources.h"

#include <QMetaObject>
#include <QString>
#include <QThread>

#include <utility>

// A QObject that lives on a thread of its own for as long as this object
// lives: the one way qflags runs a worker (the engine, a sweep, the built-in
// server) off the caller's thread. The worker is made here, moved to the
// thread, and deleted there, as its sockets and timers must be, before the
// thread is joined. Its signals reach the caller's objects through queued
// connections (Qt's default across threads); call it through invoke().
template <typename Worker>
class WorkerThread final
{
    Q_DISABLE_COPY_MOVE(WorkerThread)

public:
    template <typename... Args>
    explicit WorkerThread(const QString &name, Args &&...args)
        : m_worker(new Worker(std::forward<Args>(args)...))
    {
        m_thread.setObjectName(name);
        m_worker->moveToThread(&m_thread);
        m_thread.start();
    }

    ~WorkerThread()
    {
        invokeAndWait([](Worker *worker) { delete worker; });
        m_thread.quit();
        m_thread.wait();
    }

    // For connect(), and for what the worker makes safe to read from any
    // thread. Everything else goes through invoke().
    Worker *worker() const { return m_worker; }

    // Runs call(worker) on the worker's thread, after what was asked before.
    template <typename Call>
    void invoke(Call &&call) const
    {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, call = std::forward<Call>(call)]() mutable { call(worker); },
            Qt::QueuedConnection);
    }

    // The same, and waits for it to be done.
    template <typename Call>
    void invokeAndWait(Call &&call) const
    {
        QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, call = std::forward<Call>(call)]() mutable { call(worker); },
            Qt::BlockingQueuedConnection);
    }

    // Downloads and a server standing in for a remote machine yield to the
    // window: this thread, and the threads it starts later, run at a lower
    // priority.
    void lowerPriority() const
    {
        invoke([](Worker *) { ProcessResources::lowerThisThreadPriority(); });
    }

private:
    QThread m_thread;
    Worker *m_worker;
};
