#pragma once

#include <QString>
#include <QStringList>

#include <optional>

class NetworkAccess;
class QObject;

// How the requests of a run wait for their answers, the two ways Fluent
// Python's flags2 examples compare:
//  - Events (flags2_asyncio): every request a reply on Qt's event loop, a
//    few threads in all, connections kept alive (QtNetworkAccess).
//  - Threads (flags2_threadpool): every request a blocking one on a thread
//    of its own, C threads for C requests (ThreadedNetworkAccess).
// The engine's limit, retries, names and saving are the same for both.
enum class NetworkStrategy { Events, Threads };

namespace NetworkStrategies {

// "events", "threads": the command line's and the reports' names.
QString nameOf(NetworkStrategy strategy);
std::optional<NetworkStrategy> fromName(const QString &name);
QStringList names();
// The network a strategy runs on.
NetworkAccess *makeNetwork(NetworkStrategy strategy, QObject *parent = nullptr);

} // namespace NetworkStrategies
