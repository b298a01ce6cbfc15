#pragma once

#include <QMap>
#include <QString>
#include <QtGlobal>

// A snapshot of the server's own counters. The same numbers are served as
// JSON at GET /_stats (which is never counted itself):
//   {"in_flight": 3, "max_in_flight": 30, "requests": 676, "dropped": 0, "connections": 30,
//    "max_connections": 30, "conditional": 0,
//    "status": {"200": 250, "304": 0, "404": 426, "418": 0},
//    "faults": {"reset": 12, "status:503": 4}}
struct FlagServerStats
{
    int inFlight = 0;          // requests read but not yet fully answered
    int maxInFlight = 0;       // the highest inFlight since start
    qint64 requests = 0;       // requests read (including malformed ones)
    qint64 dropped = 0;        // of which dropped unanswered (close-keepalive)
    int connections = 0;       // open client connections now
    int maxConnections = 0;    // the highest connections since start
    qint64 conditional = 0;    // of which carried If-None-Match or If-Modified-Since
    qint64 status200 = 0;
    qint64 status304 = 0;      // Not Modified: the client's copy is current
    qint64 status404 = 0;
    qint64 status418 = 0;
    qint64 statusOther = 0;    // 400, 405, 500...
    // Injected faults served, by name ("reset", "status:503"); only those
    // that fired at least once.
    QMap<QString, qint64> faults;
};
