#pragma once

#include "faultplan.h"

#include <QHostAddress>
#include <QList>
#include <QString>

#include <optional>

// How the built-in flag server behaves. Plain data: copied into the server's
// thread, so the server never reads it from another thread.
struct FlagServerConfig
{
    // Empty: serve the flag set embedded at build time (/flags/{cc}/{cc}.png and
    // /flags/{cc}/metadata.json). Otherwise serve this directory tree as it is.
    QString rootDir;

    // Each request waits a uniformly random delay in [min, max] seconds before
    // it is answered, the way flags2's DELAY server slows responses down.
    double delayMinSeconds = 0.0;
    double delayMaxSeconds = 0.0;

    // Fraction (0..1) of requests answered 418 I'm a teapot, after the delay.
    double errorRate = 0.0;

    // Injected faults (--fault), each drawn per request at its rate after the
    // delay and error draws; when several fire, the first in this order wins.
    // A fault replaces the 418 of errorRate. /_stats is never faulted.
    QList<FaultRule> faults;

    // Fixed seed for repeatable delays and errors; unset: a random seed.
    std::optional<quint32> seed;

    QHostAddress bindAddress = QHostAddress(QHostAddress::LocalHost);
    quint16 port = 0; // 0: any free port

    // One line per request (method, path, status, bytes, delay) through
    // FlagServer::requestLogged.
    bool verbose = false;
};
