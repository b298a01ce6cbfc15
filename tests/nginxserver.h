#pragma once

// Debian's nginx for a test, through the kit in tests/nginx: make-test-ca makes
// a throw-away CA and a certificate for 127.0.0.1, serve runs nginx on a free
// loopback port until SIGTERM. The scripts are read from the source tree
// (QFLAGS_NGINX_DIR); nginx itself from /usr/sbin, as scripts/setup-deps
// installs it.

#include <QDeadlineTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QThread>

#include <csignal>
#include <optional>

#include <sys/prctl.h>
#include <unistd.h>

namespace NginxKit {

using namespace Qt::StringLiterals;

inline QString script(const QString &name)
{
    return QStringLiteral(QFLAGS_NGINX_DIR) + u'/' + name;
}

// Why the kit cannot run here, or nothing when it can.
inline QString missing()
{
    if (!QFileInfo(u"/usr/sbin/nginx"_s).isExecutable())
        return u"nginx is not installed (scripts/setup-deps installs nginx-light)"_s;
    for (const QString &program : {u"/usr/bin/openssl"_s, u"/bin/bash"_s}) {
        if (!QFileInfo(program).isExecutable())
            return program + u" is not installed"_s;
    }
    return {};
}

// tests/nginx/make-test-ca DIR: DIR/ca.pem, ca.key, server.pem, server.key.
inline bool makeTestCa(const QString &dir, QString *error)
{
    QProcess process;
    process.start(script(u"make-test-ca"_s), {dir});
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        *error = u"make-test-ca did not finish in 60 s"_s;
        return false;
    }
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"make-test-ca failed: "_s + QString::fromUtf8(process.readAllStandardError());
        return false;
    }
    return true;
}

// One line of serve's access log:
// $connection $connection_requests $server_protocol $status $request_uri
// $body_bytes_sent $request_time $ssl_protocol
struct AccessLine
{
    qint64 connection = 0;
    QString protocol; // "HTTP/2.0", "HTTP/1.1"
    int status = 0;
    QString uri;
    QString sslProtocol; // "-" over cleartext
};

// tests/nginx/serve in the foreground: start() waits for its "PORT n", the
// destructor stops it with SIGTERM and waits, so nginx never outlives a test;
// nor when the test is killed (a timeout, a crash): serve then gets SIGTERM
// from the kernel.
class NginxServer
{
    Q_DISABLE_COPY_MOVE(NginxServer)

public:
    struct Options
    {
        QString root;      // --root
        QString tlsDir;    // --tls: make-test-ca's folder; empty for cleartext
        bool http2 = false; // --http2 (with tlsDir)
        QString accessLog; // --access-log
        QString redirectTo; // --redirect-to: every answer a 301 to this base and the path
    };

    NginxServer() = default;
    ~NginxServer() { stop(); }

    bool start(const Options &options, QString *error)
    {
        m_options = options;
        QStringList arguments{u"--root"_s, options.root};
        if (!options.tlsDir.isEmpty())
            arguments << u"--tls"_s << options.tlsDir;
        if (options.http2)
            arguments << u"--http2"_s;
        if (!options.accessLog.isEmpty())
            arguments << u"--access-log"_s << options.accessLog;
        if (!options.redirectTo.isEmpty())
            arguments << u"--redirect-to"_s << options.redirectTo;
        m_process.setChildProcessModifier([parent = ::getpid()] {
            ::prctl(PR_SET_PDEATHSIG, SIGTERM);
            if (::getppid() != parent) // the test died before prctl()
                ::raise(SIGTERM);
        });
        m_process.start(script(u"serve"_s), arguments);
        if (!m_process.waitForStarted(10000)) {
            *error = u"cannot start serve: "_s + m_process.errorString();
            return false;
        }
        // serve tries a few ports and waits for nginx's pid file: seconds on
        // a loaded machine, never more than 20.
        const QDeadlineTimer deadline(20000);
        QByteArray out;
        while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(int(std::max<qint64>(1, deadline.remainingTime())));
            out += m_process.readAllStandardOutput();
            const qsizetype at = out.indexOf("PORT ");
            const qsizetype lineEnd = at >= 0 ? out.indexOf('\n', at) : -1;
            if (lineEnd > at) {
                bool ok = false;
                m_port = out.mid(at + 5, lineEnd - at - 5).trimmed().toInt(&ok);
                if (ok && m_port > 0)
                    return true;
                break;
            }
        }
        *error = u"serve printed no PORT line in 20 s (stdout: %1, stderr: %2)"_s.arg(
            QString::fromUtf8(out), QString::fromUtf8(m_process.readAllStandardError()));
        stop();
        return false;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate(); // SIGTERM: serve stops nginx and removes its prefix
        if (!m_process.waitForFinished(10000)) {
            m_process.kill();
            m_process.waitForFinished();
        }
    }

    int port() const { return m_port; }
    QString origin() const
    {
        return (m_options.tlsDir.isEmpty() ? u"http://127.0.0.1:"_s : u"https://127.0.0.1:"_s)
               + QString::number(m_port);
    }
    QString urlTemplate() const { return origin() + u"/flags/{cc}/{cc}.png"_s; }

    // The access log once it holds at least `lines` lines (nginx writes a line
    // as it finishes a request, which may be a moment after the client has
    // its answer), or as it is after a few seconds.
    QList<AccessLine> accessLog(qsizetype lines = 0) const
    {
        QList<AccessLine> log;
        const QDeadlineTimer deadline(5000);
        do {
            log = readAccessLog();
            if (log.size() >= lines)
                break;
            QThread::msleep(20);
        } while (!deadline.hasExpired());
        return log;
    }

    static qsizetype connectionCount(const QList<AccessLine> &log)
    {
        QSet<qint64> connections;
        for (const AccessLine &line : log)
            connections.insert(line.connection);
        return connections.size();
    }

private:
    QList<AccessLine> readAccessLog() const
    {
        QList<AccessLine> log;
        QFile file(m_options.accessLog);
        if (!file.open(QIODevice::ReadOnly))
            return log;
        while (!file.atEnd()) {
            const QList<QByteArray> fields = file.readLine().trimmed().split(' ');
            if (fields.size() < 8)
                continue;
            log.append({fields[0].toLongLong(), QString::fromLatin1(fields[2]), fields[3].toInt(),
                        QString::fromLatin1(fields[4]), QString::fromLatin1(fields[7])});
        }
        return log;
    }

    Options m_options;
    QProcess m_process;
    int m_port = 0;
};

} // namespace NginxKit
