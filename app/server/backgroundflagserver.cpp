#include "backgroundflagserver.h"

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
    m_thread = std::make_unique<WorkerThread<FlagServer>>(u"FlagServer"_s);
    connect(m_thread->worker(), &FlagServer::requestLogged, this, &BackgroundFlagServer::requestLogged);
    bool listening = false;
    QString error;
    m_thread->invokeAndWait([&](FlagServer *server) {
        listening = server->listen(config, &error);
        if (listening) {
            m_port = server->port();
            m_baseUrl = server->baseUrl();
        }
    });
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
    if (m_thread)
        m_thread->lowerPriority();
}

void BackgroundFlagServer::stop()
{
    if (!m_thread)
        return;
    m_finalStats = m_thread->worker()->stats();
    // Deleting the server drops whatever was still open or under way.
    m_finalStats.inFlight = 0;
    m_finalStats.connections = 0;
    m_thread.reset();
    m_port = 0;
    m_baseUrl.clear();
}

bool BackgroundFlagServer::isRunning() const
{
    return m_thread != nullptr;
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
    if (m_thread)
        m_thread->invoke([minSeconds, maxSeconds](FlagServer *server) { server->setDelay(minSeconds, maxSeconds); });
}

void BackgroundFlagServer::setErrorRate(double rate)
{
    if (m_thread)
        m_thread->invoke([rate](FlagServer *server) { server->setErrorRate(rate); });
}

FlagServerStats BackgroundFlagServer::stats() const
{
    return m_thread ? m_thread->worker()->stats() : m_finalStats;
}
