#include "networkstrategy.h"

#include "qtnetworkaccess.h"
#include "threadednetworkaccess.h"

using namespace Qt::StringLiterals;

namespace NetworkStrategies {

QString nameOf(NetworkStrategy strategy)
{
    return strategy == NetworkStrategy::Threads ? u"threads"_s : u"events"_s;
}

std::optional<NetworkStrategy> fromName(const QString &name)
{
    if (name == u"events")
        return NetworkStrategy::Events;
    if (name == u"threads")
        return NetworkStrategy::Threads;
    return std::nullopt;
}

QStringList names()
{
    return {nameOf(NetworkStrategy::Events), nameOf(NetworkStrategy::Threads)};
}

NetworkAccess *makeNetwork(NetworkStrategy strategy, QObject *parent)
{
    if (strategy == NetworkStrategy::Threads)
        return new ThreadedNetworkAccess(parent);
    return new QtNetworkAccess(parent);
}

} // namespace NetworkStrategies
