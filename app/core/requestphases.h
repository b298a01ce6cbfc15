#pragma once

#include "downloadresult.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <array>

// Where a request's time goes, as a browser's network panel names it: from
// joining our queue to the end of its save.
enum class Phase {
    Queued,     // in our queue, waiting for a slot under the concurrency limit
    Blocked,    // handed to Qt, waiting for a connection (or for its network thread)
    Connecting, // a new TCP connection (cleartext: the request's writing too)
    Tls,        // a new connection over https: TCP and the TLS handshake, which Qt does not tell apart
    Sending,    // writing the request
    Waiting,    // waiting for the server's first byte
    Receiving,  // the answer arriving
    Saving,     // decoding and writing the file (a job's, after its last request)
};
inline constexpr int phaseCount = int(Phase::Saving) + 1;

// A stretch of one phase, in microseconds since the run started.
struct PhaseSegment
{
    Phase phase = Phase::Queued;
    qint64 fromUs = 0;
    qint64 toUs = 0;

    qint64 durationUs() const { return toUs - fromUs; }
    bool operator==(const PhaseSegment &) const = default;
};

// A request's timings as HAR 1.2 has them, in milliseconds; -1: did not
// happen (connect and ssl on a connection already open). time is the sum of
// the others but ssl, which HAR counts within connect.
struct HarTimings
{
    double blocked = 0;
    double dns = -1; // Qt 6.4 reports no look-up of its own: inside blocked or connect
    double connect = -1;
    double ssl = -1;
    double send = 0;
    double wait = 0;
    double receive = 0;

    double time() const { return blocked + std::max(connect, 0.0) + send + wait + receive; }
};

// Reads a RequestSpan's steps as phases.
class RequestPhaseBreakdown final
{
    Q_DECLARE_TR_FUNCTIONS(RequestPhaseBreakdown)

public:
    // Its phases in order, from joining the queue to its end; none of zero
    // length. Only the queue when Qt reported no steps (a fake network's).
    static QList<PhaseSegment> segmentsOf(const RequestSpan &span);
    static HarTimings harTimingsOf(const RequestSpan &span);
    // Whether the request opened a connection of its own (no: it reused one).
    static bool openedConnection(const RequestSpan &span) { return span.phases.connectingUs >= 0; }

    // "waiting for the server", for sentences; "wait", for a legend.
    static QString nameOf(Phase phase);
    static QString shortNameOf(Phase phase);
};

// Each phase's share of a run's time, summed over every request and save:
// "waiting for the server 82 %, connecting 3 %, receiving 9 %".
class PhaseShares final
{
    Q_DECLARE_TR_FUNCTIONS(PhaseShares)

public:
    void add(const DownloadResult &result);
    void clear() { m_us = {}; }

    qint64 totalUs(Phase phase) const { return m_us[int(phase)]; }
    qint64 totalUs() const;
    bool isEmpty() const { return totalUs() == 0; }
    // Largest first; phases under half a percent left out. Empty: no time at all.
    QString text() const;
    // "Time went to: waiting for the server 82 %, receiving 9 %."; empty: no time at all.
    QString summary() const;

private:
    std::array<qint64, phaseCount> m_us{};
};
