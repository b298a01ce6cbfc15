#pragma once

// A small HTTP proxy for tests, on a thread of its own (the CLI under test is
// another process, waited for with the test's thread blocked): it forwards
// absolute-form GETs to the server they name, one request per connection,
// and counts what it saw. It never opens a tunnel (CONNECT gets 403), and it
// can also ask for a password or say nothing at all, as proxies that fail do.

#include "base/workerthread.h"

#include <QByteArray>
#include <QHostAddress>
#include <QMutex>
#include <QMutexLocker>
#include <QTcpServer>
#include <QTcpSocket>
#include <QUrl>

#include <atomic>
#include <memory>

class TestProxyServer final : public QObject
{
public:
    enum class Behaviour { Forward, Silent };

    bool listen()
    {
        connect(&m_server, &QTcpServer::newConnection, this, &TestProxyServer::accept);
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }

    Behaviour behaviour = Behaviour::Forward;
    QByteArray requiredAuthorization;   // "Basic dXNlcjpzZWNyZXQ=": else 407
    std::atomic<int> requests = 0;      // request heads read, CONNECTs included
    std::atomic<int> forwarded = 0;     // GETs passed on to a server

    QByteArray lastAuthorization() const
    {
        QMutexLocker lock(&m_mutex);
        return m_lastAuthorization;
    }

private:
    void accept()
    {
        while (QTcpSocket *client = m_server.nextPendingConnection()) {
            client->setParent(this);
            auto *head = new QByteArray(""); // not null: null means handled
            connect(client, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QObject::destroyed, [head] { delete head; });
            connect(client, &QTcpSocket::readyRead, this, [this, client, head] {
                if (head->isNull())
                    return; // handled already: one request per connection
                head->append(client->readAll());
                if (const qsizetype end = head->indexOf("\r\n\r\n"); end >= 0) {
                    const QByteArray request = head->left(end + 4);
                    *head = QByteArray(); // null: handled
                    handle(client, request);
                }
            });
        }
    }

    void handle(QTcpSocket *client, QByteArray head)
    {
        ++requests;
        const QList<QByteArray> lines = head.split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        QByteArray authorization;
        QByteArray forwardedHeaders;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            if (name == "proxy-authorization")
                authorization = line.mid(colon + 1).trimmed();
            else if (!name.startsWith("proxy-") && name != "connection" && name != "keep-alive")
                forwardedHeaders += line + "\r\n";
        }
        {
            QMutexLocker lock(&m_mutex);
            m_lastAuthorization = authorization;
        }
        if (behaviour == Behaviour::Silent)
            return; // holds the connection, says nothing
        if (!requiredAuthorization.isEmpty() && authorization != requiredAuthorization) {
            answer(client, "407 Proxy Authentication Required",
                   "Proxy-Authenticate: Basic realm=\"test proxy\"\r\n");
            return;
        }
        if (requestLine.value(0) == "CONNECT") {
            answer(client, "403 Forbidden", {});
            return;
        }
        const QUrl target = QUrl::fromEncoded(requestLine.value(1));
        if (requestLine.value(0) != "GET" || target.scheme() != u"http") {
            answer(client, "400 Bad Request", {});
            return;
        }
        ++forwarded;
        auto *upstream = new QTcpSocket(client);
        connect(upstream, &QTcpSocket::connected, upstream, [upstream, target, forwardedHeaders] {
            upstream->write("GET " + target.toEncoded(QUrl::RemoveScheme | QUrl::RemoveAuthority) + " HTTP/1.1\r\n"
                            + forwardedHeaders + "Connection: close\r\n\r\n");
        });
        auto relayed = std::make_shared<bool>(false);
        connect(upstream, &QTcpSocket::readyRead, client, [upstream, client, relayed] {
            *relayed = true;
            client->write(upstream->readAll());
        });
        connect(upstream, &QTcpSocket::disconnected, client, [client] { client->disconnectFromHost(); });
        // The server's close after its answer is no error; a server that
        // cannot be reached is, said once, before anything was passed on.
        connect(upstream, &QTcpSocket::errorOccurred, client, [client, relayed](QAbstractSocket::SocketError error) {
            if (error != QAbstractSocket::RemoteHostClosedError && !*relayed)
                answer(client, "502 Bad Gateway", {});
        });
        upstream->connectToHost(target.host(), quint16(target.port(80)));
    }

    static void answer(QTcpSocket *client, const QByteArray &status, const QByteArray &headers)
    {
        client->write("HTTP/1.1 " + status + "\r\n" + headers + "Content-Length: 0\r\nConnection: close\r\n\r\n");
        client->disconnectFromHost();
    }

    QTcpServer m_server{this};
    mutable QMutex m_mutex;
    QByteArray m_lastAuthorization;
};

// The proxy on its own thread, listening on a free loopback port.
class TestProxy final
{
public:
    explicit TestProxy(TestProxyServer::Behaviour behaviour = TestProxyServer::Behaviour::Forward,
                       const QByteArray &requiredAuthorization = {})
        : m_thread(QStringLiteral("test proxy"))
    {
        m_thread.invokeAndWait([&](TestProxyServer *server) {
            server->behaviour = behaviour;
            server->requiredAuthorization = requiredAuthorization;
            m_listening = server->listen();
            m_port = server->port();
        });
    }

    bool isListening() const { return m_listening; }
    quint16 port() const { return m_port; }
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }
    QString name() const { return QStringLiteral("127.0.0.1:%1").arg(m_port); }
    int requests() const { return m_thread.worker()->requests; }
    int forwarded() const { return m_thread.worker()->forwarded; }
    QByteArray lastAuthorization() const { return m_thread.worker()->lastAuthorization(); }

private:
    WorkerThread<TestProxyServer> m_thread;
    bool m_listening = false;
    quint16 m_port = 0;
};
