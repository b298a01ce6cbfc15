#pragma once

#include <QList>
#include <QObject>

class QNetworkAccessManager;

// Hands out QNetworkAccessManagers so that none ever has more than six
// requests in flight. Qt 6.4 opens at most six HTTP/1.1 connections per
// host:port per manager (the setting arrived in 6.5) and queues the rest
// internally, where Qt's own transfer timer would already be running. With at
// most six requests per manager every request goes straight to a socket, so
// the concurrency the user picks is the concurrency on the wire.
class NetworkManagerPool final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NetworkManagerPool)

public:
    static constexpr int requestsPerManager = 6;

    explicit NetworkManagerPool(QObject *parent = nullptr);

    // The first manager with a free slot (so warm keep-alive connections are
    // reused), creating one when all are full. Pair with release().
    QNetworkAccessManager *acquire();
    void release(QNetworkAccessManager *manager);

    int managerCount() const { return int(m_slots.size()); }

private:
    struct Slot
    {
        QNetworkAccessManager *manager = nullptr;
        int active = 0;
    };
    QList<Slot> m_slots;
};
