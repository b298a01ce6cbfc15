#pragma once

#include "flagserverconfig.h"
#include "flagserverstats.h"

#include <QObject>
#include <QUrl>

#include <memory>

// An HTTP/1.1 flag server on one event loop: every connection and every delayed
// answer is an object with a timer on the thread that owns the server, never a
// thread per request, so it holds thousands of slow requests at once.
// GET and HEAD with keep-alive; 405 for other methods, 400 for malformed
// requests; nothing outside the served root is ever served.
class FlagServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlagServer)

public:
    explicit FlagServer(QObject *parent = nullptr);
    ~FlagServer() override;

    // Starts listening with the given configuration. On failure returns false
    // and sets *errorMessage to a sentence for a person.
    bool listen(const FlagServerConfig &config, QString *errorMessage);
    void close();

    quint16 port() const;
    // "http://127.0.0.1:PORT" (no trailing slash).
    QUrl baseUrl() const;

    // Take effect for requests read from now on. Call on the server's thread.
    void setDelay(double minSeconds, double maxSeconds);
    void setErrorRate(double rate);

    // Safe to call from any thread.
    FlagServerStats stats() const;

    // The header on a 418 the error rate drew: the server failed it on purpose.
    static constexpr auto onPurposeHeader = "X-Qflags-Test-Failure";

Q_SIGNALS:
    // With config.verbose: one line per answered request.
    void requestLogged(const QString &line);

private:
    class Private;
    std::unique_ptr<Private> d;
};
