#include "backgroundflagserver.h"

#include "flagserver.h"

#include "base/processresources.h"

#include <QThread>

using namespace Qt::StringLiterals;

BackgroundFlagServer::BackgroundFlagServer(QObject *parent)
    : QObject(parent)
{
}

BackgroundFlagServer::~BackgroundFlagServer()
{
    stop();
}

bool BackgroundFlagServer::start(const FlagServerConfig &config, QString *errorMessage)
{
    stop();
    m_thread = new QThread;
    m_thread->setObjectName(u"FlagServer"_s);
    m_server = new FlagServer;
    m_server->moveToThread(m_thread);
    // Deleted on its own thread, as its sockets must be, once the loop ends.
    connect(m_thread, &QThread::finished, m_server, &QObject::deleteLater);
    connect(m_server, &FlagServer::requestLogged, this, &BackgroundFlagServer::requestLogged);
    m_thread->start();

    bool listening = false;
    QString error;
    QMetaObject::invokeMethod(
        m_server,
        [&, server = m_server] {
            listening = server->listen(config, &error);
            if (listening) {
                m_port = server->port();
                m_baseUrl = server->baseUrl();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!listening) {
        stop();
        if (errorMessage)
            *errorMessage = error;
        return false;
    }
    return true;
}

void BackgroundFlagServer::lowerPriority()
{
    if (m_server)
        QMetaObject::invokeMethod(m_server, &ProcessResources::lowerThisThreadPriority);
}

void BackgroundFlagServer::stop()
{
    if (!m_thread)
        return;
    m_finalStats = m_server->stats();
    // Deleting the server drops whatever was still open or under way.
    m_finalStats.inFlight = 0;
    m_finalStats.connections = 0;
    m_thread->quit();
    m_thread->wait(); // the server is deleted by now
    m_server = nullptr;
    delete std::exchange(m_thread, nullptr);
    m_port = 0;
    m_baseUrl.clear();
}

bool BackgroundFlagServer::isRunning() const
{
    return m_server != nullptr;
}

quint16 BackgroundFlagServer::port() const
{
    return m_port;
}

QUrl BackgroundFlagServer::baseUrl() const
{
    return m_baseUrl;
}

void BackgroundFlagServer::setDelay(double minSeconds, double maxSeconds)
{
    if (m_server) {
        QMetaObject::invokeMethod(m_server, [server = m_server, minSeconds, maxSeconds] {
            server->setDelay(minSeconds, maxSeconds);
        }, Qt::QueuedConnection);
    }
}

void BackgroundFlagServer::setErrorRate(double rate)
{
    if (m_server) {
        QMetaObject::invokeMethod(m_server, [server = m_server, rate] {
            server->setErrorRate(rate);
        }, Qt::QueuedConnection);
    }
}

FlagServerStats BackgroundFlagServer::stats() const
{
    return m_server ? m_server->stats() : m_finalStats;
}
