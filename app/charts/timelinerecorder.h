#pragma once

#include "runtimeline.h"

#include <QObject>

// Fills a RunTimeline from an engine's signals: a DownloadEngine (the CLI,
// the tests) or a BackgroundEngine (the window), the same way. The caller
// calls timeline.begin(limit) before each start(). The connections live as
// long as context (and the engine).
template <typename Engine>
void recordTimeline(Engine &engine, RunTimeline &timeline, QObject *context)
{
    QObject::connect(&engine, &Engine::requestStarted, context,
                     [&engine, &timeline](const QString &code, const QUrl &, qint64 startedMs,
                                          RequestSpan::Purpose purpose) {
                         timeline.requestStarted(code, startedMs, purpose);
                         timeline.noteLimit(engine.maxConcurrent());
                     });
    QObject::connect(&engine, &Engine::requestEnded, context,
                     [&timeline](const QString &code, const RequestSpan &span) {
                         timeline.requestEnded(code, span);
                     });
    QObject::connect(&engine, &Engine::resultReady, context,
                     [&timeline](const DownloadResult &result) { timeline.addResult(result); });
    // A BackgroundEngine does not pass on limit changes, but knows its limit:
    // the in-flight count moves often enough to notice a change at once.
    QObject::connect(&engine, &Engine::inFlightChanged, context,
                     [&engine, &timeline] { timeline.noteLimit(engine.maxConcurrent()); });
    if constexpr (requires { &Engine::maxConcurrentChanged; }) {
        QObject::connect(&engine, &Engine::maxConcurrentChanged, context,
                         [&timeline](int limit) { timeline.noteLimit(limit); });
    }
    QObject::connect(&engine, &Engine::finished, context,
                     [&timeline](const RunSummary &summary) { timeline.finish(summary.elapsedMs); });
}
