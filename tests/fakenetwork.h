#pragma once

// A network, a clock and a saver that a test drives by hand, for the engine's
// logic without sockets or real time: requests end when the test answers
// them, timers fire when the test moves the clock, saves end when the test
// says so.

#include "core/clock.h"
#include "core/downloadengine.h"
#include "core/networkaccess.h"

#include <QCoreApplication>
#include <QFuture>
#include <QPointer>
#include <QPromise>

#include <map>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

// What a request's end looks like from the wire.
namespace Wire {

inline FetchOutcome answer(int status, const QByteArray &body = {}, const QString &contentType = {})
{
    FetchOutcome outcome;
    outcome.httpStatus = status;
    outcome.body = body;
    outcome.receivedBytes = body.size();
    outcome.expectedBytes = body.size();
    outcome.contentType = contentType;
    outcome.requestsSent = 1;
    if (status >= 400)
        outcome.networkError = status == 404 ? QNetworkReply::ContentNotFoundError
                                              : QNetworkReply::UnknownContentError;
    return outcome;
}

inline FetchOutcome flag(const QString &code)
{
    return answer(200, "flag of " + code.toLatin1(), u"image/png"_s);
}

inline FetchOutcome name(const QString &country)
{
    return answer(200, R"({"country": ")" + country.toUtf8() + R"("})", u"application/json"_s);
}

inline FetchOutcome refused()
{
    FetchOutcome outcome;
    outcome.networkError = QNetworkReply::ConnectionRefusedError;
    outcome.requestsSent = 1;
    return outcome;
}

inline FetchOutcome busy(std::optional<std::chrono::milliseconds> retryAfter = std::nullopt)
{
    FetchOutcome outcome = answer(503);
    outcome.reasonPhrase = "Service Unavailable";
    outcome.retryAfter = retryAfter;
    return outcome;
}

} // namespace Wire

class FakeRequest final : public WireRequest
{
    Q_OBJECT

public:
    FakeRequest(const QUrl &url, const RequestLimits &limits, const RequestConditions &conditions)
        : m_url(url), m_limits(limits), m_conditions(conditions) {}

    QUrl url() const { return m_url; }
    RequestLimits limits() const { return m_limits; }
    RequestConditions conditions() const { return m_conditions; }
    bool isFinished() const { return m_finished; }

    void finish(FetchOutcome outcome)
    {
        Q_ASSERT_X(!m_finished, "FakeRequest::finish", "a request ends once");
        m_finished = true;
        outcome.finalUrl = m_url;
        Q_EMIT finished(outcome);
    }
    void cancel() override
    {
        FetchOutcome outcome;
        outcome.cancelled = true;
        outcome.networkError = QNetworkReply::OperationCanceledError;
        outcome.requestsSent = 1;
        finish(outcome);
    }

private:
    QUrl m_url;
    RequestLimits m_limits;
    RequestConditions m_conditions;
    bool m_finished = false;
};

class FakeNetwork final : public NetworkAccess
{
    Q_OBJECT

public:
    bool canStart(const QUrl &) const override { return m_room < 0 || m_room > int(onWire().size()); }
    WireRequest *start(const QUrl &url, const RequestLimits &limits, const RequestConditions &conditions) override
    {
        if (!canStart(url))
            ++m_startsPastRoom;
        auto *request = new FakeRequest(url, limits, conditions);
        m_started.append(request);
        return request;
    }

    // At most this many requests on the wire at once; -1: no limit of its own.
    void setRoom(int room) { m_room = room; }
    void announceCapacity() { Q_EMIT capacityAvailable(); }
    int startsPastRoom() const { return m_startsPastRoom; }

    // Every request ever started, in order.
    QList<FakeRequest *> started() const
    {
        QList<FakeRequest *> requests;
        for (const QPointer<FakeRequest> &request : m_started)
            requests.append(request.data());
        return requests;
    }
    QList<FakeRequest *> onWire() const
    {
        QList<FakeRequest *> requests;
        for (const QPointer<FakeRequest> &request : m_started) {
            if (request && !request->isFinished())
                requests.append(request.data());
        }
        return requests;
    }
    // The request on the wire whose URL ends with path ("br/br.png").
    FakeRequest *onWireFor(const QString &path) const
    {
        for (FakeRequest *request : onWire()) {
            if (request->url().path().endsWith(path))
                return request;
        }
        return nullptr;
    }

private:
    QList<QPointer<FakeRequest>> m_started;
    int m_room = -1;
    int m_startsPastRoom = 0;
};

