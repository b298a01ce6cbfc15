#include "networkmanagerpool.h"

#include <QNetworkAccessManager>

NetworkManagerPool::NetworkManagerPool(QObject *parent)
    : QObject(parent)
{
}

QNetworkAccessManager *NetworkManagerPool::acquire()
{
    for (Slot &slot : m_slots) {
        if (slot.active < requestsPerManager) {
            ++slot.active;
            return slot.manager;
        }
    }
    auto *manager = new QNetworkAccessManager(this);
    manager->setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
    // Our own timer watches the wire; Qt's would also count time in its queue.
    manager->setTransferTimeout(0);
    m_slots.append({manager, 1});
    return manager;
}

void NetworkManagerPool::release(QNetworkAccessManager *manager)
{
    for (Slot &slot : m_slots) {
        if (slot.manager == manager) {
            Q_ASSERT(slot.active > 0);
            --slot.active;
            return;
        }
    }
    Q_ASSERT_X(false, "NetworkManagerPool::release", "manager not from this pool");
}
