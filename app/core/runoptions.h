#pragma once

#include "base/concurrencylimit.h"
#include "base/countrycodes.h"
#include "downloadengine.h"
#include "downloadresult.h"

#include <QCommandLineOption>
#include <QList>
#include <QSslCertificate>
#include <QString>

#include <optional>

class QCommandLineParser;

// One run as the flags2 command line describes it. The CLI runs it; the window
// uses the same options to prefill its form.
struct RunOptions
{
    static constexpr int defaultMaxRequests = 30;
    static constexpr double defaultTimeoutSeconds = 3.1; // as in flags2
    static constexpr int defaultRetries = 2;
    static constexpr int maxRetries = 10;

    CodeSelection selection;
    QString serverLabel = QStringLiteral("LOCAL");
    QString urlTemplate; // --url: when set, used instead of the server preset
    int maxRequests = defaultMaxRequests;
    double timeoutSeconds = defaultTimeoutSeconds;
    int retries = defaultRetries;
    QString destination = QStringLiteral("downloaded");
    bool verbose = false;
    bool fetchNames = false;                 // --names: flags3's metadata.json per flag
    FileNaming fileNaming = FileNaming::ByCode; // --name-files: "Brazil.png"
    // Off with --no-conditional: flags saved by an earlier run are asked for
    // with their ETag / Last-Modified, and a 304 keeps them (Unchanged).
    bool conditionalGet = true;
    // --speed-limit BYTES and --speed-time SECONDS, as curl's: a transfer
    // under this speed for this long is cut short and retried like a timeout.
    MinimumSpeed minimumSpeed;
    // --proxy: a URL, "none", or empty for the environment's (http_proxy,
    // https_proxy, no_proxy) and else the desktop's. Checked when read.
    QString proxy;
    // --continue: only the codes of the selection whose flag is not in the
    // destination yet (SavedFlagIndex::notYetSaved).
    bool onlyMissing = false;
    // --cacert FILE: certificates trusted for this run beside the system's CAs
    // (read and checked when the options are read).
    QList<QSslCertificate> caCertificates;
    // --strategy: events (the default) or threads; both, "events,threads",
    // only for a sweep, which runs each level with each.
    QList<NetworkStrategy> strategies = {NetworkStrategy::Events};

    // The one a plain run uses: the first given.
    NetworkStrategy strategy() const { return strategies.constFirst(); }
    // flags2's "actual_req": what will really be used for this many codes.
    int effectiveConcurrency(qsizetype codeCount) const;
    // What the engine needs of these options, for a run at this concurrency.
    // (A sweep sets its own concurrency per level and its own folders.)
    EngineSettings engineSettings(int concurrency, const QProcessEnvironment &environment =
                                                       QProcessEnvironment::systemEnvironment()) const;
};

// Declares the shared options on a QCommandLineParser and reads them back,
// with flags2's usage errors.
class RunOptionsParser final
{
public:
    // Which program reads them: the window shows no -v (a line per code on
    // the terminal means nothing there), and its default folder is its own.
    enum class Program { CommandLine, Window };

    // defaultFolder: what --help says a missing -d means.
    explicit RunOptionsParser(QCommandLineParser &parser,
                              const QString &defaultFolder = QStringLiteral("./downloaded"),
                              Program program = Program::CommandLine);

    // Call after parser.parse(). Options not given keep their values from
    // base (the window passes what it remembered). Returns nothing and sets
    // *error to the message to print (before the usage line) for a usage error.
    std::optional<RunOptions> read(QString *error, const RunOptions &base = {}) const;

    // "usage: qflags-cli [-h] [-a] [-e] [-l N] ..."
    // moreOptions: a front end's own, " [--report FILE]", before the codes.
    static QString usageLine(const QString &programName, const QString &moreOptions = {},
                             Program program = Program::CommandLine);

    // The certificates of a --cacert FILE: PEM, one or more. Nothing, and
    // *reason in plain words ("no such file", "no certificate in it (PEM
    // expected)"), when the file cannot be read or holds no certificate, or a
    // damaged one.
    static QList<QSslCertificate> readCaCertificates(const QString &path, QString *reason);

private:
    QCommandLineParser &m_parser;
    QCommandLineOption m_all;
    QCommandLineOption m_every;
    QCommandLineOption m_limit;
    QCommandLineOption m_maxRequests;
    QCommandLineOption m_server;
    QCommandLineOption m_url;
    QCommandLineOption m_timeout;
    QCommandLineOption m_retries;
    QCommandLineOption m_destination;
    QCommandLineOption m_verbose;
    QCommandLineOption m_names;
    QCommandLineOption m_nameFiles;
    QCommandLineOption m_noConditional;
    QCommandLineOption m_speedLimit;
    QCommandLineOption m_speedTime;
    QCommandLineOption m_proxy;
    QCommandLineOption m_continue;
    QCommandLineOption m_caCertificates;
    QCommandLineOption m_strategy;
};