class FakeClock final : public Clock
{
    Q_OBJECT

public:
    qint64 nowMs() const override { return m_now; }
    TimerId callAfter(std::chrono::milliseconds delay, std::function<void()> callback) override
    {
        const TimerId id = ++m_lastId;
        m_timers.emplace(std::pair(m_now + delay.count(), id), std::move(callback));
        return id;
    }
    void cancel(TimerId id) override
    {
        for (auto it = m_timers.begin(); it != m_timers.end(); ++it) {
            if (it->first.second == id) {
                m_timers.erase(it);
                return;
            }
        }
    }

    // Moves time on, firing each timer due on the way at its own time.
    void advance(std::chrono::milliseconds by)
    {
        const qint64 until = m_now + by.count();
        while (!m_timers.empty() && m_timers.begin()->first.first <= until) {
            auto due = m_timers.extract(m_timers.begin());
            m_now = due.key().first;
            due.mapped()();
        }
        m_now = until;
    }
    int pendingTimers() const { return int(m_timers.size()); }

private:
    qint64 m_now = 1000; // not 0: a reading of 0 would hide a missing offset
    std::map<std::pair<qint64, TimerId>, std::function<void()>> m_timers;
    TimerId m_lastId = 0;
};

// Delivers what is queued for this thread (a save's end, a
// deleteLater) without waiting for anything.
inline void settle()
{
    for (int round = 0; round < 5; ++round) {
        QCoreApplication::sendPostedEvents();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
}

// Saves that end when the test says, or at once with automatic set. The
// engine hears of a save's end from the event loop: succeed() and fail()
// deliver it before they return.
class FakeSaver final
{
public:
    struct Save
    {
        SaveRequest request;
        QFutureInterface<SaveOutcome> promise;
        bool ended = false;
    };

    bool automatic = true;
    // An automatic save ends as a pool thread ends one that finishes while
    // the engine attaches to it: its future is finished, but the thread has
    // yet to wake its listeners (wakeListeners()).
    bool listenersWokenLate = false;

    DownloadEngine::SaveRunner runner()
    {
        return [this](const SaveRequest &request) {
            auto save = std::make_unique<Save>();
            save->request = request;
            save->promise.reportStarted();
            QFuture<SaveOutcome> future = save->promise.future();
            m_saves.push_back(std::move(save));
            if (automatic && listenersWokenLate) {
                m_saves.back()->promise.reportResult(okFor(m_saves.back()->request));
                m_saves.back()->promise.QFutureInterfaceBase::reportFinished(); // the state alone
                m_saves.back()->ended = true;
            } else if (automatic) {
                store(*m_saves.back());
            }
            return future;
        };
    }

    int count() const { return int(m_saves.size()); }
    int running() const
    {
        return int(std::count_if(m_saves.cbegin(), m_saves.cend(), [](const auto &save) { return !save->ended; }));
    }
    const SaveRequest &request(int index) const { return m_saves.at(index)->request; }

    void succeed(int index)
    {
        store(*m_saves.at(index));
        settle();
    }
    // What the pool thread does last: reportFinished(), which runs the
    // future's continuation.
    void wakeListeners(int index)
    {
        m_saves.at(index)->promise.reportFinished();
        settle();
    }
    template <typename Exception>
    void fail(int index, const Exception &exception)
    {
        Save &save = *m_saves.at(index);
        save.promise.reportException(std::make_exception_ptr(exception));
        end(save);
        settle();
    }

private:
    static SaveOutcome okFor(const SaveRequest &request)
    {
        return {Verdict::ok(), request.destinationDir + u'/' + request.fileStem + u".png"_s, {}};
    }
    static void store(Save &save)
    {
        save.promise.reportResult(okFor(save.request));
        end(save);
    }
    static void end(Save &save)
    {
        save.ended = true;
        save.promise.reportFinished();
    }
    std::vector<std::unique_ptr<Save>> m_saves;
};
