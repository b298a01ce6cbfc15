#pragma once

// Shared by the tests that need the built-in flag server on 127.0.0.1.

#include "server/backgroundflagserver.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTcpServer>
#include <QTimer>

using namespace Qt::StringLiterals;

// The built-in server on its own thread, as LOCAL/DELAY/ERROR run it.
class TestServer final
{
public:
    bool start(const FlagServerConfig &config = {})
    {
        QString error;
        if (!m_server.start(config, &error)) {
            qWarning("test server failed to start: %s", qPrintable(error));
            return false;
        }
        return true;
    }

    QString urlTemplate() const { return m_server.baseUrl().toString() + u"/flags/{cc}/{cc}.png"_s; }
    QUrl url(const QString &path) const { return QUrl(m_server.baseUrl().toString() + path); }
    BackgroundFlagServer &server() { return m_server; }

    // The server's own counters as it serves them at GET /_stats.
    QJsonObject statsOverHttp() const
    {
        QNetworkAccessManager manager;
        QNetworkReply *reply = manager.get(QNetworkRequest(url(u"/_stats"_s)));
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(5000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
        delete reply;
        return stats;
    }

private:
    BackgroundFlagServer m_server;
};

// A port on 127.0.0.1 that nothing listens on (it was free a moment ago).
inline quint16 closedLocalPort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost);
    return probe.serverPort();
}

// Codes the embedded flag set has, read from the same resources the server uses.
inline QStringList embeddedFlagCodes()
{
    QStringList codes;
    const QStringList names = QDir(u":/flagset"_s).entryList({u"??.png"_s}, QDir::Files, QDir::Name);
    for (const QString &name : names)
        codes.append(name.left(2).toUpper());
    return codes;
}
